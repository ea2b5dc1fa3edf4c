// Placeholder until the quick-invoice view lands; the popup shell renders it under "New invoice".
export function NewInvoiceView({ onClose }: { onClose: () => void }) {
  return (
    <button type="button" onClick={onClose}>
      Back
    </button>
  );
}

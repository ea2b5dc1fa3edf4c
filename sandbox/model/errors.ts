/** A failure the API reports as `IsFaulted: true` with this entry in `ErrorMessages`. */
export interface ApiError {
  /** Machine-readable code, e.g. "InvoiceNotFound". */
  code: string;
  /** Error group, e.g. "Invoice". */
  group: string;
  /** Plain sentence for the user. */
  message: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: ApiError[] };

export function invoiceNotFound(id: number): ApiError {
  return { code: 'InvoiceNotFound', group: 'Invoice', message: `Invoice ${id} was not found.` };
}

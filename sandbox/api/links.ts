/** Public links of an invoice; `sandbox/share.ts` serves both paths. */
import type { Invoice } from '../model/types';

export const SHARE_PREFIX = '/share/invoice/';

export function shareLink(origin: string, invoice: Invoice): string {
  return `${origin}${SHARE_PREFIX}${invoice.accessToken}`;
}

export function pdfLink(origin: string, invoice: Invoice): string {
  return `${shareLink(origin, invoice)}/pdf`;
}

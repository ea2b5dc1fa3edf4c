/**
 * The public share page of an invoice (`/share/invoice/<AccessToken>`) and its PDF
 * (`…/pdf`), stand-ins for the pages a client opens from the invoice email.
 */
import { SHARE_PREFIX } from './api/links';
import type { SandboxResponse } from './http';
import { CORS_HEADERS, notFound } from './http';
import { clientOf, currencyOf } from './model/lookup';
import { formatMoney } from './model/messages';
import type { Account, Invoice } from './model/types';
import { renderPdf } from './pdf';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function summaryLines(account: Account, invoice: Invoice): string[] {
  const client = clientOf(account, invoice);
  const currency = currencyOf(account, invoice);
  return [
    `Invoice ${invoice.number}`,
    `Client: ${client.name}`,
    `Total: ${formatMoney(invoice.total, currency)}`,
    `Status: ${invoice.status}`,
    `Issued: ${new Date(invoice.issuedOn).toISOString().slice(0, 10)}`,
    `Due: ${new Date(invoice.dueOn).toISOString().slice(0, 10)}`,
  ];
}

function renderPage(account: Account, invoice: Invoice): string {
  const [title, ...rest] = summaryLines(account, invoice).map(escapeHtml);
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${title ?? ''} (Envoice sandbox)</title></head>`,
    '<body style="font-family: sans-serif; max-width: 40em; margin: 2em auto">',
    `<h1>${title ?? ''}</h1>`,
    ...rest.map((line) => `<p>${line}</p>`),
    `<p><a href="${SHARE_PREFIX}${escapeHtml(invoice.accessToken)}/pdf">Download PDF</a></p>`,
    '</body></html>',
  ].join('\n');
}

/** Serves a share path, or returns a 404 when no invoice has the token. */
export function handleShare(account: Account, path: string): SandboxResponse {
  const [token, suffix, ...extra] = path.slice(SHARE_PREFIX.length).split('/');
  const invoice = account.invoices.find((candidate) => candidate.accessToken === token);
  if (!invoice || extra.length > 0 || (suffix !== undefined && suffix !== 'pdf' && suffix !== '')) return notFound(path);

  if (suffix === 'pdf') {
    return {
      status: 200,
      headers: { ...CORS_HEADERS, 'content-type': 'application/pdf', 'content-disposition': `inline; filename="${invoice.number}.pdf"` },
      body: renderPdf(summaryLines(account, invoice)),
    };
  }
  return { status: 200, headers: { ...CORS_HEADERS, 'content-type': 'text/html; charset=utf-8' }, body: renderPage(account, invoice) };
}

// The naive strategy the engine is compared with: every sync reads the whole invoice list and
// the details of every invoice that is open now or was open at the previous sync.

import { isNotifiable } from '../src/shared/activity';
import type { InvoiceSummary } from '../src/shared/api/types';
import type { CountedApi } from './model-api';

const OPEN: ReadonlySet<string> = new Set(['Draft', 'Unpaid', 'Overdue']);
const PAGE_SIZE = 100;

export function createNaiveStrategy(api: CountedApi): { sync(): Promise<string[]> } {
  const seen = new Set<number>();
  let previouslyOpen = new Set<number>();
  let baseline = true;

  return {
    async sync() {
      const summaries: InvoiceSummary[] = [];
      for (let page = 1; ; page++) {
        const result = await api.listInvoices(page, PAGE_SIZE);
        summaries.push(...result.invoices);
        if (page * PAGE_SIZE >= result.totalCount || result.invoices.length === 0) break;
      }
      const open = new Set(summaries.filter((summary) => OPEN.has(summary.status)).map((summary) => summary.id));
      const keys: string[] = [];
      for (const id of new Set([...open, ...previouslyOpen])) {
        const details = await api.getInvoiceDetails(id);
        for (const activity of details.activities) {
          if (seen.has(activity.id)) continue;
          seen.add(activity.id);
          if (!baseline && isNotifiable(activity.type)) keys.push(`a:${activity.id}`);
        }
      }
      previouslyOpen = open;
      baseline = false;
      return keys;
    },
  };
}


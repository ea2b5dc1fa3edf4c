import type { Client } from '../../shared/api/types';

/** Options shown at once; typing narrows the list further. */
export const MAX_CLIENT_OPTIONS = 50;

/** Lower case without accents, so "alpengluhen" finds "Alpenglühen AG". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Clients whose name or email contains the query, names starting with it first. */
export function filterClients(clients: readonly Client[], query: string): Client[] {
  const needle = foldForSearch(query.trim());
  if (needle === '') {
    return clients.slice(0, MAX_CLIENT_OPTIONS);
  }
  const matches = clients.filter((client) => foldForSearch(client.name).includes(needle) || foldForSearch(client.email ?? '').includes(needle));
  const startsWith = (client: Client) => (foldForSearch(client.name).startsWith(needle) ? 0 : 1);
  return matches.sort((a, b) => startsWith(a) - startsWith(b)).slice(0, MAX_CLIENT_OPTIONS);
}

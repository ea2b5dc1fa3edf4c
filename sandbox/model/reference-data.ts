/** Builds the account's clients, work types and taxes from the catalog, dated relative to `now`. */
import { CLIENT_SEEDS, TAX_SEEDS, WORK_TYPE_TITLES } from './catalog';
import type { Random } from './random';
import type { Client, Tax, WorkType } from './types';

const DAY_MS = 86_400_000;

export interface ReferenceData {
  clients: Client[];
  workTypes: WorkType[];
  taxes: Tax[];
  /** Tax each client's items usually carry, by client id; absent means none. */
  clientTaxIds: Map<number, number>;
}

export function buildReferenceData(random: Random, now: number): ReferenceData {
  const taxes: Tax[] = TAX_SEEDS.map(([name, percentage], index) => ({
    id: index + 1,
    name,
    percentage,
    createdOn: now - random.int(300, 400) * DAY_MS,
  }));

  const workTypes: WorkType[] = WORK_TYPE_TITLES.map((title, index) => ({
    id: index + 1,
    title,
    createdOn: now - random.int(300, 400) * DAY_MS,
  }));

  const clientTaxIds = new Map<number, number>();
  const clients: Client[] = CLIENT_SEEDS.map((seed, index) => {
    const id = index + 1;
    const tax = taxes.find((candidate) => candidate.name === seed.taxName);
    if (tax) clientTaxIds.set(id, tax.id);
    return {
      id,
      name: seed.name,
      email: seed.email,
      address: seed.address,
      countryId: seed.countryId,
      currencyId: seed.currencyId,
      defaultDueDateInDays: seed.defaultDueDateInDays,
      phoneNumber: seed.phoneNumber,
      vat: seed.vat,
      companyRegistrationNumber: random.chance(0.5) ? String(random.int(10_000_000, 99_999_999)) : null,
      uiLanguageId: 1,
      createdOn: now - random.int(120, 300) * DAY_MS,
    };
  });

  return { clients, workTypes, taxes, clientTaxIds };
}

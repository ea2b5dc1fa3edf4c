/** Read-only lists the quick-invoice form needs: clients, work types, taxes, currencies, gateways. */
import { jsonResponse } from '../http';
import { formatTimestamp } from './timestamps';
import { badRequest, integerParam } from './envelope';
import type { RouteTable } from './route-types';
import { serializeClient, serializeCurrency } from './serialize';

export const REFERENCE_ROUTES: RouteTable = {
  '/api/client/all': { method: 'GET', answer: ({ context }) => jsonResponse(200, context.account.clients.map(serializeClient)) },
  '/api/client/details': {
    method: 'GET',
    answer: ({ context, query }) => {
      const id = integerParam(query, 'id');
      if (id === null) return badRequest("The query parameter 'id' is missing or not an integer.");
      const client = context.account.clients.find((candidate) => candidate.id === id);
      // NOTE: the document does not say what the service returns for an unknown client; the sandbox returns null.
      return jsonResponse(200, client ? serializeClient(client) : null);
    },
  },
  '/api/worktype/all': {
    method: 'GET',
    answer: ({ context }) => jsonResponse(200, context.account.workTypes.map((workType) => ({
      Id: workType.id,
      Title: workType.title,
      CreatedOn: formatTimestamp(workType.createdOn, workType.id),
    }))),
  },
  '/api/tax/all': {
    method: 'GET',
    answer: ({ context }) => jsonResponse(200, context.account.taxes.map((tax) => ({
      Id: tax.id,
      Name: tax.name,
      Percentage: tax.percentage,
      CreatedOn: formatTimestamp(tax.createdOn, tax.id),
    }))),
  },
  '/api/general/currencies': { method: 'GET', answer: ({ context }) => jsonResponse(200, context.account.currencies.map(serializeCurrency)) },
  '/api/general/countries': {
    method: 'GET',
    answer: ({ context }) => jsonResponse(200, context.account.countries.map((country) => ({ Id: country.id, Name: country.name, Value: country.value }))),
  },
  '/api/payment/supported': {
    method: 'GET',
    answer: ({ context }) => jsonResponse(200, context.account.gateways.map((gateway) => ({
      Name: gateway.name,
      SupportedCurrencies: gateway.currencies.map((code) => ({
        Name: context.account.currencies.find((currency) => currency.value === code)?.name ?? code,
        Value: code,
      })),
    }))),
  },
};

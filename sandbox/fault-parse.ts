/** Checks the body of `POST /_sandbox/fault`. Errors name the field and the accepted values. */
import type { FaultSpec, RandomFaultConfig } from './faults';
import { FAULT_KINDS, MALFORMED_BODIES } from './faults';

export type FaultRequest = { mode: 'queue'; spec: FaultSpec } | { mode: 'random'; config: RandomFaultConfig };

type Parsed = { ok: true; value: FaultRequest } | { ok: false; error: string };

function isProbability(value: unknown): boolean {
  return value === undefined || (typeof value === 'number' && value >= 0 && value <= 1);
}

function isWhole(value: unknown, min: number): boolean {
  return value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= min);
}

function parseRandom(body: Record<string, unknown>): Parsed {
  const random = body['random'];
  if (typeof random !== 'object' || random === null) return { ok: false, error: '"random" must be an object of probabilities.' };
  const odds = random as Record<string, unknown>;
  for (const key of ['server', 'rateLimit', 'timeout', 'malformed']) {
    if (!isProbability(odds[key])) return { ok: false, error: `"random.${key}" must be a number from 0 to 1.` };
  }
  if (!isWhole(body['seed'], 0)) return { ok: false, error: '"seed" must be a whole number.' };
  if (!isWhole(body['retryAfter'], 0)) return { ok: false, error: '"retryAfter" must be whole seconds, 0 or more.' };
  return { ok: true, value: { mode: 'random', config: body as unknown as RandomFaultConfig } };
}

export function parseFaultRequest(body: unknown): Parsed {
  if (typeof body !== 'object' || body === null) return { ok: false, error: 'The body must be a JSON object.' };
  const fields = body as Record<string, unknown>;
  if ('random' in fields) return parseRandom(fields);

  const kind = FAULT_KINDS.find((name) => name === fields['kind']);
  if (!kind) return { ok: false, error: `"kind" must be one of: ${FAULT_KINDS.join(', ')}.` };
  if (!isWhole(fields['count'], 1)) return { ok: false, error: '"count" must be a whole number, 1 or more.' };
  if (fields['path'] !== undefined && typeof fields['path'] !== 'string') return { ok: false, error: '"path" must be a path prefix such as "/api/invoice".' };
  if (!isWhole(fields['retryAfter'], 0)) return { ok: false, error: '"retryAfter" must be whole seconds, 0 or more.' };
  if (!isWhole(fields['delayMs'], 0)) return { ok: false, error: '"delayMs" must be whole milliseconds, 0 or more.' };
  if (fields['status'] !== undefined && fields['status'] !== 500 && fields['status'] !== 503) return { ok: false, error: '"status" must be 500 or 503.' };
  if (fields['body'] !== undefined && !MALFORMED_BODIES.some((name) => name === fields['body'])) {
    return { ok: false, error: `"body" must be one of: ${MALFORMED_BODIES.join(', ')}.` };
  }
  return { ok: true, value: { mode: 'queue', spec: { ...fields, kind } as FaultSpec } };
}

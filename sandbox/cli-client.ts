/** CLI commands that call the control API of a running sandbox. */
import type { ParsedArgs } from './cli-args';
import { intOption, parseTrickle } from './cli-args';
import { DEFAULT_PORT } from './server';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** SANDBOX_URL, else http://127.0.0.1:$SANDBOX_PORT (8787). Only loopback origins are accepted. */
export function sandboxUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env['SANDBOX_URL'] ?? `http://127.0.0.1:${env['SANDBOX_PORT'] ?? DEFAULT_PORT}`;
  const url = new URL(raw);
  if (!LOOPBACK_HOSTS.has(url.hostname)) throw new Error(`SANDBOX_URL must point at this machine (127.0.0.1 or localhost), got "${raw}".`);
  return url.origin;
}

async function control(method: string, path: string, body?: unknown): Promise<unknown> {
  const base = sandboxUrl();
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new Error(`No sandbox responded at ${base} (${error instanceof Error ? error.message : String(error)}). Start one with: npm run sandbox`, { cause: error });
  }
  const payload: unknown = await response.json();
  if (!response.ok) throw new Error(`${method} ${path} failed with ${response.status}: ${(payload as { error?: string }).error ?? JSON.stringify(payload)}`);
  return payload;
}

function print(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

export async function runActivity(args: ParsedArgs): Promise<void> {
  const type = args.positionals[1];
  if (!type) throw new Error('Usage: activity <Type> [--invoice ID] [--message TEXT], e.g. activity Viewed');
  const invoiceId = intOption(args, 'invoice');
  const message = args.options.get('message');
  print(await control('POST', '/_sandbox/activity', { type, ...(invoiceId === undefined ? {} : { invoiceId }), ...(message === undefined ? {} : { message }) }));
}

export async function runFail(args: ParsedArgs): Promise<void> {
  const kind = args.positionals[1];
  if (!kind) throw new Error('Usage: fail <kind> [--count N] [--retry-after S] [--delay MS] [--path PREFIX] [--status 500|503] [--body html|truncated|wrong-shape]');
  const count = intOption(args, 'count');
  const retryAfter = intOption(args, 'retry-after');
  const delayMs = intOption(args, 'delay');
  const status = intOption(args, 'status');
  const path = args.options.get('path');
  const body = args.options.get('body');
  print(await control('POST', '/_sandbox/fault', {
    kind,
    ...(count === undefined ? {} : { count }),
    ...(retryAfter === undefined ? {} : { retryAfter }),
    ...(delayMs === undefined ? {} : { delayMs }),
    ...(status === undefined ? {} : { status }),
    ...(path === undefined ? {} : { path }),
    ...(body === undefined ? {} : { body }),
  }));
}

export async function runHeal(): Promise<void> {
  print(await control('DELETE', '/_sandbox/fault'));
}

export async function runRequests(args: ParsedArgs): Promise<void> {
  print(await control(args.flags.has('clear') ? 'DELETE' : 'GET', '/_sandbox/requests'));
}

export async function runState(): Promise<void> {
  print(await control('GET', '/_sandbox/state'));
}

export async function runReset(args: ParsedArgs): Promise<void> {
  const seed = intOption(args, 'seed');
  const invoiceCount = intOption(args, 'invoices');
  const state = await control('POST', '/_sandbox/reset', {
    ...(seed === undefined ? {} : { seed }),
    ...(invoiceCount === undefined ? {} : { invoiceCount }),
  }) as { counts: unknown };
  print(state.counts);
}

export async function runTrickle(args: ParsedArgs): Promise<void> {
  const raw = args.positionals[1];
  if (!raw) throw new Error('Usage: trickle <MIN-MAX seconds | off>, e.g. trickle 20-30');
  print(await control('POST', '/_sandbox/trickle', raw === 'off' ? { off: true } : parseTrickle(raw)));
}

/**
 * `npm run sandbox -- <command>`: serve the sandbox, or drive a running one through its
 * control API. `--help` lists the commands.
 */
import { intOption, parseArgs, parseTrickle } from './cli-args';
import type { ParsedArgs } from './cli-args';
import { runActivity, runFail, runHeal, runReset, runRequests, runState, runTrickle, sandboxUrl } from './cli-client';
import { DEFAULT_API_KEY, DEFAULT_API_SECRET, DEFAULT_PORT, startSandbox } from './server';

const HELP = `Envoice sandbox: a local, stateful stand-in for the Envoice API v1.

Usage: npm run sandbox -- [command] [options]

Commands:
  serve                   Start the sandbox (the default command).
    --port N              Port to listen on; 0 picks a free one (default $SANDBOX_PORT or ${DEFAULT_PORT}).
    --invoices N          Number of seeded invoices, 5 or more (default 48).
    --seed N              Seed of the generated account (same seed, same account).
    --trickle MIN-MAX     Add a random client activity every MIN..MAX seconds, e.g. 20-30.

  Commands for a running sandbox at $SANDBOX_URL or http://127.0.0.1:$SANDBOX_PORT:
  activity <Type>         Log an activity, e.g. Viewed, Opened, Paid, NewPaymentWithStripe,
                          Overdue, Void, SentViaEmail, and apply its status effect.
    --invoice ID          Invoice id (default: a random invoice whose status suits the type).
    --message TEXT        Activity message (default: a generated one).
  fail <kind>             Inject a fault into the next /api requests. Kinds: unauthorized,
                          rate-limit, server, slow, malformed, timeout, reset.
    --count N             Number of requests to fail (default 1).
    --path PREFIX         Only requests whose path starts with PREFIX, e.g. /api/invoice/details.
    --retry-after S       Retry-After of rate-limit, in seconds (default 30).
    --delay MS            Delay of slow, in milliseconds (default 3000).
    --status 500|503      Status of server (default 500).
    --body KIND           Body of malformed: html, truncated or wrong-shape (default html).
  heal                    Remove all queued faults and stop random faults.
  requests [--clear]      Print (or clear) the log of /api requests.
  state                   Print counts by status and a row per invoice.
  reset [--seed N] [--invoices N]
                          Regenerate the account.
  trickle <MIN-MAX|off>   Start (seconds) or stop the random activity trickle.

Environment: SANDBOX_PORT, SANDBOX_URL, SANDBOX_API_KEY, SANDBOX_API_SECRET.
`;

async function serve(args: ParsedArgs): Promise<void> {
  const port = intOption(args, 'port');
  const seed = intOption(args, 'seed');
  const invoiceCount = intOption(args, 'invoices');
  const trickle = args.options.get('trickle');
  const sandbox = await startSandbox({
    ...(port === undefined ? {} : { port }),
    ...(seed === undefined ? {} : { seed }),
    ...(invoiceCount === undefined ? {} : { invoiceCount }),
    ...(trickle === undefined ? {} : { trickle: parseTrickle(trickle) }),
    log: (line) => console.log(`${new Date().toISOString()} ${line}`),
  });

  const key = process.env['SANDBOX_API_KEY'] ?? DEFAULT_API_KEY;
  const secretIsDefault = (process.env['SANDBOX_API_SECRET'] ?? DEFAULT_API_SECRET) === DEFAULT_API_SECRET;
  console.log([
    '',
    `Envoice sandbox at ${sandbox.url} (${sandbox.account.invoices.length} invoices, seed ${sandbox.account.seed})`,
    `  API key:    ${key}`,
    `  API secret: ${secretIsDefault ? DEFAULT_API_SECRET : '(from SANDBOX_API_SECRET)'}`,
    trickle ? `  Trickle:    a random activity every ${trickle} s` : '  Trickle:    off',
    '',
    'Try, in another terminal:',
    '  npm run sandbox -- activity Viewed',
    '  npm run sandbox -- activity NewPaymentWithStripe',
    '  npm run sandbox -- fail rate-limit --retry-after 60',
    '  npm run sandbox -- heal',
    '  npm run sandbox -- state',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'));

  const stop = (signal: string): void => {
    console.log(`${signal} received, stopping.`);
    sandbox.close().then(() => process.exit(0), (error: unknown) => {
      console.error('Stopping the sandbox failed:', error);
      process.exit(1);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

const COMMANDS: Readonly<Record<string, (args: ParsedArgs) => Promise<void>>> = {
  serve,
  activity: runActivity,
  fail: runFail,
  heal: runHeal,
  requests: runRequests,
  state: runState,
  reset: runReset,
  trickle: runTrickle,
};

async function main(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args.flags.has('help') || args.positionals[0] === 'help') {
    console.log(HELP);
    return;
  }
  const name = args.positionals[0] ?? 'serve';
  const command = COMMANDS[name];
  if (!command) throw new Error(`Unknown command "${name}". Run with --help for the list.`);
  if (name !== 'serve') sandboxUrl();
  await command(args);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

/** Minimal argument parsing for the sandbox CLI: positionals and `--name value` options. */

export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

/** Options that take no value. */
const FLAGS = new Set(['help', 'clear']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: new Map(), flags: new Set() };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '-h') {
      parsed.flags.add('help');
    } else if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split('=', 2);
      if (FLAGS.has(name)) {
        parsed.flags.add(name);
        continue;
      }
      const value = inline ?? argv[++index];
      if (value === undefined) throw new Error(`Option --${name} needs a value.`);
      parsed.options.set(name, value);
    } else {
      parsed.positionals.push(arg);
    }
  }
  return parsed;
}

/** Reads a whole-number option; undefined when absent. */
export function intOption(args: ParsedArgs, name: string): number | undefined {
  const raw = args.options.get(name);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`Option --${name} must be a whole number, got "${raw}".`);
  return Number(raw);
}

/** Parses a trickle range in seconds, "20-30" or "25", into milliseconds. */
export function parseTrickle(raw: string): { minMs: number; maxMs: number } {
  const match = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(raw);
  if (!match?.[1]) throw new Error(`--trickle takes seconds as MIN-MAX or N, e.g. 20-30; got "${raw}".`);
  const minMs = Math.round(Number(match[1]) * 1000);
  const maxMs = Math.round(Number(match[2] ?? match[1]) * 1000);
  if (minMs <= 0 || maxMs < minMs) throw new Error(`--trickle needs 0 < MIN <= MAX seconds; got "${raw}".`);
  return { minMs, maxMs };
}

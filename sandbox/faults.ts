/**
 * Fault injection for `/api` requests: queued faults, each for `count` requests on an optional
 * path prefix, and a seeded random mode for soak tests. Control and share paths never get faults.
 */
import type { Random } from './model/random';
import { createRandom } from './model/random';

export const FAULT_KINDS = ['unauthorized', 'rate-limit', 'server', 'slow', 'malformed', 'timeout', 'reset'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const MALFORMED_BODIES = ['html', 'truncated', 'wrong-shape'] as const;
export type MalformedBody = (typeof MALFORMED_BODIES)[number];

export const DEFAULT_RETRY_AFTER_SECONDS = 30;
export const DEFAULT_SLOW_DELAY_MS = 3000;

/** A queued fault as the control API accepts it. */
export interface FaultSpec {
  kind: FaultKind;
  /** Number of requests to hit; default 1. */
  count?: number;
  /** Only requests whose path starts with this, e.g. "/api/invoice/details". */
  path?: string;
  /** Seconds in `Retry-After` for "rate-limit"; default 30. */
  retryAfter?: number;
  /** Status for "server": 500 (JSON body) or 503 (HTML body); default 500. */
  status?: 500 | 503;
  /** Delay in ms for "slow"; default 3000. */
  delayMs?: number;
  /** Body for "malformed"; default "html". */
  body?: MalformedBody;
}

/** Random mode: each `/api` request gets at most one fault, with these probabilities (0..1). */
export interface RandomFaultConfig {
  random: { server?: number; rateLimit?: number; timeout?: number; malformed?: number };
  seed?: number;
  /** Seconds in `Retry-After` of random 429s; default 30. */
  retryAfter?: number;
}

/** A fault chosen for one request, with every parameter resolved. */
export interface Fault {
  kind: FaultKind;
  retryAfter: number;
  status: 500 | 503;
  delayMs: number;
  body: MalformedBody;
}

interface QueuedFault {
  spec: FaultSpec;
  remaining: number;
}

function resolve(spec: Omit<FaultSpec, 'count' | 'path'>): Fault {
  return {
    kind: spec.kind,
    retryAfter: spec.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS,
    status: spec.status ?? 500,
    delayMs: spec.delayMs ?? DEFAULT_SLOW_DELAY_MS,
    body: spec.body ?? 'html',
  };
}

export class FaultInjector {
  #queue: QueuedFault[] = [];
  #random: { config: RandomFaultConfig; rng: Random } | null = null;

  add(spec: FaultSpec): void {
    this.#queue.push({ spec, remaining: spec.count ?? 1 });
  }

  setRandom(config: RandomFaultConfig | null): void {
    this.#random = config ? { config, rng: createRandom(config.seed ?? 1) } : null;
  }

  /** Drops queued faults and turns the random mode off. */
  clear(): void {
    this.#queue = [];
    this.#random = null;
  }

  /** Returns the fault for a request to `path`, consuming one use of a queued fault. */
  take(path: string): Fault | null {
    const queued = this.#queue.find((entry) => path.startsWith(entry.spec.path ?? ''));
    if (queued) {
      queued.remaining -= 1;
      if (queued.remaining <= 0) this.#queue.splice(this.#queue.indexOf(queued), 1);
      return resolve(queued.spec);
    }
    return this.#rollRandom();
  }

  #rollRandom(): Fault | null {
    if (!this.#random) return null;
    const { config, rng } = this.#random;
    const odds: [FaultKind, number | undefined][] = [
      ['server', config.random.server],
      ['rate-limit', config.random.rateLimit],
      ['timeout', config.random.timeout],
      ['malformed', config.random.malformed],
    ];
    let roll = rng.next();
    for (const [kind, probability] of odds) {
      roll -= probability ?? 0;
      if (roll < 0) {
        return resolve({
          kind,
          status: rng.chance(0.5) ? 500 : 503,
          body: rng.pick(MALFORMED_BODIES),
          ...(config.retryAfter === undefined ? {} : { retryAfter: config.retryAfter }),
        });
      }
    }
    return null;
  }

  /** Current settings, for `GET /_sandbox/fault` and the CLI. */
  describe(): { queued: (FaultSpec & { remaining: number })[]; random: RandomFaultConfig | null } {
    return {
      queued: this.#queue.map((entry) => ({ ...entry.spec, remaining: entry.remaining })),
      random: this.#random?.config ?? null,
    };
  }
}

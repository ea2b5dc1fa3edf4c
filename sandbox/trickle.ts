/** Adds a random activity every `minMs`..`maxMs` ms, so that a demo receives notifications. */
import { addRandomActivity } from './model/random-activity';
import type { Account } from './model/types';

export interface TrickleSettings {
  /** Minimum wait between activities, in ms. */
  minMs: number;
  /** Maximum wait between activities, in ms. */
  maxMs: number;
}

export class Trickle {
  #timer: ReturnType<typeof setTimeout> | null = null;
  #settings: TrickleSettings | null = null;
  readonly #account: Account;
  readonly #log: (line: string) => void;

  constructor(account: Account, log: (line: string) => void = () => undefined) {
    this.#account = account;
    this.#log = log;
  }

  get settings(): TrickleSettings | null {
    return this.#settings;
  }

  start(settings: TrickleSettings): void {
    if (!(settings.minMs > 0) || settings.maxMs < settings.minMs) {
      throw new RangeError(`Trickle needs 0 < minMs <= maxMs, got ${settings.minMs}..${settings.maxMs} ms.`);
    }
    this.stop();
    this.#settings = settings;
    this.#schedule();
  }

  stop(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    this.#settings = null;
  }

  #schedule(): void {
    const settings = this.#settings;
    if (!settings) return;
    const delay = this.#account.random.int(settings.minMs, settings.maxMs);
    this.#timer = setTimeout(() => {
      const added = addRandomActivity(this.#account);
      if (added) this.#log(`trickle: ${added.activity.type} on ${added.invoice.number} (activity ${added.activity.id})`);
      this.#schedule();
    }, delay);
    // The trickle alone must not keep a process alive; the server does that.
    this.#timer.unref?.();
  }
}

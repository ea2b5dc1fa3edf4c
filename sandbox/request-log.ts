/** Log of `/api` requests, readable through `GET /_sandbox/requests`. */
import type { FaultKind } from './faults';

export interface RequestLogEntry {
  /** ISO 8601 time of arrival by the sandbox clock. */
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  /** HTTP status; 0 while unanswered, and for ever after a "timeout" or "reset" fault. */
  status: number;
  /** Fault injected into this request, if any. */
  fault?: FaultKind;
}

/** Oldest entries are dropped beyond this many, so a long soak test cannot exhaust memory. */
export const MAX_LOG_ENTRIES = 10_000;

export class RequestLog {
  #entries: RequestLogEntry[] = [];

  record(entry: RequestLogEntry): RequestLogEntry {
    this.#entries.push(entry);
    if (this.#entries.length > MAX_LOG_ENTRIES) this.#entries.splice(0, this.#entries.length - MAX_LOG_ENTRIES);
    return entry;
  }

  list(): readonly RequestLogEntry[] {
    return this.#entries;
  }

  clear(): void {
    this.#entries = [];
  }
}

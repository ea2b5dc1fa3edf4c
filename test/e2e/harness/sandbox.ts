// The sandbox as the browser tests see it: started in this process on a free loopback port, and
// driven through its HTTP control API like any outside client would.

import { startSandbox } from '../../../sandbox/server';

export const SANDBOX_CREDENTIALS = { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret' };

/** One line of `GET /_sandbox/requests`. */
export interface LoggedRequest {
  at: string;
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  fault?: string;
}

/** Response body of `POST /_sandbox/activity`: the new activity in the webhook shape. */
export interface AddedActivity {
  Id: number;
  Type: string;
  InvoiceId: number;
  InvoiceNumber: string;
  InvoiceStatus: string;
  Link: string | null;
}

/** Client for the sandbox's `/_sandbox/` control API. */
export class SandboxControl {
  constructor(readonly url: string) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.url}/_sandbox/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /_sandbox/${path} failed with ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }

  /** Adds an activity of `type` (Viewed, Paid, …) on `invoiceId`, or on an invoice that suits the type. */
  addActivity(type: string, invoiceId?: number): Promise<AddedActivity> {
    return this.call('POST', 'activity', invoiceId === undefined ? { type } : { type, invoiceId });
  }

  requests(): Promise<LoggedRequest[]> {
    return this.call('GET', 'requests');
  }

  async clearRequests(): Promise<void> {
    await this.call('DELETE', 'requests');
  }

  /** Reseeds the account; `invoiceCount` is 5 or more. */
  async reset(options: { seed?: number; invoiceCount?: number } = {}): Promise<void> {
    await this.call('POST', 'reset', options);
  }

  state(): Promise<Record<string, unknown>> {
    return this.call('GET', 'state');
  }

  /** Starts adding a random activity every `minMs`..`maxMs` milliseconds. */
  async startTrickle(minMs: number, maxMs: number): Promise<void> {
    await this.call('POST', 'trickle', { minMs, maxMs });
  }
}

export interface TestSandbox {
  url: string;
  control: SandboxControl;
  close(): Promise<void>;
}

/** Starts a fresh sandbox on 127.0.0.1 with a port the system picks. */
export async function startTestSandbox(): Promise<TestSandbox> {
  const sandbox = await startSandbox({ port: 0 });
  return { url: sandbox.url, control: new SandboxControl(sandbox.url), close: () => sandbox.close() };
}

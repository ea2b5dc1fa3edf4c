/** The parts of a running sandbox that the handler, the control API and the server share. */
import type { SerializeContext } from './api/serialize';
import type { FaultInjector } from './faults';
import type { Account } from './model/types';
import type { RequestLog } from './request-log';
import type { Trickle } from './trickle';

export interface SandboxServices {
  account: Account;
  faults: FaultInjector;
  requests: RequestLog;
  trickle: Trickle;
  /** Builds the serialization context with the current origin. */
  context(): SerializeContext;
  log: (line: string) => void;
}

import type { SandboxResponse } from '../http';
import type { SerializeContext } from './serialize';

/** One authenticated API request, with its query and decoded JSON body. */
export interface ApiCall {
  context: SerializeContext;
  query: URLSearchParams;
  /** Decoded JSON object body of a POST; `{}` for GET or an empty body. */
  body: Record<string, unknown>;
}

export interface Route {
  method: 'GET' | 'POST';
  answer: (call: ApiCall) => SandboxResponse;
}

export type RouteTable = Readonly<Record<string, Route>>;

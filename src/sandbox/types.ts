import type { Logger } from '../runtime/logger.js';

/** Faults the sandbox injects into ordinary API requests (never into `/_stopline/` control routes). */
export interface FaultOptions {
  /** Share 0..1 of requests answered 500, 502 or 503 (picked at random among `errorStatuses`). */
  errorRate?: number;
  /** The server errors `errorRate` picks from (default all three); e.g. `[502, 503]` for a gateway's. */
  errorStatuses?: Array<500 | 502 | 503>;
  /** Share answered as GitHub's secondary rate limit: 403 with `retry-after`. */
  rateLimitRate?: number;
  /** Share answered 429 with `retry-after`. */
  tooManyRate?: number;
  /** Value of the `retry-after` header, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** Milliseconds added to every request. */
  latencyMs?: number;
  /** When set, the choice of faulted requests is deterministic for a given request order. */
  seed?: number;
}

/** One request the sandbox served, as seen by the server (for conformance checks and debugging). */
export interface SandboxExchange {
  method: string;
  /** The route template that answered (e.g. `/repos/{owner}/{repo}`), or undefined when none matched. */
  route: string | undefined;
  path: string;
  query: Record<string, string>;
  requestContentType: string | undefined;
  requestBody: unknown;
  status: number;
  responseContentType: string | undefined;
  responseBody: unknown;
  /** True when the answer was an injected fault rather than the route's own. */
  faulted: boolean;
}

export interface SandboxOptions {
  /** Directory holding the persisted state; created when missing. */
  dataDir: string;
  /** Port to listen on; 0 (the default) picks an ephemeral port. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  faults?: FaultOptions;
  logger?: Logger;
  /** Called after every response; used by the OpenAPI conformance test to record traffic. */
  onExchange?: (exchange: SandboxExchange) => void;
}

export interface RunningSandbox {
  /** API base URL, e.g. http://127.0.0.1:PORT, usable as GITHUB_API_URL. */
  url: string;
  port: number;
  /** Replaces the fault settings for the following requests. */
  setFaults(faults: FaultOptions): void;
  /** Stops listening, ends open connections and flushes state. */
  close(): Promise<void>;
}

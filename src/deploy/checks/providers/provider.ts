/**
 * Where the numbers come from. Every provider answers a query with samples, at an instant or over
 * a range; Prometheus from its storage, `scrape` and `http` from what they have read themselves
 * (they are `live`: the caller polls them every step, from before the baseline window on).
 */
import { ConfigurationError } from '../../../runtime/errors.js';
import type { Sample, TimeRange } from '../sample.js';

export interface MetricProvider {
  readonly kind: 'prometheus' | 'scrape' | 'http';
  /** The base URL, for messages. */
  readonly url: string;
  /**
   * True when the provider knows only what it has read itself (scrape, http): `poll()` every
   * step, starting a baseline window before the deploy, and `range()` answers from those reads.
   * False for a server with history (Prometheus), where `poll()` does nothing.
   */
  readonly live: boolean;
  /** Reads every check's value now and keeps it (live providers); nothing for Prometheus. */
  poll(): Promise<void>;
  /** The query's value at `at` (ms; now by default; live providers read now, whatever `at` is). */
  instant(query: string, at?: number): Promise<Sample[]>;
  /** The query's values from `range.start` to `range.end` every `range.step` (live providers: every read in the range). */
  range(query: string, range: TimeRange): Promise<Sample[]>;
}

export interface ProviderOptions {
  /** The fetch to use; default node-fetch (src/github/http-fetch.ts explains why). */
  fetch?: typeof fetch;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** Extra attempts after a connection failure or a 5xx answer; default 2. */
  retries?: number;
  /** Clock, for tests; default Date.now. */
  now?: () => number;
}

/**
 * The metrics source cannot be read: unreachable, too slow, or not answering what this provider
 * speaks. A ConfigurationError, because before a deploy it almost always means a wrong URL or a
 * server that is down, and the message says which.
 */
export class MetricSourceError extends ConfigurationError {
  constructor(
    readonly url: string,
    readonly reason: 'unreachable' | 'timeout' | 'response',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The query is wrong for this source: a PromQL error, several series, a missing JSON path. */
export class MetricQueryError extends ConfigurationError {
  constructor(
    readonly query: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

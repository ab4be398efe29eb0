import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
// @ts-expect-error -- light.js (the build both plugins use) ships no types; see yieldWithoutTimerFloor.
import BottleneckLight from 'bottleneck/light.js';
import type { RunnerContext } from '../runtime/context.js';
import { silentLogger, type Logger } from '../runtime/logger.js';
import { httpFetch } from './http-fetch.js';
import { explainPermissionError } from './permissions.js';
import { writeSpacing } from './write-spacing.js';

/**
 * Both plugins schedule every request through Bottleneck (retry: one limiter per request;
 * throttling: its retry limiter and the global group), and Bottleneck's in-process store yields
 * to the event loop with setTimeout(0) before each of its steps. Node clamps that to 1 ms, so the
 * plugins cost ~11 ms per request even when no limit is near: ~45 ms of a board run that reads
 * an existing ledger (4 requests). setImmediate yields just as well (after pending I/O) without
 * the clamp. Waits with a real duration (t > 0) keep setTimeout. Bottleneck is pinned (2.19.5,
 * its last release), and if its store ever lacks `yieldLoop` this leaves it alone.
 */
function yieldWithoutTimerFloor(): void {
  const store: unknown = (new BottleneckLight() as { _store?: unknown })._store;
  const proto = store ? (Object.getPrototypeOf(store) as Record<string, unknown>) : undefined;
  const original = proto?.yieldLoop;
  if (!proto || typeof original !== 'function' || proto.stoplineYield) return;
  proto.yieldLoop = function yieldLoop(this: { Promise: PromiseConstructor }, t = 0): Promise<void> {
    return t > 0 ? original.call(this, t) : new this.Promise<void>((resolve) => setImmediate(resolve));
  };
  proto.stoplineYield = true;
}

/** Octokit with REST methods, pagination, retries on 5xx and rate-limit throttling. */
export const StoplineOctokit = Octokit.plugin(retry, throttling);

/** The one GitHub client type every module in src/github takes. */
export type GitHubClient = InstanceType<typeof StoplineOctokit>;

/** How to reach GitHub (or GHES, or the sandbox) and how patiently. */
export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL; default https://api.github.com. A trailing slash is ignored. */
  baseUrl?: string;
  logger?: Logger;
  /** Retries per request on 5xx/429 and on rate limits; default 3. */
  retries?: number;
  userAgent?: string;
  /** Replaces the default fetch (node-fetch over node:http/https, see http-fetch.ts), for tests. */
  fetch?: typeof fetch;
  /** Set false to turn off rate-limit throttling and its retries; default on. */
  throttle?: boolean;
  /**
   * Milliseconds that one second of waiting stands for: 5xx backoff (1, 4, 9 s for 3 retries) and
   * `retry-after` waits are multiplied by this. Default 1000; tests pass 1 to keep runs fast.
   */
  retryAfterBaseMs?: number;
  /**
   * Minimum gap between two mutating requests of this process. Default: 1000 ms (GitHub's advice,
   * and the throttling plugin's default) for remote hosts, 0 for a loopback API such as the
   * sandbox, which has no secondary rate limits to avoid.
   */
  minWriteIntervalMs?: number;
  /**
   * This client only reads (a report). The throttling plugin spaces GraphQL queries like writes,
   * 1 s apart, which would make 100 pages of a GraphQL listing take 100 s on github.com; reads need
   * no such spacing (secondary limits are points per minute, which 10 queries a second stay far
   * below), so a read-only client spaces them 100 ms apart on remote hosts (0 on loopback).
   */
  readOnly?: boolean;
}

const DEFAULT_BASE_URL = 'https://api.github.com';

function isLoopback(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
  } catch {
    return false;
  }
}

/**
 * The one way Stopline builds a GitHub client. Every request retries server errors with backoff,
 * waits out primary and secondary rate limits (logging how long) up to `retries` times, and turns
 * permission refusals into a PermissionError that says which `permissions:` entry the job needs.
 * The token goes only into the Authorization header; nothing here logs it.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  // Done on first use rather than at import, so importing this module has no side effects.
  yieldWithoutTimerFloor();
  const logger = options.logger ?? silentLogger;
  const baseUrl = (options.baseUrl?.trim() || DEFAULT_BASE_URL).replace(/\/+$/, '');
  const retries = options.retries ?? 3;
  const base = options.retryAfterBaseMs ?? 1000;
  const writeInterval = options.minWriteIntervalMs ?? (isLoopback(baseUrl) ? 0 : options.readOnly ? 100 : undefined);

  // Both limit handlers answer "retry?" the same way: while retries remain, and say so.
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      if (retryCount >= retries) {
        logger.warning(`GitHub ${kind} on ${request.method} ${request.url}: giving up after ${retries} retries`);
        return false;
      }
      const wait = (retryAfter * base) / 1000;
      logger.warning(
        `GitHub ${kind} on ${request.method} ${request.url}: waiting ${wait}s before retry ${retryCount + 1} of ${retries}`,
      );
      return true;
    };

  const client = new StoplineOctokit({
    auth: options.token,
    baseUrl,
    userAgent: options.userAgent ?? 'stopline',
    // Never Octokit's default, the global fetch: loading undici would cost every action ~50 ms.
    request: { fetch: options.fetch ?? httpFetch },
    // Octokit's own warnings (deprecations and the like) go to our logger, not the console.
    log: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.debug(message),
      warn: (message: string) => logger.warning(message),
      // Octokit logs every failed request as an error, including answers we expect and handle
      // (a 404 on a ledger not written yet); the caller reports the failures that matter.
      error: (message: string) => logger.debug(message),
    },
    retry: { retries, retryAfterBaseValue: base },
    throttle:
      options.throttle === false
        ? { enabled: false }
        : {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: base,
            ...(writeInterval !== undefined ? { write: writeSpacing(writeInterval) } : {}),
          },
  });

  // Registered after the plugins, so it sees only the final error once retries are spent.
  client.hook.error('request', (error, request) => {
    const repository =
      typeof request.owner === 'string' && typeof request.repo === 'string' ? `${request.owner}/${request.repo}` : undefined;
    throw explainPermissionError(error, { method: request.method, url: request.url }, repository) ?? error;
  });
  return client;
}

/**
 * The client an action step uses: the runner's API URL (GITHUB_API_URL, GHES included) and the
 * test-only retry unit (STOPLINE_RETRY_UNIT_MS), both from the runner context, so no action can
 * forget either.
 */
export function createRunnerClient(
  context: Pick<RunnerContext, 'apiUrl' | 'retryUnitMs'>,
  token: string,
  logger: Logger,
  options: Pick<GitHubClientOptions, 'readOnly'> = {},
): GitHubClient {
  return createGitHubClient({ token, baseUrl: context.apiUrl, retryAfterBaseMs: context.retryUnitMs, logger, ...options });
}

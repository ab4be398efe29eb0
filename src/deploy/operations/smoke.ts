/**
 * The smoke test after every deploy command and after a rollback: each URL must answer 2xx, or
 * the smoke command must exit 0. A service that was just restarted may take a moment to listen,
 * so URLs are tried again, once a second, for up to the smoke window.
 */
import { httpFetch } from '../../github/http-fetch.js';
import { errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import type { SmokeRun, SmokeUrlResult } from '../report.js';
import type { SmokeSpec } from '../smoke-spec.js';
import { pause } from './pause.js';
import { describeExit, runShell } from './shell.js';
import { plural } from '../../report/words.js';

/** One request may take this long. */
const REQUEST_TIMEOUT_MS = 10_000;
const RETRY_EVERY_MS = 1_000;

export interface SmokeOptions {
  /** How long URLs are tried before the smoke test fails. */
  windowMs: number;
  env: Record<string, string>;
  cwd: string;
  logger: Logger;
  /** Prefix of the smoke command's output lines. */
  prefix: string;
  signal?: AbortSignal;
  now?: () => Date;
  fetch?: typeof fetch;
}

async function probe(url: string, options: SmokeOptions, deadline: number): Promise<SmokeUrlResult> {
  const doFetch = options.fetch ?? httpFetch;
  const now = () => (options.now ?? (() => new Date()))().getTime();
  const result: SmokeUrlResult = { url, ok: false, attempts: 0 };
  for (;;) {
    result.attempts += 1;
    try {
      const response = await doFetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), redirect: 'follow' });
      // Read the body so the connection is released; its content does not matter.
      await response.arrayBuffer().catch(() => undefined);
      result.status = response.status;
      delete result.error;
      if (response.status >= 200 && response.status < 300) {
        result.ok = true;
        return result;
      }
    } catch (error) {
      const code = (error as { code?: string; name?: string }).code ?? (error as { name?: string }).name;
      result.error = code && code !== 'Error' ? code : errorMessage(error);
    }
    if (options.signal?.aborted || now() + RETRY_EVERY_MS > deadline) return result;
    await pause(RETRY_EVERY_MS, options.signal);
  }
}

function describeUrl(result: SmokeUrlResult): string {
  const what = result.status !== undefined ? `answered ${result.status}` : `did not answer (${result.error ?? 'no response'})`;
  return `${result.url} ${what} after ${plural(result.attempts, 'attempt')}`;
}

/** Runs the smoke test; undefined when there is none. */
export async function runSmoke(spec: SmokeSpec, options: SmokeOptions): Promise<SmokeRun | undefined> {
  if (spec.kind === 'none') return undefined;
  const now = options.now ?? (() => new Date());
  const started = now().getTime();
  if (spec.kind === 'command') {
    const command = await runShell(spec.command, { role: 'smoke', prefix: options.prefix, env: options.env, cwd: options.cwd, logger: options.logger, ...(options.signal ? { signal: options.signal } : {}), now });
    const run: SmokeRun = { kind: 'command', ok: command.ok, durationMs: now().getTime() - started, command };
    if (!command.ok) run.reason = `the smoke command ${describeExit(command)}`;
    options.logger.info(`${options.prefix} ${command.ok ? 'passed' : `FAILED: ${run.reason}`}`);
    return run;
  }
  const deadline = started + options.windowMs;
  const urls = await Promise.all(spec.urls.map((url) => probe(url, options, deadline)));
  for (const result of urls) options.logger.info(`${options.prefix} ${result.ok ? 'ok' : 'FAILED'}: ${describeUrl(result)}`);
  const failed = urls.filter((result) => !result.ok);
  const run: SmokeRun = { kind: 'urls', ok: failed.length === 0, durationMs: now().getTime() - started, urls };
  if (failed.length > 0) run.reason = `smoke test failed: ${failed.map(describeUrl).join('; ')}`;
  return run;
}

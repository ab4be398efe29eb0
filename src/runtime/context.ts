import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ConfigurationError, errorMessage } from './errors.js';

/**
 * What the runner tells a step about where and why it runs, read from the environment variables
 * GitHub sets. Read it once in an entry and pass the values on; domain code never sees `env`.
 */
export interface RunnerContext {
  /** From GITHUB_REPOSITORY. */
  repository: { owner: string; repo: string };
  /** GITHUB_SHA; empty outside Actions. */
  sha: string;
  /** GITHUB_REF, e.g. `refs/heads/main`; empty outside Actions. */
  ref: string;
  /** GITHUB_HEAD_REF and GITHUB_BASE_REF: set for pull_request events only, else undefined. */
  headRef: string | undefined;
  baseRef: string | undefined;
  /** GITHUB_EVENT_NAME, e.g. `push`; empty outside Actions. */
  eventName: string;
  /** The webhook payload from GITHUB_EVENT_PATH, or {} when there is no such file. */
  eventPayload: Record<string, unknown>;
  /** GITHUB_RUN_ID; 0 outside a workflow run. */
  runId: number;
  /** GITHUB_RUN_ATTEMPT; 1 when unset. */
  runAttempt: number;
  /** GITHUB_RUN_NUMBER; 0 outside a workflow run. */
  runNumber: number;
  /** GITHUB_WORKFLOW (the workflow's name); empty outside Actions. */
  workflow: string;
  /** GITHUB_JOB (the job's id); empty outside Actions. */
  job: string;
  /** GITHUB_ACTOR; empty outside Actions. */
  actor: string;
  /** GITHUB_API_URL, default https://api.github.com (Enterprise Server and the sandbox set it). */
  apiUrl: string;
  /** GITHUB_SERVER_URL, default https://github.com. */
  serverUrl: string;
  /** GITHUB_WORKSPACE, default the current directory. */
  workspace: string;
  /** RUNNER_TEMP, default the system temporary directory. */
  runnerTemp: string;
  /** Link to this run (and attempt, when it is a re-run); undefined outside a workflow run. */
  runUrl: string | undefined;
  /**
   * STOPLINE_RETRY_UNIT_MS, test-only: the milliseconds one second of the GitHub client's retry
   * waits stands for (createGitHubClient's `retryAfterBaseMs`); undefined, i.e. 1000, on a runner.
   * The fault suite (src/cli/reliability) sets it small, or thousands of injected faults take hours.
   */
  retryUnitMs: number | undefined;
}

// GitHub owner and repository names: letters, digits, '-', '_' and '.'.
const REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;

/**
 * Reads the runner context from `env` (default `process.env`) and the event file it names.
 * @param cwd the fallback workspace when GITHUB_WORKSPACE is unset (the CLI)
 * @throws ConfigurationError when GITHUB_REPOSITORY is missing or malformed, a run number is not
 *   a number, or the event file is not JSON
 */
export function readRunnerContext(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): RunnerContext {
  const repository = parseRepository(env['GITHUB_REPOSITORY']);
  const runId = readCount(env, 'GITHUB_RUN_ID', 0);
  const runAttempt = readCount(env, 'GITHUB_RUN_ATTEMPT', 1);
  // Trailing slashes would double up when paths are appended (`https://ghe.example/api/v3/`).
  const apiUrl = trimSlashes(nonEmpty(env['GITHUB_API_URL']) ?? 'https://api.github.com');
  const serverUrl = trimSlashes(nonEmpty(env['GITHUB_SERVER_URL']) ?? 'https://github.com');
  const runBase = `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}`;
  return {
    repository,
    sha: env['GITHUB_SHA'] ?? '',
    ref: env['GITHUB_REF'] ?? '',
    headRef: nonEmpty(env['GITHUB_HEAD_REF']),
    baseRef: nonEmpty(env['GITHUB_BASE_REF']),
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    eventPayload: readEventPayload(nonEmpty(env['GITHUB_EVENT_PATH'])),
    runId,
    runAttempt,
    runNumber: readCount(env, 'GITHUB_RUN_NUMBER', 0),
    workflow: env['GITHUB_WORKFLOW'] ?? '',
    job: env['GITHUB_JOB'] ?? '',
    actor: env['GITHUB_ACTOR'] ?? '',
    apiUrl,
    serverUrl,
    workspace: nonEmpty(env['GITHUB_WORKSPACE']) ?? cwd,
    runnerTemp: nonEmpty(env['RUNNER_TEMP']) ?? tmpdir(),
    runUrl: runId === 0 ? undefined : runAttempt > 1 ? `${runBase}/attempts/${runAttempt}` : runBase,
    retryUnitMs: nonEmpty(env['STOPLINE_RETRY_UNIT_MS']) === undefined ? undefined : readCount(env, 'STOPLINE_RETRY_UNIT_MS', 1000),
  };
}

/**
 * Splits `owner/name`. Exported for the CLI's `--repo`, which must accept exactly what the runner
 * would put in GITHUB_REPOSITORY.
 * @throws ConfigurationError when the value is missing or not `owner/name`
 */
export function parseRepository(value: string | undefined): { owner: string; repo: string } {
  if (value === undefined || value.trim() === '') {
    throw new ConfigurationError('GITHUB_REPOSITORY is not set; run inside GitHub Actions or pass --repo owner/name');
  }
  const match = REPOSITORY.exec(value.trim());
  if (!match) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY '${value}' is not owner/name; run inside GitHub Actions or pass --repo owner/name`,
    );
  }
  return { owner: match[1]!, repo: match[2]! };
}

function readCount(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = nonEmpty(env[name]);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ConfigurationError(`${name} '${value}' is not a whole number; unset it or let the runner set it`);
  }
  return Number(value);
}

function readEventPayload(path: string | undefined): Record<string, unknown> {
  // A missing file is normal for the CLI and for events without a payload; a broken one is not.
  if (path === undefined || !existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH '${path}' is not valid JSON (${errorMessage(error)}); point it at a webhook payload or unset it`,
      { cause: error },
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH '${path}' does not hold a JSON object; point it at a webhook payload or unset it`,
    );
  }
  return parsed as Record<string, unknown>;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}

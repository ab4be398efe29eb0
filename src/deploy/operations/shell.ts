/**
 * Running the user's commands (`run`, `rollback`, a smoke command) as a workflow's `run:` step
 * would: `bash -c`, in the workspace, their output streamed into the log line by line with a
 * prefix naming the command, and a non-zero exit (or a signal) counting as failure.
 */
import { spawn } from 'node:child_process';
import type { Logger } from '../../runtime/logger.js';
import type { CommandRun } from '../report.js';

/** Lines of a command's output the report keeps (the log has all of them). */
const KEPT_LINES = 20;
/** After SIGTERM on cancellation, how long a command gets before SIGKILL. */
const KILL_GRACE_MS = 5_000;

/**
 * Variables of the action's own process that a command must not see: the action's inputs (the
 * token among them), its saved state, and the runner's tokens for the action runtime. A `run:`
 * step gets none of these either; a command that needs a token gets it through the step's `env:`.
 */
const PRIVATE_VARIABLE = /^(INPUT_|STATE_)|^(ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/;

/** The environment a command runs with: the step's environment without the action's private variables, plus `extra`. */
export function commandEnvironment(base: Readonly<Record<string, string | undefined>>, extra: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && !PRIVATE_VARIABLE.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

export interface ShellOptions {
  /** `run`, `rollback` or `smoke`: what the report calls it. */
  role: string;
  /** Starts every line of its output in the log, e.g. `[run 10%]`. */
  prefix: string;
  env: Record<string, string>;
  cwd: string;
  logger: Logger;
  /** Aborting kills the command (SIGTERM to its process group, SIGKILL after 5 s). */
  signal?: AbortSignal;
  now?: () => Date;
}

/** Splits a stream into lines, handing each complete one on. */
function lineSplitter(onLine: (line: string) => void): { push(chunk: Buffer): void; end(): void } {
  let pending = '';
  return {
    push(chunk) {
      pending += chunk.toString('utf8');
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    end() {
      if (pending !== '') onLine(pending);
      pending = '';
    },
  };
}

/** Runs `command` with `bash -c` and resolves when it has exited (it never rejects for the command's own failure). */
export function runShell(command: string, options: ShellOptions): Promise<CommandRun> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const lastLines: string[] = [];
  const keep = (line: string) => {
    options.logger.info(`${options.prefix} ${line}`);
    lastLines.push(line);
    if (lastLines.length > KEPT_LINES) lastLines.shift();
  };
  return new Promise((resolve) => {
    const finish = (exitCode: number | null, signal: string | null, error?: string) => {
      if (error) keep(error);
      resolve({
        role: options.role,
        exitCode,
        signal,
        ok: exitCode === 0 && signal === null && error === undefined,
        startedAt: started.toISOString(),
        durationMs: now().getTime() - started.getTime(),
        lastLines,
      });
    };
    if (options.signal?.aborted) {
      finish(null, 'SIGTERM', 'not started: the deploy was cancelled');
      return;
    }
    // Its own process group, so that cancelling kills what the command started too.
    const child = spawn('bash', ['-c', command], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out = lineSplitter(keep);
    const err = lineSplitter(keep);
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let killTimer: NodeJS.Timeout | undefined;
    const kill = () => {
      const group = (signal: NodeJS.Signals) => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      };
      group('SIGTERM');
      killTimer = setTimeout(() => group('SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    options.signal?.addEventListener('abort', kill, { once: true });
    child.on('error', (error) => {
      options.signal?.removeEventListener('abort', kill);
      finish(null, null, `could not start bash: ${error.message}`);
    });
    child.on('close', (code, signal) => {
      options.signal?.removeEventListener('abort', kill);
      if (killTimer) clearTimeout(killTimer);
      out.end();
      err.end();
      finish(code, signal);
    });
  });
}

/** `exited with 3`, `was killed by SIGTERM`: the end of a sentence about a command. */
export function describeExit(run: CommandRun): string {
  if (run.signal !== null) return `was killed by ${run.signal}`;
  if (run.exitCode === null) return `could not be started (${run.lastLines.at(-1) ?? 'unknown error'})`;
  return `exited with ${run.exitCode}`;
}

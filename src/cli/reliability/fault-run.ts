/**
 * One telling of the demo story on a fresh sandbox (its own data directory) that injects faults:
 * the committed bundles run through the local runner as in the demo, with their retry waits scaled
 * down (STOPLINE_RETRY_UNIT_MS); the story's own setup goes through a patient retrying client. A
 * step that still fails is re-run once as the next run attempt, as a user would with "Re-run failed
 * jobs", after checking that the state is consistent without it. At the end the invariants are
 * checked and the outcome recorded for comparison with a fault-free run.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubClient } from '../../github/client.js';
import { Ledger } from '../../github/ledger.js';
import { errorMessage } from '../../runtime/errors.js';
import { startSandbox, type FaultOptions, type SandboxExchange } from '../../sandbox/index.js';
import { DemoContext } from '../demo/context.js';
import { demoStory } from '../demo/story.js';
import type { ActionResult } from '../local-runner.js';
import { checkInvariants, type InvariantCounts } from './invariants.js';
import { DORA_ACTION, ledgerOutcome, stepOutcome, Tokens, type StoryOutcome } from './story-outcome.js';

export interface FaultRunOptions {
  /** Names the run in reports. */
  index: number;
  /** The sandbox's faults; none for the fault-free reference run. */
  faults: FaultOptions;
  /** STOPLINE_RETRY_UNIT_MS for the actions, and the setup client's unit. */
  retryUnitMs: number;
  /** Retries of the story's own setup client (the actions keep their default of 3). */
  setupRetries?: number;
}

/** A step that failed and was re-run. */
export interface StepRerun {
  step: number;
  action: string;
  /** The failed attempt's last error line. */
  reason: string;
}

export interface FaultRunResult {
  index: number;
  seed: number | undefined;
  wallMs: number;
  /** Requests the sandbox answered (control routes included), and the faults among them by kind. */
  requests: number;
  faults: Record<string, number>;
  reruns: StepRerun[];
  /** Broken invariants: at the end, and after a failed step before its re-run. */
  problems: string[];
  counts: InvariantCounts | undefined;
  /** Why the story stopped early, if it did. */
  storyError: string | undefined;
  outcome: StoryOutcome;
  /** The story's progress lines, for the report of a run that went wrong. */
  log: string[];
}

/** The faults the suite asks for: what issue 8 names (20% 502/503, secondary limits, 50 ms). */
export const SUITE_FAULTS: FaultOptions = { errorRate: 0.2, errorStatuses: [502, 503], rateLimitRate: 0.05, retryAfterSeconds: 1, latencyMs: 50 };

/** A fault's kind as reported: its status, and what a 403 or 429 stands for. */
export function faultKind(exchange: Pick<SandboxExchange, 'status'>): string {
  if (exchange.status === 403) return '403 secondary rate limit';
  if (exchange.status === 429) return '429 too many requests';
  return String(exchange.status);
}

/**
 * A failed job: a main step that exited non-zero other than by the two failures the story expects
 * (the gate failing on the leaked secret, the bad release rolled back), or a post step that did.
 */
export function failedJob(action: string, result: ActionResult): boolean {
  if (result.post !== undefined && result.post.exitCode !== 0) return true;
  if (result.exitCode === 0) return false;
  if (action === 'actions/security-gate/action.yml' && result.outputs.verdict === 'fail') return false;
  if (action === 'actions/deploy/action.yml' && result.outputs.verdict === 'rolled-back') return false;
  return true;
}

function lastError(result: ActionResult): string {
  const step = result.post !== undefined && result.post.exitCode !== 0 ? result.post : result;
  const annotated = (level: string) => step.annotations.filter((a) => a.level === level).at(-1)?.message;
  // A crash prints the source line, a caret, then "TypeError: …", its stack, and Node's version.
  const thrown = step.stderr.split('\n').find((line) => /^\w*(Error|Exception)\b/.test(line.trim()))?.trim();
  const text = annotated('error') ?? thrown ?? annotated('warning') ?? step.stderr.trim().split('\n').at(-1) ?? '';
  return `${step === result ? '' : 'post: '}${text || `exit ${step.exitCode}`}`.slice(0, 400);
}

/** The end of a failed step's stderr (a crash's stack), for the report of a run that went wrong. */
function stderrTail(result: ActionResult): string {
  const stderr = `${result.stderr}${result.post?.stderr ?? ''}`.trim();
  return stderr === '' ? '' : ` (stderr: ${stderr.split('\n').slice(-12).join(' ⏎ ')})`;
}

export async function runFaultStory(options: FaultRunOptions): Promise<FaultRunResult> {
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'stopline-faults-'));
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace);
  const result: FaultRunResult = {
    index: options.index,
    seed: options.faults.seed,
    wallMs: 0,
    requests: 0,
    faults: {},
    reruns: [],
    problems: [],
    counts: undefined,
    storyError: undefined,
    outcome: { steps: [], ledger: {}, doraDay: undefined },
    log: [],
  };
  const sandbox = await startSandbox({
    dataDir: join(dir, 'data'),
    port: 0,
    faults: options.faults,
    onExchange: (exchange) => {
      result.requests += 1;
      if (exchange.faulted) {
        const kind = faultKind(exchange);
        result.faults[kind] = (result.faults[kind] ?? 0) + 1;
      }
    },
  });
  const client = createGitHubClient({ token: 'demo', baseUrl: sandbox.url, retries: options.setupRetries ?? 10, retryAfterBaseMs: options.retryUnitMs });
  const tokens = new Tokens();
  let stepNumber = 0;
  try {
    const { data } = await client.rest.repos.createForAuthenticatedUser({ name: 'demo-service', auto_init: true });
    const repoRef = { owner: data.owner.login, repo: data.name };
    const demo = new DemoContext(sandbox.url, client, repoRef, workspace, undefined, (text) => result.log.push(`[${((Date.now() - started) / 1000).toFixed(1)}s, ${result.requests} requests] ${text}`), {
      runnerRoot: join(dir, 'runner'),
      client,
      env: { STOPLINE_RETRY_UNIT_MS: String(options.retryUnitMs) },
      rerun: async (action, step) => {
        if (!failedJob(action, step)) return false;
        result.reruns.push({ step: stepNumber + 1, action, reason: lastError(step) });
        result.log.push(`step ${stepNumber + 1} (${action}) failed: ${lastError(step)}${stderrTail(step)}`);
        // The state must be consistent without the re-run: nothing held, nothing left in progress.
        const report = await checkInvariants(client, repoRef);
        result.problems.push(...report.problems.map((problem) => `after step ${stepNumber + 1} (${action}) failed, before its re-run: ${problem}`));
        return true;
      },
      onResult: (action, step) => {
        stepNumber += 1;
        result.outcome.steps.push(stepOutcome(action, step, tokens));
        if (action === DORA_ACTION) result.outcome.doraDay = new Date().toISOString().slice(0, 10);
        if (failedJob(action, step)) result.log.push(`step ${stepNumber} (${action}) failed again: ${lastError(step)}${stderrTail(step)}`);
      },
    });
    try {
      await demoStory(demo);
    } catch (error) {
      result.storyError = errorMessage(error).split('\n')[0]!.slice(0, 400);
    }
    const invariants = await checkInvariants(client, repoRef);
    result.counts = invariants.counts;
    result.problems.push(...invariants.problems);
    result.outcome.ledger = ledgerOutcome((await new Ledger(client, repoRef).read()).state, tokens);
  } catch (error) {
    result.storyError ??= `checking the run failed: ${errorMessage(error)}`;
  } finally {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
    result.wallMs = Date.now() - started;
  }
  return result;
}

/**
 * Whether the run that holds a lease (or waits for one) is still alive, as the API says. A run
 * whose status is `completed`, or that has moved on to a later attempt (a re-run starts only after
 * the previous attempt completed), can no longer release anything: its lease and its place in line
 * are void. Anything short of that proof (a 404, a network error, no run id) counts as alive, since
 * a wrong "dead" would let two deploys run at once, while a wrong "alive" only waits for the TTL.
 */
import type { GitHubClient } from '../../github/client.js';
import { getWorkflowRun } from '../../lock/github/workflow-runs.js';
import { errorMessage } from '../../runtime/errors.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import type { LeaseOwner } from '../../state/state.js';
import { describeOwner } from './describe.js';
import { ownerKey } from './rules.js';

/** What liveness needs to know of a run: its status and its current attempt. */
export interface RunStatus {
  status: string;
  runAttempt: number;
}

/** Reads a workflow run by id; the deploy action passes `workflowRunLookup`, tests may pass a fake. */
export type RunLookup = (runId: number) => Promise<RunStatus>;

/** The lookup through the API: `GET /repos/{owner}/{repo}/actions/runs/{run_id}` (one request). */
export function workflowRunLookup(client: GitHubClient, repository: { owner: string; repo: string }): RunLookup {
  return async (runId) => {
    const run = await getWorkflowRun(client, repository, runId);
    return { status: run.status, runAttempt: run.runAttempt };
  };
}

/** True when the run says the owner's attempt is over. */
export function ownerAttemptFinished(owner: LeaseOwner, run: RunStatus): boolean {
  return run.status === 'completed' || run.runAttempt > owner.runAttempt;
}

/**
 * Remembers what lookups said: a finished owner stays finished for good; a live one is trusted for
 * `recheckMs`, so a waiter polling every few seconds asks the API about a run at most that often.
 */
export class RunLiveness {
  private readonly finishedOwners = new Set<string>();
  private readonly checkedAt = new Map<string, number>();
  private readonly warned = new Set<string>();
  private readonly recheckMs: number;
  private readonly now: () => Date;
  private readonly logger: Logger;

  constructor(
    private readonly lookup: RunLookup,
    options: { recheckMs: number; now?: () => Date; logger?: Logger },
  ) {
    this.recheckMs = options.recheckMs;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger ?? silentLogger;
  }

  /** Owners (ownerKey) known to have finished: what the rules take as `finished`. */
  get finished(): ReadonlySet<string> {
    return this.finishedOwners;
  }

  /** Looks the owner's run up unless it was checked within `recheckMs`; true when it has finished. */
  async check(owner: LeaseOwner): Promise<boolean> {
    const key = ownerKey(owner);
    if (this.finishedOwners.has(key)) return true;
    // Run id 0 is a run outside Actions (the CLI): there is nothing to ask, so only the TTL frees it.
    if (owner.runId <= 0) return false;
    const at = this.now().getTime();
    const last = this.checkedAt.get(key);
    if (last !== undefined && at - last < this.recheckMs) return false;
    this.checkedAt.set(key, at);
    try {
      if (ownerAttemptFinished(owner, await this.lookup(owner.runId))) {
        this.finishedOwners.add(key);
        return true;
      }
    } catch (error) {
      // Unknown is alive (see the module comment); one warning per run is enough.
      const message = `could not check whether ${describeOwner(owner)} is still running (${errorMessage(error)}); its lease or place in line stands until its TTL or heartbeat runs out`;
      if (this.warned.has(key)) this.logger.debug(message);
      else this.logger.warning(message);
      this.warned.add(key);
    }
    return false;
  }
}

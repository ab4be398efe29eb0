/**
 * What must hold in a repository after any run of the pipeline, however it was disturbed (faults,
 * crashes): no deploy lease held and nobody waiting for one, no deployment left unfinished, and a
 * ledger whose history replays to its state (ledger-replay.ts says precisely what that means).
 * Read through a retrying client, so it can be checked while the API is still faulting.
 */
import type { GitHubClient } from '../../github/client.js';
import { latestDeploymentState } from '../../github/deployments.js';
import { httpStatus } from '../../github/http-status.js';
import { DEFAULT_LEDGER_REF, Ledger, type LedgerSnapshot } from '../../github/ledger.js';
import { listHistory, readHead, readStateText } from '../../github/ledger-objects.js';
import { errorMessage } from '../../runtime/errors.js';
import { parseState } from '../../state/parse-state.js';
import type { LedgerState } from '../../state/state.js';
import { replayProblems, type LedgerSnapshotCommit } from './ledger-replay.js';

export interface InvariantCounts {
  /** Commits on the ledger ref. */
  ledgerCommits: number;
  /** Releases in the registry and environments with a pointer, in the head state. */
  releases: number;
  environments: number;
  /** Leases in the head state whose `expiresAt` is still ahead (each one a problem). */
  leasesHeld: number;
  /** Leases left behind but past their TTL: anybody may take them, so not a problem. */
  leasesExpired: number;
  /** Deploys waiting in a lease queue (each one a problem). */
  waiters: number;
  /** GitHub deployments in the repository. */
  deployments: number;
  /** Deployments whose latest status is in_progress, queued or pending, or that have none (each one a problem). */
  deploymentsUnfinished: number;
}

export interface InvariantReport {
  ok: boolean;
  /** One sentence per broken invariant, naming the environment, deployment or ledger commit. */
  problems: string[];
  counts: InvariantCounts;
}

/** Latest statuses that leave a deployment looking active in GitHub's Environments view. */
const UNFINISHED = new Set(['in_progress', 'queued', 'pending']);

/** More than any ledger these suites produce; the history is read in full. */
const HISTORY_LIMIT = 10_000;

/**
 * Checks the invariants in `repo`. Never throws for a broken invariant: each becomes a problem.
 * An API error that outlasts the client's retries does throw, since nothing could be checked.
 * @param options.ledgerRef the ledger's full ref (default `refs/stopline/ledger`)
 * @param options.now when leases are judged expired (default: now)
 */
export async function checkInvariants(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  options: { ledgerRef?: string; now?: Date } = {},
): Promise<InvariantReport> {
  const now = options.now ?? new Date();
  const ref = options.ledgerRef ?? DEFAULT_LEDGER_REF;
  const problems: string[] = [];
  const counts: InvariantCounts = {
    ledgerCommits: 0,
    releases: 0,
    environments: 0,
    leasesHeld: 0,
    leasesExpired: 0,
    waiters: 0,
    deployments: 0,
    deploymentsUnfinished: 0,
  };

  await checkLedger(client, { ...repo, ref }, now, problems, counts);
  await checkDeployments(client, repo, problems, counts);
  return { ok: problems.length === 0, problems, counts };
}

async function checkLedger(
  client: GitHubClient,
  at: { owner: string; repo: string; ref: string },
  now: Date,
  problems: string[],
  counts: InvariantCounts,
): Promise<void> {
  const ledger = new Ledger(client, at);
  const headSha = await readHead(client, at);
  const history: LedgerSnapshotCommit[] = [];
  if (headSha !== null) {
    const entries = await listHistory(client, at, headSha, HISTORY_LIMIT);
    counts.ledgerCommits = entries.length;
    // Newest first from the API; replayed oldest first.
    const texts = await inBatches(entries.reverse(), (entry) => readStateText(client, at, entry.sha));
    entries.forEach((entry, index) => {
      const text = texts[index]!;
      const where = `ledger state.json at ${at.ref} (${entry.sha.slice(0, 7)})`;
      let state: LedgerState | undefined;
      if (text === null) problems.push(`${where} is missing`);
      else {
        try {
          state = parseState(text, where);
        } catch (error) {
          problems.push(errorMessage(error));
        }
      }
      history.push({ sha: entry.sha, parents: entry.parents, message: entry.message, state });
    });
  }

  // The head as every action reads it (it may have moved since readHead if something still runs).
  let head: LedgerSnapshot | undefined;
  try {
    head = await ledger.read();
  } catch (error) {
    // A state that does not parse is a broken invariant, not a failure to check.
    if (httpStatus(error) !== undefined) throw error;
    problems.push(`the ledger's head state cannot be read: ${errorMessage(error)}`);
  }
  problems.push(...replayProblems(history, headSha === null ? null : { sha: head?.head ?? headSha, state: head?.state }));
  if (head === undefined) return;

  const state = head.state;
  counts.releases = Object.keys(state.releases).length;
  counts.environments = Object.keys(state.environments).length;
  for (const [environment, lease] of Object.entries(state.leases)) {
    if (Date.parse(lease.expiresAt) > now.getTime()) {
      counts.leasesHeld += 1;
      problems.push(
        `${environment}'s deploy lease is held by run ${lease.owner.runId} attempt ${lease.owner.runAttempt} ` +
          `(epoch ${lease.epoch}) until ${lease.expiresAt}`,
      );
    } else {
      counts.leasesExpired += 1;
    }
  }
  for (const [environment, queue] of Object.entries(state.leaseQueues ?? {})) {
    counts.waiters += queue.waiting.length;
    for (const waiter of queue.waiting) {
      problems.push(`run ${waiter.owner.runId} attempt ${waiter.owner.runAttempt} still waits for ${environment}'s deploy lease (ticket ${waiter.ticket})`);
    }
  }
}

async function checkDeployments(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  problems: string[],
  counts: InvariantCounts,
): Promise<void> {
  const deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, per_page: 100 });
  counts.deployments = deployments.length;
  // Newest first: the first status is the one GitHub shows.
  const latestStates = await inBatches(deployments, (deployment) => latestDeploymentState(client, repo, deployment.id));
  deployments.forEach((deployment, index) => {
    const latest = latestStates[index];
    if (latest === undefined || UNFINISHED.has(latest)) {
      counts.deploymentsUnfinished += 1;
      problems.push(
        `deployment ${deployment.id} (${deployment.environment}, ${deployment.sha.slice(0, 7)}) is left ` +
          (latest === undefined ? 'without a status (GitHub shows it pending)' : latest),
      );
    }
  });
}

/** Reads one request per item, a few at a time: a quarter of seeded deployments would take seconds one by one. */
async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>, size = 8): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(read))));
  }
  return results;
}

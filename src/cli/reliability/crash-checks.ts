/**
 * What a crash run checks beyond the shared invariants (invariants.ts): the re-run ends where an
 * uninterrupted run ends (the same observable state), no promotion that completed before the kill
 * is lost, and a lease the killed attempt left binds nobody beyond its TTL.
 */
import type { GitHubClient } from '../../github/client.js';
import { latestDeploymentState } from '../../github/deployments.js';
import { readCommitStatuses } from '../../github/statuses.js';
import { canonicalJson } from '../../runtime/canonical-json.js';
import type { EnvironmentPointer, LedgerState, LeaseOwner } from '../../state/state.js';

/** The name of the workflow runs the crash suite seeds for its own steps (left out of observations). */
export const STEP_WORKFLOW = 'Stopline';

/**
 * What a user could see of the repository after a step, with ids that differ between two runs of
 * the same story left out: the line, freezes, what runs where and whether it is verified, the
 * releases, leases, the `stopline/*` commit statuses on main and on open pull requests, the latest
 * status of each environment's deployment, open issues, the CI runs, and Stopline's draft releases
 * (which hold release files) that the ledger does not register: half-stored releases.
 */
export interface Observation {
  outputs: Record<string, string>;
  line: string;
  freezes: string[];
  environments: Record<string, { releaseId: string; verified: boolean; deployment: string }>;
  releases: string[];
  leases: string[];
  statuses: Record<string, Record<string, string>>;
  openIssues: string[];
  runs: string[];
  unregisteredDrafts: number;
}

export async function observe(client: GitHubClient, at: { owner: string; repo: string }, state: LedgerState, outputs: Record<string, string>): Promise<Observation> {
  const environments: Observation['environments'] = {};
  for (const [name, pointer] of Object.entries(state.environments)) {
    let deployment = 'none';
    if (pointer.deploymentId !== undefined) {
      deployment = (await latestDeploymentState(client, at, pointer.deploymentId)) ?? 'no status';
    }
    environments[name] = { releaseId: pointer.releaseId, verified: pointer.verified, deployment };
  }
  const heads: Record<string, string> = {};
  heads.main = (await client.rest.git.getRef({ ...at, ref: 'heads/main' })).data.object.sha;
  for (const pull of await client.paginate(client.rest.pulls.list, { ...at, state: 'open', per_page: 100 })) heads[`#${pull.number}`] = pull.head.sha;
  const statuses: Observation['statuses'] = {};
  for (const [name, sha] of Object.entries(heads)) {
    const found = await readCommitStatuses(client, at, sha);
    statuses[name] = Object.fromEntries([...found].filter(([context]) => context.startsWith('stopline/')).map(([context, status]) => [context, status.state]).sort());
  }
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...at, state: 'open', per_page: 100 });
  const runs = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, { ...at, per_page: 100 });
  const registered = new Set(Object.values(state.releases).map((release) => release.storage?.githubReleaseId));
  const drafts = (await client.paginate(client.rest.repos.listReleases, { ...at, per_page: 100 })).filter((release) => release.draft && release.tag_name.startsWith('stopline/'));
  return {
    outputs,
    line: `${state.line.state}${state.line.firstBad ? ` since ${state.line.firstBad.sha.slice(0, 7)}` : ''}`,
    freezes: state.freezes.map((freeze) => `${freeze.source}: ${freeze.reason}`).sort(),
    environments,
    releases: Object.values(state.releases).map((release) => `${release.name} ${release.version} at ${release.sha.slice(0, 7)}`).sort(),
    leases: Object.keys(state.leases).sort(),
    statuses,
    openIssues: issues.filter((issue) => !issue.pull_request).map((issue) => issue.title).sort(),
    runs: runs
      .filter((run) => run.name !== STEP_WORKFLOW)
      .map((run) => `${run.name} #${run.run_number} attempt ${run.run_attempt ?? 1}: ${run.status}${run.conclusion ? `/${run.conclusion}` : ''}`)
      .sort(),
    unregisteredDrafts: drafts.filter((draft) => !registered.has(draft.id)).length,
  };
}

/** One sentence per part of the observation that differs from the uninterrupted run's. */
export function differences(expected: Observation, actual: Observation): string[] {
  const found: string[] = [];
  for (const key of Object.keys(expected) as (keyof Observation)[]) {
    const want = canonicalJson(expected[key]);
    const got = canonicalJson(actual[key]);
    if (want !== got) found.push(`after the re-run, ${key} is ${got}, where an uninterrupted run ends with ${want}`);
  }
  return found;
}

function samePromotion(a: EnvironmentPointer, b: EnvironmentPointer): boolean {
  return a.releaseId === b.releaseId && a.since === b.since;
}

/**
 * No lost promotion: every pointer of `before` is still in `after`, either the same promotion or a
 * later one (the replay invariant checks that a later one names what it replaced). `when` says
 * which two moments are compared.
 */
export function promotionsKept(before: LedgerState, after: LedgerState, when: string): string[] {
  const problems: string[] = [];
  for (const [environment, pointer] of Object.entries(before.environments)) {
    const now = after.environments[environment];
    if (now === undefined) {
      problems.push(`${when}: ${environment} lost its promotion of ${pointer.releaseId} (${pointer.since}); it points at nothing`);
    } else if (!samePromotion(pointer, now) && Date.parse(now.since) <= Date.parse(pointer.since)) {
      problems.push(`${when}: ${environment} points at ${now.releaseId} (${now.since}), older than the completed promotion of ${pointer.releaseId} (${pointer.since})`);
    }
  }
  return problems;
}

const sameOwner = (a: LeaseOwner, b: LeaseOwner) => a.runId === b.runId && a.runAttempt === b.runAttempt;

/** A lease the killed attempt left must lapse within its TTL of the kill (nothing renews it any more). */
export function leaseWithinTtl(afterKill: LedgerState, killed: LeaseOwner, killedAt: number, ttlMs: number): string[] {
  const problems: string[] = [];
  for (const [environment, lease] of Object.entries(afterKill.leases)) {
    if (!sameOwner(lease.owner, killed)) continue;
    // The last renewal may have been answered a moment before the kill: a second of slack.
    if (Date.parse(lease.expiresAt) > killedAt + ttlMs + 1_000) {
      problems.push(`the killed attempt's lease on ${environment} runs until ${lease.expiresAt}, beyond its TTL (${ttlMs / 1000}s) after the kill at ${new Date(killedAt).toISOString()}`);
    }
  }
  return problems;
}

/** The part of deploy's JSON report the lease check reads. */
export interface DeployLeaseReport {
  lease?: { acquiredAt: string; waitedMs: number; reclaimed?: string };
}

/**
 * The re-run's turn: a lease the killed attempt held must not keep the re-run waiting beyond its
 * TTL; the re-run of the same run may take it over at once.
 */
export function rerunNotBlocked(afterKill: LedgerState, killed: LeaseOwner, report: DeployLeaseReport | undefined, rerunStarted: number): string[] {
  const held = Object.entries(afterKill.leases).filter(([, lease]) => sameOwner(lease.owner, killed));
  if (held.length === 0) return [];
  if (!report?.lease) return [`the killed attempt held the lease on ${held.map(([environment]) => environment).join(', ')}, and the re-run reported no lease of its own`];
  const [environment, lease] = held[0]!;
  // Polling adds up to a few seconds after the TTL.
  const latest = Math.max(rerunStarted, Date.parse(lease.expiresAt)) + 5_000;
  if (Date.parse(report.lease.acquiredAt) > latest) {
    return [`the re-run took the lease on ${environment} at ${report.lease.acquiredAt}, after the killed attempt's lease had lapsed (${lease.expiresAt}) and the few seconds polling takes`];
  }
  return [];
}

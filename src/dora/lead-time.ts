/**
 * Lead time for changes, per commit: from its author date to the success of the deployment that
 * newly brought it. A squash-merged pull request arrives as one new commit authored when it was
 * merged, which would hide the time spent before the merge; such a commit counts from the pull
 * request's first commit instead.
 */
import type { CommitFact, PullRequestFact } from './types.js';

const HOUR_MS = 60 * 60 * 1000;

export interface CommitLead {
  sha: string;
  authoredAt: string;
  /** Where the lead time starts: the author date, or the pull request's first commit's. */
  startedAt: string;
  hours: number;
  /** Set when the commit is a pull request's squash merge and its first commit was used. */
  squashOf?: number;
}

/**
 * The lead time of each commit a deployment newly brought. `since`, for a chain's first
 * deployment, drops commits authored before it. A commit is a squash merge when it is a merged
 * pull request's merge commit, has one parent, and the pull request's first commit is older
 * (a rebase merge's last commit looks the same and is treated the same). A commit dated after
 * the deployment counts as 0 hours rather than a negative time.
 */
export function commitLeads(
  commits: CommitFact[],
  succeededAt: number,
  pullsByMergeCommit: ReadonlyMap<string, PullRequestFact>,
  since?: string,
): CommitLead[] {
  const floor = since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(since);
  const leads: CommitLead[] = [];
  for (const commit of commits) {
    const authored = Date.parse(commit.authoredAt);
    if (authored < floor || Number.isNaN(authored)) continue;
    let startedAt = commit.authoredAt;
    let squashOf: number | undefined;
    const pull = pullsByMergeCommit.get(commit.sha);
    if (pull && commit.parents.length === 1 && pull.firstCommitAuthoredAt !== undefined && Date.parse(pull.firstCommitAuthoredAt) < authored) {
      startedAt = pull.firstCommitAuthoredAt;
      squashOf = pull.number;
    }
    const hours = Math.max(0, (succeededAt - Date.parse(startedAt)) / HOUR_MS);
    leads.push({ sha: commit.sha, authoredAt: commit.authoredAt, startedAt, hours, ...(squashOf !== undefined ? { squashOf } : {}) });
  }
  return leads;
}

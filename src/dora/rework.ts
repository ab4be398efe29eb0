/**
 * Rework rate's numerator: unplanned deployments, made to repair production rather than to ship
 * planned work. A deployment is unplanned when it is a rollback (its payload has `rollback-of`),
 * or when every commit it newly brought, merge commits aside, is a revert (`Revert "…"`, git's
 * and GitHub's wording) or comes from a pull request labelled `hotfix`.
 */
import { isRollback } from './failures.js';
import type { CommitFact, PullRequestFact } from './types.js';

/** The label that marks a pull request as a hotfix. */
export const HOTFIX_LABEL = 'hotfix';

export type UnplannedReason = 'rollback' | 'reverts' | 'hotfix' | 'reverts-and-hotfix';

const isRevert = (commit: CommitFact) => commit.message.startsWith('Revert "');

/**
 * The commits of `commits` that come from a hotfix pull request: its squash or rebase merge
 * commit, or anything its merge commit brought in (reachable from the merge's second parent
 * without leaving `commits`).
 */
function hotfixCommits(commits: CommitFact[], pullsByMergeCommit: ReadonlyMap<string, PullRequestFact>): Set<string> {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  const hotfix = new Set<string>();
  for (const commit of commits) {
    const pull = pullsByMergeCommit.get(commit.sha);
    if (!pull || !pull.labels.some((label) => label.toLowerCase() === HOTFIX_LABEL)) continue;
    hotfix.add(commit.sha);
    const stack = commit.parents.slice(1);
    while (stack.length > 0) {
      const sha = stack.pop()!;
      const inner = bySha.get(sha);
      if (!inner || hotfix.has(sha)) continue;
      hotfix.add(sha);
      stack.push(...inner.parents);
    }
  }
  return hotfix;
}

/** Why a deployment is unplanned, or undefined when it is planned (or brought nothing new). */
export function unplannedReason(
  payload: Record<string, unknown>,
  commits: CommitFact[] | undefined,
  pullsByMergeCommit: ReadonlyMap<string, PullRequestFact>,
): UnplannedReason | undefined {
  if (isRollback(payload)) return 'rollback';
  const own = (commits ?? []).filter((commit) => commit.parents.length <= 1);
  if (own.length === 0) return undefined;
  const hotfix = hotfixCommits(commits!, pullsByMergeCommit);
  let reverts = 0;
  let hotfixes = 0;
  for (const commit of own) {
    if (hotfix.has(commit.sha)) hotfixes += 1;
    else if (isRevert(commit)) reverts += 1;
    else return undefined;
  }
  if (reverts > 0 && hotfixes > 0) return 'reverts-and-hotfix';
  return reverts > 0 ? 'reverts' : 'hotfix';
}

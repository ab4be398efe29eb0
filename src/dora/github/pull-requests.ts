/**
 * Merged pull requests, for two questions about deployed commits: is this commit a squash merge
 * (then lead time starts at the pull request's first commit), and does it come from a `hotfix`
 * pull request (rework)? One GraphQL query lists 100 merged pull requests with their merge
 * commit, labels and first commit, newest update first; reading stops at pull requests last
 * updated before the oldest deployed commit was committed (a pull request is updated when it is
 * merged, and its merge commit is committed then), so the cost is one request per 100 pull
 * requests merged in the period, not one per commit.
 */
import type { GitHubClient } from '../../github/client.js';
import type { PullRequestFact } from '../types.js';
import { explainGraphqlError } from '../../github/graphql-errors.js';
import { PULL_REQUESTS_QUERY, type PullRequestsAnswer } from './queries.js';
import type { RequestCounts } from './request-counts.js';

/** Clock differences between a merge and its commit's date are tolerated up to this. */
const SLACK_MS = 24 * 60 * 60 * 1000;

export async function readMergedPullRequests(
  client: GitHubClient,
  read: { at: { owner: string; repo: string }; mergedSince: Date; counts: RequestCounts },
): Promise<PullRequestFact[]> {
  const stopBefore = read.mergedSince.getTime() - SLACK_MS;
  const pulls: PullRequestFact[] = [];
  let after: string | null = null;
  for (;;) {
    let answer: PullRequestsAnswer;
    try {
      answer = await client.graphql<PullRequestsAnswer>(PULL_REQUESTS_QUERY, { owner: read.at.owner, name: read.at.repo, after });
    } catch (error) {
      throw explainGraphqlError(error, `list the merged pull requests of ${read.at.owner}/${read.at.repo}`, '`pull-requests: read`');
    }
    read.counts.pullRequests += 1;
    const connection = answer.repository?.pullRequests;
    if (!connection) break;
    let older = false;
    for (const node of connection.nodes ?? []) {
      if (!node) continue;
      if (Date.parse(node.updatedAt) < stopBefore) older = true;
      if (!node.mergedAt || !node.mergeCommit) continue;
      const first = node.commits.nodes?.find((c) => c !== null)?.commit.authoredDate;
      pulls.push({
        number: node.number,
        title: node.title,
        url: node.url,
        mergedAt: node.mergedAt,
        mergeCommitSha: node.mergeCommit.oid,
        labels: (node.labels?.nodes ?? []).filter((l): l is { name: string } => l !== null).map((l) => l.name),
        ...(first ? { firstCommitAuthoredAt: first } : {}),
      });
    }
    if (older || !connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return pulls;
}

/**
 * Tells every open pull request targeting the branch what the line now says: `success` on their
 * head commits when the line is open again (so waiting changes merge without anyone touching
 * them), `pending` when it locks (or a change that was green before could merge into a red line),
 * except changes that are exempt. One list (paginated) and one status per distinct head commit.
 */
import type { GitHubClient } from '../../github/client.js';
import type { CommitStatusState } from '../../github/statuses.js';
import type { Logger } from '../../runtime/logger.js';
import { changeStatus, type LineVerdict } from '../index.js';
import { setStatusOnShas, type BulkStatusFailure } from '../github/bulk-statuses.js';
import { listOpenPullRequests } from '../github/pull-requests.js';
import type { RepositoryRef } from '../github/repository.js';
import { findExemptions, redRangeReader, type ExemptionLabels } from './exemptions.js';

export interface BroadcastGroup {
  state: CommitStatusState;
  description: string;
  pulls: number[];
}

export interface BroadcastResult {
  /** Open pull requests targeting the branch. */
  pulls: number;
  groups: BroadcastGroup[];
  failed: BulkStatusFailure[];
}

export async function broadcastVerdict(
  client: GitHubClient,
  at: RepositoryRef,
  verdict: LineVerdict,
  options: { labels: ExemptionLabels; targetUrl?: string; logger?: Logger },
): Promise<BroadcastResult> {
  const pulls = await listOpenPullRequests(client, at, { base: verdict.branch, ...(options.logger ? { logger: options.logger } : {}) });
  const groups = new Map<string, BroadcastGroup & { shas: string[] }>();
  const redRange = redRangeReader(client, at, verdict, options.logger);
  for (const pull of pulls) {
    const exemptions = verdict.locked ? (await findExemptions(client, at, pull, verdict, { labels: options.labels, redRange, ...(options.logger ? { logger: options.logger } : {}) })).exemptions : [];
    const status = changeStatus(verdict, { event: 'pull_request', exempt: exemptions });
    const key = `${status.state}\u0000${status.description}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { state: status.state, description: status.description, pulls: [], shas: [] }));
    group.pulls.push(pull.number);
    group.shas.push(pull.headSha);
  }
  const failed: BulkStatusFailure[] = [];
  for (const group of groups.values()) {
    const result = await setStatusOnShas(client, at, {
      shas: group.shas,
      state: group.state,
      description: group.description,
      ...(options.targetUrl ? { targetUrl: options.targetUrl } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    });
    failed.push(...result.failed);
  }
  return { pulls: pulls.length, groups: [...groups.values()].map(({ state, description, pulls: numbers }) => ({ state, description, pulls: numbers })), failed };
}

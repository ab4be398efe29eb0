/**
 * Everything the DORA report needs from GitHub, in as few requests as the APIs allow:
 * 1. deployments with statuses, 100 per GraphQL query (plus a few older ones for the bases);
 * 2. the commits each judged deployment newly brought (compare; one for many deployments when the
 *    history allows, see src/dora/spans.ts);
 * 3. the issues with the incident label;
 * 4. merged pull requests back to the oldest deployed commit (squash merges, hotfix labels).
 */
import type { GitHubClient } from '../../github/client.js';
import type { Logger } from '../../runtime/logger.js';
import { chainOf } from '../history.js';
import { plannedChanges, reportStart, type ReportFacts, type ReportSettings } from '../report.js';
import { environmentsToRead } from '../services.js';
import type { PullRequestFact } from '../types.js';
import { readChanges } from './changes.js';
import { readDeployments } from './deployments.js';
import { readIncidents } from './incidents.js';
import { readMergedPullRequests } from './pull-requests.js';
import { noRequests, type RequestCounts } from './request-counts.js';

export interface CollectOptions {
  at: { owner: string; repo: string };
  settings: ReportSettings;
  logger: Logger;
  /** Compare requests in flight at once; default 8. */
  concurrency?: number;
  /** Deployments per compare (see changes.ts); default measured; 1 compares each deployment alone. */
  spanSize?: number;
  /** Deployments before the report's start read at most, looking for each chain's base; default 1,000. */
  lookBack?: number;
}

export interface Collected {
  facts: ReportFacts;
  counts: RequestCounts;
}

export async function collectFacts(client: GitHubClient, options: CollectOptions): Promise<Collected> {
  const { at, settings, logger } = options;
  const counts = noRequests();
  const since = reportStart(settings);
  const environments = environmentsToRead(settings.services, settings.environment);

  const deployments = await readDeployments(client, {
    at,
    environments,
    since,
    chainOf: (fact) => chainOf(fact, settings.services),
    ...(options.lookBack !== undefined ? { lookBack: options.lookBack } : {}),
    logger,
    counts,
  });
  logger.info(`Read ${deployments.length} deployments to ${environments.join(', ')} in ${counts.deployments} request(s)`);

  const requests = plannedChanges(deployments, settings);
  const changes = await readChanges(client, requests, {
    at,
    logger,
    counts,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.spanSize !== undefined ? { spanSize: options.spanSize } : {}),
  });
  // After the compares rather than beside them: one request's latency, for a fixed request order.
  const incidents = await readIncidents(client, { at, label: settings.incidentLabel, since, counts });
  logger.info(`Read the commits of ${requests.length} deployment range(s) in ${counts.commits} request(s), and ${incidents.length} incident issue(s)`);

  let oldest = Number.POSITIVE_INFINITY;
  for (const commits of changes.values()) {
    for (const commit of commits) oldest = Math.min(oldest, Date.parse(commit.committedAt ?? commit.authoredAt));
  }
  let pullRequests: PullRequestFact[] = [];
  if (Number.isFinite(oldest)) {
    pullRequests = await readMergedPullRequests(client, { at, mergedSince: new Date(oldest), counts });
    logger.info(`Read ${pullRequests.length} merged pull request(s) in ${counts.pullRequests} request(s)`);
  }
  return { facts: { deployments, changes, pullRequests, incidents }, counts };
}

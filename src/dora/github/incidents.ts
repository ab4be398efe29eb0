/** Issues carrying the incident label, opened or updated since the report's start (REST, 100 a page). */
import type { GitHubClient } from '../../github/client.js';
import type { IncidentFact } from '../types.js';
import type { RequestCounts } from './request-counts.js';

export async function readIncidents(
  client: GitHubClient,
  read: { at: { owner: string; repo: string }; label: string; since: Date; counts: RequestCounts },
): Promise<IncidentFact[]> {
  const issues = await client.paginate(
    client.rest.issues.listForRepo,
    { ...read.at, labels: read.label, state: 'all', since: read.since.toISOString(), per_page: 100 },
    (response) => {
      read.counts.incidents += 1;
      return response.data;
    },
  );
  return issues
    // The issues API lists pull requests too; an incident is an issue.
    .filter((issue) => !issue.pull_request)
    .map((issue) => ({ number: issue.number, title: issue.title, url: issue.html_url, createdAt: issue.created_at, text: `${issue.title}\n${issue.body ?? ''}` }));
}

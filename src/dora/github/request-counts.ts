/** How many API requests each part of the collection made (retries not counted: the client makes those). */
export interface RequestCounts {
  /** GraphQL pages of deployments with their statuses, and REST pages for deployments with over 100 statuses. */
  deployments: number;
  /** Compare pages between deployments, and commit-list pages for a chain's first deployment. */
  commits: number;
  /** GraphQL pages of merged pull requests. */
  pullRequests: number;
  /** REST pages of issues with the incident label. */
  incidents: number;
}

export const noRequests = (): RequestCounts => ({ deployments: 0, commits: 0, pullRequests: 0, incidents: 0 });

export const totalRequests = (counts: RequestCounts): number => counts.deployments + counts.commits + counts.pullRequests + counts.incidents;

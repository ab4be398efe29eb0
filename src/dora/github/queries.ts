/**
 * The GraphQL documents dora-report sends, and the shapes of their answers. Both are checked
 * against GitHub's published schema (test/dora/github/graphql-schema.test.ts), and the sandbox
 * serves them (src/sandbox/handlers/graphql.ts).
 *
 * Why GraphQL for deployments: REST lists deployments without their statuses, so judging 10,000
 * deployments would take 10,000 more requests; one query returns 100 deployments with their
 * statuses. GitHub's rate-limit cost is about one point per page (1 connection + 100 nested
 * status connections, divided by 100).
 */

/** Deployments of the given environments, newest first, with up to 100 statuses each. */
export const DEPLOYMENTS_QUERY = `query StoplineDoraDeployments($owner: String!, $name: String!, $environments: [String!], $after: String) {
  repository(owner: $owner, name: $name) {
    deployments(environments: $environments, orderBy: {field: CREATED_AT, direction: DESC}, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId
        createdAt
        environment
        commitOid
        payload
        statuses(first: 100) {
          pageInfo { hasNextPage }
          nodes { state createdAt description logUrl }
        }
      }
    }
  }
}`;

export interface DeploymentsAnswer {
  repository: {
    deployments: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (DeploymentNode | null)[] | null;
    };
  } | null;
}

export interface DeploymentNode {
  databaseId: number | null;
  createdAt: string;
  environment: string | null;
  commitOid: string;
  payload: string | null;
  statuses: {
    pageInfo: { hasNextPage: boolean };
    nodes: ({ state: string; createdAt: string; description: string | null; logUrl: string | null } | null)[] | null;
  } | null;
}

/**
 * Merged pull requests, most recently updated first: the merge commit (to recognise squash
 * merges among deployed commits), labels (`hotfix` for rework) and the first commit's author date
 * (where a squash-merged change's lead time starts).
 */
export const PULL_REQUESTS_QUERY = `query StoplineDoraPullRequests($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: [MERGED], orderBy: {field: UPDATED_AT, direction: DESC}, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number
        title
        url
        updatedAt
        mergedAt
        mergeCommit { oid }
        labels(first: 20) { nodes { name } }
        commits(first: 1) { nodes { commit { authoredDate } } }
      }
    }
  }
}`;

export interface PullRequestsAnswer {
  repository: {
    pullRequests: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: (PullRequestNode | null)[] | null;
    };
  } | null;
}

export interface PullRequestNode {
  number: number;
  title: string;
  url: string;
  updatedAt: string;
  mergedAt: string | null;
  mergeCommit: { oid: string } | null;
  labels: { nodes: ({ name: string } | null)[] | null } | null;
  commits: { nodes: ({ commit: { authoredDate: string } } | null)[] | null };
}

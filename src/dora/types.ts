/**
 * The facts DORA metrics are computed from, as collected from GitHub (src/dora/github) and in a
 * shape that knows nothing of GitHub's APIs. Times are ISO 8601 strings, as GitHub sends them.
 */

/** A deployment status state, as REST spells it (GraphQL's upper case is lowered on collection). */
export type StatusState = 'success' | 'failure' | 'error' | 'inactive' | 'pending' | 'queued' | 'in_progress' | 'waiting';

export interface StatusFact {
  state: StatusState;
  createdAt: string;
  description?: string;
  logUrl?: string;
}

export interface DeploymentFact {
  /** GitHub's deployment id (REST `id`, GraphQL `databaseId`). */
  id: number;
  environment: string;
  /** The commit deployed. */
  sha: string;
  createdAt: string;
  /** The deployment's payload as an object; `{}` when it has none or it is not a JSON object. */
  payload: Record<string, unknown>;
  /** Every status, oldest first. */
  statuses: StatusFact[];
}

export interface CommitFact {
  sha: string;
  /** The author date, which lead time counts from. */
  authoredAt: string;
  /** The committer date: for a squash or merge commit, when the pull request was merged. */
  committedAt?: string;
  message: string;
  parents: string[];
}

/** A merged pull request, as far as lead time and rework need it. */
export interface PullRequestFact {
  number: number;
  title: string;
  url: string;
  mergedAt: string;
  /** The commit the merge put on the base branch (squash, rebase or merge commit). */
  mergeCommitSha: string;
  labels: string[];
  /** The author date of the pull request's first commit, when GitHub still lists its commits. */
  firstCommitAuthoredAt?: string;
}

/** An issue carrying the incident label. */
export interface IncidentFact {
  number: number;
  title: string;
  url: string;
  createdAt: string;
  /** Title and body, searched for deployment ids and commit shas. */
  text: string;
}

/** The commits a deployment newly brought to its environment, or how to find them. */
export interface ChangeRequest {
  /** Identifies the request; equal requests share one key (and one fetch). */
  key: string;
  /** The chain of the deployment (environment and service), and when it reached its outcome (ms): spans group by them. */
  chain: string;
  at: number;
  head: string;
  /** The previous successful deployment's commit; absent for the first deployment of a chain. */
  base?: string;
  /** Without a base: only commits authored from this time (30 days before the deployment) count. */
  since?: string;
  /** Without a base: the deployment's time; later commits are not counted. */
  until?: string;
}

/** The records the sandbox keeps per repository, persisted as JSON. Dates are ISO strings. */

export interface StatusRecord {
  id: number;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  target_url: string | null;
  description: string | null;
  context: string;
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Record<string, unknown>;
  original_environment: string;
  environment: string;
  description: string | null;
  transient_environment: boolean;
  production_environment: boolean;
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface DeploymentStatusRecord {
  id: number;
  deployment_id: number;
  state: 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';
  description: string;
  environment: string;
  target_url: string;
  log_url: string;
  environment_url: string;
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface ReleaseRecord {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  created_at: string;
  published_at: string | null;
  updated_at: string;
}

export interface AssetRecord {
  id: number;
  release_id: number;
  name: string;
  label: string | null;
  content_type: string;
  size: number;
  digest: string;
  download_count: number;
  uploader: string;
  created_at: string;
  updated_at: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

/** Issues and pull requests share one number sequence, as on GitHub. */
export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: string;
  labels: string[];
  assignees: string[];
  locked: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull?: PullData;
}

export interface PullData {
  id: number;
  head: string;
  base: string;
  draft: boolean;
  maintainer_can_modify: boolean;
  merged_at: string | null;
  merge_commit_sha: string | null;
}

export interface IssueEventRecord {
  id: number;
  issue_number: number;
  event: string;
  actor: string;
  created_at: string;
  label?: { name: string; color: string };
  rename?: { from: string; to: string };
}

export interface IssueCommentRecord {
  id: number;
  issue_number: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface JobRecord {
  id: number;
  run_id: number;
  run_attempt: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  started_at: string;
  completed_at: string | null;
  created_at: string;
}

export interface RunRecord {
  id: number;
  name: string;
  path: string;
  workflow_id: number;
  run_number: number;
  run_attempt: number;
  event: string;
  status: string;
  conclusion: string | null;
  head_branch: string | null;
  head_sha: string;
  display_title: string;
  actor: string;
  created_at: string;
  updated_at: string;
  run_started_at: string;
}

/** Everything about one repository except its refs and git objects. */
export interface RepoRecord {
  id: number;
  owner: string;
  ownerType: 'User' | 'Organization';
  name: string;
  description: string | null;
  homepage: string | null;
  private: boolean;
  default_branch: string;
  created_at: string;
  updated_at: string;
  pushed_at: string;
  collaborators: Record<string, string>;
  statuses: StatusRecord[];
  deployments: DeploymentRecord[];
  deploymentStatuses: DeploymentStatusRecord[];
  releases: ReleaseRecord[];
  assets: AssetRecord[];
  labels: LabelRecord[];
  issues: IssueRecord[];
  issueEvents: IssueEventRecord[];
  /** Optional so data directories written before comments existed still load. */
  issueComments?: IssueCommentRecord[];
  runs: RunRecord[];
  jobs: JobRecord[];
  workflows: Record<string, number>;
}

/**
 * The GitHub side of commit-lock: plain inputs and outputs, no domain types, so the pure lock
 * domain (src/lock) and the action can both build on it. Every function takes the client and the
 * repository first.
 */
export type { RepositoryRef } from './repository.js';
export { getWorkflowRun, rerunFailedJobsOnce, RETRYABLE_CONCLUSIONS } from './workflow-runs.js';
export type { RerunCandidate, RerunOptions, RerunOutcome, WorkflowRunInfo } from './workflow-runs.js';
export { findCommitAuthor } from './commit-author.js';
export type { CommitAuthor } from './commit-author.js';
export { getPullRequest, listOpenPullRequests } from './pull-requests.js';
export type { ListPullRequestsOptions, PullRequestInfo } from './pull-requests.js';
export { findLabeler, getRepositoryRole, labelProvenance } from './label-provenance.js';
export type { Labeler, LabelProvenance, RepositoryRole } from './label-provenance.js';
export { listRedRange } from './red-range.js';
export type { RangeCommit, RedRange, RedRangeOptions } from './red-range.js';
export { COMMIT_LOCK_CONTEXT, setStatusOnShas } from './bulk-statuses.js';
export type { BulkStatusFailure, BulkStatusOptions, BulkStatusResult } from './bulk-statuses.js';
export {
  closeRedIssues,
  findRedIssues,
  openOrUpdateRedIssue,
  RED_ISSUE_LABEL,
  redIssueTitle,
  renderGreenComment,
  renderRedIssueBody,
} from './tracking-issue.js';
export type { GreenDetails, OpenRedIssueResult, RedIssueDetails, TrackingIssue, TrackingIssueOptions } from './tracking-issue.js';

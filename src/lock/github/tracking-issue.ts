/**
 * The one issue that says the line is red: "main is red", opened (or updated) when the branch
 * turns red and closed with a comment when it is green again. It is found by its label and a
 * hidden marker naming the branch, so repeated failures update one issue instead of opening many.
 *
 * Call these only from the process that won the ledger transition (red or green): two processes
 * that both found no issue would both open one.
 */
import type { GitHubClient } from '../../github/client.js';
import { code, escapeMarkdown, link } from '../../report/markdown.js';
import { formatTimestamp } from '../../report/time.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import { httpStatus } from '../../github/http-status.js';
import type { RepositoryRef } from './repository.js';

/** The label that marks tracking issues; one label for every protected branch. */
export const RED_ISSUE_LABEL = 'stopline:red';

/** The issue's title for a branch: `main is red`. */
export function redIssueTitle(branch: string): string {
  return `${branch} is red`;
}

/** An HTML comment GitHub does not show, naming the branch, so a retitled issue is still found. */
function marker(branch: string): string {
  return `<!-- stopline:commit-lock branch=${encodeURIComponent(branch)} -->`;
}

/** What the issue says about the red line. */
export interface RedIssueDetails {
  branch: string;
  /** The first failing commit. */
  firstBadSha: string;
  /** Its first message line, shown next to the sha. */
  firstBadTitle?: string;
  /** Login to @-mention: the author of the first bad commit (or the pusher when unknown). */
  author?: string;
  /** The failing run. */
  runUrl?: string;
  runNumber?: number;
  /** The workflow's name, e.g. `CI`. */
  workflow?: string;
  /** When the line turned red (ISO 8601). */
  since: string;
  /** Set when the line is also frozen or anything else the team should read; Markdown. */
  note?: string;
}

/** The issue body: what broke, where to look, whom it concerns, and how merges behave meanwhile. */
export function renderRedIssueBody(details: RedIssueDetails): string {
  const sha = details.firstBadSha.slice(0, 7);
  const run = details.runNumber !== undefined ? `${details.workflow ? `${details.workflow} ` : ''}run #${details.runNumber}` : 'the failing run';
  const lines = [
    marker(details.branch),
    `${code(details.branch)} is red since ${formatTimestamp(details.since)}: merges into it wait until it is green again.`,
    '',
    `- First bad commit: ${code(sha)}${details.firstBadTitle ? ` ${escapeMarkdown(details.firstBadTitle)}` : ''} (${code(details.firstBadSha)})`,
    `- Failing run: ${details.runUrl ? link(run, details.runUrl) : escapeMarkdown(run)}`,
    `- Author: ${details.author ? `@${details.author}` : 'unknown'}`,
    '',
    'To land a fix while the line is red, revert a commit of the red range with GitHub\'s "Revert" button ' +
      '(the pull request keeps the `This reverts commit <sha>` line), or have someone with write access add ' +
      'the fix label to the pull request. This issue closes itself when the branch is green again.',
  ];
  if (details.note) lines.push('', details.note);
  return `${lines.join('\n')}\n`;
}

/** The comment that closes the issue. */
export interface GreenDetails {
  branch: string;
  /** The commit that is green. */
  sha?: string;
  /** The successful run. */
  runUrl?: string;
  runNumber?: number;
  /** When the line turned green (ISO 8601). */
  since: string;
}

export function renderGreenComment(details: GreenDetails): string {
  const run = details.runNumber !== undefined ? `run #${details.runNumber}` : 'a successful run';
  const where = details.runUrl ? link(run, details.runUrl) : escapeMarkdown(run);
  const at = details.sha ? ` at ${code(details.sha.slice(0, 7))}` : '';
  return `${code(details.branch)} is green again since ${formatTimestamp(details.since)} (${where}${at}). Waiting pull requests were released.`;
}

export interface TrackingIssue {
  number: number;
  title: string;
  body: string;
  htmlUrl: string;
}

export interface TrackingIssueOptions {
  /** Default RED_ISSUE_LABEL. */
  label?: string;
  logger?: Logger;
}

/**
 * The open tracking issues of `branch`, lowest number first: open issues with the label
 * (`GET /repos/{owner}/{repo}/issues?state=open&labels=…`, 100 per page; usually one request),
 * whose body carries the branch's marker or whose title is the branch's title. Pull requests
 * carrying the label are not tracking issues and are left out.
 */
export async function findRedIssues(
  client: GitHubClient,
  at: RepositoryRef,
  branch: string,
  options: TrackingIssueOptions = {},
): Promise<TrackingIssue[]> {
  const found: TrackingIssue[] = [];
  const items = await client.paginate(client.rest.issues.listForRepo, {
    owner: at.owner,
    repo: at.repo,
    state: 'open',
    labels: options.label ?? RED_ISSUE_LABEL,
    per_page: 100,
  });
  for (const issue of items) {
    if (issue.pull_request) continue;
    const body = issue.body ?? '';
    if (body.includes(marker(branch)) || issue.title === redIssueTitle(branch)) {
      found.push({ number: issue.number, title: issue.title, body, htmlUrl: issue.html_url });
    }
  }
  return found.sort((a, b) => a.number - b.number);
}

/** Creates the label, or leaves the existing one alone (422 "already_exists"). One request. */
async function ensureLabel(client: GitHubClient, at: RepositoryRef, name: string): Promise<void> {
  try {
    await client.rest.issues.createLabel({
      owner: at.owner,
      repo: at.repo,
      name,
      color: 'b60205',
      description: 'Stopline: the branch is red; merges wait',
    });
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
  }
}

export interface OpenRedIssueResult extends TrackingIssue {
  /** `created`: a new issue; `updated`: its title or body changed; `unchanged`: nothing to write. */
  action: 'created' | 'updated' | 'unchanged';
}

/**
 * Opens the branch's tracking issue, or updates the open one (the oldest, should a race have made
 * two). Requests: 1 to find it, then 2 to create (label, issue) or 1 to update, or none when
 * title and body are already what they would become. Needs `issues: write`.
 */
export async function openOrUpdateRedIssue(
  client: GitHubClient,
  at: RepositoryRef,
  details: RedIssueDetails,
  options: TrackingIssueOptions = {},
): Promise<OpenRedIssueResult> {
  const logger = options.logger ?? silentLogger;
  const label = options.label ?? RED_ISSUE_LABEL;
  const title = redIssueTitle(details.branch);
  const body = renderRedIssueBody(details);
  const [existing] = await findRedIssues(client, at, details.branch, options);
  if (existing) {
    if (existing.title === title && existing.body === body) return { ...existing, action: 'unchanged' };
    const { data } = await client.rest.issues.update({ owner: at.owner, repo: at.repo, issue_number: existing.number, title, body });
    logger.info(`Updated issue #${data.number} "${title}"`);
    return { number: data.number, title, body, htmlUrl: data.html_url, action: 'updated' };
  }
  await ensureLabel(client, at, label);
  const { data } = await client.rest.issues.create({ owner: at.owner, repo: at.repo, title, body, labels: [label] });
  logger.info(`Opened issue #${data.number} "${title}": ${data.html_url}`);
  return { number: data.number, title, body, htmlUrl: data.html_url, action: 'created' };
}

/**
 * Closes every open tracking issue of the branch, each with `comment` first (so subscribers, and
 * the author pinged in the body, learn why). Requests: 1 to find, then 2 per issue (comment,
 * close). Returns the numbers closed; none is fine (the issue was closed by hand).
 */
export async function closeRedIssues(
  client: GitHubClient,
  at: RepositoryRef,
  branch: string,
  comment: string,
  options: TrackingIssueOptions = {},
): Promise<number[]> {
  const logger = options.logger ?? silentLogger;
  const open = await findRedIssues(client, at, branch, options);
  for (const issue of open) {
    await client.rest.issues.createComment({ owner: at.owner, repo: at.repo, issue_number: issue.number, body: comment });
    await client.rest.issues.update({ owner: at.owner, repo: at.repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    logger.info(`Closed issue #${issue.number} "${issue.title}"`);
  }
  return open.map((issue) => issue.number);
}

import { ApiError, validationFailed } from '../api-error.js';
import { diffTrees, lineStats, mergeBase, readCommit, restCommitJson } from '../git-ops.js';
import type { IssueRecord } from '../model.js';
import { paginate } from '../pagination.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import { bodyObject, callerLogin, isoNow, nodeId, optBool, optString, repoApiUrl, repoHtmlUrl, repoJson, reqString, requireRepo, simpleUser } from '../shapes.js';
import type { Repo } from '../store.js';
import { commitsBetween } from './commits.js';
import { issueJson, nextNumber, requireIssue, setState, sortIssues } from './issues.js';

/** `head` may be `branch` or `owner:branch`; only same-repository branches exist in the sandbox. */
function branchName(repo: Repo, value: string): string {
  const colon = value.indexOf(':');
  if (colon < 0) return value;
  return value.slice(0, colon).toLowerCase() === repo.record.owner.toLowerCase() ? value.slice(colon + 1) : `\0${value}`;
}

const branchSha = (repo: Repo, branch: string) => repo.refs.get(`refs/heads/${branch}`);

function side(ctx: RequestContext, repo: Repo, branch: string, recordedSha: string | undefined) {
  return {
    label: `${repo.record.owner}:${branch}`,
    ref: branch,
    // A deleted branch keeps the last sha GitHub saw; the sandbox falls back to the merge commit's absence: empty.
    sha: branchSha(repo, branch) ?? recordedSha ?? '0'.repeat(40),
    user: simpleUser(ctx.baseUrl, repo.record.owner, repo.record.ownerType),
    repo: repoJson(ctx, repo),
  };
}

function pullLinks(ctx: RequestContext, repo: Repo, i: IssueRecord, headSha: string) {
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return {
    url: `${url}/pulls/${i.number}`,
    html_url: `${html}/pull/${i.number}`,
    diff_url: `${html}/pull/${i.number}.diff`,
    patch_url: `${html}/pull/${i.number}.patch`,
    issue_url: `${url}/issues/${i.number}`,
    commits_url: `${url}/pulls/${i.number}/commits`,
    review_comments_url: `${url}/pulls/${i.number}/comments`,
    review_comment_url: `${url}/pulls/comments{/number}`,
    comments_url: `${url}/issues/${i.number}/comments`,
    statuses_url: `${url}/statuses/${headSha}`,
  };
}

/** The pull request object; `full` adds the fields only `GET /pulls/{n}` and create/update return. */
function pullJson(ctx: RequestContext, repo: Repo, i: IssueRecord, full: boolean) {
  const pull = i.pull!;
  const issue = issueJson(ctx, repo, i);
  const head = side(ctx, repo, pull.head, undefined);
  const base = side(ctx, repo, pull.base, undefined);
  const links = pullLinks(ctx, repo, i, head.sha);
  const json: Record<string, unknown> = {
    ...links,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    number: i.number,
    state: i.state,
    locked: i.locked,
    title: i.title,
    user: issue.user,
    body: i.body,
    labels: issue.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: issue.assignee,
    assignees: issue.assignees,
    requested_reviewers: [],
    requested_teams: [],
    head,
    base,
    _links: Object.fromEntries(
      ([['self', 'url'], ['html', 'html_url'], ['issue', 'issue_url'], ['comments', 'comments_url'], ['review_comments', 'review_comments_url'],
        ['review_comment', 'review_comment_url'], ['commits', 'commits_url'], ['statuses', 'statuses_url']] as const)
        .map(([rel, key]) => [rel, { href: links[key] }]),
    ),
    author_association: issue.author_association,
    auto_merge: null,
    draft: pull.draft,
  };
  if (full) {
    const headSha = branchSha(repo, pull.head);
    const baseSha = branchSha(repo, pull.base);
    const commits = headSha && baseSha ? commitsBetween(ctx, repo, baseSha, headSha) : [];
    const mb = headSha && baseSha ? mergeBase(ctx.store, repo, baseSha, headSha) : undefined;
    const changes = mb && headSha ? diffTrees(ctx.store, repo, readCommit(ctx.store, repo, mb)!.tree, readCommit(ctx.store, repo, headSha)!.tree) : [];
    let additions = 0;
    let deletions = 0;
    for (const c of changes) {
      const s = lineStats(ctx.store, repo, c.status === 'added' ? undefined : (c.before ?? c.sha), c.status === 'removed' ? undefined : c.sha);
      additions += s.additions;
      deletions += s.deletions;
    }
    Object.assign(json, {
      merged: pull.merged_at !== null,
      // GitHub computes mergeability in the background and answers null until it knows; so does the sandbox.
      mergeable: null,
      rebaseable: null,
      mergeable_state: 'unknown',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: pull.maintainer_can_modify,
      commits: commits.length,
      additions,
      deletions,
      changed_files: changes.length,
    });
  }
  return json;
}

function createPull(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const headRaw = reqString(body, 'head', 'PullRequest');
  const base = reqString(body, 'base', 'PullRequest');
  const head = branchName(repo, headRaw);
  const headSha = branchSha(repo, head);
  const baseSha = branchSha(repo, base);
  if (!headSha) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  if (!baseSha) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
  if (commitsBetween(ctx, repo, baseSha, headSha).length === 0) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` });
  }
  if (repo.record.issues.some((i) => i.pull && i.state === 'open' && i.pull.head === head && i.pull.base === base)) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${repo.record.owner}:${head}.` });
  }
  const title = optString(body, 'title', 'PullRequest');
  if (title === undefined && body.issue === undefined) throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
  const now = isoNow(ctx);
  const issue: IssueRecord = {
    id: ctx.store.nextId(),
    number: nextNumber(repo),
    title: title ?? head,
    body: optString(body, 'body', 'PullRequest') ?? null,
    state: 'open',
    state_reason: null,
    user: callerLogin(ctx),
    labels: [],
    assignees: [],
    locked: false,
    created_at: now,
    updated_at: now,
    closed_at: null,
    pull: {
      id: ctx.store.nextId(),
      head,
      base,
      draft: optBool(body, 'draft', 'PullRequest') ?? false,
      maintainer_can_modify: optBool(body, 'maintainer_can_modify', 'PullRequest') ?? true,
      merged_at: null,
      merge_commit_sha: null,
    },
  };
  repo.record.issues.push(issue);
  ctx.store.saveRecord(repo);
  return { status: 201, body: pullJson(ctx, repo, issue, true) };
}

function requirePull(ctx: RequestContext, repo: Repo): IssueRecord {
  const issue = requireIssue(ctx, repo, 'pull_number');
  if (!issue.pull) throw new ApiError(404, 'Not Found');
  return issue;
}

function listPulls(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const state = ctx.query.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) throw validationFailed({ resource: 'PullRequest', field: 'state', code: 'invalid' });
  const head = ctx.query.get('head');
  const base = ctx.query.get('base');
  const list = repo.record.issues.filter(
    (i) => i.pull && (state === 'all' || i.state === state) && (!head || branchName(repo, head) === i.pull.head) && (!base || i.pull.base === base),
  );
  const { items, headers } = paginate(ctx, sortIssues(ctx, list, ['created', 'updated', 'popularity', 'long-running']));
  return { status: 200, body: items.map((i) => pullJson(ctx, repo, i, false)), headers };
}

function updatePull(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const issue = requirePull(ctx, repo);
  const body = bodyObject(ctx);
  issue.title = optString(body, 'title', 'PullRequest') ?? issue.title;
  if ('body' in body) issue.body = optString(body, 'body', 'PullRequest') ?? null;
  const base = optString(body, 'base', 'PullRequest');
  if (base !== undefined) {
    if (!branchSha(repo, base)) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    issue.pull!.base = base;
  }
  issue.pull!.maintainer_can_modify = optBool(body, 'maintainer_can_modify', 'PullRequest') ?? issue.pull!.maintainer_can_modify;
  setState(ctx, repo, issue, body.state);
  issue.updated_at = isoNow(ctx);
  ctx.store.saveRecord(repo);
  return { status: 200, body: pullJson(ctx, repo, issue, true) };
}

function pullCommits(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const issue = requirePull(ctx, repo);
  const headSha = branchSha(repo, issue.pull!.head);
  const baseSha = branchSha(repo, issue.pull!.base);
  // GitHub lists at most 250 commits of a pull request.
  const shas = headSha && baseSha ? commitsBetween(ctx, repo, baseSha, headSha).slice(0, 250) : [];
  const { items, headers } = paginate(ctx, shas);
  return { status: 200, body: items.map((sha) => restCommitJson(ctx, repo, sha, readCommit(ctx.store, repo, sha)!)), headers };
}

export const pullRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/repos/{owner}/{repo}/pulls', handler: createPull },
  { method: 'GET', path: '/repos/{owner}/{repo}/pulls', handler: listPulls },
  {
    method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}',
    handler: (ctx) => { const repo = requireRepo(ctx); return { status: 200, body: pullJson(ctx, repo, requirePull(ctx, repo), true) }; },
  },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/pulls/{pull_number}', handler: updatePull },
  { method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}/commits', handler: pullCommits },
];

import { ApiError, notFound, validationFailed } from '../api-error.js';
import type { IssueCommentRecord, IssueRecord, LabelRecord } from '../model.js';
import { paginate } from '../pagination.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import {
  bodyObject, callerLogin, idParam, isoNow, nodeId, optString, optStringArray, repoApiUrl, repoHtmlUrl, reqString, requireRepo, simpleUser,
} from '../shapes.js';
import type { Repo } from '../store.js';

export function labelJson(ctx: RequestContext, repo: Repo, l: LabelRecord) {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${repoApiUrl(ctx.baseUrl, repo.record)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    // Pull request listings require a string here, so an unset description is empty, not null.
    description: l.description ?? '',
    default: l.default,
  };
}

const findLabel = (repo: Repo, name: string) => repo.record.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());

/** The issue fields pull requests share (GitHub's issue object). */
export function issueJson(ctx: RequestContext, repo: Repo, i: IssueRecord) {
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const html = repoHtmlUrl(ctx.baseUrl, repo.record);
  const issueUrl = `${url}/issues/${i.number}`;
  const assignees = i.assignees.map((login) => simpleUser(ctx.baseUrl, login));
  const json: Record<string, unknown> = {
    id: i.id,
    node_id: nodeId('Issue', i.id),
    url: issueUrl,
    repository_url: url,
    labels_url: `${issueUrl}/labels{/name}`,
    comments_url: `${issueUrl}/comments`,
    events_url: `${issueUrl}/events`,
    html_url: `${html}/${i.pull ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.state_reason,
    title: i.title,
    body: i.body,
    user: simpleUser(ctx.baseUrl, i.user),
    labels: i.labels.map((name) => findLabel(repo, name)).filter((l) => l !== undefined).map((l) => labelJson(ctx, repo, l)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: i.locked,
    active_lock_reason: null,
    comments: (repo.record.issueComments ?? []).filter((c) => c.issue_number === i.number).length,
    closed_at: i.closed_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_by: null,
    author_association: i.user.toLowerCase() === repo.record.owner.toLowerCase() ? 'OWNER' : 'COLLABORATOR',
    timeline_url: `${issueUrl}/timeline`,
    performed_via_github_app: null,
    reactions: {
      url: `${issueUrl}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0,
    },
  };
  if (i.pull) {
    json.draft = i.pull.draft;
    json.pull_request = {
      url: `${url}/pulls/${i.number}`,
      html_url: `${html}/pull/${i.number}`,
      diff_url: `${html}/pull/${i.number}.diff`,
      patch_url: `${html}/pull/${i.number}.patch`,
      merged_at: i.pull.merged_at,
    };
  }
  return json;
}

/** Records a labeled/unlabeled/closed/... event, so "who did it" can be asked later. */
export function addEvent(ctx: RequestContext, repo: Repo, issue: IssueRecord, event: string, extra: Record<string, unknown> = {}) {
  repo.record.issueEvents.push({
    id: ctx.store.nextId(), issue_number: issue.number, event, actor: callerLogin(ctx), created_at: isoNow(ctx), ...extra,
  });
}

/** Adds labels by name, creating unknown ones as GitHub does for writers, with a `labeled` event each. */
export function applyLabels(ctx: RequestContext, repo: Repo, issue: IssueRecord, names: string[]): void {
  for (const name of names) {
    let label = findLabel(repo, name);
    if (!label) {
      label = { id: ctx.store.nextId(), name, color: 'ededed', description: null, default: false };
      repo.record.labels.push(label);
    }
    if (issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) continue;
    issue.labels.push(label.name);
    addEvent(ctx, repo, issue, 'labeled', { label: { name: label.name, color: label.color } });
  }
}

function removeLabelNamed(ctx: RequestContext, repo: Repo, issue: IssueRecord, name: string): boolean {
  const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (index < 0) return false;
  const [removed] = issue.labels.splice(index, 1);
  addEvent(ctx, repo, issue, 'unlabeled', { label: { name: removed!, color: findLabel(repo, removed!)?.color ?? 'ededed' } });
  return true;
}

/** Shared by issues and pulls: the next number in the repository's one sequence. */
export const nextNumber = (repo: Repo): number => repo.record.issues.reduce((max, i) => Math.max(max, i.number), 0) + 1;

function createIssue(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const title = reqString(body, 'title', 'Issue');
  const now = isoNow(ctx);
  const assignee = optString(body, 'assignee', 'Issue');
  const issue: IssueRecord = {
    id: ctx.store.nextId(),
    number: nextNumber(repo),
    title,
    body: optString(body, 'body', 'Issue') ?? null,
    state: 'open',
    state_reason: null,
    user: callerLogin(ctx),
    labels: [],
    assignees: optStringArray(body, 'assignees', 'Issue') ?? (assignee ? [assignee] : []),
    locked: false,
    created_at: now,
    updated_at: now,
    closed_at: null,
  };
  repo.record.issues.push(issue);
  applyLabels(ctx, repo, issue, labelNames(body.labels));
  ctx.store.saveRecord(repo);
  return { status: 201, body: issueJson(ctx, repo, issue) };
}

/** `labels` may be names or `{ name }` objects, as GitHub accepts both. */
function labelNames(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : typeof value === 'object' && Array.isArray((value as { labels?: unknown }).labels) ? (value as { labels: unknown[] }).labels : undefined;
  if (!list) throw validationFailed({ resource: 'Label', field: 'labels', code: 'invalid' });
  return list.map((item) => {
    const name = typeof item === 'string' ? item : (item as { name?: unknown })?.name;
    if (typeof name !== 'string' || !name) throw validationFailed({ resource: 'Label', field: 'labels', code: 'invalid' });
    return name;
  });
}

export function requireIssue(ctx: RequestContext, repo: Repo, param = 'issue_number'): IssueRecord {
  const number = idParam(ctx, param);
  const issue = repo.record.issues.find((i) => i.number === number);
  if (!issue) throw notFound();
  return issue;
}

/** Applies a state change with its event and timestamps (issues and pulls alike). */
export function setState(ctx: RequestContext, repo: Repo, issue: IssueRecord, state: unknown, reason?: string): void {
  if (state === undefined || state === issue.state) return;
  if (state !== 'open' && state !== 'closed') {
    throw validationFailed({ resource: 'Issue', field: 'state', code: 'invalid', message: 'state must be open or closed' });
  }
  issue.state = state;
  issue.closed_at = state === 'closed' ? isoNow(ctx) : null;
  issue.state_reason = state === 'closed' ? (reason ?? 'completed') : 'reopened';
  addEvent(ctx, repo, issue, state === 'closed' ? 'closed' : 'reopened');
}

function updateIssue(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const issue = requireIssue(ctx, repo);
  const body = bodyObject(ctx);
  const title = optString(body, 'title', 'Issue');
  if (title !== undefined && title !== issue.title) {
    addEvent(ctx, repo, issue, 'renamed', { rename: { from: issue.title, to: title } });
    issue.title = title;
  }
  if ('body' in body) issue.body = optString(body, 'body', 'Issue') ?? null;
  setState(ctx, repo, issue, body.state, optString(body, 'state_reason', 'Issue'));
  if (body.labels !== undefined) {
    const wanted = labelNames(body.labels);
    for (const name of [...issue.labels]) {
      if (!wanted.some((w) => w.toLowerCase() === name.toLowerCase())) removeLabelNamed(ctx, repo, issue, name);
    }
    applyLabels(ctx, repo, issue, wanted);
  }
  const assignees = optStringArray(body, 'assignees', 'Issue');
  if (assignees) issue.assignees = assignees;
  issue.updated_at = isoNow(ctx);
  ctx.store.saveRecord(repo);
  return { status: 200, body: issueJson(ctx, repo, issue) };
}

/** Sorts issues by `sort` (created, updated) and `direction` (default desc), as GitHub. */
export function sortIssues(ctx: RequestContext, list: IssueRecord[], sorts: string[]): IssueRecord[] {
  const sort = ctx.query.get('sort') ?? 'created';
  if (!sorts.includes(sort)) throw validationFailed({ resource: 'Issue', field: 'sort', code: 'invalid' });
  const direction = ctx.query.get('direction') ?? 'desc';
  const key = (i: IssueRecord) => (sort === 'updated' ? i.updated_at : i.created_at);
  const ordered = [...list].sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
  return direction === 'asc' ? ordered : ordered.reverse();
}

function listIssues(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const state = ctx.query.get('state') ?? 'open';
  const labels = (ctx.query.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const since = ctx.query.get('since');
  if (since !== null && Number.isNaN(Date.parse(since))) {
    throw new ApiError(422, 'Validation Failed', [{ resource: 'Issue', field: 'since', code: 'invalid' }]);
  }
  const creator = ctx.query.get('creator')?.toLowerCase();
  const list = repo.record.issues.filter(
    (i) =>
      (state === 'all' || i.state === state) &&
      labels.every((l) => i.labels.some((name) => name.toLowerCase() === l)) &&
      (since === null || Date.parse(i.updated_at) >= Date.parse(since)) &&
      (!creator || i.user.toLowerCase() === creator),
  );
  const { items, headers } = paginate(ctx, sortIssues(ctx, list, ['created', 'updated', 'comments']));
  return { status: 200, body: items.map((i) => issueJson(ctx, repo, i)), headers };
}

function createLabel(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const name = reqString(body, 'name', 'Label');
  if (findLabel(repo, name)) throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
  const color = (optString(body, 'color', 'Label') ?? 'ededed').replace(/^#/, '');
  if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed({ resource: 'Label', code: 'invalid', field: 'color' });
  const label: LabelRecord = {
    id: ctx.store.nextId(), name, color: color.toLowerCase(), description: optString(body, 'description', 'Label') ?? null, default: false,
  };
  repo.record.labels.push(label);
  ctx.store.saveRecord(repo);
  return { status: 201, body: labelJson(ctx, repo, label) };
}

function issueLabels(ctx: RequestContext, repo: Repo, issue: IssueRecord) {
  const labels = issue.labels.map((n) => findLabel(repo, n)).filter((l) => l !== undefined);
  return labels.map((l) => labelJson(ctx, repo, l));
}

function addLabels(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const issue = requireIssue(ctx, repo);
  applyLabels(ctx, repo, issue, labelNames(ctx.body));
  issue.updated_at = isoNow(ctx);
  ctx.store.saveRecord(repo);
  return { status: 200, body: issueLabels(ctx, repo, issue) };
}

function removeLabel(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const issue = requireIssue(ctx, repo);
  if (!removeLabelNamed(ctx, repo, issue, ctx.params.name!)) throw new ApiError(404, 'Label does not exist');
  issue.updated_at = isoNow(ctx);
  ctx.store.saveRecord(repo);
  return { status: 200, body: issueLabels(ctx, repo, issue) };
}

function listEvents(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const issue = requireIssue(ctx, repo);
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const events = repo.record.issueEvents.filter((e) => e.issue_number === issue.number);
  const { items, headers } = paginate(ctx, events);
  return {
    status: 200,
    headers,
    body: items.map(({ issue_number: _n, ...e }) => ({
      ...e,
      node_id: nodeId(`${e.event}Event`, e.id),
      url: `${url}/issues/events/${e.id}`,
      actor: simpleUser(ctx.baseUrl, e.actor),
      commit_id: null,
      commit_url: null,
      performed_via_github_app: null,
      ...(e.event === 'closed' || e.event === 'reopened' ? { state_reason: issue.state_reason } : {}),
    })),
  };
}

function commentJson(ctx: RequestContext, repo: Repo, c: IssueCommentRecord) {
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const issue = repo.record.issues.find((i) => i.number === c.issue_number);
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${url}/issues/comments/${c.id}`,
    html_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/${issue?.pull ? 'pull' : 'issues'}/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(ctx.baseUrl, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${url}/issues/${c.issue_number}`,
    author_association: c.user.toLowerCase() === repo.record.owner.toLowerCase() ? 'OWNER' : 'COLLABORATOR',
    performed_via_github_app: null,
  };
}

function createComment(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const issue = requireIssue(ctx, repo);
  const text = reqString(bodyObject(ctx), 'body', 'IssueComment');
  const now = isoNow(ctx);
  const comment: IssueCommentRecord = { id: ctx.store.nextId(), issue_number: issue.number, body: text, user: callerLogin(ctx), created_at: now, updated_at: now };
  (repo.record.issueComments ??= []).push(comment);
  issue.updated_at = now;
  ctx.store.saveRecord(repo);
  return { status: 201, body: commentJson(ctx, repo, comment) };
}

function listComments(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const issue = requireIssue(ctx, repo);
  const comments = (repo.record.issueComments ?? []).filter((c) => c.issue_number === issue.number);
  const { items, headers } = paginate(ctx, comments);
  return { status: 200, body: items.map((c) => commentJson(ctx, repo, c)), headers };
}

export const issueRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/repos/{owner}/{repo}/issues', handler: createIssue },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues', handler: listIssues },
  {
    method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}',
    handler: (ctx) => { const repo = requireRepo(ctx); return { status: 200, body: issueJson(ctx, repo, requireIssue(ctx, repo)) }; },
  },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/issues/{issue_number}', handler: updateIssue },
  { method: 'POST', path: '/repos/{owner}/{repo}/labels', handler: createLabel },
  {
    method: 'GET', path: '/repos/{owner}/{repo}/labels',
    handler: (ctx) => {
      const repo = requireRepo(ctx);
      const { items, headers } = paginate(ctx, repo.record.labels);
      return { status: 200, body: items.map((l) => labelJson(ctx, repo, l)), headers };
    },
  },
  { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/labels', handler: addLabels },
  {
    method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    handler: (ctx) => {
      const repo = requireRepo(ctx);
      const { items, headers } = paginate(ctx, issueLabels(ctx, repo, requireIssue(ctx, repo)));
      return { status: 200, body: items, headers };
    },
  },
  { method: 'DELETE', path: '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', handler: removeLabel },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/events', handler: listEvents },
  { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: createComment },
  { method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', handler: listComments },
];

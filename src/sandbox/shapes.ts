import { createHash } from 'node:crypto';
import { ApiError, notFound, validationFailed } from './api-error.js';
import type { RepoRecord } from './model.js';
import type { RequestContext } from './router.js';
import type { Repo } from './store.js';

/** A stable numeric id for a login, so users need no storage and keep their id across restarts. */
export function userId(login: string): number {
  return createHash('sha1').update(login.toLowerCase()).digest().readUInt32BE(0) % 90_000_000 + 1_000_000;
}

/** GitHub's global node id, in its legacy base64 form. */
export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString('base64').replace(/=+$/, '');
}

/** The e-mail the sandbox gives a user, GitHub's no-reply form. */
export const userEmail = (login: string): string => `${userId(login)}+${login}@users.noreply.github.com`;

/** GitHub's "simple user" object. */
export function simpleUser(baseUrl: string, login: string, type: 'User' | 'Organization' = 'User') {
  const api = `${baseUrl}/users/${login}`;
  const id = userId(login);
  return {
    login,
    id,
    node_id: nodeId(type, id),
    avatar_url: `${baseUrl}/_stopline/avatars/${id}`,
    gravatar_id: '',
    url: api,
    html_url: `${baseUrl}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export const repoApiUrl = (baseUrl: string, r: RepoRecord): string => `${baseUrl}/repos/${r.owner}/${r.name}`;
export const repoHtmlUrl = (baseUrl: string, r: RepoRecord): string => `${baseUrl}/${r.owner}/${r.name}`;

/** The full repository object; a superset of GitHub's minimal, plain and full repository schemas. */
export function repoJson(ctx: RequestContext, repo: Repo) {
  const r = repo.record;
  const url = repoApiUrl(ctx.baseUrl, r);
  const html = repoHtmlUrl(ctx.baseUrl, r);
  const openIssues = r.issues.filter((i) => i.state === 'open').length;
  const host = new URL(ctx.baseUrl).host;
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    private: r.private,
    visibility: r.private ? 'private' : 'public',
    owner: simpleUser(ctx.baseUrl, r.owner, r.ownerType),
    html_url: html,
    description: r.description,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://${host}/${r.owner}/${r.name}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@${host}:${r.owner}/${r.name}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    svn_url: html,
    homepage: r.homepage,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: r.default_branch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
    pushed_at: r.pushed_at,
    created_at: r.created_at,
    updated_at: r.updated_at,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    network_count: 0,
    subscribers_count: 0,
  };
}

/** Looks up `{owner}/{repo}` from the path, or answers 404 as GitHub does. */
export function requireRepo(ctx: RequestContext): Repo {
  const repo = ctx.store.getRepo(ctx.params.owner ?? '', ctx.params.repo ?? '');
  if (!repo) throw notFound();
  return repo;
}

/** The calling login; writes are authenticated before handlers run, so this is always set for them. */
export function callerLogin(ctx: RequestContext): string {
  if (!ctx.caller) throw new ApiError(401, 'Requires authentication');
  return ctx.caller.login;
}

/** The JSON body as an object, or 400 as GitHub answers a body of the wrong shape. */
export function bodyObject(ctx: RequestContext): Record<string, unknown> {
  if (ctx.body === undefined) return {};
  if (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body)) {
    throw new ApiError(400, 'Problems parsing JSON');
  }
  return ctx.body as Record<string, unknown>;
}

const invalidField = (resource: string, field: string) => validationFailed({ resource, field, code: 'invalid' });

/** Reads an optional string field; a value of another type is a 422 naming the field. */
export function optString(body: Record<string, unknown>, field: string, resource: string): string | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidField(resource, field);
  return value;
}

export function reqString(body: Record<string, unknown>, field: string, resource: string): string {
  const value = optString(body, field, resource);
  if (value === undefined) throw validationFailed({ resource, field, code: 'missing_field' });
  return value;
}

export function optBool(body: Record<string, unknown>, field: string, resource: string): boolean | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidField(resource, field);
  return value;
}

export function optStringArray(body: Record<string, unknown>, field: string, resource: string): string[] | undefined {
  const value = body[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalidField(resource, field);
  return value as string[];
}

/** A positive integer path parameter; anything else is 404 like an unknown id. */
export function idParam(ctx: RequestContext, name: string): number {
  const value = Number(ctx.params[name]);
  if (!Number.isInteger(value) || value < 1) throw notFound();
  return value;
}

/** ISO time without milliseconds, as GitHub prints it. */
export const isoNow = (ctx: RequestContext): string => ctx.now.toISOString().replace(/\.\d{3}Z$/, 'Z');

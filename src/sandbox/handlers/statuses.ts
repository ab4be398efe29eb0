import { ApiError, validationFailed } from '../api-error.js';
import { resolveCommitish } from '../git-ops.js';
import type { StatusRecord } from '../model.js';
import { paginate } from '../pagination.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import { bodyObject, callerLogin, isoNow, nodeId, optString, repoApiUrl, repoJson, reqString, requireRepo, simpleUser } from '../shapes.js';
import type { Repo } from '../store.js';

const STATES = ['error', 'failure', 'pending', 'success'] as const;

function statusJson(ctx: RequestContext, repo: Repo, s: StatusRecord) {
  const creator = simpleUser(ctx.baseUrl, s.creator);
  return {
    url: `${repoApiUrl(ctx.baseUrl, repo.record)}/statuses/${s.sha}`,
    avatar_url: creator.avatar_url,
    id: s.id,
    node_id: nodeId('StatusContext', s.id),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
    creator,
  };
}

function createStatus(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const sha = ctx.params.sha!;
  const state = reqString(body, 'state', 'Status');
  if (!STATES.includes(state as StatusRecord['state'])) {
    throw validationFailed({ resource: 'Status', field: 'state', code: 'custom', message: `state is not included in the list: ${STATES.join(', ')}` });
  }
  const commit = resolveCommitish(ctx.store, repo, sha);
  if (!commit || !commit.startsWith(sha.toLowerCase())) throw new ApiError(422, `No commit found for SHA: ${sha}`);
  const now = isoNow(ctx);
  const record: StatusRecord = {
    id: ctx.store.nextId(),
    sha: commit,
    state: state as StatusRecord['state'],
    target_url: optString(body, 'target_url', 'Status') ?? null,
    description: optString(body, 'description', 'Status') ?? null,
    context: optString(body, 'context', 'Status') ?? 'default',
    creator: callerLogin(ctx),
    created_at: now,
    updated_at: now,
  };
  repo.record.statuses.push(record);
  ctx.store.saveRecord(repo);
  return { status: 201, body: statusJson(ctx, repo, record) };
}

/** Statuses of the commit a ref names, newest first; 404-free like GitHub (an unknown ref lists nothing). */
function statusesFor(ctx: RequestContext, repo: Repo): { sha: string | undefined; list: StatusRecord[] } {
  const sha = resolveCommitish(ctx.store, repo, ctx.params.ref!);
  const list = sha ? repo.record.statuses.filter((s) => s.sha === sha) : [];
  return { sha, list: [...list].sort((a, b) => b.id - a.id) };
}

function listStatuses(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const { items, headers } = paginate(ctx, statusesFor(ctx, repo).list);
  return { status: 200, body: items.map((s) => statusJson(ctx, repo, s)), headers };
}

/**
 * GitHub's combined status: the latest status per context; `failure` if any is error or failure,
 * else `pending` if any is pending or there are none, else `success`.
 */
export function combine(list: StatusRecord[]): { state: string; latest: StatusRecord[] } {
  const latest = new Map<string, StatusRecord>();
  for (const s of [...list].sort((a, b) => b.id - a.id)) if (!latest.has(s.context)) latest.set(s.context, s);
  const values = [...latest.values()];
  const state = values.some((s) => s.state === 'error' || s.state === 'failure')
    ? 'failure'
    : values.length === 0 || values.some((s) => s.state === 'pending')
      ? 'pending'
      : 'success';
  return { state, latest: values };
}

function combinedStatus(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const { sha, list } = statusesFor(ctx, repo);
  if (!sha) throw new ApiError(404, `No commit found for SHA: ${ctx.params.ref}`);
  const { state, latest } = combine(list);
  const { items, headers } = paginate(ctx, latest, 100);
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const { owner, ...repository } = repoJson(ctx, repo);
  return {
    status: 200,
    headers,
    body: {
      state,
      statuses: items.map((s) => {
        const { creator: _creator, ...simple } = statusJson(ctx, repo, s);
        return simple;
      }),
      sha,
      total_count: latest.length,
      repository: { ...repository, owner },
      commit_url: `${url}/commits/${sha}`,
      url: `${url}/commits/${sha}/status`,
    },
  };
}

export const statusRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/repos/{owner}/{repo}/statuses/{sha}', handler: createStatus },
  { method: 'GET', path: '/repos/{owner}/{repo}/commits/{ref}/statuses', handler: listStatuses },
  { method: 'GET', path: '/repos/{owner}/{repo}/commits/{ref}/status', handler: combinedStatus },
];

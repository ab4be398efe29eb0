import { ApiError, notFound, validationFailed } from '../api-error.js';
import { resolveCommitish } from '../git-ops.js';
import type { DeploymentRecord, DeploymentStatusRecord } from '../model.js';
import { paginate } from '../pagination.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import {
  bodyObject, callerLogin, idParam, isoNow, nodeId, optBool, optString, optStringArray, repoApiUrl, repoHtmlUrl, reqString, requireRepo, simpleUser,
} from '../shapes.js';
import type { Repo } from '../store.js';
import { combine } from './statuses.js';

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'] as const;

function deploymentJson(ctx: RequestContext, repo: Repo, d: DeploymentRecord) {
  const url = `${repoApiUrl(ctx.baseUrl, repo.record)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId('Deployment', d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.original_environment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(ctx.baseUrl, d.creator),
    created_at: d.created_at,
    updated_at: d.updated_at,
    statuses_url: `${url}/statuses`,
    repository_url: repoApiUrl(ctx.baseUrl, repo.record),
    transient_environment: d.transient_environment,
    production_environment: d.production_environment,
    performed_via_github_app: null,
  };
}

function statusJson(ctx: RequestContext, repo: Repo, s: DeploymentStatusRecord) {
  const deploymentUrl = `${repoApiUrl(ctx.baseUrl, repo.record)}/deployments/${s.deployment_id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId('DeploymentStatus', s.id),
    state: s.state,
    creator: simpleUser(ctx.baseUrl, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.target_url,
    // Optional URI fields are left out when unset rather than sent as "" (not a URI).
    ...(s.log_url ? { log_url: s.log_url } : {}),
    ...(s.environment_url ? { environment_url: s.environment_url } : {}),
    created_at: s.created_at,
    updated_at: s.updated_at,
    deployment_url: deploymentUrl,
    repository_url: repoApiUrl(ctx.baseUrl, repo.record),
    performed_via_github_app: null,
  };
}

function parsePayload(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // fall through to the validation error
    }
  } else if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw validationFailed({ resource: 'Deployment', field: 'payload', code: 'invalid', message: 'payload must be a JSON object' });
}

/**
 * Creates a deployment. Like GitHub, the commit's statuses must all be `success` for the
 * `required_contexts` (every context on the commit when the field is omitted, none when it is `[]`).
 * `auto_merge` is accepted but the sandbox never merges the default branch into the ref.
 */
function createDeployment(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const ref = reqString(body, 'ref', 'Deployment');
  const sha = resolveCommitish(ctx.store, repo, ref);
  if (!sha) throw new ApiError(422, `No ref found for: ${ref}`);
  const required = optStringArray(body, 'required_contexts', 'Deployment');
  const { latest } = combine(repo.record.statuses.filter((s) => s.sha === sha));
  const contexts = required ?? latest.map((s) => s.context);
  const failing = contexts.filter((c) => latest.find((s) => s.context === c)?.state !== 'success');
  if (failing.length) {
    throw new ApiError(409, `Conflict: Commit status checks failed for ${ref}.`, [
      { contexts: failing.map((context) => ({ context, state: latest.find((s) => s.context === context)?.state ?? 'missing' })), resource: 'Deployment', field: 'required_contexts', code: 'invalid' },
    ]);
  }
  const environment = optString(body, 'environment', 'Deployment') ?? 'production';
  const now = isoNow(ctx);
  const record: DeploymentRecord = {
    id: ctx.store.nextId(),
    sha,
    ref,
    task: optString(body, 'task', 'Deployment') ?? 'deploy',
    payload: parsePayload(body.payload),
    original_environment: environment,
    environment,
    description: optString(body, 'description', 'Deployment') ?? null,
    transient_environment: optBool(body, 'transient_environment', 'Deployment') ?? false,
    production_environment: optBool(body, 'production_environment', 'Deployment') ?? environment === 'production',
    creator: callerLogin(ctx),
    created_at: now,
    updated_at: now,
  };
  repo.record.deployments.push(record);
  ctx.store.saveRecord(repo);
  return { status: 201, body: deploymentJson(ctx, repo, record) };
}

function listDeployments(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const filters = ['sha', 'ref', 'task', 'environment'] as const;
  const list = repo.record.deployments
    .filter((d) => filters.every((f) => !ctx.query.has(f) || d[f] === ctx.query.get(f)))
    .sort((a, b) => b.id - a.id);
  const { items, headers } = paginate(ctx, list);
  return { status: 200, body: items.map((d) => deploymentJson(ctx, repo, d)), headers };
}

function requireDeployment(ctx: RequestContext, repo: Repo): DeploymentRecord {
  const id = idParam(ctx, 'deployment_id');
  const deployment = repo.record.deployments.find((d) => d.id === id);
  if (!deployment) throw notFound();
  return deployment;
}

const latestStatus = (repo: Repo, id: number) =>
  repo.record.deploymentStatuses.filter((s) => s.deployment_id === id).sort((a, b) => b.id - a.id)[0];

/** GitHub deletes only inactive deployments, unless it is the only one in its environment. */
function deleteDeployment(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const deployment = requireDeployment(ctx, repo);
  const alone = repo.record.deployments.filter((d) => d.environment === deployment.environment).length === 1;
  const active = latestStatus(repo, deployment.id)?.state === 'success';
  if (active && !alone) {
    throw new ApiError(422, 'We cannot delete an active deployment unless it is the only deployment in a given environment.');
  }
  repo.record.deployments = repo.record.deployments.filter((d) => d.id !== deployment.id);
  repo.record.deploymentStatuses = repo.record.deploymentStatuses.filter((s) => s.deployment_id !== deployment.id);
  ctx.store.saveRecord(repo);
  return { status: 204 };
}

function createStatus(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const deployment = requireDeployment(ctx, repo);
  const body = bodyObject(ctx);
  const state = reqString(body, 'state', 'DeploymentStatus');
  if (!STATES.includes(state as DeploymentStatusRecord['state'])) {
    throw validationFailed({ resource: 'DeploymentStatus', field: 'state', code: 'custom', message: `state is not included in the list: ${STATES.join(', ')}` });
  }
  const environment = optString(body, 'environment', 'DeploymentStatus');
  if (environment) deployment.environment = environment;
  const now = isoNow(ctx);
  const login = callerLogin(ctx);
  const logUrl = optString(body, 'log_url', 'DeploymentStatus');
  const environmentUrl = optString(body, 'environment_url', 'DeploymentStatus') ?? '';
  // GitHub's schema requires target_url to be a URI: fall back to the log, then to the deployments page.
  const targetUrl = optString(body, 'target_url', 'DeploymentStatus') ?? logUrl ?? `${repoHtmlUrl(ctx.baseUrl, repo.record)}/deployments`;
  const add = (d: DeploymentRecord, s: DeploymentStatusRecord['state'], extra: Partial<DeploymentStatusRecord> = {}) => {
    const record: DeploymentStatusRecord = {
      id: ctx.store.nextId(), deployment_id: d.id, state: s, description: '', environment: d.environment,
      target_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/deployments`, log_url: '', environment_url: '', creator: login, created_at: now, updated_at: now, ...extra,
    };
    repo.record.deploymentStatuses.push(record);
    d.updated_at = now;
    return record;
  };
  const record = add(deployment, state as DeploymentStatusRecord['state'], {
    description: optString(body, 'description', 'DeploymentStatus') ?? '',
    target_url: targetUrl,
    log_url: logUrl ?? targetUrl,
    environment_url: environmentUrl,
  });
  // auto_inactive (default true): a new success retires earlier successful deployments of the environment.
  if (state === 'success' && (optBool(body, 'auto_inactive', 'DeploymentStatus') ?? true)) {
    for (const other of repo.record.deployments) {
      if (other.id === deployment.id || other.environment !== deployment.environment) continue;
      if (other.id > deployment.id) continue;
      if (latestStatus(repo, other.id)?.state === 'success') add(other, 'inactive');
    }
  }
  ctx.store.saveRecord(repo);
  return { status: 201, body: statusJson(ctx, repo, record) };
}

function listStatuses(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const deployment = requireDeployment(ctx, repo);
  const list = repo.record.deploymentStatuses.filter((s) => s.deployment_id === deployment.id).sort((a, b) => b.id - a.id);
  const { items, headers } = paginate(ctx, list);
  return { status: 200, body: items.map((s) => statusJson(ctx, repo, s)), headers };
}

function getStatus(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const deployment = requireDeployment(ctx, repo);
  const id = idParam(ctx, 'status_id');
  const status = repo.record.deploymentStatuses.find((s) => s.id === id && s.deployment_id === deployment.id);
  if (!status) throw notFound();
  return { status: 200, body: statusJson(ctx, repo, status) };
}

export const deploymentRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/repos/{owner}/{repo}/deployments', handler: createDeployment },
  { method: 'GET', path: '/repos/{owner}/{repo}/deployments', handler: listDeployments },
  {
    method: 'GET', path: '/repos/{owner}/{repo}/deployments/{deployment_id}',
    handler: (ctx) => { const repo = requireRepo(ctx); return { status: 200, body: deploymentJson(ctx, repo, requireDeployment(ctx, repo)) }; },
  },
  { method: 'DELETE', path: '/repos/{owner}/{repo}/deployments/{deployment_id}', handler: deleteDeployment },
  { method: 'POST', path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', handler: createStatus },
  { method: 'GET', path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', handler: listStatuses },
  { method: 'GET', path: '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}', handler: getStatus },
];

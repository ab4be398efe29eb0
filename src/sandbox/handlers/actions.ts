import { ApiError, notFound, validationFailed } from '../api-error.js';
import { readCommit, resolveCommitish } from '../git-ops.js';
import { isoFromSignature } from '../git-objects.js';
import type { JobRecord, RunRecord } from '../model.js';
import { paginate } from '../pagination.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import { bodyObject, callerLogin, idParam, isoNow, nodeId, optString, repoApiUrl, repoHtmlUrl, repoJson, requireRepo, simpleUser } from '../shapes.js';
import type { Repo } from '../store.js';

const RUN_STATUSES = ['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending'];
const CONCLUSIONS = ['success', 'failure', 'neutral', 'cancelled', 'skipped', 'timed_out', 'action_required', 'stale', 'startup_failure'];

function runJson(ctx: RequestContext, repo: Repo, run: RunRecord) {
  const url = `${repoApiUrl(ctx.baseUrl, repo.record)}/actions/runs/${run.id}`;
  const commit = readCommit(ctx.store, repo, run.head_sha);
  const { owner, ...rest } = repoJson(ctx, repo);
  const repository = { ...rest, owner };
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId('CheckSuite', run.id + 1),
    head_branch: run.head_branch,
    head_sha: run.head_sha,
    path: run.path,
    display_title: run.display_title,
    run_number: run.run_number,
    run_attempt: run.run_attempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow_id,
    url,
    html_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.created_at,
    updated_at: run.updated_at,
    run_started_at: run.run_started_at,
    actor: simpleUser(ctx.baseUrl, run.actor),
    triggering_actor: simpleUser(ctx.baseUrl, run.actor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoApiUrl(ctx.baseUrl, repo.record)}/check-suites/${run.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: run.run_attempt > 1 ? `${url}/attempts/${run.run_attempt - 1}` : null,
    workflow_url: `${repoApiUrl(ctx.baseUrl, repo.record)}/actions/workflows/${run.workflow_id}`,
    head_commit: commit
      ? {
          id: run.head_sha,
          tree_id: commit.tree,
          message: commit.message,
          timestamp: isoFromSignature(commit.committer),
          author: { name: commit.author.name, email: commit.author.email },
          committer: { name: commit.committer.name, email: commit.committer.email },
        }
      : null,
    repository,
    head_repository: repository,
  };
}

function jobJson(ctx: RequestContext, repo: Repo, run: RunRecord, job: JobRecord) {
  const api = repoApiUrl(ctx.baseUrl, repo.record);
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${api}/actions/runs/${run.id}`,
    run_attempt: job.run_attempt,
    node_id: nodeId('CheckRun', job.id),
    head_sha: run.head_sha,
    head_branch: run.head_branch,
    url: `${api}/actions/jobs/${job.id}`,
    html_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.created_at,
    started_at: job.started_at,
    completed_at: job.completed_at,
    name: job.name,
    steps: [],
    check_run_url: `${api}/check-runs/${job.id}`,
    labels: ['ubuntu-latest'],
    runner_id: null,
    runner_name: null,
    runner_group_id: null,
    runner_group_name: null,
    workflow_name: run.name,
  };
}

function requireRun(ctx: RequestContext, repo: Repo): RunRecord {
  const id = idParam(ctx, 'run_id');
  const run = repo.record.runs.find((r) => r.id === id);
  if (!run) throw notFound();
  return run;
}

function listRuns(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const q = (name: string) => ctx.query.get(name);
  const status = q('status');
  const list = repo.record.runs
    .filter(
      (r) =>
        (!q('branch') || r.head_branch === q('branch')) &&
        (!q('event') || r.event === q('event')) &&
        (!q('head_sha') || r.head_sha === q('head_sha')) &&
        (!q('actor') || r.actor.toLowerCase() === q('actor')!.toLowerCase()) &&
        // `status` takes a status or a conclusion, as on GitHub.
        (!status || r.status === status || r.conclusion === status),
    )
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
  const { items, headers } = paginate(ctx, list);
  return { status: 200, headers, body: { total_count: list.length, workflow_runs: items.map((r) => runJson(ctx, repo, r)) } };
}

/** Re-runs the failed jobs of a completed run as a new attempt: the run and those jobs are queued again. */
function rerunFailed(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const run = requireRun(ctx, repo);
  if (run.status !== 'completed') throw new ApiError(403, 'This workflow is already running');
  const jobs = repo.record.jobs.filter((j) => j.run_id === run.id && j.run_attempt === run.run_attempt);
  const failed = jobs.filter((j) => ['failure', 'cancelled', 'timed_out'].includes(j.conclusion ?? ''));
  if (!failed.length) throw new ApiError(403, 'There are no failed jobs to re-run');
  const now = isoNow(ctx);
  run.run_attempt++;
  run.status = 'queued';
  run.conclusion = null;
  run.updated_at = now;
  run.run_started_at = now;
  for (const job of jobs) {
    const again = failed.includes(job);
    repo.record.jobs.push({
      ...job,
      id: ctx.store.nextId(),
      run_attempt: run.run_attempt,
      status: again ? 'queued' : job.status,
      conclusion: again ? null : job.conclusion,
      started_at: again ? now : job.started_at,
      completed_at: again ? null : job.completed_at,
      created_at: again ? now : job.created_at,
    });
  }
  ctx.store.saveRecord(repo);
  return { status: 201, body: {} };
}

function listJobs(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const run = requireRun(ctx, repo);
  const filter = ctx.query.get('filter') ?? 'latest';
  if (filter !== 'latest' && filter !== 'all') throw validationFailed({ resource: 'Job', field: 'filter', code: 'invalid' });
  const jobs = repo.record.jobs.filter((j) => j.run_id === run.id && (filter === 'all' || j.run_attempt === run.run_attempt));
  const { items, headers } = paginate(ctx, jobs);
  return { status: 200, headers, body: { total_count: jobs.length, jobs: items.map((j) => jobJson(ctx, repo, run, j)) } };
}

function oneOf(value: unknown, allowed: string[], field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw validationFailed({ resource: 'WorkflowRun', field, code: 'invalid', message: `${field} must be one of ${allowed.join(', ')}` });
  }
  return value;
}

/** Applies status/conclusion to a run and its latest jobs (completing a run completes its open jobs). */
function applyRunState(ctx: RequestContext, repo: Repo, run: RunRecord, body: Record<string, unknown>) {
  const status = oneOf(body.status, RUN_STATUSES, 'status') ?? run.status;
  const conclusion = oneOf(body.conclusion, CONCLUSIONS, 'conclusion') ?? (status === 'completed' ? (run.conclusion ?? 'success') : null);
  run.status = status;
  run.conclusion = status === 'completed' ? conclusion : null;
  run.updated_at = isoNow(ctx);
  for (const job of repo.record.jobs.filter((j) => j.run_id === run.id && j.run_attempt === run.run_attempt)) {
    if (status === 'completed' && job.status !== 'completed') {
      job.status = 'completed';
      job.conclusion = run.conclusion;
      job.completed_at = isoNow(ctx);
    }
  }
}

/** Sandbox-only: seeds a workflow run (and its jobs) the way a push or a schedule would create one. */
function seedRun(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const name = optString(body, 'name', 'WorkflowRun') ?? 'CI';
  const path = optString(body, 'path', 'WorkflowRun') ?? `.github/workflows/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yml`;
  const branch = optString(body, 'head_branch', 'WorkflowRun') ?? repo.record.default_branch;
  const headSha = optString(body, 'head_sha', 'WorkflowRun') ?? resolveCommitish(ctx.store, repo, branch);
  if (!headSha || !readCommit(ctx.store, repo, headSha)) {
    throw validationFailed({ resource: 'WorkflowRun', field: 'head_sha', code: 'invalid', message: 'head_sha must name a commit of this repository (or head_branch an existing branch)' });
  }
  const workflowId = (repo.record.workflows[path] ??= ctx.store.nextId());
  const now = isoNow(ctx);
  const number = repo.record.runs.filter((r) => r.workflow_id === workflowId).length + 1;
  const commit = readCommit(ctx.store, repo, headSha)!;
  const run: RunRecord = {
    id: ctx.store.nextId(),
    name,
    path,
    workflow_id: workflowId,
    run_number: number,
    run_attempt: 1,
    event: optString(body, 'event', 'WorkflowRun') ?? 'push',
    status: 'queued',
    conclusion: null,
    head_branch: branch,
    head_sha: headSha,
    display_title: optString(body, 'display_title', 'WorkflowRun') ?? commit.message.split('\n')[0] ?? name,
    actor: optString(body, 'actor', 'WorkflowRun') ?? callerLogin(ctx),
    created_at: now,
    updated_at: now,
    run_started_at: now,
  };
  const jobs = Array.isArray(body.jobs) ? (body.jobs as Record<string, unknown>[]) : [{ name: 'build' }];
  for (const job of jobs) {
    repo.record.jobs.push({
      id: ctx.store.nextId(),
      run_id: run.id,
      run_attempt: 1,
      name: typeof job.name === 'string' ? job.name : 'build',
      status: (oneOf(job.status, RUN_STATUSES, 'jobs[].status') ?? 'queued') as JobRecord['status'],
      conclusion: oneOf(job.conclusion, CONCLUSIONS, 'jobs[].conclusion') ?? null,
      started_at: now,
      completed_at: job.status === 'completed' ? now : null,
      created_at: now,
    });
  }
  repo.record.runs.push(run);
  applyRunState(ctx, repo, run, body);
  ctx.store.saveRecord(repo);
  return { status: 201, body: runJson(ctx, repo, run) };
}

/** Sandbox-only: moves a run on (e.g. `{ "status": "completed", "conclusion": "failure" }`). */
function updateRun(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const run = requireRun(ctx, repo);
  applyRunState(ctx, repo, run, bodyObject(ctx));
  ctx.store.saveRecord(repo);
  return { status: 200, body: runJson(ctx, repo, run) };
}

export const actionRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/actions/runs', handler: listRuns },
  {
    method: 'GET', path: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    handler: (ctx) => { const repo = requireRepo(ctx); return { status: 200, body: runJson(ctx, repo, requireRun(ctx, repo)) }; },
  },
  { method: 'POST', path: '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs', handler: rerunFailed },
  { method: 'GET', path: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs', handler: listJobs },
  { method: 'POST', path: '/_stopline/repos/{owner}/{repo}/actions/runs', sandboxOnly: true, handler: seedRun },
  { method: 'PATCH', path: '/_stopline/repos/{owner}/{repo}/actions/runs/{run_id}', sandboxOnly: true, handler: updateRun },
];

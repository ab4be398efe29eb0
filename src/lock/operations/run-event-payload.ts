/**
 * The `workflow_run` event payload as commit-lock's RunEvent. The payload carries everything the
 * line needs (no request); a payload without a completed run is a clear error, not a guess.
 */
import { ConfigurationError } from '../../runtime/errors.js';
import { RUN_CONCLUSIONS, type RunConclusion, type RunEvent } from '../index.js';

interface WorkflowRunPayload {
  id?: unknown;
  run_number?: unknown;
  run_attempt?: unknown;
  name?: unknown;
  head_sha?: unknown;
  head_branch?: unknown;
  conclusion?: unknown;
  status?: unknown;
  html_url?: unknown;
  updated_at?: unknown;
  event?: unknown;
  actor?: { login?: unknown };
  triggering_actor?: { login?: unknown };
  head_repository?: { full_name?: unknown };
  repository?: { full_name?: unknown };
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);

/** The run, or undefined when the event is not a completed run (`requested`, `in_progress`). */
export function runEventFromPayload(payload: Record<string, unknown>): { event: RunEvent; status: string } | { event: undefined; status: string } {
  const run = payload.workflow_run as WorkflowRunPayload | undefined;
  if (run === undefined || run === null || typeof run !== 'object') {
    throw new ConfigurationError('the workflow_run event has no `workflow_run` object: run commit-lock `auto` on `on: workflow_run: types: [completed]`');
  }
  const status = text(payload.action) ?? text(run.status) ?? 'unknown';
  if (status !== 'completed') return { event: undefined, status };
  const conclusion = text(run.conclusion);
  const missing = [
    ['id', count(run.id)],
    ['run_number', count(run.run_number)],
    ['head_sha', text(run.head_sha)],
    ['head_branch', text(run.head_branch)],
    ['conclusion', conclusion],
  ].filter(([, value]) => value === undefined);
  if (missing.length > 0) {
    throw new ConfigurationError(`the workflow_run event payload lacks ${missing.map(([name]) => `workflow_run.${name}`).join(', ')}: is it a real \`workflow_run\` payload?`);
  }
  if (!(RUN_CONCLUSIONS as readonly string[]).includes(conclusion!)) {
    throw new ConfigurationError(`workflow_run.conclusion is ${JSON.stringify(conclusion)}, not one of ${RUN_CONCLUSIONS.join(', ')}`);
  }
  const event: RunEvent = {
    runId: count(run.id)!,
    runNumber: count(run.run_number)!,
    runAttempt: count(run.run_attempt) ?? 1,
    workflow: text(run.name) ?? 'workflow',
    sha: text(run.head_sha)!,
    conclusion: conclusion as RunConclusion,
    url: text(run.html_url) ?? '',
    branch: text(run.head_branch)!,
    at: text(run.updated_at) ?? new Date().toISOString(),
  };
  const author = text(run.triggering_actor?.login) ?? text(run.actor?.login);
  if (author !== undefined) event.author = author;
  const trigger = text(run.event);
  if (trigger !== undefined) event.trigger = trigger;
  const headRepository = text(run.head_repository?.full_name);
  if (headRepository !== undefined) event.headRepository = headRepository;
  const repository = text(run.repository?.full_name);
  if (repository !== undefined) event.repository = repository;
  return { event, status };
}

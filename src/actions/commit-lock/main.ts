/**
 * The commit lock: `auto` decides from the event what to do (a completed build on the protected
 * branch turns the line red or green; a pull request or merge group is checked; a schedule brings
 * the freezes up to date), or an explicit command does one thing. The rules are in src/lock, the
 * GitHub work in src/lock/github and src/lock/operations; this file only wires them.
 */
import * as core from '@actions/core';
import { createRunnerClient } from '../../github/client.js';
import { defaultBranch } from '../../github/default-branch.js';
import { Ledger } from '../../github/ledger.js';
import { DEFAULT_FREEZE_EXEMPT_LABEL } from '../../lock/index.js';
import { applyRun, check, lock, reconcile, status, unlock, type CheckedChange, type LockReport } from '../../lock/operations/commands.js';
import type { LockContext } from '../../lock/operations/line-change.js';
import { runEventFromPayload } from '../../lock/operations/run-event-payload.js';
import { readFreezeSchedule } from '../../lock/operations/schedule-source.js';
import { actionsLogger } from '../../runtime/actions-logger.js';
import { readRunnerContext, type RunnerContext } from '../../runtime/context.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { setOutput } from '../../runtime/outputs.js';
import { writeSummary } from '../../runtime/summary.js';
import { outputs } from './io.js';
import { renderLockSummary } from './render-summary.js';
import { readSettings, type LockSettings } from './settings.js';

const CHECK_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

/** What `auto` means for this event. */
function resolveCommand(settings: LockSettings, eventName: string): 'run' | 'check' | 'reconcile' | 'lock' | 'unlock' | 'status' {
  if (settings.command !== 'auto') return settings.command;
  if (eventName === 'workflow_run') return 'run';
  if (CHECK_EVENTS.has(eventName)) return 'check';
  return 'reconcile';
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** The change under check, from the event payload (no request). */
export function checkedChange(context: RunnerContext): CheckedChange {
  const payload = context.eventPayload;
  if (context.eventName === 'merge_group') {
    const group = asObject(payload.merge_group);
    const sha = group?.head_sha;
    if (typeof sha !== 'string') throw new ConfigurationError('the merge_group event payload has no merge_group.head_sha');
    const baseRef = String(group?.base_ref ?? '').replace(/^refs\/heads\//, '');
    // gh-readonly-queue/<base>/pr-<number>-<sha>: the pull request at the head of the group.
    const number = /\/pr-(\d+)-[0-9a-f]+$/.exec(String(group?.head_ref ?? ''))?.[1];
    return { kind: 'merge_group', sha, baseRef, ...(number ? { pullNumber: Number(number) } : {}) };
  }
  const pull = asObject(payload.pull_request);
  const head = asObject(pull?.head);
  const base = asObject(pull?.base);
  if (!pull || typeof head?.sha !== 'string' || typeof pull.number !== 'number') {
    throw new ConfigurationError(`\`check\` needs a pull_request or merge_group event; this is ${context.eventName || 'no event'} (run \`check\` on pull_request, or use \`status\`)`);
  }
  const labels = Array.isArray(pull.labels) ? pull.labels.map((label) => String(asObject(label)?.name ?? '')).filter((name) => name !== '') : [];
  return {
    kind: 'pull_request',
    sha: head.sha,
    pull: { number: pull.number, title: String(pull.title ?? ''), body: typeof pull.body === 'string' ? pull.body : '', labels, baseRef: String(base?.ref ?? '') },
  };
}

export async function main(): Promise<void> {
  const settings = readSettings(new Date());
  const context = readRunnerContext();
  const logger = actionsLogger();
  const client = createRunnerClient(context, settings.token, logger);
  const at = context.repository;
  const branch = settings.branch ?? (await defaultBranch(client, at, context.eventPayload));
  const command = resolveCommand(settings, context.eventName);

  // Every command reads the freezes file from the branch (one request): `check` then costs 2
  // (ledger) + 1 (freezes file) + 1 (status) requests.
  const schedule = await readFreezeSchedule(client, at, { branch, file: settings.freezesFile });
  const lockContext: LockContext = {
    client,
    at,
    ledger: new Ledger(client, { owner: at.owner, repo: at.repo, ref: settings.ledgerRef, logger }),
    branch,
    schedule,
    labels: { fix: settings.fixLabel, freeze: DEFAULT_FREEZE_EXEMPT_LABEL },
    logger,
    now: () => new Date(),
    ...(context.runUrl ? { targetUrl: context.runUrl } : {}),
  };

  let report: LockReport;
  switch (command) {
    case 'run': {
      const parsed = runEventFromPayload(context.eventPayload);
      if (parsed.event === undefined) {
        report = await status(lockContext);
        report.ignored = `ignored: the workflow run is ${parsed.status}, not completed (run commit-lock on \`workflow_run: types: [completed]\`)`;
        report.happened.push(report.ignored);
      } else {
        report = await applyRun(lockContext, parsed.event, { retryFailed: settings.retryFailed });
      }
      break;
    }
    case 'check':
      report = await check(lockContext, checkedChange(context));
      break;
    case 'lock':
      report = await lock(lockContext, { reason: settings.reason, by: context.actor || 'unknown', ...(settings.until ? { until: settings.until } : {}) });
      break;
    case 'unlock':
      report = await unlock(lockContext, { reason: settings.reason, by: context.actor || 'unknown' });
      break;
    case 'reconcile':
      report = await reconcile(lockContext);
      break;
    default:
      report = await status(lockContext);
  }
  if (report.ignored) core.notice(report.ignored);

  const { verdict } = report;
  setOutput(outputs.state, verdict.state);
  setOutput(outputs.locked, verdict.locked);
  setOutput(outputs.reason, verdict.reason);
  setOutput(outputs.since, verdict.since);
  setOutput(outputs.firstBad, verdict.firstBad?.sha ?? '');
  const label = settings.command === 'auto' ? `auto → ${command === 'run' ? 'workflow run' : command}` : settings.command;
  await writeSummary(renderLockSummary(report, { command: label, repository: `${at.owner}/${at.repo}`, serverUrl: context.serverUrl }));
}

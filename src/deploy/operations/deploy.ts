/**
 * deploy, end to end (issue 6): query every check once → take the environment's lease → close
 * deployments a dead deploy left in progress → find (or promote) the deployment and unpack its
 * verified release → record the baseline → deployment `in_progress` → each exposure step (command,
 * smoke test, a judged look every interval) → on success `success` and the release verified in the
 * ledger; on failure the rollback (rollback.ts) → release the lease. Returns the report with every
 * number; throws only for the user's mistakes found before anything changed (ConfigurationError)
 * and for outages and bugs.
 */
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { chartSamples, createProvider, median, finiteValues, formatValue, type CheckSamples, type ChecksFile, type ProviderOptions } from '../checks/index.js';
import { setDeploymentStatus, type DeploymentState } from '../../github/deployments.js';
import { persist } from '../../github/persist.js';
import {
  acquireLease,
  describeOwner,
  isLeaseTimeoutError,
  keepLeaseAlive,
  newLeaseTicket,
  releaseLease,
  type AcquiredLease,
  type LeaseTarget,
  type LeaseTiming,
  type RunLookup,
} from '../lease/index.js';
import { formatDuration } from '../../runtime/duration.js';
import { errorMessage } from '../../runtime/errors.js';
import type { LeaseOwner } from '../../state/state.js';
import { markVerified } from '../../release/promotion/index.js';
import { shortDigest } from '../../release/registry.js';
import type { CheckSummary, DeployReport, DeployVerdict, ReleaseRef } from '../report.js';
import { rollbackTarget } from '../rollback-target.js';
import type { SmokeSpec } from '../smoke-spec.js';
import { resolveDeployment, type SourceContext } from './deployment-source.js';
import { runExposureStep } from './exposure-step.js';
import { MetricWatch } from './metric-watch.js';
import { pause } from './pause.js';
import { fetchReleaseFiles, releaseRef } from './release-files.js';
import { rollBack, type PreparedTarget } from './rollback.js';
import { closeStaleDeployments } from './stale-deployments.js';
import { SAVED } from './cleanup.js';
import { plural } from '../../report/words.js';

export interface DeployContext extends SourceContext {
  /** This run and attempt: the lease's owner. */
  owner: LeaseOwner;
  /** Reads a workflow run (lease reclaim when its holder's run completed). */
  runs: RunLookup;
  /** Where the commands run (GITHUB_WORKSPACE). */
  workspace: string;
  /** Scratch space for release files (RUNNER_TEMP). */
  workDir: string;
  /** The step's environment, which commands inherit (without the action's private variables). */
  baseEnv: Readonly<Record<string, string | undefined>>;
  /** Aborts when the run is cancelled. */
  signal?: AbortSignal;
  /** Hands a value to `post:` (saveState). */
  remember: (name: string, value: string) => void;
}

export interface DeployRequest {
  environment: string;
  deploymentId?: number;
  releaseId?: string;
  run: string;
  /** Undefined: `run` again with the previous verified release. */
  rollback?: string;
  smoke: SmokeSpec;
  checks?: ChecksFile;
  steps: number[];
  baselineMs: number;
  intervalMs: number;
  samples: number;
  leaseTtlMs: number;
  lockTimeoutMs: number;
  artifactPath?: string;
  leaseTiming?: Partial<LeaseTiming>;
  providerOptions?: ProviderOptions;
}

/**
 * How often a waiting deploy polls for the lease: the lease module's defaults (2–15 s), finer when
 * `lock-timeout` is short, so a deploy that may wait only a minute is not 15 s late for its turn.
 */
export function leaseTimingFor(lockTimeoutMs: number): Partial<LeaseTiming> {
  const pollMaxMs = Math.min(15_000, Math.max(1_000, Math.floor(lockTimeoutMs / 40)));
  return { pollMaxMs, pollMinMs: Math.min(2_000, Math.max(250, Math.floor(pollMaxMs / 4))) };
}

/** How long smoke-test URLs are tried: one interval, at least 5 s and at most a minute. */
export function smokeWindowFor(intervalMs: number): number {
  return Math.min(60_000, Math.max(5_000, intervalMs));
}

function checkSummaries(file: ChecksFile, watch: MetricWatch): CheckSummary[] {
  return file.checks.map((check) => {
    const plan = watch.plan(check);
    const summary: CheckSummary = {
      name: check.name,
      query: check.query,
      judge: check.judge,
      direction: check.direction,
      critical: check.critical,
      noData: check.noData,
      stepMs: plan.stepMs,
      settleMs: plan.settleMs,
    };
    if (check.max !== undefined) summary.max = check.max;
    if (check.min !== undefined) summary.min = check.min;
    if (check.maxIncrease) summary.maxIncrease = check.maxIncrease.text;
    if (plan.note) summary.note = plan.note;
    return summary;
  });
}

function reasonOf(signal: AbortSignal): string {
  const reason = signal.reason as unknown;
  return reason instanceof Error ? reason.message : String(reason ?? 'cancelled');
}

/** Runs a deploy (see the file comment). */
export async function runDeploy(context: DeployContext, request: DeployRequest): Promise<DeployReport> {
  const { logger, now } = context;
  const started = now();
  const report: DeployReport = {
    verdict: 'failed',
    environment: request.environment,
    reason: '',
    startedAt: started.toISOString(),
    finishedAt: started.toISOString(),
    durationMs: 0,
    settings: {
      steps: request.steps,
      baselineMs: request.baselineMs,
      intervalMs: request.intervalMs,
      samples: request.samples,
      leaseTtlMs: request.leaseTtlMs,
      lockTimeoutMs: request.lockTimeoutMs,
    },
    checks: [],
    closedStale: [],
    steps: [],
    events: [],
    notes: [],
    todo: [],
  };
  const event = (what: string) => {
    report.events.push({ at: now().toISOString(), what });
  };
  const conclude = (verdict: DeployVerdict, reason: string): DeployReport => {
    report.verdict = verdict;
    report.reason = reason;
    const finished = now();
    report.finishedAt = finished.toISOString();
    report.durationMs = finished.getTime() - started.getTime();
    return report;
  };

  // 1. Every check once, before anything: a wrong URL or query stops here (ConfigurationError).
  let watch: MetricWatch | undefined;
  if (request.checks) {
    const provider = createProvider(request.checks.provider, request.checks.checks.map((check) => check.query), request.providerOptions);
    watch = new MetricWatch(provider, request.checks, { intervalMs: request.intervalMs, logger, now: () => now().getTime() });
    report.provider = { kind: provider.kind, url: provider.url };
    report.checks = checkSummaries(request.checks, watch);
    await watch.preflight();
    const count = request.checks.checks.length;
    event(`queried ${count === 1 ? 'the check' : `each of the ${count} checks`} once: ${provider.kind} at ${provider.url} answers`);
  }

  // 2. The environment's lease: one deploy at a time, first come first served.
  const target: LeaseTarget = { ledger: context.ledger, environment: request.environment, owner: context.owner, logger, now };
  const ticket = newLeaseTicket();
  context.remember(SAVED.environment, request.environment);
  context.remember(SAVED.ticket, ticket);
  let lease: AcquiredLease;
  try {
    lease = await acquireLease({
      ...target,
      runs: context.runs,
      ttlMs: request.leaseTtlMs,
      timeoutMs: request.lockTimeoutMs,
      ticket,
      timing: request.leaseTiming ?? leaseTimingFor(request.lockTimeoutMs),
      ...(context.signal ? { signal: context.signal } : {}),
    });
  } catch (error) {
    if (isLeaseTimeoutError(error)) {
      report.todo.push('Nothing was deployed. Run the deploy again once the environment is free, or raise `lock-timeout`.');
      event(`gave up waiting for the lease after ${formatDuration(error.waitedMs)}`);
      return conclude('failed', error.message);
    }
    if (context.signal?.aborted) {
      event('cancelled while waiting for the lease');
      return conclude('failed', `cancelled while waiting for the lease on ${request.environment}; nothing was deployed`);
    }
    throw error;
  }
  context.remember(SAVED.epoch, String(lease.epoch));
  report.lease = { epoch: lease.epoch, waitedMs: lease.waitedMs, acquiredAt: lease.acquiredAt, released: false };
  if (lease.reclaimed) report.lease.reclaimed = `${describeOwner(lease.reclaimed.lease.owner)}'s lease (${lease.reclaimed.reason === 'expired' ? 'its TTL ran out' : 'its run had completed'})`;
  event(`took the lease on ${request.environment} (epoch ${lease.epoch}) after waiting ${formatDuration(lease.waitedMs)}${report.lease.reclaimed ? `, taking over ${report.lease.reclaimed}` : ''}`);

  // Cancellation and a lost lease both stop the deploy: the step ends, nothing new starts.
  const stop = new AbortController();
  const onCancel = () => stop.abort(context.signal?.reason instanceof Error ? context.signal.reason : new Error('the run was cancelled'));
  if (context.signal?.aborted) onCancel();
  context.signal?.addEventListener('abort', onCancel, { once: true });
  const keeper = keepLeaseAlive(target, lease, {
    ttlMs: request.leaseTtlMs,
    onLost: (outcome) => {
      report.lease!.lost = outcome.message;
      stop.abort(new Error(`the lease on ${request.environment} was lost (${outcome.message})`));
    },
  });
  try {
    await underLease(context, request, report, watch, stop.signal, event, conclude);
  } finally {
    context.signal?.removeEventListener('abort', onCancel);
    await watch?.stop();
    await keeper.stop();
    if (!keeper.lost) {
      try {
        const outcome = await releaseLease(target, { epoch: lease.epoch, ticket });
        report.lease.released = outcome.released;
        context.remember(SAVED.leaseReleased, 'true');
        if (outcome.released) event(`released the lease on ${request.environment}`);
      } catch (error) {
        logger.warning(`could not release the lease on ${request.environment} (${errorMessage(error)}); the post step tries again, and it lapses by its TTL`);
      }
    }
  }
  // The duration includes releasing the lease.
  return conclude(report.verdict, report.reason);
}

async function underLease(
  context: DeployContext,
  request: DeployRequest,
  report: DeployReport,
  watch: MetricWatch | undefined,
  signal: AbortSignal,
  event: (what: string) => void,
  conclude: (verdict: DeployVerdict, reason: string) => DeployReport,
): Promise<void> {
  const { logger, now } = context;
  const env = request.environment;

  // 3. Deployments a dead deploy left in progress (the lease says nobody else deploys here now).
  report.closedStale = await closeStaleDeployments({ client: context.client, at: context.at, logger, ...(context.runUrl ? { runUrl: context.runUrl } : {}), closer: describeOwner(context.owner) }, env, request.deploymentId);
  for (const closed of report.closedStale) event(`closed deployment ${closed.deploymentId}, left in progress by a deploy that died`);

  // Live providers know only what they read: their baseline window starts now, while the
  // release is fetched.
  watch?.startPolling();

  // 4. The deployment and its verified files.
  const scratch = await mkdtemp(path.join(context.workDir, 'stopline-deploy-'));
  const source = await resolveDeployment(context, {
    environment: env,
    ...(request.deploymentId !== undefined ? { deploymentId: request.deploymentId } : {}),
    ...(request.releaseId !== undefined ? { releaseId: request.releaseId } : {}),
    dir: path.join(scratch, 'release'),
    workDir: context.workDir,
    ...(request.artifactPath ? { artifactPath: request.artifactPath } : {}),
  });
  if (!source.ok) {
    report.todo.push('Nothing was deployed. Fix what the reason says and run the deploy again.');
    event('not deployed: the release could not be used');
    conclude('failed', source.reason);
    return;
  }
  const release: ReleaseRef = source.ref;
  report.release = release;
  report.deploymentId = source.deploymentId;
  report.source = source.source;
  event(
    source.source === 'release-id'
      ? `promoted release ${shortDigest(release.releaseId)} (${release.name} ${release.version}) to ${env} by promote's rules: deployment ${source.deploymentId}`
      : `deployment ${source.deploymentId}: release ${shortDigest(release.releaseId)} (${release.name} ${release.version}); its files verified`,
  );

  // The rollback target, fetched and verified now, so a rollback does not wait for a download.
  const { state } = await context.ledger.read();
  const previous = rollbackTarget(state, env, release.releaseId);
  const prepared: Promise<PreparedTarget> | undefined = previous
    ? fetchReleaseFiles(context, previous, { dir: path.join(scratch, 'rollback'), workDir: context.workDir, ...(request.artifactPath ? { artifactPath: request.artifactPath } : {}) }).then(
        ({ manifest }) => ({ release: previous, ref: releaseRef(previous, manifest, path.join(scratch, 'rollback')) }),
        (error: unknown) => ({ release: previous, error: errorMessage(error) }),
      )
    : undefined;
  if (previous) logger.info(`rollback target: ${previous.record.name} ${previous.record.version} (release ${shortDigest(previous.releaseId)}), verified in ${env} before`);
  else report.notes.push(`no other release was ever verified in ${env}: a failure can be rolled back only by a \`rollback\` command`);

  // 5. The baseline.
  const baselines = new Map<string, CheckSamples>();
  if (watch) {
    const live = watch.provider.live;
    if (live) {
      const ready = (watch.pollingSince ?? now().getTime()) + request.baselineMs;
      logger.info(`watching ${watch.provider.url} for the baseline (${formatDuration(request.baselineMs)}) before deploying`);
      if (!(await pause(ready - now().getTime(), signal))) {
        event('cancelled before deploying');
        conclude('failed', `cancelled before deploying (${reasonOf(signal)}); nothing was deployed`);
        return;
      }
    }
    const end = now().getTime();
    const start = live ? Math.max(end - request.baselineMs, watch.pollingSince ?? end) : end - request.baselineMs;
    const { samples, errors } = await watch.baseline(start, end);
    // A proportion check's two count series are shown as its per-window proportions.
    const shown = new Map(watch.checks.map((check) => [check.name, chartSamples(samples.get(check.name) ?? [], check)]));
    report.baseline = { start, end, samples: Object.fromEntries(shown) };
    for (const [name, list] of samples) {
      baselines.set(name, list);
      const values = finiteValues(shown.get(name) ?? []);
      logger.info(`baseline ${name}: ${values.length > 0 ? `median ${formatValue(median(values))} of ${values.length} sample(s)` : 'no samples'} over ${formatDuration(end - start)}`);
    }
    for (const error of errors) {
      report.notes.push(error);
      logger.warning(error);
    }
    event(`recorded the baseline: ${formatDuration(end - start)} before the deploy`);
  }
  if (signal.aborted) {
    event('cancelled before deploying');
    conclude('failed', `cancelled before deploying (${reasonOf(signal)}); nothing was deployed`);
    return;
  }

  // 6. The deployment is in progress from here on: it must not stay so when the step ends.
  const deploymentId = source.deploymentId;
  const setStatus = async (state: DeploymentState, description: string) =>
    setDeploymentStatus(context.client, context.at, deploymentId, { state, description: description.length > 140 ? `${description.slice(0, 139)}…` : description, ...(context.runUrl ? { logUrl: context.runUrl } : {}) });
  context.remember(SAVED.deployment, String(deploymentId));
  context.remember(SAVED.closed, 'false');
  const markClosed = () => context.remember(SAVED.closed, 'true');
  const count = request.steps.length;
  const smokeWindowMs = smokeWindowFor(request.intervalMs);

  try {
    for (const [index, weight] of request.steps.entries()) {
      await setStatus('in_progress', `${release.name} ${release.version}: step ${index + 1} of ${count}, ${weight}% of traffic`);
      const step = await runExposureStep(
        { logger, now, workspace: context.workspace, baseEnv: context.baseEnv, signal },
        {
          environment: env,
          index: index + 1,
          count,
          weight,
          release,
          deploymentId,
          run: request.run,
          smoke: request.smoke,
          smokeWindowMs,
          watch,
          baselines,
          intervalMs: request.intervalMs,
          looks: request.samples,
        },
      );
      report.steps.push(step);
      const deployed = step.command?.ok ? `deployed in ${formatDuration(step.command.durationMs)}, ` : '';
      const held = step.looks.length > 0 ? `held for ${plural(step.looks.length, 'interval')}, ` : '';
      event(`step ${index + 1} of ${count} (${weight}%): ${deployed}${held}${step.outcome} after ${formatDuration(step.durationMs)}: ${step.reason}`);
      if (step.outcome !== 'passed') break;
    }
  } catch (error) {
    // An outage or a bug mid-deploy: the deployment does not stay in progress.
    await setStatus('error', `Stopline stopped: ${errorMessage(error)}`).then(markClosed, () => undefined);
    throw error;
  }

  const last = report.steps.at(-1)!;
  if (last.outcome === 'passed' && report.steps.length === count) {
    await setStatus('success', `verified: ${last.reason}`);
    markClosed();
    await recordVerified(context, report, release);
    conclude('success', `${release.name} ${release.version} runs in ${env}: every step passed (${count === 1 ? '100%' : request.steps.map((w) => `${w}%`).join(' → ')}); ${last.reason}`);
    return;
  }
  const failedAt = `step ${last.index} of ${count} (${last.weight}%)`;
  if (last.outcome === 'cancelled') {
    const why = reasonOf(signal);
    await setStatus('error', `stopped at ${failedAt}: ${why}`).then(markClosed, () => undefined);
    report.todo.push(
      `${env} may run ${release.name} ${release.version} on ${last.weight}% of traffic: check what it serves, then run the deploy again, or restore the previous release with its id (promote \`release-id\`${previous ? `: ${previous.releaseId}` : ''}).`,
    );
    conclude('failed', `stopped at ${failedAt}: ${why}; not rolled back`);
    return;
  }

  // 7. The rollback.
  const rolled = await rollBack(
    {
      client: context.client,
      at: context.at,
      ledger: context.ledger,
      logger,
      now,
      actor: context.actor,
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
      ...(context.run ? { run: context.run } : {}),
      workspace: context.workspace,
      baseEnv: context.baseEnv,
      signal,
      onClosed: markClosed,
    },
    {
      environment: env,
      failedDeploymentId: deploymentId,
      failed: release,
      reason: `${failedAt}: ${last.reason}`,
      rollback: request.rollback,
      run: request.run,
      smoke: request.smoke,
      smokeWindowMs,
      target: prepared ? await prepared : undefined,
    },
  );
  report.rollback = rolled;
  event(`rollback ${rolled.outcome}: ${rolled.reason}${rolled.deploymentId !== undefined ? ` (deployment ${rolled.deploymentId})` : ''}`);
  if (rolled.outcome === 'restored') {
    const to = rolled.target ? `${rolled.target.name} ${rolled.target.version}` : 'the previous release';
    conclude('rolled-back', `${failedAt} failed: ${last.reason}; rolled back to ${to}`);
    return;
  }
  report.todo.push(
    rolled.target
      ? `${env} may run neither release. Restore ${rolled.target.name} ${rolled.target.version} by hand (${request.rollback === undefined ? 'your deploy command' : 'your rollback command'} with STOPLINE_RELEASE_ID=${rolled.target.releaseId}), or promote it with \`release-id: ${rolled.target.releaseId}\` and deploy again.`
      : `${env} may run neither release, and nothing verified is known to go back to: restore the service by hand, then promote and deploy a release you trust.`,
    'Deployment statuses: the failed deployment is `failure`; no deployment was created for a restored release.',
  );
  conclude('failed', `${failedAt} failed: ${last.reason}; the rollback failed too: ${rolled.reason}`);
}

/** The ledger marks the release verified in the environment (a later promotion's soak counts from now). */
async function recordVerified(context: DeployContext, report: DeployReport, release: ReleaseRef): Promise<void> {
  const env = report.environment;
  try {
    const at = context.now();
    // Verifying again is a no-op, so a write that outlasted the client's retries is simply tried again.
    const { result } = await persist(() => context.ledger.update(`deploy: ${release.name} ${release.version} verified in ${env} (${release.releaseId})`, (state) => markVerified(state, env, release.releaseId, at)));
    report.verified = result.kind !== 'not-current';
    if (result.kind === 'not-current') {
      report.notes.push(`the ledger was not marked: ${env} now records ${result.current?.releaseId ?? 'no release'}, promoted while this deploy ran`);
    }
  } catch (error) {
    report.verified = false;
    report.notes.push(`the checks passed, but the ledger could not mark the release verified (${errorMessage(error)}); run the deploy again to record it`);
    context.logger.warning(report.notes.at(-1)!);
  }
}

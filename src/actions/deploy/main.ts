/**
 * deploy: takes the environment's lease, deploys a promoted release step by step, smoke tests it,
 * judges every step by the checks against the pre-deploy baseline, and rolls back when one fails.
 * The work is in src/deploy/operations/deploy.ts; this file wires the runner to it and writes the
 * outputs, the JSON report and the job summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runDeploy } from '../../deploy/operations/deploy.js';
import { workflowRunLookup } from '../../deploy/lease/index.js';
import { createRunnerClient } from '../../github/client.js';
import { Ledger } from '../../github/ledger.js';
import { actionsLogger } from '../../runtime/actions-logger.js';
import { readRunnerContext } from '../../runtime/context.js';
import { saveState, setOutput } from '../../runtime/outputs.js';
import { failStep } from '../../runtime/run.js';
import { writeSummary } from '../../runtime/summary.js';
import { outputs } from './io.js';
import { renderDeploySummary } from './render-summary.js';
import { readSettings } from './settings.js';

export async function main(): Promise<void> {
  const context = readRunnerContext();
  const logger = actionsLogger();
  let settings;
  try {
    settings = readSettings(context.workspace);
  } catch (error) {
    setOutput(outputs.verdict, 'failed');
    throw error;
  }
  const { owner, repo } = context.repository;
  const at = { owner, repo };
  const client = createRunnerClient(context, settings.token, logger);
  const ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger });

  // A cancelled run gets SIGINT, then SIGTERM: stop the step, close the deployment, release the lease.
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    logger.warning(`received ${signal}: stopping the deploy`);
    cancel.abort(new Error(`the run was cancelled (${signal})`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let report;
  try {
    report = await runDeploy(
      {
        client,
        at,
        ledger,
        logger,
        now: () => new Date(),
        actor: context.actor || 'unknown',
        ...(context.runUrl ? { runUrl: context.runUrl } : {}),
        ...(context.runId > 0 ? { run: { id: context.runId, attempt: context.runAttempt } } : {}),
        ...(context.sha ? { commit: context.sha } : {}),
        eventPayload: context.eventPayload,
        owner: { runId: context.runId, runAttempt: context.runAttempt, ...(context.workflow ? { workflow: context.workflow } : {}), ...(context.actor ? { actor: context.actor } : {}) },
        runs: workflowRunLookup(client, at),
        workspace: context.workspace,
        workDir: context.runnerTemp,
        baseEnv: process.env,
        signal: cancel.signal,
        remember: saveState,
      },
      {
        environment: settings.environment,
        ...(settings.deploymentId !== undefined ? { deploymentId: settings.deploymentId } : {}),
        ...(settings.releaseId !== undefined ? { releaseId: settings.releaseId } : {}),
        run: settings.run,
        ...(settings.rollback !== undefined ? { rollback: settings.rollback } : {}),
        smoke: settings.smoke,
        ...(settings.checks ? { checks: settings.checks } : {}),
        steps: settings.steps,
        baselineMs: settings.baselineMs,
        intervalMs: settings.intervalMs,
        samples: settings.samples,
        leaseTtlMs: settings.lease.ttlMs,
        lockTimeoutMs: settings.lease.timeoutMs,
        ...(settings.artifactPath !== undefined ? { artifactPath: settings.artifactPath } : {}),
      },
    );
  } catch (error) {
    setOutput(outputs.verdict, 'failed');
    throw error;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  const reportDir = path.join(context.runnerTemp, 'stopline-deploy');
  mkdirSync(reportDir, { recursive: true });
  const reportPath = path.join(reportDir, `report-${settings.environment.replace(/[^A-Za-z0-9._-]/g, '_')}-${context.runId}-${context.runAttempt}.json`);
  // NaN samples (0/0 without traffic) are written as null, as JSON has no NaN.
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);

  setOutput(outputs.verdict, report.verdict);
  setOutput(outputs.deploymentId, report.deploymentId ?? '');
  setOutput(outputs.report, reportPath);
  await writeSummary(renderDeploySummary(report, { repository: `${owner}/${repo}`, serverUrl: context.serverUrl, reportPath }));
  logger.info(`${report.verdict}: ${report.reason}`);
  if (report.verdict === 'rolled-back') failStep(`Rolled back: ${report.reason}`);
  else if (report.verdict === 'failed') failStep(`Deploy to ${report.environment} failed: ${report.reason}${report.todo.length > 0 ? ` ${report.todo[0]}` : ''}`);
}

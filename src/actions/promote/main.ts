/**
 * promote: moves the same bytes into an environment once its rules hold (the environments file
 * and the inputs), verifying every byte against the release id, and records the promotion in the
 * ledger and as a GitHub Deployment. The work is in src/release/operations/promote.ts; this file
 * wires the runner to it.
 */
import path from 'node:path';
import { createRunnerClient } from '../../github/client.js';
import { defaultBranch } from '../../github/default-branch.js';
import { Ledger } from '../../github/ledger.js';
import { readFreezeSchedule } from '../../lock/operations/schedule-source.js';
import { readEnvironmentChain } from '../../release/operations/environments-source.js';
import { promoteRelease } from '../../release/operations/promote.js';
import { describeRefusals, environmentRule, promotionRule } from '../../release/promotion/index.js';
import { actionsLogger } from '../../runtime/actions-logger.js';
import { readRunnerContext } from '../../runtime/context.js';
import { setOutput } from '../../runtime/outputs.js';
import { failStep } from '../../runtime/run.js';
import { writeSummary } from '../../runtime/summary.js';
import { outputs } from './io.js';
import { renderPromoteSummary } from './render-summary.js';
import { readSettings } from './settings.js';

export async function main(): Promise<void> {
  const settings = readSettings();
  const context = readRunnerContext();
  const logger = actionsLogger();
  const { owner, repo } = context.repository;
  const at = { owner, repo };
  const client = createRunnerClient(context, settings.token, logger);
  const ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger });

  // The rules come from the default branch, as the freezes do: the change being promoted cannot edit them.
  const branch = await defaultBranch(client, at, context.eventPayload);
  const chain = await readEnvironmentChain(client, at, branch);
  const fileRule = chain && chain.environments.length > 0 ? environmentRule(chain, settings.environment) : undefined;
  const rule = promotionRule(settings.environment, fileRule, {
    ...(settings.from !== undefined ? { from: settings.from } : {}),
    ...(settings.require !== undefined ? { require: settings.require } : {}),
    ...(settings.soakMs !== undefined ? { soakMs: settings.soakMs } : {}),
  });
  const schedule = await readFreezeSchedule(client, at, { branch, file: settings.freezesFile });
  const target = path.resolve(context.workspace, settings.path);
  logger.info(`promoting to ${rule.environment}${rule.from ? ` from ${rule.from}` : ''}; requires ${rule.require.join(', ') || 'no statuses'}${chain ? ` (rules: ${chain.file})` : ''}`);

  const report = await promoteRelease(
    { client, at, ledger, logger, now: () => new Date(), actor: context.actor || 'unknown', ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(context.runId > 0 ? { run: { id: context.runId, attempt: context.runAttempt } } : {}) },
    {
      rule,
      name: settings.name ?? repo,
      ...(context.sha ? { commit: context.sha } : {}),
      ...(settings.releaseId !== undefined ? { releaseId: settings.releaseId } : {}),
      path: target,
      workDir: context.runnerTemp,
      ...(settings.artifactPath !== undefined ? { artifactPath: path.resolve(context.workspace, settings.artifactPath) } : {}),
      ...(schedule ? { schedule } : {}),
    },
  );

  await writeSummary(renderPromoteSummary(report, { repository: `${owner}/${repo}`, serverUrl: context.serverUrl, path: target }));
  for (const note of report.notes) logger.info(note);
  if (report.outcome === 'refused') {
    failStep(report.integrity ?? describeRefusals(rule.environment, report.refusals));
    return;
  }
  const release = report.release!;
  if (report.outcome === 'waiting') {
    // Early, not wrong: the step passes with promoted=false, so a scheduled run stays green until the soak is over.
    setOutput(outputs.releaseId, release.releaseId);
    setOutput(outputs.digest, release.record.digest);
    setOutput(outputs.version, release.record.version);
    setOutput(outputs.sha, release.record.sha);
    setOutput(outputs.path, '');
    setOutput(outputs.deploymentId, '');
    setOutput(outputs.promoted, false);
    logger.info(`not promoted yet: ${describeRefusals(rule.environment, report.refusals)} Waiting until ${report.waitingUntil}.`);
    return;
  }
  setOutput(outputs.releaseId, release.releaseId);
  setOutput(outputs.digest, release.record.digest);
  setOutput(outputs.version, release.record.version);
  setOutput(outputs.sha, release.record.sha);
  setOutput(outputs.path, target);
  setOutput(outputs.deploymentId, report.deploymentId ?? '');
  setOutput(outputs.promoted, report.outcome === 'promoted');
  logger.info(`${rule.environment} ${report.outcome === 'promoted' ? 'now runs' : 'already ran'} ${release.releaseId} (${release.record.name} ${release.record.version})`);
}

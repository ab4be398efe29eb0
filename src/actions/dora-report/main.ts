/**
 * dora-report: DORA's five metrics from GitHub's own records (deployments and their statuses,
 * commits, pull requests, incident issues), in the job summary, the step's outputs and a JSON
 * file. Collection is src/dora/github, the figures src/dora; this file only wires them.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { collectFacts } from '../../dora/github/collect.js';
import { buildReport, type ReportSettings } from '../../dora/report.js';
import { createRunnerClient } from '../../github/client.js';
import { actionsLogger } from '../../runtime/actions-logger.js';
import { readRunnerContext } from '../../runtime/context.js';
import { setOutput } from '../../runtime/outputs.js';
import { writeSummary } from '../../runtime/summary.js';
import { outputValue } from './format.js';
import { outputs } from './io.js';
import { renderDoraSummary } from './render-summary.js';
import { readSettings } from './settings.js';

export async function main(): Promise<void> {
  const now = new Date();
  const settings = readSettings();
  const context = readRunnerContext();
  const logger = actionsLogger();
  // The report only reads: GraphQL pages are not spaced like writes (see readOnly).
  const client = createRunnerClient(context, settings.token, logger, { readOnly: true });
  const at = context.repository;
  const reportSettings: ReportSettings = {
    repository: `${at.owner}/${at.repo}`,
    environment: settings.environment,
    ...(settings.services ? { services: settings.services } : {}),
    now,
    windowMs: settings.windowMs,
    compare: settings.compare,
    benchmark: settings.benchmark,
    incidentLabel: settings.incidentLabel,
  };

  const started = performance.now();
  const { facts, counts } = await collectFacts(client, { at, settings: reportSettings, logger });
  const seconds = (performance.now() - started) / 1000;
  const report = buildReport(reportSettings, facts);

  const file = resolve(context.workspace, settings.output);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...report, collection: { requests: counts, seconds } }, null, 1)}\n`);

  const figures = report.metrics;
  setOutput(outputs.deploymentFrequency, outputValue('deploymentFrequency', figures.deploymentFrequency.value));
  setOutput(outputs.leadTimeHours, outputValue('leadTimeHours', figures.leadTimeHours.value));
  setOutput(outputs.changeFailureRate, outputValue('changeFailureRate', figures.changeFailureRate.value));
  setOutput(outputs.recoveryTimeHours, outputValue('recoveryTimeHours', figures.recoveryTimeHours.value));
  setOutput(outputs.reworkRate, outputValue('reworkRate', figures.reworkRate.value));
  setOutput(outputs.deployments, figures.counts.judged);
  setOutput(outputs.report, file);
  logger.info(
    figures.counts.deployments === 0
      ? `No deployments to ${report.environments.join(', ')} in the window: no data.`
      : `${figures.counts.judged} deployments judged (${figures.counts.successful} successful, ${figures.counts.failed} failed); report written to ${file}`,
  );
  writeSummary(renderDoraSummary(report, { serverUrl: context.serverUrl, outputPath: settings.output, counts, seconds }));
}

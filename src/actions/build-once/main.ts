/**
 * build-once: packages the build outputs deterministically, writes the manifest (whose sha256 is
 * the release id) and the provenance, stores them, registers the release in the ledger and sets
 * `stopline/build` on the commit. The work is in src/release/operations/build.ts; this file wires
 * the runner to it.
 */
import { mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { createRunnerClient } from '../../github/client.js';
import { Ledger } from '../../github/ledger.js';
import { buildRelease } from '../../release/operations/build.js';
import { workflowIdentity } from '../../release/provenance.js';
import { actionsLogger } from '../../runtime/actions-logger.js';
import { readRunnerContext, type RunnerContext } from '../../runtime/context.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { setOutput } from '../../runtime/outputs.js';
import { failStep } from '../../runtime/run.js';
import { writeSummary } from '../../runtime/summary.js';
import { outputs } from './io.js';
import { renderBuildSummary } from './render-summary.js';
import { readSettings } from './settings.js';

const NO_COMMIT = /^0*$/;

/**
 * The workflow file that runs (GITHUB_WORKFLOW_REF), which names the builder. Outside Actions
 * (the CLI) there is none, and the builder is named as a local build of the ref.
 */
function workflowRef(context: RunnerContext, env: NodeJS.ProcessEnv): string {
  const ref = env['GITHUB_WORKFLOW_REF'];
  if (ref !== undefined && ref !== '') return ref;
  return `${context.repository.owner}/${context.repository.repo}/.github/workflows/local@${context.ref || 'refs/heads/main'}`;
}

export async function main(): Promise<void> {
  const startedOn = new Date();
  const settings = readSettings();
  const context = readRunnerContext();
  const logger = actionsLogger();
  if (NO_COMMIT.test(context.sha)) {
    throw new ConfigurationError('build-once needs the commit it builds (GITHUB_SHA); run it in a workflow, or pass --sha to the CLI');
  }
  const { owner, repo } = context.repository;
  const client = createRunnerClient(context, settings.token, logger);
  const ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger });
  const runUrl = context.runUrl ?? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`;

  const report = await buildRelease(
    { client, at: { owner, repo }, ledger, logger, now: () => new Date() },
    {
      paths: settings.paths,
      workspace: path.resolve(context.workspace),
      // A fresh directory per step: two builds in one job never mix their files.
      outDir: await mkdtemp(path.join(context.runnerTemp, 'stopline-build-')),
      name: settings.name ?? repo,
      version: settings.version ?? context.sha.slice(0, 7),
      storage: settings.storage,
      allowRebuild: settings.allowRebuild,
      commit: context.sha,
      ref: context.ref,
      run: { id: context.runId, attempt: context.runAttempt, url: runUrl },
      serverUrl: context.serverUrl,
      workflow: workflowIdentity(context.serverUrl, workflowRef(context, process.env)),
      eventName: context.eventName,
      ...(process.env['RUNNER_ENVIRONMENT'] ? { runnerEnvironment: process.env['RUNNER_ENVIRONMENT'] } : {}),
      startedOn,
      ...(context.runUrl ? { targetUrl: context.runUrl } : {}),
    },
  );

  await writeSummary(renderBuildSummary(report, { repository: `${owner}/${repo}`, serverUrl: context.serverUrl, commit: context.sha }));
  for (const note of report.notes) logger.info(note);
  if (report.outcome === 'conflict') {
    failStep(report.message);
    return;
  }
  setOutput(outputs.releaseId, report.releaseId);
  setOutput(outputs.digest, report.digest);
  setOutput(outputs.version, report.version);
  setOutput(outputs.manifest, report.manifestFile);
  setOutput(outputs.provenance, report.provenanceFile);
  setOutput(outputs.package, report.packageFile ?? '');
  logger.info(`${report.outcome === 'registered' ? 'registered' : 'reused'} release ${report.releaseId} (${report.name} ${report.version}, package ${report.digest}) for ${report.commit.slice(0, 7)}`);
}

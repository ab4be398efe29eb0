/**
 * The security gate: judges SARIF from any scanner by the security team's policy, read (on pull
 * requests) from the base branch so a change cannot loosen its own gate. Writes the filtered SARIF
 * and the JSON report, the outputs, the job summary and annotations, sets the commit status
 * `stopline/security-gate`, and fails the step only for a failed verdict in enforce mode (or for a
 * configuration error, in any mode).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBaselineFingerprints } from '../../gate/emit/baseline-input.js';
import { resolveSarifInputs } from '../../gate/ingest/resolve-inputs.js';
import { streamLogs, type StreamedLogs } from '../../gate/ingest/stream-logs.js';
import { judge, type GateOutcome } from '../../gate/pipeline.js';
import type { Policy } from '../../gate/policy/policy.js';
import { createRunnerClient, type GitHubClient } from '../../github/client.js';
import { persist } from '../../github/persist.js';
import { setCommitStatus } from '../../github/statuses.js';
import { omittedNote } from '../../report/annotations.js';
import { actionsLogger } from '../../runtime/actions-logger.js';
import { emitAnnotations } from '../../runtime/annotations.js';
import { readRunnerContext, type RunnerContext } from '../../runtime/context.js';
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import { getChoiceInput, getListInput, getOptionalInput, getRequiredInput, getSecretInput } from '../../runtime/inputs.js';
import type { Logger } from '../../runtime/logger.js';
import { setOutput } from '../../runtime/outputs.js';
import { failStep } from '../../runtime/run.js';
import { writeSummary } from '../../runtime/summary.js';
import { DEFAULT_POLICY_PATH, STATUS_CONTEXT, inputs, outputs } from './io.js';
import { choosePolicyLocation, loadPolicy } from './policy-source.js';
import { verdictStatus } from './status-description.js';
import { writeChunks } from './write-chunks.js';

/** Every input, read and checked before any work starts. */
interface GateSettings {
  sarif: string[];
  policyPath: string;
  /** undefined: the default (base branch on pull requests, else the workspace). */
  policyRef: string | undefined;
  baseline: string | undefined;
  mode: 'enforce' | 'warn';
  outputSarif: string;
  report: string;
  /** The commit status's context (`status-context`). */
  statusContext: string;
  /** undefined: no API calls (policy from the workspace only, no commit status). */
  token: string | undefined;
}

function readSettings(): GateSettings {
  // Required first, so a missing `sarif` is the one error reported.
  getRequiredInput(inputs.sarif);
  return {
    sarif: getListInput(inputs.sarif),
    policyPath: getOptionalInput(inputs.policy) ?? DEFAULT_POLICY_PATH,
    policyRef: getOptionalInput(inputs.policyRef),
    baseline: getOptionalInput(inputs.baseline),
    mode: getChoiceInput(inputs.mode, ['enforce', 'warn'] as const, 'enforce'),
    outputSarif: getOptionalInput(inputs.outputSarif) ?? 'stopline-security.sarif',
    report: getOptionalInput(inputs.report) ?? 'stopline-security-report.json',
    statusContext: getOptionalInput(inputs.statusContext) ?? STATUS_CONTEXT,
    token: getSecretInput(inputs.token),
  };
}

const ZERO_SHA = /^0{40}$/;

/** The commit being judged: a pull request's head (GITHUB_SHA is a merge commit there), else GITHUB_SHA. */
function commitUnderTest(context: RunnerContext): string | undefined {
  const pull = context.eventPayload['pull_request'] as { head?: { sha?: unknown } } | undefined;
  const head = typeof pull?.head?.sha === 'string' ? pull.head.sha : undefined;
  const sha = (context.eventName.startsWith('pull_request') ? head : undefined) ?? context.sha;
  return sha !== '' && !ZERO_SHA.test(sha) ? sha : undefined;
}

function displayPath(workspace: string, file: string): string {
  const rel = relative(workspace, file);
  return rel.startsWith('..') ? file : rel.split('\\').join('/');
}

/**
 * Streams each SARIF file (one at a time) and normalizes results as they are read, keeping only
 * the findings and the raw results the filtered SARIF may keep: memory no longer grows with the
 * size of the files (they can be hundreds of MB, past V8's string limit).
 */
async function readLogs(settings: GateSettings, workspace: string, policy: Policy, logger: Logger): Promise<StreamedLogs> {
  const files = await resolveSarifInputs(settings.sarif, workspace);
  const worker = normalizeWorker();
  return streamLogs(
    files.map((file) => ({ path: file, name: displayPath(workspace, file) })),
    { workspace, toolCategories: policy.tools, exclude: policy.paths.exclude, ...(worker ? { worker } : {}), progress: (line) => logger.info(line) },
  );
}

/**
 * The bundled worker script (worker.ts, built next to this action's index.mjs) that normalizes
 * part of a big run on a second thread; undefined when it is not there (running from source),
 * and then one thread does everything.
 */
function normalizeWorker(): URL | undefined {
  const script = new URL('./worker.mjs', import.meta.url);
  return existsSync(fileURLToPath(script)) ? script : undefined;
}

async function readBaseline(path: string, workspace: string): Promise<{ description: string; fingerprints: ReadonlySet<string> }> {
  const file = resolve(workspace, path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${errorMessage(error)})`;
    throw new ConfigurationError(
      `input 'baseline': ${path} ${why}; give the path (from the workspace) of a SARIF file or an earlier gate report, or leave the input empty for no baseline`,
      { cause: error },
    );
  }
  const name = displayPath(workspace, file);
  return { description: name, fingerprints: loadBaselineFingerprints(text, name, { workspace }) };
}

/** Writes a workspace file (creating its directory) from text pieces; returns its absolute path. */
async function writeWorkspaceFile(workspace: string, path: string, chunks: Iterable<string>): Promise<string> {
  const file = resolve(workspace, path);
  await mkdir(dirname(file), { recursive: true });
  writeChunks(file, chunks);
  return file;
}

async function setStatus(client: GitHubClient, context: RunnerContext, sha: string, statusContext: string, outcome: GateOutcome, logger: Logger): Promise<void> {
  const { state, description } = verdictStatus(outcome.report);
  try {
    // The status is what promotions check: worth outlasting an outage (a refusal is not retried).
    await persist(() =>
      setCommitStatus(client, {
        ...context.repository,
        sha,
        context: statusContext,
        state,
        description,
        ...(context.runUrl ? { targetUrl: context.runUrl } : {}),
      }),
    );
    logger.info(`commit status ${statusContext} on ${sha.slice(0, 7)}: ${state} (${description})`);
  } catch (error) {
    // The verdict stands without the status (it is in the step, outputs and report); a read-only
    // token (pull requests from forks) must not turn a pass into a failure.
    logger.warning(`${statusContext} was not set on ${sha.slice(0, 7)}: ${errorMessage(error)}`);
  }
}

export async function main(): Promise<void> {
  const settings = readSettings();
  const context = readRunnerContext();
  const logger = actionsLogger();
  const workspace = resolve(context.workspace);
  const today = new Date();
  const client = settings.token ? createRunnerClient(context, settings.token, logger) : undefined;

  const location = choosePolicyLocation(settings.policyRef, context);
  const loaded = await loadPolicy({ location, path: settings.policyPath, workspace, client, today, repository: context.repository });
  logger.info(`policy: ${loaded.source.description} (${loaded.source.hash})`);
  if (loaded.defaulted) logger.info(`no policy file: the built-in default policy applies (see POLICY.md to write one at ${settings.policyPath})`);

  const ingested = await readLogs(settings, workspace, loaded.policy, logger);
  const baseline = settings.baseline === undefined ? undefined : await readBaseline(settings.baseline, workspace);
  const sha = commitUnderTest(context);
  const { owner, repo } = context.repository;

  const outcome = judge({
    // Already normalized while streaming; the logs hold the runs' envelopes, and `results` the
    // results the filtered SARIF may keep.
    logs: ingested.logs,
    normalized: { runs: ingested.runs, findings: ingested.findings, results: ingested.results, messages: ingested.messages },
    policy: loaded.policy,
    policySource: loaded.source,
    ...(baseline ? { baseline } : {}),
    workspace,
    today,
    mode: settings.mode,
    ...(sha ? { commit: { serverUrl: context.serverUrl, repository: `${owner}/${repo}`, sha } } : {}),
    fullReportPath: settings.report,
  });

  // Files first: they are what later steps (upload-sarif, artifacts) use, whatever the verdict.
  const sarifFile = await writeWorkspaceFile(workspace, settings.outputSarif, outcome.sarifChunks());
  const reportFile = await writeWorkspaceFile(workspace, settings.report, outcome.reportChunks());

  setOutput(outputs.verdict, outcome.verdict);
  setOutput(outputs.findings, outcome.counts.findings);
  setOutput(outputs.new, outcome.counts.new);
  setOutput(outputs.violations, outcome.counts.violations);
  setOutput(outputs.report, reportFile);
  setOutput(outputs.sarif, sarifFile);

  for (const warning of outcome.warnings) logger.warning(warning);
  const omitted = emitAnnotations(outcome.annotations);
  // judge only built the annotations GitHub shows; the others still count in the note.
  omitted.error += outcome.annotationsOmitted;
  const note = omittedNote(omitted);
  if (note !== '') outcome.summary.add(`_${note}._`);
  await writeSummary(outcome.summary);

  if (client && sha) await setStatus(client, context, sha, settings.statusContext, outcome, logger);
  else if (!client) logger.info(`no token: commit status ${settings.statusContext} not set`);

  const counts = `${outcome.counts.findings} open finding(s), ${outcome.counts.new} new, ${outcome.counts.violations} violation(s)`;
  if (outcome.verdict === 'pass') {
    logger.info(`security gate passed: ${counts}`);
    return;
  }
  const reasons = outcome.report.reasons.join('; ') || counts;
  if (settings.mode === 'warn') {
    logger.warning(`security gate verdict is fail (warn mode, so the step passes): ${reasons}`);
    return;
  }
  // A failed verdict is the gate working, not a mistake in the configuration and not a bug.
  failStep(`security gate failed: ${reasons}. The job summary lists the violating findings; ${displayPath(workspace, reportFile)} has the full report.`);
}

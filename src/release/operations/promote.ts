/**
 * promote, end to end: choose the release, judge the rules (checks.ts), fetch the manifest and the
 * package by digest and verify both, unpack into `path`, create the GitHub Deployment, and record
 * the promotion in the ledger with a compare-and-swap on the environment's pointer. A promotion
 * that another run overtook is not recorded: its deployment is deleted and `path` emptied again.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from '../../github/client.js';
import { createDeployment, deleteDeployment, earlierAttemptDeployments, latestDeploymentState, setDeploymentStatus, type DeploymentRun } from '../../github/deployments.js';
import type { Ledger } from '../../github/ledger.js';
import { persist } from '../../github/persist.js';
import { readCommitStatuses } from '../../github/statuses.js';
import type { FreezeSchedule } from '../../lock/index.js';
import { errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import type { EnvironmentPointer } from '../../state/state.js';
import { isIntegrityError } from '../integrity-error.js';
import type { ReleaseManifest } from '../manifest.js';
import { unpackPackage } from '../package/unpack-package.js';
import { freezeCheck, promotionChecks, recordPromotion, refusalsOf, selectRelease, waitingUntil, type PromotionCheck, type PromotionRule, type Refusal, type Selection } from '../promotion/index.js';
import { shortDigest, type RegisteredRelease } from '../registry.js';
import { fetchManifest, fetchPackage } from '../storage/index.js';

export interface PromoteContext {
  client: GitHubClient;
  at: { owner: string; repo: string };
  ledger: Ledger;
  logger: Logger;
  now: () => Date;
  /** Login of the run's actor: who promoted. */
  actor: string;
  runUrl?: string;
  /**
   * This run and attempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), kept in the deployment's payload, so
   * that a re-run finds the deployment an earlier attempt created before it was killed.
   */
  run?: DeploymentRun;
}

export interface PromoteRequest {
  rule: PromotionRule;
  /** The release's name when it is chosen by commit. */
  name: string;
  /** The workflow's commit (GITHUB_SHA). */
  commit?: string;
  /** The `release-id` input. */
  releaseId?: string;
  /** Where the verified package is unpacked (absolute). */
  path: string;
  /** A scratch directory for the download. */
  workDir: string;
  /** Where actions/download-artifact put an `artifact` release's package. */
  artifactPath?: string;
  schedule?: FreezeSchedule;
}

export interface PromoteReport {
  /**
   * `promoted`: recorded now; `current`: the environment already ran it (nothing recorded);
   * `waiting`: not yet, only the soak is still running (see `waitingUntil`); `refused`: not promoted.
   */
  outcome: 'promoted' | 'current' | 'waiting' | 'refused';
  /** With `waiting`: when the release can be promoted. */
  waitingUntil?: string;
  environment: string;
  selection?: Selection;
  release?: RegisteredRelease;
  manifest?: ReleaseManifest;
  checks: PromotionCheck[];
  refusals: Refusal[];
  /** Set when the bytes were not the release's (an IntegrityError's message, with both digests). */
  integrity?: string;
  deploymentId?: number;
  /** What the environment ran before. */
  previous?: EnvironmentPointer;
  files?: number;
  notes: string[];
}

/** The manifest agrees with the ledger's record and this repository, or here is why not. */
function manifestRefusals(manifest: ReleaseManifest, release: RegisteredRelease, repository: string): Refusal[] {
  const refusals: Refusal[] = [];
  if (manifest.source.repository !== repository) {
    refusals.push({ reason: `release ${release.releaseId} was built from ${manifest.source.repository}, not from ${repository} (its manifest says so)`, fix: `promote releases built in ${repository} (run build-once in this repository)` });
  }
  if (manifest.package.digest !== release.record.digest || manifest.source.commit !== release.record.sha || manifest.name !== release.record.name) {
    refusals.push({
      reason: `the manifest of release ${release.releaseId} does not match the ledger's record (manifest: ${manifest.name} at ${manifest.source.commit.slice(0, 7)}, package ${manifest.package.digest}; ledger: ${release.record.name} at ${release.record.sha.slice(0, 7)}, package ${release.record.digest})`,
      fix: 'the ledger record was edited by hand: revert that ledger commit, or build the commit again and promote the new release',
    });
  }
  return refusals;
}

/** Empties `dir` (which unpacking created or found empty), so nothing of an unrecorded promotion stays. */
async function emptyDirectory(dir: string): Promise<void> {
  for (const name of await readdir(dir).catch(() => [] as string[])) await rm(path.join(dir, name), { recursive: true, force: true });
}

/** Promotes a release (see the file comment). Refusals and integrity failures are returned as verdicts, not thrown. */
export async function promoteRelease(context: PromoteContext, request: PromoteRequest): Promise<PromoteReport> {
  const { rule } = request;
  const environment = rule.environment;
  const repository = `${context.at.owner}/${context.at.repo}`;
  const report: PromoteReport = { outcome: 'refused', environment, checks: [], refusals: [], notes: [] };
  const { state } = await context.ledger.read();
  const expected = state.environments[environment];
  if (expected) report.previous = expected;

  const selected = selectRelease(state, {
    ...(request.releaseId !== undefined ? { releaseId: request.releaseId } : {}),
    ...(request.releaseId === undefined && rule.from !== undefined ? { from: rule.from } : {}),
    name: request.name,
    ...(request.commit !== undefined ? { commit: request.commit } : {}),
    ledgerName: context.ledger.name,
  });
  report.selection = selected.selection;
  if (!selected.ok) {
    report.refusals = [selected.refusal];
    return report;
  }
  const release = selected.release;
  report.release = release;

  const statuses = rule.require.length > 0 ? await readCommitStatuses(context.client, context.at, release.record.sha) : new Map();
  report.checks = promotionChecks({
    state,
    ...(request.schedule ? { schedule: request.schedule } : {}),
    now: context.now(),
    rule,
    release,
    selection: selected.selection,
    statuses,
    repository,
  });
  report.refusals = refusalsOf(report.checks);
  if (report.refusals.length > 0) {
    const until = waitingUntil(report.checks);
    if (until !== undefined) {
      report.outcome = 'waiting';
      report.waitingUntil = until;
    }
    return report;
  }

  // The bytes: the manifest must hash to the release id, the package to the manifest's digest.
  try {
    const { manifest } = await fetchManifest(context.client, context.at, release);
    report.manifest = manifest;
    report.refusals = manifestRefusals(manifest, release, repository);
    if (report.refusals.length > 0) return report;
    const scratch = await mkdtemp(path.join(request.workDir, 'stopline-promote-'));
    try {
      const fetched = await fetchPackage(context.client, context.at, release, manifest, { dir: scratch, ...(request.artifactPath ? { artifactPath: request.artifactPath } : {}) });
      context.logger.info(`fetched ${path.basename(fetched.file)} (${fetched.size} bytes): ${fetched.digest}, as the manifest says`);
      report.files = (await unpackPackage(fetched.file, request.path, manifest)).files;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  } catch (error) {
    if (!isIntegrityError(error)) throw error;
    report.integrity = error.message;
    return report;
  }
  context.logger.info(`unpacked ${report.files} file(s) into ${request.path}, each matching the manifest`);

  const promotedFrom = selected.selection.kind === 'from' ? selected.selection.environment : undefined;
  const manifest = report.manifest!;
  const promotedDescription = `promoted ${manifest.name} ${manifest.version}${promotedFrom ? ` from ${promotedFrom}` : ''}; verified files ready`;

  if (expected?.releaseId === release.releaseId) {
    report.outcome = 'current';
    if (expected.deploymentId !== undefined) {
      report.deploymentId = expected.deploymentId;
      await finishRecordedDeployment(context, expected.deploymentId, promotedDescription, report);
    }
    report.notes.push(`${environment} already runs ${release.releaseId} (since ${expected.since}); nothing recorded, the verified files are in place`);
    return report;
  }

  const deploymentId = await deploymentFor(context, {
    sha: release.record.sha,
    environment,
    description: `Stopline: ${manifest.name} ${manifest.version} (release ${shortDigest(release.releaseId)})${promotedFrom ? ` from ${promotedFrom}` : ''}`,
    payload: { releaseId: release.releaseId, digest: release.record.digest, name: manifest.name, version: manifest.version, promotedFrom: promotedFrom ?? null },
  });

  let write;
  try {
    const at = context.now();
    write = (
      await context.ledger.update(`promote: ${environment} ← ${manifest.name} ${manifest.version} (${release.releaseId})`, (current) =>
        recordPromotion(
          current,
          {
            environment,
            releaseId: release.releaseId,
            record: release.record,
            at,
            promotedBy: context.actor,
            ...(promotedFrom ? { promotedFrom } : {}),
            ...(context.runUrl ? { runUrl: context.runUrl } : {}),
            deploymentId,
          },
          expected,
          // A freeze that began while this promotion fetched its bytes still stops it.
          (latest) => freezeCheck(latest, request.schedule, context.now()).refusal,
        ),
      )
    ).result;
  } catch (error) {
    await discardDeployment(context, deploymentId);
    throw error;
  }

  if (write.kind !== 'recorded') {
    if (write.kind !== 'already' || write.current.deploymentId !== deploymentId) await discardDeployment(context, deploymentId);
    if (write.kind === 'already') {
      report.outcome = 'current';
      if (write.current.deploymentId !== undefined) report.deploymentId = write.current.deploymentId;
      report.notes.push(`another run promoted ${release.releaseId} to ${environment} at the same time (${write.current.runUrl ?? `by @${write.current.promotedBy ?? 'unknown'}`}); its promotion stands, this one recorded nothing`);
      return report;
    }
    await emptyDirectory(request.path);
    if (write.kind === 'refused') {
      report.refusals = [write.refusal];
      return report;
    }
    const now = write.current;
    report.refusals = [
      {
        reason: now
          ? `${environment} changed while this promotion ran: another run promoted ${now.releaseId}${now.version ? ` (${now.version})` : ''} at ${now.since}${now.promotedBy ? ` (by @${now.promotedBy}${now.runUrl ? `, ${now.runUrl}` : ''})` : ''}, so this promotion of ${release.releaseId} was not recorded`
          : `${environment}'s release was removed from the ledger while this promotion ran, so this promotion of ${release.releaseId} was not recorded`,
        fix: 'nothing was overwritten; run the step again to promote on top of the current release (its checks run again), or leave the newer promotion in place',
      },
    ];
    return report;
  }

  report.outcome = 'promoted';
  report.deploymentId = deploymentId;
  try {
    // Without a status the recorded deployment shows as pending for ever: worth outlasting an outage.
    await persist(() =>
      setDeploymentStatus(context.client, context.at, deploymentId, {
        state: 'success',
        description: promotedDescription,
        ...(context.runUrl ? { logUrl: context.runUrl } : {}),
      }),
    );
  } catch (error) {
    report.notes.push(`the deployment's status could not be set: ${errorMessage(error)}`);
    context.logger.warning(`deployment ${deploymentId}: status not set (${errorMessage(error)})`);
  }
  return report;
}

/**
 * The promotion's deployment. A re-run reuses the one an earlier attempt of its run created for
 * the same release and died before recording (it has no status), and deletes any other such
 * leftover, so a killed promotion leaves no deployment pending for ever.
 */
async function deploymentFor(context: PromoteContext, deployment: { sha: string; environment: string; description: string; payload: Record<string, unknown> }): Promise<number> {
  const earlier = context.run ? await earlierAttemptDeployments(context.client, context.at, { environment: deployment.environment, sha: deployment.sha, run: context.run }) : [];
  // One with a status was recorded before it got it (the ledger comes first): not a leftover.
  const leftovers = earlier.filter((candidate) => candidate.state === undefined);
  const reused = leftovers.find((leftover) => leftover.payload.releaseId === deployment.payload.releaseId && leftover.payload['rollback-of'] === undefined);
  for (const leftover of leftovers) if (leftover !== reused) await discardDeployment(context, leftover.id);
  if (reused) {
    context.logger.info(`deployment ${reused.id} was created by an earlier attempt of this run, which stopped before recording it: reused`);
    return reused.id;
  }
  const { id } = await createDeployment(context.client, { ...context.at, ...deployment, payload: { ...deployment.payload, ...(context.run ? { run: context.run } : {}) } });
  return id;
}

/**
 * The environment already records this promotion. If its deployment has no status yet, the run
 * that recorded it stopped before giving it one (killed): it gets the status promote gives.
 */
async function finishRecordedDeployment(context: PromoteContext, deploymentId: number, description: string, report: PromoteReport): Promise<void> {
  try {
    if ((await latestDeploymentState(context.client, context.at, deploymentId)) !== undefined) return;
    await setDeploymentStatus(context.client, context.at, deploymentId, { state: 'success', description, ...(context.runUrl ? { logUrl: context.runUrl } : {}) });
    report.notes.push(`deployment ${deploymentId}, recorded by a promotion that stopped before giving it a status, was set to success`);
  } catch (error) {
    context.logger.warning(`deployment ${deploymentId}: could not check or set its status (${errorMessage(error)})`);
  }
}

async function discardDeployment(context: PromoteContext, deploymentId: number): Promise<void> {
  try {
    await persist(() => deleteDeployment(context.client, context.at, deploymentId));
  } catch (error) {
    context.logger.warning(`deployment ${deploymentId} of an unrecorded promotion could not be deleted (${errorMessage(error)}); mark it inactive by hand`);
  }
}

/**
 * build-once, end to end: package the build outputs, write the manifest and the provenance,
 * store the files, register the release in the ledger (compare-and-swap) and set the commit status
 * `stopline/build`. Building the same name at the same commit again with the same bytes reuses the
 * registered release; other bytes are refused unless rebuilds are allowed (registry.ts).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from '../../github/client.js';
import { resolveCommit } from '../../github/contents.js';
import type { Ledger } from '../../github/ledger.js';
import { persist } from '../../github/persist.js';
import { setCommitStatus } from '../../github/statuses.js';
import { canonicalJson } from '../../runtime/canonical-json.js';
import { errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import type { ReleaseStorage } from '../../state/state.js';
import type { Sha256Digest } from '../digest.js';
import { findLockfiles } from '../lockfiles.js';
import { buildManifest, contentDigestOf, packageFileName, releaseIdOf, serializeManifest, type ReleaseManifest } from '../manifest.js';
import { resolvePackageInputs } from '../package/package-inputs.js';
import { writePackage } from '../package/write-package.js';
import { buildProvenance, type WorkflowIdentity } from '../provenance.js';
import { planBuild, rebuildConflictMessage, registerRelease, releaseRecordOf, shortDigest, type RegisteredRelease } from '../registry.js';
import { discardLeftByEarlierAttempts, discardStoredRelease, fetchManifest, fetchProvenance, storeRelease, type StorageKind } from '../storage/index.js';
import { STOPLINE_VERSION } from '../version.js';

/** The commit status build-once sets on the commit it built. */
export const BUILD_STATUS_CONTEXT = 'stopline/build';

export interface BuildContext {
  client: GitHubClient;
  at: { owner: string; repo: string };
  ledger: Ledger;
  logger: Logger;
  now: () => Date;
}

export interface BuildRequest {
  /** The `path` input's entries, as written. */
  paths: string[];
  workspace: string;
  /** Where the package, manifest.json and provenance.intoto.json are written (emptied first). */
  outDir: string;
  name: string;
  version: string;
  storage: StorageKind;
  allowRebuild: boolean;
  commit: string;
  /** GITHUB_REF. */
  ref: string;
  run: { id: number; attempt: number; url: string };
  serverUrl: string;
  workflow: WorkflowIdentity;
  eventName: string;
  runnerEnvironment?: string;
  startedOn: Date;
  /** Linked from the commit status. */
  targetUrl?: string;
}

export type BuildReport =
  | {
      outcome: 'registered' | 'reused';
      releaseId: string;
      digest: string;
      name: string;
      version: string;
      commit: string;
      createdAt: string;
      files: number;
      size: number;
      storage: ReleaseStorage | undefined;
      manifestFile: string;
      provenanceFile: string;
      /** The package, when the file in outDir holds the release's bytes. */
      packageFile?: string;
      /** With `allow-rebuild`: the release of this commit registered before this one. */
      replaced?: RegisteredRelease;
      notes: string[];
    }
  | { outcome: 'conflict'; message: string; existing: RegisteredRelease; digest: string; notes: string[] };

/** Package, manifest and provenance, written to `outDir`. */
async function buildFiles(context: BuildContext, request: BuildRequest) {
  await rm(request.outDir, { recursive: true, force: true });
  await mkdir(request.outDir, { recursive: true });
  const inputs = await resolvePackageInputs(request.paths, request.workspace);
  // Written under a fixed name first: name and version are checked by buildManifest before they name a file.
  const staging = path.join(request.outDir, 'package.tar.gz.partial');
  const packaged = await writePackage(inputs, staging);
  const tree = (await resolveCommit(context.client, { ...context.at, ref: request.commit })).treeSha;
  const lockfiles = await findLockfiles(request.workspace);
  const manifest = buildManifest({
    name: request.name,
    version: request.version,
    package: packaged,
    source: { repository: `${context.at.owner}/${context.at.repo}`, commit: request.commit, tree, ref: request.ref },
    run: request.run,
    builder: { id: request.workflow.builderId, stopline: STOPLINE_VERSION },
    createdAt: context.now(),
    lockfiles,
  });
  const releaseId = releaseIdOf(manifest);
  const packageFile = path.join(request.outDir, packageFileName(manifest));
  await rename(staging, packageFile);
  const files = { package: packageFile, manifest: path.join(request.outDir, 'manifest.json'), provenance: path.join(request.outDir, 'provenance.intoto.json') };
  await writeFile(files.manifest, serializeManifest(manifest));
  await writeProvenance(files.provenance, manifest, releaseId, request);
  context.logger.info(`packaged ${manifest.files.length} file(s), ${manifest.package.size} bytes: ${manifest.package.digest}; release ${releaseId}`);
  return { manifest, releaseId, files };
}

async function writeProvenance(file: string, manifest: ReleaseManifest, releaseId: Sha256Digest, request: BuildRequest): Promise<void> {
  const provenance = buildProvenance(manifest, releaseId, {
    serverUrl: request.serverUrl,
    workflow: { path: request.workflow.path, ref: request.workflow.ref },
    pathInput: request.paths,
    eventName: request.eventName,
    ...(request.runnerEnvironment ? { runnerEnvironment: request.runnerEnvironment } : {}),
    startedOn: request.startedOn,
  });
  await writeFile(file, `${canonicalJson(provenance)}\n`);
}

/**
 * The outputs of a reused release: its own manifest and provenance (fetched, the manifest checked
 * against the release id) replace the ones this build wrote, so `release-id` is the sha256 of the
 * manifest file as always. The package stays when it is the same bytes.
 */
async function reuse(
  context: BuildContext,
  existing: RegisteredRelease,
  built: Awaited<ReturnType<typeof buildFiles>>,
  samePackage: boolean,
  notes: string[],
): Promise<BuildReport> {
  const { manifest: registered, text } = await fetchManifest(context.client, context.at, existing);
  await writeFile(built.files.manifest, text);
  await writeFile(built.files.provenance, await fetchProvenance(context.client, context.at, existing));
  let packageFile: string | undefined = built.files.package;
  if (!samePackage) {
    // Same files, other gzip bytes (another zlib): the registered bytes are the release.
    await rm(built.files.package, { force: true });
    packageFile = undefined;
    notes.push(
      `this build wrote the same files as release ${existing.releaseId} but compressed them differently (${built.manifest.package.digest}, registered ${existing.record.digest}); the registered release is reused and this package was discarded`,
    );
  }
  notes.push(`the same bytes were registered as release ${existing.releaseId} on ${existing.record.createdAt}: reused, nothing stored`);
  return {
    outcome: 'reused',
    releaseId: existing.releaseId,
    digest: existing.record.digest,
    name: existing.record.name,
    version: existing.record.version,
    commit: existing.record.sha,
    createdAt: existing.record.createdAt,
    files: registered.files.length,
    size: registered.package.size,
    storage: existing.record.storage,
    manifestFile: built.files.manifest,
    provenanceFile: built.files.provenance,
    ...(packageFile ? { packageFile } : {}),
    notes,
  };
}

function conflict(existing: RegisteredRelease, manifest: ReleaseManifest, notes: string[]): BuildReport {
  return {
    outcome: 'conflict',
    message: rebuildConflictMessage(existing, { name: manifest.name, commit: manifest.source.commit, digest: manifest.package.digest }),
    existing,
    digest: manifest.package.digest,
    notes,
  };
}

async function setBuildStatus(context: BuildContext, request: BuildRequest, report: Extract<BuildReport, { releaseId: string }>): Promise<void> {
  const description = `release ${shortDigest(report.releaseId)} ${report.name} ${report.version} (${report.files} files)`;
  try {
    // Promotions require this status: worth outlasting an outage (a refusal is not retried).
    await persist(() =>
      setCommitStatus(context.client, {
        ...context.at,
        sha: report.commit,
        context: BUILD_STATUS_CONTEXT,
        state: 'success',
        description,
        ...(request.targetUrl ? { targetUrl: request.targetUrl } : {}),
      }),
    );
  } catch (error) {
    // The release is registered and stored: a missing `statuses: write` must not undo that.
    report.notes.push(`${BUILD_STATUS_CONTEXT} was not set on ${report.commit.slice(0, 7)}: ${errorMessage(error)}`);
    context.logger.warning(`${BUILD_STATUS_CONTEXT} was not set on ${report.commit.slice(0, 7)}: ${errorMessage(error)}`);
  }
}

/** Builds, stores and registers a release (see the file comment). A conflict is returned, not thrown: it is a verdict. */
export async function buildRelease(context: BuildContext, request: BuildRequest): Promise<BuildReport> {
  const notes: string[] = [];
  const built = await buildFiles(context, request);
  const { manifest, releaseId, files } = built;
  const candidate = { name: manifest.name, commit: manifest.source.commit, digest: manifest.package.digest, contentDigest: contentDigestOf(manifest) };

  // A cheap look first, so a re-run that reuses stores nothing.
  const snapshot = await context.ledger.read();
  const plan = planBuild(snapshot.state, candidate, { allowRebuild: request.allowRebuild });
  // A re-run of a build killed between storing its files and registering them: that draft goes.
  const registered = new Set(Object.values(snapshot.state.releases).flatMap((release) => (release.storage ? [release.storage.githubReleaseId] : [])));
  const discarded = await discardLeftByEarlierAttempts(context.client, context.at, { id: request.run.id, attempt: request.run.attempt }, registered, context.logger);
  if (discarded > 0) notes.push(`deleted ${discarded} draft release(s) an earlier attempt of this run stored but never registered`);
  if (plan.kind === 'conflict') return conflict(plan.existing, manifest, notes);
  let report: BuildReport;
  if (plan.kind === 'reuse') {
    report = await reuse(context, plan.existing, built, plan.samePackage, notes);
  } else {
    const storage = await storeRelease(context.client, context.at, { releaseId, manifest, files, kind: request.storage, run: { id: request.run.id, attempt: request.run.attempt } }, context.logger);
    const record = releaseRecordOf(manifest, storage);
    let registered;
    try {
      registered = await context.ledger.update(`build-once: register ${manifest.name} ${manifest.version} (${releaseId})`, (state) =>
        registerRelease(state, releaseId, record, { allowRebuild: request.allowRebuild }),
        { from: snapshot },
      );
    } catch (error) {
      await discardStoredRelease(context.client, context.at, storage, context.logger);
      throw error;
    }
    const result = registered.result;
    if (result.kind !== 'register') {
      // Another build of this commit registered first: ours is not the release, its draft goes.
      await discardStoredRelease(context.client, context.at, storage, context.logger);
      if (result.kind === 'conflict') return conflict(result.existing, manifest, notes);
      report = await reuse(context, result.existing, built, result.samePackage, notes);
    } else {
      if (result.replaces) notes.push(`allow-rebuild: registered as another release of this commit; ${result.replaces.releaseId} (${result.replaces.record.digest}) stays registered`);
      report = {
        outcome: 'registered',
        releaseId,
        digest: manifest.package.digest,
        name: manifest.name,
        version: manifest.version,
        commit: manifest.source.commit,
        createdAt: manifest.createdAt,
        files: manifest.files.length,
        size: manifest.package.size,
        storage,
        manifestFile: files.manifest,
        provenanceFile: files.provenance,
        packageFile: files.package,
        ...(result.replaces ? { replaced: result.replaces } : {}),
        notes,
      };
    }
  }
  await setBuildStatus(context, request, report as Extract<BuildReport, { releaseId: string }>);
  return report;
}

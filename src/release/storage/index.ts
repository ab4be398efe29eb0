/**
 * Where a release's files live, and fetching them back by digest. See README.md for the two kinds
 * (`release-assets`, `artifact`) and their trade-off.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from '../../github/client.js';
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import type { ReleaseStorage } from '../../state/state.js';
import type { Sha256Digest } from '../digest.js';
import { packageFileName, readManifest, type ReleaseManifest } from '../manifest.js';
import { hashFile, packageMismatch } from '../package/verify-package.js';
import type { RegisteredRelease } from '../registry.js';
import { createReleaseDraft, deleteReleaseDraft, downloadAsset, listStoplineDrafts, readAssetText, uploadAsset, type DraftRun, type RepositoryRef } from './release-assets.js';

export { draftTag, type RepositoryRef } from './release-assets.js';

export type StorageKind = ReleaseStorage['kind'];

/** Asset names inside a release's draft. */
export const MANIFEST_ASSET = 'manifest.json';
export const PROVENANCE_ASSET = 'provenance.intoto.json';

/** Manifests are ~100 bytes per file; anything past this is not one (and would fill memory). */
const MANIFEST_LIMIT_BYTES = 256 << 20;

/** The files build-once wrote for one release. */
export interface ReleaseFiles {
  package: string;
  manifest: string;
  provenance: string;
}

/**
 * Stores a release: a draft GitHub release holding the manifest, the provenance and, with
 * `release-assets`, the package. On any failure the draft is deleted again, so a failed build
 * leaves no half-stored release behind.
 */
export async function storeRelease(
  client: GitHubClient,
  at: RepositoryRef,
  release: { releaseId: Sha256Digest; manifest: ReleaseManifest; files: ReleaseFiles; kind: StorageKind; run?: DraftRun },
  logger: Logger,
): Promise<ReleaseStorage> {
  const { manifest } = release;
  const draft = await createReleaseDraft(client, at, {
    releaseId: release.releaseId,
    name: manifest.name,
    version: manifest.version,
    commit: manifest.source.commit,
    digest: manifest.package.digest,
    ...(release.run ? { run: release.run } : {}),
  });
  try {
    const storage: ReleaseStorage = {
      kind: release.kind,
      githubReleaseId: draft.id,
      manifest: await uploadAsset(client, draft, release.files.manifest, MANIFEST_ASSET, 'application/json'),
      provenance: await uploadAsset(client, draft, release.files.provenance, PROVENANCE_ASSET, 'application/vnd.in-toto+json'),
    };
    if (release.kind === 'release-assets') {
      storage.package = await uploadAsset(client, draft, release.files.package, packageFileName(manifest), 'application/gzip');
    }
    logger.info(`stored ${release.kind === 'release-assets' ? 'package, manifest and provenance' : 'manifest and provenance'} on draft release ${draft.tag} (id ${draft.id})`);
    return storage;
  } catch (error) {
    await discardStoredRelease(client, at, { githubReleaseId: draft.id }, logger);
    throw error;
  }
}

/**
 * Deletes the drafts an earlier attempt of `run` stored and the ledger does not register (of
 * `registered`, the drafts it names): that attempt was killed between storing and registering, so
 * nothing refers to them and nobody else will. None on a first attempt, without a request.
 * Returns how many went.
 */
export async function discardLeftByEarlierAttempts(
  client: GitHubClient,
  at: RepositoryRef,
  run: DraftRun,
  registered: ReadonlySet<number>,
  logger: Logger,
): Promise<number> {
  if (run.attempt <= 1) return 0;
  const left = (await listStoplineDrafts(client, at)).filter((draft) => draft.run?.id === run.id && draft.run.attempt < run.attempt && !registered.has(draft.id));
  for (const draft of left) {
    logger.info(`draft release ${draft.tag} (id ${draft.id}) was stored by attempt ${draft.run!.attempt} of this run, which stopped before registering it: deleting it`);
    await discardStoredRelease(client, at, { githubReleaseId: draft.id }, logger);
  }
  return left.length;
}

/** Deletes a stored release's draft (and its assets); a failure is only logged, the draft is harmless. */
export async function discardStoredRelease(client: GitHubClient, at: RepositoryRef, storage: Pick<ReleaseStorage, 'githubReleaseId'>, logger: Logger): Promise<void> {
  try {
    await deleteReleaseDraft(client, at, storage.githubReleaseId);
  } catch (error) {
    logger.warning(`could not delete the draft release ${storage.githubReleaseId} (${errorMessage(error)}); delete it by hand, nothing refers to it`);
  }
}

function storageOf(release: RegisteredRelease): ReleaseStorage {
  const storage = release.record.storage;
  if (storage === undefined) {
    throw new ConfigurationError(`release ${release.releaseId} has no stored files in the ledger (it was registered without build-once's storage); build the commit again with build-once and promote that release`);
  }
  return storage;
}

/**
 * The manifest of a registered release, fetched and checked: its text must hash to the release id
 * before anything in it is used.
 * @throws IntegrityError naming the expected and found digests when it does not
 */
export async function fetchManifest(client: GitHubClient, at: RepositoryRef, release: RegisteredRelease): Promise<{ manifest: ReleaseManifest; text: string }> {
  const storage = storageOf(release);
  const text = await readAssetText(client, at, storage.manifest, 'manifest', MANIFEST_LIMIT_BYTES);
  return { manifest: readManifest(text, release.releaseId as Sha256Digest), text };
}

/** The provenance statement stored with a release (as written at build time). */
export async function fetchProvenance(client: GitHubClient, at: RepositoryRef, release: RegisteredRelease): Promise<string> {
  return readAssetText(client, at, storageOf(release).provenance, 'provenance', MANIFEST_LIMIT_BYTES);
}

/**
 * The package of a release, in `dir`, checked against the manifest's digest: downloaded by asset
 * id (`release-assets`, hashed as it streams to disk), or found in `artifactPath`, where the
 * workflow's actions/download-artifact step put it (`artifact`).
 * @throws IntegrityError (expected and found digests) when the bytes are not the release's
 * @throws ConfigurationError when the package is not where it should be
 */
export async function fetchPackage(
  client: GitHubClient,
  at: RepositoryRef,
  release: RegisteredRelease,
  manifest: ReleaseManifest,
  options: { dir: string; artifactPath?: string },
): Promise<{ file: string; digest: Sha256Digest; size: number }> {
  const storage = storageOf(release);
  const name = packageFileName(manifest);
  let file: string;
  let found: { digest: Sha256Digest; size: number };
  if (storage.kind === 'release-assets') {
    if (storage.package === undefined) throw new ConfigurationError(`release ${release.releaseId} is stored as release assets but the ledger records no package asset; build the commit again and promote that release`);
    file = path.join(options.dir, name);
    found = await downloadAsset(client, at, storage.package, file);
  } else {
    if (options.artifactPath === undefined) {
      throw new ConfigurationError(
        `release ${release.releaseId} keeps its package in an Actions artifact (storage: artifact) of run ${manifest.run.url}. ` +
          `Download it first (actions/download-artifact with run-id: ${manifest.run.id}, into a directory) and pass that directory as 'artifact-path'; ` +
          'artifacts expire (90 days at most), after which the release must be built again.',
      );
    }
    file = path.join(options.artifactPath, name);
    try {
      await access(file);
    } catch (error) {
      throw new ConfigurationError(`input 'artifact-path': ${file} does not exist; the artifact of run ${manifest.run.url} holds ${name}: download it into ${options.artifactPath}`, { cause: error });
    }
    found = await hashFile(file);
  }
  if (found.digest !== manifest.package.digest) throw packageMismatch(file, manifest.package.digest, found.digest);
  return { file, ...found };
}

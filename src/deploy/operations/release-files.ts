/**
 * A release's files for a deploy or a rollback command: the manifest fetched and checked against
 * the release id, the package fetched by digest and re-hashed, and unpacked with every file checked
 * against the manifest (src/release/storage and src/release/package do the work).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from '../../github/client.js';
import type { Logger } from '../../runtime/logger.js';
import type { ReleaseManifest } from '../../release/manifest.js';
import { unpackPackage } from '../../release/package/unpack-package.js';
import type { RegisteredRelease } from '../../release/registry.js';
import { fetchManifest, fetchPackage } from '../../release/storage/index.js';
import type { ReleaseRef } from '../report.js';

export interface ReleaseFilesContext {
  client: GitHubClient;
  at: { owner: string; repo: string };
  logger: Logger;
}

/**
 * Fetches, verifies and unpacks `release` into `dir` (new or empty).
 * @throws IntegrityError when the manifest or the package is not the release's bytes
 * @throws ConfigurationError when the files cannot be found (an `artifact` release without `artifact-path`)
 */
export async function fetchReleaseFiles(
  context: ReleaseFilesContext,
  release: RegisteredRelease,
  options: { dir: string; workDir: string; artifactPath?: string },
): Promise<{ manifest: ReleaseManifest; files: number }> {
  const { manifest } = await fetchManifest(context.client, context.at, release);
  const scratch = await mkdtemp(path.join(options.workDir, 'stopline-download-'));
  try {
    const fetched = await fetchPackage(context.client, context.at, release, manifest, { dir: scratch, ...(options.artifactPath ? { artifactPath: options.artifactPath } : {}) });
    const { files } = await unpackPackage(fetched.file, options.dir, manifest);
    context.logger.info(`release ${release.releaseId} (${manifest.name} ${manifest.version}): ${files} file(s) verified against its manifest and unpacked into ${options.dir}`);
    return { manifest, files };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The release as commands and the report name it. */
export function releaseRef(release: RegisteredRelease, manifest: Pick<ReleaseManifest, 'name' | 'version'> | undefined, filesPath?: string): ReleaseRef {
  return {
    releaseId: release.releaseId,
    name: manifest?.name ?? release.record.name,
    version: manifest?.version ?? release.record.version,
    digest: release.record.digest,
    sha: release.record.sha,
    ...(filesPath !== undefined ? { path: filesPath } : {}),
  };
}

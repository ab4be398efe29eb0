/**
 * Release storage against the sandbox: files go up streamed (and again on a retried 5xx), come
 * back hashed as they stream, and a deleted draft is a clear error, not a crash.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDeployment } from '../../../src/github/deployments.js';
import { buildManifest, releaseIdOf, serializeManifest } from '../../../src/release/manifest.js';
import { resolvePackageInputs } from '../../../src/release/package/package-inputs.js';
import { writePackage } from '../../../src/release/package/write-package.js';
import { discardStoredRelease, fetchManifest, fetchPackage, storeRelease } from '../../../src/release/storage/index.js';
import { downloadAsset } from '../../../src/release/storage/release-assets.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { silentLogger } from '../../../src/runtime/logger.js';
import { startReleaseSandbox, workspaceWith, type ReleaseSandbox } from '../../e2e/release-support.js';

let sb: ReleaseSandbox;
beforeAll(async () => {
  sb = await startReleaseSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

async function packaged(at: { repository: string; headSha: string }) {
  // 3 MiB of noise, so the upload and download span many chunks.
  const workspace = workspaceWith({ 'dist/a.txt': 'a\n' });
  writeFileSync(path.join(workspace, 'dist/blob.bin'), randomBytes(3 << 20));
  const file = path.join(workspace, 'pkg.tar.gz');
  const result = await writePackage(await resolvePackageInputs(['dist'], workspace), file);
  const manifest = buildManifest({
    name: 'shop',
    version: '1.0.0',
    package: result,
    source: { repository: at.repository, commit: at.headSha, tree: 'e'.repeat(40), ref: 'refs/heads/main' },
    run: { id: 1, attempt: 1, url: 'https://example/run/1' },
    builder: { id: 'https://example/wf@refs/heads/main', stopline: '0.1.0' },
    createdAt: new Date('2026-11-04T10:00:00Z'),
  });
  writeFileSync(path.join(workspace, 'manifest.json'), serializeManifest(manifest));
  writeFileSync(path.join(workspace, 'provenance.json'), '{}');
  return { manifest, releaseId: releaseIdOf(manifest), files: { package: file, manifest: path.join(workspace, 'manifest.json'), provenance: path.join(workspace, 'provenance.json') } };
}

test('stored and fetched through injected 5xx answers: the same bytes both ways', async () => {
  const at = await sb.createRepo('storage-faults');
  const release = await packaged(at);
  sb.sandbox.setFaults({ errorRate: 0.35, seed: 7 });
  const before = sb.faulted();
  try {
    const storage = await storeRelease(sb.client, at, { ...release, kind: 'release-assets' }, silentLogger);
    const registered = { releaseId: release.releaseId, record: { name: 'shop', version: '1.0.0', sha: at.headSha, digest: release.manifest.package.digest, createdAt: release.manifest.createdAt, storage } };
    const { manifest } = await fetchManifest(sb.client, at, registered);
    expect(manifest).toEqual(release.manifest);
    const dir = mkdtempSync(path.join(tmpdir(), 'stopline-fetch-'));
    const fetched = await fetchPackage(sb.client, at, registered, manifest, { dir });
    expect(fetched.digest).toBe(release.manifest.package.digest);
    expect(createHash('sha256').update(readFileSync(fetched.file)).digest('hex')).toBe(release.manifest.package.digest.slice(7));
    expect(sb.faulted() - before).toBeGreaterThan(0);
  } finally {
    sb.sandbox.setFaults({});
  }
}, 60_000);

test('a deleted draft: fetching says which file is gone and what to do', async () => {
  const at = await sb.createRepo('storage-gone');
  const release = await packaged(at);
  const storage = await storeRelease(sb.client, at, { ...release, kind: 'release-assets' }, silentLogger);
  await discardStoredRelease(sb.client, at, storage, silentLogger);
  const error = await downloadAsset(sb.client, at, storage.package!, path.join(tmpdir(), 'never'), 'package').catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ConfigurationError);
  expect((error as Error).message).toMatch(/^The package of this release \(asset \d+, shop-1\.0\.0\.tar\.gz\) is no longer in the repository's releases/);
  // Deleting twice is fine.
  await discardStoredRelease(sb.client, at, storage, silentLogger);
}, 60_000);

test('createDeployment skips GitHub\'s own status requirement (promote judged the statuses already)', async () => {
  const at = await sb.createRepo('deploy-contexts');
  await sb.setStatus(at, at.headSha, 'some/other-check', 'failure');
  const { id } = await createDeployment(sb.client, { ...at, sha: at.headSha, environment: 'staging', description: 'x', payload: { releaseId: 'r' } });
  expect(id).toBeGreaterThan(0);
});

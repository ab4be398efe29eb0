/**
 * build-once's committed bundle against the sandbox: the same inputs in two workspaces give one
 * release, other bytes are refused (or registered with allow-rebuild), and `storage: artifact`
 * keeps the package out of the release assets.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { APP, buildAction, errorOf, expectClean, startReleaseSandbox, workspaceWith, type ReleaseSandbox } from './release-support.js';

let sb: ReleaseSandbox;
beforeAll(async () => {
  sb = await startReleaseSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

const sha256 = (file: string) => `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;

test('built twice from the same inputs in different directories: same digest, the same release reused', async () => {
  const at = await sb.createRepo('build-twice');
  const first = await buildAction(sb, at, at.headSha, { path: 'dist' }, { workspace: workspaceWith(APP), runId: 11 });
  expectClean(first);
  const { 'release-id': releaseId, digest, version } = first.outputs;
  expect(releaseId).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(version).toBe(at.headSha.slice(0, 7));
  // release-id is the manifest file's sha256, digest the package file's.
  expect(sha256(first.outputs.manifest!)).toBe(releaseId);
  expect(sha256(first.outputs.package!)).toBe(digest);
  const manifest = JSON.parse(readFileSync(first.outputs.manifest!, 'utf8'));
  expect(manifest).toMatchObject({ name: 'build-twice', source: { repository: at.repository, commit: at.headSha, ref: 'refs/heads/main' }, run: { id: 11, attempt: 1 } });
  expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['dist/app.js', 'dist/assets/logo.svg', 'dist/index.html']);
  const provenance = JSON.parse(readFileSync(first.outputs.provenance!, 'utf8'));
  expect(provenance.subject[0].digest.sha256).toBe(digest!.slice(7));
  expect(provenance.predicate.runDetails.byproducts[0].digest.sha256).toBe(releaseId!.slice(7));

  // Registered in the ledger with where its files are, and stopline/build on the commit.
  const { state } = await sb.ledger(at).read();
  const record = state.releases[releaseId!]!;
  expect(record).toMatchObject({ name: 'build-twice', sha: at.headSha, digest, repository: at.repository, storage: { kind: 'release-assets' } });
  expect(record.manifest).toBeUndefined();
  const { data: draft } = await sb.octokit.rest.repos.getRelease({ owner: at.owner, repo: at.repo, release_id: record.storage!.githubReleaseId });
  expect(draft.draft).toBe(true);
  expect(draft.assets.map((a) => a.name).sort()).toEqual([`build-twice-${version}.tar.gz`, 'manifest.json', 'provenance.intoto.json']);
  const { data: statuses } = await sb.octokit.rest.repos.listCommitStatusesForRef({ owner: at.owner, repo: at.repo, ref: at.headSha });
  expect(statuses.find((s) => s.context === 'stopline/build')).toMatchObject({ state: 'success', description: expect.stringContaining('build-twice') });

  // Again, in another directory, later, in another run: the same bytes, so the same release.
  const second = await buildAction(sb, at, at.headSha, { path: 'dist' }, { workspace: workspaceWith(APP), runId: 12 });
  expectClean(second);
  expect(second.outputs).toMatchObject({ 'release-id': releaseId, digest, version });
  expect(sha256(second.outputs.manifest!)).toBe(releaseId);
  expect(second.summary).toContain('reused the registered release');
  const after = await sb.ledger(at).read();
  expect(Object.keys(after.state.releases)).toEqual([releaseId]);
  const { data: releases } = await sb.octokit.rest.repos.listReleases({ owner: at.owner, repo: at.repo });
  expect(releases).toHaveLength(1);
}, 60_000);

test('a rebuild with different bytes fails and says so; allow-rebuild registers it as another release', async () => {
  const at = await sb.createRepo('build-drift');
  const first = await buildAction(sb, at, at.headSha, { path: 'dist' }, { workspace: workspaceWith(APP) });
  expectClean(first);
  const drifted = { ...APP, 'dist/app.js': `console.log("built at ${Date.now()}");\n` };
  const refused = await buildAction(sb, at, at.headSha, { path: 'dist' }, { workspace: workspaceWith(drifted) });
  expect(refused.exitCode).toBe(1);
  expect(errorOf(refused)).toContain(`this commit already has release ${first.outputs['release-id']}; rebuilding gave different bytes`);
  expect(refused.outputs['release-id']).toBeUndefined();
  const { data: releases } = await sb.octokit.rest.repos.listReleases({ owner: at.owner, repo: at.repo });
  expect(releases).toHaveLength(1);

  const allowed = await buildAction(sb, at, at.headSha, { path: 'dist', 'allow-rebuild': 'true' }, { workspace: workspaceWith(drifted) });
  expectClean(allowed);
  expect(allowed.outputs['release-id']).not.toBe(first.outputs['release-id']);
  const { state } = await sb.ledger(at).read();
  expect(Object.keys(state.releases).sort()).toEqual([first.outputs['release-id'], allowed.outputs['release-id']].sort());
}, 60_000);

test('storage: artifact keeps only the manifest and provenance as assets; the package is the workflow\'s to upload', async () => {
  const at = await sb.createRepo('build-artifact');
  const built = await buildAction(sb, at, at.headSha, { path: 'dist', storage: 'artifact', name: 'shop', version: '2.0.0' }, { workspace: workspaceWith(APP) });
  expectClean(built);
  expect(built.outputs.package).toMatch(/shop-2\.0\.0\.tar\.gz$/);
  expect(existsSync(built.outputs.package!)).toBe(true);
  const { state } = await sb.ledger(at).read();
  const storage = state.releases[built.outputs['release-id']!]!.storage!;
  expect(storage.kind).toBe('artifact');
  expect(storage.package).toBeUndefined();
  const { data: assets } = await sb.octokit.rest.repos.listReleaseAssets({ owner: at.owner, repo: at.repo, release_id: storage.githubReleaseId });
  expect(assets.map((a) => a.name).sort()).toEqual(['manifest.json', 'provenance.intoto.json']);
}, 60_000);

test('bad input: a path that matches nothing, a name that cannot name a release', async () => {
  const at = await sb.createRepo('build-bad');
  const nothing = await buildAction(sb, at, at.headSha, { path: 'out' }, { workspace: workspaceWith(APP) });
  expect(nothing.exitCode).toBe(1);
  expect(errorOf(nothing)).toMatch(/out/);
  const badName = await buildAction(sb, at, at.headSha, { path: 'dist', name: '../shop' }, { workspace: workspaceWith(APP) });
  expect(errorOf(badName)).toContain('Input "name": "../shop" cannot name a release');
}, 60_000);

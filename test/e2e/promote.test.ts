/**
 * promote's committed bundle against the sandbox: the whole chain build → gate → staging →
 * verified → production (soak not yet elapsed, then elapsed) → rollback (and no rollback by
 * accident: a release older than production's is only promoted by id), every refusal with its
 * own message (missing status, frozen line, tampered bytes, another repository), and two
 * promotions racing for one environment.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freeze } from '../../src/lock/index.js';
import { buildManifest, releaseIdOf, serializeManifest } from '../../src/release/manifest.js';
import { resolvePackageInputs } from '../../src/release/package/package-inputs.js';
import { writePackage } from '../../src/release/package/write-package.js';
import { markVerified } from '../../src/release/promotion/index.js';
import { storeRelease } from '../../src/release/storage/index.js';
import { silentLogger } from '../../src/runtime/logger.js';
import { APP, buildAction, errorOf, expectClean, promoteAction, startReleaseSandbox, workspaceWith, type ReleaseSandbox, type Repo } from './release-support.js';

let sb: ReleaseSandbox;
beforeAll(async () => {
  sb = await startReleaseSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

const GATE = 'stopline/security-gate';

/** Builds `files` at `sha` and returns the release id and digest. */
async function build(at: Repo, sha: string, files: Record<string, string> = APP, inputs: Record<string, string> = {}) {
  const result = await buildAction(sb, at, sha, { path: 'dist', ...inputs }, { workspace: workspaceWith(files) });
  expectClean(result);
  return { releaseId: result.outputs['release-id']!, digest: result.outputs.digest!, packageFile: result.outputs.package! };
}

/** What deploy will do once its checks pass: mark the release verified, here at a chosen time. */
async function verify(at: Repo, environment: string, releaseId: string, when: Date) {
  const { result } = await sb.ledger(at).update(`verify ${environment}`, (state) => markVerified(state, environment, releaseId, when));
  expect(result.kind).toBe('verified');
}

test('the chain: build → gate → staging → verified → production after the soak → rollback', async () => {
  const at = await sb.createRepo('chain');
  const first = await build(at, at.headSha);
  await sb.setStatus(at, at.headSha, GATE, 'success');

  // Staging takes the release built from this commit.
  const workspace = workspaceWith({});
  const staging = await promoteAction(sb, at, at.headSha, { environment: 'staging' }, { workspace });
  expectClean(staging);
  expect(staging.outputs).toMatchObject({ 'release-id': first.releaseId, digest: first.digest, sha: at.headSha, version: at.headSha.slice(0, 7) });
  expect(staging.outputs.path).toBe(path.join(workspace, 'release'));
  expect(readFileSync(path.join(workspace, 'release/dist/app.js'), 'utf8')).toBe(APP['dist/app.js']);
  const deploymentId = Number(staging.outputs['deployment-id']);
  const { data: deployment } = await sb.octokit.rest.repos.getDeployment({ owner: at.owner, repo: at.repo, deployment_id: deploymentId });
  expect(deployment).toMatchObject({ environment: 'staging', sha: at.headSha, payload: { releaseId: first.releaseId, digest: first.digest, version: at.headSha.slice(0, 7), promotedFrom: null } });
  const { data: deploymentStatuses } = await sb.octokit.rest.repos.listDeploymentStatuses({ owner: at.owner, repo: at.repo, deployment_id: deploymentId });
  expect(deploymentStatuses[0]!.state).toBe('success');
  let { state } = await sb.ledger(at).read();
  expect(state.environments.staging).toMatchObject({ releaseId: first.releaseId, verified: false, deploymentId, promotedBy: 'sandbox-user', runUrl: expect.stringContaining('/actions/runs/2000') });
  expect(staging.summary).toContain('Promoted');
  expect(staging.outputs.promoted).toBe('true');
  // Again (a re-run): staging already runs it; the files are in place, nothing is recorded twice.
  const rerun = await promoteAction(sb, at, at.headSha, { environment: 'staging' });
  expectClean(rerun);
  expect(rerun.outputs).toMatchObject({ promoted: 'false', 'deployment-id': String(deploymentId), 'release-id': first.releaseId });
  expect((await sb.octokit.rest.repos.listDeployments({ owner: at.owner, repo: at.repo })).data).toHaveLength(1);

  // Production from staging: not verified there yet.
  const unverified = await promoteAction(sb, at, at.headSha, { environment: 'production', from: 'staging', soak: '30m' });
  expect(unverified.exitCode).toBe(1);
  expect(errorOf(unverified)).toContain(`release ${first.releaseId} has not been verified in staging`);

  // Verified 45 minutes ago: a soak of 2h has not elapsed, one of 30m has.
  await verify(at, 'staging', first.releaseId, new Date(Date.now() - 45 * 60_000));
  // Early is not wrong: the step passes with promoted=false (a scheduled run stays green) and says when.
  const early = await promoteAction(sb, at, at.headSha, { environment: 'production', from: 'staging', soak: '2h' });
  expectClean(early);
  expect(early.outputs).toMatchObject({ promoted: 'false', 'release-id': first.releaseId, 'deployment-id': '', path: '' });
  expect(early.stdout).toMatch(/not promoted yet: .*has been verified in staging for 45m( \d+s)?, less than the soak of 2h; promote after .* \(in 1h 1[45]m\), or lower 'soak'/);
  expect(early.summary).toMatch(/## Waiting: .* can be promoted to production from /);
  expect(early.summary).toContain('⏳');
  expect((await sb.octokit.rest.repos.listDeployments({ owner: at.owner, repo: at.repo, environment: 'production' })).data).toHaveLength(0);
  const production = await promoteAction(sb, at, at.headSha, { environment: 'production', from: 'staging', soak: '30m' });
  expectClean(production);
  expect(production.outputs['release-id']).toBe(first.releaseId);
  ({ state } = await sb.ledger(at).read());
  expect(state.environments.production).toMatchObject({ releaseId: first.releaseId, promotedFrom: 'staging' });
  expect(production.summary).toMatch(/soak 30m/);
  await verify(at, 'production', first.releaseId, new Date());

  // A second commit goes to staging and is verified there; then production rolls back to the first by id.
  const next = await sb.commit(at, 'next change');
  const second = await build(at, next, { ...APP, 'dist/app.js': 'console.log("shop v2");\n' });
  await sb.setStatus(at, next, GATE, 'success');
  expectClean(await promoteAction(sb, at, next, { environment: 'staging' }));
  await verify(at, 'staging', second.releaseId, new Date(Date.now() - 60 * 60_000));
  expectClean(await promoteAction(sb, at, next, { environment: 'production', from: 'staging', soak: '30m' }));
  await verify(at, 'production', second.releaseId, new Date());

  const rollback = await promoteAction(sb, at, next, { environment: 'production', from: 'staging', soak: '30m', 'release-id': first.releaseId.slice(0, 19) });
  expectClean(rollback);
  expect(rollback.outputs['release-id']).toBe(first.releaseId);
  expect(rollback.summary).toContain('rollback: verified in production before');
  ({ state } = await sb.ledger(at).read());
  expect(state.environments.production).toMatchObject({ releaseId: first.releaseId, previousReleaseId: second.releaseId });
  // Nothing was rebuilt: still the two releases.
  expect(Object.keys(state.releases).sort()).toEqual([first.releaseId, second.releaseId].sort());

  // Production forward to the second again; then staging rolls back to the first, on purpose (by id).
  expectClean(await promoteAction(sb, at, next, { environment: 'production', from: 'staging', soak: '30m' }));
  const stagingBack = await promoteAction(sb, at, next, { environment: 'staging', 'release-id': first.releaseId });
  expectClean(stagingBack);
  expect(stagingBack.summary).toContain('rollback named by release-id: older than what staging runs');
  // A scheduled promotion from staging must not follow it into production.
  const backwards = await promoteAction(sb, at, next, { environment: 'production', from: 'staging', soak: '30m' });
  expect(backwards.exitCode).toBe(1);
  expect(errorOf(backwards)).toContain(', what staging runs, is older than ');
  expect(errorOf(backwards)).toMatch(/which production runs: promoting it would take production back; to roll production back on purpose, name the release \(release-id: sha256:[0-9a-f]{64}\)/);
  expect(backwards.summary).toMatch(/❌ \| order \| older than what production runs: /);
  ({ state } = await sb.ledger(at).read());
  expect(state.environments.production!.releaseId).toBe(second.releaseId);
}, 120_000);

test('an environments file on the default branch declares the chain; inputs override it', async () => {
  const at = await sb.createRepo('chain-file');
  const text = ['version: 1', 'environments:', '  - name: staging', '    require: [ci/tests]', '  - name: production', '    from: staging', '    soak: 1h', ''].join('\n');
  const sha = await sb.commit(at, 'declare the chain', { '.github/stopline/environments.yml': text });
  const { releaseId } = await build(at, sha);

  const missing = await promoteAction(sb, at, sha, { environment: 'staging' });
  expect(errorOf(missing)).toContain('the required status ci/tests is missing');
  await sb.setStatus(at, sha, 'ci/tests', 'success');
  expectClean(await promoteAction(sb, at, sha, { environment: 'staging' }));
  await verify(at, 'staging', releaseId, new Date(Date.now() - 10 * 60_000));
  const soaking = await promoteAction(sb, at, sha, { environment: 'production' });
  expect(errorOf(soaking)).toContain('less than the soak of 1h');
  expectClean(await promoteAction(sb, at, sha, { environment: 'production', soak: '5m', require: 'none' }));

  const typo = await promoteAction(sb, at, sha, { environment: 'prodution' });
  expect(errorOf(typo)).toContain('"prodution" is not listed in .github/stopline/environments.yml@main; did you mean "production"?');
}, 120_000);

test('refusals, each with its own message: missing status, frozen line, tampered bytes, another repository', async () => {
  const at = await sb.createRepo('refusals');
  const { releaseId, digest } = await build(at, at.headSha);

  const missing = await promoteAction(sb, at, at.headSha, { environment: 'staging' });
  expect(missing.exitCode).toBe(1);
  expect(errorOf(missing)).toBe(
    `Not promoted to staging: the required status ${GATE} is missing on commit ${at.headSha.slice(0, 7)}; run the workflow that sets ${GATE} on that commit (for stopline/security-gate: the security gate on the commit that was built), or remove it from 'require'.`,
  );
  expect(missing.outputs['release-id']).toBeUndefined();
  await sb.setStatus(at, at.headSha, GATE, 'failure');
  expect(errorOf(await promoteAction(sb, at, at.headSha, { environment: 'staging' }))).toContain(`the required status ${GATE} is failure`);
  await sb.setStatus(at, at.headSha, GATE, 'success');

  // Frozen: a manual freeze in the ledger (commit-lock `lock` writes the same).
  const ledger = sb.ledger(at);
  await ledger.update('freeze', (state) => ({ state: freeze(state, { reason: 'release week', by: 'lead', now: new Date() }).state, result: null }));
  const frozen = await promoteAction(sb, at, at.headSha, { environment: 'staging' });
  expect(errorOf(frozen)).toBe('Not promoted to staging: the line is frozen: "release week" (@lead, until lifted); promote once the freeze is lifted (commit-lock `command: unlock`).');
  await ledger.update('unfreeze', (state) => ({ state: { ...state, freezes: [] }, result: null }));

  // Tampered: one byte of the stored package changed; the promotion names both digests.
  const { state } = await ledger.read();
  const asset = sb.assetFile(at, state.releases[releaseId]!.storage!.package!.id);
  const bytes = readFileSync(asset);
  const original = Buffer.from(bytes);
  bytes[bytes.length - 9] ^= 0x01;
  writeFileSync(asset, bytes);
  const workspace = workspaceWith({});
  const tampered = await promoteAction(sb, at, at.headSha, { environment: 'staging' }, { workspace });
  expect(tampered.exitCode).toBe(1);
  expect(errorOf(tampered)).toMatch(new RegExp(`is not the release's bytes: expected ${digest}, found sha256:[0-9a-f]{64}\\. It was changed or replaced after the build; do not deploy it`));
  expect(readdirSync(workspace)).toEqual([]);
  expect((await ledger.read()).state.environments.staging).toBeUndefined();
  const { data: deployments } = await sb.octokit.rest.repos.listDeployments({ owner: at.owner, repo: at.repo });
  expect(deployments).toHaveLength(0);
  writeFileSync(asset, original);

  // A manifest changed after the build no longer hashes to the release id.
  const manifestAsset = sb.assetFile(at, state.releases[releaseId]!.storage!.manifest.id);
  const manifestText = readFileSync(manifestAsset, 'utf8');
  writeFileSync(manifestAsset, manifestText.replace('"version":"', '"version":"x'));
  expect(errorOf(await promoteAction(sb, at, at.headSha, { environment: 'staging' }))).toMatch(new RegExp(`The manifest does not belong to release ${releaseId}: expected ${releaseId}, found sha256:`));
  writeFileSync(manifestAsset, manifestText);

  // Another repository: a release whose (intact) manifest says it was built elsewhere.
  const foreign = await forgeForeignRelease(at);
  await sb.setStatus(at, at.headSha, GATE, 'success');
  const elsewhere = await promoteAction(sb, at, at.headSha, { environment: 'staging', 'release-id': foreign });
  expect(errorOf(elsewhere)).toContain(`release ${foreign} was built from someone/else, not from ${at.repository} (its manifest says so)`);

  // And with everything back in place, it goes through.
  expectClean(await promoteAction(sb, at, at.headSha, { environment: 'staging' }));
}, 120_000);

/** Stores and registers, in `at`'s ledger, a real release whose manifest names another repository. */
async function forgeForeignRelease(at: Repo): Promise<string> {
  const workspace = workspaceWith(APP);
  const packaged = await writePackage(await resolvePackageInputs(['dist'], workspace), path.join(workspace, 'pkg.tar.gz'));
  const manifest = buildManifest({
    name: 'shop',
    version: '6.6.6',
    package: packaged,
    source: { repository: 'someone/else', commit: at.headSha, tree: 'e'.repeat(40), ref: 'refs/heads/main' },
    run: { id: 1, attempt: 1, url: 'https://github.com/someone/else/actions/runs/1' },
    builder: { id: 'https://github.com/someone/else/.github/workflows/build.yml@refs/heads/main', stopline: '0.1.0' },
    createdAt: new Date(),
  });
  const releaseId = releaseIdOf(manifest);
  writeFileSync(path.join(workspace, 'manifest.json'), serializeManifest(manifest));
  writeFileSync(path.join(workspace, 'provenance.json'), '{}');
  const storage = await storeRelease(sb.client, at, { releaseId, manifest, kind: 'release-assets', files: { package: path.join(workspace, 'pkg.tar.gz'), manifest: path.join(workspace, 'manifest.json'), provenance: path.join(workspace, 'provenance.json') } }, silentLogger);
  // Registered without a `repository` (as a hand-edited or older record would be): the manifest is what tells.
  await sb.ledger(at).update('forge', (state) => ({
    state: { ...state, releases: { ...state.releases, [releaseId]: { name: 'shop', version: '6.6.6', sha: at.headSha, digest: manifest.package.digest, createdAt: manifest.createdAt, storage } } },
    result: null,
  }));
  return releaseId;
}

test('storage: artifact: promote reads the package from artifact-path, and says how to get it when it is not given', async () => {
  const at = await sb.createRepo('artifact');
  const { releaseId, packageFile } = await build(at, at.headSha, APP, { storage: 'artifact' });
  await sb.setStatus(at, at.headSha, GATE, 'success');
  const without = await promoteAction(sb, at, at.headSha, { environment: 'staging' });
  expect(errorOf(without)).toContain(`release ${releaseId} keeps its package in an Actions artifact (storage: artifact) of run`);
  expect(errorOf(without)).toContain("pass that directory as 'artifact-path'");
  // What actions/download-artifact would have put in place.
  const workspace = workspaceWith({ [`downloaded/${path.basename(packageFile)}`]: '' });
  writeFileSync(path.join(workspace, 'downloaded', path.basename(packageFile)), readFileSync(packageFile));
  const promoted = await promoteAction(sb, at, at.headSha, { environment: 'staging', 'artifact-path': 'downloaded' }, { workspace });
  expectClean(promoted);
  expect(readFileSync(path.join(workspace, 'release/dist/index.html'), 'utf8')).toBe(APP['dist/index.html']);
}, 120_000);

test('two promotions of different releases to one environment at the same time: one wins, the other is not recorded, no update is lost', async () => {
  const at = await sb.createRepo('race');
  const a = await build(at, at.headSha);
  const shaB = await sb.commit(at, 'b');
  const b = await build(at, shaB, { ...APP, 'dist/app.js': 'console.log("b");\n' });
  await sb.setStatus(at, at.headSha, GATE, 'success');
  await sb.setStatus(at, shaB, GATE, 'success');

  const [ra, rb] = await Promise.all([
    promoteAction(sb, at, at.headSha, { environment: 'staging', 'release-id': a.releaseId }, { runId: 3001 }),
    promoteAction(sb, at, shaB, { environment: 'staging', 'release-id': b.releaseId }, { runId: 3002 }),
  ]);
  const { state } = await sb.ledger(at).read();
  const pointer = state.environments.staging!;
  const { data: deployments } = await sb.octokit.rest.repos.listDeployments({ owner: at.owner, repo: at.repo, environment: 'staging' });
  if (ra.exitCode === 0 && rb.exitCode === 0) {
    // Serialized after all: the later one saw the earlier (its pointer names it as replaced).
    const [earlier, later] = pointer.releaseId === b.releaseId ? [a, b] : [b, a];
    expect(pointer).toMatchObject({ releaseId: later.releaseId, previousReleaseId: earlier.releaseId });
    expect(deployments).toHaveLength(2);
  } else {
    const [winner, loser, loserRelease] = ra.exitCode === 0 ? [ra, rb, b] : [rb, ra, a];
    expectClean(winner);
    expect(errorOf(loser)).toContain(`staging changed while this promotion ran: another run promoted ${winner.outputs['release-id']}`);
    expect(errorOf(loser)).toContain(`so this promotion of ${loserRelease.releaseId} was not recorded`);
    expect(pointer.releaseId).toBe(winner.outputs['release-id']);
    expect(pointer.previousReleaseId).toBeUndefined();
    // The loser's deployment is gone; only the winner's stands.
    expect(deployments.map((d) => d.id)).toEqual([Number(winner.outputs['deployment-id'])]);
  }
}, 120_000);

/**
 * promoteRelease in process against the sandbox, with the interleaving forced: another promotion
 * lands between this one's read of the ledger and its compare-and-swap. Whatever the timing of
 * the end-to-end race, this is the case the pointer CAS exists for.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Ledger } from '../../../src/github/ledger.js';
import { promoteRelease, type PromoteRequest } from '../../../src/release/operations/promote.js';
import { promotionRule } from '../../../src/release/promotion/index.js';
import { silentLogger } from '../../../src/runtime/logger.js';
import { APP, buildAction, expectClean, startReleaseSandbox, workspaceWith, type ReleaseSandbox, type Repo } from '../../e2e/release-support.js';

let sb: ReleaseSandbox;
beforeAll(async () => {
  sb = await startReleaseSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

async function build(at: Repo, sha: string, files: Record<string, string>): Promise<string> {
  const result = await buildAction(sb, at, sha, { path: 'dist' }, { workspace: workspaceWith(files) });
  expectClean(result);
  return result.outputs['release-id']!;
}

function request(releaseId: string): PromoteRequest {
  const dir = mkdtempSync(path.join(tmpdir(), 'stopline-promote-op-'));
  return { rule: promotionRule('staging', undefined, { require: [] }), name: 'x', releaseId, path: path.join(dir, 'release'), workDir: dir };
}

/** A ledger whose next update first lets `meanwhile` run: another writer between read and CAS. */
function interleaved(ledger: Ledger, meanwhile: () => Promise<unknown>): Ledger {
  const wrapped = Object.create(ledger) as Ledger;
  let once = true;
  wrapped.update = async (message, change) => {
    if (once) {
      once = false;
      await meanwhile();
    }
    return ledger.update(message, change);
  };
  return wrapped;
}

test('another release promoted in between: not recorded, its deployment deleted, its files removed, the winner stands', async () => {
  const at = await sb.createRepo('op-race');
  const a = await build(at, at.headSha, APP);
  const b = await build(at, await sb.commit(at, 'b'), { ...APP, 'dist/app.js': 'b\n' });
  const context = { client: sb.client, at, logger: silentLogger, now: () => new Date(), actor: 'dev' };
  const ledger = sb.ledger(at);
  let winner: Awaited<ReturnType<typeof promoteRelease>> | undefined;
  const loserRequest = request(a);
  const loser = await promoteRelease({ ...context, ledger: interleaved(ledger, async () => (winner = await promoteRelease({ ...context, ledger }, request(b)))) }, loserRequest);

  expect(winner!.outcome).toBe('promoted');
  expect(loser.outcome).toBe('refused');
  expect(loser.refusals[0]!.reason).toMatch(new RegExp(`^staging changed while this promotion ran: another run promoted ${b}`));
  expect(loser.refusals[0]!.fix).toMatch(/^nothing was overwritten; run the step again/);
  expect(readdirSync(loserRequest.path)).toEqual([]);
  const { state } = await ledger.read();
  expect(state.environments.staging).toMatchObject({ releaseId: b, deploymentId: winner!.deploymentId });
  const { data: deployments } = await sb.octokit.rest.repos.listDeployments({ owner: at.owner, repo: at.repo, environment: 'staging' });
  expect(deployments.map((d) => d.id)).toEqual([winner!.deploymentId]);

  // Run again: it now promotes on top of the winner, naming it as replaced.
  const again = await promoteRelease({ ...context, ledger }, request(a));
  expect(again.outcome).toBe('promoted');
  expect((await ledger.read()).state.environments.staging).toMatchObject({ releaseId: a, previousReleaseId: b });
}, 60_000);

test('the same release promoted in between: this run records nothing and reports the other deployment', async () => {
  const at = await sb.createRepo('op-same');
  const a = await build(at, at.headSha, APP);
  const context = { client: sb.client, at, logger: silentLogger, now: () => new Date(), actor: 'dev' };
  const ledger = sb.ledger(at);
  let other: Awaited<ReturnType<typeof promoteRelease>> | undefined;
  const mine = await promoteRelease({ ...context, ledger: interleaved(ledger, async () => (other = await promoteRelease({ ...context, ledger }, request(a)))) }, request(a));
  expect(mine.outcome).toBe('current');
  expect(mine.deploymentId).toBe(other!.deploymentId);
  const { data: deployments } = await sb.octokit.rest.repos.listDeployments({ owner: at.owner, repo: at.repo, environment: 'staging' });
  expect(deployments).toHaveLength(1);
}, 60_000);

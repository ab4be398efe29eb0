/**
 * build-once and promote on Node 24, the runners' runtime (CI sets STOPLINE_NODE24; see .ci/run).
 * Skipped without it. The same files built on this Node and on Node 24 must be one release: the
 * package digest does not depend on the runtime, so the second build reuses the first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APP, buildAction, expectClean, promoteAction, startReleaseSandbox, workspaceWith, type ReleaseSandbox } from './release-support.js';

const node24 = process.env.STOPLINE_NODE24;
const maybe = node24 ? test : test.skip;

let sb: ReleaseSandbox | undefined;
beforeAll(async () => {
  if (node24) sb = await startReleaseSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

maybe('built on this Node and on Node 24: the same digest, one release; promoted on Node 24', async () => {
  const at = await sb!.createRepo('node24');
  const here = await buildAction(sb!, at, at.headSha, { path: 'dist' }, { workspace: workspaceWith(APP) });
  expectClean(here);
  const there = await buildAction(sb!, at, at.headSha, { path: 'dist' }, { workspace: workspaceWith(APP), node: node24! });
  expectClean(there);
  expect(there.outputs).toMatchObject({ digest: here.outputs.digest, 'release-id': here.outputs['release-id'] });

  await sb!.setStatus(at, at.headSha, 'stopline/security-gate', 'success');
  const workspace = workspaceWith({});
  const promoted = await promoteAction(sb!, at, at.headSha, { environment: 'staging' }, { workspace, node: node24! });
  expectClean(promoted);
  expect(readFileSync(path.join(workspace, 'release/dist/app.js'), 'utf8')).toBe(APP['dist/app.js']);
}, 60_000);

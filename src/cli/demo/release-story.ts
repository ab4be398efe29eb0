/**
 * Build once and promote: the green head is built once into a deterministic package (manifest,
 * provenance, digest), the security gate's status is set on that commit, and the same bytes are
 * promoted to staging. (Deploying with metric checks and promoting on to production after a
 * soak come with `deploy`.)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoContext } from './context.js';
import { runScanners } from './scanners.js';

export async function releaseStory(demo: DemoContext): Promise<{ releaseId: string; sha: string }> {
  const sha = await demo.head();
  // The "build": the service's files and a version stamp, as a build step would leave them in dist/.
  rmSync(join(demo.workspace, 'dist'), { recursive: true, force: true });
  mkdirSync(join(demo.workspace, 'dist'), { recursive: true });
  writeFileSync(join(demo.workspace, 'dist', 'version.json'), `${JSON.stringify({ commit: sha })}\n`);
  writeFileSync(join(demo.workspace, 'dist', 'server.js'), "module.exports = require('../src/server.js');\n");

  const build = await demo.run('actions/build-once/action.yml', { inputs: { path: 'dist', version: '1.4.0' }, sha, event: { name: 'push', payload: {} } });
  demo.page('07-build-once.md', 'Build once: one release, named by its digest', build.summary);
  demo.step(`build-once at ${sha.slice(0, 7)}: release ${build.outputs['release-id']?.slice(0, 19)}…, package ${build.outputs.digest?.slice(0, 19)}…`);

  // The push pipeline gates the commit it built: stopline/security-gate = success on it.
  rmSync(join(demo.workspace, 'scans'), { recursive: true, force: true });
  runScanners(demo.workspace);
  const gate = await demo.run('actions/security-gate/action.yml', { inputs: { sarif: 'scans' }, sha, event: { name: 'push', payload: {} } });
  demo.step(`security gate at ${sha.slice(0, 7)}: ${gate.outputs.verdict} (commit status stopline/security-gate set)`);

  rmSync(join(demo.workspace, 'release'), { recursive: true, force: true });
  const promote = await demo.run('actions/promote/action.yml', { inputs: { environment: 'staging' }, sha, event: { name: 'push', payload: {} } });
  demo.page('08-promote-staging.md', 'Promote: the same bytes to staging, verified by digest', promote.summary);
  demo.step(`promote to staging: ${promote.outputs['release-id']?.slice(0, 19)}… deployment #${promote.outputs['deployment-id']}, files in ${promote.outputs.path}`);
  return { releaseId: build.outputs['release-id'] ?? '', sha };
}

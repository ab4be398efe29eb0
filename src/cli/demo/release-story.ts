/**
 * Build once and promote: the head of main is built once into a deterministic package (manifest,
 * provenance, digest), the security gate's status is set on that commit by the push pipeline, and
 * the same bytes are promoted to staging. `buildAndPromote` is also how the deploy story makes its
 * releases.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoContext } from './context.js';
import { runScanners } from './scanners.js';

export interface PromotedRelease {
  releaseId: string;
  sha: string;
  deploymentId: string;
}

/** The "build": what a build step leaves in dist/; `mode` is what the deploy command switches the service to. */
export function writeBuildOutput(workspace: string, build: { version: string; mode: 'good' | 'bad'; sha: string }): void {
  rmSync(join(workspace, 'dist'), { recursive: true, force: true });
  mkdirSync(join(workspace, 'dist'), { recursive: true });
  writeFileSync(join(workspace, 'dist', 'version.json'), `${JSON.stringify({ version: build.version, commit: build.sha })}\n`);
  writeFileSync(join(workspace, 'dist', 'server.js'), "module.exports = require('../src/server.js');\n");
  writeFileSync(join(workspace, 'dist', 'mode'), `${build.mode}\n`);
}

export async function buildAndPromote(
  demo: DemoContext,
  options: { version: string; mode: 'good' | 'bad'; pages?: { build: string; promote: string } },
): Promise<PromotedRelease> {
  const sha = await demo.head();
  writeBuildOutput(demo.workspace, { ...options, sha });

  const push = { name: 'push', payload: {} };
  const build = await demo.run('actions/build-once/action.yml', { inputs: { path: 'dist', version: options.version }, sha, event: push });
  if (options.pages) demo.page(options.pages.build, 'Build once: one release, named by its digest', build.summary);
  demo.step(`build-once ${options.version} at ${sha.slice(0, 7)}: release ${build.outputs['release-id']?.slice(0, 19)}…, package ${build.outputs.digest?.slice(0, 19)}…`);

  // The push pipeline gates the commit it built: stopline/security-gate = success on it.
  rmSync(join(demo.workspace, 'scans'), { recursive: true, force: true });
  runScanners(demo.workspace);
  const gate = await demo.run('actions/security-gate/action.yml', { inputs: { sarif: 'scans' }, sha, event: push });
  demo.step(`security gate at ${sha.slice(0, 7)}: ${gate.outputs.verdict} (commit status stopline/security-gate set)`);

  rmSync(join(demo.workspace, 'release'), { recursive: true, force: true });
  const promote = await demo.run('actions/promote/action.yml', { inputs: { environment: 'staging' }, sha, event: push });
  if (options.pages) demo.page(options.pages.promote, 'Promote: the same bytes to staging, verified by digest', promote.summary);
  demo.step(`promote ${options.version} to staging: deployment #${promote.outputs['deployment-id']}, the package verified by digest and unpacked`);
  return { releaseId: build.outputs['release-id'] ?? '', sha, deploymentId: promote.outputs['deployment-id'] ?? '' };
}

export function releaseStory(demo: DemoContext): Promise<PromotedRelease> {
  return buildAndPromote(demo, { version: '1.4.0', mode: 'good', pages: { build: '07-build-once.md', promote: '08-promote-staging.md' } });
}

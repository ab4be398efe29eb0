/**
 * The security gate on the sample service: real SARIF from ESLint and secretlint, judged by the
 * security team's policy (with an exception that expires soon). First with a hard-coded secret
 * (the gate fails), then with the secret moved to the environment (the gate passes, warning that
 * the exception expires).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoContext } from './context.js';
import { sampleServiceFiles, writeFiles } from './sample-service.js';
import { runScanners } from './scanners.js';

async function gate(demo: DemoContext, sha: string, file: string, title: string): Promise<{ verdict: string; violations: string }> {
  rmSync(join(demo.workspace, 'scans'), { recursive: true, force: true });
  runScanners(demo.workspace);
  // On a push, the gate reads the policy from the workspace (the checkout of main).
  const result = await demo.run('actions/security-gate/action.yml', { inputs: { sarif: 'scans' }, sha, event: { name: 'push', payload: {} }, mayFail: true });
  demo.page(file, title, result.summary);
  return { verdict: result.outputs.verdict ?? 'error', violations: result.outputs.violations ?? '?' };
}

export async function gateStory(demo: DemoContext, today: Date): Promise<void> {
  const leaky = sampleServiceFiles({ withSecret: true, today });
  writeFiles(demo.workspace, leaky);
  const leakySha = await demo.commit('Add the converter endpoint', leaky, 'main', 'dev-a');
  const first = await gate(demo, leakySha, '02-gate-fail.md', 'Security gate: a hard-coded secret fails the gate');
  demo.step(`security gate on ${leakySha.slice(0, 7)} (ESLint + secretlint SARIF): verdict ${first.verdict}, ${first.violations} violation(s)`);

  const fixed = sampleServiceFiles({ withSecret: false, today });
  writeFiles(demo.workspace, fixed);
  const fixedSha = await demo.commit('Read the AWS secret from the environment', { 'src/config.js': fixed['src/config.js']! }, 'main', 'dev-a');
  const second = await gate(demo, fixedSha, '03-gate-pass.md', 'Security gate: the secret moved to the environment; an exception expires soon');
  demo.step(`security gate on ${fixedSha.slice(0, 7)}: verdict ${second.verdict}, ${second.violations} violation(s) (an exception expires in 5 days: warned)`);
}

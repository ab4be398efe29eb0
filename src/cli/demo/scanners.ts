/**
 * Real scanners on the sample service, producing SARIF on the spot: ESLint 9 with
 * eslint-plugin-security and the SARIF formatter (SAST), and secretlint with its SARIF formatter
 * (secrets). They are Stopline's development dependencies, present after `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../local-runner.js';

function run(workspace: string, command: string, args: string[], okStatuses: number[]): void {
  const bin = join(packageRoot, 'node_modules', '.bin', command);
  if (!existsSync(bin)) throw new Error(`${command} is not installed: run \`npm ci\` in ${packageRoot} first (the demo uses the development dependencies)`);
  const result = spawnSync(bin, args, { cwd: workspace, encoding: 'utf8', timeout: 120_000 });
  if (result.status === null || !okStatuses.includes(result.status)) {
    throw new Error(`${command} ${args.join(' ')} exited ${result.status ?? result.signal}:\n${result.stdout}\n${result.stderr}`);
  }
}

/** Runs both scanners in `workspace`; their SARIF goes to `scans/`. */
export function runScanners(workspace: string): string[] {
  // The ESLint config imports eslint-plugin-security: it resolves from the workspace's node_modules.
  if (!existsSync(join(workspace, 'node_modules'))) symlinkSync(join(packageRoot, 'node_modules'), join(workspace, 'node_modules'), 'dir');
  mkdirSync(join(workspace, 'scans'), { recursive: true });
  // ESLint exits 1 when an error-level rule fires; 2 would be a crash, which must not pass.
  run(workspace, 'eslint', ['-f', '@microsoft/eslint-formatter-sarif', '-o', 'scans/eslint.sarif', 'src/'], [0, 1]);
  run(workspace, 'secretlint', ['--format', '@secretlint/secretlint-formatter-sarif', '--output', 'scans/secretlint.sarif', 'src/**/*'], [0, 1]);
  return ['scans/eslint.sarif', 'scans/secretlint.sarif'];
}

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compareArchivePaths } from './package/archive-path.js';
import type { LockfileDigest } from './manifest.js';
import { hashFile } from './package/verify-package.js';

/**
 * The dependency lockfiles a manifest records, by the names their package managers give them. Only
 * the workspace root is looked at: that is where each tool writes its lockfile for the project, and
 * a recursive search would walk node_modules and vendored trees (and pick up their lockfiles).
 */
export const LOCKFILE_NAMES: readonly string[] = [
  // JavaScript
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'bun.lockb', 'deno.lock',
  // Go, Rust
  'go.sum', 'Cargo.lock',
  // Python
  'poetry.lock', 'Pipfile.lock', 'uv.lock', 'pdm.lock',
  // Ruby, PHP, Elixir, Dart, Swift
  'Gemfile.lock', 'composer.lock', 'mix.lock', 'pubspec.lock', 'Package.resolved',
  // .NET, JVM, Nix
  'packages.lock.json', 'gradle.lockfile', 'flake.lock',
];

/** The lockfiles at the workspace root with their digests, sorted by name; empty when there are none. */
export async function findLockfiles(workspace: string): Promise<LockfileDigest[]> {
  const found: LockfileDigest[] = [];
  for (const name of LOCKFILE_NAMES) {
    const file = path.join(workspace, name);
    const stats = await fs.stat(file).catch(() => undefined);
    if (stats?.isFile()) found.push({ path: name, digest: (await hashFile(file)).digest });
  }
  return found.sort((a, b) => compareArchivePaths(a.path, b.path));
}

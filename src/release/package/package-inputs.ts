import { promises as fs } from 'node:fs';
import { resolvePaths } from '../../files/resolve-paths.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { archivePathProblem, compareArchivePaths } from './archive-path.js';

/** One file to package: where it goes in the archive, where it is now, and what the archive records of it. */
export interface PackageInput {
  /** POSIX path relative to the workspace: the path inside the package. */
  archivePath: string;
  absolutePath: string;
  /** 0o755 when the file is executable by anyone, else 0o644: the only modes a package records. */
  mode: number;
  size: number;
}

/** How many files are stat'ed at once: enough to hide the latency of each call, few enough not to exhaust file handles. */
const STAT_CONCURRENCY = 32;

/**
 * Resolves build-once's `path` input (files, directories and globs, relative to the workspace)
 * into the files of a package, sorted by archive path bytes. Archive paths are the files' paths
 * from the workspace, so `path: dist` packages `dist/app.js`: naming another directory later
 * never moves the files already in the package. Symbolic links are followed inside the workspace
 * (a linked file is packaged as a copy under the link's path) and refused when they lead out of
 * it; see `resolvePaths`'s `inside-workspace`.
 *
 * @throws ConfigurationError when the input is empty, an entry matches nothing, or a path cannot go in a package
 */
export async function resolvePackageInputs(entries: readonly string[], workspace: string): Promise<PackageInput[]> {
  const resolved = await resolvePaths(entries, {
    input: 'path',
    what: 'build output',
    producedBy: 'that the build step ran and wrote its output there',
    workspace,
    links: 'inside-workspace',
  });
  for (const file of resolved) {
    const problem = archivePathProblem(file.relative);
    if (problem !== undefined) {
      throw new ConfigurationError(`Input "path": the file "${file.relative}" cannot go in a package: ${problem}. Rename it, or leave it out of "path".`);
    }
  }
  const inputs: PackageInput[] = new Array(resolved.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < resolved.length) {
      const index = next++;
      const file = resolved[index]!;
      const stats = await fs.stat(file.absolute);
      inputs[index] = { archivePath: file.relative, absolutePath: file.absolute, mode: stats.mode & 0o111 ? 0o755 : 0o644, size: stats.size };
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, resolved.length) }, worker));
  return inputs.sort((a, b) => compareArchivePaths(a.archivePath, b.archivePath));
}

import { chmod, chown, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A file of a test tree: its content and, optionally, its mode. */
export interface TreeFile {
  content: string | Buffer;
  mode?: number;
}

/** A fresh temp directory that the test removes with `removeTree`. */
export function tempDir(label: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `stopline-release-${label}-`));
}

export function removeTree(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true });
}

/**
 * Writes `files` below `root` in the given order, then gives every file and directory the given
 * times and, when running as root, the given owner: what must not reach a deterministic package.
 */
export async function writeTree(root: string, files: Array<[string, TreeFile]>, options: { mtime?: Date; owner?: number } = {}): Promise<void> {
  for (const [name, file] of files) {
    const full = path.join(root, ...name.split('/'));
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, file.content);
    await chmod(full, file.mode ?? 0o644);
    if (options.mtime !== undefined) await utimes(full, options.mtime, options.mtime);
    if (options.owner !== undefined && process.getuid?.() === 0) await chown(full, options.owner, options.owner);
  }
}

import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError } from '../../runtime/errors.js';

/** The part of node:fs/promises that input resolution uses, so tests can pass a fake. */
export interface InputFs {
  stat(file: string): Promise<{ isFile(): boolean; isDirectory(): boolean }>;
  readdir(dir: string, options: { withFileTypes: true }): Promise<Array<{ name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }>>;
}

/** File names a directory input picks up. */
export function isSarifFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.sarif') || lower.endsWith('.sarif.json');
}

/** Directories a glob walk never enters, unless the pattern names them (they are huge and never hold the scan of this change). */
const SKIPPED_DIRECTORIES = ['.git', 'node_modules'];

/**
 * Turns the `sarif` input's entries (files, directories, globs) into a sorted, de-duplicated list
 * of absolute file paths. Relative entries and globs are taken from `workspace`.
 *
 * An entry that matches nothing is a ConfigurationError naming the entry: a typo in a filter must
 * not silently exclude everything (microsoft/sarif-tools#87), and a scanner that wrote nothing must
 * not pass the gate. A directory with no `*.sarif` / `*.sarif.json` below it is an error too.
 */
export async function resolveSarifInputs(patterns: string[], workspace: string, fs: InputFs = nodeFs): Promise<string[]> {
  const root = path.resolve(workspace);
  const entries = patterns.map((pattern) => pattern.trim()).filter((pattern) => pattern !== '');
  if (entries.length === 0) {
    throw new ConfigurationError('Input "sarif" is empty: list at least one SARIF file, directory or glob (one per line or comma-separated).');
  }
  const seen = new Set<string>();
  const resolved: string[] = [];
  let walked: Promise<string[]> | undefined;
  for (const entry of entries) {
    let matches: string[];
    if (picomatch.scan(entry).isGlob) {
      walked ??= walk(root, root, fs, entry.includes('node_modules'));
      matches = matchGlob(entry, root, await walked);
      if (matches.length === 0) {
        throw new ConfigurationError(`Input "sarif": the glob "${entry}" matches no file under ${root}. Check the pattern for a typo, and that the scanner step ran and wrote its SARIF there.`);
      }
    } else {
      matches = await resolvePath(entry, root, fs);
    }
    for (const match of matches) {
      if (!seen.has(match)) {
        seen.add(match);
        resolved.push(match);
      }
    }
  }
  return resolved;
}

async function resolvePath(entry: string, root: string, fs: InputFs): Promise<string[]> {
  const absolute = path.resolve(root, entry);
  let stats;
  try {
    stats = await fs.stat(absolute);
  } catch {
    throw new ConfigurationError(`Input "sarif": "${entry}" does not exist (looked for ${absolute}). Check the path for a typo, and that the scanner step ran and wrote its SARIF there.`);
  }
  if (stats.isFile()) return [absolute];
  if (!stats.isDirectory()) {
    throw new ConfigurationError(`Input "sarif": "${entry}" is neither a file nor a directory. Pass a SARIF file, a directory of them, or a glob.`);
  }
  const files = (await walk(absolute, absolute, fs, true)).filter((file) => isSarifFileName(path.basename(file)));
  if (files.length === 0) {
    throw new ConfigurationError(`Input "sarif": the directory "${entry}" holds no *.sarif or *.sarif.json file. Check that the scanner wrote its SARIF there, or name the file itself.`);
  }
  return files;
}

function matchGlob(pattern: string, root: string, files: string[]): string[] {
  // Globs are written with forward slashes and relative to the workspace, like .gitignore lines;
  // an absolute glob is matched against absolute paths.
  const absolutePattern = path.isAbsolute(pattern);
  const isMatch = picomatch(pattern.replaceAll('\\', '/').replace(/^\.\//, ''), { dot: true });
  return files.filter((file) => isMatch(absolutePattern ? file.split(path.sep).join('/') : path.relative(root, file).split(path.sep).join('/')));
}

/** Every file below `dir`, sorted by path, following symbolic links to files. */
async function walk(dir: string, root: string, fs: InputFs, includeSkipped: boolean): Promise<string[]> {
  const out: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch (cause) {
      throw new ConfigurationError(`Input "sarif": cannot read the directory ${path.relative(root, current) || current}: ${(cause as Error).message}`, { cause });
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (includeSkipped || !SKIPPED_DIRECTORIES.includes(entry.name)) pending.push(full);
      } else if (entry.isFile()) {
        out.push(full);
      } else if (entry.isSymbolicLink()) {
        const target = await fs.stat(full).catch(() => undefined);
        if (target?.isFile()) out.push(full);
      }
    }
  }
  return out.sort();
}

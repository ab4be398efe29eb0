import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigurationError } from '../runtime/errors.js';

/**
 * One way to turn a path-list input (files, directories and globs, one per line or
 * comma-separated) into files: the security gate's `sarif` and build-once's `path` both use it, so
 * both read globs, directories, links and typos the same way.
 */

/** The part of node:fs/promises that resolution uses, so tests can pass a fake. */
export interface PathFs {
  stat(file: string): Promise<{ isFile(): boolean; isDirectory(): boolean }>;
  readdir(dir: string, options: { withFileTypes: true }): Promise<Array<{ name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }>>;
  realpath(file: string): Promise<string>;
}

/**
 * How symbolic links are treated.
 * - `follow-files`: a link to a file is taken (by the link's own path) wherever it points; links
 *   to directories and dangling links met while walking a directory are skipped. Entries may name
 *   files outside the workspace (scanner output in RUNNER_TEMP).
 * - `inside-workspace`: every entry, and every link met while walking, must resolve inside the
 *   workspace; links to files and to directories are followed there (by the link's own path), and
 *   a link that escapes it, dangles or loops is a ConfigurationError naming it. What is packaged
 *   can then never include a file from outside the checkout, whatever a build wrote.
 */
export type LinkPolicy = 'follow-files' | 'inside-workspace';

export interface ResolvePathsOptions {
  /** The input's name, as messages quote it: `Input "sarif"`. */
  input: string;
  /** What the files are, for messages: "SARIF", "build output". */
  what: string;
  /** What to check when an entry matches nothing, after "Check …": "that the scanner step ran and wrote its SARIF there". */
  producedBy: string;
  /** Relative entries and globs are taken from here. */
  workspace: string;
  /** The files a directory entry picks up (a file named directly or matched by a glob is always taken); all files when absent. */
  directoryFiles?: { accepts(name: string): boolean; description: string };
  links: LinkPolicy;
  fs?: PathFs;
}

/** A resolved file: its absolute path and its path from the workspace, with forward slashes. */
export interface ResolvedPath {
  absolute: string;
  /** POSIX path relative to the workspace; starts with `../` only for files outside it (possible only under `follow-files`). */
  relative: string;
}

/** Directories a glob walk never enters, unless the pattern names them (they are huge and never hold what is asked for). */
const SKIPPED_DIRECTORIES = ['.git', 'node_modules'];

/**
 * Turns the entries of a path-list input into files: each entry's files in path order, entries in
 * the order given, each file once. Relative entries and globs are taken from the workspace.
 *
 * An entry that matches nothing is a ConfigurationError naming the entry: a typo must not silently
 * drop files (microsoft/sarif-tools#87), and a step that wrote nothing must not pass unnoticed. A
 * directory with no file that `directoryFiles` accepts is an error too.
 */
export async function resolvePaths(entries: readonly string[], options: ResolvePathsOptions): Promise<ResolvedPath[]> {
  const resolver = new Resolver(options);
  const patterns = entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
  if (patterns.length === 0) {
    throw new ConfigurationError(`Input "${options.input}" is empty: list at least one ${options.what} file, directory or glob (one per line or comma-separated).`);
  }
  const seen = new Set<string>();
  const resolved: ResolvedPath[] = [];
  for (const pattern of patterns) {
    const matches = picomatch.scan(pattern).isGlob ? await resolver.glob(pattern) : await resolver.entry(pattern);
    for (const match of matches) {
      if (!seen.has(match)) {
        seen.add(match);
        resolved.push({ absolute: match, relative: resolver.relative(match) });
      }
    }
  }
  return resolved;
}

/** A directory to walk: its path as the user sees it, and the real directories above it (to detect link loops). */
interface PendingDirectory {
  dir: string;
  real: string;
  ancestors: readonly string[];
}

class Resolver {
  private readonly root: string;
  private readonly fs: PathFs;
  private realRoot: Promise<string> | undefined;
  /** The workspace walked once per kind (with or without .git and node_modules), shared by all globs. */
  private readonly walks = new Map<boolean, Promise<string[]>>();

  constructor(private readonly options: ResolvePathsOptions) {
    this.root = path.resolve(options.workspace);
    this.fs = options.fs ?? nodeFs;
  }

  relative(file: string): string {
    return path.relative(this.root, file).split(path.sep).join('/');
  }

  async glob(pattern: string): Promise<string[]> {
    const includeSkipped = SKIPPED_DIRECTORIES.some((name) => pattern.includes(name));
    let walked = this.walks.get(includeSkipped);
    if (walked === undefined) {
      walked = this.workspaceReal().then((real) => this.walk(this.root, real, includeSkipped));
      this.walks.set(includeSkipped, walked);
    }
    // Globs are written with forward slashes and relative to the workspace, like .gitignore lines;
    // an absolute glob is matched against absolute paths.
    const absolutePattern = path.isAbsolute(pattern);
    const isMatch = picomatch(pattern.replaceAll('\\', '/').replace(/^\.\//, ''), { dot: true });
    const matches = (await walked).filter((file) => isMatch(absolutePattern ? file.split(path.sep).join('/') : this.relative(file)));
    if (matches.length === 0) {
      throw this.error(`the glob "${pattern}" matches no file under ${this.root}. Check the pattern for a typo, and ${this.options.producedBy}.`);
    }
    return matches;
  }

  async entry(entry: string): Promise<string[]> {
    const absolute = path.resolve(this.root, entry);
    const confined = this.options.links === 'inside-workspace';
    if (confined && !isInside(this.root, absolute)) {
      throw this.error(`"${entry}" is outside the workspace ${this.root}. Name files inside the checkout, relative to it.`);
    }
    let stats;
    try {
      stats = await this.fs.stat(absolute);
    } catch {
      throw this.error(`"${entry}" does not exist (looked for ${absolute}). Check the path for a typo, and ${this.options.producedBy}.`);
    }
    const real = confined ? await this.confinedReal(absolute, entry) : absolute;
    if (stats.isFile()) return [absolute];
    if (!stats.isDirectory()) {
      throw this.error(`"${entry}" is neither a file nor a directory. Pass a ${this.options.what} file, a directory of them, or a glob.`);
    }
    const accepts = this.options.directoryFiles;
    const files = (await this.walk(absolute, real, true)).filter((file) => accepts === undefined || accepts.accepts(path.basename(file)));
    if (files.length === 0) {
      throw this.error(`the directory "${entry}" holds no ${accepts?.description ?? 'file'}. Check ${this.options.producedBy}, or name the file itself.`);
    }
    return files;
  }

  /** Every file below `dir`, sorted by path, links treated as the policy says. */
  private async walk(dir: string, real: string, includeSkipped: boolean): Promise<string[]> {
    const out: string[] = [];
    const pending: PendingDirectory[] = [{ dir, real, ancestors: [] }];
    while (pending.length > 0) {
      const current = pending.pop()!;
      let entries;
      try {
        entries = await this.fs.readdir(current.dir, { withFileTypes: true });
      } catch (cause) {
        throw this.error(`cannot read the directory ${path.relative(this.root, current.dir) || current.dir}: ${(cause as Error).message}`, cause);
      }
      const ancestors = [...current.ancestors, current.real];
      for (const entry of entries) {
        const full = path.join(current.dir, entry.name);
        if (entry.isDirectory()) {
          if (includeSkipped || !SKIPPED_DIRECTORIES.includes(entry.name)) pending.push({ dir: full, real: path.join(current.real, entry.name), ancestors });
        } else if (entry.isFile()) {
          out.push(full);
        } else if (entry.isSymbolicLink()) {
          await this.link(full, ancestors, includeSkipped, out, pending);
        }
      }
    }
    return out.sort();
  }

  private async link(link: string, ancestors: readonly string[], includeSkipped: boolean, out: string[], pending: PendingDirectory[]): Promise<void> {
    const target = await this.fs.stat(link).catch(() => undefined);
    if (this.options.links === 'follow-files') {
      if (target?.isFile()) out.push(link);
      return;
    }
    const shown = this.relative(link);
    if (target === undefined) {
      throw this.error(`the link "${shown}" points at nothing (a dangling symbolic link). Remove it, or make the build write the file it should point at.`);
    }
    const real = await this.confinedReal(link, shown);
    if (target.isFile()) {
      out.push(link);
    } else if (target.isDirectory()) {
      if (ancestors.includes(real)) {
        throw this.error(`the link "${shown}" points at a directory that contains it (${this.relative(real)}), so walking it would never end. Remove the link or name the directories you want.`);
      }
      if (includeSkipped || !SKIPPED_DIRECTORIES.includes(path.basename(link))) pending.push({ dir: link, real, ancestors });
    }
  }

  /** The real path of `file`, which must lie inside the workspace's real path. */
  private async confinedReal(file: string, shown: string): Promise<string> {
    const [real, root] = await Promise.all([this.fs.realpath(file), this.workspaceReal()]);
    if (!isInside(root, real)) {
      throw this.error(`"${shown}" leads outside the workspace (it resolves to ${real}). Files to package must lie inside the checkout: copy the file in, or remove the link.`);
    }
    return real;
  }

  private workspaceReal(): Promise<string> {
    if (this.options.links === 'follow-files') return Promise.resolve(this.root);
    this.realRoot ??= this.fs.realpath(this.root).catch((cause: unknown) => {
      throw this.error(`the workspace ${this.root} cannot be read: ${(cause as Error).message}`, cause);
    });
    return this.realRoot;
  }

  private error(problem: string, cause?: unknown): ConfigurationError {
    return new ConfigurationError(`Input "${this.options.input}": ${problem}`, cause === undefined ? undefined : { cause });
  }
}

/** Whether `file` is `dir` itself or below it. */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

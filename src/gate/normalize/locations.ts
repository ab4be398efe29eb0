import path from 'node:path';
import { fileLocation, type FindingLocation } from '../finding.js';

/**
 * Where a result is, as the gate reports and matches it: a path relative to the repository root
 * with forward slashes, a web URL (DAST), or none. See src/gate/README.md for the rules.
 */

/** An `originalUriBaseIds` entry or an artifact location: a URI and the base it is relative to. */
export interface UriReference {
  uri?: unknown;
  uriBaseId?: unknown;
}

/** What a non-empty URI names, without its region; null for an empty URI or `unknown-file`. */
type Target = { kind: 'file'; path: string } | { kind: 'url'; url: string } | { kind: 'none'; description: string } | null;

/** What a run's locations are resolved against; built once per run by `createLocationContext`. */
export interface LocationContext {
  /** The workspace (repository root) with forward slashes and no trailing slash. */
  workspace: string;
  baseIds: Readonly<Record<string, UriReference>>;
  /** Resolved bases, memoized: most results in a run share one or two. */
  resolvedBases: Map<string, ResolvedBase>;
  /**
   * What each URI names, by uriBaseId (NUL for none) and URI as written, memoized: a large run has
   * many results per file, and sharing the path string also saves a copy per finding.
   */
  targets: Map<string, Map<string, Target>>;
}

/** Distinct URIs memoized per run; past this the cache stops growing (each result then resolves on its own). */
const MAX_CACHED_PATHS = 100_000;

/** A uriBaseId resolved through its chain: an absolute root (when one is stated) and the relative part below it. */
interface ResolvedBase {
  root?: string;
  relative: string;
}

const HTTP = /^https?:\/\//i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const DRIVE = /^[a-z]:\//i;
const MAX_BASE_DEPTH = 16;

/** Builds the per-run context. `workspace` is the repository root on the machine that ran the scanner. */
export function createLocationContext(workspace: string, originalUriBaseIds: Record<string, UriReference> | undefined): LocationContext {
  return { workspace: toSlashes(workspace).replace(/\/+$/, ''), baseIds: originalUriBaseIds ?? {}, resolvedBases: new Map(), targets: new Map() };
}

/**
 * Resolves a physical location's artifact URI (with its uriBaseId) to a finding location.
 * `region` supplies the lines and `fallbackText` (the location's message) is used when the URI
 * is empty: Nuclei writes `uri: ""` and puts the target URL in the message.
 */
export function resolveArtifactLocation(
  reference: UriReference,
  region: { startLine?: number; endLine?: number; startColumn?: number } | undefined,
  context: LocationContext,
  fallbackText?: string,
): FindingLocation {
  const target = typeof reference.uri === 'string' ? cachedTarget(reference.uri, typeof reference.uriBaseId === 'string' ? reference.uriBaseId : undefined, context) : null;
  if (target === null) {
    if (fallbackText !== undefined && HTTP.test(fallbackText.trim())) return { kind: 'url', url: fallbackText.trim() };
    return fallbackText ? { kind: 'none', description: fallbackText } : { kind: 'none' };
  }
  // A new object per finding (with its own lines), never the cached one.
  if (target.kind === 'url') return { kind: 'url', url: target.url };
  if (target.kind === 'none') return { kind: 'none', description: target.description };
  return fileLocation(target.path, region?.startLine, region?.endLine, region?.startColumn);
}

/** What `uri` (as written, with its uriBaseId) names, memoized in the context (see LocationContext.targets). */
function cachedTarget(rawUri: string, uriBaseId: string | undefined, context: LocationContext): Target {
  // NUL for "no uriBaseId": unlike '', no real base id can be it.
  const base = uriBaseId ?? '\u0000';
  let byUri = context.targets.get(base);
  if (byUri === undefined) {
    byUri = new Map();
    context.targets.set(base, byUri);
  }
  let target = byUri.get(rawUri);
  if (target === undefined) {
    target = resolveTarget(rawUri.trim(), uriBaseId, context);
    if (byUri.size < MAX_CACHED_PATHS) byUri.set(rawUri, target);
  }
  return target;
}

function resolveTarget(uri: string, uriBaseId: string | undefined, context: LocationContext): Target {
  if (uri === '' || uri === 'unknown-file') return null;
  if (HTTP.test(uri)) return { kind: 'url', url: uri };
  const repoPath = repositoryPath(uri, uriBaseId, context);
  return repoPath === undefined ? { kind: 'none', description: uri } : { kind: 'file', path: repoPath };
}

/**
 * The repository-relative path of a URI: absolute paths (and `file:` URIs) under the workspace
 * become relative; a relative URI is joined to its uriBaseId chain, and when the chain's root is
 * an absolute URI outside the workspace the path below that root is used (the root is the
 * scanner's checkout); an absolute path outside the workspace is kept absolute.
 */
export function repositoryPath(uri: string, uriBaseId: string | undefined, context: LocationContext): string | undefined {
  const own = toPath(uri);
  if (own.absolute) return underWorkspace(own.path, context.workspace) ?? cleanAbsolute(own.path);
  if (uriBaseId === undefined) return cleanRelative(own.path);
  const base = resolveBase(uriBaseId, context, 0);
  const relative = joinRelative(base.relative, own.path);
  if (base.root !== undefined) {
    const full = base.root.replace(/\/+$/, '') + '/' + relative;
    const inside = underWorkspace(full, context.workspace);
    if (inside !== undefined) return inside;
  }
  return cleanRelative(relative);
}

function resolveBase(name: string, context: LocationContext, depth: number): ResolvedBase {
  const cached = context.resolvedBases.get(name);
  if (cached) return cached;
  const entry = context.baseIds[name];
  let resolved: ResolvedBase;
  if (entry === undefined || typeof entry !== 'object' || typeof entry.uri !== 'string' || depth > MAX_BASE_DEPTH) {
    // An unknown base (%SRCROOT%, ROOTPATH) names the checkout's root: the path is repository-relative.
    resolved = { relative: '' };
  } else {
    const own = toPath(entry.uri.trim());
    if (own.absolute) resolved = { root: own.path, relative: '' };
    else if (typeof entry.uriBaseId === 'string' && entry.uriBaseId !== name) {
      const parent = resolveBase(entry.uriBaseId, context, depth + 1);
      resolved = { ...(parent.root === undefined ? {} : { root: parent.root }), relative: joinRelative(parent.relative, own.path) };
    } else resolved = { relative: own.path };
  }
  context.resolvedBases.set(name, resolved);
  return resolved;
}

/** A URI or path as a slash path, and whether it is absolute. `file://host/p` drops the host. */
function toPath(uri: string): { path: string; absolute: boolean } {
  let value = toSlashes(uri);
  if (value.includes('%')) {
    try {
      value = decodeURIComponent(value);
    } catch {
      // A literal "%" in a file name: keep the text as written.
    }
  }
  if (/^file:/i.test(value)) {
    let rest = value.slice(5);
    if (rest.startsWith('//')) {
      rest = rest.slice(2);
      // file:///abs has an empty host; file://host/abs names a host we cannot reach, so drop it.
      const slash = rest.indexOf('/');
      rest = slash === -1 ? '/' : rest.slice(slash);
    }
    rest = rest.replace(/^\/+/, '/');
    if (/^\/[a-z]:\//i.test(rest)) rest = rest.slice(1);
    return { path: rest, absolute: true };
  }
  if (DRIVE.test(value)) return { path: value, absolute: true };
  if (value.startsWith('/')) return { path: value.replace(/^\/+/, '/'), absolute: true };
  if (SCHEME.test(value)) return { path: value, absolute: true };
  return { path: value, absolute: false };
}

function toSlashes(value: string): string {
  return value.includes('\\') ? value.replaceAll('\\', '/') : value;
}

function joinRelative(base: string, relative: string): string {
  if (base === '') return relative;
  return base.replace(/\/+$/, '') + '/' + relative;
}

/** `a/./b/../c` → `a/c`; undefined for a path that is empty or only "." */
function cleanRelative(value: string): string | undefined {
  const normalized = path.posix.normalize(value.trim().replace(/^\.\/+/, ''));
  if (normalized === '.' || normalized === '' || normalized === './') return undefined;
  return normalized.replace(/^\.\//, '');
}

function cleanAbsolute(value: string): string {
  return DRIVE.test(value) ? value.slice(0, 3) + path.posix.normalize(value.slice(3)) : path.posix.normalize(value);
}

/** The path relative to the workspace, or undefined when it is outside. Drive letters compare ignoring case. */
function underWorkspace(absolute: string, workspace: string): string | undefined {
  if (workspace === '') return undefined;
  const clean = cleanAbsolute(absolute);
  const caseless = DRIVE.test(workspace);
  const haystack = caseless ? clean.toLowerCase() : clean;
  const prefix = (caseless ? workspace.toLowerCase() : workspace) + '/';
  if (!haystack.startsWith(prefix)) return undefined;
  return cleanRelative(clean.slice(prefix.length));
}

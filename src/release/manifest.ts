import { canonicalJson } from '../runtime/canonical-json.js';
import { ConfigurationError } from '../runtime/errors.js';
import { isSha256Digest, isSha256Hex, sha256Digest, type Sha256Digest } from './digest.js';
import { IntegrityError } from './integrity-error.js';
import { archivePathProblem, compareArchivePaths } from './package/archive-path.js';
import type { PackagedFile } from './package/write-package.js';

/**
 * The release manifest: what was built, from what, by whom, and the digest of every byte. Its file
 * is its canonical JSON (sorted keys, no whitespace, RFC 8785 for this data), so the release id,
 * `sha256:` of that text, is also `sha256sum manifest.json`.
 *
 * The release id changes on every build (createdAt and the run differ) while the package digest
 * stays the same for the same inputs; "same commit, same name, same bytes reuses the release" is
 * therefore decided on the package digest, never on the release id.
 */

export const MANIFEST_SCHEMA_VERSION = 1;

/** A file as the manifest lists it. */
export interface ManifestFile {
  /** POSIX path inside the package. */
  path: string;
  /** sha256 of the content, lowercase hex. */
  sha256: string;
  size: number;
  /** "0644" or "0755": octal, as `ls -l` and `chmod` read it. */
  mode: FileMode;
}

export type FileMode = '0644' | '0755';

/** A dependency lockfile found in the workspace, by its path from the workspace root. */
export interface LockfileDigest {
  path: string;
  digest: Sha256Digest;
}

export interface ReleaseManifest {
  schemaVersion: typeof MANIFEST_SCHEMA_VERSION;
  name: string;
  version: string;
  package: {
    /** `sha256:` of the package file: the release's bytes. */
    digest: Sha256Digest;
    size: number;
    /** The package layout (tar-format.ts, gzip level and header), so a later format can be told apart. */
    format: typeof PACKAGE_FORMAT;
  };
  /** In package order (archive path bytes). */
  files: ManifestFile[];
  source: {
    /** owner/name */
    repository: string;
    commit: string;
    tree: string;
    /** The ref the workflow ran on, e.g. refs/heads/main. */
    ref: string;
  };
  run: { id: number; attempt: number; url: string };
  builder: {
    /** Who built it: the workflow's identity, e.g. https://github.com/o/r/.github/workflows/build.yml@refs/heads/main */
    id: string;
    /** Stopline's version, which fixes the package format. */
    stopline: string;
  };
  /** ISO 8601, UTC. */
  createdAt: string;
  /** Present when the workspace holds lockfiles (see lockfiles.ts); sorted by path. */
  lockfiles?: LockfileDigest[];
}

/** The package layout this code writes: ustar/pax per tar-format.ts, gzip level 4, OS byte 3. */
export const PACKAGE_FORMAT = 'stopline-tar-gzip/v1';

/** Everything a manifest is made from. */
export interface ReleaseFacts {
  name: string;
  version: string;
  package: { digest: Sha256Digest; size: number; files: readonly PackagedFile[] };
  source: ReleaseManifest['source'];
  run: ReleaseManifest['run'];
  builder: ReleaseManifest['builder'];
  createdAt: Date;
  lockfiles?: readonly LockfileDigest[];
}

/** Names and versions go into file names (`<name>-<version>.tar.gz`) and asset names: letters, digits and . _ - (and + in versions). */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/;
const GIT_OBJECT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * The manifest of a build. A pure function of its facts: the caller measures the time and reads
 * the run and the lockfiles.
 * @throws ConfigurationError when `name` or `version` (action inputs) cannot name a release
 */
export function buildManifest(facts: ReleaseFacts): ReleaseManifest {
  if (!NAME.test(facts.name)) {
    throw new ConfigurationError(`Input "name": "${facts.name}" cannot name a release. Use letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit), e.g. the repository name.`);
  }
  if (!VERSION.test(facts.version)) {
    throw new ConfigurationError(`Input "version": "${facts.version}" cannot be a release version. Use letters, digits, ".", "_", "+" and "-" (at most 128, starting with a letter or digit), e.g. 1.4.0 or the short commit sha.`);
  }
  for (const [field, value] of [['commit', facts.source.commit], ['tree', facts.source.tree]] as const) {
    if (!GIT_OBJECT.test(value)) throw new TypeError(`source.${field} is not a git object id: ${value}`);
  }
  const manifest: ReleaseManifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    name: facts.name,
    version: facts.version,
    package: { digest: facts.package.digest, size: facts.package.size, format: PACKAGE_FORMAT },
    files: facts.package.files.map((file) => ({ path: file.path, sha256: file.sha256, size: file.size, mode: modeText(file.mode) })),
    source: { ...facts.source },
    run: { ...facts.run },
    builder: { ...facts.builder },
    createdAt: facts.createdAt.toISOString(),
  };
  if (facts.lockfiles !== undefined && facts.lockfiles.length > 0) {
    manifest.lockfiles = [...facts.lockfiles].sort((a, b) => compareArchivePaths(a.path, b.path));
  }
  return manifest;
}

/** The manifest file's text: canonical JSON, no trailing newline (so the file's sha256 is the release id). */
export function serializeManifest(manifest: ReleaseManifest): string {
  return canonicalJson(manifest);
}

/** The release id: `sha256:` of the manifest's canonical JSON. */
export function releaseIdOf(manifest: ReleaseManifest): Sha256Digest {
  return sha256Digest(serializeManifest(manifest));
}

/**
 * `sha256:` of what the package holds, as the manifest lists it: the format and every file's path,
 * mode, size and sha256. The tar layout is a function of exactly these, so two builds with the
 * same content digest wrote the same files; if their package digests still differ, only the
 * compressor did (a Node upgrade that deflates differently), not the build.
 */
export function contentDigestOf(manifest: Pick<ReleaseManifest, 'package' | 'files'>): Sha256Digest {
  return sha256Digest(canonicalJson({ format: manifest.package.format, files: manifest.files }));
}

/** The package's file name: `<name>-<version>.tar.gz`. */
export function packageFileName(manifest: Pick<ReleaseManifest, 'name' | 'version'>): string {
  return `${manifest.name}-${manifest.version}.tar.gz`;
}

function modeText(mode: number): FileMode {
  if (mode === 0o755) return '0755';
  if (mode === 0o644) return '0644';
  throw new TypeError(`a packaged file has mode ${mode.toString(8)}; packages record only 0644 and 0755`);
}

/** The numeric mode of a manifest mode. */
export function modeNumber(mode: FileMode): number {
  return mode === '0755' ? 0o755 : 0o644;
}

/**
 * Reads a manifest fetched for a release: its text must hash to `releaseId` (the ledger's name for
 * it) and be a well-formed manifest. Checking the hash first means nothing in an altered manifest
 * is ever trusted, not even its file list.
 * @throws IntegrityError when the text does not hash to the release id, or is not a manifest
 */
export function readManifest(text: string, releaseId: Sha256Digest): ReleaseManifest {
  const found = sha256Digest(text);
  if (found !== releaseId) {
    throw new IntegrityError(`The manifest does not belong to release ${releaseId}: expected ${releaseId}, found ${found}. It was changed after the build or belongs to another release; fetch it again from the release's storage.`, releaseId, found);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new IntegrityError(`The manifest of release ${releaseId} is not JSON.`, undefined, undefined, { cause });
  }
  const problem = manifestProblem(value);
  if (problem !== undefined) throw new IntegrityError(`The manifest of release ${releaseId} is not a Stopline release manifest: ${problem}.`);
  return value as ReleaseManifest;
}

/** Why `value` is not a manifest this code can use, or undefined. Checks what promotion relies on: digests, sizes and paths. */
function manifestProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is not an object';
  if (value.schemaVersion !== MANIFEST_SCHEMA_VERSION) return `schemaVersion is ${JSON.stringify(value.schemaVersion)}, this Stopline reads ${MANIFEST_SCHEMA_VERSION}`;
  if (typeof value.name !== 'string' || typeof value.version !== 'string') return 'name or version is missing';
  const pkg = value.package;
  if (!isObject(pkg) || typeof pkg.digest !== 'string' || !isSha256Digest(pkg.digest) || !isSize(pkg.size)) return 'package.digest or package.size is missing or malformed';
  if (pkg.format !== PACKAGE_FORMAT) return `package.format is ${JSON.stringify(pkg.format)}, this Stopline reads ${PACKAGE_FORMAT}`;
  if (!Array.isArray(value.files)) return 'files is not a list';
  for (const [index, file] of value.files.entries()) {
    if (!isObject(file) || typeof file.path !== 'string' || typeof file.sha256 !== 'string' || !isSha256Hex(file.sha256) || !isSize(file.size) || (file.mode !== '0644' && file.mode !== '0755')) {
      return `files[${index}] is malformed`;
    }
    const pathProblem = archivePathProblem(file.path);
    if (pathProblem !== undefined) return `files[${index}].path "${file.path}" is unsafe: ${pathProblem}`;
  }
  const source = value.source;
  if (!isObject(source) || typeof source.repository !== 'string' || typeof source.commit !== 'string') return 'source.repository or source.commit is missing';
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

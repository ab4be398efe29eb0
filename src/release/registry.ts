/**
 * The release registry in the ledger (`state.releases`, keyed by release id): registering a build,
 * and the rule "build once". Pure: the caller runs these inside a ledger compare-and-swap update.
 *
 * Build once is keyed on (name, commit, package digest), never on the release id: the id hashes
 * the manifest, whose `createdAt` and run differ on every build, so two builds of the same bytes
 * always have different ids. A rebuild of the same name at the same commit with the same digest
 * (or the same files, see `contentDigest`) reuses the registered release; with other bytes it is a
 * conflict, unless rebuilds are allowed.
 */
import type { LedgerState, ReleaseRecord, ReleaseStorage } from '../state/state.js';
import { hexOf, type Sha256Digest } from './digest.js';
import { contentDigestOf, type ReleaseManifest } from './manifest.js';

/** The ledger's record of a release, from its manifest and where its files are stored. */
export function releaseRecordOf(manifest: ReleaseManifest, storage: ReleaseStorage): ReleaseRecord {
  return {
    name: manifest.name,
    version: manifest.version,
    sha: manifest.source.commit,
    digest: manifest.package.digest,
    createdAt: manifest.createdAt,
    repository: manifest.source.repository,
    size: manifest.package.size,
    contentDigest: contentDigestOf(manifest),
    storage,
  };
}

/** A registered release with its id. */
export interface RegisteredRelease {
  releaseId: string;
  record: ReleaseRecord;
}

/** The releases of `name` built from `commit`, newest first. */
export function buildsOf(state: LedgerState, name: string, commit: string): RegisteredRelease[] {
  return Object.entries(state.releases)
    .filter(([, record]) => record.name === name && record.sha === commit)
    .map(([releaseId, record]) => ({ releaseId, record }))
    .sort((a, b) => Date.parse(b.record.createdAt) - Date.parse(a.record.createdAt) || a.releaseId.localeCompare(b.releaseId));
}

/** What a new build is, against the releases already registered for its name and commit. */
export type BuildPlan =
  /** Nothing registered for this name and commit (or rebuilds are allowed): register the new release. */
  | { kind: 'register'; replaces?: RegisteredRelease }
  /**
   * The same bytes are registered: reuse that release. `samePackage` is false when only the
   * compressor differed (equal content digests, other package digests; src/release/README.md).
   */
  | { kind: 'reuse'; existing: RegisteredRelease; samePackage: boolean }
  /** Other bytes are registered for this commit and rebuilds are not allowed. */
  | { kind: 'conflict'; existing: RegisteredRelease };

/** The facts of a new build that decide its plan. */
export interface BuildCandidate {
  name: string;
  commit: string;
  digest: Sha256Digest;
  contentDigest: Sha256Digest;
}

/**
 * Decides what a build does. A reuse wins over anything else: when any registered release of
 * this name and commit has the same bytes, that one is reused even with `allowRebuild`, so a
 * re-run never registers a duplicate.
 */
export function planBuild(state: LedgerState, candidate: BuildCandidate, options: { allowRebuild: boolean }): BuildPlan {
  const builds = buildsOf(state, candidate.name, candidate.commit);
  const same = builds.find((build) => build.record.digest === candidate.digest);
  if (same) return { kind: 'reuse', existing: same, samePackage: true };
  const sameFiles = builds.find((build) => build.record.contentDigest === candidate.contentDigest);
  if (sameFiles) return { kind: 'reuse', existing: sameFiles, samePackage: false };
  const newest = builds[0];
  if (newest === undefined) return { kind: 'register' };
  return options.allowRebuild ? { kind: 'register', replaces: newest } : { kind: 'conflict', existing: newest };
}

/** The one message for a rebuild that gave other bytes (issue 5's wording, with the fix). */
export function rebuildConflictMessage(existing: RegisteredRelease, candidate: { name: string; commit: string; digest: string }): string {
  return (
    `this commit already has release ${existing.releaseId}; rebuilding gave different bytes ` +
    `(${candidate.name} at ${candidate.commit.slice(0, 7)}: registered package ${existing.record.digest}, this build ${candidate.digest}). ` +
    'The build is not reproducible: something in it depends on the time, the machine or the network (timestamps, ' +
    'unpinned dependencies, random ids). Make it deterministic, or set `allow-rebuild: true` to register the new bytes as another release of this commit.'
  );
}

/** The outcome of a registration, decided again on the state the compare-and-swap writes over. */
export type Registration = BuildPlan;

/**
 * The ledger change that registers a release: the plan is decided on the state given (so two
 * builds of one commit racing are serialized by the ledger, and the loser reuses or conflicts),
 * and only `register` changes the state.
 */
export function registerRelease(
  state: LedgerState,
  releaseId: string,
  record: ReleaseRecord,
  options: { allowRebuild: boolean },
): { state: LedgerState; result: Registration } {
  const plan = planBuild(
    state,
    { name: record.name, commit: record.sha, digest: record.digest as Sha256Digest, contentDigest: (record.contentDigest ?? '') as Sha256Digest },
    options,
  );
  if (plan.kind !== 'register') return { state, result: plan };
  return { state: { ...state, releases: { ...state.releases, [releaseId]: record } }, result: plan };
}

/** `sha256:0a1b2c3d4e5f…`: a digest shortened for sentences and tables (the full one is in the outputs). */
export function shortDigest(digest: string): string {
  return digest.startsWith('sha256:') ? `sha256:${hexOf(digest as Sha256Digest).slice(0, 12)}…` : digest;
}

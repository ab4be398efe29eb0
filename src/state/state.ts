/**
 * The ledger's content: everything Stopline must remember between runs, held in one `state.json`
 * on the ledger ref. Timestamps are ISO 8601 strings because the state is JSON on disk; the types
 * here are what every reader sees after `parseState` has validated and migrated the file.
 */

/** The schema version this build writes. Older files are migrated up to it; newer ones are refused. */
export const CURRENT_SCHEMA_VERSION = 1;

/** The commit that turned the line red, so the board can say who and which run. */
export interface FirstBad {
  sha: string;
  runId?: number;
  runUrl?: string;
  author?: string;
  /** The failing run's number ("run #812") and its workflow's name. */
  runNumber?: number;
  workflow?: string;
}

/** The conclusions of a workflow run that decide the line; the others leave it as it is. */
export type DecidingConclusion = 'success' | 'failure' | 'timed_out' | 'startup_failure';

/** One completed workflow run on the protected branch, as the line remembers it. */
export interface LineRun {
  runId: number;
  runNumber: number;
  runAttempt: number;
  sha: string;
  conclusion: DecidingConclusion;
  /** When the run completed. */
  at: string;
  url?: string;
  author?: string;
}

/**
 * What the line knows of one workflow's runs, so that events applied in any order give the same
 * line (src/lock/README.md): the newest run applied, and the current streak, i.e. the runs since
 * the newest run of the other outcome, oldest first (a bounded list).
 */
export interface WorkflowRuns {
  /** The newest run applied (highest run number, then attempt). */
  last: LineRun;
  /** Run number and attempt of the newest run applied whose outcome differs from `last`'s. */
  boundary?: { runNumber: number; runAttempt: number };
  /** The runs with `last`'s outcome after `boundary`, oldest first; `streak[0]` starts the streak. */
  streak: LineRun[];
}

/** Whether main is releasable ("stop the line" when it is not). */
export interface LineState {
  state: 'green' | 'red';
  /** When the line entered this state. */
  since: string;
  /** Only while red: the first failing commit. */
  firstBad?: FirstBad;
  /** Keyed by workflow name: the runs that decide the line. Absent in ledgers written before commit-lock. */
  workflows?: Record<string, WorkflowRuns>;
}

/** A freeze stops merges and promotions until it is lifted or `until` passes. */
export interface Freeze {
  id: string;
  reason: string;
  /** Who froze: a login, or the schedule's name. */
  by: string;
  since: string;
  until?: string;
  source: 'manual' | 'schedule';
}

/** The workflow run that holds a lease; a run attempt is a different owner. */
export interface LeaseOwner {
  runId: number;
  runAttempt: number;
  workflow?: string;
  actor?: string;
}

/** One deployment at a time per environment ("push lock"), with expiry and a fencing epoch. */
export interface Lease {
  owner: LeaseOwner;
  acquiredAt: string;
  expiresAt: string;
  /** Increases on every acquisition, so a stale holder can be told from the current one. */
  epoch: number;
  /**
   * The acquisition that took the lease (its waiter's ticket, see LeaseWaiter), so a holder whose
   * answer was lost, or whose `post:` never learnt the epoch, still recognises its own lease.
   * Absent in leases written before deploy queues.
   */
  ticket?: string;
}

/** A deploy waiting for an environment's lease (src/deploy/lease). */
export interface LeaseWaiter {
  owner: LeaseOwner;
  /** One acquisition: two jobs of one run attempt that deploy to one environment wait as two waiters. */
  ticket: string;
  enqueuedAt: string;
  /** Refreshed while the waiter polls; a waiter silent for too long is dropped from the line. */
  heartbeatAt: string;
}

/** An environment's line of waiting deploys (first come, first served) and its epoch counter. */
export interface LeaseQueue {
  /** In arrival order: `waiting[0]` takes the lease next. */
  waiting: LeaseWaiter[];
  /** The epoch of the last lease granted here, kept after its release so that epochs never repeat. */
  lastEpoch: number;
}

/** Which release runs in an environment, since when, and whether its checks passed. */
export interface EnvironmentPointer {
  releaseId: string;
  sha: string;
  version?: string;
  /** When the release was promoted here. */
  since: string;
  verified: boolean;
  /** When it was marked verified here (the soak of a later promotion counts from then). Absent in pointers written before promote. */
  verifiedAt?: string;
  /** The GitHub Deployment created for the promotion. */
  deploymentId?: number;
  /** Who promoted it: the login of the run's actor. */
  promotedBy?: string;
  /** The environment it was promoted from; absent when it was chosen by commit or by release id. */
  promotedFrom?: string;
  /** The workflow run that promoted it. */
  runUrl?: string;
  /** The release this one replaced here, if any: the audit trail of a rollback, and proof that no promotion was overwritten unseen. */
  previousReleaseId?: string;
}

/** One stored file of a release: a release asset, by id (its URL is `GET /repos/{owner}/{repo}/releases/assets/{id}`). */
export interface StoredAsset {
  id: number;
  name: string;
}

/**
 * Where a release's files are kept. The manifest and the provenance are always assets of a draft
 * GitHub release that Stopline owns (the manifest names the release, so it must outlive the
 * bytes); the package is one too with `release-assets`, and travels in an Actions artifact of the
 * building run with `artifact`.
 */
export interface ReleaseStorage {
  kind: 'release-assets' | 'artifact';
  /** The draft GitHub release holding the assets (its numeric id). */
  githubReleaseId: number;
  manifest: StoredAsset;
  provenance: StoredAsset;
  /** `release-assets` only. */
  package?: StoredAsset;
}

/**
 * A built release, keyed by its release id (`sha256:` of its manifest), that promotions move
 * between environments. The manifest itself is not kept here (10,000 files make ~1 MB, and every
 * ledger write rewrites the whole state): `storage` says where it is.
 */
export interface ReleaseRecord {
  name: string;
  version: string;
  /** The commit it was built from. */
  sha: string;
  /** Content digest of the release bytes, e.g. `sha256:…`. */
  digest: string;
  createdAt: string;
  /** Written by early ledgers only; Stopline keeps the manifest in `storage`. */
  manifest?: unknown;
  /** owner/name of the repository it was built from. */
  repository?: string;
  /** The package's size in bytes. */
  size?: number;
  /** `sha256:` of the package format and file list (src/release/manifest.ts contentDigestOf): the same files, whatever the compressor. */
  contentDigest?: string;
  storage?: ReleaseStorage;
  /** Environment → when the release was first verified there (a rollback target must have been). */
  verified?: Record<string, string>;
}

/** The whole ledger content at the current schema version. */
export interface LedgerState {
  schemaVersion: number;
  line: LineState;
  freezes: Freeze[];
  /** Keyed by environment name. */
  leases: Record<string, Lease>;
  /** Keyed by environment name: deploys waiting for its lease. Absent in ledgers written before deploy queues. */
  leaseQueues?: Record<string, LeaseQueue>;
  /** Keyed by environment name. */
  environments: Record<string, EnvironmentPointer>;
  /** Keyed by release id. */
  releases: Record<string, ReleaseRecord>;
}

/** The state of a ledger that has never been written: a green line, nothing frozen, leased or deployed. */
export function emptyState(now: Date): LedgerState {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    line: { state: 'green', since: now.toISOString() },
    freezes: [],
    leases: {},
    environments: {},
    releases: {},
  };
}

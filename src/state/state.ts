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
}

/** Whether main is releasable ("stop the line" when it is not). */
export interface LineState {
  state: 'green' | 'red';
  /** When the line entered this state. */
  since: string;
  /** Only while red: the first failing commit. */
  firstBad?: FirstBad;
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
}

/** Which release runs in an environment, since when, and whether its checks passed. */
export interface EnvironmentPointer {
  releaseId: string;
  sha: string;
  version?: string;
  since: string;
  verified: boolean;
  deploymentId?: number;
}

/** A built release, addressed by content digest, that promotions move between environments. */
export interface ReleaseRecord {
  name: string;
  version: string;
  sha: string;
  /** Content digest of the release bytes, e.g. `sha256:…`. */
  digest: string;
  createdAt: string;
  manifest?: unknown;
}

/** The whole ledger content at the current schema version. */
export interface LedgerState {
  schemaVersion: number;
  line: LineState;
  freezes: Freeze[];
  /** Keyed by environment name. */
  leases: Record<string, Lease>;
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

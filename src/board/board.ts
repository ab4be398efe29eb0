/**
 * The board: what the ledger says about the delivery line right now. Pure: it takes the ledger
 * state, the freezes schedule and the current time, and decides which freezes and leases are in
 * force (both carry times, so "held" and "active" depend on when you look). Scheduled freezes are
 * applied in memory, as commit-lock's `check` applies them, so the board is right about a window
 * that started since the last scheduled run of commit-lock.
 */
import { activeFreezes, isFreezeActive, lineVerdict, reconcileScheduledFreezes, type FreezeSchedule, type LineVerdict } from '../lock/index.js';
import type { LedgerState } from '../state/state.js';

type Freeze = LedgerState['freezes'][number];
type Lease = LedgerState['leases'][string];
type Pointer = LedgerState['environments'][string];

export interface BoardLease extends Lease {
  environment: string;
  /** Past its expiry: any new run may take it over. */
  expired: boolean;
  /** Deploys waiting in line for this environment (first come, first served). */
  waiting: number;
}

export interface BoardEnvironment extends Pointer {
  name: string;
  /** The release's package digest, from the release registry (when the release is registered). */
  digest?: string;
}

export interface Board {
  /** What stops a merge: red line, an active freeze, both, or nothing. */
  overall: 'green' | 'red' | 'frozen' | 'red-and-frozen';
  /** commit-lock's verdict: state (red wins over frozen), reason, since, first bad commit. */
  verdict: LineVerdict;
  line: LedgerState['line'];
  activeFreezes: Freeze[];
  /** Freezes whose `until` has passed: shown for the record, not in force. */
  endedFreezes: Freeze[];
  leases: BoardLease[];
  environments: BoardEnvironment[];
  releases: number;
}

export interface BoardOptions {
  /** The freezes file as the protected branch holds it. */
  schedule?: FreezeSchedule;
  /** The protected branch, named in the verdict's reason; default `main`. */
  branch?: string;
}

/** Builds the board from the ledger state as of `now`. */
export function buildBoard(ledgerState: LedgerState, now: Date, options: BoardOptions = {}): Board {
  const state = reconcileScheduledFreezes(ledgerState, options.schedule, now).state;
  const verdict = lineVerdict(state, now, { branch: options.branch ?? 'main', timeZone: options.schedule?.freezes[0]?.timeZone ?? 'UTC' });
  const active = activeFreezes(state, now);
  // From the ledger as written: reconciling drops manual freezes that ended, which the board still shows.
  const endedFreezes = ledgerState.freezes.filter((f) => !isFreezeActive(f, now) && Date.parse(f.since) <= now.getTime());
  const leases = Object.entries(state.leases)
    .map(([environment, lease]) => ({ ...lease, environment, expired: Date.parse(lease.expiresAt) <= now.getTime(), waiting: state.leaseQueues?.[environment]?.waiting.length ?? 0 }))
    .sort((a, b) => a.environment.localeCompare(b.environment));
  const environments = Object.entries(state.environments)
    .map(([name, pointer]) => {
      const digest = state.releases[pointer.releaseId]?.digest;
      return { ...pointer, name, ...(digest ? { digest } : {}) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const red = state.line.state === 'red';
  const frozen = active.length > 0;
  const overall = red && frozen ? 'red-and-frozen' : red ? 'red' : frozen ? 'frozen' : 'green';
  return { overall, verdict, line: state.line, activeFreezes: active, endedFreezes, leases, environments, releases: Object.keys(state.releases).length };
}

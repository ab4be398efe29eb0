/**
 * The board: what the ledger says about the delivery line right now. Pure: it takes the ledger
 * state and the current time, and decides which freezes and leases are still in force (both carry
 * expiry times, so "held" and "active" depend on when you look).
 */
import type { LedgerState } from '../state/state.js';

type Freeze = LedgerState['freezes'][number];
type Lease = LedgerState['leases'][string];
type Pointer = LedgerState['environments'][string];

export interface BoardLease extends Lease {
  environment: string;
  /** Past its expiry: any new run may take it over. */
  expired: boolean;
}

export interface BoardEnvironment extends Pointer {
  name: string;
}

export interface Board {
  /** What stops a merge: red line, an active freeze, both, or nothing. */
  overall: 'green' | 'red' | 'frozen' | 'red-and-frozen';
  line: LedgerState['line'];
  activeFreezes: Freeze[];
  /** Freezes whose `until` has passed: shown for the record, not in force. */
  endedFreezes: Freeze[];
  leases: BoardLease[];
  environments: BoardEnvironment[];
  releases: number;
}

/** True when the freeze is in force at `now`. */
export function isFreezeActive(freeze: Freeze, now: Date): boolean {
  if (Date.parse(freeze.since) > now.getTime()) return false;
  return freeze.until === undefined || Date.parse(freeze.until) > now.getTime();
}

/** Builds the board from the ledger state as of `now`. */
export function buildBoard(state: LedgerState, now: Date): Board {
  const activeFreezes = state.freezes.filter((f) => isFreezeActive(f, now));
  const endedFreezes = state.freezes.filter((f) => !isFreezeActive(f, now) && Date.parse(f.since) <= now.getTime());
  const leases = Object.entries(state.leases)
    .map(([environment, lease]) => ({ ...lease, environment, expired: Date.parse(lease.expiresAt) <= now.getTime() }))
    .sort((a, b) => a.environment.localeCompare(b.environment));
  const environments = Object.entries(state.environments)
    .map(([name, pointer]) => ({ ...pointer, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const red = state.line.state === 'red';
  const frozen = activeFreezes.length > 0;
  const overall = red && frozen ? 'red-and-frozen' : red ? 'red' : frozen ? 'frozen' : 'green';
  return { overall, line: state.line, activeFreezes, endedFreezes, leases, environments, releases: Object.keys(state.releases).length };
}

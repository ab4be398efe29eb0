/**
 * Manual freezes: a person stops merges for a reason, optionally until a time. A freeze is
 * independent of the line's color: it never releases a red line, and going green never lifts it.
 * Scheduled freezes come from the freezes file instead (schedule.ts, reconcile.ts).
 */
import { ConfigurationError } from '../runtime/errors.js';
import type { Freeze, LedgerState } from '../state/state.js';

/** True when the freeze is in force at `now`: started, and not past its `until`. */
export function isFreezeActive(freeze: Freeze, now: Date): boolean {
  if (Date.parse(freeze.since) > now.getTime()) return false;
  return freeze.until === undefined || Date.parse(freeze.until) > now.getTime();
}

/** The freezes in force at `now`, earliest first. */
export function activeFreezes(state: LedgerState, now: Date): Freeze[] {
  return state.freezes.filter((freeze) => isFreezeActive(freeze, now)).sort((a, b) => Date.parse(a.since) - Date.parse(b.since) || a.id.localeCompare(b.id));
}

/** A request to freeze (the `lock` command). */
export interface FreezeRequest {
  /** Why; shown on every waiting change ("release 2.4 going out"). */
  reason: string;
  /** Who: a login (the actor of the run). */
  by: string;
  /** When it lifts by itself; absent: until someone unfreezes. Must be after `now`. */
  until?: Date;
  now: Date;
}

/** The state with the new freeze, and the freeze itself. */
export interface FreezeResult {
  state: LedgerState;
  freeze: Freeze;
  /** True when the same person's freeze for the same reason was already in force (see `freeze`). */
  repeated: boolean;
}

/** `manual-20261121T140200Z`: readable, sortable, and the same on every retry of the same run. */
function manualId(state: LedgerState, now: Date): string {
  const base = `manual-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`;
  const taken = new Set(state.freezes.map((freeze) => freeze.id));
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Adds a manual freeze starting at `now`. Several freezes may hold at once; each lifts on its own.
 * The same person freezing again for the same reason while that freeze holds (a re-run of a
 * step killed after it froze, or a second click) is that freeze again: it keeps its id and start,
 * takes the new `until`, and no second freeze is added.
 *
 * @throws ConfigurationError when the reason is empty or `until` is not after `now`
 */
export function freeze(state: LedgerState, request: FreezeRequest): FreezeResult {
  const reason = request.reason.trim();
  if (reason === '') {
    throw new ConfigurationError("input 'reason' is empty; say why merges stop, e.g. reason: \"release 2.4 going out\"");
  }
  if (request.until !== undefined && !(request.until.getTime() > request.now.getTime())) {
    throw new ConfigurationError(
      `input 'until' (${request.until.toISOString()}) is not in the future (now is ${request.now.toISOString()}); give a later time, or leave it out to freeze until unlocked`,
    );
  }
  const same = state.freezes.find((candidate) => candidate.source === 'manual' && candidate.by === request.by && candidate.reason === reason && isFreezeActive(candidate, request.now));
  if (same !== undefined) {
    const { until: _until, ...rest } = same;
    const again: Freeze = request.until === undefined ? rest : { ...rest, until: request.until.toISOString() };
    return { state: { ...state, freezes: state.freezes.map((candidate) => (candidate === same ? again : candidate)) }, freeze: again, repeated: true };
  }
  const created: Freeze = {
    id: manualId(state, request.now),
    reason,
    by: request.by,
    since: request.now.toISOString(),
    source: 'manual',
  };
  if (request.until !== undefined) created.until = request.until.toISOString();
  return { state: { ...state, freezes: [...state.freezes, created] }, freeze: created, repeated: false };
}

/** A request to end manual freezes (the `unlock` command). */
export interface UnfreezeRequest {
  by: string;
  reason?: string;
  /** End only this freeze; absent: every manual freeze. */
  id?: string;
  now: Date;
}

/** The state without the ended freezes, what ended, and what still holds. */
export interface UnfreezeResult {
  state: LedgerState;
  ended: Freeze[];
  /** Freezes still in force at `now` (scheduled ones, or other manual ones when `id` was given). */
  remaining: Freeze[];
  /** One sentence for the ledger history and the summary. */
  message: string;
}

/**
 * Ends manual freezes: the one named by `id`, or all of them. Scheduled freezes are not ended here:
 * they follow the freezes file, so ending one by hand would only last until the next reconcile.
 * Nothing to end is not an error (`ended` is empty and the message says so).
 *
 * @throws ConfigurationError when `id` names no freeze, or a scheduled one
 */
export function unfreeze(state: LedgerState, request: UnfreezeRequest): UnfreezeResult {
  let ended: Freeze[];
  if (request.id !== undefined) {
    const target = state.freezes.find((candidate) => candidate.id === request.id);
    if (!target) {
      const ids = state.freezes.map((candidate) => candidate.id);
      throw new ConfigurationError(
        `no freeze has id '${request.id}'; ${ids.length > 0 ? `the freezes are: ${ids.join(', ')}` : 'nothing is frozen'}`,
      );
    }
    if (target.source === 'schedule') {
      throw new ConfigurationError(
        `freeze '${request.id}' comes from the freezes file (.github/stopline/freezes.yml); remove or change it there to end it`,
      );
    }
    ended = [target];
  } else {
    ended = state.freezes.filter((candidate) => candidate.source === 'manual');
  }
  const endedIds = new Set(ended.map((candidate) => candidate.id));
  const next: LedgerState = { ...state, freezes: state.freezes.filter((candidate) => !endedIds.has(candidate.id)) };
  const remaining = activeFreezes(next, request.now);
  const why = request.reason?.trim() ? `: ${request.reason.trim()}` : '';
  const still = remaining.length > 0 ? `; still frozen by ${remaining.map((candidate) => candidate.id).join(', ')}` : '';
  const message =
    ended.length === 0
      ? `nothing to unfreeze: no manual freeze holds${still}`
      : `unfrozen by @${request.by} (${ended.map((candidate) => candidate.id).join(', ')})${why}${still}`;
  return { state: next, ended, remaining, message };
}

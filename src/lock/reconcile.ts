/**
 * Brings the ledger's freezes in line with the clock: scheduled freezes exactly as the freezes file
 * says for `now`, and manual freezes without those whose `until` has passed. Run it before judging
 * a change and on a timer (a `schedule:` workflow), so freezes start and end on time and the
 * changes that waited for a freeze are released when it ends.
 */
import type { Freeze, LedgerState } from '../state/state.js';
import { isFreezeActive } from './freezes.js';
import type { FreezeSchedule } from './parse-schedule.js';
import { activeScheduledFreezes, type ScheduledWindow } from './schedule.js';

/** What reconciling changed. */
export interface ReconcileResult {
  state: LedgerState;
  /** Scheduled windows that started (or were added to the file) and are now in the ledger. */
  added: Freeze[];
  /** Scheduled freezes that ended, or that the file no longer has. */
  removed: Freeze[];
  /** Scheduled freezes whose reason or end the file changed (same window). */
  updated: Freeze[];
  /** Manual freezes whose `until` has passed. */
  expired: Freeze[];
  /** Whether the ledger's freezes differ from before. */
  changed: boolean;
  /**
   * This reconcile removed the last freeze the ledger held (listed and started, even if past its
   * end): nothing is frozen now, so changes that waited for the freeze can be released.
   */
  lifted: boolean;
  /** No freeze was in force at `now` before (by the old state), one is now: re-mark open changes as waiting. */
  started: boolean;
}

function freezeOf(window: ScheduledWindow): Freeze {
  return { id: window.id, reason: window.reason, by: window.name, since: window.start, until: window.end, source: 'schedule' };
}

const sameFreeze = (a: Freeze, b: Freeze): boolean =>
  a.reason === b.reason && a.by === b.by && a.since === b.since && a.until === b.until && a.source === b.source;

/**
 * Returns the state whose `source: 'schedule'` freezes are exactly the windows of `schedule` in
 * force at `now` (pass undefined or an empty schedule when there is no freezes file: every
 * scheduled freeze is removed), and whose manual freezes are the ones not yet expired. Order:
 * manual freezes keep theirs; scheduled ones follow, earliest start first.
 *
 * `lifted` counts a freeze as held while it is still listed in the ledger, even past its end:
 * changes that were told to wait are only released by whoever removes it, so the caller releases
 * them when `lifted` is true and lineVerdict(result.state, now) is not locked.
 */
export function reconcileScheduledFreezes(state: LedgerState, schedule: FreezeSchedule | undefined, now: Date): ReconcileResult {
  const wanted = new Map((schedule ? activeScheduledFreezes(schedule, now) : []).map((window) => [window.id, freezeOf(window)]));
  const added: Freeze[] = [];
  const removed: Freeze[] = [];
  const updated: Freeze[] = [];
  const expired: Freeze[] = [];
  const manual: Freeze[] = [];
  const scheduled: Freeze[] = [];
  for (const existing of state.freezes) {
    if (existing.source === 'manual') {
      if (existing.until !== undefined && Date.parse(existing.until) <= now.getTime()) expired.push(existing);
      else manual.push(existing);
      continue;
    }
    const wish = wanted.get(existing.id);
    if (!wish) removed.push(existing);
  }
  for (const wish of wanted.values()) {
    const existing = state.freezes.find((candidate) => candidate.id === wish.id && candidate.source === 'schedule');
    if (!existing) added.push(wish);
    else if (!sameFreeze(existing, wish)) updated.push(wish);
    scheduled.push(wish);
  }
  const next: LedgerState = { ...state, freezes: [...manual, ...scheduled] };
  const frozenBefore = state.freezes.some((candidate) => isFreezeActive(candidate, now));
  const heldBefore = state.freezes.some((candidate) => Date.parse(candidate.since) <= now.getTime());
  const frozenAfter = next.freezes.some((candidate) => isFreezeActive(candidate, now));
  const changed = added.length + removed.length + updated.length + expired.length > 0;
  return {
    state: changed ? next : state,
    added,
    removed,
    updated,
    expired,
    changed,
    lifted: heldBefore && !frozenAfter && changed,
    started: !frozenBefore && frozenAfter,
  };
}

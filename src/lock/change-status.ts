/**
 * The `stopline/commit-lock` commit status of one change (context: COMMIT_LOCK_CONTEXT in
 * ./github/bulk-statuses.ts), which branch protection requires. A blocked pull request gets
 * `pending` (it waits, and turns `success` by itself when the line clears, flutter/flutter#106916);
 * a blocked merge group gets `failure`, because the merge queue must not merge it and cannot wait.
 */
import { fitStatusDescription } from '../github/statuses.js';
import type { Freeze } from '../state/state.js';
import type { Exemption } from './exemption.js';
import { shortSha } from './run-event.js';
import type { LineVerdict } from './verdict.js';
import { shortTime } from './zoned-time.js';

/** What a change is judged for. */
export interface ChangeStatusOptions {
  event: 'pull_request' | 'merge_group';
  /** Exemptions the change has (decideExemption, decideFreezeExemption); each lifts its own cause. */
  exempt?: Exemption | readonly Exemption[];
}

/** A commit status, ready for setCommitStatus (the description already fits 140 characters). */
export interface ChangeStatus {
  state: 'success' | 'pending' | 'failure';
  description: string;
}

// A freeze reason is the user's text; cut it so the rest of the description survives the limit.
const REASON_LIMIT = 40;

function cut(text: string, limit: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= limit ? chars.join('') : `${chars.slice(0, limit - 1).join('')}…`;
}

/** `reverts a1b2c3d`, `stopline:fix by @ana`, `stopline:freeze-exempt by @lead`. */
function describeExemption(exemption: Exemption): string {
  if (exemption.kind === 'revert') return `reverts ${exemption.revertedShas.map(shortSha).join(', ')}`;
  return `${exemption.label} by @${exemption.addedBy}`;
}

/** The freeze that holds longest: the one whose end the change actually waits for. */
function bindingFreeze(freezes: readonly Freeze[]): Freeze {
  return [...freezes].sort((a, b) => {
    const end = (freeze: Freeze) => (freeze.until === undefined ? Infinity : Date.parse(freeze.until));
    return end(b) - end(a);
  })[0]!;
}

/**
 * The status for a change given the line's verdict: `success` when the line is green and nothing
 * is frozen, or when every cause that blocks it is lifted by an exemption (a red-line exemption
 * lifts red only, a freeze exemption lifts freezes only); otherwise `pending` for a pull request
 * and `failure` for a merge group. Descriptions read like
 * "main red since 14:02 UTC (a1b2c3d, run #812); waiting",
 * "main frozen until Mon 08:00 UTC (release freeze); waiting", "exempt: reverts a1b2c3d",
 * "main green".
 */
export function changeStatus(verdict: LineVerdict, options: ChangeStatusOptions): ChangeStatus {
  const exemptions: readonly Exemption[] = options.exempt === undefined ? [] : Array.isArray(options.exempt) ? options.exempt : [options.exempt as Exemption];
  const redExemption = exemptions.find((exemption) => exemption.lifts === 'red');
  const freezeExemption = exemptions.find((exemption) => exemption.lifts === 'freeze');
  const blockedByRed = verdict.red && !redExemption;
  const blockedByFreeze = verdict.frozen && !freezeExemption;
  const asOf = new Date(verdict.asOf);
  const used = [verdict.red ? redExemption : undefined, verdict.frozen ? freezeExemption : undefined].filter(
    (exemption): exemption is Exemption => exemption !== undefined,
  );

  if (!blockedByRed && !blockedByFreeze) {
    if (used.length === 0) return { state: 'success', description: fitStatusDescription(`${verdict.branch} green`) };
    return { state: 'success', description: fitStatusDescription(`exempt: ${used.map(describeExemption).join('; ')}`) };
  }

  const causes: string[] = [];
  if (blockedByRed) {
    const bad = verdict.firstBad;
    const run = bad?.runNumber !== undefined ? `, run #${bad.runNumber}` : '';
    const details = bad ? ` (${shortSha(bad.sha)}${run})` : '';
    causes.push(`red since ${shortTime(verdict.since, asOf, verdict.timeZone)}${details}`);
  }
  if (blockedByFreeze) {
    const binding = bindingFreeze(verdict.freezes);
    const more = verdict.freezes.length > 1 ? ` +${verdict.freezes.length - 1} more` : '';
    const until = verdict.frozenUntil ? ` until ${shortTime(verdict.frozenUntil, asOf, verdict.timeZone)}` : '';
    causes.push(`frozen${until} (${cut(binding.reason, REASON_LIMIT)}${more})`);
  }
  const waiting = options.event === 'pull_request' ? 'waiting' : 'blocked; queue again when clear';
  const partly = used.length > 0 ? `; exempt: ${used.map(describeExemption).join('; ')}` : '';
  return {
    state: options.event === 'pull_request' ? 'pending' : 'failure',
    description: fitStatusDescription(`${verdict.branch} ${causes.join(' and ')}; ${waiting}${partly}`),
  };
}

import { sortKeys } from '../runtime/canonical-json.js';
import type { LedgerState } from './state.js';

/**
 * Canonical `state.json` text: sorted keys, two-space indent, trailing newline. Canonical so that
 * the ledger's git history (its audit log) shows only real changes as diffs, and so that two states
 * are equal exactly when their texts are.
 */
export function serializeState(state: LedgerState): string {
  return `${JSON.stringify(sortKeys(state), null, 2)}\n`;
}

/** Whether two states would be written identically: the ledger skips such no-op commits. */
export function sameState(a: LedgerState, b: LedgerState): boolean {
  return serializeState(a) === serializeState(b);
}

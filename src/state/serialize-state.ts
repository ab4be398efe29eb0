import type { LedgerState } from './state.js';

/** A copy of `value` with every object's keys in code-point order, so equal data prints equally. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      // Dropped here as JSON.stringify would, so the key order is decided on what is printed.
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}

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

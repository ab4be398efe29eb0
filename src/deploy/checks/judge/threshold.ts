/**
 * The threshold judge: `max` and `min` hold for every sample after the deploy; `max-increase`
 * holds the median of the step's samples against the median of the baseline. Medians, because a
 * single slow scrape should not roll back a deploy (that is what `max` is for) and a baseline
 * with one spike should not loosen the bound.
 */
import type { CheckSpec } from '../checks-file.js';
import { formatChange, formatValue } from '../format-number.js';
import { median } from '../sample.js';
import type { CheckNumbers, Classification } from './verdict.js';

export interface JudgedNumbers {
  classification: Exclude<Classification, 'no-data' | 'error'>;
  reason: string;
  numbers: Omit<CheckNumbers, 'samples'>;
}

/** `max`/`min` on every sample; undefined when neither is set or every sample is inside. */
export function absoluteBounds(check: CheckSpec, current: readonly number[]): JudgedNumbers | undefined {
  if (check.max !== undefined) {
    const above = current.filter((value) => value > check.max!);
    if (above.length > 0) {
      const worst = Math.max(...above);
      return {
        classification: 'high',
        reason: `${above.length} of ${current.length} samples above max ${formatValue(check.max)} (worst ${formatValue(worst)})`,
        numbers: { current: worst, bound: check.max, boundKind: 'max' },
      };
    }
  }
  if (check.min !== undefined) {
    const below = current.filter((value) => value < check.min!);
    if (below.length > 0) {
      const worst = Math.min(...below);
      return {
        classification: 'low',
        reason: `${below.length} of ${current.length} samples below min ${formatValue(check.min)} (lowest ${formatValue(worst)})`,
        numbers: { current: worst, bound: check.min, boundKind: 'min' },
      };
    }
  }
  return undefined;
}

/** The bounds `max-increase` allows around a baseline: [lower, upper], open on the good side. */
export function allowedRange(check: CheckSpec, baseline: number): [number, number] {
  const change = check.maxIncrease!;
  const room = change.kind === 'relative' ? Math.abs(baseline) * change.fraction : change.amount;
  return [check.direction === 'increase' ? -Infinity : baseline - room, check.direction === 'decrease' ? Infinity : baseline + room];
}

export function relativeChange(baseline: number, current: number): number | undefined {
  return baseline === 0 ? undefined : (current - baseline) / Math.abs(baseline);
}

/**
 * Judges with `max`, `min` and `max-increase`. The caller has checked that there are current
 * samples, and baseline samples when `max-increase` is set.
 */
export function judgeThreshold(check: CheckSpec, baseline: readonly number[], current: readonly number[]): JudgedNumbers {
  const violation = absoluteBounds(check, current);
  const now = median(current);
  const before = baseline.length > 0 ? median(baseline) : undefined;
  const context = before === undefined ? {} : { baseline: before, change: relativeChange(before, now) };
  if (violation) return { ...violation, numbers: { ...context, ...violation.numbers } };

  if (check.maxIncrease && before !== undefined) {
    const [lower, upper] = allowedRange(check, before);
    const change = check.maxIncrease.kind === 'relative' ? `${check.maxIncrease.text}` : `${formatValue(check.maxIncrease.amount)}`;
    const numbers = { ...context, current: now };
    if (now > upper) {
      return {
        classification: 'high',
        reason: `median ${formatValue(now)} is above ${formatValue(upper)}, the baseline median ${formatValue(before)} + ${change} (${formatChange(context.change)})`,
        numbers: { ...numbers, bound: upper, boundKind: 'max-increase' },
      };
    }
    if (now < lower) {
      return {
        classification: 'low',
        reason: `median ${formatValue(now)} is below ${formatValue(lower)}, the baseline median ${formatValue(before)} − ${change} (${formatChange(context.change)})`,
        numbers: { ...numbers, bound: lower, boundKind: 'max-increase' },
      };
    }
    const bound = check.direction === 'decrease' ? lower : upper;
    return {
      classification: 'pass',
      reason: `median ${formatValue(now)} within ${check.direction === 'either' ? `${formatValue(lower)}…${formatValue(upper)}` : formatValue(bound)} (baseline median ${formatValue(before)} ${check.direction === 'decrease' ? '−' : check.direction === 'increase' ? '+' : '±'} ${change})${boundsNote(check, current)}`,
      numbers: { ...numbers, bound, boundKind: 'max-increase' },
    };
  }
  const bound = check.max ?? check.min;
  return {
    classification: 'pass',
    reason: `all ${current.length} samples ${boundParts(check).join(' and ')} (median ${formatValue(now)})`,
    numbers: { ...context, current: now, ...(bound === undefined ? {} : { bound, boundKind: check.max !== undefined ? 'max' : 'min' }) },
  };
}

function boundParts(check: CheckSpec): string[] {
  const parts: string[] = [];
  if (check.max !== undefined) parts.push(`≤ max ${formatValue(check.max)}`);
  if (check.min !== undefined) parts.push(`≥ min ${formatValue(check.min)}`);
  return parts;
}

function boundsNote(check: CheckSpec, current: readonly number[]): string {
  const parts = boundParts(check);
  return parts.length === 0 ? '' : `; all ${current.length} samples ${parts.join(' and ')}`;
}

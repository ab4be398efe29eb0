/**
 * Judges one check at one look of a step: picks the judge, applies `max`/`min` to every sample
 * whichever judge runs, and turns a look without data (or with a failed measurement) into the
 * check's `no-data` policy.
 */
import type { CheckSpec } from '../checks-file.js';
import { formatValue } from '../format-number.js';
import { finiteValues, median, type Sample } from '../sample.js';
import { independentSamples } from '../sampling.js';
import { judgeMannWhitney } from './mann-whitney.js';
import { absoluteBounds, judgeThreshold, relativeChange, type JudgedNumbers } from './threshold.js';
import { isMeasurementError, type CheckNumbers, type CheckResult, type MeasurementError } from './verdict.js';

/** Where in the step this look is. */
export interface LookContext {
  /** 1-based; `looks + 1` for the one extension `no-data: inconclusive` may add. */
  look: number;
  /** Looks planned for the step (the `samples` input). */
  looks: number;
  /** Two-sided significance level of the rank test at this look, after the repeated-looks correction. */
  alpha: number;
}

function needsBaseline(check: CheckSpec): boolean {
  return check.judge === 'mann-whitney' || check.maxIncrease !== undefined;
}

/**
 * The verdict of `check` at `look`, from the pre-deploy samples and this step's samples so far
 * (or the error that stopped them being read).
 */
export function judgeCheck(
  check: CheckSpec,
  baselineSamples: readonly Sample[],
  current: readonly Sample[] | MeasurementError,
  look: LookContext,
): CheckResult {
  const base = { name: check.name, critical: check.critical, judge: check.judge, look: look.look };
  const lastLook = look.look >= look.looks;
  const extension = look.look > look.looks;
  if (isMeasurementError(current)) {
    // A measurement that failed never passes (argo-rollouts#4479): wait, then fail at the end.
    return {
      ...base,
      verdict: lastLook ? 'fail' : 'inconclusive',
      classification: 'error',
      reason: `could not be measured: ${current.error}`,
      numbers: { samples: { baseline: baselineSamples.length, current: 0, dropped: 0 } },
      settled: lastLook,
    };
  }
  const baselineAll = finiteValues(baselineSamples);
  const currentAll = finiteValues(current);
  const dropped = baselineSamples.length - baselineAll.length + (current.length - currentAll.length);
  const missing =
    currentAll.length === 0 ? 'no samples since the step began' : needsBaseline(check) && baselineAll.length === 0 ? 'no baseline samples before the deploy' : undefined;
  if (missing) {
    const samples = { baseline: baselineAll.length, current: currentAll.length, dropped };
    const numbers: CheckNumbers = { samples };
    if (baselineAll.length > 0) numbers.baseline = median(baselineAll);
    const why = `${missing}${dropped > 0 ? ` (${dropped} NaN or infinite samples left out, e.g. 0/0 without traffic)` : ''}`;
    if (!lastLook) return { ...base, verdict: 'inconclusive', classification: 'no-data', reason: `${why}; waiting`, numbers, settled: false };
    if (check.noData === 'pass') return { ...base, verdict: 'pass', classification: 'no-data', reason: `${why}; passes by \`no-data: pass\``, numbers, settled: true };
    if (check.noData === 'fail' || extension) {
      const policy = check.noData === 'fail' ? '`no-data: fail`' : '`no-data: inconclusive`, still no data after the extra interval';
      return { ...base, verdict: 'fail', classification: 'no-data', reason: `${why}; fails by ${policy}`, numbers, settled: true };
    }
    return {
      ...base,
      verdict: 'inconclusive',
      classification: 'no-data',
      reason: `${why}; \`no-data: inconclusive\` extends the step by one interval`,
      numbers,
      settled: false,
      extend: true,
    };
  }

  let judged: JudgedNumbers;
  let spacingMs: number | undefined;
  let counts = { baseline: baselineAll.length, current: currentAll.length };
  if (check.judge === 'threshold') {
    judged = judgeThreshold(check, baselineAll, currentAll);
  } else {
    const violation = absoluteBounds(check, currentAll);
    if (violation) {
      const before = median(baselineAll);
      judged = { ...violation, numbers: { baseline: before, change: relativeChange(before, median(currentAll)), ...violation.numbers } };
    } else {
      // The rank test needs independent samples: thin overlapping windows (see sampling.ts).
      const before = finiteValues(independentSamples(baselineSamples, check.windowMs));
      const after = finiteValues(independentSamples(current, check.windowMs));
      if (check.windowMs && (before.length < baselineAll.length || after.length < currentAll.length)) spacingMs = check.windowMs;
      counts = { baseline: before.length, current: after.length };
      judged = judgeMannWhitney(check, before, after, look.alpha);
    }
  }
  const failed = judged.classification !== 'pass';
  const numbers: CheckNumbers = { ...judged.numbers, samples: { ...counts, dropped, ...(spacingMs ? { spacingMs } : {}) } };
  return {
    ...base,
    verdict: failed ? 'fail' : 'pass',
    classification: judged.classification,
    reason: spacingMs ? `${judged.reason} (samples ${formatValue(spacingMs / 1000)}s apart: the query's windows overlap)` : judged.reason,
    numbers,
    // A failure stands (the sequential test has rejected); a pass is provisional until the end.
    settled: failed || lastLook,
  };
}

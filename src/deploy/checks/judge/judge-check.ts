/**
 * Judges one check at one look of a step: picks the judge, applies `max`/`min` to every sample
 * whichever judge runs (to the step's proportion for `judge: proportion`), and turns a look
 * without data (or with a failed measurement) into the check's `no-data` policy.
 */
import type { CheckSpec } from '../checks-file.js';
import { countWindows, isCountSeries, type CheckSamples, type CountSeries } from '../counts.js';
import { formatValue } from '../format-number.js';
import { finiteValues, median, type Sample } from '../sample.js';
import { independentSamples } from '../sampling.js';
import { judgeMannWhitney } from './mann-whitney.js';
import { judgeProportion } from './proportion.js';
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

/** Whether the check compares with the pre-deploy baseline (and so needs one). */
export function needsBaseline(check: CheckSpec): boolean {
  return check.judge === 'mann-whitney' || check.judge === 'proportion' || check.maxIncrease !== undefined;
}

type ResultBase = Pick<CheckResult, 'name' | 'critical' | 'judge' | 'look'>;

/** A measurement that failed never passes (argo-rollouts#4479): wait, then fail at the end. */
function notMeasured(base: ResultBase, look: LookContext, error: string, baselineCount: number): CheckResult {
  const lastLook = look.look >= look.looks;
  return {
    ...base,
    verdict: lastLook ? 'fail' : 'inconclusive',
    classification: 'error',
    reason: `could not be measured: ${error}`,
    numbers: { samples: { baseline: baselineCount, current: 0, dropped: 0 } },
    settled: lastLook,
  };
}

/** No data at this look (`why` says which): wait, then the check's `no-data` policy. */
function noData(check: CheckSpec, base: ResultBase, look: LookContext, why: string, numbers: CheckNumbers): CheckResult {
  const lastLook = look.look >= look.looks;
  const extension = look.look > look.looks;
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

/**
 * The verdict of `check` at `look`, from the pre-deploy samples and this step's samples so far
 * (or the error that stopped them being read). A `judge: proportion` check takes its two count
 * series (CountSeries), every other check one series.
 */
export function judgeCheck(check: CheckSpec, baselineSamples: CheckSamples, current: CheckSamples | MeasurementError, look: LookContext): CheckResult {
  const base = { name: check.name, critical: check.critical, judge: check.judge, look: look.look };
  const lastLook = look.look >= look.looks;
  const baselineCount = isCountSeries(baselineSamples) ? baselineSamples.total.length : baselineSamples.length;
  if (isMeasurementError(current)) return notMeasured(base, look, current.error, baselineCount);
  if (check.judge === 'proportion') return judgeCounts(check, base, baselineSamples, current, look);
  if (isCountSeries(baselineSamples) || isCountSeries(current)) {
    return notMeasured(base, look, `\`judge: ${check.judge}\` reads one series, but was given the two count series of \`judge: proportion\``, baselineCount);
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
    return noData(check, base, look, why, numbers);
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

const NO_COUNTS: CountSeries = { errors: [], total: [] };

/** A caller passes `[]` for a check it has nothing for; for a proportion check that is no counts. */
function asCounts(samples: CheckSamples): CountSeries | undefined {
  if (isCountSeries(samples)) return samples;
  return samples.length === 0 ? NO_COUNTS : undefined;
}

/** `judge: proportion` at one look: the count windows, no data when no request was counted, the test. */
function judgeCounts(check: CheckSpec, base: ResultBase, baselineSamples: CheckSamples, currentSamples: CheckSamples, look: LookContext): CheckResult {
  const baselineSeries = asCounts(baselineSamples);
  const currentSeries = asCounts(currentSamples);
  if (!check.counts || !baselineSeries || !currentSeries) {
    const count = baselineSeries ? baselineSeries.total.length : (baselineSamples as readonly Sample[]).length;
    return notMeasured(base, look, '`judge: proportion` needs its `errors` and `total` series, but was given one series (read both, e.g. with readCheckSamples)', count);
  }
  const lastLook = look.look >= look.looks;
  const before = countWindows(baselineSeries, check.counts, check.windowMs);
  const after = countWindows(currentSeries, check.counts, check.windowMs);
  const dropped = before.dropped + after.dropped;
  const samples = { baseline: before.windows.length, current: after.windows.length, dropped, ...(after.thinned || before.thinned ? { spacingMs: check.windowMs } : {}) };
  const counts = { baseline: { errors: before.errors, total: before.total }, current: { errors: after.errors, total: after.total } };
  const missing = !(after.total > 0) ? 'no requests counted since the step began' : !(before.total > 0) ? 'no requests counted in the baseline before the deploy' : undefined;
  if (missing) {
    const numbers: CheckNumbers = { samples, counts };
    if (before.total > 0) numbers.baseline = before.errors / before.total;
    return noData(check, base, look, `${missing}${dropped > 0 ? ` (${dropped} samples not finite or negative left out)` : ''}`, numbers);
  }
  const over = [before, after].find((side) => side.errors > side.total);
  if (over) {
    // Not a measurement to wait out: the queries do not count what they should.
    return {
      ...base,
      verdict: lastLook ? 'fail' : 'inconclusive',
      classification: 'error',
      reason: `counts ${formatValue(over.errors)} errors of ${formatValue(over.total)} requests ${over === before ? 'in the baseline' : 'since the step began'}: are \`errors\` and \`total\` the right way round, and does \`total\` count every request?`,
      numbers: { samples, counts },
      settled: lastLook,
    };
  }
  const judged = judgeProportion(check, before, after, look.alpha);
  const notes: string[] = [];
  if (baselineSeries.errors.length === 0 && currentSeries.errors.length === 0) notes.push('the errors query returned nothing, counted as 0 errors');
  if (samples.spacingMs) notes.push(`windows ${formatValue(samples.spacingMs / 1000)}s apart: closer samples overlap`);
  const failed = judged.classification !== 'pass';
  return {
    ...base,
    verdict: failed ? 'fail' : 'pass',
    classification: judged.classification,
    reason: notes.length > 0 ? `${judged.reason} (${notes.join('; ')})` : judged.reason,
    numbers: { ...judged.numbers, samples },
    settled: failed || lastLook,
  };
}

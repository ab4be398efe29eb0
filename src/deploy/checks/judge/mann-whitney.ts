/**
 * The statistical judge, Kayenta's MannWhitneyClassifier (NetflixACAJudge): the rank-sum test of
 * the step's samples (experiment x) against the baseline's (control y), as R's `wilcox.test(x, y,
 * conf.int = TRUE, conf.level = 0.98)`. The metric is High when `direction` allows an increase,
 * the 98% interval's lower end is above b = 0.25·|estimate| (clear of zero by a quarter of the
 * shift: an effect, not just a wobble) and the mean ratio reaches the allowed increase; Low
 * symmetrically; otherwise Pass.
 *
 * Deliberate differences from Kayenta, all documented in README.md:
 * - the test's p-value must also be below the look's level α/K (looks.ts): that is what bounds
 *   false rollbacks over repeated looks. It also catches small samples: when the normal
 *   approximation can never reach the level (a handful of samples after the deploy), R's interval
 *   falls back to the extreme pairwise difference instead of widening, and an interval-only rule
 *   fails a healthy check whenever the first two samples happen to top the baseline (1 in 78 with
 *   11 baseline samples); the exact interval has the same fallback ("conf.level not achievable");
 * - the interval's ends are the exact step positions of the rank statistic (`roots: 'exact'`)
 *   instead of R's uniroot search to an absolute 1e-4, which is 1% of a typical error ratio;
 * - `max-increase`, when set, is the effect-size threshold (Kayenta's allowedIncrease, default 1).
 */
import type { CheckSpec } from '../checks-file.js';
import { formatP, formatValue } from '../format-number.js';
import { mean, median } from '../sample.js';
import { wilcoxTest } from '../stats/wilcox-test.js';
import { KAYENTA_CONF_LEVEL } from './looks.js';
import { relativeChange, type JudgedNumbers } from './threshold.js';

/** Kayenta's `fraction`: how far (as a share of the estimate) the interval must clear zero. */
export const EFFECT_FRACTION = 0.25;

function percent(level: number): string {
  return `${Number((level * 100).toPrecision(4))}%`;
}

/** Whether the shift is large enough to matter, by `max-increase` (default: any increase). */
function effectLargeEnough(check: CheckSpec, before: number[], after: number[], upward: boolean): { ok: boolean; ratio: number; note: string } {
  const beforeMean = mean(before);
  const afterMean = mean(after);
  const ratio = beforeMean === 0 ? (afterMean === 0 ? 1 : afterMean > 0 ? Infinity : -Infinity) : afterMean / beforeMean;
  const allowed = check.maxIncrease;
  if (!allowed) {
    const ok = upward ? ratio >= 1 : ratio <= 1;
    return { ok, ratio, note: `mean ratio ${formatValue(ratio)}` };
  }
  if (allowed.kind === 'relative') {
    const limit = upward ? 1 + allowed.fraction : 1 - allowed.fraction;
    const ok = upward ? ratio >= limit : ratio <= limit;
    return { ok, ratio, note: `mean ratio ${formatValue(ratio)} ${ok ? (upward ? '≥' : '≤') : upward ? '<' : '>'} ${formatValue(limit)} (max-increase ${allowed.text})` };
  }
  const difference = afterMean - beforeMean;
  const ok = upward ? difference >= allowed.amount : difference <= -allowed.amount;
  return { ok, ratio, note: `mean change ${formatValue(difference)} ${ok ? 'reaches' : 'is within'} max-increase ${allowed.text}` };
}

/**
 * Judges the step's samples against the baseline's with the rank test at level `alpha` (two-sided,
 * after the repeated-looks correction). Both sample sets are finite values, non-empty, already
 * thinned to independent samples.
 */
export function judgeMannWhitney(check: CheckSpec, baseline: number[], current: number[], alpha: number): JudgedNumbers {
  const before = median(baseline);
  const now = median(current);
  const context = { baseline: before, current: now, change: relativeChange(before, now), alpha };
  const all = [...baseline, ...current];
  if (all.every((value) => value === all[0])) {
    // R cannot build an interval when every value is tied; Kayenta passes identical data.
    return {
      classification: 'pass',
      reason: `every sample before and after is ${formatValue(all[0])}: nothing changed`,
      numbers: { ...context, ratio: 1 },
    };
  }
  const test = wilcoxTest(current, baseline, { confLevel: KAYENTA_CONF_LEVEL, roots: 'exact' });
  const [lower, upper] = test.confInt;
  const effectBound = EFFECT_FRACTION * Math.abs(test.estimate);
  const upward = test.statistic > (current.length * baseline.length) / 2;
  const numbers = {
    ...context,
    statistic: test.statistic,
    pValue: test.pValue,
    confInt: test.confInt,
    confLevel: test.confLevel,
    estimate: test.estimate,
    effectBound,
  };
  const interval = `${percent(test.confLevel)} CI of the shift [${formatValue(lower)}, ${formatValue(upper)}]`;
  const significance = `p = ${formatP(test.pValue)} ${test.pValue < alpha ? '<' : '≥'} α ${formatP(alpha)}`;
  const tail = `W = ${formatValue(test.statistic)}, ${significance}`;
  const samples = `${current.length} samples after the deploy against ${baseline.length} before`;
  const mayIncrease = check.direction !== 'decrease';
  const mayDecrease = check.direction !== 'increase';
  const bad = check.direction === 'either' ? 'change' : check.direction;
  const badWay = (mayIncrease && upward) || (mayDecrease && !upward);
  const ratioOnly = effectLargeEnough(check, baseline, current, true).ratio;

  if (!badWay || !(test.pValue < alpha)) {
    return {
      classification: 'pass',
      reason: `no significant ${bad}: ${significance} with ${samples}; ${interval}`,
      numbers: { ...numbers, ratio: ratioOnly },
    };
  }
  const clear = upward ? lower > effectBound : upper < -effectBound;
  if (!clear) {
    return {
      classification: 'pass',
      reason: `significant (${significance}) but small: ${interval} is not clear of ${upward ? '' : '-'}${formatValue(effectBound)} (¼ of the estimated shift ${formatValue(test.estimate)}); W = ${formatValue(test.statistic)}`,
      numbers: { ...numbers, ratio: ratioOnly },
    };
  }
  const effect = effectLargeEnough(check, baseline, current, upward);
  if (!effect.ok) {
    return {
      classification: 'pass',
      reason: `${upward ? 'higher' : 'lower'} than the baseline (${interval}) but not by enough: ${effect.note}; ${tail}`,
      numbers: { ...numbers, ratio: effect.ratio },
    };
  }
  return {
    classification: upward ? 'high' : 'low',
    reason: `${upward ? 'higher' : 'lower'} than the baseline: ${interval} is ${upward ? 'above' : 'below'} ${upward ? '' : '-'}${formatValue(effectBound)} (¼ of the estimated shift ${formatValue(test.estimate)}); ${effect.note}; ${tail}`,
    numbers: { ...numbers, ratio: effect.ratio },
  };
}

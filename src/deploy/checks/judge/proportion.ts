/**
 * The count judge (`judge: proportion`): the step's errors of its requests against the baseline's
 * pooled errors of its requests, by Fisher's exact test, one-sided in each bad `direction`.
 *
 * Why counts: a rank test on per-window ratios sees 1 error of 160 and 30 errors of 1,600 as two
 * equal samples of about 1%, so it cannot use how many requests stand behind each ratio; the
 * counts can, and at 1–2% error ratios that is most of the evidence (bench/deploy-judge.bench.mjs).
 *
 * Why Fisher's test: given the margins it is exact for requests that fail independently, at any
 * count, so a quiet service is never rolled back more often than α; the z test is not (its normal
 * tail is too light for a handful of errors at the α/2K ≈ 0.002 a look needs: up to 1.7% false
 * rollbacks at 100 requests a minute and 2.8% at 30 when simulated as the bench does, where
 * Fisher's stays below 0.5%). The conditional binomial test for two Poisson rates (R's
 * `poisson.test`) is its limit for rare errors and conservative otherwise (variance smaller by 1 − p).
 *
 * Why a design effect: real error counts are burstier than binomial (a retry storm, one bad
 * client), and Prometheus' extrapolated `increase` spreads them further. The baseline's windows
 * measure it: Pearson's X² of their counts about the pooled proportion, over its degrees of
 * freedom, is the dispersion φ (1 for binomial counts). Dividing every count by d = max(1, φ) before
 * the test is Rao and Scott's (1992) correction for clustered binary data: the test then sees the
 * effective number of independent requests. Without it, error ratios whose 10 s values vary by
 * ±30% around the mean roll back 1.3–3.2% of healthy deploys, by ±60% up to 17%; with it 0.1–1.1%
 * (the bench's bursty rows).
 *
 * `max-increase` is an effect-size floor on the point estimate (Kayenta's allowed increase):
 * significant and at least that much worse. `max`/`min` bound the step's proportion.
 */
import type { CheckSpec } from '../checks-file.js';
import type { CountedWindows, CountWindow } from '../counts.js';
import { formatP, formatValue } from '../format-number.js';
import { fisherCriticalCount, fisherExactTest, twoProportionZ, type ProportionTail } from '../stats/fisher-exact.js';
import { relativeChange, type JudgedNumbers } from './threshold.js';

/**
 * The baseline's design effect: Pearson's X² of the windows' error counts about the pooled
 * proportion over its degrees of freedom (windows with requests − 1), at least 1. 1 with fewer than
 * two such windows, or when no request or every request failed (nothing to measure).
 */
export function designEffect(windows: readonly CountWindow[]): number {
  const used = windows.filter((window) => window.total > 0);
  if (used.length < 2) return 1;
  let errors = 0;
  let total = 0;
  for (const window of used) {
    errors += window.errors;
    total += window.total;
  }
  const pooled = errors / total;
  if (pooled <= 0 || pooled >= 1) return 1;
  let chiSquared = 0;
  for (const window of used) {
    const expected = window.total * pooled;
    chiSquared += (window.errors - expected) ** 2 / (expected * (1 - pooled));
  }
  return Math.max(1, chiSquared / (used.length - 1));
}

/** How the change compares with `max-increase`, and the proportion that floor puts the bound at. */
function floorOf(check: CheckSpec, before: number, now: number, upward: boolean): { ok: boolean; limit: number; note: string } {
  const allowed = check.maxIncrease;
  const ratio = before === 0 ? (now === 0 ? 1 : Infinity) : now / before;
  if (!allowed) return { ok: upward ? now >= before : now <= before, limit: before, note: '' };
  if (allowed.kind === 'relative') {
    const factor = upward ? 1 + allowed.fraction : 1 - allowed.fraction;
    const ok = upward ? ratio >= factor : ratio <= factor;
    return { ok, limit: before * factor, note: `ratio ${formatValue(ratio)} ${ok ? (upward ? '≥' : '≤') : upward ? '<' : '>'} ${formatValue(factor)} (max-increase ${allowed.text})` };
  }
  const difference = now - before;
  const ok = upward ? difference >= allowed.amount : difference <= -allowed.amount;
  return {
    ok,
    limit: upward ? before + allowed.amount : before - allowed.amount,
    note: `difference ${formatValue(difference)} ${ok ? 'reaches' : 'is within'} max-increase ${allowed.text}`,
  };
}

function counted(errors: number, total: number): string {
  return `${formatValue(total > 0 ? errors / total : NaN)} (${formatValue(errors)} of ${formatValue(total)})`;
}

/**
 * Judges the step's counts against the baseline's at one look.
 * @param baseline the baseline's count windows (total > 0, errors ≤ total: the caller checks)
 * @param current the step's count windows so far (total > 0, errors ≤ total)
 * @param alpha the look's two-sided level (α/K); each bad direction is tested one-sided at α/2
 */
export function judgeProportion(check: CheckSpec, baseline: CountedWindows, current: CountedWindows, alpha: number): JudgedNumbers {
  const [x, n, y, m] = [current.errors, current.total, baseline.errors, baseline.total];
  const before = y / m;
  const now = x / n;
  const d = designEffect(baseline.windows);
  const level = alpha / 2;
  const numbers = {
    baseline: before,
    current: now,
    change: relativeChange(before, now),
    ratio: before === 0 ? (now === 0 ? 1 : Infinity) : now / before,
    counts: { baseline: { errors: y, total: m }, current: { errors: x, total: n } },
    designEffect: d,
    alpha: level,
  };
  const nowText = counted(x, n);
  const beforeText = counted(y, m);
  if (check.max !== undefined && now > check.max) {
    return { classification: 'high', reason: `the step's proportion ${nowText} is above max ${formatValue(check.max)}`, numbers: { ...numbers, bound: check.max, boundKind: 'max' } };
  }
  if (check.min !== undefined && now < check.min) {
    return { classification: 'low', reason: `the step's proportion ${nowText} is below min ${formatValue(check.min)}`, numbers: { ...numbers, bound: check.min, boundKind: 'min' } };
  }

  // The side to test: the bad one, or for `either` the one the proportion moved to.
  const upward = check.direction === 'increase' || (check.direction === 'either' && now > before);
  const tail: ProportionTail = upward ? 'greater' : 'less';
  // The test sees the effective counts: each divided by the design effect (Rao-Scott), whole.
  const [ex, en, ey, em] = [x, n, y, m].map((count) => Math.round(count / d)) as [number, number, number, number];
  const pValue = fisherExactTest(Math.min(ex, en), en, Math.min(ey, em), em, tail);
  const z = twoProportionZ(x, n, y, m, d);
  const critical = fisherCriticalCount(en, Math.min(ey, em), em, level, tail);
  const floor = floorOf(check, before, now, upward);
  const significantAt = critical === undefined ? undefined : (critical * d) / n;
  const bound = significantAt === undefined ? undefined : upward ? Math.max(significantAt, floor.limit) : Math.min(significantAt, floor.limit);
  const judged = { ...numbers, statistic: z, pValue, ...(bound === undefined ? {} : { bound, boundKind: 'significance' as const }) };

  const significance = `Fisher p = ${formatP(pValue)} ${pValue < level ? '<' : '≥'} α ${formatP(level)} (one-sided), z = ${z.toFixed(2)}`;
  const design = d > 1 ? `; counts divided by the baseline's design effect ${formatValue(d)}` : '';
  const against = `${nowText} against the baseline's ${beforeText}`;
  const failsAt = bound === undefined ? 'too few requests to be significant at this look' : `fails at ${upward ? '≥' : '≤'} ${formatValue(bound)}`;
  const bad = check.direction === 'either' ? 'change' : check.direction;

  if (!(pValue < level)) {
    return { classification: 'pass', reason: `no significant ${bad}: ${against}, ${significance}; ${failsAt}${design}`, numbers: judged };
  }
  if (!floor.ok) {
    return {
      classification: 'pass',
      reason: `${upward ? 'higher' : 'lower'} than the baseline (${significance}) but not by enough: ${floor.note}; ${against}${design}`,
      numbers: judged,
    };
  }
  return {
    classification: upward ? 'high' : 'low',
    reason: `${upward ? 'higher' : 'lower'} than the baseline: ${against}, ${significance}${floor.note ? `; ${floor.note}` : ''}${design}`,
    numbers: judged,
  };
}

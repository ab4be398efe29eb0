/**
 * Repeated looks. A deploy judges every interval, and a test run at 1% five times rolls back a
 * healthy deploy far more often than 1% of the time (bench/deploy-judge.bench.mjs). Bonferroni over
 * the planned looks: each look's rank test must reach p < α/K, so the chance that any of the K
 * looks fails a healthy check is at most α, whatever the correlation between looks (they share
 * the baseline and the earlier samples, which makes the bound conservative, not wrong). Kayenta's
 * effect-size filter is then applied on its own 98% interval: it decides whether a significant
 * shift is large enough to matter, and only ever removes rejections.
 *
 * The extension look that `no-data: inconclusive` adds keeps α/K: only a check that had no data
 * at every planned look is judged there, and such a check has not been tested before, so it is
 * tested at most once in the step.
 */

/** Kayenta's level: a two-sided 98% interval, so 1% per bad direction. */
export const DEFAULT_ALPHA = 0.02;

/** The level of the interval Kayenta's effect-size filter reads (NetflixACAJudge's confLevel). */
export const KAYENTA_CONF_LEVEL = 0.98;

export type LooksCorrection = 'bonferroni' | 'none';

/**
 * The two-sided significance level of the rank test at every look of a step with `looks` planned
 * looks.
 * @param alpha two-sided error rate per check for the whole step (default 0.02)
 * @param correction `none` is Kayenta's plain repeated test, for comparison
 */
export function lookAlpha(looks: number, alpha = DEFAULT_ALPHA, correction: LooksCorrection = 'bonferroni'): number {
  if (!Number.isInteger(looks) || looks < 1) throw new RangeError(`lookAlpha: looks must be a positive integer, not ${looks}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`lookAlpha: alpha must be in (0, 1), not ${alpha}`);
  return correction === 'none' ? alpha : alpha / looks;
}

/**
 * The Mann-Whitney classifier's statistics against R's `wilcox.test`. Every expected value is
 * either printed by R (source given) or computed by hand here, by a method independent of the
 * implementation (enumerating every arrangement, or the normal formula written out).
 */
import { averageRanks, wilcoxTest } from '../../../src/deploy/checks/stats/wilcox-test.js';
import { pnorm } from '../../../src/deploy/checks/stats/normal.js';
import { SPARSE_095, TIES_095, TIES_098 } from './fixtures/kayenta-r-cases.js';

// Hollander & Wolfe (1973), p. 69: the two-sample example of R's ?wilcox.test (permeability
// constants of the human chorioamnion at term, x, and at 12–26 weeks, y).
const HW_X = [0.8, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
const HW_Y = [1.15, 0.88, 0.9, 0.74, 1.21];

// R's ?wilcox.test: airquality Ozone in May (x) and August (y), NAs removed.
const OZONE_MAY = [41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45, 115, 37];
const OZONE_AUG = [39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76, 118, 84, 85];

// R's ?wilcox.test depression data (Hollander & Wolfe p. 29), here taken as two independent samples.
const DEPRESSION_X = [1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3];
const DEPRESSION_Y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

/** P(W ≥ w) and P(W ≤ w) by enumerating every way to choose which ranks are x's (no ties). */
function enumeratedTails(x: number[], y: number[]): { upper: number; lower: number } {
  const all = [...x, ...y];
  const n = all.length;
  const ranks = averageRanks(all);
  const observed = x.reduce((sum, _, i) => sum + ranks[i]!, 0);
  let upper = 0;
  let lower = 0;
  let total = 0;
  const choose = (start: number, left: number, sum: number) => {
    if (left === 0) {
      total += 1;
      if (sum >= observed - 1e-9) upper += 1;
      if (sum <= observed + 1e-9) lower += 1;
      return;
    }
    for (let i = start; i <= n - left; i += 1) choose(i + 1, left - 1, sum + i + 1);
  };
  choose(0, x.length, 0);
  return { upper: upper / total, lower: lower / total };
}

describe('wilcoxTest reproduces R (published outputs)', () => {
  test('1. Kayenta MannWhitneyRSuite: x = 10..40, y = 1..4, conf.level 0.95 (exact)', () => {
    // Kayenta's test asserts R's CI (6, 39), estimate 22.5, p 0.02857142857142857.
    const r = wilcoxTest([10, 20, 30, 40], [1, 2, 3, 4], { confLevel: 0.95 });
    expect(r).toMatchObject({ statistic: 16, exact: true, ties: false, confInt: [6, 39], estimate: 22.5 });
    expect(r.pValue).toBeCloseTo(0.02857142857142857, 15);
  });

  test('2. ?wilcox.test Hollander & Wolfe, alternative "greater" (exact): W = 35, p = 0.1272', () => {
    const r = wilcoxTest(HW_X, HW_Y, { alternative: 'greater' });
    expect(r.statistic).toBe(35);
    expect(r.exact).toBe(true);
    expect(r.pValue).toBeCloseTo(0.1272, 4);
    // Hand check: the share of the C(15, 10) = 3003 rank sets with a sum at least as large.
    expect(r.pValue).toBeCloseTo(enumeratedTails(HW_X, HW_Y).upper, 12);
  });

  test('3. tidystats (R 4.0.2) htest.json: H&W, "greater", exact = FALSE, correct = FALSE: p = 0.110336', () => {
    const r = wilcoxTest(HW_X, HW_Y, { alternative: 'greater', exact: false, correct: false });
    expect(r.statistic).toBe(35);
    expect(r.method).toBe('Wilcoxon rank sum test');
    expect(r.pValue).toBeCloseTo(0.110336, 6);
  });

  test('4. tidystats (R 4.0.2) htest.json: H&W, conf.int, conf.level 0.9: W 35, p 0.254412, CI (-0.08, 0.72), estimate 0.305', () => {
    const r = wilcoxTest(HW_X, HW_Y, { confLevel: 0.9 });
    expect(r.statistic).toBe(35);
    expect(r.method).toBe('Wilcoxon rank sum exact test');
    expect(r.pValue).toBeCloseTo(0.254412, 6);
    expect(r.confInt[0]).toBeCloseTo(-0.08, 12);
    expect(r.confInt[1]).toBeCloseTo(0.72, 12);
    expect(r.estimate).toBeCloseTo(0.305, 12);
    expect(r.confLevel).toBe(0.9);
  });

  test('5. ?wilcox.test and tidystats: Ozone May vs August (ties): W = 127.5, p = 0.0001208', () => {
    const r = wilcoxTest(OZONE_MAY, OZONE_AUG);
    expect(r).toMatchObject({ statistic: 127.5, exact: false, ties: true, method: 'Wilcoxon rank sum test with continuity correction' });
    expect(r.pValue).toBeCloseTo(0.0001208, 7);
    expect(r.warnings).toContain('cannot compute exact p-value with ties');
  });

  test('6. endmemo.com/r/wilcoxon.php (ties): W = 51.5, p = 0.5966', () => {
    const r = wilcoxTest([1, 5, 9, 24, 56, 21, 3, 7, 21, 4], [12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5]);
    expect(r.statistic).toBe(51.5);
    expect(r.pValue).toBeCloseTo(0.5966, 4);
  });

  test('7. endmemo.com/r/wilcoxon.php (ties in x, complete separation): W = 0, p = 0.001364', () => {
    const r = wilcoxTest([1, 5, 9, 24, 56, 21, 3, 7, 21, 4], [1233, 4356, 987, 39999, 1111, 200000]);
    expect(r.statistic).toBe(0);
    expect(r.pValue).toBeCloseTo(0.001364, 6);
  });

  test.each([
    ['8. Kayenta "tie out with R version" (conf.level 0.95)', TIES_095],
    ['9. Kayenta "tie out with R version again" (conf.level 0.98)', TIES_098],
  ])('%s: R\'s uniroot interval and estimate, digit for digit', (_name, data) => {
    const r = wilcoxTest(data.x, data.y, { confLevel: data.confLevel });
    expect(r.exact).toBe(false);
    expect(r.confInt[0]).toBeCloseTo(data.r.confInt[0]!, 12);
    expect(r.confInt[1]).toBeCloseTo(data.r.confInt[1]!, 12);
    expect(r.estimate).toBeCloseTo(data.r.estimate, 12);
  });

  test('10. Kayenta "tie out intermediate variables" (sparse error percentages): R\'s interval and intermediates', () => {
    const data = SPARSE_095;
    const r = wilcoxTest(data.x, data.y, { confLevel: 0.95 });
    expect(Math.min(...data.x) - Math.max(...data.y)).toBeCloseTo(data.r.muMin, 12);
    expect(Math.max(...data.x) - Math.min(...data.y)).toBeCloseTo(data.r.muMax, 12);
    // R's interval here is (3.5e-5, 2.0e-5): lower above upper, both within 1e-4 of the true
    // end, 0. R's uniroot tolerance, reproduced exactly; roots: 'exact' gives the true [0, 0].
    expect(r.confInt[0]).toBeCloseTo(data.r.confInt[0]!, 15);
    expect(r.confInt[1]).toBeCloseTo(data.r.confInt[1]!, 15);
    expect(wilcoxTest(data.x, data.y, { confLevel: 0.95, roots: 'exact' }).confInt).toEqual([0, 0]);
    // Kayenta recorded the estimate 2.6279e-5 from its own R script, which kept the continuity
    // correction for the estimate; wilcox.test drops it ("correct <- FALSE"), as case 9 shows.
    // Both are roots of a step function that is 0 at 0, within R's 1e-4.
    expect(Math.abs(r.estimate - data.r.estimate)).toBeLessThan(1e-4);
  });
});

describe('wilcoxTest reproduces R (computed by hand)', () => {
  test('11. depression data as independent samples: W = 58, normal approximation written out', () => {
    // Ranks of x in the pooled sample: 1, 9, 10, 11, 12, 13, 14, 16, 17 (sum 103), so
    // W = 103 − 9·10/2 = 58. Two ties of size 2 (1.06, 1.29): Σ(t³ − t) = 12.
    const r = wilcoxTest(DEPRESSION_X, DEPRESSION_Y);
    expect(r.statistic).toBe(58);
    const sigma = Math.sqrt((81 / 12) * (19 - 12 / (18 * 17)));
    const z = (58 - 40.5 - 0.5) / sigma;
    expect(r.pValue).toBeCloseTo(2 * pnorm(-z), 15);
    expect(r.pValue).toBeCloseTo(0.1329194581853189, 12); // also scipy.stats.mannwhitneyu 1.17.1
    // The exact ends are pairwise differences; R's search lands within its 1e-4 of them.
    const exact = wilcoxTest(DEPRESSION_X, DEPRESSION_Y, { roots: 'exact' });
    const differences = DEPRESSION_X.flatMap((x) => DEPRESSION_Y.map((y) => x - y));
    for (const end of exact.confInt) expect(differences.some((d) => Math.abs(d - end) < 1e-12)).toBe(true);
    expect(Math.abs(r.confInt[0] - exact.confInt[0])).toBeLessThan(1e-4);
    expect(Math.abs(r.confInt[1] - exact.confInt[1])).toBeLessThan(1e-4);
  });

  test('12. x = (3, 4, 5), y = (1, 2): W = 6, p = 0.2, CI (1, 4) at the achievable 80%', () => {
    // Differences 1, 2, 2, 3, 3, 4; P(W ≤ 0) = 1/10, so qwilcox(0.025) = 0 → 1 and the interval is
    // (d₁, d₆) with achieved α = 2/10: R warns "Requested conf.level not achievable".
    const r = wilcoxTest([3, 4, 5], [1, 2]);
    expect(r).toMatchObject({ statistic: 6, exact: true, confInt: [1, 4], estimate: 2.5, confLevel: 0.8 });
    expect(r.pValue).toBeCloseTo(0.2, 15);
    expect(r.warnings).toEqual(['Requested conf.level not achievable']);
  });

  test('13. one-sided exact intervals: "less" leaves the lower end open', () => {
    const r = wilcoxTest(HW_X, HW_Y, { alternative: 'less', confLevel: 0.9 });
    expect(r.confInt[0]).toBe(-Infinity);
    expect(r.pValue).toBeCloseTo(enumeratedTails(HW_X, HW_Y).lower, 12);
  });

  test('exact p-values equal enumeration on random untied samples', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 20; round += 1) {
      const x = Array.from({ length: 2 + (round % 6) }, () => next() + (round % 3) * 0.2);
      const y = Array.from({ length: 3 + (round % 5) }, () => next());
      const tails = enumeratedTails(x, y);
      expect(wilcoxTest(x, y, { alternative: 'greater' }).pValue).toBeCloseTo(tails.upper, 12);
      expect(wilcoxTest(x, y, { alternative: 'less' }).pValue).toBeCloseTo(tails.lower, 12);
    }
  });

  test('swapping the samples flips the shift and keeps the p-value', () => {
    const forward = wilcoxTest(OZONE_MAY, OZONE_AUG, { roots: 'exact' });
    const backward = wilcoxTest(OZONE_AUG, OZONE_MAY, { roots: 'exact' });
    expect(backward.estimate).toBeCloseTo(-forward.estimate, 12);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 15);
    expect(backward.confInt[0]).toBeCloseTo(-forward.confInt[1], 12);
  });

  test('an interval over values that are all equal is refused, as R stops', () => {
    expect(() => wilcoxTest([1, 1, 1], [1, 1, 1, 1], { exact: false })).toThrow('all observations are tied');
  });

  test('an empty sample is refused', () => {
    expect(() => wilcoxTest([], [1, 2])).toThrow("not enough (non-missing) 'x' observations");
    expect(() => wilcoxTest([1, NaN], [NaN])).toThrow("not enough 'y' observations");
  });
});

/**
 * The count test of `judge: proportion` against published and hand-computed values: Fisher's exact
 * test (R's `fisher.test`, one-sided), the z statistic, ln Γ, and the critical count the judge
 * reports as its bound. Values marked scipy are `scipy.stats.fisher_exact([[x, y], [n - x, m - y]],
 * alternative)` from scipy 1.17.1, which sums the hypergeometric tail like R.
 */
import { fisherCriticalCount, fisherExactTest, logChoose, logGamma, twoProportionZ } from '../../../src/deploy/checks/index.js';

/** Relative closeness, for p-values spanning many decades. */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected) / expected).toBeLessThan(tolerance);
}

describe('ln Γ', () => {
  test.each([
    [0.5, 0.5723649429247001], // ln √π
    [1, 0],
    [3, 0.6931471805599453], // ln 2!
    [10.5, 13.940625219403763],
    [15, 25.19122118273868], // ln 14!
    [101, 363.73937555556347], // ln 100!
  ])('logGamma(%p) = %p (mpmath)', (x, expected) => expect(logGamma(x)).toBeCloseTo(expected, 13));

  test('a million: relative error far below what a p-value needs', () => {
    expectRelative(logGamma(1_000_001), 12815518.384658169, 1e-15);
  });

  test('ln C(n, k), and the edges', () => {
    expect(Math.exp(logChoose(6, 3))).toBeCloseTo(20, 10);
    expect(Math.exp(logChoose(52, 5))).toBeCloseTo(2_598_960, 3);
    expect(logChoose(5, 0)).toBe(0);
    expect(logChoose(5, 6)).toBe(-Infinity);
    expect(() => logGamma(0)).toThrow(RangeError);
  });
});

describe("Fisher's exact test, one-sided", () => {
  test('R ?fisher.test, "A British woman claimed to be able to distinguish": TeaTasting, greater, p = 0.2429', () => {
    // matrix(c(3, 1, 1, 3), nrow = 2): 3 of 4 "milk first" cups called right against 1 of 4.
    expect(fisherExactTest(3, 4, 1, 4, 'greater')).toBeCloseTo(0.2429, 4);
    expect(fisherExactTest(3, 4, 1, 4, 'greater')).toBeCloseTo(17 / 70, 14); // (16 + 1) / C(8, 4)
  });

  test('R ?fisher.test, Fisher (1962, 1970), criminal convictions of like-sex twins: less, p = 0.0004652', () => {
    // matrix(c(2, 10, 15, 3), nrow = 2): 2 of 12 dizygotic pairs against 15 of 18 monozygotic.
    expect(fisherExactTest(2, 12, 15, 18, 'less')).toBeCloseTo(0.0004652, 7);
  });

  test('hand-computed: every one of 3 against none of 3 is 1 / C(6, 3); one draw is a coin', () => {
    expect(fisherExactTest(3, 3, 0, 3, 'greater')).toBeCloseTo(1 / 20, 14);
    expect(fisherExactTest(0, 3, 3, 3, 'less')).toBeCloseTo(1 / 20, 14);
    expect(fisherExactTest(1, 1, 0, 1, 'greater')).toBeCloseTo(0.5, 14);
    // Nothing happened anywhere: nothing to reject.
    expect(fisherExactTest(0, 10, 0, 10, 'greater')).toBe(1);
    expect(fisherExactTest(0, 10, 0, 10, 'less')).toBe(1);
  });

  test.each([
    [40, 1000, 100, 10000, 'greater', 2.4835813065111675e-11],
    [20, 1000, 100, 10000, 'greater', 0.005592044178075552],
    [10, 1000, 100, 10000, 'greater', 0.548671986098617],
    [9, 1000, 100, 10000, 'greater', 0.6684305221937679],
    [5, 1000, 100, 10000, 'less', 0.07550110986235145],
    [0, 200, 15, 3000, 'less', 0.37897987731891014],
    [7, 50, 2, 60, 'greater', 0.04555211978374225],
  ] as const)('scipy: %p of %p against %p of %p, %s: p = %p', (x, n, y, m, alternative, expected) => {
    expectRelative(fisherExactTest(x, n, y, m, alternative), expected, 1e-9);
  });

  test('scipy: a million baseline requests: 1200 of 100,000 against 10,000 of 1,000,000, p = 2.4986e-9', () => {
    expectRelative(fisherExactTest(1200, 100_000, 10_000, 1_000_000, 'greater'), 2.4986210439492484e-9, 1e-8);
  });

  test.each([
    [12, 700, 90, 9000],
    [2, 700, 90, 9000],
    [30, 700, 90, 9000],
  ])('the two tails of %p of %p against %p of %p add up to 1 + P(X = x)', (x, n, y, m) => {
    const pmf = Math.exp(logChoose(x + y, x) + logChoose(n + m - x - y, n - x) - logChoose(n + m, n));
    expect(fisherExactTest(x, n, y, m, 'greater') + fisherExactTest(x, n, y, m, 'less')).toBeCloseTo(1 + pmf, 12);
  });

  test('rejects counts that are not counts', () => {
    expect(() => fisherExactTest(1.5, 10, 0, 10, 'greater')).toThrow('x must be a non-negative integer, not 1.5');
    expect(() => fisherExactTest(11, 10, 0, 10, 'greater')).toThrow('events exceed trials (x 11 of n 10, y 0 of m 10)');
  });
});

describe('critical count and z', () => {
  test('the fewest errors of 1,000 that are significant at 0.002 against 100 of 10,000: 22 (scipy: p(22) = 0.001357, p(21) = 0.002804)', () => {
    expect(fisherCriticalCount(1000, 100, 10000, 0.002, 'greater')).toBe(22);
    expectRelative(fisherExactTest(22, 1000, 100, 10000, 'greater'), 0.0013566608460429343, 1e-10);
    expectRelative(fisherExactTest(21, 1000, 100, 10000, 'greater'), 0.002803851955723479, 1e-10);
  });

  test('the lower side, and none when no count can be significant', () => {
    const most = fisherCriticalCount(1000, 300, 10000, 0.002, 'less')!;
    expect(fisherExactTest(most, 1000, 300, 10000, 'less')).toBeLessThan(0.002);
    expect(fisherExactTest(most + 1, 1000, 300, 10000, 'less')).toBeGreaterThanOrEqual(0.002);
    // One request failing against a 1% baseline has p ≈ 0.0101: no count of one request is significant.
    expect(fisherCriticalCount(1, 100, 10000, 0.002, 'greater')).toBeUndefined();
    expect(fisherCriticalCount(2, 100, 10000, 0.002, 'greater')).toBe(2);
  });

  test('z: (0.04 − 0.01) / √(p̄(1 − p̄)(1/1000 + 1/10000)) = 8.0694, the root of R prop.test(c(40, 100), c(1000, 10000), correct = FALSE) X² = 65.114', () => {
    expect(twoProportionZ(40, 1000, 100, 10000)).toBeCloseTo(8.069352115720458, 12);
    expect(twoProportionZ(40, 1000, 100, 10000) ** 2).toBeCloseTo(65.11444356748225, 9);
    expect(twoProportionZ(5, 1000, 100, 10000)).toBeCloseTo(-1.5504511235757068, 12);
    // A design effect of 2 divides z by √2.
    expect(twoProportionZ(40, 1000, 100, 10000, 2)).toBeCloseTo(8.069352115720458 / Math.SQRT2, 12);
    expect(twoProportionZ(0, 10, 0, 10)).toBe(0);
  });
});

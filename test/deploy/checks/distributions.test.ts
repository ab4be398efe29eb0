import { pnorm, qnorm } from '../../../src/deploy/checks/stats/normal.js';
import { dwilcox, pwilcox, qwilcox } from '../../../src/deploy/checks/stats/wilcox-distribution.js';
import { zeroin } from '../../../src/deploy/checks/stats/zeroin.js';

// Expected values: SciPy 1.17.1 (scipy.stats.norm.cdf / .ppf), an independent implementation;
// they agree with this port of R's pnorm/qnorm to at least 12 significant digits.
describe('pnorm and qnorm', () => {
  test.each([
    [0, 0.5],
    [1.96, 0.97500210485177952],
    [-1.96, 0.024997895148220435],
    [0.5, 0.69146246127401312],
    [3, 0.9986501019683699],
    [-10, 7.61985302416047e-24],
    [-37, 5.7255712225239266e-300],
  ])('pnorm(%p) = %p', (x, p) => {
    expect(pnorm(x)).toBeCloseTo(p, 15);
    expect(pnorm(x) / p).toBeCloseTo(1, 12);
  });

  test('upper tails keep their precision', () => {
    expect(pnorm(10, false) / 7.61985302416047e-24).toBeCloseTo(1, 12);
    expect(pnorm(-3, false)).toBeCloseTo(0.9986501019683699, 15);
  });

  test.each([
    [0.975, 1.959963984540054],
    [0.5, 0],
    [0.01, -2.3263478740408408],
    [0.999, 3.0902323061678132],
    [1e-10, -6.3613409024040557],
  ])('qnorm(%p) = %p', (p, x) => {
    expect(qnorm(p)).toBeCloseTo(x, 12);
  });

  test('qnorm inverts pnorm, from either tail', () => {
    for (const p of [1e-12, 1e-6, 0.002, 0.1, 0.4, 0.6, 0.9, 0.999]) {
      expect(pnorm(qnorm(p))).toBeCloseTo(p, 14);
      expect(pnorm(qnorm(p, false), false) / p).toBeCloseTo(1, 12);
    }
    expect(qnorm(0)).toBe(-Infinity);
    expect(qnorm(1)).toBe(Infinity);
    expect(qnorm(1.5)).toBeNaN();
  });
});

describe('the exact Wilcoxon distribution', () => {
  function countsByEnumeration(m: number, n: number): number[] {
    // W for every choice of the x ranks among 1..m+n: sum of x ranks − m(m+1)/2.
    const counts = new Array<number>(m * n + 1).fill(0);
    const choose = (start: number, left: number, sum: number) => {
      if (left === 0) {
        counts[sum - (m * (m + 1)) / 2]! += 1;
        return;
      }
      for (let rank = start; rank <= m + n - left + 1; rank += 1) choose(rank + 1, left - 1, sum + rank);
    };
    choose(1, m, 0);
    return counts;
  }

  test.each([
    [1, 1],
    [2, 3],
    [4, 4],
    [5, 7],
    [6, 2],
  ])('dwilcox(., %i, %i) equals enumeration', (m, n) => {
    const counts = countsByEnumeration(m, n);
    const total = counts.reduce((a, b) => a + b, 0);
    counts.forEach((count, w) => expect(dwilcox(w, m, n)).toBeCloseTo(count / total, 15));
  });

  test('pwilcox and qwilcox as R: pwilcox(3, 4, 5) = 0.0555..., qwilcox(0.025, 10, 5) = 9', () => {
    // counts for m = 4, n = 5 at W = 0..3: 1, 1, 2, 3 of C(9, 4) = 126.
    expect(pwilcox(3, 4, 5)).toBeCloseTo(7 / 126, 15);
    expect(pwilcox(3, 4, 5, false)).toBeCloseTo(119 / 126, 15);
    expect(pwilcox(-1, 4, 5)).toBe(0);
    expect(pwilcox(20, 4, 5)).toBe(1);
    // H&W at conf.level 0.9: qwilcox(0.05, 10, 5) = 12 gives the interval (d₁₂, d₃₉) = (-0.08, 0.72).
    expect(qwilcox(0.05, 10, 5)).toBe(12);
    for (const p of [0.01, 0.025, 0.1, 0.5, 0.9, 0.975]) {
      const q = qwilcox(p, 6, 7);
      expect(pwilcox(q, 6, 7)).toBeGreaterThanOrEqual(p - 1e-12);
      expect(pwilcox(q - 1, 6, 7)).toBeLessThan(p);
    }
  });
});

describe('zeroin (R uniroot)', () => {
  test('finds a smooth root within the tolerance, and stops on an exact zero at an end', () => {
    const { root } = zeroin((x) => x * x - 2, 0, 2, -2, 2, 1e-10);
    expect(root).toBeCloseTo(Math.SQRT2, 9);
    expect(zeroin((x) => x, 0, 1, 0, 1, 1e-4).root).toBe(0);
  });
});

/**
 * The exact null distribution of the Wilcoxon rank-sum (Mann-Whitney) statistic W for samples of
 * sizes m and n without ties, as R's `pwilcox` and `qwilcox` compute it. R uses it when both
 * samples have fewer than 50 values and no ties.
 */

const cache = new Map<string, Float64Array>();

/**
 * How many of the C(m+n, m) arrangements give W = 0, 1, ..., m·n. Built by placing the samples'
 * values one at a time in sorted order: an x placed after j y's adds j to W. Only additions, so
 * the counts are as exact as doubles allow (no cancellation); cached per (m, n).
 */
function counts(m: number, n: number): Float64Array {
  const key = `${m}/${n}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const max = m * n;
  // rows[i][u]: arrangements of i x's among the y's placed so far with statistic u.
  const rows = Array.from({ length: m + 1 }, () => new Float64Array(max + 1));
  for (let i = 0; i <= m; i += 1) rows[i]![0] = 1; // no y placed yet: every x precedes every y
  for (let j = 1; j <= n; j += 1) {
    // Placing the j-th y: an arrangement with i x's either ends in this y (row i unchanged) or
    // ends in an x placed after j y's (row i-1 shifted by j). Ascending i reads row i-1 already
    // updated for this j, which is what the second case needs.
    for (let i = 1; i <= m; i += 1) {
      const row = rows[i]!;
      const previous = rows[i - 1]!;
      for (let u = max; u >= j; u -= 1) row[u]! += previous[u - j]!;
    }
  }
  const result = rows[m]!;
  if (cache.size > 64) cache.clear();
  cache.set(key, result);
  return result;
}

function total(m: number, n: number): number {
  // The sum of the counts is C(m+n, m); summing keeps probabilities consistent with the counts.
  let sum = 0;
  for (const count of counts(m, n)) sum += count;
  return sum;
}

/** P(W = q) for integer q. */
export function dwilcox(q: number, m: number, n: number): number {
  if (!Number.isInteger(q) || q < 0 || q > m * n) return 0;
  return counts(m, n)[q]! / total(m, n);
}

/**
 * P(W ≤ q), or P(W > q) when `lowerTail` is false (R's `pwilcox`): sums the shorter tail, as R
 * does, so small tail probabilities keep their precision.
 */
export function pwilcox(q: number, m: number, n: number, lowerTail = true): number {
  const max = m * n;
  q = Math.floor(q + 1e-7);
  if (q < 0) return lowerTail ? 0 : 1;
  if (q >= max) return lowerTail ? 1 : 0;
  const frequencies = counts(m, n);
  const c = total(m, n);
  let p = 0;
  let lower = lowerTail;
  if (q <= max / 2) {
    for (let i = 0; i <= q; i += 1) p += frequencies[i]! / c;
  } else {
    q = max - q;
    for (let i = 0; i < q; i += 1) p += frequencies[i]! / c;
    lower = !lower;
  }
  return lower ? p : 0.5 - p + 0.5;
}

/** The smallest q with P(W ≤ q) ≥ p (R's `qwilcox`, including its 10·ε fuzz against rounding). */
export function qwilcox(p: number, m: number, n: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return m * n;
  const frequencies = counts(m, n);
  const c = total(m, n);
  let cumulative = 0;
  let q = 0;
  if (p <= 0.5) {
    const target = p - 10 * Number.EPSILON;
    for (;;) {
      cumulative += frequencies[q]! / c;
      if (cumulative >= target) break;
      q += 1;
    }
    return q;
  }
  const target = 1 - p + 10 * Number.EPSILON;
  for (;;) {
    cumulative += frequencies[q]! / c;
    if (cumulative > target) return m * n - q;
    q += 1;
  }
}

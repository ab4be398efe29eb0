/**
 * Fisher's exact test of two proportions, one-sided (Fisher 1935; Agresti, Categorical Data
 * Analysis, 2nd ed. §3.5): x events of n trials (the step) against y of m (the baseline). Given
 * the margins (n, m and the x + y events in all), x is hypergeometric under the null hypothesis
 * that both have one proportion, whatever that proportion is, so the p-value is exact at any
 * count, however small. It is R's `fisher.test(matrix(c(x, n - x, y, m - y), 2), alternative =
 * "greater" | "less")` and scipy's `fisher_exact([[x, y], [n - x, m - y]], alternative)`.
 *
 * The tail is summed from the observed count away from the mode, each term from the previous by
 * the pmf's ratio, so no term is a difference of large numbers; a tail on the mode's side is one
 * minus the other tail.
 */
import { logChoose } from './log-gamma.js';

/** `greater`: the step's proportion is higher (R's odds ratio > 1); `less`: lower. */
export type ProportionTail = 'greater' | 'less';

/** The hypergeometric law of x: `draws` (n) taken from `population` (n + m) holding `events` (x + y). */
interface Hypergeometric {
  population: number;
  events: number;
  draws: number;
  lowest: number;
  highest: number;
  mode: number;
}

function law(n: number, m: number, events: number): Hypergeometric {
  const population = n + m;
  return {
    population,
    events,
    draws: n,
    lowest: Math.max(0, events - m),
    highest: Math.min(events, n),
    mode: Math.floor(((n + 1) * (events + 1)) / (population + 2)),
  };
}

function logPmf(h: Hypergeometric, k: number): number {
  return logChoose(h.events, k) + logChoose(h.population - h.events, h.draws - k) - logChoose(h.population, h.draws);
}

/** P(X ≥ k). */
function upper(h: Hypergeometric, k: number): number {
  if (k <= h.lowest) return 1;
  if (k > h.highest) return 0;
  if (k <= h.mode) return 1 - lower(h, k - 1);
  let term = Math.exp(logPmf(h, k));
  let sum = 0;
  for (let j = k; j <= h.highest && term > 0; j += 1) {
    sum += term;
    if (term < sum * 1e-17) break;
    term *= ((h.events - j) * (h.draws - j)) / ((j + 1) * (h.population - h.events - h.draws + j + 1));
  }
  return Math.min(1, sum);
}

/** P(X ≤ k). */
function lower(h: Hypergeometric, k: number): number {
  if (k >= h.highest) return 1;
  if (k < h.lowest) return 0;
  if (k >= h.mode) return 1 - upper(h, k + 1);
  let term = Math.exp(logPmf(h, k));
  let sum = 0;
  for (let j = k; j >= h.lowest && term > 0; j -= 1) {
    sum += term;
    if (term < sum * 1e-17) break;
    term *= (j * (h.population - h.events - h.draws + j)) / ((h.events - j + 1) * (h.draws - j + 1));
  }
  return Math.min(1, sum);
}

function checkCounts(x: number, n: number, y: number, m: number): void {
  for (const [name, value] of [['x', x], ['n', n], ['y', y], ['m', m]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`fisherExactTest: ${name} must be a non-negative integer, not ${value}`);
  }
  if (x > n || y > m) throw new RangeError(`fisherExactTest: events exceed trials (x ${x} of n ${n}, y ${y} of m ${m})`);
}

/**
 * The one-sided p-value of Fisher's exact test: the chance, given the margins, of x events or more
 * (`greater`) or x or fewer (`less`) among the n trials of the step.
 * @param x events (errors) of the step; n its trials (requests)
 * @param y events of the baseline; m its trials
 * @throws RangeError when a count is not a non-negative integer or events exceed trials
 */
export function fisherExactTest(x: number, n: number, y: number, m: number, alternative: ProportionTail): number {
  checkCounts(x, n, y, m);
  const h = law(n, m, x + y);
  return alternative === 'greater' ? upper(h, x) : lower(h, x);
}

/**
 * The fewest events among the n trials of the step that Fisher's test finds significant at
 * `level` against y of m (`greater`), or the most (`less`); undefined when no count can be.
 * The p-value is monotone in x with the baseline fixed, so a bisection finds it.
 */
export function fisherCriticalCount(n: number, y: number, m: number, level: number, alternative: ProportionTail): number | undefined {
  checkCounts(0, n, y, m);
  const significant = (x: number) => fisherExactTest(x, n, y, m, alternative) < level;
  if (alternative === 'greater') {
    if (!significant(n)) return undefined;
    let [low, high] = [-1, n]; // significant(high), not significant(low) (x = -1 never is)
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (significant(middle)) high = middle;
      else low = middle;
    }
    return high;
  }
  if (!significant(0)) return undefined;
  let [low, high] = [0, n + 1]; // significant(low), not significant(high)
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (significant(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * The two-proportion z statistic with the pooled proportion, (x/n − y/m) / √(p̄(1 − p̄)(1/n + 1/m)),
 * its variance multiplied by `designEffect` (≥ 1 for overdispersed counts): how many standard
 * errors the step's proportion lies from the baseline's. 0 when every trial or none is an event.
 */
export function twoProportionZ(x: number, n: number, y: number, m: number, designEffect = 1): number {
  if (!(n > 0 && m > 0)) return 0;
  const pooled = (x + y) / (n + m);
  if (pooled <= 0 || pooled >= 1) return 0;
  return (x / n - y / m) / Math.sqrt(designEffect * pooled * (1 - pooled) * (1 / n + 1 / m));
}

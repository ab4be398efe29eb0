/**
 * ln Γ(x) for x > 0, for the log-factorials of exact count tests (ln n! = logGamma(n + 1)).
 * Stirling's series from x ≥ 15 (its first omitted term is below 3e-16 there), and the recurrence
 * Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) below. The absolute error grows with x only through
 * rounding: about 1e-16 · x ln x, so about 1e-9 at a million, which is what a p-value built from
 * differences of such logarithms can be trusted to (relative).
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be positive, not ${x}`);
  let shift = 0;
  let value = x;
  while (value < 15) {
    shift += Math.log(value);
    value += 1;
  }
  const inverse = 1 / value;
  const inverseSquared = inverse * inverse;
  // 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹): Stirling's series (Bernoulli terms).
  const series = inverse * (1 / 12 - inverseSquared * (1 / 360 - inverseSquared * (1 / 1260 - inverseSquared * (1 / 1680 - inverseSquared / 1188))));
  return (value - 0.5) * Math.log(value) - value + HALF_LOG_TWO_PI + series - shift;
}

/** ln C(n, k) for integers 0 ≤ k ≤ n. */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  if (k === 0 || k === n) return 0;
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

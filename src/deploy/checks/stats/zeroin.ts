/**
 * R's `uniroot` root finder (Brent's method, R_zeroin2 in R's zeroin.c), step for step. The
 * asymptotic confidence interval of `wilcox.test` is the root of a step function found by this
 * search with an absolute tolerance of 1e-4, so R's printed interval is wherever this particular
 * iteration stops inside that tolerance; reproducing R's numbers means reproducing the iteration.
 */

export interface ZeroinResult {
  root: number;
  /** Iterations used; -1 when `maxIterations` ran out (R warns and returns the last estimate). */
  iterations: number;
}

/**
 * A root of `f` in [lower, upper], given f(lower) and f(upper) of opposite signs (or zero).
 * @param tol absolute tolerance (R's `tol`, 1e-4 in `wilcox.test`)
 */
export function zeroin(
  f: (x: number) => number,
  lower: number,
  upper: number,
  fLower: number,
  fUpper: number,
  tol: number,
  maxIterations = 1000,
): ZeroinResult {
  let a = lower;
  let b = upper;
  let fa = fLower;
  let fb = fUpper;
  let c = a;
  let fc = fa;
  if (fa === 0) return { root: a, iterations: 0 };
  if (fb === 0) return { root: b, iterations: 0 };
  let left = maxIterations + 1;
  while (left-- > 0) {
    const previousStep = b - a;
    if (Math.abs(fc) < Math.abs(fb)) {
      // Keep b the best approximation so far.
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * Number.EPSILON * Math.abs(b) + tol / 2;
    let step = (c - b) / 2;
    if (Math.abs(step) <= tolerance || fb === 0) return { root: b, iterations: maxIterations + 1 - left - 1 };
    if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      // Interpolation may be tried: linear with two distinct points, inverse quadratic with three.
      let p: number;
      let q: number;
      const cb = c - b;
      if (a === c) {
        const t1 = fb / fa;
        p = cb * t1;
        q = 1.0 - t1;
      } else {
        const qa = fa / fc;
        const t1 = fb / fc;
        const t2 = fb / fa;
        p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1.0));
        q = (qa - 1.0) * (t1 - 1.0) * (t2 - 1.0);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (p < 0.75 * cb * q - Math.abs(tolerance * q) / 2 && p < Math.abs((previousStep * q) / 2)) step = p / q;
    }
    if (Math.abs(step) < tolerance) step = step > 0 ? tolerance : -tolerance;
    a = b;
    fa = fb;
    b += step;
    fb = f(b);
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
    }
  }
  return { root: b, iterations: -1 };
}

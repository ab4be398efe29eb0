import {
  judgeCheck,
  lookAlpha,
  StepJudge,
  type CheckSpec,
  type Sample,
} from '../../../src/deploy/checks/index.js';

const check = (overrides: Partial<CheckSpec> = {}): CheckSpec => ({
  name: 'error-rate',
  query: 'q',
  judge: 'threshold',
  direction: 'increase',
  critical: false,
  noData: 'inconclusive',
  line: 1,
  ...overrides,
});

const series = (values: number[], start = 0, stepMs = 10_000): Sample[] => values.map((value, index) => ({ time: start + index * stepMs, value }));
const look = (n: number, looks = 5, alpha = lookAlpha(looks)) => ({ look: n, looks, alpha });

/** A deterministic sequence of error ratios around `level` (±20%), for baselines. */
function noisy(level: number, count: number, seed = 1): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 16807) % 2147483647;
    return level * (0.8 + 0.4 * (state / 2147483647));
  });
}

describe('threshold judge', () => {
  test('max fails on any sample above it and reports the worst', () => {
    const result = judgeCheck(check({ max: 0.02 }), [], series([0.01, 0.03, 0.015, 0.05]), look(1));
    expect(result).toMatchObject({ verdict: 'fail', classification: 'high', settled: true });
    expect(result.reason).toBe('2 of 4 samples above max 0.02 (worst 0.05)');
    expect(result.numbers).toMatchObject({ current: 0.05, bound: 0.02, boundKind: 'max' });
  });

  test('min fails on any sample below it', () => {
    const result = judgeCheck(check({ min: 100, direction: 'decrease' }), [], series([120, 90, 130]), look(1));
    expect(result).toMatchObject({ verdict: 'fail', classification: 'low', reason: '1 of 3 samples below min 100 (lowest 90)' });
  });

  test('max alone passes with the median and needs no baseline', () => {
    const result = judgeCheck(check({ max: 0.02 }), [], series([0.01, 0.012, 0.011]), look(2));
    expect(result).toMatchObject({ verdict: 'pass', classification: 'pass', settled: false, reason: 'all 3 samples ≤ max 0.02 (median 0.011)' });
  });

  test('max-increase 50%: the step median against the baseline median', () => {
    const spec = check({ maxIncrease: { kind: 'relative', fraction: 0.5, text: '50%' } });
    const baseline = series([0.01, 0.01, 0.012, 0.009, 0.5]); // median 0.01, one spike ignored
    const fine = judgeCheck(spec, baseline, series([0.013, 0.014, 0.012]), look(1));
    expect(fine).toMatchObject({ verdict: 'pass', numbers: { baseline: 0.01, current: 0.013, bound: 0.015, boundKind: 'max-increase' } });
    expect(fine.numbers.change).toBeCloseTo(0.3, 12);
    expect(fine.reason).toBe('median 0.013 within 0.015 (baseline median 0.01 + 50%)');
    const worse = judgeCheck(spec, baseline, series([0.02, 0.019, 0.021]), look(1));
    expect(worse).toMatchObject({ verdict: 'fail', classification: 'high' });
    expect(worse.reason).toBe('median 0.02 is above 0.015, the baseline median 0.01 + 50% (+100%)');
  });

  test('max-increase with direction decrease and an absolute amount', () => {
    const spec = check({ direction: 'decrease', maxIncrease: { kind: 'absolute', amount: 10, text: '10' } });
    const baseline = series([100, 100, 100]);
    expect(judgeCheck(spec, baseline, series([95, 92]), look(1))).toMatchObject({ verdict: 'pass', numbers: { bound: 90 } });
    const result = judgeCheck(spec, baseline, series([80, 85]), look(1));
    expect(result).toMatchObject({ verdict: 'fail', classification: 'low', numbers: { bound: 90 } });
    // An increase is not bad for a `decrease` check.
    expect(judgeCheck(spec, baseline, series([500]), look(1)).verdict).toBe('pass');
  });

  test('direction either bounds both ways', () => {
    const spec = check({ direction: 'either', maxIncrease: { kind: 'relative', fraction: 0.2, text: '20%' } });
    const baseline = series([10, 10, 10]);
    expect(judgeCheck(spec, baseline, series([13]), look(1)).classification).toBe('high');
    expect(judgeCheck(spec, baseline, series([7]), look(1)).classification).toBe('low');
    expect(judgeCheck(spec, baseline, series([11]), look(1)).reason).toBe('median 11 within 8…12 (baseline median 10 ± 20%)');
  });
});

describe('mann-whitney judge', () => {
  const spec = check({ judge: 'mann-whitney' });
  const baseline = series(noisy(0.02, 60), -600_000);

  test('a clear increase is High, with every number of the verdict', () => {
    const result = judgeCheck(spec, baseline, series(noisy(0.04, 12, 7)), look(2));
    expect(result).toMatchObject({ verdict: 'fail', classification: 'high', settled: true });
    const numbers = result.numbers;
    expect(numbers.confLevel).toBe(0.98); // Kayenta's interval, for the effect-size filter
    expect(numbers.alpha).toBeCloseTo(0.004, 15); // the look's level: 0.02 / 5
    expect(numbers.confInt![0]).toBeGreaterThan(numbers.effectBound!);
    expect(numbers.effectBound).toBeCloseTo(0.25 * Math.abs(numbers.estimate!), 15);
    expect(numbers.statistic).toBe(720); // every after-sample above every before-sample: 12 · 60
    expect(numbers.pValue).toBeLessThan(1e-6);
    expect(numbers.ratio).toBeGreaterThan(1.8);
    expect(numbers.samples).toEqual({ baseline: 60, current: 12, dropped: 0 });
    expect(result.reason).toMatch(/^higher than the baseline: 98% CI of the shift \[.*\] is above .* \(¼ of the estimated shift .*\); mean ratio .*; W = 720, p = .* < α 0\.004$/);
  });

  test('the same data is not bad for direction decrease, and Low for a drop', () => {
    expect(judgeCheck(check({ judge: 'mann-whitney', direction: 'decrease' }), baseline, series(noisy(0.04, 12, 7)), look(2)).verdict).toBe('pass');
    const drop = judgeCheck(check({ judge: 'mann-whitney', direction: 'decrease' }), baseline, series(noisy(0.005, 12, 7)), look(2));
    expect(drop).toMatchObject({ verdict: 'fail', classification: 'low' });
  });

  test('no change passes and says why', () => {
    const result = judgeCheck(spec, baseline, series(noisy(0.02, 12, 3)), look(2));
    expect(result).toMatchObject({ verdict: 'pass', classification: 'pass', settled: false });
    expect(result.reason).toMatch(/^no significant increase: p = .* ≥ α 0\.004 with 12 samples after the deploy against 60 before; 98% CI of the shift \[.*\]$/);
  });

  test('max-increase is the effect-size threshold: significant but too small passes', () => {
    const small = check({ judge: 'mann-whitney', maxIncrease: { kind: 'relative', fraction: 0.5, text: '50%' } });
    const result = judgeCheck(small, baseline, series(noisy(0.026, 40, 9)), look(5));
    expect(result.verdict).toBe('pass');
    expect(result.reason).toMatch(/^higher than the baseline \(.*\) but not by enough: mean ratio 1\.\d+ < 1\.5 \(max-increase 50%\)/);
    expect(judgeCheck(small, baseline, series(noisy(0.04, 12, 7)), look(2)).verdict).toBe('fail');
  });

  test('identical values on both sides pass (R cannot build an interval)', () => {
    const result = judgeCheck(spec, series([0, 0, 0]), series([0, 0]), look(1));
    expect(result).toMatchObject({ verdict: 'pass', reason: 'every sample before and after is 0: nothing changed' });
  });

  test('max still applies to every sample', () => {
    const result = judgeCheck(check({ judge: 'mann-whitney', max: 0.03 }), baseline, series([0.02, 0.031, 0.02]), look(1));
    expect(result).toMatchObject({ verdict: 'fail', classification: 'high', reason: '1 of 3 samples above max 0.03 (worst 0.031)' });
  });

  test('overlapping windows are thinned to independent samples', () => {
    const overlapping = check({ judge: 'mann-whitney', windowMs: 60_000 });
    const result = judgeCheck(overlapping, baseline, series(noisy(0.02, 12, 3)), look(2));
    expect(result.numbers.samples).toEqual({ baseline: 10, current: 2, dropped: 0, spacingMs: 60_000 });
    expect(result.reason).toMatch(/\(samples 60s apart: the query's windows overlap\)$/);
  });
});

describe('no data and failed measurements', () => {
  const spec = (noData: CheckSpec['noData']) => check({ max: 1, noData });
  const nan = series([NaN, NaN]);

  test('waits until the last look whatever the policy', () => {
    for (const policy of ['fail', 'pass', 'inconclusive'] as const) {
      const result = judgeCheck(spec(policy), [], nan, look(2));
      expect(result).toMatchObject({ verdict: 'inconclusive', classification: 'no-data', settled: false });
      expect(result.reason).toBe('no samples since the step began (2 NaN or infinite samples left out, e.g. 0/0 without traffic); waiting');
    }
  });

  test('at the last look: pass, fail, or extend once and then fail', () => {
    expect(judgeCheck(spec('pass'), [], [], look(5))).toMatchObject({ verdict: 'pass', classification: 'no-data', settled: true });
    expect(judgeCheck(spec('fail'), [], [], look(5))).toMatchObject({ verdict: 'fail', classification: 'no-data', reason: 'no samples since the step began; fails by `no-data: fail`' });
    expect(judgeCheck(spec('inconclusive'), [], [], look(5))).toMatchObject({ verdict: 'inconclusive', extend: true, settled: false });
    expect(judgeCheck(spec('inconclusive'), [], [], look(6))).toMatchObject({
      verdict: 'fail',
      reason: 'no samples since the step began; fails by `no-data: inconclusive`, still no data after the extra interval',
    });
  });

  test('a judge that needs a baseline has no data without one', () => {
    const result = judgeCheck(check({ judge: 'mann-whitney', noData: 'fail' }), [], series([0.1]), look(5));
    expect(result).toMatchObject({ verdict: 'fail', reason: 'no baseline samples before the deploy; fails by `no-data: fail`' });
  });

  test('a failed measurement never passes', () => {
    expect(judgeCheck(spec('pass'), [], { error: 'ECONNREFUSED' }, look(1))).toMatchObject({ verdict: 'inconclusive', classification: 'error' });
    expect(judgeCheck(spec('pass'), [], { error: 'ECONNREFUSED' }, look(5))).toMatchObject({
      verdict: 'fail',
      classification: 'error',
      reason: 'could not be measured: ECONNREFUSED',
    });
  });
});

describe('repeated looks', () => {
  test('Bonferroni: α/K per look; none: α', () => {
    expect(lookAlpha(5)).toBeCloseTo(0.004, 15);
    expect(lookAlpha(1)).toBeCloseTo(0.02, 15);
    expect(lookAlpha(5, 0.02, 'none')).toBeCloseTo(0.02, 15);
    expect(() => lookAlpha(0)).toThrow(RangeError);
  });

  test('with 20 looks, a shift Kayenta\'s plain test rejects at 2% passes at 0.1%', () => {
    // With 5 looks the correction hardly binds: Kayenta's effect filter (98% interval clear of
    // ¼ of the shift) already needs about z > 3.1, p < 0.002 two-sided; with 20 looks it does.
    const baseline = series(noisy(0.02, 60), -600_000);
    const current = series(noisy(0.022, 12, 17));
    const spec = check({ judge: 'mann-whitney' });
    const plain = judgeCheck(spec, baseline, current, look(2, 20, lookAlpha(20, 0.02, 'none')));
    const corrected = judgeCheck(spec, baseline, current, look(2, 20));
    expect(plain.numbers.pValue).toBeGreaterThan(0.001);
    expect(plain.verdict).toBe('fail');
    expect(corrected.verdict).toBe('pass');
    expect(corrected.reason).toMatch(/^no significant increase: p = 0\.002\d* ≥ α 0\.001 with 12 samples after the deploy against 60 before; 98% CI of the shift \[0\.000\d+, 0\.00\d+\]$/);
  });
});

describe('StepJudge: Kayenta scoring per look', () => {
  const checks = [
    check({ name: 'errors', judge: 'mann-whitney', critical: true }),
    check({ name: 'latency', max: 0.5 }),
    check({ name: 'throughput', min: 10, direction: 'decrease' }),
  ];
  const baselines = new Map([
    ['errors', series(noisy(0.02, 60), -600_000)],
    ['latency', series(noisy(0.2, 60), -600_000)],
    ['throughput', series(noisy(50, 60), -600_000)],
  ]);
  const healthy = (n: number) =>
    new Map([
      ['errors', series(noisy(0.02, 6 * n, 11))],
      ['latency', series(noisy(0.2, 6 * n, 12))],
      ['throughput', series(noisy(50, 6 * n, 13))],
    ]);

  test('a healthy step continues, then passes at the last look with score 100', () => {
    const judge = new StepJudge(checks, baselines, { looks: 3 });
    expect(judge.judgeLook(healthy(1))).toMatchObject({ look: 1, decision: 'continue', score: 100 });
    expect(judge.judgeLook(healthy(2)).decision).toBe('continue');
    const last = judge.judgeLook(healthy(3));
    expect(last).toMatchObject({ look: 3, looks: 3, decision: 'pass', score: 100, reason: 'score 100: 3 of 3 checks pass' });
    expect(last.alpha).toBeCloseTo(0.02 / 3, 15);
    expect(() => judge.judgeLook(healthy(4))).toThrow('already decided');
  });

  test('a failing critical check fails the step at once', () => {
    const judge = new StepJudge(checks, baselines, { looks: 5 });
    const bad = healthy(1);
    bad.set('errors', series(noisy(0.2, 6, 5)));
    const verdict = judge.judgeLook(bad);
    expect(verdict).toMatchObject({ decision: 'fail', score: 0 });
    expect(verdict.reason).toMatch(/^critical check errors failed: higher than the baseline/);
  });

  test('a non-critical failure below marginal fails early; a marginal score fails only at the end', () => {
    const many = [...Array.from({ length: 4 }, (_, i) => check({ name: `c${i}`, max: 1 }))];
    const judge = new StepJudge(many, new Map(), { looks: 2 });
    const values = (bad: number) => new Map(many.map((c, i) => [c.name, series([i < bad ? 2 : 0.5])]));
    // 1 of 4 failing: 75 is not below the marginal 75, so the step goes on, and that check stays failed.
    expect(judge.judgeLook(values(1))).toMatchObject({ decision: 'continue', score: 75 });
    expect(judge.judgeLook(values(0))).toMatchObject({ decision: 'fail', score: 75, reason: 'score 75 is below the pass threshold 95 (failing: c0)' });
    const early = new StepJudge(many, new Map(), { looks: 5 });
    expect(early.judgeLook(values(2))).toMatchObject({ decision: 'fail', score: 50, reason: 'score 50 is below the marginal threshold 75 (failing: c0, c1)' });
  });

  test('no data: extends once, judges only the waiting check, then fails it', () => {
    const two = [check({ name: 'errors', max: 1, noData: 'inconclusive' }), check({ name: 'latency', max: 1 })];
    const judge = new StepJudge(two, new Map(), { looks: 2 });
    const looks = (errors: Sample[]) => new Map([['errors', errors], ['latency', series([0.5])]]);
    expect(judge.judgeLook(looks([])).decision).toBe('continue');
    const last = judge.judgeLook(looks([]));
    expect(last).toMatchObject({ decision: 'extend', reason: 'no data yet for errors: one more interval (no-data: inconclusive)' });
    const extension = judge.judgeLook(looks([]));
    expect(extension).toMatchObject({ look: 3, decision: 'fail', score: 50 });
    // The passing check was settled at the last planned look and is not judged again.
    expect(extension.checks[1]).toBe(last.checks[1]);
  });

  test('no extension when the step cannot pass anyway', () => {
    const two = [check({ name: 'errors', max: 1 }), check({ name: 'latency', max: 1 })];
    const judge = new StepJudge(two, new Map(), { looks: 1, thresholds: { pass: 95, marginal: 0 } });
    const verdict = judge.judgeLook(new Map([['errors', []], ['latency', series([2])]]));
    expect(verdict).toMatchObject({ decision: 'fail', score: 0, reason: 'score 0 is below the pass threshold 95 (failing: latency)' });
  });

  test('data arriving in the extension look decides the check', () => {
    const judge = new StepJudge([check({ name: 'errors', max: 1 })], new Map(), { looks: 1 });
    expect(judge.judgeLook(new Map([['errors', []]])).decision).toBe('extend');
    expect(judge.judgeLook(new Map([['errors', series([0.5])]]))).toMatchObject({ decision: 'pass', score: 100 });
  });

  test('nothing decided at the last look fails the step', () => {
    const judge = new StepJudge([check({ name: 'errors', max: 1 })], new Map(), { looks: 1 });
    judge.judgeLook(new Map([['errors', { error: 'timeout' }]]));
    expect(judge.history).toHaveLength(1);
    expect(judge.history[0]).toMatchObject({ decision: 'fail', score: 0 });
  });
});

describe('mann-whitney: the p-value must agree with the interval', () => {
  test('two samples above every baseline sample are not enough, whatever R\'s interval says', () => {
    // Ties force the normal approximation; its largest possible z with 2 against 11 samples is
    // about 2.1, below the 99% quantile 2.33, so R's 98% interval falls back to the smallest
    // difference (> 0) while p = 0.035: Kayenta would call this High, even without correction.
    const baseline = series([0.015, 0.02, 0.015, 0.01, 0.02, 0.025, 0.015, 0.02, 0.01, 0.015, 0.02]);
    const result = judgeCheck(check({ judge: 'mann-whitney' }), baseline, series([0.17, 0.185]), look(1, 3, lookAlpha(3, 0.02, 'none')));
    expect(result.numbers.confInt![0]).toBeGreaterThan(result.numbers.effectBound!);
    expect(result.numbers.pValue).toBeGreaterThan(0.02);
    expect(result).toMatchObject({ verdict: 'pass', classification: 'pass' });
    expect(result.reason).toMatch(/^no significant increase: p = 0\.0\d+ ≥ α 0\.02 with 2 samples after the deploy against 11 before/);
  });
});

/**
 * `judge: proportion`: count queries, count windows, the design effect, the judge's verdicts and
 * numbers, a StepJudge run on simulated counts, and the lines and table that show them.
 */
import {
  chartSamples,
  checksTable,
  countQuery,
  countWindows,
  designEffect,
  fisherCriticalCount,
  fisherExactTest,
  formatP,
  formatProgressLines,
  judgeCheck,
  lookAlpha,
  readCheckSamples,
  StepJudge,
  type CheckSpec,
  type CountSeries,
  type Sample,
} from '../../../src/deploy/checks/index.js';
import { seededRandom } from '../../../src/runtime/seeded-random.js';

const check = (overrides: Partial<CheckSpec> = {}): CheckSpec => ({
  name: 'errors',
  query: '(e) / (t)',
  counts: { errors: { query: 'e', kind: 'increase' }, total: { query: 't', kind: 'increase' } },
  judge: 'proportion',
  direction: 'increase',
  critical: true,
  noData: 'inconclusive',
  windowMs: 10_000,
  line: 1,
  ...overrides,
});

/** Count windows as a provider returns them: one sample of each query every 10 s from `start`. */
const counts = (pairs: readonly (readonly [number, number])[], start = 0, stepMs = 10_000): CountSeries => ({
  errors: pairs.map(([errors], index) => ({ time: start + index * stepMs, value: errors })),
  total: pairs.map(([, total], index) => ({ time: start + index * stepMs, value: total })),
});
const repeat = (count: number, make: (index: number) => readonly [number, number]) => Array.from({ length: count }, (_, index) => make(index));
const look = (n: number, looks = 5) => ({ look: n, looks, alpha: lookAlpha(looks) });

// 60 windows of 150 requests, 1 or 2 errors in turn: 1% and less spread than binomial (d = 1).
const BASELINE = counts(repeat(60, (i) => [i % 2 === 0 ? 1 : 2, 150]), -600_000);

describe('count queries', () => {
  test('increase and rate over one range', () => {
    expect(countQuery('sum(increase(http_requests_total{code=~"5.."}[10s]))')).toEqual({ kind: 'increase', windowMs: 10_000 });
    expect(countQuery('sum(rate(a[1m])) + sum(rate(b{x="[5m]"}[1m])) or vector(0)')).toEqual({ kind: 'rate', windowMs: 60_000 });
    expect(countQuery('sum by (job) (increase(http_requests_total{path=~"/a/.*"}[30s] offset 5m))')).toEqual({ kind: 'increase', windowMs: 30_000 });
  });

  test('what is not a count', () => {
    const problem = (query: string) => (countQuery(query) as { problem: string }).problem;
    expect(problem('sum(http_requests_total)')).toMatch(/^is not a count; write a counter's increase/);
    expect(problem('sum(irate(x[10s]))')).toBe('uses irate(), which is not a count over the range; use increase(...) or rate(...) of a counter');
    expect(problem('avg_over_time(x[1m])')).toMatch(/^uses avg_over_time\(\)/);
    expect(problem('sum(increase(x[10s])) * 60')).toMatch(/^is scaled or divided \(`\*`\)/);
    expect(problem('sum(increase(x[10s])) / sum(increase(y[10s]))')).toMatch(/^is scaled or divided \(`\/`\)/);
    expect(problem('sum(increase(x[10s])) + sum(rate(y[10s]))')).toMatch(/^mixes increase\(\) and rate\(\)/);
    expect(problem('sum(increase(x[10s])) + sum(increase(y[1m]))')).toMatch(/^has ranges of different lengths/);
  });
});

describe('count windows', () => {
  const queries = check().counts!;

  test('pairs the two series by time; a rate is times the range; a missing errors sample is 0 errors', () => {
    const series: CountSeries = {
      errors: [
        { time: 0, value: 0.2 },
        { time: 20_003, value: 0.1 }, // another query's timestamps may differ by milliseconds
      ],
      total: [
        { time: 0, value: 16 },
        { time: 10_000, value: 15 },
        { time: 20_000, value: 17 },
      ],
    };
    const rate = { errors: { query: 'e', kind: 'rate' as const }, total: { query: 't', kind: 'rate' as const } };
    const result = countWindows(series, rate, 10_000);
    expect(result.windows).toEqual([
      { time: 0, errors: 2, total: 160 },
      { time: 10_000, errors: 0, total: 150 },
      { time: 20_000, errors: 1, total: 170 },
    ]);
    expect(result).toMatchObject({ errors: 3, total: 480, missingErrors: 1, dropped: 0, thinned: false });
  });

  test('samples closer than the range overlap: only windows a range apart are summed', () => {
    const every5s = counts(repeat(7, () => [1, 100]), 0, 5000);
    const result = countWindows(every5s, queries, 10_000);
    expect(result.windows.map((window) => window.time)).toEqual([0, 10_000, 20_000, 30_000]);
    expect(result).toMatchObject({ errors: 4, total: 400, thinned: true });
  });

  test('samples that are not counts are left out', () => {
    const series: CountSeries = { errors: [{ time: 0, value: NaN }], total: [{ time: 0, value: 100 }, { time: 10_000, value: -1 }] };
    expect(countWindows(series, queries, 10_000)).toMatchObject({ windows: [{ time: 0, errors: 0, total: 100 }], dropped: 2 });
  });

  test('per-window proportions for a chart, and reading both queries', async () => {
    expect(chartSamples(counts([[1, 100], [0, 0]]), check())).toEqual([
      { time: 0, value: 0.01 },
      { time: 10_000, value: NaN },
    ]);
    const ratios = [{ time: 0, value: 0.5 }];
    expect(chartSamples(ratios, check({ judge: 'mann-whitney', counts: undefined }))).toEqual(ratios);
    const asked: string[] = [];
    const read = async (query: string): Promise<Sample[]> => {
      asked.push(query);
      return [{ time: 0, value: query === 'e' ? 1 : 10 }];
    };
    expect(await readCheckSamples(check(), read)).toEqual({ errors: [{ time: 0, value: 1 }], total: [{ time: 0, value: 10 }] });
    expect(await readCheckSamples(check({ judge: 'threshold', counts: undefined, query: 'q' }), read)).toEqual([{ time: 0, value: 10 }]);
    expect(asked).toEqual(['e', 't', 'q']);
  });
});

describe('design effect', () => {
  test('Pearson X² over its degrees of freedom, at least 1 (hand-computed)', () => {
    const window = (errors: number, total: number) => ({ time: 0, errors, total });
    // p̄ = 8/400 = 0.02, expected 2 each: X² = (9 + 4 + 4 + 1) / (2 · 0.98) = 9.1837, over 3.
    expect(designEffect([window(5, 100), window(0, 100), window(0, 100), window(3, 100)])).toBeCloseTo(18 / 1.96 / 3, 12);
    // Less spread than binomial: 1.
    expect(designEffect([window(2, 100), window(0, 100), window(1, 100), window(1, 100)])).toBe(1);
    // Nothing to measure: no errors, one window, no requests.
    expect(designEffect([window(0, 100), window(0, 100)])).toBe(1);
    expect(designEffect([window(3, 100)])).toBe(1);
    expect(designEffect([window(0, 0), window(0, 0)])).toBe(1);
  });
});

describe('judge: proportion', () => {
  test('twice the errors: high, with every number', () => {
    const current = counts(repeat(12, () => [3, 150]));
    const result = judgeCheck(check({ maxIncrease: { kind: 'relative', fraction: 0.5, text: '50%' } }), BASELINE, current, look(2));
    expect(result).toMatchObject({ verdict: 'fail', classification: 'high', settled: true, judge: 'proportion' });
    const p = fisherExactTest(36, 1800, 90, 9000, 'greater');
    const critical = fisherCriticalCount(1800, 90, 9000, 0.002, 'greater')!;
    expect(result.numbers).toMatchObject({
      baseline: 0.01,
      current: 0.02,
      change: 1,
      ratio: 2,
      counts: { baseline: { errors: 90, total: 9000 }, current: { errors: 36, total: 1800 } },
      designEffect: 1,
      alpha: 0.002,
      pValue: p,
      bound: Math.max(critical / 1800, 0.015),
      boundKind: 'significance',
      samples: { baseline: 60, current: 12, dropped: 0 },
    });
    // (0.02 − 0.01) / √(p̄(1 − p̄)(1/1800 + 1/9000)) with p̄ = 126/10800
    expect(result.numbers.statistic).toBeCloseTo(0.01 / Math.sqrt((126 / 10800) * (1 - 126 / 10800) * (1 / 1800 + 1 / 9000)), 12);
    expect(result.reason).toBe(
      `higher than the baseline: 0.02 (36 of 1800) against the baseline's 0.01 (90 of 9000), Fisher p = ${formatP(p)} < α 0.002 (one-sided), z = 3.61; ratio 2 ≥ 1.5 (max-increase 50%)`,
    );
  });

  test('a small rise is not significant: pass, with where it would fail', () => {
    const result = judgeCheck(check(), BASELINE, counts(repeat(12, (i) => [i % 3 === 0 ? 2 : 1, 150])), look(2));
    expect(result).toMatchObject({ verdict: 'pass', classification: 'pass', settled: false });
    expect(result.numbers.current).toBeCloseTo(16 / 1800, 12);
    expect(result.numbers.bound).toBe(fisherCriticalCount(1800, 90, 9000, 0.002, 'greater')! / 1800);
    expect(result.reason).toMatch(/^no significant increase: 0\.008889 \(16 of 1800\) against the baseline's 0\.01 \(90 of 9000\), Fisher p = 0\.\d+ ≥ α 0\.002 \(one-sided\), z = -0\.\d\d; fails at ≥ 0\.01\d+$/);
  });

  test('significant but smaller than max-increase: pass', () => {
    // 100,000 requests a window: 1.1% against 1% is significant, but not 50% worse.
    const baseline = counts(repeat(60, () => [1000, 100_000]), -600_000);
    const spec = check({ maxIncrease: { kind: 'relative', fraction: 0.5, text: '50%' } });
    const result = judgeCheck(spec, baseline, counts(repeat(6, () => [1100, 100_000])), look(1));
    expect(result.verdict).toBe('pass');
    expect(result.numbers.pValue).toBeLessThan(1e-10);
    expect(result.numbers.bound).toBeCloseTo(0.015, 12); // the floor, above the significance line
    expect(result.reason).toMatch(/^higher than the baseline \(Fisher p = .* < α 0\.002 \(one-sided\), z = \d+\.\d\d\) but not by enough: ratio 1\.1 < 1\.5 \(max-increase 50%\); 0\.011 \(6600 of 600000\)/);
    // An absolute max-increase: the difference of the proportions.
    const absolute = judgeCheck(check({ maxIncrease: { kind: 'absolute', amount: 0.0005, text: '0.0005' } }), baseline, counts(repeat(6, () => [1100, 100_000])), look(1));
    expect(absolute).toMatchObject({ verdict: 'fail', classification: 'high' });
    expect(absolute.reason).toContain('difference 0.001 reaches max-increase 0.0005');
  });

  test('direction decrease and either; an increase is fine for decrease', () => {
    const baseline = counts(repeat(60, () => [100, 1000]), -600_000); // 10%
    const fewer = counts(repeat(6, () => [50, 1000]));
    expect(judgeCheck(check({ direction: 'decrease' }), baseline, fewer, look(1))).toMatchObject({ verdict: 'fail', classification: 'low' });
    expect(judgeCheck(check({ direction: 'either' }), baseline, fewer, look(1))).toMatchObject({ verdict: 'fail', classification: 'low' });
    expect(judgeCheck(check({ direction: 'increase' }), baseline, fewer, look(1))).toMatchObject({ verdict: 'pass' });
    const more = counts(repeat(6, () => [200, 1000]));
    expect(judgeCheck(check({ direction: 'either' }), baseline, more, look(1))).toMatchObject({ verdict: 'fail', classification: 'high' });
    const low = judgeCheck(check({ direction: 'decrease' }), baseline, more, look(1));
    expect(low.verdict).toBe('pass');
    expect(low.reason).toMatch(/^no significant decrease: .*; fails at ≤ 0\.0\d+$/);
  });

  test('max and min bound the step\'s proportion, whatever the test says', () => {
    const result = judgeCheck(check({ max: 0.015 }), BASELINE, counts(repeat(2, () => [3, 150])), look(1));
    expect(result).toMatchObject({ verdict: 'fail', classification: 'high', numbers: { bound: 0.015, boundKind: 'max', current: 0.02 } });
    expect(result.reason).toBe("the step's proportion 0.02 (6 of 300) is above max 0.015");
    expect(judgeCheck(check({ min: 0.5, direction: 'decrease' }), BASELINE, counts([[1, 150]]), look(1)).classification).toBe('low');
  });

  test('a bursty baseline: the design effect keeps a rise within its noise from failing', () => {
    // 0 or 6 errors of 150 in turn: 2% on average, three times the binomial variance.
    const bursty = counts(repeat(60, (i) => [i % 2 === 0 ? 0 : 6, 150]), -600_000);
    const current = counts(repeat(12, (i) => [i % 2 === 0 ? 5 : 6, 150])); // 66 of 1800: 3.7%
    expect(fisherExactTest(66, 1800, 180, 9000, 'greater')).toBeLessThan(0.002); // binomial counts would fail
    const result = judgeCheck(check(), bursty, current, look(2));
    expect(result.numbers.designEffect).toBeCloseTo(((30 * 9 + 30 * 9) / (3 * 0.98)) / 59, 10);
    expect(result).toMatchObject({ verdict: 'pass', classification: 'pass' });
    expect(result.reason).toContain("; counts divided by the baseline's design effect 3.113");
  });

  test('no requests since the step began: no data, then the no-data policy', () => {
    const idle = counts(repeat(6, () => [0, 0]));
    expect(judgeCheck(check(), BASELINE, idle, look(1))).toMatchObject({
      verdict: 'inconclusive',
      classification: 'no-data',
      reason: 'no requests counted since the step began; waiting',
      numbers: { baseline: 0.01, counts: { current: { errors: 0, total: 0 } } },
    });
    expect(judgeCheck(check({ noData: 'fail' }), BASELINE, idle, look(5))).toMatchObject({ verdict: 'fail', reason: 'no requests counted since the step began; fails by `no-data: fail`' });
    expect(judgeCheck(check(), BASELINE, [], look(5))).toMatchObject({ verdict: 'inconclusive', extend: true });
    expect(judgeCheck(check({ noData: 'pass' }), [], counts([[1, 100]]), look(5))).toMatchObject({
      verdict: 'pass',
      classification: 'no-data',
      reason: 'no requests counted in the baseline before the deploy; passes by `no-data: pass`',
    });
  });

  test('counts that cannot be, one series, a failed read: never a pass', () => {
    const swapped = judgeCheck(check(), BASELINE, counts([[150, 3]]), look(5));
    expect(swapped).toMatchObject({ verdict: 'fail', classification: 'error' });
    expect(swapped.reason).toBe('counts 150 errors of 3 requests since the step began: are `errors` and `total` the right way round, and does `total` count every request?');
    const oneSeries = judgeCheck(check(), BASELINE, [{ time: 0, value: 0.01 }], look(1));
    expect(oneSeries).toMatchObject({ verdict: 'inconclusive', classification: 'error' });
    expect(oneSeries.reason).toBe('could not be measured: `judge: proportion` needs its `errors` and `total` series, but was given one series (read both, e.g. with readCheckSamples)');
    expect(judgeCheck(check(), BASELINE, { error: 'timeout' }, look(5))).toMatchObject({ verdict: 'fail', classification: 'error', reason: 'could not be measured: timeout' });
    // The other judges read one series.
    const rank = judgeCheck(check({ judge: 'mann-whitney', counts: undefined }), BASELINE, counts([[1, 100]]), look(1));
    expect(rank).toMatchObject({ verdict: 'inconclusive', classification: 'error' });
  });

  test('an errors query that returns nothing counts 0 errors, and says so', () => {
    const noErrors = (series: CountSeries): CountSeries => ({ errors: [], total: series.total });
    const result = judgeCheck(check(), noErrors(BASELINE), noErrors(counts(repeat(6, () => [0, 150]))), look(1));
    expect(result.verdict).toBe('pass');
    expect(result.reason).toMatch(/\(the errors query returned nothing, counted as 0 errors\)$/);
  });
});

/** Poisson(λ) by multiplying uniforms (Knuth), as the bench does. */
function poisson(next: () => number, lambda: number): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let product = next();
  while (product > limit) {
    k += 1;
    product *= next();
  }
  return k;
}

/** 10 s windows of a service at 1,000 requests a minute with error ratio p, as `increase(...[10s])` reads them. */
function traffic(next: () => number, windows: number, p: number, start: number): CountSeries {
  return counts(
    repeat(windows, () => {
      const errors = poisson(next, (1000 / 6) * p);
      return [errors, errors + poisson(next, (1000 / 6) * (1 - p))] as const;
    }),
    start,
  );
}

/** The first `windows` windows of a series (the step's samples at a look). */
const upTo = (series: CountSeries, windows: number): CountSeries => ({ errors: series.errors.slice(0, windows), total: series.total.slice(0, windows) });

describe('StepJudge with a proportion check', () => {
  const spec = check({ maxIncrease: { kind: 'relative', fraction: 0.5, text: '50%' } });

  test('a healthy step passes at the last look; twice the errors fails within two intervals', () => {
    const next = seededRandom(1);
    const baseline = traffic(next, 60, 0.02, -600_000);
    const good = traffic(next, 30, 0.02, 10_000);
    const bad = traffic(next, 30, 0.04, 10_000);

    const healthy = new StepJudge([spec], new Map([[spec.name, baseline]]), { looks: 5 });
    const decisions: string[] = [];
    for (let n = 1; n <= 5 && !['pass', 'fail'].includes(decisions.at(-1) ?? ''); n += 1) {
      const verdict = healthy.judgeLook(new Map([[spec.name, upTo(good, 6 * n)]]));
      decisions.push(verdict.decision);
      if (process.env.DEPLOY_CHECKS_VERBOSE) console.log(formatProgressLines(verdict).join('\n'));
    }
    expect(decisions).toEqual(['continue', 'continue', 'continue', 'continue', 'pass']);
    const last = healthy.history.at(-1)!.checks[0]!;
    expect(last).toMatchObject({ verdict: 'pass', settled: true, numbers: { samples: { baseline: 60, current: 30 }, alpha: 0.002 } });
    expect(last.numbers.counts!.current.total).toBeGreaterThan(4500);

    const broken = new StepJudge([spec], new Map([[spec.name, baseline]]), { looks: 5 });
    let verdict = broken.judgeLook(new Map([[spec.name, upTo(bad, 6)]]));
    if (verdict.decision === 'continue') verdict = broken.judgeLook(new Map([[spec.name, upTo(bad, 12)]]));
    expect(verdict.decision).toBe('fail');
    expect(verdict.checks[0]).toMatchObject({ classification: 'high', critical: true });
    expect(verdict.reason).toMatch(/^critical check errors failed: higher than the baseline: /);
  });

  test('a rank check beside it is judged exactly as without it', () => {
    const next = seededRandom(9);
    const baseline = traffic(next, 60, 0.02, -600_000);
    const after = traffic(next, 30, 0.03, 10_000);
    const ratios = (series: CountSeries): Sample[] => series.total.map((sample, i) => ({ time: sample.time, value: series.errors[i]!.value / sample.value }));
    const rank = check({ name: 'error-ratio', judge: 'mann-whitney', counts: undefined, query: 'r', critical: false });
    const alone = new StepJudge([rank], new Map([[rank.name, ratios(baseline)]]), { looks: 5 });
    const both = new StepJudge([rank, spec], new Map<string, Sample[] | CountSeries>([[rank.name, ratios(baseline)], [spec.name, baseline]]), { looks: 5 });
    for (let n = 1; n <= 5; n += 1) {
      const a = alone.judgeLook(new Map([[rank.name, ratios(upTo(after, 6 * n))]]));
      const b = both.judgeLook(new Map<string, Sample[] | CountSeries>([[rank.name, ratios(upTo(after, 6 * n))], [spec.name, upTo(after, 6 * n)]]));
      expect(b.checks[0]).toEqual(a.checks[0]);
      if (b.decision !== 'continue') break;
    }
  });

  test('progress lines and the summary table show the counts, the bound, z and p', () => {
    const judge = new StepJudge([spec], new Map([[spec.name, BASELINE]]), { looks: 5 });
    const verdict = judge.judgeLook(new Map([[spec.name, counts(repeat(12, () => [3, 150]))]]));
    const p = verdict.checks[0]!.numbers.pValue!;
    const bound = verdict.checks[0]!.numbers.bound!;
    expect(formatProgressLines(verdict)[0]).toBe(
      `[1/5]  errors  baseline 0.01 = 90/9000  now 0.02 = 36/1800 (+100%)  fails at ≥ ${Number(bound.toPrecision(4))}, p ${formatP(p)} (α 0.002)  FAIL (high)`,
    );
    const table = checksTable(verdict);
    expect(table).toContain(`| errors (critical) | 0.01 = 90/9000 | 0.02 = 36/1800 | +100% | fails at ≥ ${Number(bound.toPrecision(4))} | z 3.61, p ${formatP(p)} (α 0.002, one-sided) | ❌ fail (high) |`);
  });
});

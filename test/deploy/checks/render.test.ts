import { checksTable, formatChange, formatP, formatProgressLine, formatProgressLines, formatValue, renderCheckChart, StepJudge, type CheckResult, type CheckSpec } from '../../../src/deploy/checks/index.js';

const result = (overrides: Partial<CheckResult>): CheckResult => ({
  name: 'error-rate',
  critical: true,
  judge: 'threshold',
  look: 2,
  verdict: 'pass',
  classification: 'pass',
  reason: '',
  numbers: { samples: { baseline: 60, current: 12, dropped: 0 } },
  settled: false,
  ...overrides,
});

describe('numbers for people', () => {
  test.each([
    [0.0123456, '0.01235'],
    [1234.5678, '1235'],
    [0, '0'],
    [2.3e-5, '0.0000230'],
    [1.5e12, '1.50e+12'],
    [Infinity, '∞'],
    [undefined, '–'],
  ])('formatValue(%p) = %p', (value, text) => expect(formatValue(value)).toBe(text));

  test('changes and p-values', () => {
    expect(formatChange(0.127)).toBe('+12.7%');
    expect(formatChange(-0.031)).toBe('-3.1%');
    expect(formatChange(8.2)).toBe('+820%');
    expect(formatChange(undefined)).toBe('–');
    expect(formatP(0.04097)).toBe('0.04097');
    expect(formatP(5.57e-8)).toBe('5.57e-8');
    expect(formatP(0)).toBe('< 1e-16');
  });
});

describe('progress lines', () => {
  test('threshold: baseline, now, change, bound, verdict so far', () => {
    const line = formatProgressLine(
      result({ numbers: { baseline: 0.0102, current: 0.0115, change: 0.1275, bound: 0.0153, boundKind: 'max-increase', samples: { baseline: 60, current: 12, dropped: 0 } } }),
      5,
    );
    expect(line).toBe('[2/5]  error-rate  baseline 0.0102  now 0.0115 (+12.8%)  bound ≤ 0.0153  pass so far');
  });

  test('mann-whitney failure shows the interval and the classification', () => {
    const line = formatProgressLine(
      result({
        judge: 'mann-whitney',
        verdict: 'fail',
        classification: 'high',
        settled: true,
        numbers: { baseline: 0.02, current: 0.2, change: 9, confInt: [0.16, 0.19], confLevel: 0.98, effectBound: 0.045, pValue: 1.234e-7, samples: { baseline: 60, current: 12, dropped: 0 } },
      }),
      5,
    );
    expect(line).toBe('[2/5]  error-rate  baseline 0.02  now 0.2 (+900%)  98% CI [0.16, 0.19] vs ±0.045, p 1.23e-7  FAIL (high)');
  });

  test('no data, extension and failed measurement', () => {
    expect(formatProgressLine(result({ verdict: 'inconclusive', classification: 'no-data' }), 5)).toBe('[2/5]  error-rate  now –  no data yet');
    expect(formatProgressLine(result({ verdict: 'inconclusive', classification: 'no-data', extend: true }), 5)).toBe('[2/5]  error-rate  now –  no data, extending');
    expect(formatProgressLine(result({ verdict: 'inconclusive', classification: 'error' }), 5)).toBe('[2/5]  error-rate  now –  measurement failed, waiting');
    expect(formatProgressLine(result({ look: 6, verdict: 'fail', classification: 'no-data', settled: true }), 5)).toBe('[6/5 extra]  error-rate  now –  FAIL (no-data)');
  });

  test('one look: aligned lines and the decision', () => {
    const checks: CheckSpec[] = [
      { name: 'errors', query: 'q', max: 1, judge: 'threshold', direction: 'increase', critical: false, noData: 'inconclusive', line: 1 },
      { name: 'p95-latency', query: 'q', max: 1, judge: 'threshold', direction: 'increase', critical: false, noData: 'inconclusive', line: 2 },
    ];
    const judge = new StepJudge(checks, new Map(), { looks: 3 });
    const lines = formatProgressLines(judge.judgeLook(new Map([['errors', [{ time: 0, value: 0.5 }]]])));
    expect(lines).toEqual([
      '[1/3]  errors       now 0.5  bound ≤ 1 (max)  pass so far',
      '[1/3]  p95-latency  now –  no data yet',
      '[1/3] step: continuing: look 1 of 3: score 100',
    ]);
  });
});

describe('Mermaid chart', () => {
  const samples = [
    ...Array.from({ length: 60 }, (_, i) => ({ time: -600_000 + i * 10_000, value: 0.02 })),
    ...Array.from({ length: 12 }, (_, i) => ({ time: i * 10_000, value: i < 6 ? 0.021 : 0.2 })),
  ];

  test('an xychart-beta with the deploy and a step marked by bars, and the bound as a line', () => {
    const chart = renderCheckChart({ title: 'error-rate', samples, deployAt: 0, bound: 0.25, markers: [{ time: 60_000, label: '50%' }] })!;
    const lines = chart.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toBe('xychart-beta');
    expect(lines[2]).toBe('  title "error-rate (bars: deploy and steps)"');
    expect(lines[3]).toMatch(/^ {2}x-axis \["-10m", "-9m30s", .*"0 deploy", "\+30s", "\+1m 50%", "\+1m30s"\]$/);
    expect(lines[4]).toBe('  y-axis "error-rate" 0 --> 0.275');
    const labels = JSON.parse(lines[3]!.replace('  x-axis ', '')) as string[];
    const bars = JSON.parse(lines[5]!.replace('  bar ', '')) as number[];
    const values = JSON.parse(lines[6]!.replace('  line ', '')) as number[];
    expect(bars.filter((bar) => bar > 0)).toEqual([0.275, 0.275]);
    expect(labels[bars.indexOf(0.275)]).toBe('0 deploy');
    expect(values).toHaveLength(labels.length);
    expect(values.at(-1)).toBe(0.2);
    expect(lines[7]).toMatch(/^ {2}line \[0\.25(, 0\.25)*\]$/);
    expect(lines.at(-1)).toBe('```');
  });

  test('at most maxPoints buckets, no exponents, nothing without finite samples', () => {
    const chart = renderCheckChart({ title: 'tiny', samples: samples.map((s) => ({ ...s, value: s.value * 1e-6 })), deployAt: 0, maxPoints: 10 })!;
    expect(chart).not.toMatch(/e-\d/);
    const labels = JSON.parse(chart.split('\n')[3]!.replace('  x-axis ', '')) as string[];
    expect(labels.length).toBeLessThanOrEqual(12);
    expect(renderCheckChart({ title: 'x', samples: [{ time: 0, value: NaN }], deployAt: 0 })).toBeUndefined();
  });
});

describe('summary table', () => {
  test('one row per check with every number and the reason', () => {
    const checks: CheckSpec[] = [
      { name: 'errors', query: 'q', judge: 'mann-whitney', direction: 'increase', critical: true, noData: 'inconclusive', line: 1 },
      { name: 'latency', query: 'q', max: 0.5, judge: 'threshold', direction: 'increase', critical: false, noData: 'inconclusive', line: 2 },
    ];
    const baseline = Array.from({ length: 60 }, (_, i) => ({ time: -600_000 + i * 10_000, value: 0.02 + (i % 7) * 0.001 }));
    const judge = new StepJudge(checks, new Map([['errors', baseline]]), { looks: 5 });
    const after = Array.from({ length: 12 }, (_, i) => ({ time: i * 10_000, value: 0.2 + (i % 5) * 0.001 }));
    const lines = checksTable(judge.judgeLook(new Map([['errors', after], ['latency', [{ time: 0, value: 0.7 }]]]))).split('\n');
    expect(lines[0]).toBe('| check | baseline | after | change | bound | statistic | verdict | reason |');
    expect(lines[2]).toMatch(/^\| errors \(critical\) \| 0\.023 \| 0\.2015 \| \+776% \| 98% CI \[0\.\d+, 0\.\d+\] vs ±0\.0\d+ \| W 720, p .* \(α 0\.004\) \| ❌ fail \(high\) \| higher than the baseline: .* \|$/);
    expect(lines[3]).toBe('| latency | – | 0.7 | – | ≤ 0.5 (max) | – | ❌ fail (high) | 1 of 1 samples above max 0.5 (worst 0.7) |');
  });
});

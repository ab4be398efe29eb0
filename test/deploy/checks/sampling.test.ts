import { independentSamples, planSampling, queryWindowMs } from '../../../src/deploy/checks/index.js';

describe('queryWindowMs', () => {
  test.each([
    ['sum(rate(x[1m])) / sum(rate(y[30s]))', 60_000],
    ['max_over_time(rate(x[5m])[1h:1m])', 3_600_000],
    ['rate(x[1h30m])', 5_400_000],
    ['x{path=~"/v[0-9]"}', undefined],
    ['up', undefined],
    ['rate(x[2y])', 2 * 365 * 86_400_000],
  ])('%s → %p', (query, expected) => {
    expect(queryWindowMs(query)).toBe(expected);
  });
});

describe('planSampling', () => {
  test('six samples an interval when the window allows', () => {
    expect(planSampling('rate(x[10s])', 60_000)).toEqual({ stepMs: 10_000, windowMs: 10_000, settleMs: 10_000, samplesPerInterval: 6 });
    expect(planSampling('up', 60_000)).toEqual({ stepMs: 10_000, windowMs: undefined, settleMs: 0, samplesPerInterval: 6 });
  });

  test('a long range leaves one sample an interval, and says so', () => {
    const plan = planSampling('sum(rate(x[1m]))', 60_000);
    expect(plan).toMatchObject({ stepMs: 60_000, samplesPerInterval: 1 });
    expect(plan.note).toBe(
      'its range [1m] allows 1 independent sample per 1m interval, so a statistical judge needs several intervals to see a change; a shorter range (at least two scrape intervals, e.g. [10s]) gives more',
    );
  });

  test('suggests a shorter range only when one is shorter, else a longer interval', () => {
    expect(planSampling('sum(rate(x[1s]))', 1000).note).toBe(
      'its range [1s] allows 1 independent sample per 1s interval, so a statistical judge needs several intervals to see a change; a longer `interval` gives more (3s gives 3)',
    );
    expect(planSampling('sum(rate(x[30s]))', 10_000).note).toMatch(/a shorter range \(at least two scrape intervals, e\.g\. \[2s\]\) gives more$/);
  });

  test('never finer than a second', () => {
    expect(planSampling('up', 3000).stepMs).toBe(1000);
  });
});

describe('independentSamples', () => {
  test('keeps the newest sample and one every window going back', () => {
    const samples = Array.from({ length: 13 }, (_, i) => ({ time: i * 10_000, value: i }));
    expect(independentSamples(samples, 60_000).map((s) => s.value)).toEqual([0, 6, 12]);
    expect(independentSamples(samples, undefined)).toHaveLength(13);
    expect(independentSamples(samples, 5_000)).toHaveLength(13);
  });
});

/**
 * `judge: proportion` end to end with the embedded `scrape` provider: the provider scrapes sample
 * services' `http_requests_total` counters (polled every 250 ms from a baseline window before the
 * deploy on), the step runner reads each check's two count queries, and the StepJudge judges the
 * counts: a good service passes, twice the error ratio fails within two intervals, no traffic
 * gets one extra interval (`no-data: inconclusive`) and then fails.
 */
import { createProvider, parseChecksFile } from '../../../src/deploy/checks/index.js';
import { startSampleService, type SampleService } from '../../support/sample-service.js';
import { runStep, startPolling } from './step-runner.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

const checksFor = (url: string) =>
  parseChecksFile(
    `provider:
  scrape: ${url}
checks:
  - name: errors
    judge: proportion
    errors: sum(increase(http_requests_total{code="500"}[1s]))
    total: sum(increase(http_requests_total[1s]))
    max-increase: 50%
    critical: true
`,
    'checks.yml',
  );

describe('judge: proportion with the scrape provider (no Prometheus)', () => {
  const names = ['good', 'doubled', 'idle'] as const;
  const services = {} as Record<(typeof names)[number], SampleService>;

  beforeAll(async () => {
    for (const [index, name] of names.entries()) {
      services[name] = await startSampleService({ requestsPerSecond: 1000, errorRatio: 0.02, badFactor: 2, tickMs: 25, seed: 20 + index });
    }
  });
  afterAll(async () => {
    for (const service of Object.values(services)) await service.stop();
  });

  test('good passes, twice the errors fails within two intervals, no traffic extends once then fails', async () => {
    const setups = names.map((name) => {
      const file = checksFor(services[name].metricsUrl);
      const provider = createProvider(file.provider, file.checks.map((check) => check.query));
      return { name, file, provider, polling: startPolling(provider, 250) };
    });
    const baselineMs = 12_000;
    const deployAt = Date.now() + baselineMs;
    await sleep(deployAt - Date.now());
    services.doubled.setMode('bad');
    services.idle.setMode('idle');
    const runs = await Promise.all(setups.map((setup) => runStep(setup.provider, setup.file.checks, { deployAt, baselineMs, intervalMs: 3000, looks: 3 })));
    for (const setup of setups) await setup.polling.stop();
    for (const setup of setups) expect(setup.polling.errors).toEqual([]);
    const [good, doubled, idle] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
    const context = `\n${runs.flatMap((run) => run.lines).join('\n')}`;
    if (process.env.DEPLOY_CHECKS_VERBOSE) console.log(context);

    expect({ decision: good.last.decision, look: good.last.look, context }).toMatchObject({ decision: 'pass', look: 3 });
    const passed = good.last.checks[0]!;
    // The counters' 1 s increases over 12 s of 1,000 requests a second: thousands of requests.
    expect(passed.numbers.counts!.baseline.total).toBeGreaterThan(1000);
    expect(passed.numbers.counts!.current.total).toBeGreaterThan(500);
    expect(passed.numbers.baseline).toBeGreaterThan(0.005);
    expect(passed.numbers.baseline).toBeLessThan(0.04);
    expect(good.lines[0]).toMatch(/^\[1\/3\]  errors  baseline 0\.\d+ = \d+\/\d+  now 0\.\d+ = \d+\/\d+ \([+-][\d.]+%\)  fails at ≥ 0\.\d+, p [\d.e-]+ \(α 0\.00333[\d]*\)  pass so far$/);

    expect({ decision: doubled.last.decision, context }).toMatchObject({ decision: 'fail' });
    expect(doubled.last.look).toBeLessThanOrEqual(2);
    expect(doubled.last.checks[0]).toMatchObject({ classification: 'high', verdict: 'fail' });
    expect(doubled.last.checks[0]!.numbers.ratio).toBeGreaterThan(1.5);

    expect(idle.verdicts.map((verdict) => verdict.decision)).toEqual(['continue', 'continue', 'extend', 'fail']);
    expect(idle.last.checks[0]).toMatchObject({ classification: 'no-data', verdict: 'fail' });
    expect(idle.last.checks[0]!.reason).toBe(
      'no requests counted since the step began; fails by `no-data: inconclusive`, still no data after the extra interval',
    );
  }, 45_000);
});

/**
 * The same deploy scenarios with the embedded `scrape` provider and no Prometheus: the provider
 * scrapes the sample services itself (polled every 250 ms, from a baseline window before the
 * deploy on) and evaluates the error-ratio query over its own scrapes: good passes, 10× errors
 * fails within two intervals, no traffic fails by the `no-data` policies.
 */
import { createProvider, parseChecksFile } from '../../../src/deploy/checks/index.js';
import { startSampleService, type SampleService } from '../../support/sample-service.js';
import { runStep, startPolling } from './step-runner.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const RATIO = 'sum(rate(http_requests_total{code=~"5.."}[1s])) / sum(rate(http_requests_total[1s]))';

const checksFor = (url: string, withThreshold: boolean) =>
  parseChecksFile(
    `provider:
  scrape: ${url}
checks:
  - name: error-rate
    query: '${RATIO}'
    judge: mann-whitney
    max-increase: 100%
    critical: true
${
  withThreshold
    ? `  - name: error-rate-max
    query: '${RATIO}'
    max: 0.1
    no-data: fail
`
    : ''
}`,
    'checks.yml',
  );

describe('deploy checks with the scrape provider (no Prometheus)', () => {
  const names = ['good', 'bad', 'badStatistical', 'idle'] as const;
  const services = {} as Record<(typeof names)[number], SampleService>;

  beforeAll(async () => {
    for (const [index, name] of names.entries()) services[name] = await startSampleService({ requestsPerSecond: 400, errorRatio: 0.02, tickMs: 25, seed: 10 + index });
  });
  afterAll(async () => {
    for (const service of Object.values(services)) await service.stop();
  });

  test('good passes, 10× errors fails within two intervals, no traffic fails by the no-data policies', async () => {
    const setups = names.map((name) => {
      const file = checksFor(services[name].metricsUrl, name !== 'badStatistical');
      const provider = createProvider(file.provider, file.checks.map((check) => check.query));
      return { name, file, provider, polling: startPolling(provider, 250) };
    });
    const baselineMs = 12_000;
    const deployAt = Date.now() + baselineMs;
    await sleep(deployAt - Date.now());
    services.bad.setMode('bad');
    services.badStatistical.setMode('bad');
    services.idle.setMode('idle');
    const runs = await Promise.all(setups.map((setup) => runStep(setup.provider, setup.file.checks, { deployAt, baselineMs, intervalMs: 3000, looks: 3 })));
    for (const setup of setups) await setup.polling.stop();
    for (const setup of setups) expect(setup.polling.errors).toEqual([]);
    const [good, bad, badStatistical, idle] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
    const context = `\n${runs.flatMap((run) => run.lines).join('\n')}`;
    if (process.env.DEPLOY_CHECKS_VERBOSE) console.log(context);

    expect((good.baselines.get('error-rate') as unknown[]).length).toBeGreaterThanOrEqual(36); // every scrape; thinned to 1 s for the test
    expect({ decision: good.last.decision, look: good.last.look, context }).toMatchObject({ decision: 'pass', look: 3 });

    // The threshold check sees the first sample over max: score 50, below the marginal 75.
    expect({ decision: bad.last.decision, look: bad.last.look, context }).toMatchObject({ decision: 'fail', look: 1 });
    expect(bad.last.checks[1]).toMatchObject({ name: 'error-rate-max', classification: 'high' });
    expect(bad.last.reason).toMatch(/^score 50 is below the marginal threshold 75 \(failing: error-rate-max\)$/);

    // Alone, the rank test needs the second interval (two samples cannot be significant at α/3).
    expect({ decision: badStatistical.last.decision, context }).toMatchObject({ decision: 'fail' });
    expect(badStatistical.last.look).toBeLessThanOrEqual(2);
    expect(badStatistical.last.checks[0]).toMatchObject({ classification: 'high' });
    expect(badStatistical.last.checks[0]!.numbers.samples.spacingMs).toBe(1000);

    // `error-rate-max` has `no-data: fail`: at the last look it fails, so the step cannot pass and
    // is not extended for `error-rate` (`no-data: inconclusive`); prometheus-deploy.test.ts has
    // the extension.
    expect(idle.verdicts.map((verdict) => verdict.decision)).toEqual(['continue', 'continue', 'fail']);
    expect(idle.last.checks.map((check) => [check.name, check.verdict, check.classification])).toEqual([
      ['error-rate', 'inconclusive', 'no-data'],
      ['error-rate-max', 'fail', 'no-data'],
    ]);
    expect(idle.last.reason).toBe('score 0 is below the pass threshold 95 (failing: error-rate-max)');
  }, 45_000);
});

/**
 * Against a real Prometheus (Debian's `prometheus`, 1 s scrapes) scraping three sample services:
 * one stays good, one turns to 10× the error rate at the deploy, one loses all traffic. The step
 * is judged as the deploy will judge it (step-runner.ts): good passes, 10× errors fails within
 * two intervals, no traffic follows `no-data: inconclusive` (one extra interval, then a failure).
 * Also the provider's errors from a real server: a PromQL error with the query, several series,
 * an unreachable URL.
 */
import { createProvider, MetricQueryError, MetricSourceError, parseChecksFile, PrometheusProvider } from '../../../src/deploy/checks/index.js';
import { describeWithPrometheus, startPrometheus, type RunningPrometheus } from '../../support/prometheus.js';
import { startSampleService, type SampleService } from '../../support/sample-service.js';
import { runStep } from './step-runner.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const ratio = (job: string) => `sum(rate(http_requests_total{job="${job}",code=~"5.."}[3s])) / sum(rate(http_requests_total{job="${job}"}[3s]))`;

describeWithPrometheus('deploy checks against a real Prometheus', () => {
  const services: Record<'good' | 'bad' | 'idle', SampleService> = {} as never;
  let prometheus: RunningPrometheus;

  beforeAll(async () => {
    for (const [index, name] of (['good', 'bad', 'idle'] as const).entries()) {
      services[name] = await startSampleService({ requestsPerSecond: 100, errorRatio: 0.02, seed: index + 1 });
    }
    prometheus = await startPrometheus({ targets: Object.entries(services).map(([job, service]) => ({ job, url: service.metricsUrl })) });
    for (const job of Object.keys(services)) await prometheus.waitForTarget(job);
    for (const job of Object.keys(services)) await prometheus.waitForData(ratio(job));
  }, 60_000);

  afterAll(async () => {
    await prometheus?.stop();
    for (const service of Object.values(services)) await service?.stop();
  });

  test('provider errors from a real server: PromQL error with the query, several series, unreachable URL', async () => {
    const provider = new PrometheusProvider(prometheus.url);
    const broken = 'sum(rate(http_requests_total[3s])';
    const syntax = await provider.instant(broken).catch((error: Error) => error);
    expect(syntax).toBeInstanceOf(MetricQueryError);
    expect((syntax as Error).message).toBe(
      `Prometheus at ${prometheus.url} rejected the query "${broken}": invalid parameter "query": 1:34: parse error: unclosed left parenthesis`,
    );
    const several = await provider.instant('http_requests_total{job="good"}').catch((error: Error) => error);
    expect((several as Error).message).toMatch(/^the query "http_requests_total\{job=\\"good\\"\}" returns 2 series \(\{__name__="http_requests_total", code="200", .*\); a check needs one/);
    const unreachable = await new PrometheusProvider('http://127.0.0.1:9', { retries: 0 }).instant('up').catch((error: Error) => error);
    expect(unreachable).toBeInstanceOf(MetricSourceError);
    expect((unreachable as Error).message).toBe('cannot reach Prometheus at http://127.0.0.1:9 (ECONNREFUSED); check the URL and that the server is up');
    const live = await provider.instant('sum(rate(http_requests_total{job="good"}[3s]))');
    expect(live).toHaveLength(1);
    expect(live[0]!.value).toBeGreaterThan(50);
    expect(live[0]!.value).toBeLessThan(150);
  });

  test('good passes, 10× errors fails within two intervals, no traffic extends once then fails', async () => {
    const file = (job: string) =>
      parseChecksFile(
        `provider:
  prometheus: ${prometheus.url}
checks:
  - name: error-rate
    query: '${ratio(job)}'
    judge: mann-whitney
    max-increase: 100%
    critical: true
    no-data: inconclusive
`,
        `checks-${job}.yml`,
      );
    // 45 s: 15 independent baseline samples, so four samples after the deploy (two intervals,
    // less the 3 s settle) that all top the baseline are significant at α/3 with room to spare.
    const baselineMs = 45_000;
    const deployAt = Date.now() + baselineMs;
    await sleep(deployAt - Date.now());
    services.bad.setMode('bad');
    services.idle.setMode('idle');
    const options = { deployAt, baselineMs, intervalMs: 6000, looks: 3 };
    const [good, bad, idle] = await Promise.all(
      (['good', 'bad', 'idle'] as const).map((job) => {
        const checks = file(job);
        return runStep(createProvider(checks.provider, checks.checks.map((check) => check.query)), checks.checks, options);
      }),
    );
    const context = `\n${[...good.lines, ...bad.lines, ...idle.lines].join('\n')}`;
    if (process.env.DEPLOY_CHECKS_VERBOSE) console.log(context);

    expect((good.baselines.get('error-rate') as unknown[]).length).toBeGreaterThanOrEqual(13);
    expect({ decision: good.last.decision, look: good.last.look, context }).toMatchObject({ decision: 'pass', look: 3 });
    expect(good.last.checks[0]!.classification).toBe('pass');

    expect({ decision: bad.last.decision, context }).toMatchObject({ decision: 'fail' });
    expect(bad.last.look).toBeLessThanOrEqual(2);
    expect(bad.last.checks[0]).toMatchObject({ classification: 'high', verdict: 'fail' });
    expect(bad.last.checks[0]!.numbers.ratio).toBeGreaterThan(4);
    expect(bad.last.reason).toMatch(/^critical check error-rate failed: higher than the baseline: /);

    expect(idle.verdicts.map((verdict) => verdict.decision)).toEqual(['continue', 'continue', 'extend', 'fail']);
    expect(idle.last.checks[0]).toMatchObject({ classification: 'no-data', verdict: 'fail' });
    expect(idle.last.checks[0]!.reason).toMatch(/^no samples since the step began \(\d+ NaN or infinite samples left out, e\.g\. 0\/0 without traffic\); fails by `no-data: inconclusive`, still no data after the extra interval$/);
  }, 120_000);
});

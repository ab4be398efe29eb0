/**
 * deploy's committed bundle against a real Prometheus (Debian's `prometheus`, 1 s scrapes) that
 * scrapes three sample services, one per scenario; the deploy command switches a service to the
 * mode its release names. A good release (deployed by the `deployment-id` promote created) passes:
 * statuses in_progress → success, verified in the ledger. 10× the error rate (by `release-id`) is
 * rolled back within two intervals. No traffic follows `no-data: inconclusive`: one more
 * interval, then a failure and a rollback. And a PromQL error is shown with its query, before
 * anything is deployed.
 */
import { startPrometheus, describeWithPrometheus, type RunningPrometheus } from '../support/prometheus.js';
import { startSampleService, type SampleService } from '../support/sample-service.js';
import { deployAction, deploymentsOf, logOf, modeRelease, reportOf, runsVerified, statesOf, SWITCH_MODE } from './deploy-support.js';
import { errorOf, expectClean, promoteAction, startReleaseSandbox, type ReleaseSandbox } from './release-support.js';

const JOBS = ['good', 'bad', 'idle'] as const;
type Job = (typeof JOBS)[number];
const ratio = (job: string) => `sum(rate(http_requests_total{job="${job}",code=~"5.."}[3s])) / sum(rate(http_requests_total{job="${job}"}[3s]))`;
const BASELINE_MS = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

describeWithPrometheus('deploy against a real Prometheus', () => {
  const services = {} as Record<Job, SampleService>;
  let prometheus: RunningPrometheus;
  let sb: ReleaseSandbox;
  let scrapingSince: number;

  beforeAll(async () => {
    sb = await startReleaseSandbox();
    for (const [index, job] of JOBS.entries()) services[job] = await startSampleService({ requestsPerSecond: 200, errorRatio: 0.02, seed: 30 + index });
    prometheus = await startPrometheus({ targets: JOBS.map((job) => ({ job, url: services[job].metricsUrl })) });
    for (const job of JOBS) await prometheus.waitForTarget(job);
    scrapingSince = Date.now();
  }, 60_000);

  afterAll(async () => {
    await prometheus?.stop();
    for (const service of Object.values(services)) await service?.stop();
    await sb?.stop();
  });

  const checks = (job: string, query = ratio(job)) => `provider:
  prometheus: ${prometheus.url}
checks:
  - name: error-rate
    query: '${query}'
    max: 0.1
    max-increase: 300%
    critical: true
    no-data: inconclusive
`;
  const inputs = (job: Job) => ({
    environment: 'production',
    run: SWITCH_MODE,
    smoke: `${services[job].url}/healthz`,
    checks: checks(job),
    baseline: '15s',
    interval: '2s',
    samples: '3',
    'lease-ttl': '30s',
    'lock-timeout': '30s',
  });

  test('a PromQL error is shown with its query, and nothing is deployed', async () => {
    const at = await sb.createRepo('promql-error');
    const release = await modeRelease(sb, at, 'good');
    const broken = 'sum(rate(http_requests_total[3s])';
    const result = await deployAction(sb, at, { inputs: { ...inputs('good'), checks: checks('good', broken), 'release-id': release.releaseId }, env: { SERVICE_URL: 'http://127.0.0.1:9' } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.verdict).toBe('failed');
    expect(errorOf(result)).toBe(
      `input 'checks' line 4, check "error-rate": Prometheus at ${prometheus.url} rejected the query "${broken}": invalid parameter "query": 1:34: parse error: unclosed left parenthesis. No deploy was started.`,
    );
    expect(await deploymentsOf(sb, at, 'production')).toEqual([]);
  }, 30_000);

  test('good → success; 10× errors → rolled back within two intervals; no traffic → one more interval, then rolled back', async () => {
    const repos = await Promise.all(
      JOBS.map(async (job) => {
        const at = await sb.createRepo(`prometheus-${job}`);
        const stable = await modeRelease(sb, at, 'good');
        await runsVerified(sb, at, 'production', stable.releaseId);
        const candidate = await modeRelease(sb, at, job);
        return { job, at, stable, candidate };
      }),
    );
    const [good, bad, idle] = repos as [(typeof repos)[0], (typeof repos)[0], (typeof repos)[0]];
    // The good release goes the usual way: promote, then deploy its deployment.
    const promoted = await promoteAction(sb, good.at, good.candidate.sha, { environment: 'production', 'release-id': good.candidate.releaseId });
    expectClean(promoted);
    const goodDeployment = Number(promoted.outputs['deployment-id']);
    // Prometheus must hold a whole baseline window before the first deploy.
    await sleep(scrapingSince + BASELINE_MS + 1000 - Date.now());

    const started = Date.now();
    const [goodRun, badRun, idleRun] = await Promise.all([
      deployAction(sb, good.at, { inputs: { ...inputs('good'), 'deployment-id': String(goodDeployment) }, env: { SERVICE_URL: services.good.url }, runId: 7001 }),
      deployAction(sb, bad.at, { inputs: { ...inputs('bad'), 'release-id': bad.candidate.releaseId }, env: { SERVICE_URL: services.bad.url }, runId: 7002 }),
      deployAction(sb, idle.at, { inputs: { ...inputs('idle'), 'release-id': idle.candidate.releaseId }, env: { SERVICE_URL: services.idle.url }, runId: 7003 }),
    ]);
    const elapsed = Date.now() - started;

    expect({ exit: goodRun.exitCode, verdict: goodRun.outputs.verdict, log: goodRun.exitCode === 0 ? '' : logOf(goodRun) }).toEqual({ exit: 0, verdict: 'success', log: '' });
    expect(goodRun.outputs['deployment-id']).toBe(String(goodDeployment));
    const goodReport = await reportOf(goodRun);
    expect(goodReport.source).toBe('deployment-id');
    expect(goodReport.baseline!.samples['error-rate']!.length).toBeGreaterThanOrEqual(4);
    expect(goodReport.steps[0]!.looks.map((look) => look.decision)).toEqual(['continue', 'continue', 'pass']);
    expect((await statesOf(sb, good.at, goodDeployment)).map((s) => s.state)).toEqual(['success', 'in_progress', 'success']);
    const goodState = (await sb.ledger(good.at).read()).state;
    expect(goodState.environments.production).toMatchObject({ releaseId: good.candidate.releaseId, verified: true });
    expect(goodState.releases[good.candidate.releaseId]!.verified!.production).toBeDefined();

    expect({ exit: badRun.exitCode, verdict: badRun.outputs.verdict, log: badRun.outputs.verdict === 'rolled-back' ? '' : logOf(badRun) }).toEqual({ exit: 1, verdict: 'rolled-back', log: '' });
    const badReport = await reportOf(badRun);
    expect(badReport.steps[0]!.looks.length).toBeLessThanOrEqual(2);
    expect(badReport.steps[0]!.looks.at(-1)!.checks[0]).toMatchObject({ classification: 'high', verdict: 'fail' });
    const failedId = Number(badRun.outputs['deployment-id']);
    const failedStates = await statesOf(sb, bad.at, failedId);
    expect(failedStates.map((s) => s.state)).toEqual(['success', 'in_progress', 'failure']);
    expect(failedStates.at(-1)!.description).toContain('critical check error-rate failed');
    const restored = (await deploymentsOf(sb, bad.at, 'production')).find((d) => (d.payload as Record<string, unknown>)['rollback-of'] === failedId)!;
    expect(restored.payload).toMatchObject({ releaseId: bad.stable.releaseId });
    expect((await statesOf(sb, bad.at, restored.id)).map((s) => s.state)).toEqual(['success']);
    expect((await sb.ledger(bad.at).read()).state.environments.production).toMatchObject({ releaseId: bad.stable.releaseId, verified: true });
    expect(services.bad.mode).toBe('good');

    expect({ exit: idleRun.exitCode, verdict: idleRun.outputs.verdict, log: idleRun.outputs.verdict === 'rolled-back' ? '' : logOf(idleRun) }).toEqual({ exit: 1, verdict: 'rolled-back', log: '' });
    const idleReport = await reportOf(idleRun);
    expect(idleReport.steps[0]!.looks.map((look) => look.decision)).toEqual(['continue', 'continue', 'extend', 'fail']);
    expect(idleReport.steps[0]!.looks.at(-1)!.checks[0]).toMatchObject({ classification: 'no-data', verdict: 'fail' });
    expect(idleReport.steps[0]!.reason).toMatch(/no samples since the step began .*fails by `no-data: inconclusive`, still no data after the extra interval/);
    expect(idleRun.stdout).toContain('extending by one interval');
    expect(services.idle.mode).toBe('good');

    expect(elapsed).toBeLessThan(45_000);
  }, 90_000);
});

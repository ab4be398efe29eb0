/**
 * deploy's committed bundle with the embedded `scrape` provider (no Prometheus): the deploy
 * command switches a sample service to the mode its release names. A good release passes and is
 * verified; 10× the error rate is rolled back within two intervals (the failed deployment
 * `failure` with the reason, a `success` deployment of the restored release naming it in
 * `rollback-of`, the ledger back on the restored release); no traffic follows `no-data: pass`.
 * Then bad input: a malformed checks file, an unknown provider, an unreachable Prometheus: each
 * a clear error, and nothing deployed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startSampleService, type SampleService } from '../support/sample-service.js';
import { deployAction, deploymentsOf, logOf, modeRelease, reportOf, runsVerified, statesOf, SWITCH_MODE } from './deploy-support.js';
import { errorOf, startReleaseSandbox, type ReleaseSandbox } from './release-support.js';

const RATIO = 'sum(rate(http_requests_total{code=~"5.."}[1s])) / sum(rate(http_requests_total[1s]))';

function checksYaml(url: string, noData: string): string {
  return `provider:
  scrape: ${url}
checks:
  - name: error-rate
    query: '${RATIO}'
    max: 0.1
    max-increase: 300%
    critical: true
    no-data: ${noData}
`;
}

let sb: ReleaseSandbox;
beforeAll(async () => {
  sb = await startReleaseSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

describe('deploy with the scrape provider', () => {
  const services = {} as Record<'good' | 'bad' | 'idle' | 'crash' | 'broken', SampleService>;
  beforeAll(async () => {
    for (const [index, name] of (['good', 'bad', 'idle', 'crash', 'broken'] as const).entries()) {
      services[name] = await startSampleService({ requestsPerSecond: 400, errorRatio: 0.02, tickMs: 25, seed: 20 + index });
    }
  });
  afterAll(async () => {
    for (const service of Object.values(services)) await service?.stop();
  });

  /** A repository whose `production` runs a verified good release, and a candidate release in `mode`. */
  async function scenario(name: string, mode: string) {
    const at = await sb.createRepo(`scrape-${name}`);
    const stable = await modeRelease(sb, at, 'good');
    const stableDeployment = await runsVerified(sb, at, 'production', stable.releaseId);
    const candidate = await modeRelease(sb, at, mode);
    return { at, stable, stableDeployment, candidate };
  }

  const inputs = (service: SampleService, noData = 'inconclusive') => ({
    environment: 'production',
    run: SWITCH_MODE,
    smoke: `${service.url}/healthz`,
    checks: checksYaml(service.metricsUrl, noData),
    baseline: '3s',
    interval: '1s',
    samples: '3',
    'lease-ttl': '30s',
    'lock-timeout': '30s',
  });

  test('good in two steps → success; 10× errors → rolled back within two intervals; no traffic → no-data: pass', async () => {
    const [good, bad, idle] = await Promise.all([scenario('good', 'good'), scenario('bad', 'bad'), scenario('idle', 'idle')]);
    const [goodRun, badRun, idleRun] = await Promise.all([
      deployAction(sb, good.at, {
        inputs: { ...inputs(services.good), 'release-id': good.candidate.releaseId, steps: '50,100', run: `echo "weight $STOPLINE_WEIGHT phase $STOPLINE_PHASE"; ${SWITCH_MODE}` },
        env: { SERVICE_URL: services.good.url },
        runId: 6001,
      }),
      deployAction(sb, bad.at, { inputs: { ...inputs(services.bad), 'release-id': bad.candidate.releaseId }, env: { SERVICE_URL: services.bad.url }, runId: 6002 }),
      deployAction(sb, idle.at, { inputs: { ...inputs(services.idle, 'pass'), 'release-id': idle.candidate.releaseId }, env: { SERVICE_URL: services.idle.url }, runId: 6003 }),
    ]);

    if (process.env.DEPLOY_E2E_DUMP) {
      const { writeFileSync } = await import('node:fs');
      for (const [name, run] of Object.entries({ good: goodRun, bad: badRun, idle: idleRun })) writeFileSync(join(process.env.DEPLOY_E2E_DUMP, `${name}.md`), `${run.summary}\n\n<!--\n${run.stdout}\n-->\n`);
    }

    // Good: every look passes; deployment success; the ledger marks the release verified.
    expect({ exit: goodRun.exitCode, verdict: goodRun.outputs.verdict, log: goodRun.exitCode === 0 ? '' : logOf(goodRun) }).toEqual({ exit: 0, verdict: 'success', log: '' });
    const goodReport = await reportOf(goodRun);
    expect(goodReport.steps.map((step) => [step.weight, step.outcome, step.looks.map((look) => look.decision)])).toEqual([
      [50, 'passed', ['continue', 'continue', 'pass']],
      [100, 'passed', ['continue', 'continue', 'pass']],
    ]);
    expect(goodRun.stdout).toContain('[run 50%] weight 50 phase deploy');
    expect(goodRun.stdout).toContain('[run 100%] weight 100 phase deploy');
    expect(goodReport.baseline!.samples['error-rate']!.length).toBeGreaterThanOrEqual(6);
    const goodDeployment = Number(goodRun.outputs['deployment-id']);
    expect((await statesOf(sb, good.at, goodDeployment)).map((s) => s.state)).toEqual(['success', 'in_progress', 'in_progress', 'success']);
    const goodState = (await sb.ledger(good.at).read()).state;
    expect(goodState.environments.production).toMatchObject({ releaseId: good.candidate.releaseId, verified: true, deploymentId: goodDeployment });
    expect(goodState.releases[good.candidate.releaseId]!.verified!.production).toBeDefined();
    expect(goodState.leases.production).toBeUndefined();
    expect(goodRun.stdout).toMatch(/\[1\/3\] {2}error-rate {2}baseline 0\.0\d+ {2}now 0\.0\d+ .* pass so far/);
    expect(goodRun.summary).toContain('✅ Deployed');
    expect(goodRun.summary).toContain('```mermaid');
    expect(goodRun.summary).toMatch(/x-axis \[.*"0 deploy".*"\+\d+s 100%"/);
    expect(goodRun.summary).toContain('### Step 2 of 2: 100% — ✅ passed after 3 intervals');
    expect(goodRun.summary).toContain('| check | baseline | after | change | bound | statistic | verdict | reason |');
    expect(services.good.mode).toBe('good');

    // Bad: the first sample tops max 0.1 → fail at look 1 or 2 → rollback.
    expect({ exit: badRun.exitCode, verdict: badRun.outputs.verdict }).toEqual({ exit: 1, verdict: 'rolled-back' });
    const badReport = await reportOf(badRun);
    expect(badReport.steps[0]!.looks.length).toBeLessThanOrEqual(2);
    expect(badReport.steps[0]!.reason).toMatch(/^critical check error-rate failed: /);
    expect(errorOf(badRun)).toMatch(/^Rolled back: step 1 of 1 \(100%\) failed: critical check error-rate failed: .*; rolled back to /);
    const failedId = Number(badRun.outputs['deployment-id']);
    const failedStates = await statesOf(sb, bad.at, failedId);
    expect(failedStates.map((s) => s.state)).toEqual(['success', 'in_progress', 'failure']);
    expect(failedStates.at(-1)!.description).toMatch(/^rolled back to [0-9a-f]{7}: step 1 of 1 \(100%\): critical check error-rate failed/);
    const restored = (await deploymentsOf(sb, bad.at, 'production')).find((d) => (d.payload as Record<string, unknown>)['rollback-of'] === failedId)!;
    expect(restored).toBeDefined();
    expect(restored.payload).toMatchObject({ releaseId: bad.stable.releaseId, 'rollback-of': failedId, rolledBackRelease: bad.candidate.releaseId });
    expect((await statesOf(sb, bad.at, restored.id)).map((s) => s.state)).toEqual(['success']);
    expect(badReport.rollback).toMatchObject({ outcome: 'restored', deploymentId: restored.id, target: { releaseId: bad.stable.releaseId } });
    const badState = (await sb.ledger(bad.at).read()).state;
    expect(badState.environments.production).toMatchObject({ releaseId: bad.stable.releaseId, verified: true, previousReleaseId: bad.candidate.releaseId, deploymentId: restored.id });
    expect(badState.releases[bad.candidate.releaseId]!.verified).toBeUndefined();
    expect(services.bad.mode).toBe('good');
    expect(badRun.summary).toContain('↩️');
    expect(badRun.summary).toContain('rollback-of');
    expect(badRun.post?.exitCode).toBe(0);

    // No traffic: 0/0 is no data at every look; `no-data: pass` lets the step pass.
    expect({ exit: idleRun.exitCode, verdict: idleRun.outputs.verdict, log: idleRun.exitCode === 0 ? '' : logOf(idleRun) }).toEqual({ exit: 0, verdict: 'success', log: '' });
    const idleReport = await reportOf(idleRun);
    expect(idleReport.steps[0]!.looks.at(-1)!.checks[0]).toMatchObject({ classification: 'no-data', verdict: 'pass' });
    expect(idleReport.steps[0]!.looks.at(-1)!.checks[0]!.reason).toMatch(/passes by `no-data: pass`/);
  }, 90_000);

  test('a deploy command that fails is rolled back; a rollback that fails too is `failed`, with what to do', async () => {
    const [crash, broken] = await Promise.all([scenario('crash', 'good'), scenario('broken', 'bad')]);
    const [crashRun, brokenRun] = await Promise.all([
      deployAction(sb, crash.at, {
        inputs: { ...inputs(services.crash), 'release-id': crash.candidate.releaseId, run: `if [ "$STOPLINE_PHASE" = deploy ]; then echo "disk full" >&2; exit 4; fi; ${SWITCH_MODE}` },
        env: { SERVICE_URL: services.crash.url },
        runId: 6011,
      }),
      deployAction(sb, broken.at, {
        inputs: { ...inputs(services.broken), 'release-id': broken.candidate.releaseId, rollback: 'echo "cannot reach the load balancer"; exit 3' },
        env: { SERVICE_URL: services.broken.url },
        runId: 6012,
      }),
    ]);

    expect({ verdict: crashRun.outputs.verdict, log: crashRun.outputs.verdict === 'rolled-back' ? '' : logOf(crashRun) }).toEqual({ verdict: 'rolled-back', log: '' });
    const crashReport = await reportOf(crashRun);
    expect(crashReport.steps[0]).toMatchObject({ outcome: 'failed', reason: 'the deploy command exited with 4', command: { exitCode: 4, lastLines: ['disk full'] }, looks: [] });
    expect(crashReport.rollback).toMatchObject({ outcome: 'restored', command: { exitCode: 0 } });
    expect(crashRun.stdout).toContain('[run 100%] disk full');
    expect((await statesOf(sb, crash.at, Number(crashRun.outputs['deployment-id']))).at(-1)).toEqual({ state: 'failure', description: expect.stringContaining('the deploy command exited with 4') });

    if (process.env.DEPLOY_E2E_DUMP) (await import('node:fs')).writeFileSync(join(process.env.DEPLOY_E2E_DUMP, 'broken.md'), brokenRun.summary);
    expect({ exit: brokenRun.exitCode, verdict: brokenRun.outputs.verdict }).toEqual({ exit: 1, verdict: 'failed' });
    const brokenReport = await reportOf(brokenRun);
    expect(brokenReport.rollback).toMatchObject({ outcome: 'failed', reason: 'the rollback command exited with 3' });
    expect(brokenReport.reason).toMatch(/failed: critical check error-rate failed: .*; the rollback failed too: the rollback command exited with 3$/);
    const failedId = Number(brokenRun.outputs['deployment-id']);
    expect((await statesOf(sb, broken.at, failedId)).at(-1)).toEqual({ state: 'failure', description: expect.stringMatching(/^failed, and the rollback failed: step 1 of 1/) });
    expect((await deploymentsOf(sb, broken.at, 'production')).some((d) => (d.payload as Record<string, unknown>)['rollback-of'] !== undefined)).toBe(false);
    expect(brokenRun.summary).toContain('**What to do:**');
    expect(brokenRun.summary).toContain('Restore scrape-broken');
    expect(brokenRun.summary).toContain('cannot reach the load balancer');
    expect(errorOf(brokenRun)).toMatch(/^Deploy to production failed: .* production may run neither release\. Restore scrape-broken [0-9a-f]{7} by hand/);
  }, 60_000);
});

describe('bad input: a clear error, and nothing deployed', () => {
  test('malformed checks file, unknown provider, unreachable Prometheus', async () => {
    const at = await sb.createRepo('bad-input');
    const release = await modeRelease(sb, at, 'good');
    const marker = join(mkdtempSync(join(tmpdir(), 'stopline-deploy-marker-')), 'ran');
    const attempt = (checks: string, extra: Record<string, string> = {}) =>
      deployAction(sb, at, { inputs: { environment: 'production', 'release-id': release.releaseId, run: `touch ${marker}`, checks, ...extra }, runId: 6100 });

    const typo = await attempt('provider:\n  prometheus: http://127.0.0.1:9\nchecks:\n  - name: error-rate\n    query: up\n    max_increase: 50%\n');
    expect(typo.exitCode).toBe(1);
    expect(typo.outputs.verdict).toBe('failed');
    expect(errorOf(typo)).toContain("input 'checks' line 6: /checks/0/max_increase is not a known key; did you mean `max-increase`?");

    const unknown = await attempt('provider:\n  datadog: https://api.datadoghq.com\nchecks:\n  - name: error-rate\n    query: up\n    max: 1\n');
    expect(unknown.exitCode).toBe(1);
    expect(errorOf(unknown)).toMatch(/input 'checks' line 2: \/provider\/datadog is not a known provider; the providers are prometheus, scrape, http/);

    const missing = await attempt('checks/production.yml');
    expect(errorOf(missing)).toContain("input 'checks': checks/production.yml is not a file in the workspace");

    const started = Date.now();
    const unreachable = await attempt('provider:\n  prometheus: http://127.0.0.1:9\nchecks:\n  - name: error-rate\n    query: up\n    max: 1\n');
    expect(unreachable.exitCode).toBe(1);
    expect(unreachable.outputs.verdict).toBe('failed');
    expect(errorOf(unreachable)).toBe(
      `input 'checks' line 4, check "error-rate": cannot reach Prometheus at http://127.0.0.1:9 (ECONNREFUSED); check the URL and that the server is up. No deploy was started.`,
    );
    expect(Date.now() - started).toBeLessThan(10_000);

    const baselineless = await attempt('provider:\n  prometheus: http://127.0.0.1:9\nchecks:\n  - name: error-rate\n    query: up\n    max-increase: 10%\n', { baseline: '0' });
    expect(errorOf(baselineless)).toContain("input 'baseline': 0 leaves nothing to compare with, but error-rate compare with the baseline");

    // Nothing ran, nothing was promoted or deployed, no lease was taken.
    expect(existsSync(marker)).toBe(false);
    expect(await deploymentsOf(sb, at, 'production')).toEqual([]);
    const { state } = await sb.ledger(at).read();
    expect(state.environments.production).toBeUndefined();
    expect(state.leases.production).toBeUndefined();
  }, 60_000);
});

/**
 * The known history of fixtures.ts, collected from the sandbox by the real collection code and
 * reported: every figure is checked against a computation by hand from the times in the story
 * (hours before `now`), written out next to each assertion.
 */
import { collectFacts } from '../../src/dora/github/collect.js';
import { buildReport, type DoraReport, type ReportSettings } from '../../src/dora/report.js';
import { createGitHubClient } from '../../src/github/client.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import { seedKnownHistory, type KnownHistory } from './fixtures.js';

const NOW = new Date('2024-03-31T00:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

let sb: TestSandbox;
let history: KnownHistory;
let report: DoraReport;
let requests: Awaited<ReturnType<typeof collectFacts>>['counts'];

const settings = (overrides: Partial<ReportSettings> = {}): ReportSettings => ({
  repository: `${history.repo.owner}/${history.repo.repo}`,
  environment: 'production',
  now: NOW,
  windowMs: 7 * DAY_MS,
  compare: true,
  benchmark: 'dora-2024',
  incidentLabel: 'incident',
  ...overrides,
});

async function collect(overrides: Partial<ReportSettings> = {}, spanSize?: number) {
  const client = createGitHubClient({ token: 'test', baseUrl: sb.url, retryAfterBaseMs: 1 });
  const logger = { debug() {}, info() {}, warning() {}, error() {} };
  return collectFacts(client, { at: history.repo, settings: settings(overrides), logger, ...(spanSize !== undefined ? { spanSize } : {}) });
}

beforeAll(async () => {
  sb = await startTestSandbox();
  history = await seedKnownHistory(sb.octokit, 'known', NOW);
  const collected = await collect();
  requests = collected.counts;
  report = buildReport(settings(), collected.facts);
}, 60_000);
afterAll(() => sb?.stop());

const close = (actual: number | null, expected: number) => {
  expect(actual).not.toBeNull();
  expect(actual!).toBeCloseTo(expected, 6);
};

describe('current window (168 h before now to now)', () => {
  test('deployments: 7 created, 6 judged (C7 still in progress), 5 successful, 3 failed', () => {
    expect(report.metrics.counts).toMatchObject({ deployments: 7, judged: 6, notJudged: 1, successful: 5, failed: 3 });
  });

  test('deployment frequency: 5 successful (C1, C2, C3, C4, C6) ÷ 7 days', () => {
    close(report.metrics.deploymentFrequency.value, 5 / 7);
    expect(report.metrics.deploymentFrequency.n).toBe(5);
  });

  test('lead time: median of c6 2.5 h, c7 6.5 h, c7 again 30.5 h, c8 6.5 h, c9 7.5 h = 6.5 h', () => {
    // C1: c6 158 - 155.5; C2: c7 144 - 137.5; C3 brings nothing (rollback to c6, behind c7);
    // C4: c7 144 - 113.5 (rolled back, so brought again) and c8 120 - 113.5; C6: c9 100 - 92.5.
    close(report.metrics.leadTimeHours.value, 6.5);
    expect(report.metrics.leadTimeHours.n).toBe(5);
    const byDeployment = Object.fromEntries(report.deployments.map((d) => [d.id, d.changes?.commits.map((c) => [c.sha, c.hours])]));
    const { c6, c7, c8, c9 } = history.commits;
    const { C1, C2, C3, C4, C6 } = history.deployments;
    expect(byDeployment[C1]).toEqual([[c6, 2.5]]);
    expect(byDeployment[C2]).toEqual([[c7, 6.5]]);
    expect(byDeployment[C3]).toEqual([]);
    expect(byDeployment[C4]!.map(([sha, hours]) => [sha, Number((hours as number).toFixed(6))])).toEqual([[c7, 30.5], [c8, 6.5]]);
    expect(byDeployment[C6]).toEqual([[c9, 7.5]]);
  });

  test('change failure rate: C2 (rolled back by C3), C4 (incident names c8), C5 (error status) = 3 ÷ 6 judged', () => {
    close(report.metrics.changeFailureRate.value, 3 / 6);
    const failed = report.deployments.filter((d) => d.window === 'current' && d.failed);
    const { C2, C4, C5, C3 } = history.deployments;
    expect(Object.fromEntries(failed.map((d) => [d.id, d.causes]))).toEqual({ [C2]: ['rollback'], [C4]: ['incident'], [C5]: ['error-status'] });
    const c2 = failed.find((d) => d.id === C2)!;
    expect(c2.evidence.rollbacks.map((r) => r.id)).toEqual([C3]);
    const c4 = failed.find((d) => d.id === C4)!;
    expect(c4.evidence.incidents.map((i) => i.number)).toEqual([history.incident]);
    const c5 = failed.find((d) => d.id === C5)!;
    expect(c5.evidence.status).toMatchObject({ state: 'error', description: 'runner lost' });
    expect(report.failureCauses).toEqual({ 'failure-status': 0, 'error-status': 1, rollback: 1, incident: 1 });
  });

  test('recovery time: C2 137.5 → C3 135.83 = 1.67 h; C4 113.5 → C6 92.5 = 21 h; C5 95.75 → C6 92.5 = 3.25 h; median 3.25 h', () => {
    close(report.metrics.recoveryTimeHours.value, 3.25);
    expect(report.metrics.counts).toMatchObject({ recovered: 3, unrecovered: 0 });
    const hours = Object.fromEntries(report.deployments.filter((d) => d.recovery).map((d) => [d.id, d.recovery!.hours]));
    const { C2, C3, C4, C5, C6 } = history.deployments;
    close(hours[C2]!, 1 + 40 / 60);
    close(hours[C4]!, 21);
    close(hours[C5]!, 3.25);
    expect(report.deployments.find((d) => d.id === C2)!.recovery!.recoveredBy).toBe(C3);
    expect(report.deployments.find((d) => d.id === C4)!.recovery!.recoveredBy).toBe(C6);
  });

  test('rework rate: C3 (rollback), C5 and C6 (only a revert) = 3 ÷ 6 judged', () => {
    close(report.metrics.reworkRate.value, 3 / 6);
    const unplanned = Object.fromEntries(report.deployments.filter((d) => d.unplanned).map((d) => [d.id, d.unplanned]));
    const { C3, C5, C6, P3 } = history.deployments;
    expect(unplanned).toEqual({ [C3]: 'rollback', [C5]: 'reverts', [C6]: 'reverts' });
    // P3 brought c4 and its revert c5: not only reverts, so planned.
    expect(unplanned[P3]).toBeUndefined();
  });

  test('levels (DORA 2024): 0.71/day high, 6.5 h elite, 50% low (nearest 40%), 3.25 h high, rework none', () => {
    expect(report.metrics.deploymentFrequency.level).toBe('high'); // between once a week (0.14) and once a day
    expect(report.metrics.leadTimeHours.level).toBe('elite'); // under one day
    expect(report.metrics.changeFailureRate).toMatchObject({ level: 'low', band: 'nearest to 40%' });
    expect(report.metrics.recoveryTimeHours.level).toBe('high'); // under one day (medium shares it; high is better)
    expect(report.metrics.reworkRate.level).toBeNull();
  });

  test('statuses overwritten by inactive still count by their last real status', async () => {
    // auto_inactive added `inactive` to C1..C4 when later deployments succeeded.
    const { data } = await sb.octokit.rest.repos.listDeploymentStatuses({ ...history.repo, deployment_id: history.deployments.C1 });
    expect(data[0]!.state).toBe('inactive');
    expect(report.deployments.find((d) => d.id === history.deployments.C1)).toMatchObject({ outcome: 'success', status: 'success' });
  });
});

describe('previous window (336 h to 168 h before now)', () => {
  test('P1, P3 successful, P2 failed; D0 (before it) is only the base for P1', () => {
    expect(report.metrics.previousCounts).toMatchObject({ deployments: 3, judged: 3, successful: 2, failed: 1 });
    expect(report.deployments.some((d) => d.id === history.deployments.D0)).toBe(false);
    expect(report.deployments.find((d) => d.id === history.deployments.P1)!.changes!.base).toBe(history.commits.c1);
  });

  test('figures: 2/7 a day; median of 30.5, 12.5, 13.33, 1.33 h = 12.92 h; 1/3 failed; recovery 257.67 → 250.67 = 7 h; rework 0', () => {
    const m = report.metrics;
    close(m.deploymentFrequency.previous!.value, 2 / 7);
    close(m.leadTimeHours.previous!.value, (12.5 + (264 - (251 - 1 / 3))) / 2);
    close(m.changeFailureRate.previous!.value, 1 / 3);
    close(m.recoveryTimeHours.previous!.value, 7);
    close(m.reworkRate.previous!.value, 0);
    expect(m.changeFailureRate.previous!.level).toBe('low'); // 33% is nearer 40% than 20%
  });

  test('changes: frequency and lead time and recovery better, failure rate and rework worse', () => {
    const m = report.metrics;
    close(m.deploymentFrequency.change!.delta, 5 / 7 - 2 / 7);
    expect(m.deploymentFrequency.change!.direction).toBe('better');
    close(m.leadTimeHours.change!.delta, 6.5 - (12.5 + 13 + 1 / 3) / 2);
    expect(m.leadTimeHours.change!.direction).toBe('better');
    close(m.changeFailureRate.change!.delta, 1 / 2 - 1 / 3);
    expect(m.changeFailureRate.change!.direction).toBe('worse');
    close(m.recoveryTimeHours.change!.delta, 3.25 - 7);
    expect(m.recoveryTimeHours.change!.direction).toBe('better');
    expect(m.reworkRate.change).toMatchObject({ delta: 0.5, relative: null, direction: 'worse' });
  });
});

test('DORA 2023 places 50% failures nearest its low cluster (64%) and 3.25 h recovery high', async () => {
  const collected = await collect({ benchmark: 'dora-2023' });
  const other = buildReport(settings({ benchmark: 'dora-2023' }), collected.facts);
  expect(other.metrics.changeFailureRate).toMatchObject({ level: 'low', band: 'nearest to 64%' });
  expect(other.metrics.recoveryTimeHours.level).toBe('high');
  expect(other.benchmark!.name).toBe('dora-2023');
});

test('requests: one page of deployments, one compare for all ranges, one page each of pull requests and incidents', () => {
  // The eight ranges (c1...c3, c3...c4, c3...c5, c5...c6, c6...c7, c7...c6, c6...c8, c8...c9; C5 and
  // C6 share one) all lie inside c1...c9, so one compare answers every one, the rollback C3 included.
  expect(requests).toEqual({ deployments: 1, commits: 1, pullRequests: 1, incidents: 1 });
});

test('one compare per range gives the same report, in one request per distinct range', async () => {
  const alone = await collect({}, 1);
  expect(alone.counts.commits).toBe(8);
  expect(buildReport(settings(), alone.facts)).toEqual(report);
});

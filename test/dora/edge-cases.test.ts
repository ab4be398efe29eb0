/**
 * Edge cases of the whole report (collection from the sandbox, then the figures): no deployments,
 * only failed ones, only running ones, a squash merge, a chain's first deployment, more than
 * 1,000 deployments over several pages, and services. Histories are written into the sandbox's
 * store before it starts (test/support/dora-seed.ts), which is faster than the API.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDoraSummary } from '../../src/actions/dora-report/render-summary.js';
import { collectFacts } from '../../src/dora/github/collect.js';
import { buildReport, type ReportSettings } from '../../src/dora/report.js';
import { parseServices } from '../../src/dora/services.js';
import { createGitHubClient } from '../../src/github/client.js';
import { startSandbox, type RunningSandbox, type SandboxExchange } from '../../src/sandbox/index.js';
import { SandboxSeeder, type SeedStatusState } from '../support/dora-seed.js';

const NOW = new Date('2024-06-30T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const before = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const owner = 'sandbox-user';

let dataDir: string;
let sandbox: RunningSandbox;
const exchanges: SandboxExchange[] = [];
const repos: Record<string, { shas: string[]; ids: number[] }> = {};

/** Deployments of one repository: each `[sha index, hours before now, statuses...]`. */
function seedRepo(seeder: SandboxSeeder, commits: { message: string; authoredHoursBefore: number }[], deployments: { commit: number; hoursBefore: number; states: SeedStatusState[]; payload?: Record<string, unknown>; environment?: string }[]) {
  let parents: string[] = [seeder.commit({ message: 'root', parents: [], authorDate: before(400 * DAY) })];
  const shas: string[] = [];
  for (const c of commits) {
    const sha = seeder.commit({ message: c.message, parents, authorDate: before(c.authoredHoursBefore * HOUR) });
    shas.push(sha);
    parents = [sha];
  }
  seeder.setRef('refs/heads/main', parents[0]!);
  const ids = deployments.map((d) =>
    seeder.deployment({
      sha: shas[d.commit]!,
      environment: d.environment ?? 'production',
      createdAt: before(d.hoursBefore * HOUR),
      ...(d.payload ? { payload: d.payload } : {}),
      statuses: d.states.map((state, i) => ({ state, at: before(d.hoursBefore * HOUR - (i + 1) * 5 * 60_000) })),
    }),
  );
  return { shas, ids };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'stopline-dora-edges-'));

  new SandboxSeeder(dataDir, owner, 'empty').save();

  let s = new SandboxSeeder(dataDir, owner, 'only-failed');
  repos['only-failed'] = seedRepo(s, [{ message: 'a', authoredHoursBefore: 100 }, { message: 'b', authoredHoursBefore: 50 }], [
    { commit: 0, hoursBefore: 90, states: ['in_progress', 'failure'] },
    { commit: 1, hoursBefore: 40, states: ['error'] },
  ]);
  s.save();

  s = new SandboxSeeder(dataDir, owner, 'running');
  repos.running = seedRepo(s, [{ message: 'a', authoredHoursBefore: 10 }], [{ commit: 0, hoursBefore: 2, states: ['queued', 'in_progress'] }]);
  s.save();

  // A chain's first deployment: only commits of its 30 days count (the 40-day-old one does not).
  s = new SandboxSeeder(dataDir, owner, 'first');
  repos.first = seedRepo(s, [{ message: 'old', authoredHoursBefore: 40 * 24 + 5 }, { message: 'recent', authoredHoursBefore: 10 * 24 + 5 }], [
    { commit: 1, hoursBefore: 5, states: ['success'] },
  ]);
  s.save();

  // A squash merge of a pull request labelled hotfix, whose first commit is 5 days older than the merge.
  s = new SandboxSeeder(dataDir, owner, 'squash');
  const root = s.commit({ message: 'root', parents: [], authorDate: before(100 * DAY) });
  const wip1 = s.commit({ message: 'wip 1', parents: [root], authorDate: before(6 * DAY) });
  const wip2 = s.commit({ message: 'wip 2', parents: [wip1], authorDate: before(2 * DAY) });
  s.setRef('refs/heads/fix-checkout', wip2);
  const squashed = s.commit({ message: 'Fix checkout (#1)', parents: [root], authorDate: before(1 * DAY) });
  s.setRef('refs/heads/main', squashed);
  s.mergedPull({ title: 'Fix checkout', head: 'fix-checkout', mergeCommit: squashed, mergedAt: before(1 * DAY), createdAt: before(6 * DAY), labels: ['hotfix'] });
  s.deployment({ sha: root, environment: 'production', createdAt: before(50 * DAY), statuses: [{ state: 'success', at: before(50 * DAY) }] });
  const squashDeployment = s.deployment({ sha: squashed, environment: 'production', createdAt: before(22 * HOUR), statuses: [{ state: 'success', at: before(22 * HOUR) }] });
  repos.squash = { shas: [root, squashed], ids: [squashDeployment] };
  s.save();

  // 1,050 deployments over 25 days, three statuses each, 50 distinct commits.
  s = new SandboxSeeder(dataDir, owner, 'many');
  const commits = Array.from({ length: 50 }, (_, i) => ({ message: `change ${i}`, authoredHoursBefore: 600 - i * 12 - 1 }));
  repos.many = seedRepo(s, commits, Array.from({ length: 1050 }, (_, i) => ({
    commit: Math.floor(i / 21),
    hoursBefore: 600 - i * (600 / 1050) - 0.01,
    states: ['queued', 'in_progress', i % 10 === 9 ? 'failure' : 'success'] as SeedStatusState[],
  })));
  s.save();

  // Two services: by environment, and by payload field.
  s = new SandboxSeeder(dataDir, owner, 'services');
  repos.services = seedRepo(s, [{ message: 'a', authoredHoursBefore: 30 }, { message: 'b', authoredHoursBefore: 20 }], [
    { commit: 0, hoursBefore: 25, states: ['success'], environment: 'prod-api', payload: { service: 'api' } },
    { commit: 1, hoursBefore: 15, states: ['failure'], environment: 'prod-api', payload: { service: 'api' } },
    { commit: 1, hoursBefore: 10, states: ['success'], environment: 'prod-web', payload: { service: 'web' } },
  ]);
  s.save();

  sandbox = await startSandbox({ dataDir, port: 0, onExchange: (e) => void exchanges.push(e) });
}, 60_000);
afterAll(async () => {
  await sandbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function report(repo: string, overrides: Partial<ReportSettings> = {}) {
  const settings: ReportSettings = {
    repository: `${owner}/${repo}`, environment: 'production', now: NOW, windowMs: 30 * DAY, compare: true, benchmark: 'dora-2024', incidentLabel: 'incident', ...overrides,
  };
  const client = createGitHubClient({ token: 'test', baseUrl: sandbox.url, retryAfterBaseMs: 1 });
  const { facts, counts } = await collectFacts(client, { at: { owner, repo }, settings, logger: { debug() {}, info() {}, warning() {}, error() {} } });
  return { report: buildReport(settings, facts), counts };
}

test('no deployments: every figure is no data (null), never 0 shown as elite; one request says so', async () => {
  const { report: r, counts } = await report('empty');
  for (const metric of ['deploymentFrequency', 'leadTimeHours', 'changeFailureRate', 'recoveryTimeHours', 'reworkRate'] as const) {
    expect(r.metrics[metric]).toMatchObject({ value: null, level: null, n: 0 });
  }
  expect(counts.deployments).toBe(1);
  const markdown = renderDoraSummary(r, { serverUrl: 'https://github.com', outputPath: 'stopline-dora.json', counts, seconds: 0.1 }).render();
  expect(markdown).toContain('**No data**');
  // No headline table and no level anywhere: nothing is presented as a result.
  expect(markdown).not.toMatch(/🟢|🔵|🟡|🔴|\| Deployment frequency \|/);
});

test('only failed deployments: frequency 0 (low), failure rate 100%, no lead time, none recovered', async () => {
  const { report: r } = await report('only-failed');
  expect(r.metrics.deploymentFrequency).toMatchObject({ value: 0, n: 0, level: 'low' });
  expect(r.metrics.changeFailureRate).toMatchObject({ value: 1, n: 2, level: 'low' });
  expect(r.metrics.leadTimeHours.value).toBeNull();
  expect(r.metrics.recoveryTimeHours).toMatchObject({ value: null, n: 0 });
  expect(r.metrics.counts).toMatchObject({ failed: 2, recovered: 0, unrecovered: 2 });
  expect(r.failureCauses).toMatchObject({ 'failure-status': 1, 'error-status': 1 });
});

test('a deployment still in progress at the end of the window is not judged', async () => {
  const { report: r, counts } = await report('running');
  expect(r.metrics.counts).toMatchObject({ deployments: 1, judged: 0, notJudged: 1 });
  expect(r.metrics.deploymentFrequency.value).toBeNull();
  expect(r.deployments[0]).toMatchObject({ outcome: 'not-judged', status: 'in_progress', changes: null });
  // Nothing judged: no commits to read, so no pull requests either.
  expect(counts).toMatchObject({ commits: 0, pullRequests: 0 });
  const markdown = renderDoraSummary(r, { serverUrl: 'https://github.com', outputPath: 'x.json', counts, seconds: 0 }).render();
  expect(markdown).toContain('1 deployment had no final status yet');
});

test('a chain\'s first deployment counts only the commits of its 30 days', async () => {
  const { report: r } = await report('first');
  const [deployment] = r.deployments;
  expect(deployment!.changes).toMatchObject({ base: null, since: before(5 * HOUR - 5 * 60_000 + 30 * DAY), known: true });
  expect(deployment!.changes!.commits.map((c) => c.sha)).toEqual([repos.first!.shas[1]]);
  expect(r.metrics.leadTimeHours.value).toBeCloseTo(10 * 24 + 5 - (5 - 5 / 60), 6);
});

test('a squash merge counts from its pull request\'s first commit, and a hotfix label makes it rework', async () => {
  const { report: r, counts } = await report('squash');
  const deployment = r.deployments.find((d) => d.id === repos.squash!.ids[0])!;
  expect(deployment.changes!.commits).toEqual([
    expect.objectContaining({ sha: repos.squash!.shas[1], startedAt: before(6 * DAY).replace('.000Z', 'Z'), squashOf: 1 }),
  ]);
  // From the first commit (6 days before now) to the success (22 hours before now).
  expect(r.metrics.leadTimeHours.value).toBeCloseTo(6 * 24 - 22, 6);
  expect(r.metrics.counts.squashMerges).toBe(1);
  expect(deployment.unplanned).toBe('hotfix');
  expect(counts.pullRequests).toBe(1);
  const markdown = renderDoraSummary(r, { serverUrl: 'https://github.com', outputPath: 'x.json', counts, seconds: 0 }).render();
  expect(markdown).toContain("1 of 1 commits are squash merges: their lead time starts at the pull request's first commit");
});

test('1,050 deployments over 11 pages of 100: all read, in 11 GraphQL requests', async () => {
  exchanges.length = 0;
  const { report: r, counts } = await report('many');
  expect(r.metrics.counts).toMatchObject({ deployments: 1050, judged: 1050, failed: 105, successful: 945 });
  expect(counts.deployments).toBe(11);
  expect(exchanges.filter((e) => e.path === '/graphql').length).toBe(11 + counts.pullRequests);
  // 50 commits, one new per 21 deployments: each range is compared once.
  expect(counts.commits).toBeLessThanOrEqual(50 * 2);
  expect(new Set(r.deployments.map((d) => d.id)).size).toBe(1050);
});

test('services by environment and by payload field: figures per service, and for all', async () => {
  const byEnvironment = parseServices('api: prod-api\nweb: prod-web')!;
  const { report: r } = await report('services', { services: byEnvironment });
  expect(r.environments).toEqual(['prod-api', 'prod-web']);
  expect(r.services.map((s) => [s.name, s.metrics.counts.judged, s.metrics.changeFailureRate.value])).toEqual([['api', 2, 0.5], ['web', 1, 0]]);
  expect(r.metrics.counts.judged).toBe(3);
  // The api's failure recovers only by an api deployment: none followed, so not yet.
  expect(r.services[0]!.metrics.counts.unrecovered).toBe(1);

  const { report: byPayload } = await report('services', { services: parseServices('payload.service')!, environment: 'prod-api' });
  expect(byPayload.services.map((s) => s.name)).toEqual(['api']);
  expect(byPayload.metrics.counts.judged).toBe(2);
});

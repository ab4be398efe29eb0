/**
 * dora-report's committed bundle, run as the runner runs it (INPUT_*, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY), against the sandbox: the known history of test/dora/fixtures.ts placed in
 * the last 14 days (outputs, summary, JSON), a repository without deployments, services, bad input,
 * and `stopline dora`. Rebuild dist/ first.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { utf8Length } from '../../src/report/summary.js';
import type { DoraReport } from '../../src/dora/report.js';
import { runAction, packageRoot, type ActionResult } from '../harness/run-action.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';
import { createRepo, deploy, seedKnownHistory, hoursBefore, type KnownHistory } from '../dora/fixtures.js';

let sb: TestSandbox;
let history: KnownHistory;
let result: ActionResult;

function dora(repository: string, inputs: Record<string, string> = {}): Promise<ActionResult> {
  return runAction({ action: 'actions/dora-report/action.yml', repository, apiUrl: sb.url, inputs });
}

function expectClean(step: ActionResult) {
  if (step.exitCode !== 0) throw new Error(`step failed (${step.exitCode}):\n${step.stdout}\n${step.stderr}`);
}

beforeAll(async () => {
  sb = await startTestSandbox();
  // Placed relative to now, as the action measures up to now. A few minutes of margin keep the
  // seeded times clear of the window's edges while the action starts.
  history = await seedKnownHistory(sb.octokit, 'dora-e2e', new Date(Date.now() - 5 * 60_000));
  result = await dora(`${history.repo.owner}/${history.repo.repo}`, { window: '7d' });
}, 60_000);
afterAll(() => sb?.stop());

test('outputs: the figures of the known history (same as the known-answer test computes by hand)', () => {
  expectClean(result);
  expect(result.outputs).toMatchObject({
    'deployment-frequency': String(Number((5 / 7).toFixed(3))),
    'lead-time-hours': '6.5',
    'change-failure-rate': '0.5',
    'recovery-time-hours': '3.25',
    'rework-rate': '0.5',
    deployments: '6',
  });
  expect(result.outputs.report).toMatch(/stopline-dora\.json$/);
});

test('the JSON report holds every figure and the deployments behind them', () => {
  const report = JSON.parse(readFileSync(result.outputs.report!, 'utf8')) as DoraReport & { collection: { requests: Record<string, number> } };
  expect(report.schema).toBe('stopline-dora/v1');
  expect(report.metrics.changeFailureRate).toMatchObject({ value: 0.5, n: 6, level: 'low' });
  expect(report.metrics.changeFailureRate.previous).toMatchObject({ n: 3 });
  expect(report.deployments.map((d) => d.id).sort((a, b) => a - b)).toEqual(
    ['P1', 'P2', 'P3', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'].map((k) => history.deployments[k as keyof KnownHistory['deployments']]).sort((a, b) => a - b),
  );
  expect(report.deployments.find((d) => d.id === history.deployments.C4)!.evidence.incidents[0]!.url).toContain(`/issues/${history.incident}`);
  expect(report.collection.requests).toEqual({ deployments: 1, commits: 1, pullRequests: 1, incidents: 1 });
});

test('the job summary: headline table, charts, failed deployments with evidence, definitions; under 1 MiB', () => {
  const summary = result.summary;
  expect(utf8Length(summary)).toBeLessThan(1024 * 1024);
  expect(summary).toContain(`## DORA metrics: ${history.repo.owner}/${history.repo.repo} → \`production\``);
  expect(summary).toContain('| metric | value | level | vs previous 7 days | n |');
  expect(summary).toMatch(/\| Deployment frequency \| 0\.71 \/ day \(5\.0 \/ week\) \| 🔵 high \| ▲ \+0\.43 \/ day \(better; was 0\.29 \/ day\) \| 5 successful of 6 judged \|/);
  expect(summary).toContain('| Lead time for changes | 6h 30m (median) | 🟢 elite |');
  expect(summary).toContain('| Change failure rate | 50% | 🔴 low | ▲ +16.7 pts (worse; was 33.3%) | 3 failed of 6 judged |');
  expect(summary).toContain('| Failed deployment recovery time | 3h 15m (median) | 🔵 high | ▼ −3h 45m (better; was 7h) | 3 recovered |');
  expect(summary).toContain('| Rework rate | 50% | — (no levels) | ▲ +50.0 pts (worse; was 0%) | 3 unplanned of 6 judged |');
  expect(summary).toContain('```mermaid\nxychart-beta\n  title "Deployments per week (bars: successful, line: failed)"');
  expect(summary).toContain('pie showData');
  expect(summary).toContain('"rolled back" : 1');
  expect(summary).toContain('### Failed deployments (3)');
  expect(summary).toContain(`rolled back by deployment ${history.deployments.C3}`);
  expect(summary).toContain(`incident [\\#${history.incident} Checkout errors in production](`);
  expect(summary).toContain('status `error` at');
  expect(summary).toContain('<details><summary>Definitions (as implemented)</summary>');
  expect(summary).toContain('1 deployment had no final status yet');
  expect(summary).toMatch(/Read from GitHub in 4 requests \(deployments 1, commits 1, pull requests 1, incidents 1\)/);
});

test('a repository without deployments: empty outputs and a clear "no data" summary', async () => {
  const empty = await createRepo(sb.octokit, 'dora-empty', hoursBefore(new Date(), 100));
  const step = await dora(`${empty.owner}/${empty.repo}`);
  expectClean(step);
  expect(step.outputs).toMatchObject({ 'deployment-frequency': '', 'lead-time-hours': '', 'change-failure-rate': '', 'recovery-time-hours': '', 'rework-rate': '', deployments: '0' });
  expect(step.summary).toContain('**No data**: no deployments to `production` were created in this window');
  expect(step.summary).not.toMatch(/🟢|🔵|🟡|🔴/);
});

test('services: a table per service', async () => {
  const repo = await createRepo(sb.octokit, 'dora-services', hoursBefore(new Date(), 100));
  const now = new Date();
  await deploy(sb.octokit, repo, { sha: repo.head, environment: 'prod-api', createdAt: hoursBefore(now, 20), statuses: [{ state: 'success', at: hoursBefore(now, 19) }] });
  await deploy(sb.octokit, repo, { sha: repo.head, environment: 'prod-web', createdAt: hoursBefore(now, 10), statuses: [{ state: 'failure', at: hoursBefore(now, 9) }] });
  const step = await dora(`${repo.owner}/${repo.repo}`, { services: 'api: prod-api\nweb: prod-web', window: '2d' });
  expectClean(step);
  expect(step.summary).toContain('### Per service');
  expect(step.summary).toMatch(/\| api \| 0\.50 \/ day \(3\.5 \/ week\) \(high\) \|/);
  expect(step.summary).toMatch(/\| web \| 0\.00 \/ day \(low\) \|/);
  expect(step.outputs.deployments).toBe('2');
});

test('bad input fails the step with a message naming the input and the fix', async () => {
  const window = await dora(`${history.repo.owner}/${history.repo.repo}`, { window: 'soon' });
  expect(window.exitCode).toBe(1);
  expect(window.stdout).toContain("input 'window': 'soon' is not a duration");
  const benchmark = await dora(`${history.repo.owner}/${history.repo.repo}`, { benchmark: 'dora-2019' });
  expect(benchmark.stdout).toContain("input 'benchmark': 'dora-2019' is not allowed; use one of dora-2024, dora-2023, none");
  const services = await dora(`${history.repo.owner}/${history.repo.repo}`, { services: 'api: a\nweb: a' });
  expect(services.stdout).toContain("environment 'a' is listed for both 'api' and 'web'");
});

test('`stopline dora --help` lists the inputs', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [join(packageRoot, 'dist/cli/index.mjs'), 'dora', '--help']);
  expect(stdout).toContain("stopline dora: DORA's five metrics");
  expect(stdout).toContain('--incident-label (default: incident)');
});

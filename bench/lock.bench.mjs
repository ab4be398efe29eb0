// commit-lock, request counts per operation (issue 4, "Speed"), counted by the sandbox, through the
// committed bundle run as the runner runs it (dist/actions/commit-lock/index.mjs, so `npm run
// build` first): `check` on a green line, `auto` turning the line red, and `auto` turning it green
// with BENCH_PULLS (default 500) open pull requests, with BENCH_LATENCY_MS (default 20) added to
// every request. Targets: check ≤ 4 requests; turning green ≤ 520 requests plus pages, under 30 s.
// The baseline beside each count is the least any implementation needs: for check, read the
// ledger's ref and state, the freezes file, and set one status; for turning green, one status
// per pull request plus the pages of the list. Medians of BENCH_RUNS (default 3) runs, each on
// its own repository.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeScript } from '../scripts/bundle-node-script.mjs';
import { median } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PULLS = Number(process.env.BENCH_PULLS ?? 500);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);

const ENTRY = `
import { Octokit } from '@octokit/rest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from './src/cli/local-runner.js';
import { startSandbox } from './src/sandbox/index.js';
import { pushCommits, seedPullRequests } from './test/lock/github/fixtures.js';

const [pulls, latency, runs] = process.argv.slice(2).map(Number);
let counting = false;
let requests = 0;
const sandbox = await startSandbox({
  dataDir: mkdtempSync(join(tmpdir(), 'stopline-lock-bench-')), port: 0, faults: { latencyMs: latency },
  onExchange: (e) => { if (counting && !e.path.startsWith('/_stopline/')) requests += 1; },
});
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const octokit = new Octokit({ baseUrl: sandbox.url, auth: 'bench', log: quiet });

async function measured(task) {
  requests = 0;
  counting = true;
  const start = performance.now();
  const result = await task();
  const elapsed = performance.now() - start;
  counting = false;
  if (result.exitCode !== 0) throw new Error('the action failed:\\n' + result.stdout + result.stderr);
  return { requests, elapsed, state: result.outputs.state };
}

function lock(repository, event, inputs = {}) {
  return runAction({ action: 'actions/commit-lock/action.yml', repository, apiUrl: sandbox.url, token: 'bench', inputs: { 'retry-failed': 'false', ...inputs }, event });
}

async function runEvent(at, sha, conclusion) {
  const { data: seeded } = await octokit.request('POST /_stopline/repos/{owner}/{repo}/actions/runs', { ...at, name: 'CI', head_sha: sha, head_branch: 'main', status: 'completed', conclusion, jobs: [{ name: 'build', status: 'completed', conclusion }] });
  const { data } = await octokit.rest.actions.getWorkflowRun({ ...at, run_id: seeded.id });
  return { name: 'workflow_run', payload: { action: 'completed', workflow_run: data, repository: { full_name: at.owner + '/' + at.repo, default_branch: 'main' } } };
}

const samples = { check: [], red: [], green: [] };
for (let run = 0; run < runs; run += 1) {
  const at = { owner: 'sandbox-user', repo: 'lock-bench-' + run };
  await octokit.rest.repos.createForAuthenticatedUser({ name: at.repo, auto_init: true });
  const repository = at.owner + '/' + at.repo;
  const [bad, fix] = await pushCommits(octokit, at, [{ message: 'bad', author: 'dev-a' }, { message: 'fix', author: 'dev-a' }]);
  const seeded = await seedPullRequests(octokit, at, pulls, { concurrency: 16 });
  const { data: pull } = await octokit.rest.pulls.get({ ...at, pull_number: seeded[0].number });
  samples.check.push(await measured(() => lock(repository, { name: 'pull_request', payload: { action: 'synchronize', pull_request: pull, repository: { full_name: repository, default_branch: 'main' } } })));
  const red = await runEvent(at, bad, 'failure');
  samples.red.push(await measured(() => lock(repository, red)));
  const green = await runEvent(at, fix, 'success');
  samples.green.push(await measured(() => lock(repository, green)));
}
await sandbox.close();
process.stdout.write(JSON.stringify(samples));
`;

export async function run() {
  // Two levels below the package root, so the bundled local runner finds actions/ where it looks.
  const temp = join(root, 'node_modules', '.cache');
  mkdirSync(temp, { recursive: true });
  const script = join(temp, `lock-bench-${process.pid}.mjs`);
  try {
    await bundleNodeScript({ source: ENTRY, sourcefile: 'lock-bench-entry.ts', outfile: script });
    const { spawnSync } = await import('node:child_process');
    const child = spawnSync(process.execPath, [script, String(PULLS), String(LATENCY_MS), String(RUNS)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (child.status !== 0) throw new Error(`lock bench failed:\n${child.stderr}`);
    const samples = JSON.parse(child.stdout);
    const pages = Math.ceil(PULLS / 100);
    const rows = [
      ['check on a green line', samples.check, 4, 4],
      [`auto turning red (${PULLS} open PRs told: pending)`, samples.red, undefined, PULLS + pages],
      [`auto turning green (${PULLS} open PRs released)`, samples.green, 520 + pages, PULLS + pages],
    ];
    console.log(`${RUNS} runs, ${LATENCY_MS} ms added per request, Node ${process.version}; requests counted by the sandbox; time includes the action's process start`);
    console.log('| operation | median requests | least possible | target | median time |');
    console.log('|---|---|---|---|---|');
    for (const [name, list, target, least] of rows) {
      const requests = median(list.map((s) => s.requests));
      const time = median(list.map((s) => s.elapsed));
      const verdict = target === undefined ? '—' : `≤ ${target} ${requests <= target ? 'ok' : 'OVER'}`;
      console.log(`| ${name} | ${requests} | ${least ?? '—'} | ${verdict} | ${(time / 1000).toFixed(2)} s |`);
    }
  } finally {
    rmSync(script, { force: true });
  }
}

// dora-report at scale (issue 7, "Efficiency"), through the committed bundle run as the runner runs
// it (dist/actions/dora-report/index.mjs, so `node scripts/build.mjs` first), against the sandbox
// with BENCH_LATENCY_MS (default 20) added to every request: BENCH_DEPLOYMENTS (default 10,000)
// deployments over BENCH_DAYS (default 90) days, three statuses each, BENCH_COMMITS (default
// 50,000) commits on main, every 20th a squash-merged pull request (every tenth of those labelled
// hotfix), a rollback every 200 deployments and an incident every 500. The report's window is half
// the period, so with the previous window it judges all of it. Targets: at most 15 requests per
// 1,000 deployments for the deployment data (deployments and their statuses), the whole report in
// under 60 s. Beside each count, what one request per deployment would need: REST lists
// deployments 100 a page but their statuses one deployment at a time, and one compare per
// deployment for the commits. The data is written into the sandbox's store before it starts
// (test/support/dora-seed.ts): through the API it would take minutes. Requests are counted by the
// sandbox. Medians of BENCH_RUNS (default 1) runs.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNodeScript } from '../scripts/bundle-node-script.mjs';
import { median } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const DEPLOYMENTS = Number(process.env.BENCH_DEPLOYMENTS ?? 10_000);
const COMMITS = Number(process.env.BENCH_COMMITS ?? 50_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 90);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);

const ENTRY = `
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from './src/cli/local-runner.js';
import { startSandbox } from './src/sandbox/index.js';
import { SandboxSeeder } from './test/support/dora-seed.js';

const [deployments, commits, days, latency] = process.argv.slice(2).map(Number);
const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString();
const dataDir = mkdtempSync(join(tmpdir(), 'stopline-dora-bench-'));
const now = Date.now();
const start = now - days * DAY;

const seeding = performance.now();
const seed = new SandboxSeeder(dataDir, 'sandbox-user', 'dora-bench', iso(start - 60 * DAY));
const root = seed.commit({ message: 'root', parents: [], authorDate: iso(start - 60 * DAY) });
const main = [];
const times = [];
let parent = root;
for (let i = 0; i < commits; i += 1) {
  const at = start + (i + 0.5) * ((days * DAY - 3_600_000) / commits);
  let sha;
  if (i % 20 === 19) {
    // A squash merge: the pull request's own commit, three days older, stays on its branch.
    const branch = seed.commit({ message: 'work on pr ' + i, parents: [parent], authorDate: iso(at - 3 * DAY) });
    seed.setRef('refs/heads/pr-' + i, branch);
    sha = seed.commit({ message: 'Pull request ' + i + ' (#' + i + ')', parents: [parent], authorDate: iso(at) });
    seed.mergedPull({ title: 'Pull request ' + i, head: 'pr-' + i, mergeCommit: sha, mergedAt: iso(at), createdAt: iso(at - 3 * DAY), labels: i % 200 === 199 ? ['hotfix'] : [] });
  } else {
    sha = seed.commit({ message: i % 50 === 49 ? 'Revert "change ' + (i - 1) + '"' : 'change ' + i, parents: [parent], authorDate: iso(at) });
  }
  main.push(sha);
  times.push(at);
  parent = sha;
}
seed.setRef('refs/heads/main', parent);
let next = 0;
const ids = [];
const shas = [];
for (let j = 0; j < deployments; j += 1) {
  const created = start + (j + 0.5) * ((days * DAY - 3_600_000) / deployments) + 60_000;
  while (next < commits && times[next] <= created - 60_000) next += 1;
  let sha = main[Math.max(0, next - 1)];
  const rollback = j % 200 === 199;
  if (rollback) sha = shas[j - 2];
  const final = j >= deployments - 3 ? 'pending' : j % 50 === 7 ? 'error' : j % 16 === 5 ? 'failure' : 'success';
  const states = j >= deployments - 3 ? ['queued', 'in_progress', 'pending'] : ['queued', 'in_progress', final];
  ids.push(seed.deployment({
    sha, environment: 'production', createdAt: iso(created),
    ...(rollback ? { payload: { 'rollback-of': ids[j - 1] } } : {}),
    statuses: states.map((state, k) => ({ state, at: iso(created + [0, 30_000, 180_000][k]), description: state === 'failure' ? 'smoke test failed' : '' })),
  }));
  shas.push(sha);
  if (j % 500 === 250) seed.issue({ title: 'Incident after ' + sha.slice(0, 7), body: 'Errors since ' + sha + ' went out.', labels: ['incident'], createdAt: iso(created + 3_600_000) });
}
seed.save();
const seedSeconds = (performance.now() - seeding) / 1000;

let counting = false;
const byKind = { graphql: 0, compare: 0, commits: 0, issues: 0, other: 0 };
const sandbox = await startSandbox({
  dataDir, port: 0, faults: { latencyMs: latency },
  onExchange: (e) => {
    if (!counting || e.path.startsWith('/_stopline/')) return;
    const kind = e.path === '/graphql' ? 'graphql' : e.path.includes('/compare/') ? 'compare' : e.path.endsWith('/commits') ? 'commits' : e.path.endsWith('/issues') ? 'issues' : 'other';
    byKind[kind] += 1;
  },
});
counting = true;
const started = performance.now();
const result = await runAction({
  action: 'actions/dora-report/action.yml', repository: 'sandbox-user/dora-bench', apiUrl: sandbox.url, token: 'bench',
  inputs: { window: (days / 2) + 'd', compare: 'true' },
});
const runSeconds = (performance.now() - started) / 1000;
counting = false;
await sandbox.close();
if (result.exitCode !== 0) throw new Error('the action failed:\\n' + result.stdout + result.stderr);
const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'));
rmSync(dataDir, { recursive: true, force: true });
const counts = report.metrics.counts;
const previous = report.metrics.previousCounts;
process.stdout.write(JSON.stringify({
  seedSeconds, runSeconds, byKind, collection: report.collection,
  deployments: counts.deployments + previous.deployments,
  judged: counts.judged + previous.judged,
  summaryBytes: Buffer.byteLength(result.summary),
  outputs: result.outputs,
}));
`;

export async function run() {
  // Two levels below the package root, so the bundled local runner finds actions/ where it looks.
  const temp = join(root, 'node_modules', '.cache');
  mkdirSync(temp, { recursive: true });
  const script = join(temp, `dora-bench-${process.pid}.mjs`);
  try {
    await bundleNodeScript({ source: ENTRY, sourcefile: 'dora-bench-entry.ts', outfile: script });
    const { spawnSync } = await import('node:child_process');
    const samples = [];
    for (let i = 0; i < RUNS; i += 1) {
      const child = spawnSync(process.execPath, [script, String(DEPLOYMENTS), String(COMMITS), String(DAYS), String(LATENCY_MS)], {
        cwd: root, encoding: 'utf8', maxBuffer: 1 << 26,
      });
      if (child.status !== 0) throw new Error(`dora bench failed:\n${child.stderr}`);
      samples.push(JSON.parse(child.stdout));
    }
    const last = samples[samples.length - 1];
    const seconds = median(samples.map((s) => s.runSeconds));
    const requests = last.collection.requests;
    const perThousand = (n) => ((n / last.deployments) * 1000).toFixed(1);
    // One request per deployment: REST lists deployments 100 a page, then one statuses request each.
    const restDeployments = Math.ceil(last.deployments / 100) + last.deployments;
    // One compare per judged deployment's range (what the spans replace).
    const restCommits = last.judged;
    const sandboxTotal = Object.values(last.byKind).reduce((a, b) => a + b, 0);
    console.log(
      `${RUNS} run(s), ${LATENCY_MS} ms added per request, Node ${process.version}: ${last.deployments} deployments over ${DAYS} days (3 statuses each), ` +
        `${COMMITS} commits; window ${DAYS / 2}d + previous; data seeded in ${last.seedSeconds.toFixed(1)} s; time includes the action's process start`,
    );
    console.log('| part | requests | per 1,000 deployments | one request per deployment | target |');
    console.log('|---|---|---|---|---|');
    const target = requests.deployments / last.deployments * 1000 <= 15 ? 'ok' : 'OVER';
    console.log(`| deployments with statuses (GraphQL, 100 a page) | ${requests.deployments} | ${perThousand(requests.deployments)} | ${restDeployments} (${perThousand(restDeployments)}) | ≤ 15 per 1,000: ${target} |`);
    console.log(`| commits (compare, ranges of consecutive deployments) | ${requests.commits} | ${perThousand(requests.commits)} | ${restCommits} (${perThousand(restCommits)}) | — |`);
    console.log(`| merged pull requests (GraphQL) | ${requests.pullRequests} | ${perThousand(requests.pullRequests)} | — | — |`);
    console.log(`| incident issues (REST) | ${requests.incidents} | — | — | — |`);
    console.log(`| all, counted by the sandbox | ${sandboxTotal} | ${perThousand(sandboxTotal)} | ${restDeployments + restCommits} | — |`);
    console.log(`whole report: ${seconds.toFixed(1)} s (target < 60 s: ${seconds < 60 ? 'ok' : 'OVER'}); collection ${last.collection.seconds.toFixed(1)} s; summary ${last.summaryBytes} bytes; outputs ${JSON.stringify(last.outputs, (k, v) => (k === 'report' ? undefined : v))}`);
  } finally {
    rmSync(script, { force: true });
  }
}

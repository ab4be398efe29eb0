// commit-lock turning green (issue 4, "Speed"): release every waiting pull request, i.e. list the
// open pull requests into main and set `stopline/commit-lock` = success on each head commit.
// 500 open pull requests, 20 ms added to every request by the sandbox. Target: ≤ 520 requests
// plus pages, under 30 s.
//
// Candidate: Stopline's code (listOpenPullRequests + setStatusOnShas through the real client:
// Octokit, retry and throttling plugins, node-fetch). Baseline: the ideal request pattern, one
// request per pull request plus the pages, sent with the same concurrency straight through
// Node's fetch. Requests are counted by the sandbox (its onExchange hook), wall time around the
// operation only (sandbox start and process start excluded).
//
// The pull requests are seeded once. Every measurement gets a fresh copy of the seeded sandbox
// directory, served by its own sandbox process (so its work, such as rewriting repo.json on
// every write, runs beside the client as GitHub's would, not on the client's event loop), and
// the client runs in another process (so the throttling plugin's process-wide limiters never
// carry over). Runs are interleaved and medians reported. BENCH_RUNS (default 5), BENCH_PULLS
// (default 500), BENCH_LATENCY_MS (default 20), BENCH_CONCURRENCY (default: setStatusOnShas's, 8),
// BENCH_KEEP=1 keeps the temp dir (the bundled entry and the seeded sandbox).
import { fork, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleNodeScript } from '../scripts/bundle-node-script.mjs';
import { median, ms } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PULLS = Number(process.env.BENCH_PULLS ?? 500);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
const CONCURRENCY = process.env.BENCH_CONCURRENCY ?? '';

// One bundled script, four modes: seed a sandbox directory, serve a copy of it, or measure one side.
const ENTRY = `
import { Octokit } from '@octokit/rest';
import { createGitHubClient } from './src/github/client.js';
import { setStatusOnShas } from './src/lock/github/bulk-statuses.js';
import { listOpenPullRequests } from './src/lock/github/pull-requests.js';
import { startSandbox } from './src/sandbox/index.js';
import { seedPullRequests } from './test/lock/github/fixtures.js';

// seed DIR PULLS | serve DIR - LATENCY | stopline URL - - CONCURRENCY | baseline URL - - CONCURRENCY
const [mode, dirOrUrl, pulls, latency, concurrencyArg] = process.argv.slice(2);
const dataDir = dirOrUrl;
const at = { owner: 'sandbox-user', repo: 'bench' };
const description = 'main is green again; this change may merge';
const concurrency = concurrencyArg ? Number(concurrencyArg) : undefined;

async function seed() {
  const sandbox = await startSandbox({ dataDir, port: 0 });
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const octokit = new Octokit({ baseUrl: sandbox.url, auth: 'bench', log: quiet });
  await octokit.rest.repos.createForAuthenticatedUser({ name: at.repo, auto_init: true });
  const seeded = await seedPullRequests(octokit, at, Number(pulls), { concurrency: 16 });
  await sandbox.close();
  return { pulls: seeded.length };
}

async function stopline(url) {
  const client = createGitHubClient({ token: 'bench', baseUrl: url });
  const start = performance.now();
  const open = await listOpenPullRequests(client, at, { base: 'main' });
  const listed = performance.now();
  const result = await setStatusOnShas(client, at, {
    shas: open.map((p) => p.headSha), state: 'success', description, ...(concurrency ? { concurrency } : {}),
  });
  if (result.failed.length) throw new Error(result.failed.length + ' statuses failed: ' + result.failed[0].message);
  const end = performance.now();
  return { elapsed: end - start, detail: { pulls: open.length, listMs: Math.round(listed - start), statusesMs: Math.round(end - listed) } };
}

/** The ideal: the pages, then one POST per head commit, 'concurrency' at a time, straight through fetch. */
async function baseline(url) {
  const headers = { authorization: 'token bench', accept: 'application/vnd.github+json', 'content-type': 'application/json' };
  const start = performance.now();
  const shas = [];
  let next = url + '/repos/' + at.owner + '/' + at.repo + '/pulls?state=open&base=main&per_page=100';
  while (next) {
    const response = await fetch(next, { headers });
    if (!response.ok) throw new Error('list: ' + response.status);
    for (const pull of await response.json()) shas.push(pull.head.sha);
    next = /<([^>]+)>;\\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  }
  const listed = performance.now();
  let index = 0;
  const worker = async () => {
    while (index < shas.length) {
      const sha = shas[index++];
      const response = await fetch(url + '/repos/' + at.owner + '/' + at.repo + '/statuses/' + sha, {
        method: 'POST', headers, body: JSON.stringify({ state: 'success', context: 'stopline/commit-lock', description }),
      });
      if (!response.ok) throw new Error('status: ' + response.status);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency ?? 8, shas.length) }, worker));
  const end = performance.now();
  return { elapsed: end - start, detail: { pulls: shas.length, listMs: Math.round(listed - start), statusesMs: Math.round(end - listed) } };
}

/** Serves a copy of the seeded directory with the latency fault, counting what it answers. */
async function serve() {
  const counts = { requests: 0, pages: 0, statuses: 0 };
  const sandbox = await startSandbox({
    dataDir, port: 0, faults: { latencyMs: Number(latency) },
    onExchange: (e) => {
      if (e.path.startsWith('/_stopline/')) return;
      counts.requests += 1;
      if (e.method === 'GET' && e.route === '/repos/{owner}/{repo}/pulls') counts.pages += 1;
      if (e.method === 'POST' && e.route === '/repos/{owner}/{repo}/statuses/{sha}') counts.statuses += 1;
    },
  });
  process.send({ url: sandbox.url });
  process.on('message', async () => {
    process.send({ counts });
    await sandbox.close();
    process.disconnect();
  });
}

async function measure(side, url) {
  // Warm the transport on a route that is neither delayed nor counted (Node's fetch loads undici lazily).
  await fetch(url + '/_stopline/faults').then((r) => r.arrayBuffer());
  const cpu = process.cpuUsage();
  const result = await (side === 'stopline' ? stopline(url) : baseline(url));
  const used = process.cpuUsage(cpu);
  // The client's own CPU time: what Stopline's code costs beyond waiting for answers.
  return { ...result, detail: { ...result.detail, clientCpuMs: Math.round((used.user + used.system) / 1000) } };
}

if (mode === 'serve') await serve();
else process.stdout.write(JSON.stringify(mode === 'seed' ? await seed() : await measure(mode, dirOrUrl)));
`;

/** Starts a sandbox process on `dataDir`; resolves with its url and a way to read its counts and stop it. */
function serveSandbox(script, dataDir) {
  return new Promise((resolve, reject) => {
    const child = fork(script, ['serve', dataDir, '-', String(LATENCY_MS)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('error', reject);
    child.once('message', ({ url }) =>
      resolve({
        url,
        finish: () =>
          new Promise((done) => {
            child.once('message', ({ counts }) => child.once('exit', () => done(counts)));
            child.send('finish');
          }),
      }),
    );
  });
}

function runEntry(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} exited ${result.status}:\n${result.stderr}`);
  return JSON.parse(String(result.stdout));
}

export async function run() {
  const temp = mkdtempSync(join(tmpdir(), 'stopline-lock-bench-'));
  try {
    const script = join(temp, 'lock-release-entry.mjs');
    await bundleNodeScript({ source: ENTRY, sourcefile: 'lock-release-entry.ts', outfile: script });
    const seeded = join(temp, 'seeded');
    const seedStart = performance.now();
    runEntry(script, ['seed', seeded, String(PULLS)]);
    console.log(`seeded ${PULLS} open pull requests into main in ${ms(performance.now() - seedStart)}`);

    const sides = [
      ['baseline: pages + 1 POST per PR via fetch', 'baseline'],
      ['stopline: listOpenPullRequests + setStatusOnShas', 'stopline'],
    ];
    const samples = new Map(sides.map(([name]) => [name, { elapsed: [], requests: [], last: undefined }]));
    for (let i = 0; i < RUNS; i += 1) {
      // Interleaved, so drifting machine load hits both alike.
      for (const [name, side] of sides) {
        const copy = join(temp, `run-${i}-${side}`);
        cpSync(seeded, copy, { recursive: true });
        const sandbox = await serveSandbox(script, copy);
        let m;
        let counts;
        try {
          m = runEntry(script, [side, sandbox.url, '-', '-', CONCURRENCY]);
        } finally {
          // Stopped even when the measurement failed, so no sandbox process outlives the bench.
          counts = await sandbox.finish();
        }
        rmSync(copy, { recursive: true, force: true });
        const s = samples.get(name);
        s.elapsed.push(m.elapsed);
        s.requests.push(counts.requests);
        s.last = { ...m, ...counts };
      }
    }
    const base = samples.get(sides[0][0]);
    const baseTime = median(base.elapsed);
    const pages = Math.ceil(PULLS / 100);
    console.log(
      `${RUNS} interleaved runs each (client and sandbox each in its own process, the sandbox on a fresh copy), ${PULLS} pull requests, ` +
        `${LATENCY_MS} ms added per request, concurrency ${CONCURRENCY || 'default (8)'}, Node ${process.version}`,
    );
    console.log(`| command | median time | time ratio | requests (≤ ${PULLS + 20} + ${pages} pages) | under 30 s | detail |`);
    console.log('|---|---|---|---|---|---|');
    for (const [name, s] of samples) {
      const t = median(s.elapsed);
      const requests = median(s.requests);
      const { pages: listed, statuses, detail } = s.last;
      console.log(
        `| ${name} | ${ms(t)} | ${s === base ? '—' : `${(t / baseTime).toFixed(2)}×`} | ${requests} (${listed} pages + ${statuses} statuses) ${requests <= PULLS + 20 + pages ? 'ok' : 'OVER'} | ${t < 30_000 ? 'ok' : 'OVER'} | ${JSON.stringify(detail)} |`,
      );
    }
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

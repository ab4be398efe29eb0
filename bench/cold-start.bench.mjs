// Cold start of every bundled action: process start to exit for a trivial invocation (the board
// of an empty ledger on the embedded sandbox), against `node -e 0` measured in the same run.
// Target (issue 2): at most 150 ms more than bare Node. Also prints the bundle sizes.
// The root action (the board) is measured a second time on a repository whose ledger exists, as
// on every real run after the first: that path also fetches and validates state.json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { median, quantile, ms } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

function startSandbox(dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'dist/cli/index.mjs'), 'sandbox', '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (\S+)/.exec(out);
      if (match) resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
  });
}

function actions() {
  const files = ['action.yml', ...(existsSync(join(root, 'actions')) ? readdirSync(join(root, 'actions')) : []).map((d) => `actions/${d}/action.yml`)];
  return files.map((file) => {
    const meta = parse(readFileSync(join(root, file), 'utf8'));
    const dir = join(root, file, '..');
    const inputs = Object.fromEntries(Object.entries(meta.inputs ?? {}).filter(([, s]) => s.default !== undefined).map(([n, s]) => [`INPUT_${n.toUpperCase()}`, String(s.default).replace('${{ github.token }}', 'bench')]));
    return { name: meta.name, main: join(dir, meta.runs.main), inputs };
  });
}

const api = (url, method, path, body) =>
  fetch(`${url}${path}`, { method, headers: { authorization: 'token bench', 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(async (r) => {
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json();
  });

/** A repository whose ledger ref holds a small valid state.json, written with plain git-data calls. */
async function seedLedgerRepo(url, name) {
  await api(url, 'POST', '/user/repos', { name, auto_init: true });
  const since = new Date().toISOString();
  const state = {
    schemaVersion: 1,
    line: { state: 'green', since },
    freezes: [{ id: 'bench', reason: 'bench freeze', by: 'bench', since, until: since, source: 'manual' }],
    leases: {},
    environments: {},
    releases: {},
  };
  const repo = `/repos/sandbox-user/${name}`;
  const tree = await api(url, 'POST', `${repo}/git/trees`, { tree: [{ path: 'state.json', mode: '100644', type: 'blob', content: JSON.stringify(state, null, 2) }] });
  const commit = await api(url, 'POST', `${repo}/git/commits`, { message: 'bench ledger', tree: tree.sha, parents: [] });
  await api(url, 'POST', `${repo}/git/refs`, { ref: 'refs/stopline/ledger', sha: commit.sha });
  return `sandbox-user/${name}`;
}

/** The files an ESM entry loads before it runs: itself and, transitively, its static imports of chunks. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"();]*?from\s*)?["'](\.[^"']+)["']/g)) {
    staticClosure(join(file, '..', match[1]), seen);
  }
  return seen;
}

function time(command, args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  return { elapsed, status: result.status, stdout: String(result.stdout) };
}

export async function run() {
  const temp = mkdtempSync(join(tmpdir(), 'stopline-bench-'));
  const sandbox = await startSandbox(join(temp, 'sandbox'));
  try {
    await api(sandbox.url, 'POST', '/user/repos', { name: 'bench', auto_init: true });
    const ledgerRepo = await seedLedgerRepo(sandbox.url, 'bench-ledger');
    const event = join(temp, 'event.json');
    writeFileSync(event, '{}');
    for (const file of ['output', 'summary', 'state']) writeFileSync(join(temp, file), '');
    const runnerEnv = {
      PATH: process.env.PATH,
      GITHUB_API_URL: sandbox.url,
      GITHUB_REPOSITORY: 'sandbox-user/bench',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: '0'.repeat(40),
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_OUTPUT: join(temp, 'output'),
      GITHUB_STEP_SUMMARY: join(temp, 'summary'),
      GITHUB_STATE: join(temp, 'state'),
      GITHUB_WORKSPACE: temp,
      RUNNER_TEMP: temp,
    };
    const targets = actions();
    const board = targets[0];
    targets.splice(1, 0, { ...board, name: `${board.name} (existing ledger)`, inputs: { ...board.inputs, GITHUB_REPOSITORY: ledgerRepo } });
    const samples = new Map([['node -e 0', []], ...targets.map((t) => [t.name, []])]);
    // Interleave the baseline and the actions so drifting machine load hits all of them alike.
    for (let i = 0; i < RUNS; i++) {
      samples.get('node -e 0').push(time(process.execPath, ['-e', '0'], runnerEnv).elapsed);
      for (const target of targets) {
        const result = time(process.execPath, [target.main], { ...runnerEnv, ...target.inputs });
        if (result.status !== 0) throw new Error(`${target.name} exited ${result.status}:\n${result.stdout}`);
        samples.get(target.name).push(result.elapsed);
      }
    }
    const base = median(samples.get('node -e 0'));
    console.log(`cold start, ${RUNS} interleaved runs each, Node ${process.version}`);
    console.log(`| command | median | p25–p75 | over bare node | ratio | target ≤ +150 ms |`);
    console.log(`|---|---|---|---|---|---|`);
    for (const [name, values] of samples) {
      const m = median(values);
      const over = m - base;
      const verdict = name === 'node -e 0' ? '' : over <= 150 ? 'ok' : 'OVER';
      console.log(`| ${name} | ${ms(m)} | ${ms(quantile(values, 0.25))}–${ms(quantile(values, 0.75))} | ${name === 'node -e 0' ? '—' : `+${ms(over)}`} | ${(m / base).toFixed(2)}× | ${verdict} |`);
    }
    console.log('\nbundle sizes (what each entry loads at start: itself and its static chunk imports):');
    for (const target of targets.filter((t, i) => targets.findIndex((u) => u.main === t.main) === i)) {
      const loaded = staticClosure(target.main);
      const bytes = [...loaded].reduce((sum, file) => sum + statSync(file).size, 0);
      console.log(`  ${target.name.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB in ${loaded.size} file(s)`);
    }
    const dist = join(root, 'dist');
    const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
    const total = walk(dist).reduce((sum, file) => sum + statSync(file).size, 0);
    console.log(`  ${'dist/ in all (CLI, sandbox and demo included)'.padEnd(40)} ${(total / 1024).toFixed(1).padStart(8)} KiB`);
  } finally {
    sandbox.stop();
  }
}

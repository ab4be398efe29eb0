/**
 * Issue 2's acceptance test for the ledger: 50 writers in separate processes each append one entry
 * at the same time. Compare-and-swap must lose none and duplicate none, and the ref's history must
 * be exactly 50 linear commits.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNodeScript } from '../../scripts/bundle-node-script.mjs';
import { createGitHubClient } from '../../src/github/client.js';
import { Ledger } from '../../src/github/ledger.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

const WRITERS = 50;
const here = dirname(fileURLToPath(import.meta.url));

let sb: TestSandbox;
let workDir: string;
let writerScript: string;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'stopline-ledger-writers-'));
  writerScript = join(workDir, 'ledger-writer.mjs');
  // The writer imports the ledger's TypeScript source; bundling it is how actions ship too.
  await bundleNodeScript({ entry: resolve(here, '../fixtures/ledger-writer.ts'), outfile: writerScript });
  sb = await startTestSandbox();
});

afterAll(async () => {
  await sb?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface WriterRun {
  id: string;
  code: number | null;
  stdout: string;
  stderr: string;
}

function runWriter(env: Record<string, string>): Promise<WriterRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [writerScript], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ id: env.WRITER_ID!, code, stdout, stderr }));
  });
}

test(`${WRITERS} writer processes each append one entry: all land once, in ${WRITERS} linear commits`, async () => {
  const { owner, repo } = await sb.createRepo('ledger-race');
  const ids = Array.from({ length: WRITERS }, (_, i) => `writer-${String(i).padStart(2, '0')}`);

  const started = Date.now();
  const runs = await Promise.all(
    ids.map((id) => runWriter({ LEDGER_API_URL: sb.url, LEDGER_OWNER: owner, LEDGER_REPO: repo, WRITER_ID: id })),
  );
  const elapsed = Date.now() - started;

  const failed = runs.filter((r) => r.code !== 0);
  expect(failed.map((r) => `${r.id}: exit ${r.code}: ${r.stderr.trim()}`)).toEqual([]);
  const reports = runs.map((r) => JSON.parse(r.stdout.trim()) as { id: string; attempts: number; head: string; ms: number });

  // Every entry is present exactly once.
  const ledger = new Ledger(createGitHubClient({ token: 'test-token', baseUrl: sb.url }), { owner, repo });
  const { state, head } = await ledger.read();
  expect(state.freezes.map((f) => f.id).sort()).toEqual(ids);

  // Walk parents from the head: 50 commits, one parent each except the root, none from the repository's own history.
  const { data: main } = await sb.octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' });
  const chain: { sha: string; parents: string[]; message: string }[] = [];
  for (let sha: string | undefined = head!; sha; ) {
    const { data }: { data: { parents: { sha: string }[]; message: string } } = await sb.octokit.rest.git.getCommit({ owner, repo, commit_sha: sha });
    chain.push({ sha, parents: data.parents.map((p) => p.sha), message: data.message });
    sha = data.parents[0]?.sha;
  }
  expect(chain).toHaveLength(WRITERS);
  expect(chain.slice(0, -1).every((c) => c.parents.length === 1)).toBe(true);
  expect(chain.at(-1)!.parents).toEqual([]);
  expect(chain.map((c) => c.sha)).not.toContain(main.object.sha);
  expect(chain.map((c) => c.message).sort()).toEqual(ids.map((id) => `freeze: ${id}`));
  // Each writer's own commit is in the chain, and the states grew one entry per commit.
  expect(new Set(reports.map((r) => r.head))).toEqual(new Set(chain.map((c) => c.sha)));

  const attempts = reports.map((r) => r.attempts);
  const total = attempts.reduce((a, b) => a + b, 0);
  // Visible in the test output, so contention can be compared between runs.
  console.log(
    `${WRITERS} writers in ${elapsed} ms; attempts: total ${total}, max ${Math.max(...attempts)}, ` +
      `slowest writer ${Math.max(...reports.map((r) => r.ms))} ms`,
  );
}, 60_000);

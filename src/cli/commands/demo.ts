/**
 * `stopline demo`: the pipeline on the embedded sandbox, end to end, with nothing to set up.
 * It runs the committed action bundles through the local runner (exactly as the tests and the
 * runner do), prints progress, and writes every job summary to demo-output/ as Markdown plus one
 * HTML page that shows them all.
 *
 * The foundation's story: start the sandbox, write the ledger by compare-and-swap (including
 * writers racing each other), read it back with its history, and show the board before and after.
 * The actions that write these records in real pipelines (commit-lock, promote, deploy) extend
 * this story as they land.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Octokit } from '@octokit/rest';
import { createGitHubClient } from '../../github/client.js';
import { Ledger } from '../../github/ledger.js';
import { runAction } from '../local-runner.js';
import { startSandbox } from '../../sandbox/index.js';
import { renderDemoPage } from '../demo-page.js';

interface Page {
  file: string;
  title: string;
  markdown: string;
}

export async function demoCommand(args: string[], write: (text: string) => void, cwd: string): Promise<number> {
  const outDir = resolve(cwd, args[0] ?? 'demo-output');
  const dataDir = resolve(cwd, '.stopline', 'demo');
  const started = Date.now();
  const step = (text: string) => write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${text}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const sandbox = await startSandbox({ dataDir, port: 0 });
  const pages: Page[] = [];
  try {
    step(`sandbox listening on ${sandbox.url} (data in ${dataDir})`);
    const octokit = new Octokit({ baseUrl: sandbox.url, auth: 'demo' });
    const { data: repoData } = await octokit.rest.repos.createForAuthenticatedUser({ name: 'demo-service', auto_init: true });
    const owner = repoData.owner.login;
    const repo = repoData.name;
    const repository = repoData.full_name;
    const main = (await octokit.rest.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    step(`created repository ${repository}; main is at ${main.slice(0, 7)}`);

    const board = async (file: string, title: string) => {
      const result = await runAction({ action: 'action.yml', repository, apiUrl: sandbox.url, token: 'demo', sha: main });
      if (result.exitCode !== 0) throw new Error(`the board failed (exit ${result.exitCode}):\n${result.stdout}${result.stderr}`);
      pages.push({ file, title, markdown: result.summary });
      writeFileSync(join(outDir, file), result.summary);
      step(`board: line=${result.outputs.line} frozen=${result.outputs.frozen} leases=${result.outputs.leases} → ${join(outDir, file)}`);
    };

    await board('01-board-empty.md', 'The board before anything happened');

    const ledger = new Ledger(createGitHubClient({ token: 'demo', baseUrl: sandbox.url }), { owner, repo });
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    await ledger.update('line: red at ' + main.slice(0, 7), (state) => ({
      state: { ...state, line: { state: 'red', since: at(42), firstBad: { sha: main, runId: 812, runUrl: `${sandbox.url}/${repository}/actions/runs/812`, author: 'sandbox-user' } } },
      result: undefined,
    }));
    step('ledger: the line turned red (first bad commit recorded)');
    await ledger.update('freeze: release week', (state) => ({
      state: { ...state, freezes: [...state.freezes, { id: 'release-week', reason: 'release week: only fixes', by: 'release-manager', since: at(30), until: new Date(Date.now() + 2 * 3600_000).toISOString(), source: 'manual' }] },
      result: undefined,
    }));
    step('ledger: a manual freeze for two hours');

    // Ten writers race for the same ref; compare-and-swap makes every one of them land.
    const racers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        new Ledger(createGitHubClient({ token: 'demo', baseUrl: sandbox.url }), { owner, repo }).update(`release: demo ${i}`, (state) => ({
          state: { ...state, releases: { ...state.releases, [`sha256:${String(i).repeat(64)}`]: { name: 'demo-service', version: `1.0.${i}`, sha: main, digest: `sha256:${String(9 - i).repeat(64)}`, createdAt: at(20) } } },
          result: undefined,
        })),
      ),
    );
    const retries = racers.reduce((sum, r) => sum + r.attempts - 1, 0);
    step(`ledger: 10 concurrent writers registered 10 releases; ${retries} compare-and-swap retries, no update lost`);

    await ledger.update('lease: staging', (state) => ({
      state: {
        ...state,
        leases: { ...state.leases, staging: { owner: { runId: 9001, runAttempt: 1, workflow: 'pipeline' }, acquiredAt: at(3), expiresAt: new Date(Date.now() + 27 * 60_000).toISOString(), epoch: 1 } },
        environments: { ...state.environments, staging: { releaseId: 'sha256:' + '3'.repeat(64), sha: main, version: '1.0.3', since: at(3), verified: false } },
      },
      result: undefined,
    }));
    step('ledger: a deploy to staging holds its lease');

    const { state, head } = await ledger.read();
    const history = await ledger.history(50);
    step(`ledger read back: head ${head?.slice(0, 7)}, ${history.length} commits, ${Object.keys(state.releases).length} releases, line ${state.line.state}`);
    const historyMd = ['## Ledger history', '', `\`refs/stopline/ledger\` in ${repository}, newest first:`, '', ...history.map((c) => `- \`${c.sha.slice(0, 7)}\` ${c.message}`)].join('\n') + '\n';
    writeFileSync(join(outDir, '02-ledger-history.md'), historyMd);
    pages.push({ file: '02-ledger-history.md', title: 'The ledger: every change is a commit', markdown: historyMd });

    await board('03-board.md', 'The board after the ledger writes');

    writeFileSync(join(outDir, 'index.html'), await renderDemoPage('Stopline demo', pages));
    step(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    write(`\nJob summaries: ${outDir}/\nOpen ${join(outDir, 'index.html')} to see them rendered.\n`);
    return 0;
  } finally {
    await sandbox.close();
  }
}

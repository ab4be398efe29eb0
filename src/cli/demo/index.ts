/**
 * `stopline demo`: the pipeline on the embedded sandbox, end to end, with nothing to set up. It
 * runs the committed action bundles through the local runner (exactly as the tests and the
 * runner do) on a sample service, prints progress, and writes every job summary to demo-output/
 * as Markdown plus one HTML page that shows them all.
 *
 * The story (story.ts): the board; the security gate on real ESLint and secretlint SARIF; the line
 * going red, a revert landing and the line green again; a release built once, promoted, deployed
 * with metric checks to staging and production, and a bad one rolled back; DORA's metrics over a
 * seeded quarter; the ledger's history; the board after.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Octokit } from '@octokit/rest';
import { startSandbox } from '../../sandbox/index.js';
import { renderDemoPage } from '../demo-page.js';
import { DemoContext } from './context.js';
import { demoStory } from './story.js';

export async function demoCommand(args: string[], write: (text: string) => void, cwd: string): Promise<number> {
  const outDir = resolve(cwd, args[0] ?? 'demo-output');
  const dataDir = resolve(cwd, '.stopline', 'demo');
  const started = Date.now();
  const step = (text: string) => write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${text}\n`);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // The sample service's checkout and the steps' runner files, all removed when the demo ends.
  const temp = mkdtempSync(join(tmpdir(), 'stopline-demo-'));
  const workspace = join(temp, 'workspace');
  const runnerRoot = join(temp, 'runner');
  mkdirSync(workspace);

  const sandbox = await startSandbox({ dataDir, port: 0 });
  try {
    step(`sandbox listening on ${sandbox.url} (data in ${dataDir})`);
    const octokit = new Octokit({ baseUrl: sandbox.url, auth: 'demo' });
    const { data: repoData } = await octokit.rest.repos.createForAuthenticatedUser({ name: 'demo-service', auto_init: true });
    const demo = new DemoContext(sandbox.url, octokit, { owner: repoData.owner.login, repo: repoData.name }, workspace, outDir, step, { runnerRoot });
    step(`created repository ${demo.repository}; the sample service's checkout is ${workspace}`);
    await demoStory(demo);

    writeFileSync(join(outDir, 'index.html'), await renderDemoPage('Stopline demo', demo.pages));
    step(`done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    write(`\nJob summaries: ${outDir}/\nOpen ${join(outDir, 'index.html')} to see them rendered.\n`);
    return 0;
  } finally {
    await sandbox.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

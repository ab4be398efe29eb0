/**
 * The demo's story, start to end, on a repository the caller has created: the board; the security
 * gate on real ESLint and secretlint SARIF; the line going red, a revert landing and the line green
 * again; a release built once, promoted, deployed with metric checks to staging and production, and
 * a bad one rolled back; DORA's metrics over a seeded quarter; the ledger's history; the board
 * after. `stopline demo` tells it once; the fault suite (src/cli/reliability) tells it under faults.
 */
import { Ledger } from '../../github/ledger.js';
import type { DemoContext } from './context.js';
import { deployStory } from './deploy-story.js';
import { doraStory } from './dora-story.js';
import { gateStory } from './gate-story.js';
import { lockStory } from './lock-story.js';
import { releaseStory } from './release-story.js';

export async function demoStory(demo: DemoContext): Promise<void> {
  const { step } = demo;
  const today = new Date();

  const board = async (file: string, title: string) => {
    const result = await demo.run('action.yml', { sha: await demo.head() });
    const path = demo.page(file, title, result.summary);
    step(`board: ${result.outputs.state}; ${result.outputs.leases} lease(s) → ${path}`);
  };

  await board('01-board-empty.md', 'The board before anything happened');
  await gateStory(demo, today);
  await lockStory(demo);
  const release = await releaseStory(demo);
  await deployStory(demo, release);
  await doraStory(demo);

  const ledger = new Ledger(demo.client, demo.repoRef);
  const history = await ledger.history(100);
  const historyMd = ['## Ledger history', '', `\`refs/stopline/ledger\` in ${demo.repository}, newest first: every change is a commit made by compare-and-swap.`, '', ...history.map((c) => `- \`${c.sha.slice(0, 7)}\` ${c.message}`)].join('\n') + '\n';
  demo.page('90-ledger-history.md', 'The ledger: every change is a commit', historyMd);
  step(`ledger: ${history.length} commits of history`);

  await board('99-board.md', 'The board at the end');
}

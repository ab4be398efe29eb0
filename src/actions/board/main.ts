/**
 * The root action: reads the ledger and shows the board. It only reads, so it can run anywhere,
 * as often as wanted, with `contents: read`.
 */
import { buildBoard } from '../../board/board.js';
import { renderBoard } from '../../board/render-board.js';
import { createGitHubClient } from '../../github/client.js';
import { Ledger } from '../../github/ledger.js';
import { Summary } from '../../report/summary.js';
import { actionsLogger } from '../../runtime/actions-logger.js';
import { readRunnerContext } from '../../runtime/context.js';
import { getOptionalInput, getSecretInput } from '../../runtime/inputs.js';
import { setOutput } from '../../runtime/outputs.js';
import { writeSummary } from '../../runtime/summary.js';
import { inputs, outputs } from './io.js';

interface BoardSettings {
  token: string;
  ledgerRef: string;
}

function readSettings(): BoardSettings {
  return {
    token: getSecretInput(inputs.token, { required: true }),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? 'refs/stopline/ledger',
  };
}

export async function main(): Promise<void> {
  const settings = readSettings();
  const context = readRunnerContext();
  const logger = actionsLogger();
  const client = createGitHubClient({ token: settings.token, baseUrl: context.apiUrl, logger });
  const { owner, repo } = context.repository;
  const ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger });

  const { state, head } = await ledger.read();
  const now = new Date();
  const board = buildBoard(state, now);
  logger.info(`line ${board.line.state}; ${board.activeFreezes.length} active freeze(s); ${board.leases.filter((l) => !l.expired).length} lease(s) held; ${board.environments.length} environment(s)`);

  setOutput(outputs.line, board.line.state);
  setOutput(outputs.frozen, board.activeFreezes.length > 0);
  setOutput(outputs.leases, board.leases.filter((l) => !l.expired).length);
  setOutput(
    outputs.environments,
    JSON.stringify(Object.fromEntries(board.environments.map((e) => [e.name, { release: e.releaseId, version: e.version, sha: e.sha, since: e.since, verified: e.verified }]))),
  );

  const summary = new Summary();
  for (const section of renderBoard(board, { repository: `${owner}/${repo}`, ledgerRef: settings.ledgerRef, ledgerHead: head, serverUrl: context.serverUrl, now })) {
    summary.add(...section);
  }
  await writeSummary(summary);
}

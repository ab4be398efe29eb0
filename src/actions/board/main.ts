/**
 * The root action: reads the ledger and shows the board. It only reads, so it can run anywhere,
 * as often as wanted, with `contents: read`.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildBoard } from '../../board/board.js';
import { renderBoard } from '../../board/render-board.js';
import { createRunnerClient } from '../../github/client.js';
import { defaultBranch } from '../../github/default-branch.js';
import { Ledger } from '../../github/ledger.js';
import { readFreezeSchedule } from '../../lock/operations/schedule-source.js';
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
  branch: string | undefined;
  freezesFile: string;
  boardFile: string;
}

function readSettings(): BoardSettings {
  return {
    token: getSecretInput(inputs.token, { required: true }),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? 'refs/stopline/ledger',
    branch: getOptionalInput(inputs.branch),
    freezesFile: getOptionalInput(inputs.freezesFile) ?? '.github/stopline/freezes.yml',
    boardFile: getOptionalInput(inputs.boardFile) ?? 'stopline-board.json',
  };
}

export async function main(): Promise<void> {
  const settings = readSettings();
  const context = readRunnerContext();
  const logger = actionsLogger();
  const client = createRunnerClient(context, settings.token, logger);
  const { owner, repo } = context.repository;
  const ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger });

  const branch = settings.branch ?? (await defaultBranch(client, { owner, repo }, context.eventPayload));
  const [{ state, head }, schedule] = await Promise.all([ledger.read(), readFreezeSchedule(client, { owner, repo }, { branch, file: settings.freezesFile })]);
  const now = new Date();
  const board = buildBoard(state, now, { branch, ...(schedule ? { schedule } : {}) });
  logger.info(`${branch} ${board.verdict.state}: ${board.verdict.reason}; line ${board.line.state}; ${board.activeFreezes.length} active freeze(s); ${board.leases.filter((l) => !l.expired).length} lease(s) held; ${board.environments.length} environment(s)`);

  const boardFile = resolve(context.workspace, settings.boardFile);
  await writeFile(boardFile, `${JSON.stringify({ repository: `${owner}/${repo}`, branch, asOf: now.toISOString(), ledger: { ref: settings.ledgerRef, head }, ...board }, null, 2)}\n`);
  setOutput(outputs.state, board.verdict.state);
  setOutput(outputs.board, boardFile);
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

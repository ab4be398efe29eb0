/**
 * The board as job-summary Markdown: one headline a person can read from across the room
 * ("Big Feedback"), then the numbers behind it: the line, freezes, leases and environments.
 */
import { code, heading, link, table } from '../report/markdown.js';
import { formatTimestamp, formatTimestampRelative } from '../report/time.js';
import type { Board } from './board.js';

export interface BoardContext {
  repository: string;
  ledgerRef: string;
  /** The ledger commit the board was read from; null when the ledger does not exist yet. */
  ledgerHead: string | null;
  serverUrl: string;
  now: Date;
}

const HEADLINE: Record<Board['overall'], string> = {
  green: '🟢 The line is green: merges and deploys may go',
  red: '🔴 The line is stopped: main is red',
  frozen: '🧊 Frozen: merges and deploys wait for the freeze to end',
  'red-and-frozen': '🔴🧊 Stopped and frozen: main is red and a freeze is in force',
};

const since = formatTimestampRelative;
const short = (sha: string) => code(sha.slice(0, 7));

/**
 * Renders the board as Markdown sections in the order they should appear; each section is a list
 * of parts (a heading and its table stay together, so truncation never separates them).
 */
export function renderBoard(board: Board, context: BoardContext): string[][] {
  const { now } = context;
  const sections: string[][] = [[heading(`Stopline board: ${context.repository}`, 2), `**${HEADLINE[board.overall]}**`, board.verdict.reason]];

  const line = board.line;
  // An unwritten ledger has no history: its "since" is just the time of reading, so say so.
  const lineSince = context.ledgerHead ? since(line.since, now) : 'no build result recorded yet';
  const lineRows: string[][] = [['since', lineSince]];
  if (line.state === 'red' && line.firstBad) {
    const bad = line.firstBad;
    lineRows.push(['first bad commit', short(bad.sha)]);
    const runName = bad.workflow && bad.runNumber !== undefined ? `${bad.workflow} #${bad.runNumber}` : bad.runId !== undefined ? `run ${bad.runId}` : 'run';
    if (bad.runUrl) lineRows.push(['failing run', link(runName, bad.runUrl)]);
    if (bad.author) lineRows.push(['author', `@${bad.author}`]);
  }
  // The state itself is the header row: a table with an empty header renders as a blank bar.
  sections.push([heading('Line', 3), table(['state', line.state], lineRows)]);

  const freezes = [heading('Freezes', 3)];
  sections.push(freezes);
  if (board.activeFreezes.length === 0) freezes.push('No freeze is in force.');
  else {
    freezes.push(
      table(
        ['reason', 'by', 'since', 'until', 'source'],
        board.activeFreezes.map((f) => [f.reason, f.by, since(f.since, now), f.until ? formatTimestamp(f.until) : 'until lifted', f.source]),
      ),
    );
  }
  if (board.endedFreezes.length > 0) freezes.push(`${board.endedFreezes.length} earlier freeze(s) have ended.`);

  const leases = [heading('Deploy leases', 3)];
  sections.push(leases);
  if (board.leases.length === 0) leases.push('No environment is leased: no deploy is running.');
  else {
    leases.push(
      table(
        ['environment', 'held by', 'since', 'expires', 'epoch', 'waiting'],
        board.leases.map((l) => [
          l.environment,
          `run ${l.owner.runId} attempt ${l.owner.runAttempt}${l.owner.workflow ? ` (${l.owner.workflow})` : ''}`,
          since(l.acquiredAt, now),
          l.expired ? `**expired** ${since(l.expiresAt, now)}: the next deploy takes it over` : since(l.expiresAt, now),
          l.epoch,
          l.waiting,
        ]),
      ),
    );
  }

  const environments = [heading('What runs where', 3)];
  sections.push(environments);
  if (board.environments.length === 0) environments.push('Nothing has been deployed through Stopline yet.');
  else {
    environments.push(
      table(
        ['environment', 'release', 'version', 'digest', 'commit', 'deployed', 'by', 'verified'],
        board.environments.map((e) => [
          e.name,
          code(e.releaseId.slice(0, 19)),
          e.version ?? '',
          e.digest ? code(e.digest.slice(0, 19)) : '—',
          short(e.sha),
          since(e.since, now),
          [e.promotedBy ? `@${e.promotedBy}` : '', e.promotedFrom ? `from ${e.promotedFrom}` : ''].filter(Boolean).join(' ') || '—',
          e.verified ? `✅ yes${e.verifiedAt ? ` (${since(e.verifiedAt, now)})` : ''}` : '⏳ not yet',
        ]),
      ),
    );
  }

  const ledger = context.ledgerHead
    ? `Read from ${code(context.ledgerRef)} at ${link(context.ledgerHead.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${context.ledgerHead}`)}; ${board.releases} release(s) registered.`
    : `The ledger ${code(context.ledgerRef)} does not exist yet: Stopline creates it on its first write.`;
  sections.push([ledger]);
  return sections;
}

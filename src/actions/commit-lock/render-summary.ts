/** The commit lock's job summary: the verdict first, then what this run did and the numbers behind it. */
import { heading, link, table } from '../../report/markdown.js';
import { formatTimestamp } from '../../report/time.js';
import { Summary } from '../../report/summary.js';
import type { LockReport } from '../../lock/operations/commands.js';

const HEADLINE = { green: '🟢 green: changes may merge', red: '🔴 red: changes wait', frozen: '🧊 frozen: changes wait' } as const;

export function renderLockSummary(report: LockReport, context: { command: string; repository: string; serverUrl: string }): Summary {
  const { verdict } = report;
  const summary = new Summary();
  summary.add(heading(`Commit lock: ${verdict.branch} is ${HEADLINE[verdict.state]}`, 2), verdict.reason);
  const rows: string[][] = [
    ['state', verdict.state],
    ['since', formatTimestamp(verdict.since)],
  ];
  if (verdict.firstBad) {
    const bad = verdict.firstBad;
    rows.push(['first bad commit', link(bad.sha.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${bad.sha}`)]);
    if (bad.runUrl) rows.push(['failing run', link(bad.workflow && bad.runNumber !== undefined ? `${bad.workflow} #${bad.runNumber}` : 'run', bad.runUrl)]);
    if (bad.author) rows.push(['author', `@${bad.author}`]);
  }
  summary.add(table(['', ''], rows));
  if (verdict.freezes.length > 0) {
    summary.add(
      heading('Freezes in force', 3),
      table(
        ['reason', 'by', 'since', 'until', 'source'],
        verdict.freezes.map((freeze) => [freeze.reason, freeze.by, formatTimestamp(freeze.since), freeze.until ? formatTimestamp(freeze.until) : 'until unlocked', freeze.source]),
      ),
    );
  }
  summary.add(heading(`This run (${context.command})`, 3), report.happened.length > 0 ? report.happened.map((line) => `- ${line}`).join('\n') : 'Read the line; changed nothing.');
  return summary;
}

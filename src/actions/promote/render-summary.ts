/** promote's job summary: promoted or not and why first, then every check with what it measured. */
import { bullets, code, codeLink, heading, table } from '../../report/markdown.js';
import { Summary } from '../../report/summary.js';
import { formatTimestamp } from '../../report/time.js';
import type { PromoteReport } from '../../release/operations/promote.js';
import type { PromotionCheck, Selection } from '../../release/promotion/index.js';

function describeSelection(selection: Selection | undefined): string {
  if (selection === undefined) return '';
  if (selection.kind === 'release-id') return `the release named by \`release-id\` (${selection.input})`;
  if (selection.kind === 'from') return `what ${selection.environment} runs`;
  return `the release of ${selection.name} built from ${code(selection.commit.slice(0, 7))}`;
}

function checkRow(check: PromotionCheck): string[] {
  const label = check.name === 'status' ? `status ${code(check.subject ?? '')}` : check.name;
  return [check.ok ? '✅' : check.passesAt ? '⏳' : '❌', label, check.detail];
}

export function renderPromoteSummary(report: PromoteReport, context: { repository: string; serverUrl: string; path: string }): Summary {
  const summary = new Summary();
  const { release, manifest } = report;
  const what = manifest ? `${manifest.name} ${manifest.version}` : release ? `${release.record.name} ${release.record.version}` : 'a release';
  const headline =
    report.outcome === 'promoted'
      ? `Promoted ${what} to ${report.environment}`
      : report.outcome === 'current'
        ? `${report.environment} already runs ${what}`
        : report.outcome === 'waiting'
          ? `Waiting: ${what} can be promoted to ${report.environment} from ${formatTimestamp(report.waitingUntil!)}`
          : `Not promoted to ${report.environment}`;
  const reasons = report.integrity ? [report.integrity] : report.refusals.map((refusal) => `${refusal.reason}; ${refusal.fix}.`);
  summary.add(heading(headline, 2), reasons.length > 0 ? bullets(reasons) : '');

  const rows: string[][] = [['chosen', describeSelection(report.selection)]];
  if (release) {
    rows.push(['release id', code(release.releaseId)], ['package digest', code(release.record.digest)]);
    rows.push(['commit', codeLink(release.record.sha.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${release.record.sha}`)]);
    rows.push(['built', formatTimestamp(release.record.createdAt)]);
  }
  if (report.previous) rows.push([`${report.environment} ran`, `${code(report.previous.releaseId)}${report.previous.version ? ` (${report.previous.version})` : ''} since ${formatTimestamp(report.previous.since)}`]);
  if (report.files !== undefined) rows.push(['files', `${report.files} verified and unpacked into ${code(context.path)}`]);
  if (report.deploymentId !== undefined) rows.push(['deployment', String(report.deploymentId)]);
  summary.add(table(['', ''], rows));

  if (report.checks.length > 0) summary.add(heading('Checks', 3), table(['', 'rule', 'measured'], report.checks.map(checkRow)));
  if (report.notes.length > 0) summary.add(heading('Notes', 3), bullets(report.notes));
  return summary;
}

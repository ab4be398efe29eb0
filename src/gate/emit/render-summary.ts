import { bullets, code, escapeMarkdown, link, table } from '../../report/markdown.js';
import { Summary } from '../../report/summary.js';
import { CATEGORIES, SEVERITIES } from '../finding.js';
import { isAbsolute } from './location-text.js';
import type { GateReportHead, ReportException, ReportViolation } from './report.js';

/**
 * The job summary: a view of the report for people, in the order they need it. Verdict and
 * reasons first, then counts, the violating findings, exceptions, the policy and the inputs.
 * Every list is capped (the report has the rest), and Summary.render keeps the whole under
 * GitHub's 1 MiB whatever the input.
 */

/** Violating findings shown in the summary; the rest are counted and left to the report. */
export const MAX_VIOLATION_ROWS = 50;
/** Rows of other lists (exceptions of one state, refusals, input runs). */
export const MAX_LIST_ROWS = 30;
/** Characters of a finding's message shown in a table cell. */
const MESSAGE_CHARACTERS = 160;

export interface RenderSummaryOptions {
  /** To link `file:line` to the code at the commit under test. */
  commit?: { serverUrl: string; repository: string; sha: string };
  /** Named in the truncation note and the "more in the report" lines. */
  fullReportPath?: string;
}

function shorten(text: string, limit: number): string {
  // Secret scanners mask what they found with long runs of one character (`*****…`): a few show
  // that it was masked, the rest would only push the row's useful columns off the screen.
  const compact = text.replace(/(.)\1{7,}/g, '$1$1$1$1…');
  return compact.length <= limit ? compact : `${compact.slice(0, limit - 1)}…`;
}

function moreLine(more: number, what: string, reportPath: string | undefined): string {
  if (more <= 0) return '';
  const where = reportPath === undefined ? 'the JSON report' : code(reportPath);
  return `${more} more ${what} in ${where}.`;
}

/** `src/a b.ts` → `src/a%20b.ts`: each path segment percent-encoded, slashes kept. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function locationCell(violation: ReportViolation, commit: RenderSummaryOptions['commit']): string {
  const location = violation.location;
  if (location.kind === 'url') return escapeMarkdown(location.url);
  if (location.kind === 'none') return escapeMarkdown(location.description ?? '(no location)');
  const text = location.startLine === undefined ? location.path : `${location.path}:${location.startLine}`;
  // Absolute paths are outside the repository: there is nothing at the commit to link to.
  if (!commit || isAbsolute(location.path)) return code(text);
  const anchor = location.startLine === undefined ? '' : `#L${location.startLine}`;
  return link(text, `${commit.serverUrl}/${commit.repository}/blob/${commit.sha}/${encodePath(location.path)}${anchor}`);
}

function verdictLine(report: GateReportHead): string {
  if (report.verdict === 'pass') return '## ✅ Security gate: pass';
  if (report.mode === 'warn') return '## ⚠️ Security gate: fail — warn mode: this would fail the gate (the step does not fail)';
  return '## ❌ Security gate: fail';
}

function countsSection(report: GateReportHead): string {
  const rows: (string | number)[][] = [];
  for (const category of CATEGORIES) {
    for (const severity of [...SEVERITIES].reverse()) {
      const cell = report.counts.byCategory[category][severity];
      if (cell.new + cell.existing + cell.suppressed + cell.excepted === 0) continue;
      rows.push([category, severity, cell.new, cell.existing, cell.suppressed, cell.excepted]);
    }
  }
  const { counts } = report;
  const totals = `${counts.findings} open findings (${counts.new} new), ${counts.violations} violating, ${counts.suppressed} suppressed in the SARIF, ${counts.excepted} excepted by the policy, ${counts.excluded} excluded by \`paths.exclude\`.`;
  if (rows.length === 0) return `### Findings\n\n${totals}`;
  const tableText = table(['Category', 'Severity', 'New', 'Existing', 'Suppressed', 'Excepted'], rows, ['left', 'left', 'right', 'right', 'right', 'right']);
  return `### Findings\n\n${totals}\n\n${tableText}`;
}

function violationsSection(report: GateReportHead, options: RenderSummaryOptions): string {
  if (report.violations.length === 0) return '';
  const shown = report.violations.slice(0, MAX_VIOLATION_ROWS);
  const rows = shown.map((violation) => [
    `${violation.severity}<br><sub>${escapeMarkdown(violation.severitySource)}</sub>`,
    `${code(violation.ruleId)}<br>${escapeMarkdown(shorten(violation.message, MESSAGE_CHARACTERS))}`,
    escapeMarkdown(violation.cwes.join(', ') || '—'),
    locationCell(violation, options.commit),
    `${escapeMarkdown(violation.why)}${violation.baseline === 'existing' ? ' (existing)' : ''}<br><sub>${escapeMarkdown(violation.tool)}</sub>`,
  ]);
  return [
    `### Violations (${report.counts.violations})`,
    table(['Severity', 'Rule', 'CWE', 'Location', 'Why'], rows),
    // The report details the most severe ones and marks every one in its `findings`.
    moreLine(report.counts.violations - shown.length, 'violating findings', options.fullReportPath),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function exceptionRow(item: ReportException): (string | number)[] {
  const match = Object.entries(item.match)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key} ${code(String(value))}`)
    .join(', ');
  const days = item.daysLeft < 0 ? `expired ${-item.daysLeft} days ago` : `${item.daysLeft} days left`;
  return [
    match,
    escapeMarkdown(shorten(item.reason, MESSAGE_CHARACTERS)),
    escapeMarkdown(item.approvedBy),
    `${escapeMarkdown(item.expires)} (${days})`,
    item.matched,
    escapeMarkdown(`${item.source.file} line ${item.source.line}`),
  ];
}

function exceptionsSection(report: GateReportHead, options: RenderSummaryOptions): string {
  const { used, expiring, expired, unused, refused } = report.exceptions;
  const groups: [string, ReportException[], string][] = [
    ['Used', used, 'applied to at least one finding'],
    ['Expiring', expiring, 'end within 14 days: renew them or fix the findings'],
    ['Expired', expired, 'no longer apply; the findings they matched are judged again'],
    ['Unused', unused, 'matched nothing: remove them'],
  ];
  const parts: string[] = [];
  for (const [title, list, meaning] of groups) {
    if (list.length === 0) continue;
    const shown = list.slice(0, MAX_LIST_ROWS);
    parts.push(
      `**${title}** (${list.length}): ${meaning}`,
      table(['Match', 'Reason', 'Approved by', 'Expires', 'Matched', 'Written in'], shown.map(exceptionRow)),
    );
    const more = moreLine(list.length - shown.length, `${title.toLowerCase()} exceptions`, options.fullReportPath);
    if (more) parts.push(more);
  }
  if (refused.length > 0) {
    const shown = refused.slice(0, MAX_LIST_ROWS);
    parts.push(
      `**Not applied** (${refused.length}): exceptions that matched a finding but may not except it`,
      bullets(shown.map((item) => `${code(item.ruleId)} at ${escapeMarkdown(item.location)}: ${escapeMarkdown(item.why)} (${escapeMarkdown(`${item.exception.source.file} line ${item.exception.source.line}`)})`)),
    );
    const more = moreLine(refused.length - shown.length, 'refused exceptions', options.fullReportPath);
    if (more) parts.push(more);
  }
  return parts.length === 0 ? '' : ['### Exceptions', ...parts].join('\n\n');
}

function policySection(report: GateReportHead): string {
  const lines = [
    `Policy: ${escapeMarkdown(report.policy.description)}, hash ${code(report.policy.hash)}.`,
    report.baseline
      ? `Baseline: ${escapeMarkdown(report.baseline.description)} (${report.baseline.fingerprints} fingerprints).`
      : 'Baseline: none, so every finding is new.',
    `Mode: ${report.mode}.`,
  ];
  return `### Policy\n\n${bullets(lines)}`;
}

function inputsSection(report: GateReportHead, options: RenderSummaryOptions): string {
  const { files, runs } = report.inputs;
  const results = runs.reduce((sum, run) => sum + run.resultsTotal, 0);
  const tools = [...new Set(runs.map((run) => run.tool))];
  const intro = `${files.length} SARIF ${files.length === 1 ? 'file' : 'files'}, ${runs.length} ${runs.length === 1 ? 'run' : 'runs'}, ${tools.length} ${tools.length === 1 ? 'tool' : 'tools'}, ${results} results.`;
  if (runs.length === 0) return `### Inputs\n\n${intro}`;
  const shown = runs.slice(0, MAX_LIST_ROWS);
  const rows = shown.map((run) => [
    code(run.file),
    escapeMarkdown(run.toolVersion ? `${run.tool} ${run.toolVersion}` : run.tool),
    `${run.category} (${run.categorySource})`,
    run.resultsTotal,
    run.findings,
    run.suppressed,
  ]);
  return [
    '### Inputs',
    intro,
    table(['File', 'Tool', 'Category', 'Results', 'Findings', 'Suppressed'], rows, ['left', 'left', 'left', 'right', 'right', 'right']),
    moreLine(runs.length - shown.length, 'runs', options.fullReportPath),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

/** Renders the report as the job summary (see the module comment for the order). */
export function renderSummary(report: GateReportHead, options: RenderSummaryOptions = {}): Summary {
  const summary = new Summary(options.fullReportPath === undefined ? {} : { fullReportPath: options.fullReportPath });
  summary.add(verdictLine(report), bullets(report.reasons.map(escapeMarkdown)));
  if (report.warnings.length > 0) {
    const shown = report.warnings.slice(0, MAX_LIST_ROWS);
    summary.add('**Warnings**', bullets(shown.map(escapeMarkdown)), moreLine(report.warnings.length - shown.length, 'warnings', options.fullReportPath));
  }
  summary.add(countsSection(report));
  summary.add(violationsSection(report, options));
  summary.add(exceptionsSection(report, options));
  summary.add(policySection(report));
  summary.add(inputsSection(report, options));
  return summary;
}

/**
 * dora-report's job summary: the headline table first (value, level, change, sample size), then
 * weekly charts and the causes of failure, per-service tables, the failed deployments with their
 * evidence, and the definitions. Sections are added in that order, so a summary that would pass
 * GitHub's 1 MiB limit loses the long tail (the failed deployments list is also capped), never
 * the headline.
 */
import { DEFINITIONS } from '../../dora/definitions.js';
import type { FailureCause } from '../../dora/failures.js';
import { METRICS, type MetricName } from '../../dora/metrics.js';
import type { DeploymentJson, DoraReport, ReportedFigures } from '../../dora/report.js';
import type { RequestCounts } from '../../dora/github/request-counts.js';
import { totalRequests } from '../../dora/github/request-counts.js';
import { bullets, code, details, escapeMarkdown, heading, link, table } from '../../report/markdown.js';
import { Summary } from '../../report/summary.js';
import { formatTimestamp } from '../../report/time.js';
import { formatDuration } from '../../runtime/duration.js';
import { formatChange, formatHours, formatLevel, formatValue, METRIC_TITLES } from './format.js';
import { pieChart, xyChart } from './mermaid.js';
import { plural } from '../../report/words.js';

/** Failed deployments listed in the summary; the rest are in the JSON report. */
export const FAILED_ROWS = 100;

export interface SummaryContext {
  serverUrl: string;
  /** Where the JSON report was written, as the user named it. */
  outputPath: string;
  counts: RequestCounts;
  seconds: number;
}

const CAUSE_TITLES: Record<FailureCause, string> = {
  'failure-status': 'failure status',
  'error-status': 'error status',
  rollback: 'rolled back',
  incident: 'incident',
};

const windowWords = (days: number): string => (Number.isInteger(days) ? `${days} days` : formatDuration(days * 24 * 3600_000));

function sampleSize(metric: MetricName, figures: ReportedFigures): string {
  const c = figures.counts;
  switch (metric) {
    case 'deploymentFrequency':
      return `${c.successful} successful of ${c.judged} judged`;
    case 'leadTimeHours':
      return plural(c.commits, 'commit');
    case 'changeFailureRate':
      return `${c.failed} failed of ${c.judged} judged`;
    case 'recoveryTimeHours':
      return c.unrecovered > 0 ? `${c.recovered} recovered, ${c.unrecovered} not yet` : `${c.recovered} recovered`;
    default:
      return `${c.unplanned} unplanned of ${c.judged} judged`;
  }
}

function headline(report: DoraReport, figures: ReportedFigures): string {
  const comparing = report.previousWindow !== null;
  const headers = ['metric', 'value', 'level', ...(comparing ? [`vs previous ${windowWords(report.window.days)}`] : []), 'n'];
  const rows = METRICS.map((metric) => {
    const figure = figures[metric];
    const value = figure.value === null ? 'no data' : formatValue(metric, figure.value) + (metric === 'leadTimeHours' || metric === 'recoveryTimeHours' ? ' (median)' : '');
    const level = metric === 'reworkRate' ? '— (no levels)' : report.benchmark === null ? '—' : formatLevel(figure.level);
    return [METRIC_TITLES[metric], value, level, ...(comparing ? [formatChange(metric, figure.change, figure.previous)] : []), sampleSize(metric, figures)];
  });
  return table(headers, rows);
}

function notes(report: DoraReport): string[] {
  const c = report.metrics.counts;
  const out: string[] = [];
  if (report.benchmark) {
    out.push(
      `Levels: ${report.benchmark.title}. Change failure rate is placed in the cluster whose typical rate is nearest, because DORA's clusters do not rise in order of it; a figure outside every range is low.`,
    );
  }
  if (c.squashMerges > 0) {
    out.push(`${c.squashMerges} of ${c.commits} commits are squash merges: their lead time starts at the pull request's first commit.`);
  }
  if (c.notJudged > 0) {
    out.push(`${plural(c.notJudged, 'deployment')} had no final status yet (queued, pending or in progress) and ${c.notJudged === 1 ? 'is' : 'are'} not judged.`);
  }
  if (c.changesUnknown > 0) {
    out.push(`The commits of ${plural(c.changesUnknown, 'successful deployment')} could not be read (see the log); their lead time is left out.`);
  }
  if (c.successful > 0 && c.commits === 0 && c.changesUnknown === 0) {
    out.push('The successful deployments brought no new commits (redeployments of the same commit), so lead time has no data.');
  }
  return out;
}

function charts(report: DoraReport): string[] {
  const weeks = report.weekly;
  const day = (iso: string) => iso.slice(5, 10);
  const parts = [
    xyChart({
      title: 'Deployments per week (bars: successful, line: failed)',
      categories: weeks.map((w) => day(w.start)),
      yLabel: 'deployments',
      bars: weeks.map((w) => w.successful),
      lines: weeks.map((w) => w.failed),
    }),
  ];
  const withLead = weeks.filter((w) => w.leadTimeHours !== null);
  if (withLead.length > 0) {
    parts.push(
      xyChart({
        title: 'Lead time per week (median hours; weeks without new commits left out)',
        categories: withLead.map((w) => day(w.start)),
        yLabel: 'hours',
        bars: withLead.map((w) => w.leadTimeHours!),
      }),
    );
  }
  const slices = (Object.entries(report.failureCauses) as [FailureCause, number][]).filter(([, n]) => n > 0).map(([cause, n]) => ({ label: CAUSE_TITLES[cause], value: n }));
  parts.push(slices.length > 0 ? pieChart('Failed deployments by main cause', slices) : 'No failed deployments in this window.');
  return parts;
}

function serviceTable(report: DoraReport): string {
  const cell = (figures: ReportedFigures, metric: MetricName) => {
    const figure = figures[metric];
    if (figure.value === null) return 'no data';
    const level = metric === 'reworkRate' || figure.level === null ? '' : ` (${figure.level})`;
    return `${formatValue(metric, figure.value)}${level}`;
  };
  return table(
    ['service', ...METRICS.map((m) => METRIC_TITLES[m]), 'judged'],
    report.services.map((service) => [escapeMarkdown(service.name), ...METRICS.map((m) => cell(service.metrics, m)), String(service.metrics.counts.judged)]),
  );
}

function evidence(deployment: DeploymentJson): string {
  const parts: string[] = [];
  const status = deployment.evidence.status;
  if (status) {
    const what = `status ${code(status.state)} at ${formatTimestamp(status.createdAt)}`;
    const description = status.description ? `: ${escapeMarkdown(status.description)}` : '';
    parts.push(`${what}${description}${status.logUrl ? ` (${link('log', status.logUrl)})` : ''}`);
  }
  for (const rollback of deployment.evidence.rollbacks) parts.push(`rolled back by deployment ${rollback.id} at ${formatTimestamp(rollback.createdAt)}`);
  for (const incident of deployment.evidence.incidents) parts.push(`incident ${link(`#${incident.number} ${incident.title}`, incident.url)}`);
  return parts.join('<br>');
}

function failedTable(report: DoraReport, serverUrl: string): string {
  const failed = report.deployments.filter((d) => d.window === 'current' && d.failed);
  const rows = failed.slice(0, FAILED_ROWS).map((d) => [
    `${d.id}${d.service ? ` (${escapeMarkdown(d.service)})` : ''}`,
    formatTimestamp(d.createdAt),
    link(d.sha.slice(0, 7), `${serverUrl}/${report.repository}/commit/${d.sha}`),
    d.causes.map((cause) => CAUSE_TITLES[cause]).join(', '),
    evidence(d),
    d.recovery?.hours != null ? `after ${formatHours(d.recovery.hours)} (deployment ${d.recovery.recoveredBy})` : 'not yet',
  ]);
  const more = failed.length > FAILED_ROWS ? `\n\n${failed.length - FAILED_ROWS} more failed deployments are in the JSON report.` : '';
  return table(['deployment', 'created', 'commit', 'cause', 'evidence', 'recovered'], rows) + more;
}

export function renderDoraSummary(report: DoraReport, context: SummaryContext): Summary {
  const summary = new Summary({ fullReportPath: context.outputPath });
  const where = report.environments.map((e) => code(e)).join(', ');
  const span = `${formatTimestamp(report.window.start)} – ${formatTimestamp(report.window.end)}`;
  const days = windowWords(report.window.days);
  const figures = report.metrics;
  const title = heading(`DORA metrics: ${escapeMarkdown(report.repository)} → ${where}`, 2);
  const scope = `Last ${days} (${span})${report.previousWindow ? `, compared with the ${days} before` : ''}.`;

  const nothingNow = figures.counts.deployments === 0;
  const nothingBefore = (figures.previousCounts?.deployments ?? 0) === 0;
  if (nothingNow) {
    summary.add(
      title,
      scope,
      `**No data**: no deployments to ${where} were created in this window, so there is nothing to measure. The figures are left empty rather than shown as 0. ` +
        `Check that the environment name is the one your deployments use (GitHub → Environments), and that the job has \`deployments: read\`.`,
    );
    if (nothingBefore) {
      summary.add(definitionsSection(), footer(context));
      return summary;
    }
  } else {
    summary.add(title, scope);
  }
  summary.add(headline(report, figures), bullets(notes(report)));
  if (!nothingNow) summary.add(heading('Per week', 3), ...charts(report));
  if (report.services.length > 0) summary.add(heading('Per service', 3), serviceTable(report));
  if (figures.counts.failed > 0) summary.add(heading(`Failed deployments (${figures.counts.failed})`, 3), failedTable(report, context.serverUrl));
  summary.add(definitionsSection());
  summary.add(footer(context));
  return summary;
}

function definitionsSection(): string {
  return details('Definitions (as implemented)', DEFINITIONS.map((d) => `- **${d.term}**: ${d.text}`).join('\n'));
}

function footer(context: SummaryContext): string {
  const c = context.counts;
  return (
    `Read from GitHub in ${totalRequests(c)} requests (deployments ${c.deployments}, commits ${c.commits}, pull requests ${c.pullRequests}, incidents ${c.incidents}) ` +
    `in ${context.seconds.toFixed(1)} s. Every figure and the deployments behind them: ${code(context.outputPath)}.`
  );
}

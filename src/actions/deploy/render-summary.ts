/**
 * deploy's job summary, IMVU's push page: the verdict and why first, what to do when it failed,
 * what happened and how long it took, then per step and per check the table of baseline, value
 * after the deploy, change, bound, statistic and verdict with its reason, and a chart of each check
 * over time with the deploy and every later step marked.
 */
import { checksTable, formatValue, renderCheckChart, type ChartMarker, type Sample } from '../../deploy/checks/index.js';
import type { CheckSummary, CommandRun, DeployReport, SmokeRun, StepReport } from '../../deploy/report.js';
import { shortDigest } from '../../release/registry.js';
import { bullets, code, codeBlock, heading, link, table } from '../../report/markdown.js';
import { Summary } from '../../report/summary.js';
import { formatTimestamp } from '../../report/time.js';
import { formatDuration } from '../../runtime/duration.js';
import { plural } from '../../report/words.js';

interface SummaryContext {
  repository: string;
  serverUrl: string;
  reportPath: string;
}

function headline(report: DeployReport): string {
  const what = report.release ? `${report.release.name} ${report.release.version}` : 'the release';
  if (report.verdict === 'success') return `✅ Deployed ${what} to ${report.environment}: verified`;
  if (report.verdict === 'rolled-back') {
    const to = report.rollback?.target ? `${report.rollback.target.name} ${report.rollback.target.version}` : 'the previous release';
    return `↩️ ${what} failed in ${report.environment}: rolled back to ${to}`;
  }
  if (report.steps.length === 0) return `❌ ${what} was not deployed to ${report.environment}`;
  if (report.rollback?.outcome === 'failed') return `❌ ${what} failed in ${report.environment}, and so did the rollback`;
  if (report.rollback?.outcome === 'impossible') return `❌ ${what} failed in ${report.environment}, with nothing to roll back to`;
  return `⏹️ The deploy of ${what} to ${report.environment} was stopped`;
}

function describeCommand(run: CommandRun | undefined): string {
  if (!run) return '–';
  const exit = run.signal !== null ? `killed by ${run.signal}` : run.exitCode === null ? 'not started' : `exit ${run.exitCode}`;
  return `${run.ok ? '✅' : '❌'} ${exit} in ${formatDuration(run.durationMs)}`;
}

function describeSmoke(smoke: SmokeRun | undefined): string {
  if (!smoke) return 'none';
  if (smoke.kind === 'command') return `${describeCommand(smoke.command)} (command)`;
  const urls = (smoke.urls ?? []).map((url) => `${url.ok ? '✅' : '❌'} ${code(url.url)} ${url.status ?? url.error ?? ''}`.trim());
  return urls.join('<br>');
}

function stepTitle(step: StepReport, count: number): string {
  const looks = step.looks.length > 0 ? ` after ${plural(step.looks.length, 'interval')}` : '';
  const outcome = step.outcome === 'passed' ? '✅ passed' : step.outcome === 'failed' ? '❌ failed' : '⏹️ stopped';
  return `Step ${step.index} of ${count}: ${step.weight}% — ${outcome}${looks} (${formatDuration(step.durationMs)})`;
}

/** The bound a check's chart draws: its last judged bound, else `max`. */
function boundOf(report: DeployReport, check: CheckSummary): number | undefined {
  for (const step of [...report.steps].reverse()) {
    const result = step.looks.at(-1)?.checks.find((c) => c.name === check.name);
    if (result?.numbers.bound !== undefined && result.numbers.boundKind !== 'min') return result.numbers.bound;
  }
  return check.max;
}

function chartOf(report: DeployReport, check: CheckSummary): string | undefined {
  const first = report.steps.find((step) => step.deployedAt !== undefined);
  if (!first) return undefined;
  const samples: Sample[] = [...(report.baseline?.samples[check.name] ?? [])];
  for (const step of report.steps) samples.push(...(step.samples[check.name] ?? []));
  const markers: ChartMarker[] = report.steps.filter((step) => step !== first && step.deployedAt !== undefined).map((step) => ({ time: step.deployedAt!, label: `${step.weight}%` }));
  if (report.rollback) markers.push({ time: Date.parse(report.rollback.startedAt), label: 'rollback' });
  const bound = boundOf(report, check);
  return renderCheckChart({ title: check.name, samples, deployAt: first.deployedAt!, markers, ...(bound !== undefined ? { bound } : {}) });
}

function checkRule(check: CheckSummary): string {
  const parts: string[] = [];
  if (check.max !== undefined) parts.push(`max ${formatValue(check.max)}`);
  if (check.min !== undefined) parts.push(`min ${formatValue(check.min)}`);
  if (check.maxIncrease) parts.push(`max-increase ${check.maxIncrease}`);
  parts.push(`${check.judge}, ${check.direction}`);
  if (check.critical) parts.push('critical');
  parts.push(`no-data: ${check.noData}`);
  return parts.join(', ');
}

export function renderDeploySummary(report: DeployReport, context: SummaryContext): Summary {
  const summary = new Summary({ fullReportPath: context.reportPath });
  const todo = report.todo.length > 0 ? `**What to do:**\n\n${bullets(report.todo)}` : '';
  summary.add(heading(headline(report), 2), report.reason, todo);

  const rows: string[][] = [];
  const release = report.release;
  if (release) {
    rows.push(['release', `${code(shortDigest(release.releaseId))} ${release.name} ${release.version}`]);
    rows.push(['commit', link(release.sha.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${release.sha}`)]);
  }
  if (report.deploymentId !== undefined) rows.push(['deployment', `${report.deploymentId}${report.source === 'release-id' ? ' (promoted by this step)' : ''}`]);
  if (report.rollback?.deploymentId !== undefined) rows.push(['rollback deployment', `${report.rollback.deploymentId} (rollback-of ${report.deploymentId})`]);
  rows.push(['steps', report.settings.steps.map((weight) => `${weight}%`).join(' → ')]);
  if (report.checks.length > 0) {
    rows.push(['checks', `${report.checks.length} from ${report.provider ? `${report.provider.kind} ${code(report.provider.url)}` : '–'}`]);
    rows.push(['baseline · interval · looks', `${formatDuration(report.settings.baselineMs)} · ${formatDuration(report.settings.intervalMs)} · ${report.settings.samples} per step`]);
  } else {
    rows.push(['checks', 'none: the smoke test alone decides']);
  }
  if (report.lease) rows.push(['lease', `epoch ${report.lease.epoch}, waited ${formatDuration(report.lease.waitedMs)}${report.lease.reclaimed ? `, took over ${report.lease.reclaimed}` : ''}${report.lease.lost ? `; **lost**: ${report.lease.lost}` : ''}`]);
  if (report.verified !== undefined) rows.push(['ledger', report.verified ? `verified in ${report.environment}` : 'not marked verified']);
  rows.push(['took', `${formatDuration(report.durationMs)} (${formatTimestamp(report.startedAt)} – ${formatTimestamp(report.finishedAt)})`]);
  summary.add(table(['', ''], rows));

  const start = Date.parse(report.startedAt);
  summary.add(
    heading('What happened', 3),
    table(
      ['+time', 'event'],
      report.events.map((event) => [`+${formatDuration(Math.max(0, Date.parse(event.at) - start))}`, event.what]),
      ['right', 'left'],
    ),
  );

  for (const step of report.steps) {
    const last = step.looks.at(-1);
    const facts = table(['command', 'smoke test', 'reason'], [[describeCommand(step.command), describeSmoke(step.smoke), step.reason]]);
    summary.add(heading(stepTitle(step, report.settings.steps.length), 3), facts, last ? checksTable(last) : '');
  }

  const charts = report.checks.map((check) => chartOf(report, check)).filter((chart): chart is string => chart !== undefined);
  if (charts.length > 0) summary.add(heading('Checks over time', 3), ...charts);

  if (report.rollback) {
    const rollback = report.rollback;
    const rows: string[][] = [
      ['outcome', `${rollback.outcome}: ${rollback.reason}`],
      ['to', rollback.target ? `${code(shortDigest(rollback.target.releaseId))} ${rollback.target.name} ${rollback.target.version}` : 'no verified release (the `rollback` command alone)'],
      ['command', describeCommand(rollback.command)],
      ['smoke test', describeSmoke(rollback.smoke)],
      ['took', formatDuration(rollback.durationMs)],
    ];
    if (rollback.deploymentId !== undefined) rows.push(['deployment', `${rollback.deploymentId}: \`success\`, payload \`rollback-of: ${report.deploymentId}\``]);
    const output = rollback.command && !rollback.command.ok && rollback.command.lastLines.length > 0 ? codeBlock(rollback.command.lastLines.join('\n')) : '';
    summary.add(heading('Rollback', 3), table(['', ''], rows), output);
  }

  const failedCommand = report.steps.map((step) => step.command).find((run) => run && !run.ok && run.lastLines.length > 0);
  if (failedCommand) summary.add(heading('Output of the failed command (last lines)', 3), codeBlock(failedCommand.lastLines.join('\n')));

  if (report.checks.length > 0) {
    summary.add(
      heading('Checks', 3),
      table(
        ['check', 'query', 'rule', 'sampled'],
        report.checks.map((check) => [check.name, code(check.query), checkRule(check), `every ${formatDuration(check.stepMs)}, from ${formatDuration(check.settleMs)} after the deploy${check.note ? `; ${check.note}` : ''}`]),
      ),
    );
  }
  if (report.closedStale.length > 0) {
    summary.add(heading('Closed deployments left in progress', 3), bullets(report.closedStale.map((closed) => `deployment ${closed.deploymentId}${closed.releaseId ? ` (release ${code(shortDigest(closed.releaseId))})` : ''}: ${closed.description}`)));
  }
  if (report.notes.length > 0) summary.add(heading('Notes', 3), bullets(report.notes));
  summary.add(`Every number of this deploy is in ${code(context.reportPath)} (the \`report\` output).`);
  return summary;
}

/** The crash suite's Markdown report (pure): counts first, then every run and every problem. */
import { bullets, code, codeBlock, escapeMarkdown, heading, table } from '../../report/markdown.js';
import type { CrashRunResult, CrashSuiteReport } from './crash.js';

function countBy<T>(items: readonly T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function runRow(run: CrashRunResult): string[] {
  const point = `after ${run.point.afterRequests} of ${run.point.ofRequests} requests +${run.point.delayMs} ms`;
  return [
    String(run.index),
    escapeMarkdown(run.scenario),
    escapeMarkdown(run.point.window),
    `${point}<br>${code(run.point.after)}`,
    run.killed ? `killed after ${run.requestsBeforeKill} requests` : 'finished first',
    run.rerun ? code(run.rerun.outcome) : '',
    escapeMarkdown(run.lease ?? ''),
    run.problems.length === 0 ? 'ok' : `**${run.problems.length}**`,
    seconds(run.durationMs),
  ];
}

export function renderCrashReport(report: CrashSuiteReport): string {
  const { runs } = report;
  const killed = runs.filter((run) => run.killed);
  const problems = runs.flatMap((run) => run.problems.map((problem) => ({ run, problem })));
  const perAction = countBy(runs, (run) => run.action).map(([action, count]) => {
    const ofAction = runs.filter((run) => run.action === action);
    return [code(action), count, ofAction.filter((run) => run.killed).length, ofAction.filter((run) => run.problems.length > 0).length];
  });
  const perScenario = countBy(runs, (run) => run.scenario).map(([scenario, count]) => {
    const ofScenario = runs.filter((run) => run.scenario === scenario);
    const calibration = report.calibrations[scenario];
    return [
      escapeMarkdown(scenario),
      count,
      ofScenario.filter((run) => run.killed).length,
      calibration ? `${calibration.requests} requests, ${seconds(calibration.durationMs)}, ${code(calibration.outcome)}` : '',
      calibration ? seconds(calibration.setupMs) : '',
    ];
  });
  const rerunOutcomes = countBy(killed, (run) => `${run.scenario}: ${run.rerun?.outcome ?? 'none'}`).map(([outcome, count]) => [escapeMarkdown(outcome), count]);
  const leases = killed.filter((run) => run.lease !== undefined);
  const invariantTotals = runs.reduce(
    (sum, run) => ({
      deployments: sum.deployments + (run.invariants?.deployments ?? 0),
      ledgerCommits: sum.ledgerCommits + (run.invariants?.ledgerCommits ?? 0),
      expired: sum.expired + (run.invariants?.leasesExpired ?? 0),
    }),
    { deployments: 0, ledgerCommits: 0, expired: 0 },
  );

  return [
    heading('Crash safety', 1),
    '',
    `Seed ${report.seed}: ${runs.length} runs, ${killed.length} killed with SIGKILL (the others finished before their kill point), ` +
      `${killed.filter((run) => run.rerun).length} re-run as attempt 2 of the same run, **${problems.length} problem(s)**, in ${seconds(report.durationMs)}.`,
    '',
    'Each run starts a fresh sandbox on a copy of its scenario\'s world, kills the step after its Nth sandbox request at a random moment before the next (both drawn from an uninterrupted calibration run), skips the `post:` step (the runner died with it), re-runs the step on a fresh checkout, and checks: the re-run ends where the uninterrupted run ends (outputs, line, freezes, environments, releases, statuses, issues, runs); no completed promotion is lost; the killed attempt\'s lease lapses within its TTL and does not keep the re-run waiting beyond it; and the shared invariants (no lease held, no deployment unfinished, the ledger history replays).',
    '',
    heading('Kills per action'),
    '',
    table(['action', 'runs', 'killed', 'runs with problems'], perAction, ['left', 'right', 'right', 'right']),
    '',
    heading('Scenarios'),
    '',
    table(['scenario', 'runs', 'killed', 'uninterrupted step', 'setup'], perScenario, ['left', 'right', 'right', 'left', 'right']),
    '',
    heading('Kill windows'),
    '',
    table(['window', 'runs'], countBy(runs, (run) => run.point.window).map(([window, count]) => [escapeMarkdown(window), count]), ['left', 'right']),
    '',
    heading('Re-run outcomes'),
    '',
    table(['scenario: outcome', 'runs'], rerunOutcomes, ['left', 'right']),
    '',
    heading('Leases left by killed deploys'),
    '',
    leases.length === 0
      ? 'No killed deploy held a lease.'
      : bullets(leases.map((run) => `run ${run.index} (${run.runVisible ? 'run visible to the token' : 'run hidden from the token'}): ${escapeMarkdown(run.lease!)}`)),
    '',
    `Across all runs the invariants looked at ${invariantTotals.deployments} deployments and ${invariantTotals.ledgerCommits} ledger commits; ${invariantTotals.expired} lapsed lease(s) were left behind.`,
    '',
    heading('Problems'),
    '',
    problems.length === 0 ? 'None.' : problems.map(({ run, problem }) => `${heading(`Run ${run.index}: ${escapeMarkdown(run.scenario)}`, 3)}\n\n${codeBlock(problem)}`).join('\n\n'),
    '',
    heading('Runs'),
    '',
    table(['#', 'scenario', 'window', 'kill point', 'killed', 're-run', 'lease', 'problems', 'time'], runs.map(runRow)),
    '',
  ].join('\n');
}

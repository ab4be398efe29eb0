/** The fault suite's Markdown report (pure): the settings, the totals, one row per run, and what went wrong. */
import { bullets, code, heading, table } from '../../report/markdown.js';
import type { FaultOptions } from '../../sandbox/index.js';
import type { FaultRunResult } from './fault-run.js';

/** A faulted run, and how its outcome differs from the fault-free run's. */
export interface JudgedRun extends FaultRunResult {
  differences: string[];
}

export interface FaultSuiteReport {
  faults: FaultOptions;
  retryUnitMs: number;
  seed: number;
  concurrency: number;
  reference: FaultRunResult;
  referenceProblems: string[];
  runs: JudgedRun[];
  wallMs: number;
}

/** `ok`, or the first thing that went wrong. */
export function runVerdict(run: JudgedRun): 'ok' | 'stopped' | 'invariants broken' | 'wrong results' {
  if (run.storyError !== undefined) return 'stopped';
  if (run.problems.length > 0) return 'invariants broken';
  if (run.differences.length > 0) return 'wrong results';
  return 'ok';
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function renderFaultReport(report: FaultSuiteReport): string {
  const { runs } = report;
  const kinds = [...new Set(runs.flatMap((run) => Object.keys(run.faults)))].sort();
  const ok = runs.filter((run) => runVerdict(run) === 'ok').length;
  const requests = sum(runs.map((run) => run.requests));
  const faults = sum(runs.map((run) => sum(Object.values(run.faults))));
  const reruns = sum(runs.map((run) => run.reruns.length));
  const problems = sum(runs.map((run) => run.problems.length));
  const wrong = runs.filter((run) => run.differences.length > 0).length;
  const stopped = runs.filter((run) => run.storyError !== undefined).length;
  const wall = runs.map((run) => run.wallMs);

  const parts = [
    heading('Fault injection: the demo story under faults', 1),
    '',
    `**${ok} of ${runs.length} runs ok**: correct results (the fault-free run's), no lease held, no deployment left in progress, and a ledger whose history replays to its state.`,
    '',
    bullets([
      `Faults: ${code(JSON.stringify(report.faults))}, seed ${report.seed} + run number; the actions' retry waits scaled to ${report.retryUnitMs} ms a second (${code('STOPLINE_RETRY_UNIT_MS')}).`,
      `A step that failed after its retries was re-run once as the next attempt ("Re-run failed jobs"), after checking the invariants without it.`,
      `${runs.length} runs, ${report.concurrency} at a time, in ${seconds(report.wallMs)}; the fault-free reference run took ${seconds(report.reference.wallMs)} and ${report.reference.requests} requests.`,
    ]),
    '',
    heading('Totals'),
    '',
    table(
      ['runs', 'ok', 'requests', 'faults', ...kinds, 'step re-runs', 'invariant problems', 'runs with wrong results', 'runs stopped', 'time per run (median, max)'],
      [[
        runs.length,
        ok,
        requests,
        faults,
        ...kinds.map((kind) => sum(runs.map((run) => run.faults[kind] ?? 0))),
        reruns,
        problems,
        wrong,
        stopped,
        `${seconds(median(wall))}, ${seconds(Math.max(0, ...wall))}`,
      ]],
    ),
    '',
  ];
  if (report.referenceProblems.length > 0) {
    parts.push(heading('The reference run went wrong'), '', bullets(report.referenceProblems), '');
  }
  parts.push(
    heading('Runs'),
    '',
    table(
      ['run', 'seed', 'verdict', 'requests', ...kinds, 're-runs', 'problems', 'time'],
      runs.map((run) => [run.index, run.seed ?? '', runVerdict(run), run.requests, ...kinds.map((kind) => run.faults[kind] ?? 0), run.reruns.length, run.problems.length, seconds(run.wallMs)]),
    ),
    '',
  );
  const rerun = runs.filter((run) => run.reruns.length > 0);
  if (rerun.length > 0) {
    parts.push(
      heading('Steps re-run'),
      '',
      bullets(rerun.flatMap((run) => run.reruns.map((r) => `run ${run.index}, step ${r.step} (${code(r.action)}): ${r.reason.replace(/\s+/g, ' ')}`))),
      '',
    );
  }
  for (const run of runs.filter((candidate) => runVerdict(candidate) !== 'ok')) {
    parts.push(heading(`Run ${run.index}: ${runVerdict(run)}`, 3), '');
    if (run.storyError) parts.push(`Stopped: ${run.storyError}`, '');
    if (run.problems.length > 0) parts.push(bullets(run.problems), '');
    if (run.differences.length > 0) parts.push(bullets(run.differences), '');
    parts.push('<details><summary>progress</summary>', '', bullets(run.log.map((line) => line.replace(/\s+/g, ' '))), '', '</details>', '');
  }
  return `${parts.join('\n')}\n`;
}

/**
 * `stopline reliability faults [--runs N] [--seed S] [--concurrency C] [--out DIR]`: the full demo
 * story N times, each on its own sandbox injecting issue 8's faults (20% of requests 502/503, 5%
 * secondary rate limits with `retry-after`, 50 ms latency) with seed S + run index. Every run must
 * end with the results of a fault-free run, no lease held, no deployment left in progress and a
 * ledger whose history replays to its state. Writes DIR/faults.md; exits 1 when any run did not.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FaultOptions } from '../../sandbox/index.js';
import { renderFaultReport, runVerdict, type FaultSuiteReport, type JudgedRun } from './fault-report.js';
import { runFaultStory, SUITE_FAULTS, type FaultRunResult } from './fault-run.js';
import { outcomeDifferences } from './story-outcome.js';
import { readFlags } from '../flags.js';

export interface FaultSuiteOptions {
  runs: number;
  /** Run i's faults are seeded with `seed + i`. */
  seed: number;
  /** Runs at a time (the reference run comes on top at the start). */
  concurrency: number;
  faults?: FaultOptions;
  /** STOPLINE_RETRY_UNIT_MS for the actions; default 5. */
  retryUnitMs?: number;
  /** Told when each run ends. */
  progress?: (run: JudgedRun, done: number) => void;
}

/**
 * Runs the suite: a fault-free reference run, and the faulted runs, `concurrency` at a time, each
 * judged against the reference of its day (the seeded DORA quarter follows the calendar, so a run
 * that seeds it on another UTC day than the reference gets a reference of its own).
 */
export async function runFaultSuite(options: FaultSuiteOptions): Promise<FaultSuiteReport> {
  const started = Date.now();
  const faults = options.faults ?? SUITE_FAULTS;
  const retryUnitMs = options.retryUnitMs ?? 5;
  const references = new Map<string, Promise<FaultRunResult>>();
  const reference = runFaultStory({ index: 0, faults: {}, retryUnitMs });
  const referenceFor = async (day: string | undefined): Promise<FaultRunResult> => {
    const first = await reference;
    if (day === undefined || first.outcome.doraDay === day) return first;
    let other = references.get(day);
    if (other === undefined) {
      other = runFaultStory({ index: 0, faults: {}, retryUnitMs });
      references.set(day, other);
    }
    return other;
  };

  const judged: JudgedRun[] = [];
  let next = 0;
  const worker = async () => {
    while (next < options.runs) {
      next += 1;
      const index = next;
      const run = await runFaultStory({ index, faults: { ...faults, seed: options.seed + index }, retryUnitMs });
      const expected = await referenceFor(run.outcome.doraDay);
      const differences = outcomeDifferences(expected.outcome, run.outcome, expected.outcome.doraDay === run.outcome.doraDay);
      const entry: JudgedRun = { ...run, differences };
      judged.push(entry);
      options.progress?.(entry, judged.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, options.runs)) }, worker));
  const referenceRun = await reference;
  return {
    faults,
    retryUnitMs,
    seed: options.seed,
    concurrency: options.concurrency,
    reference: referenceRun,
    // A reference that itself broke an invariant or stopped early makes every comparison moot.
    referenceProblems: [...referenceRun.problems, ...(referenceRun.storyError ? [referenceRun.storyError] : [])],
    runs: judged.sort((a, b) => a.index - b.index),
    wallMs: Date.now() - started,
  };
}

const USAGE = 'Usage: stopline reliability faults [--runs N] [--seed S] [--concurrency C] [--out DIR]';

function parseArgs(args: string[]): { runs: number; seed: number; concurrency: number; out: string } {
  const flags = readFlags(args, ['runs', 'seed', 'concurrency', 'out'], USAGE);
  return {
    runs: flags.integer('runs', 1) ?? 100,
    seed: flags.integer('seed', 0) ?? 0,
    concurrency: flags.integer('concurrency', 1) ?? 2,
    out: flags.string('out') ?? 'reliability-output',
  };
}

export async function faultsCommand(args: string[], write: (text: string) => void, cwd: string): Promise<number> {
  const options = parseArgs(args);
  write(`fault suite: ${options.runs} runs of the demo story, ${options.concurrency} at a time, seeds ${options.seed + 1}..${options.seed + options.runs}\n`);
  const report = await runFaultSuite({
    ...options,
    progress: (run, done) => {
      const faults = Object.values(run.faults).reduce((sum, n) => sum + n, 0);
      write(`[${done}/${options.runs}] run ${run.index}: ${runVerdict(run)}; ${run.requests} requests, ${faults} faults, ${run.reruns.length} re-run(s), ${(run.wallMs / 1000).toFixed(1)}s\n`);
    },
  });
  const outDir = resolve(cwd, options.out);
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, 'faults.md');
  writeFileSync(path, renderFaultReport(report));
  const failed = report.runs.filter((run) => runVerdict(run) !== 'ok').length;
  write(`${report.runs.length - failed} of ${report.runs.length} runs ok in ${(report.wallMs / 1000).toFixed(0)}s; report: ${path}\n`);
  return failed === 0 && report.referenceProblems.length === 0 ? 0 : 1;
}

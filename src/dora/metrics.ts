/**
 * The five figures for one window (and one service, or all): each with its sample size, its
 * level in the chosen benchmark, and, against the previous window, the change and whether it is
 * better or worse. A figure without data is null, never 0: zero deployments is "no data", not
 * an elite change failure rate.
 */
import { placeInRange, placeNearest, type Benchmark, type Level } from './bands.js';
import type { FailureCause, FailureEvidence } from './failures.js';
import type { JudgedDeployment } from './history.js';
import type { CommitLead } from './lead-time.js';
import { median } from './median.js';
import type { UnplannedReason } from './rework.js';
import type { Window } from './window.js';

const HOUR_MS = 60 * 60 * 1000;

/** Everything known about one deployment, as the figures use it. */
export interface DeploymentAnalysis {
  judged: JudgedDeployment;
  /** Lead time of each commit it newly brought (successful deployments only). */
  leads: CommitLead[];
  /** False when the commits it brought could not be read (a commit GitHub no longer has). */
  changesKnown: boolean;
  failure: FailureEvidence | undefined;
  recovery: Recovery | undefined;
  unplanned: UnplannedReason | undefined;
}

export interface Recovery {
  failedAt: number;
  /** The success of the next successful deployment in the chain; undefined while none followed. */
  recoveredAt?: number;
  recoveredBy?: number;
  hours?: number;
}

export interface Figure {
  /** Null when there is nothing to measure (no deployments, no commits, no failures). */
  value: number | null;
  /** How many things the figure is computed from (deployments, commits or failures). */
  n: number;
  level: Level | null;
  /** The benchmark's wording of the level's range, or how the value was matched. */
  band: string | null;
}

export interface WindowFigures {
  deploymentFrequency: Figure;
  leadTimeHours: Figure;
  changeFailureRate: Figure;
  recoveryTimeHours: Figure;
  reworkRate: Figure;
  counts: {
    /** Deployments created in the window. */
    deployments: number;
    judged: number;
    successful: number;
    failed: number;
    /** Queued, pending, in progress or without a status at the time of the report. */
    notJudged: number;
    unplanned: number;
    commits: number;
    /** Commits whose lead time started at their pull request's first commit (squash merges). */
    squashMerges: number;
    recovered: number;
    /** Failed deployments no successful deployment has followed yet. */
    unrecovered: number;
    /** Successful deployments whose commits could not be read. */
    changesUnknown: number;
  };
}

export type MetricName = 'deploymentFrequency' | 'leadTimeHours' | 'changeFailureRate' | 'recoveryTimeHours' | 'reworkRate';
export const METRICS: readonly MetricName[] = ['deploymentFrequency', 'leadTimeHours', 'changeFailureRate', 'recoveryTimeHours', 'reworkRate'];

/** Which direction is an improvement. */
export const HIGHER_IS_BETTER: Record<MetricName, boolean> = {
  deploymentFrequency: true,
  leadTimeHours: false,
  changeFailureRate: false,
  recoveryTimeHours: false,
  reworkRate: false,
};

const figure = (value: number | null, n: number, place?: (value: number) => { level: Level; band: string }): Figure => {
  if (value === null || !place) return { value, n, level: null, band: null };
  return { value, n, ...place(value) };
};

/** The failed flag a report uses: failed by status, rollback or incident. */
export const isFailed = (analysis: DeploymentAnalysis): boolean => analysis.failure !== undefined && analysis.judged.outcome !== 'not-judged';

/** The figures of the deployments created in `window` (already filtered to one service, or all). */
export function windowFigures(analyses: DeploymentAnalysis[], window: Window, benchmark: Benchmark | undefined): WindowFigures {
  const judged = analyses.filter((a) => a.judged.outcome !== 'not-judged');
  const successful = judged.filter((a) => a.judged.outcome === 'success');
  const failed = judged.filter(isFailed);
  const unplanned = judged.filter((a) => a.unplanned !== undefined);
  const leads = successful.flatMap((a) => a.leads);
  const recoveries = failed.map((a) => a.recovery).filter((r): r is Recovery => r?.hours !== undefined);

  const frequency = judged.length === 0 ? null : successful.length / window.days;
  const lead = median(leads.map((l) => l.hours)) ?? null;
  const failureRate = judged.length === 0 ? null : failed.length / judged.length;
  const recovery = median(recoveries.map((r) => r.hours!)) ?? null;
  const rework = judged.length === 0 ? null : unplanned.length / judged.length;

  return {
    deploymentFrequency: figure(frequency, successful.length, benchmark && ((v) => placeInRange(benchmark.deploymentFrequency, v))),
    leadTimeHours: figure(lead, leads.length, benchmark && ((v) => placeInRange(benchmark.leadTime, v))),
    changeFailureRate: figure(failureRate, judged.length, benchmark && ((v) => placeNearest(benchmark.changeFailureRate, v))),
    recoveryTimeHours: figure(recovery, recoveries.length, benchmark && ((v) => placeInRange(benchmark.recoveryTime, v))),
    // Rework rate has no clusters in any DORA report.
    reworkRate: figure(rework, judged.length),
    counts: {
      deployments: analyses.length,
      judged: judged.length,
      successful: successful.length,
      failed: failed.length,
      notJudged: analyses.length - judged.length,
      unplanned: unplanned.length,
      commits: leads.length,
      squashMerges: leads.filter((l) => l.squashOf !== undefined).length,
      recovered: recoveries.length,
      unrecovered: failed.length - recoveries.length,
      changesUnknown: successful.filter((a) => !a.changesKnown).length,
    },
  };
}

export interface Change {
  /** Current minus previous, in the metric's unit. */
  delta: number;
  /** delta relative to the previous value; null when the previous value is 0. */
  relative: number | null;
  direction: 'better' | 'worse' | 'same';
}

/** How a figure moved since the previous window; null when either window has no value. */
export function changeOf(metric: MetricName, current: Figure, previous: Figure | undefined): Change | null {
  if (!previous || current.value === null || previous.value === null) return null;
  const delta = current.value - previous.value;
  const relative = previous.value === 0 ? null : delta / previous.value;
  // Differences below a thousandth of the value (or 1e-9) are noise from division, not change.
  const same = Math.abs(delta) <= Math.max(1e-9, Math.abs(previous.value) * 1e-3);
  const direction = same ? 'same' : (delta > 0) === HIGHER_IS_BETTER[metric] ? 'better' : 'worse';
  return { delta, relative, direction };
}

/** Lead time and recovery time in hours from two instants. */
export const hoursBetween = (from: number, to: number): number => (to - from) / HOUR_MS;

/** Counts of failed deployments by their main cause (the first in FAILURE_CAUSES that applies). */
export function failureCauseCounts(analyses: DeploymentAnalysis[], order: readonly FailureCause[]): Record<FailureCause, number> {
  const counts = Object.fromEntries(order.map((cause) => [cause, 0])) as Record<FailureCause, number>;
  for (const analysis of analyses) {
    if (!isFailed(analysis)) continue;
    const main = order.find((cause) => analysis.failure!.causes.includes(cause));
    if (main) counts[main] += 1;
  }
  return counts;
}

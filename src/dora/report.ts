/**
 * The DORA report: from the collected facts to every figure, for the window and the previous one,
 * for all deployments and per service, with the deployments behind them. Pure: the collection
 * (src/dora/github) fetches what `plannedChanges` asks for, and this module does the rest.
 */
import { benchmarkNamed, type BenchmarkName } from './bands.js';
import { FAILURE_CAUSES, findFailures, type FailureCause } from './failures.js';
import { changeRequestFor, Chains, judgeDeployments, type JudgedDeployment } from './history.js';
import { commitLeads, type CommitLead } from './lead-time.js';
import { median } from './median.js';
import {
  changeOf, failureCauseCounts, hoursBetween, isFailed, METRICS, windowFigures,
  type Change, type DeploymentAnalysis, type Figure, type MetricName, type Recovery, type WindowFigures,
} from './metrics.js';
import { HOTFIX_LABEL, unplannedReason, type UnplannedReason } from './rework.js';
import { environmentsToRead, serviceNames, type ServiceSpec } from './services.js';
import type { ChangeRequest, CommitFact, DeploymentFact, IncidentFact, PullRequestFact } from './types.js';
import { inWindow, reportWindows, weeksOf, type Window } from './window.js';

export const REPORT_SCHEMA = 'stopline-dora/v1';

export interface ReportSettings {
  repository: string;
  /** The `environment` input (the only one read unless services name their own). */
  environment: string;
  services?: ServiceSpec;
  now: Date;
  windowMs: number;
  compare: boolean;
  benchmark: BenchmarkName | 'none';
  incidentLabel: string;
}

export interface ReportFacts {
  deployments: DeploymentFact[];
  /** The commits of each change request, by its key; a missing key means they could not be read. */
  changes: ReadonlyMap<string, CommitFact[]>;
  pullRequests: PullRequestFact[];
  incidents: IncidentFact[];
}

interface WindowJson {
  start: string;
  end: string;
  days: number;
}

export type ReportedFigure = Figure & { previous: Figure | null; change: Change | null };

export type ReportedFigures = Record<MetricName, ReportedFigure> & {
  counts: WindowFigures['counts'];
  previousCounts: WindowFigures['counts'] | null;
};

export interface WeekJson {
  start: string;
  end: string;
  successful: number;
  failed: number;
  commits: number;
  /** Median lead time of the commits deployed by the week's successful deployments. */
  leadTimeHours: number | null;
}

export interface DeploymentJson {
  id: number;
  environment: string;
  service: string | null;
  sha: string;
  createdAt: string;
  window: 'current' | 'previous';
  outcome: JudgedDeployment['outcome'];
  /** The status that decided the outcome, and when. */
  status: string | null;
  outcomeAt: string | null;
  failed: boolean;
  causes: FailureCause[];
  evidence: {
    status: { state: string; createdAt: string; description: string | null; logUrl: string | null } | null;
    rollbacks: { id: number; createdAt: string }[];
    incidents: { number: number; title: string; url: string; createdAt: string }[];
  };
  recovery: { failedAt: string; recoveredAt: string | null; recoveredBy: number | null; hours: number | null } | null;
  unplanned: UnplannedReason | null;
  /** For judged deployments: how the commits it newly brought were found, and their lead times. */
  changes: { base: string | null; since: string | null; known: boolean; commits: CommitLead[] } | null;
  leadTimeHours: number | null;
}

export interface DoraReport {
  schema: typeof REPORT_SCHEMA;
  repository: string;
  environments: string[];
  generatedAt: string;
  benchmark: { name: BenchmarkName; title: string } | null;
  incidentLabel: string;
  hotfixLabel: string;
  window: WindowJson;
  previousWindow: WindowJson | null;
  metrics: ReportedFigures;
  services: { name: string; metrics: ReportedFigures }[];
  weekly: WeekJson[];
  /** Failed deployments of the window by main cause. */
  failureCauses: Record<FailureCause, number>;
  deployments: DeploymentJson[];
}

const windowJson = (window: Window): WindowJson => ({ start: window.start.toISOString(), end: window.end.toISOString(), days: window.days });

/** The windows the report covers: the current one, and the previous one when comparing. */
function windowsOf(settings: ReportSettings): { current: Window; previous: Window | undefined } {
  const { current, previous } = reportWindows(settings.now, settings.windowMs);
  return { current, previous: settings.compare ? previous : undefined };
}

/** The earliest time the report needs deployments from. */
export function reportStart(settings: ReportSettings): Date {
  const { current, previous } = windowsOf(settings);
  return (previous ?? current).start;
}

/** Judged deployments created in the report's windows. */
function inReport(judged: JudgedDeployment[], settings: ReportSettings): JudgedDeployment[] {
  const { current, previous } = windowsOf(settings);
  return judged.filter((d) => inWindow(d.fact.createdAt, current) || (previous !== undefined && inWindow(d.fact.createdAt, previous)));
}

/**
 * What the collection must fetch to know the commits each judged deployment of the report's
 * windows newly brought (one request per distinct pair; a pair of equal commits needs none).
 */
export function plannedChanges(deployments: DeploymentFact[], settings: ReportSettings): ChangeRequest[] {
  const judged = judgeDeployments(deployments, settings.services);
  const chains = new Chains(judged);
  const requests = new Map<string, ChangeRequest>();
  for (const deployment of inReport(judged, settings)) {
    if (deployment.outcome === 'not-judged') continue;
    const request = changeRequestFor(deployment, chains);
    requests.set(request.key, request);
  }
  return [...requests.values()];
}

/** Builds the whole report. */
export function buildReport(settings: ReportSettings, facts: ReportFacts): DoraReport {
  const benchmark = settings.benchmark === 'none' ? undefined : benchmarkNamed(settings.benchmark);
  const { current, previous } = windowsOf(settings);
  const judged = judgeDeployments(facts.deployments, settings.services);
  const chains = new Chains(judged);
  const failures = findFailures(judged, facts.incidents);
  const pullsByMergeCommit = new Map(facts.pullRequests.map((pull) => [pull.mergeCommitSha, pull]));

  const analyses = new Map<number, { analysis: DeploymentAnalysis; request: ChangeRequest | undefined }>();
  for (const deployment of inReport(judged, settings)) {
    const judgedOutcome = deployment.outcome !== 'not-judged';
    const request = judgedOutcome ? changeRequestFor(deployment, chains) : undefined;
    const commits = request ? (request.base === request.head ? [] : facts.changes.get(request.key)) : undefined;
    const failure = judgedOutcome ? failures.get(deployment.fact.id) : undefined;
    let recovery: Recovery | undefined;
    if (failure) {
      const next = chains.nextSuccess(deployment.chain, failure.failedAt, deployment.fact.id);
      recovery = next
        ? { failedAt: failure.failedAt, recoveredAt: next.outcomeAt!, recoveredBy: next.fact.id, hours: hoursBetween(failure.failedAt, next.outcomeAt!) }
        : { failedAt: failure.failedAt };
    }
    const analysis: DeploymentAnalysis = {
      judged: deployment,
      leads: deployment.outcome === 'success' && commits ? commitLeads(commits, deployment.outcomeAt!, pullsByMergeCommit, request?.since) : [],
      changesKnown: commits !== undefined,
      failure,
      recovery,
      unplanned: judgedOutcome ? unplannedReason(deployment.fact.payload, commits, pullsByMergeCommit) : undefined,
    };
    analyses.set(deployment.fact.id, { analysis, request });
  }

  const all = [...analyses.values()].map((entry) => entry.analysis);
  const created = (window: Window | undefined, service?: string) =>
    window === undefined ? undefined : all.filter((a) => inWindow(a.judged.fact.createdAt, window) && (service === undefined || a.judged.service === service));
  const figures = (service?: string): ReportedFigures => {
    const now = windowFigures(created(current, service)!, current, benchmark);
    const before = previous ? windowFigures(created(previous, service)!, previous, benchmark) : undefined;
    const reported = Object.fromEntries(
      METRICS.map((metric) => [metric, { ...now[metric], previous: before?.[metric] ?? null, change: changeOf(metric, now[metric], before?.[metric]) }]),
    ) as Record<MetricName, ReportedFigure>;
    return { ...reported, counts: now.counts, previousCounts: before?.counts ?? null };
  };

  const inCurrent = created(current)!;
  const weekly = weeksOf(current).map((week): WeekJson => {
    const ofWeek = inCurrent.filter((a) => inWindow(a.judged.fact.createdAt, week));
    const leads = ofWeek.filter((a) => a.judged.outcome === 'success').flatMap((a) => a.leads);
    return {
      start: week.start.toISOString(),
      end: week.end.toISOString(),
      successful: ofWeek.filter((a) => a.judged.outcome === 'success').length,
      failed: ofWeek.filter(isFailed).length,
      commits: leads.length,
      leadTimeHours: median(leads.map((l) => l.hours)) ?? null,
    };
  });

  const services = serviceNames(settings.services, all.map((a) => a.judged.service ?? ''));
  return {
    schema: REPORT_SCHEMA,
    repository: settings.repository,
    environments: environmentsToRead(settings.services, settings.environment),
    generatedAt: settings.now.toISOString(),
    benchmark: benchmark ? { name: benchmark.name, title: benchmark.title } : null,
    incidentLabel: settings.incidentLabel,
    hotfixLabel: HOTFIX_LABEL,
    window: windowJson(current),
    previousWindow: previous ? windowJson(previous) : null,
    metrics: figures(),
    services: services.map((name) => ({ name, metrics: figures(name) })),
    weekly,
    failureCauses: failureCauseCounts(inCurrent, FAILURE_CAUSES),
    deployments: [...analyses.values()]
      .map(({ analysis, request }) => deploymentJson(analysis, request, inWindow(analysis.judged.fact.createdAt, current) ? 'current' : 'previous'))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id),
  };
}

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

function deploymentJson(analysis: DeploymentAnalysis, request: ChangeRequest | undefined, window: 'current' | 'previous'): DeploymentJson {
  const { judged, failure, recovery } = analysis;
  const status = failure?.status;
  return {
    id: judged.fact.id,
    environment: judged.fact.environment,
    service: judged.service ?? null,
    sha: judged.fact.sha,
    createdAt: judged.fact.createdAt,
    window,
    outcome: judged.outcome,
    status: judged.decidedBy?.state ?? null,
    outcomeAt: iso(judged.outcomeAt),
    failed: isFailed(analysis),
    causes: failure?.causes ?? [],
    evidence: {
      status: status ? { state: status.state, createdAt: status.createdAt, description: status.description ?? null, logUrl: status.logUrl ?? null } : null,
      rollbacks: failure?.rollbacks ?? [],
      incidents: failure?.incidents ?? [],
    },
    recovery: recovery
      ? { failedAt: iso(recovery.failedAt)!, recoveredAt: iso(recovery.recoveredAt), recoveredBy: recovery.recoveredBy ?? null, hours: recovery.hours ?? null }
      : null,
    unplanned: analysis.unplanned ?? null,
    changes: request ? { base: request.base ?? null, since: request.since ?? null, known: analysis.changesKnown, commits: analysis.leads } : null,
    leadTimeHours: median(analysis.leads.map((l) => l.hours)) ?? null,
  };
}

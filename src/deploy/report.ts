/**
 * What a deploy did, with every number behind its verdict: the value the deploy operation
 * returns, the action writes as JSON (the `report` output) and renders as the job summary.
 * Times are epoch milliseconds (samples) or ISO 8601 (events), durations milliseconds.
 */
import type { Sample, StepVerdict } from './checks/index.js';

/** `success`: every step passed; `rolled-back`: a step failed and the previous release runs again; `failed`: neither. */
export type DeployVerdict = 'success' | 'rolled-back' | 'failed';

/** A release as the deploy names it to commands and people. */
export interface ReleaseRef {
  releaseId: string;
  name: string;
  version: string;
  digest: string;
  sha: string;
  /** Where its verified files were unpacked (STOPLINE_RELEASE_PATH), when they were. */
  path?: string;
}

/** One run of a shell command (`run`, `rollback`, a smoke command). */
export interface CommandRun {
  /** `run`, `rollback` or `smoke`. */
  role: string;
  exitCode: number | null;
  /** Set when the command was killed (cancelled run, lost lease). */
  signal: string | null;
  ok: boolean;
  startedAt: string;
  durationMs: number;
  /** The last lines it printed, for the summary; the whole output is in the log. */
  lastLines: string[];
}

/** One URL of a URL smoke test. */
export interface SmokeUrlResult {
  url: string;
  ok: boolean;
  /** The last HTTP status seen. */
  status?: number;
  /** Why the last attempt failed, when it did not answer at all. */
  error?: string;
  attempts: number;
}

export interface SmokeRun {
  kind: 'urls' | 'command';
  ok: boolean;
  durationMs: number;
  urls?: SmokeUrlResult[];
  command?: CommandRun;
  /** One sentence: what failed. */
  reason?: string;
}

/** One exposure step. */
export interface StepReport {
  /** 1-based. */
  index: number;
  /** STOPLINE_WEIGHT: percent of traffic on the new release. */
  weight: number;
  startedAt: string;
  /** When the command finished: the step's metrics count from here (epoch ms). */
  deployedAt?: number;
  command?: CommandRun;
  smoke?: SmokeRun;
  /** The judge's verdict after every interval, oldest first. */
  looks: StepVerdict[];
  /** Each check's samples of this step, as last read. */
  samples: Record<string, Sample[]>;
  outcome: 'passed' | 'failed' | 'cancelled';
  reason: string;
  durationMs: number;
}

export interface RollbackReport {
  /** The release restored; absent when none was verified in the environment before. */
  target?: ReleaseRef;
  /** `restored`: rollback and smoke test passed; `failed`: one of them did not; `impossible`: nothing to run. */
  outcome: 'restored' | 'failed' | 'impossible';
  reason: string;
  command?: CommandRun;
  smoke?: SmokeRun;
  /** The deployment created for the restored release (its payload's `rollback-of` names the failed one). */
  deploymentId?: number;
  startedAt: string;
  durationMs: number;
}

/** A check as configured, for the report. */
export interface CheckSummary {
  name: string;
  query: string;
  judge: string;
  direction: string;
  critical: boolean;
  noData: string;
  max?: number;
  min?: number;
  maxIncrease?: string;
  /** The query step and settle time the deploy sampled it with. */
  stepMs: number;
  settleMs: number;
  note?: string;
}

export interface DeployEvent {
  at: string;
  what: string;
}

export interface DeployReport {
  verdict: DeployVerdict;
  environment: string;
  /** One sentence: why this verdict. */
  reason: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  release?: ReleaseRef;
  /** The deployment this deploy judged (created by promote, or here for `release-id`). */
  deploymentId?: number;
  /** How the deployment was found: `deployment-id`, or created here from `release-id`. */
  source?: 'deployment-id' | 'release-id';
  settings: { steps: number[]; baselineMs: number; intervalMs: number; samples: number; leaseTtlMs: number; lockTimeoutMs: number };
  provider?: { kind: string; url: string };
  checks: CheckSummary[];
  lease?: { epoch: number; waitedMs: number; acquiredAt: string; reclaimed?: string; released: boolean; lost?: string };
  /** Deployments of the environment left `in_progress` by a deploy that died, closed by this one. */
  closedStale: { deploymentId: number; releaseId?: string; description: string }[];
  baseline?: { start: number; end: number; samples: Record<string, Sample[]> };
  steps: StepReport[];
  rollback?: RollbackReport;
  /** Whether the ledger now marks the release verified in the environment. */
  verified?: boolean;
  /** Everything that happened, in order (the summary's "what happened"). */
  events: DeployEvent[];
  notes: string[];
  /** What a person should do now (after a failed rollback, a lost lease, a cancelled run). */
  todo: string[];
}

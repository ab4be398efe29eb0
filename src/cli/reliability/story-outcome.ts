/**
 * What one telling of the demo story produced, in a form two runs can be compared in (pure): each
 * step's exit codes and the outputs that carry its result, and the ledger's final state in brief.
 * Commits, release ids, digests and deployment ids differ from run to run (commit dates, the
 * sandbox's id counter), so each is replaced by a token numbered in order of first appearance
 * (`commit#3`, `sha256#1`, `deployment#2`): two runs agree when the same things are equal in both,
 * e.g. the release promoted to production is the one built first, whatever its digest.
 */
import type { LedgerState } from '../../state/state.js';
import type { ActionResult } from '../local-runner.js';

/** The outputs that say what a step decided; the rest are paths, times and rendered reports. */
const COMPARED_OUTPUTS: Record<string, readonly string[]> = {
  'action.yml': ['state', 'line', 'frozen', 'leases'],
  'actions/security-gate/action.yml': ['verdict', 'findings', 'new', 'violations'],
  'actions/commit-lock/action.yml': ['state', 'locked', 'first-bad'],
  'actions/build-once/action.yml': ['release-id', 'digest', 'version'],
  'actions/promote/action.yml': ['release-id', 'digest', 'version', 'sha', 'deployment-id', 'promoted'],
  'actions/deploy/action.yml': ['verdict', 'deployment-id'],
  'actions/dora-report/action.yml': ['deployment-frequency', 'lead-time-hours', 'change-failure-rate', 'recovery-time-hours', 'rework-rate', 'deployments'],
};

export const DORA_ACTION = 'actions/dora-report/action.yml';

export interface StepOutcome {
  action: string;
  /** The main step's exit code, and the post step's when there is one. */
  exit: number | null;
  postExit?: number | null;
  outputs: Record<string, string>;
}

export interface StoryOutcome {
  steps: StepOutcome[];
  /** The ledger at the end, in brief (see `ledgerOutcome`). */
  ledger: Record<string, unknown>;
  /** The UTC day the DORA quarter was seeded on: its weekends, hence its numbers, depend on it. */
  doraDay: string | undefined;
}

/** Replaces run-specific identifiers by tokens numbered in order of first appearance. */
export class Tokens {
  private readonly seen = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  token(kind: string, value: string): string {
    const key = `${kind}\u0000${value}`;
    let token = this.seen.get(key);
    if (token === undefined) {
      const n = (this.counts.get(kind) ?? 0) + 1;
      this.counts.set(kind, n);
      token = `${kind}#${n}`;
      this.seen.set(key, token);
    }
    return token;
  }

  /** A value as compared: commits and digests tokenized, deployment ids when `name` says so. */
  normalize(name: string, value: string): string {
    if (/^[0-9a-f]{40}$/.test(value)) return this.token('commit', value);
    if (/^sha256:[0-9a-f]{64}$/.test(value)) return this.token('sha256', value);
    if (name === 'deployment-id' && value !== '') return this.token('deployment', value);
    return value;
  }
}

/** One step's outcome. */
export function stepOutcome(action: string, result: ActionResult, tokens: Tokens): StepOutcome {
  const outputs: Record<string, string> = {};
  for (const name of COMPARED_OUTPUTS[action] ?? []) {
    const value = result.outputs[name];
    if (value !== undefined) outputs[name] = tokens.normalize(name, value);
  }
  return { action, exit: result.exitCode, ...(result.post ? { postExit: result.post.exitCode } : {}), outputs };
}

/** The ledger's final state in brief: the line, freezes, leases, what runs where, and the releases. */
export function ledgerOutcome(state: LedgerState, tokens: Tokens): Record<string, unknown> {
  const releaseToken = (id: string | undefined) => (id === undefined ? null : tokens.normalize('release-id', id));
  const environments = Object.fromEntries(
    Object.entries(state.environments)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, pointer]) => [
        name,
        { release: releaseToken(pointer.releaseId), version: pointer.version ?? null, verified: pointer.verified, previous: releaseToken(pointer.previousReleaseId), from: pointer.promotedFrom ?? null },
      ]),
  );
  const releases = Object.entries(state.releases)
    .map(([id, record]) => ({ id: releaseToken(id), version: record.version, commit: tokens.normalize('sha', record.sha), verifiedIn: Object.keys(record.verified ?? {}).sort() }))
    .sort((a, b) => a.version.localeCompare(b.version));
  return {
    line: state.line.state,
    freezes: state.freezes.length,
    leases: Object.keys(state.leases).sort(),
    waiting: Object.values(state.leaseQueues ?? {}).reduce((sum, queue) => sum + queue.waiting.length, 0),
    environments,
    releases,
  };
}

const STEP_NAME = (action: string) => (action === 'action.yml' ? 'board' : action.split('/')[1] ?? action);

/**
 * How `actual` differs from `expected` (a fault-free run), one sentence each; empty when they
 * agree. With `compareDora` false the DORA step's numbers are left out (another day's quarter).
 */
export function outcomeDifferences(expected: StoryOutcome, actual: StoryOutcome, compareDora = true): string[] {
  const differences: string[] = [];
  const count = Math.max(expected.steps.length, actual.steps.length);
  for (let i = 0; i < count; i += 1) {
    const want = expected.steps[i];
    const got = actual.steps[i];
    if (want === undefined || got === undefined) {
      differences.push(`step ${i + 1}: ${got ? `${STEP_NAME(got.action)} ran, but a fault-free run ends before it` : `${STEP_NAME(want!.action)} never ran`}`);
      continue;
    }
    const name = `step ${i + 1} (${STEP_NAME(want.action)})`;
    if (want.action !== got.action) {
      differences.push(`${name}: ran ${STEP_NAME(got.action)} instead`);
      continue;
    }
    if (want.exit !== got.exit) differences.push(`${name}: exit ${got.exit}, expected ${want.exit}`);
    if ((want.postExit ?? null) !== (got.postExit ?? null)) differences.push(`${name}: post step exit ${got.postExit}, expected ${want.postExit}`);
    if (!compareDora && want.action === DORA_ACTION) continue;
    for (const output of new Set([...Object.keys(want.outputs), ...Object.keys(got.outputs)])) {
      if (want.outputs[output] !== got.outputs[output]) {
        differences.push(`${name}: output ${output} is ${JSON.stringify(got.outputs[output] ?? null)}, expected ${JSON.stringify(want.outputs[output] ?? null)}`);
      }
    }
  }
  const want = JSON.stringify(expected.ledger);
  const got = JSON.stringify(actual.ledger);
  if (want !== got) differences.push(`the ledger ends as ${got}, expected ${want}`);
  return differences;
}

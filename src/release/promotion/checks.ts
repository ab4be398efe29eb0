/**
 * The rules a promotion must pass before any byte is fetched, each a value with its reason and
 * fix (cli/cli#9045: readable verification errors): the release comes from this repository, the
 * line is not frozen, it is not older than what the environment runs (unless named by id), it was
 * verified (and has soaked) in the environment it comes from, and the required commit statuses
 * are `success` on its commit. Pure.
 *
 * A red line does not stop a promotion: the release's own commit carries its verdicts (the
 * required statuses), and a rollback must be possible exactly while main is red. A freeze does:
 * it stops merges and promotions alike, in every environment, until it ends or is lifted.
 */
import { formatDuration } from '../../runtime/duration.js';
import { formatTimestamp, formatTimestampRelative } from '../../report/time.js';
import { lineVerdict, reconcileScheduledFreezes, type FreezeSchedule } from '../../lock/index.js';
import type { Freeze, LedgerState } from '../../state/state.js';
import { shortDigest, type RegisteredRelease } from '../registry.js';
import type { Selection } from './select-release.js';

/** Why a promotion may not happen, and what to do about it. */
export interface Refusal {
  reason: string;
  fix: string;
}

/** The promotion's requirements, after the environments file and the inputs are merged. */
export interface PromotionRule {
  environment: string;
  /** The environment whose verified release may be promoted; undefined: any registered release. */
  from?: string;
  /** Commit status contexts that must be `success` on the release's commit. */
  require: readonly string[];
  /** How long the release must have been verified in `from`; 0 for no wait. */
  soakMs: number;
}

/** A commit status as promotion reads it (the latest per context). */
export interface StatusFact {
  state: string;
  description?: string;
  targetUrl?: string;
}

export type CheckName = 'repository' | 'freeze' | 'order' | 'from' | 'soak' | 'status';

/** One rule, judged: `detail` says what was measured; a failed check carries a refusal. */
export interface PromotionCheck {
  name: CheckName;
  /** e.g. the status context for `status` checks. */
  subject?: string;
  ok: boolean;
  detail: string;
  refusal?: Refusal;
  /** Set on a failed check that time alone resolves (the soak): when it will pass. */
  passesAt?: string;
}

export interface CheckInput {
  state: LedgerState;
  /** The freezes file, applied in memory as commit-lock applies it. */
  schedule?: FreezeSchedule;
  now: Date;
  rule: PromotionRule;
  release: RegisteredRelease;
  selection: Selection;
  /** The latest status of each context on the release's commit. */
  statuses: ReadonlyMap<string, StatusFact>;
  /** owner/name of the repository promoting. */
  repository: string;
}

const short = (sha: string) => sha.slice(0, 7);

/** `"release week" (@lead, until 2026-11-23 08:00 UTC)` */
function describeFreeze(freeze: Freeze): string {
  const by = freeze.source === 'manual' ? `@${freeze.by}` : `schedule "${freeze.by}"`;
  return `"${freeze.reason}" (${by}, ${freeze.until ? `until ${formatTimestamp(freeze.until)}` : 'until lifted'})`;
}

/** The freeze check alone: the compare-and-swap repeats it on the state it writes over. */
export function freezeCheck(state: LedgerState, schedule: FreezeSchedule | undefined, now: Date): PromotionCheck {
  const verdict = lineVerdict(reconcileScheduledFreezes(state, schedule, now).state, now);
  if (!verdict.frozen) return { name: 'freeze', ok: true, detail: 'nothing is frozen' };
  const freezes = verdict.freezes.map(describeFreeze).join('; ');
  return {
    name: 'freeze',
    ok: false,
    detail: `frozen: ${freezes}`,
    refusal: {
      reason: `the line is frozen: ${freezes}`,
      fix: verdict.frozenUntil
        ? `promote after ${formatTimestamp(verdict.frozenUntil)}, or lift the freeze (commit-lock \`command: unlock\` for a manual one)`
        : 'promote once the freeze is lifted (commit-lock `command: unlock`)',
    },
  };
}

/** `1.4.0 (sha256:1a2b3c4d5e6f…, built 2026-11-04 09:00 UTC)` */
function describeRelease(releaseId: string, record: RegisteredRelease['record']): string {
  return `${record.version} (${shortDigest(releaseId)}, built ${formatTimestamp(record.createdAt)})`;
}

/**
 * Never backwards by accident: a release built before the one the environment runs is promoted
 * only when `release-id` names it, a deliberate rollback. Chosen by `from` or by commit, an older
 * release means the source environment went back (a rollback there) or a late run of an older
 * commit finished last, and following it would undo the newer release.
 */
function orderCheck(input: CheckInput): PromotionCheck[] {
  const { state, release, rule, selection } = input;
  const pointer = state.environments[rule.environment];
  if (pointer === undefined || pointer.releaseId === release.releaseId) return [];
  const running = state.releases[pointer.releaseId];
  // A pointer to a release the registry does not list cannot be compared; the other checks still run.
  if (running === undefined) return [];
  const built = Date.parse(release.record.createdAt);
  const runningBuilt = Date.parse(running.createdAt);
  // A build time that does not parse (a hand-edited ledger) cannot be compared either.
  if (Number.isNaN(built) || Number.isNaN(runningBuilt)) return [];
  const runs = describeRelease(pointer.releaseId, running);
  if (built >= runningBuilt) {
    return [{ name: 'order', ok: true, detail: `${built > runningBuilt ? 'newer than' : 'built at the same time as'} what ${rule.environment} runs: ${runs}` }];
  }
  if (selection.kind === 'release-id') {
    return [{ name: 'order', ok: true, detail: `rollback named by release-id: older than what ${rule.environment} runs, ${runs}` }];
  }
  const chosen = selection.kind === 'from' ? `what ${selection.environment} runs` : `the newest build of commit ${short(selection.commit)}`;
  return [
    {
      name: 'order',
      ok: false,
      detail: `older than what ${rule.environment} runs: ${runs}`,
      refusal: {
        reason: `release ${describeRelease(release.releaseId, release.record)}, ${chosen}, is older than ${runs}, which ${rule.environment} runs: promoting it would take ${rule.environment} back`,
        fix: `to roll ${rule.environment} back on purpose, name the release (release-id: ${release.releaseId}); otherwise promote a release newer than ${running.version}`,
      },
    },
  ];
}

/** When the release was verified in `environment`, if it was: the current pointer first, else its record. */
function verifiedIn(state: LedgerState, release: RegisteredRelease, environment: string): string | undefined {
  const pointer = state.environments[environment];
  if (pointer?.releaseId === release.releaseId && pointer.verified) return pointer.verifiedAt ?? pointer.since;
  return release.record.verified?.[environment];
}

function fromChecks(input: CheckInput): PromotionCheck[] {
  const { rule, state, release, now } = input;
  const from = rule.from;
  if (from === undefined) return [];
  // A release that already ran verified in the target is a rollback: it passed this gate once.
  const before = release.record.verified?.[rule.environment];
  if (input.selection.kind === 'release-id' && before !== undefined) {
    return [{ name: 'from', ok: true, detail: `rollback: verified in ${rule.environment} before (${formatTimestamp(before)}), so ${from} and the soak do not apply` }];
  }
  const at = verifiedIn(state, release, from);
  if (at === undefined) {
    const pointer = state.environments[from];
    const runs = pointer === undefined ? `${from} runs no release` : pointer.releaseId === release.releaseId ? `${from} runs it, not verified yet` : `${from} runs ${pointer.releaseId} instead`;
    return [
      {
        name: 'from',
        ok: false,
        detail: `not verified in ${from} (${runs})`,
        refusal: {
          reason: `release ${release.releaseId} has not been verified in ${from} (${runs})`,
          fix: `promote it to ${from} and let its deploy checks mark it verified there first`,
        },
      },
    ];
  }
  const checks: PromotionCheck[] = [{ name: 'from', ok: true, detail: `verified in ${from} at ${formatTimestamp(at)}` }];
  if (rule.soakMs > 0) {
    const elapsed = now.getTime() - Date.parse(at);
    const soak = formatDuration(rule.soakMs);
    if (elapsed >= rule.soakMs) {
      checks.push({ name: 'soak', ok: true, detail: `${formatDuration(elapsed)} verified in ${from} (soak ${soak})` });
    } else {
      const ready = new Date(Date.parse(at) + rule.soakMs).toISOString();
      checks.push({
        name: 'soak',
        ok: false,
        detail: `${formatDuration(Math.max(0, elapsed))} of ${soak} verified in ${from}`,
        passesAt: ready,
        refusal: {
          reason: `release ${release.releaseId} has been verified in ${from} for ${formatDuration(Math.max(0, elapsed))}, less than the soak of ${soak}`,
          fix: `promote after ${formatTimestampRelative(ready, now)}, or lower 'soak'`,
        },
      });
    }
  }
  return checks;
}

function statusChecks(input: CheckInput): PromotionCheck[] {
  const sha = input.release.record.sha;
  return input.rule.require.map((context): PromotionCheck => {
    const status = input.statuses.get(context);
    if (status === undefined) {
      return {
        name: 'status',
        subject: context,
        ok: false,
        detail: 'missing',
        refusal: {
          reason: `the required status ${context} is missing on commit ${short(sha)}`,
          fix: `run the workflow that sets ${context} on that commit (for stopline/security-gate: the security gate on the commit that was built), or remove it from 'require'`,
        },
      };
    }
    if (status.state === 'success') return { name: 'status', subject: context, ok: true, detail: `success${status.description ? `: ${status.description}` : ''}` };
    return {
      name: 'status',
      subject: context,
      ok: false,
      detail: `${status.state}${status.description ? `: ${status.description}` : ''}`,
      refusal: {
        reason: `the required status ${context} is ${status.state} on commit ${short(sha)}${status.description ? ` ("${status.description}")` : ''}`,
        fix: status.state === 'pending' ? `wait until ${context} finishes on that commit, then promote again` : `fix what ${context} reports (${status.targetUrl ?? 'see the commit\'s checks'}), build and promote the fixed commit`,
      },
    };
  });
}

function repositoryCheck(input: CheckInput): PromotionCheck[] {
  const built = input.release.record.repository;
  if (built === undefined) return [];
  if (built === input.repository) return [{ name: 'repository', ok: true, detail: `built from ${built}` }];
  return [
    {
      name: 'repository',
      ok: false,
      detail: `built from ${built}`,
      refusal: { reason: `release ${input.release.releaseId} was built from ${built}, not from ${input.repository}`, fix: `promote releases built in ${input.repository} (run build-once in this repository)` },
    },
  ];
}

/** Every rule judged, in the order a person reads them; the promotion may go ahead when all pass. */
export function promotionChecks(input: CheckInput): PromotionCheck[] {
  return [...repositoryCheck(input), freezeCheck(input.state, input.schedule, input.now), ...orderCheck(input), ...fromChecks(input), ...statusChecks(input)];
}

/** The refusals of the failed checks, in order. */
export function refusalsOf(checks: readonly PromotionCheck[]): Refusal[] {
  return checks.filter((check) => !check.ok && check.refusal).map((check) => check.refusal!);
}

/**
 * When every failed check is one that time alone resolves (a soak still running), the time the
 * last of them passes; otherwise undefined. A scheduled promotion that is merely early waits
 * (the step passes, nothing promoted) instead of failing every tick until the soak is over.
 */
export function waitingUntil(checks: readonly PromotionCheck[]): string | undefined {
  const failed = checks.filter((check) => !check.ok);
  if (failed.length === 0 || failed.some((check) => check.passesAt === undefined)) return undefined;
  return failed.map((check) => check.passesAt!).sort().at(-1);
}

/** One line for the step's error: every reason with its fix. */
export function describeRefusals(environment: string, refusals: readonly Refusal[]): string {
  return `Not promoted to ${environment}: ${refusals.map((refusal) => `${refusal.reason}; ${refusal.fix}`).join('. ')}.`;
}

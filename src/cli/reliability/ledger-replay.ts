/**
 * Whether a ledger's history "replays to its state" (pure). The ledger keeps whole snapshots, not
 * events: every commit holds the complete `state.json` that one compare-and-swap wrote over its
 * parent. So replaying means walking the snapshots oldest → newest and checking that each step is
 * a transition Stopline can make, and that the last one is the state readers see. Precisely:
 *
 * - **Linear**: the first commit has no parent; every later one has exactly one, the commit before
 *   it. (A fork or a forced move would lose the writes of one branch.)
 * - **Valid**: every commit's `state.json` parses and validates (the caller runs `parseState`).
 * - **A real change**: no commit repeats its parent's state; `Ledger.update` writes nothing for an
 *   equal state, so a repeat means a write was applied twice.
 * - **Nothing recorded is lost**:
 *   - a release, once recorded, stays recorded with the same identity (name, version, commit,
 *     digest, content digest, creation time, storage), and an environment it was verified in stays
 *     verified there, at the same time;
 *   - an environment pointer, once written, stays; it always names a release the same state
 *     records; when it moves to a new promotion (another release, or the same release promoted
 *     anew) the new pointer names the one it replaced (`previousReleaseId`), so no promotion was
 *     overwritten unseen. The state keeps no list of past promotions, so this chain, commit by
 *     commit, is the promotion history, and every release it ever named is still in the registry;
 *   - while a pointer stays the same promotion, verification is never withdrawn and its time
 *     never changes (a later promotion's soak counts from it);
 *   - the line's per-workflow record never goes back to an older run (run number, then attempt),
 *     and a workflow once recorded stays;
 *   - lease epochs never repeat: per environment, the highest epoch granted (the lease's, or the
 *     queue's `lastEpoch` after a release) never decreases, and a newly granted lease has an
 *     epoch above every earlier one (fencing);
 *   - the schema version never goes down.
 * - **The head is the last commit**: the state read at the ref equals the last snapshot.
 */
import { canonicalJson } from '../../runtime/canonical-json.js';
import type { LedgerState, ReleaseRecord } from '../../state/state.js';
import { sameState } from '../../state/serialize-state.js';

/** One commit of the ledger with its parsed state. */
export interface LedgerSnapshotCommit {
  sha: string;
  parents: string[];
  message: string;
  /** Undefined when its state.json is missing or does not validate (the caller reports why). */
  state: LedgerState | undefined;
}

/** A commit whose state was read. */
type ReadCommit = LedgerSnapshotCommit & { state: LedgerState };

/** Fields that make a release what it is; the ledger may add `verified`, never change these. */
const RELEASE_IDENTITY = ['name', 'version', 'sha', 'digest', 'contentDigest', 'createdAt', 'repository', 'size', 'storage'] as const;

const short = (sha: string) => sha.slice(0, 7);

function identityOf(record: ReleaseRecord): string {
  return canonicalJson(RELEASE_IDENTITY.map((field) => record[field] ?? null));
}

/** Run order of the line: run number, then attempt. */
function runAfter(a: { runNumber: number; runAttempt: number }, b: { runNumber: number; runAttempt: number }): boolean {
  return a.runNumber > b.runNumber || (a.runNumber === b.runNumber && a.runAttempt > b.runAttempt);
}

function highestEpoch(state: LedgerState, environment: string): number {
  return Math.max(state.leases[environment]?.epoch ?? 0, state.leaseQueues?.[environment]?.lastEpoch ?? 0);
}

/** Problems of one commit's own state: pointers must name known releases. */
function stateProblems(commit: ReadCommit): string[] {
  const problems: string[] = [];
  for (const [environment, pointer] of Object.entries(commit.state.environments)) {
    if (commit.state.releases[pointer.releaseId] === undefined) {
      problems.push(`ledger commit ${short(commit.sha)}: ${environment} points at ${pointer.releaseId}, which the release registry does not record`);
    }
  }
  return problems;
}

const describeCommit = (commit: LedgerSnapshotCommit) => `ledger commit ${short(commit.sha)} ("${commit.message.split('\n')[0]}")`;

/** Whether `after` follows `parent` directly. */
function linkProblems(parent: LedgerSnapshotCommit, after: LedgerSnapshotCommit): string[] {
  if (after.parents.length === 1 && after.parents[0] === parent.sha) return [];
  return [`${describeCommit(after)}: parents [${after.parents.map(short).join(', ')}], expected [${short(parent.sha)}]: the history is not linear`];
}

/**
 * Problems of the step from `before` to `after`: its parent, or, when the commits in between
 * could not be read, the last one that could.
 */
function stepProblems(before: ReadCommit, after: ReadCommit, direct: boolean): string[] {
  const at = describeCommit(after);
  const problems: string[] = [];
  if (direct && sameState(before.state, after.state)) problems.push(`${at}: repeats its parent's state (a write applied twice)`);
  if (after.state.schemaVersion < before.state.schemaVersion) {
    problems.push(`${at}: schema version went down from ${before.state.schemaVersion} to ${after.state.schemaVersion}`);
  }

  for (const [id, old] of Object.entries(before.state.releases)) {
    const now = after.state.releases[id];
    if (now === undefined) {
      problems.push(`${at}: release ${id} (${old.version}) was dropped from the registry`);
      continue;
    }
    if (identityOf(now) !== identityOf(old)) problems.push(`${at}: release ${id} changed its identity (name, version, commit, digest or storage)`);
    for (const [environment, when] of Object.entries(old.verified ?? {})) {
      if (now.verified?.[environment] !== when) problems.push(`${at}: release ${id} lost its verification in ${environment} (${when})`);
    }
  }

  for (const [environment, old] of Object.entries(before.state.environments)) {
    const now = after.state.environments[environment];
    if (now === undefined) {
      problems.push(`${at}: the ${environment} pointer (${old.releaseId}) was removed`);
      continue;
    }
    const samePromotion = now.releaseId === old.releaseId && now.since === old.since;
    if (!samePromotion && now.previousReleaseId !== old.releaseId) {
      problems.push(
        `${at}: ${environment} moved from ${old.releaseId} to ${now.releaseId} without naming it as replaced ` +
          `(previousReleaseId ${now.previousReleaseId ?? 'absent'}): a promotion was overwritten unseen`,
      );
    }
    if (samePromotion && old.verified && (!now.verified || now.verifiedAt !== old.verifiedAt)) {
      problems.push(`${at}: ${environment}'s verification of ${old.releaseId} was withdrawn or re-timed`);
    }
  }

  for (const [workflow, old] of Object.entries(before.state.line.workflows ?? {})) {
    const now = after.state.line.workflows?.[workflow];
    if (now === undefined) problems.push(`${at}: the line forgot workflow "${workflow}"`);
    else if (runAfter(old.last, now.last)) {
      problems.push(`${at}: the line's "${workflow}" went back from run ${old.last.runNumber}.${old.last.runAttempt} to ${now.last.runNumber}.${now.last.runAttempt}`);
    }
  }

  const environments = new Set([...Object.keys(before.state.leases), ...Object.keys(after.state.leases), ...Object.keys(before.state.leaseQueues ?? {})]);
  for (const environment of environments) {
    const was = highestEpoch(before.state, environment);
    const is = highestEpoch(after.state, environment);
    if (is < was) problems.push(`${at}: ${environment}'s lease epoch went back from ${was} to ${is} (epochs must never repeat)`);
    const granted = after.state.leases[environment];
    const previous = before.state.leases[environment];
    if (granted !== undefined && granted.epoch !== previous?.epoch && granted.epoch <= was) {
      problems.push(`${at}: ${environment}'s lease was granted epoch ${granted.epoch}, not above the ${was} granted before`);
    }
  }
  return problems;
}

/**
 * Problems of a ledger history given oldest first, and of its head (the ref's commit and the state
 * read there, undefined when it could not be read) against the last commit. An empty history has no
 * problems when there is no head (`null`: the ledger was never written).
 */
export function replayProblems(
  history: readonly LedgerSnapshotCommit[],
  head: { sha: string; state: LedgerState | undefined } | null,
): string[] {
  const problems: string[] = [];
  const first = history[0];
  if (first !== undefined && first.parents.length !== 0) {
    problems.push(`ledger commit ${short(first.sha)}: the oldest commit has parents [${first.parents.map(short).join(', ')}]; the history read is incomplete`);
  }
  let lastRead: ReadCommit | undefined;
  history.forEach((commit, index) => {
    if (index > 0) problems.push(...linkProblems(history[index - 1]!, commit));
    if (commit.state === undefined) return;
    const read = commit as ReadCommit;
    problems.push(...stateProblems(read));
    if (lastRead !== undefined) problems.push(...stepProblems(lastRead, read, lastRead === history[index - 1]));
    lastRead = read;
  });
  const last = history.at(-1);
  if (head === null) {
    if (last !== undefined) problems.push('the ledger ref is missing, but its history was read');
  } else if (last === undefined) {
    problems.push(`the ledger ref points at ${short(head.sha)}, but no history was read`);
  } else {
    if (last.sha !== head.sha) problems.push(`the ledger ref points at ${short(head.sha)}, but its history ends at ${short(last.sha)}`);
    // An unreadable state on either side has been reported already.
    if (last.state !== undefined && head.state !== undefined && !sameState(last.state, head.state)) {
      problems.push(`the state read at the ledger ref differs from its last commit ${short(last.sha)}`);
    }
  }
  return problems;
}

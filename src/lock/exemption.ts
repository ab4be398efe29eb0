/**
 * Which changes may merge while the line is stopped. While red: a revert of a commit in the red
 * range, or a change labelled as the fix by someone with write access. While frozen: only a change
 * labelled freeze-exempt by a maintainer. Every claim is checked against facts the caller fetched
 * (the red range, who added the label and their permission); a title alone never exempts.
 */
import { shortSha } from './run-event.js';

/** The label that marks a fix while the line is red (the action's `fix-label` input). */
export const DEFAULT_FIX_LABEL = 'stopline:fix';
/** The label that lets one change through a freeze. */
export const DEFAULT_FREEZE_EXEMPT_LABEL = 'stopline:freeze-exempt';

/**
 * A user's access to the repository: GitHub's `permission` (`admin`, `write`, `read`, `none`) or
 * `role_name` (`admin`, `maintain`, `write`, `triage`, `read`). For custom roles pass `permission`,
 * the base role, since a custom role's name says nothing about its access.
 */
export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

/** Who added a label (the newest `labeled` event for it) and their access. */
export interface LabelActor {
  login: string;
  permission: RepoPermission | (string & {});
}

/** Why a change may merge although the line is stopped; `lifts` is the cause it lifts. */
export type Exemption =
  | { kind: 'revert'; lifts: 'red'; revertedShas: string[] }
  | { kind: 'fix-label'; lifts: 'red'; label: string; addedBy: string; permission: string }
  | { kind: 'freeze-label'; lifts: 'freeze'; label: string; addedBy: string; permission: string };

/** An exemption, or the reason there is none. */
export type ExemptionDecision = { exempt: true; exemption: Exemption; reason: string } | { exempt: false; reason: string };

/** A pull request named by GitHub's revert button (`Reverts owner/repo#123`). */
export interface PullReference {
  owner: string;
  repo: string;
  number: number;
}

/**
 * What a pull request's title and body claim to revert:
 * - `shas`: full commit shas from `This reverts commit <sha>` lines (as `git revert` writes them);
 * - `pulls`: pull requests from `Reverts owner/repo#123` lines (as GitHub's Revert button writes
 *   them); the caller resolves each to the commit it merged (its `merge_commit_sha`) and checks
 *   that sha like the others.
 */
export type RevertClaim = { kind: 'revert'; shas: string[]; pulls: PullReference[] } | { kind: 'none'; reason: string };

// Exactly what git and GitHub write: `Revert "<original title>"`, nothing before or after.
const REVERT_TITLE = /^Revert "[^\r\n]+"$/;
// At the start of a line (not quoted with `>`), a full sha not running on into more hex.
const REVERTS_COMMIT = /^[ \t]*This reverts commit ([0-9a-fA-F]{40})(?![0-9a-zA-Z])/gm;
const REVERTS_SHORT = /^[ \t]*This reverts commit ([0-9a-fA-F]{4,39})(?![0-9a-zA-Z])/m;
const REVERTS_PULL = /^[ \t]*Reverts ([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)#([0-9]+)(?![0-9A-Za-z])/gm;

/**
 * Reads a pull request's claim to be a revert. Both parts are required: the title must be
 * `Revert "…"` and the body must name what it reverts (a full 40-character commit sha, or a pull
 * request as GitHub's Revert button writes it). The claim is not yet trusted: decideExemption
 * checks the shas against the red range.
 */
export function parseRevert(title: string, body: string | null | undefined): RevertClaim {
  if (!REVERT_TITLE.test(title.trim())) return { kind: 'none', reason: 'the title does not read Revert "…"' };
  const text = body ?? '';
  const shas = [...new Set([...text.matchAll(REVERTS_COMMIT)].map((match) => match[1]!.toLowerCase()))];
  const pulls: PullReference[] = [];
  for (const match of text.matchAll(REVERTS_PULL)) {
    const pull = { owner: match[1]!, repo: match[2]!, number: Number(match[3]) };
    if (!pulls.some((seen) => seen.owner === pull.owner && seen.repo === pull.repo && seen.number === pull.number)) pulls.push(pull);
  }
  if (shas.length > 0 || pulls.length > 0) return { kind: 'revert', shas, pulls };
  const short = REVERTS_SHORT.exec(text);
  return {
    kind: 'none',
    reason: short
      ? `the body names an abbreviated sha (${short[1]}); a revert must name the full 40-character sha ("This reverts commit <sha>.")`
      : 'the title reads Revert "…" but the body does not say what it reverts ("This reverts commit <40-character sha>.")',
  };
}

const normalize = (permission: string): string => permission.trim().toLowerCase();

/** Write access or more: `write`, `maintain` or `admin`. */
export function canWrite(permission: string): boolean {
  return ['write', 'maintain', 'admin'].includes(normalize(permission));
}

/** Maintain access or more: `maintain` or `admin`. */
export function canMaintain(permission: string): boolean {
  return ['maintain', 'admin'].includes(normalize(permission));
}

/** Facts about one pull request, fetched by the caller, for decideExemption. */
export interface ExemptionInput {
  /** Shas the change claims to revert (parseRevert's `shas`, plus its `pulls` resolved to merge commits). */
  revertedShas: readonly string[];
  /** Every commit from the first bad commit to the branch head, inclusive, full shas. */
  redRangeShas: readonly string[];
  /** Whether the change carries the fix label now. */
  labelPresent: boolean;
  /** Who added the label last, with their permission looked up through the API. */
  labelAddedBy?: LabelActor;
  /** The fix label's name, for messages; default `stopline:fix`. */
  label?: string;
}

/** Why a label does not count, or undefined when it does. */
function labelProblem(
  label: string,
  present: boolean,
  actor: LabelActor | undefined,
  enough: (permission: string) => boolean,
  needed: string,
): string | undefined {
  if (!present) return `it has no \`${label}\` label`;
  if (!actor) return `who added the \`${label}\` label is unknown, so it does not count`;
  if (!enough(actor.permission)) {
    return `the \`${label}\` label was added by @${actor.login}, who has ${normalize(actor.permission)} access; it counts only when added by someone with ${needed} access`;
  }
  return undefined;
}

/**
 * Decides whether a change may merge while the line is red. A revert counts when every commit it
 * names is in the red range (a revert of older history is an ordinary change); the fix label
 * counts when whoever added it has write, maintain or admin access. Exemptions lift a red line
 * only, never a freeze (see decideFreezeExemption).
 */
export function decideExemption(input: ExemptionInput): ExemptionDecision {
  const label = input.label ?? DEFAULT_FIX_LABEL;
  const range = new Set(input.redRangeShas.map((sha) => sha.toLowerCase()));
  const reverted = [...new Set(input.revertedShas.map((sha) => sha.toLowerCase()))];
  let revertReason = 'it is not a revert';
  if (reverted.length > 0) {
    const outside = reverted.filter((sha) => !range.has(sha));
    if (outside.length === 0) {
      return {
        exempt: true,
        exemption: { kind: 'revert', lifts: 'red', revertedShas: reverted },
        reason: `it reverts ${reverted.map(shortSha).join(', ')}, in the red range`,
      };
    }
    revertReason =
      range.size === 0
        ? 'it is a revert, but there is no red range to revert'
        : `it reverts ${outside.map(shortSha).join(', ')}, which ${outside.length === 1 ? 'is' : 'are'} not in the red range (first bad commit to head)`;
  }
  const problem = labelProblem(label, input.labelPresent, input.labelAddedBy, canWrite, 'write, maintain or admin');
  if (problem === undefined) {
    const actor = input.labelAddedBy!;
    return {
      exempt: true,
      exemption: { kind: 'fix-label', lifts: 'red', label, addedBy: actor.login, permission: normalize(actor.permission) },
      reason: `the \`${label}\` label was added by @${actor.login} (${normalize(actor.permission)} access)`,
    };
  }
  return { exempt: false, reason: `${revertReason}; ${problem}` };
}

/** Facts for decideFreezeExemption. */
export interface FreezeExemptionInput {
  labelPresent: boolean;
  labelAddedBy?: LabelActor;
  /** Default `stopline:freeze-exempt`. */
  label?: string;
}

/**
 * Decides whether one change may merge through a freeze: it must carry the freeze-exempt label,
 * added by someone with maintain or admin access. A freeze is a decision by the people who run the
 * line, so only they can make an exception (the fix label and reverts, which anyone with write
 * access can use while red, do not pass a freeze).
 */
export function decideFreezeExemption(input: FreezeExemptionInput): ExemptionDecision {
  const label = input.label ?? DEFAULT_FREEZE_EXEMPT_LABEL;
  const problem = labelProblem(label, input.labelPresent, input.labelAddedBy, canMaintain, 'maintain or admin');
  if (problem !== undefined) return { exempt: false, reason: problem };
  const actor = input.labelAddedBy!;
  return {
    exempt: true,
    exemption: { kind: 'freeze-label', lifts: 'freeze', label, addedBy: actor.login, permission: normalize(actor.permission) },
    reason: `the \`${label}\` label was added by @${actor.login} (${normalize(actor.permission)} access)`,
  };
}

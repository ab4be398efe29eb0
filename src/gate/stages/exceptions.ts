import type { SuppressionMode } from '../policy/policy.js';
import { suppressionExempts } from '../policy/suppression.js';
import picomatch from 'picomatch';
import { isAtLeast, type Finding } from '../finding.js';
import { daysFrom, startOfUtcDay } from '../policy/expiry.js';
import type { PolicyBlock, PolicyException } from '../policy/policy.js';
import type { BaselinedFinding } from './baseline.js';
import { compileBlock, describeBlockHits, type BlockHit } from './block.js';

/** Exceptions that end within this many days are listed as expiring (a warning). */
export const EXPIRING_WITHIN_DAYS = 14;

/**
 * What the gate does with a finding after exceptions: `suppressed` in the SARIF itself (reported,
 * never a violation), `excepted` by the policy, or `open` (decide judges it).
 */
export type Disposition = 'open' | 'suppressed' | 'excepted';

/** A finding after the exceptions stage. */
export interface AssessedFinding extends BaselinedFinding {
  disposition: Disposition;
  /** The exception that excepted it, when `disposition` is `excepted`. */
  exception?: PolicyException;
  /** The `block` entries it hits; decide makes open findings with hits violations. Shared, never mutate. */
  blocked: readonly BlockHit[];
  /**
   * Set by decide: why the finding breaks the policy (the item is then a Violation), else undefined.
   * The report marks each finding with it, without a finding → why map of every violation.
   */
  violation?: string;
}

/** An exception's state on `today`. */
export type ExceptionState = 'active' | 'expiring' | 'expired';

/** How one exception fared. */
export interface ExceptionUse {
  exception: PolicyException;
  state: ExceptionState;
  /** Days from today to the last day it applies; negative once expired. */
  daysLeft: number;
  /**
   * Findings it could except (for an expired one: would have, had it not expired). Matches it was
   * refused for (severity above its `severity`, or a block it does not name) are not counted.
   */
  matched: number;
}

/** An exception that matched a finding but was not allowed to except it, and why. */
export interface RefusedException {
  finding: Finding;
  exception: PolicyException;
  why: string;
}

export interface ExceptionsResult {
  findings: AssessedFinding[];
  /** Every exception, in policy order. */
  exceptions: ExceptionUse[];
  /** Not expired and matched at least one finding. */
  used: ExceptionUse[];
  /** Not expired, ending within EXPIRING_WITHIN_DAYS days (used or not): renew or fix. */
  expiring: ExceptionUse[];
  /** Expired: no longer applied. */
  expired: ExceptionUse[];
  /** Not expired and matched nothing: remove them. */
  unused: ExceptionUse[];
  refused: RefusedException[];
}

export interface ApplyExceptionsOptions {
  today: Date;
  /** The policy's block list: blocked findings are only excepted by exceptions naming the entry. */
  block: PolicyBlock;
  /** Which SARIF suppressions exempt a finding (the policy's `suppressions`); default `honor`. */
  suppressions?: SuppressionMode;
}

const GLOB_CHARACTERS = /[*?[{]/;

type Matcher = (finding: Finding) => boolean;

/** Paths repeat a lot in big SARIF files (one file, many results): a glob is tested once per path. */
function cachedGlob(test: (value: string) => boolean): (value: string) => boolean {
  const seen = new Map<string, boolean>();
  return (value) => {
    let hit = seen.get(value);
    if (hit === undefined) seen.set(value, (hit = test(value)));
    return hit;
  };
}

/**
 * Compiles an exception's `match` into one predicate; every field given must match. Written as
 * plain loops with no closure per call: it runs once per finding and exception.
 */
function compileMatch(exception: PolicyException): Matcher {
  const { rule, id, cwe, path, url, fingerprint, tool } = exception.match;
  const tests: Matcher[] = [];
  if (rule !== undefined) tests.push((finding) => finding.ruleId === rule);
  if (id !== undefined) {
    const wanted = id.toLowerCase();
    tests.push((finding) => {
      if (finding.ruleId.toLowerCase() === wanted) return true;
      for (const value of finding.advisoryIds) if (value.toLowerCase() === wanted) return true;
      return false;
    });
  }
  if (cwe !== undefined) {
    const wanted = cwe.toUpperCase();
    tests.push((finding) => {
      for (const value of finding.cwes) if (value.toUpperCase() === wanted) return true;
      return false;
    });
  }
  if (path !== undefined) {
    const glob = picomatch(path, { dot: true });
    // Cached by the path as the finding holds it, so the `./` strip runs once per path too.
    const test = cachedGlob((value) => glob(value.replace(/^(\.\/)+/, '')));
    tests.push((finding) => finding.location.kind === 'file' && test(finding.location.path));
  }
  if (url !== undefined) {
    // A plain URL is a prefix (`https://app.example.com/admin`); with glob characters it is a glob.
    const test = GLOB_CHARACTERS.test(url) ? cachedGlob(picomatch(url, { dot: true })) : (value: string) => value.startsWith(url);
    tests.push((finding) => finding.location.kind === 'url' && test(finding.location.url));
  }
  if (fingerprint !== undefined) tests.push((finding) => finding.fingerprint === fingerprint);
  if (tool !== undefined) {
    const wanted = tool.toLowerCase();
    tests.push((finding) => finding.tool.toLowerCase() === wanted);
  }
  return (finding) => {
    for (const test of tests) if (!test(finding)) return false;
    return true;
  };
}

/** True when the exception's match names one of the block entries the finding hits. */
function namesBlock(exception: PolicyException, hits: readonly BlockHit[]): boolean {
  const { rule, id, cwe } = exception.match;
  return hits.some(
    (hit) =>
      (hit.kind === 'rule' && rule === hit.value) ||
      (hit.kind === 'id' && id?.toLowerCase() === hit.value.toLowerCase()) ||
      (hit.kind === 'cwe' && cwe?.toUpperCase() === hit.value.toUpperCase()),
  );
}

/**
 * The exceptions stage. For each finding, in order: suppressed in its SARIF → `suppressed`;
 * otherwise the first exception that is not expired, matches, covers the finding's severity and,
 * for a blocked finding, names a block entry it hits → `excepted`; otherwise `open`. Exceptions
 * that match but may not apply are listed in `refused` with the reason, so "why did my exception
 * not work" is answered in the report. Suppressed findings do not count as uses of an exception.
 * The items are annotated in place (`disposition`, `blocked`, `exception`) and returned as
 * `findings`: pass what markBaseline made, not objects shared with anything else.
 */
export function applyExceptions(
  findings: readonly BaselinedFinding[],
  exceptions: readonly PolicyException[],
  options: ApplyExceptionsOptions,
): ExceptionsResult {
  const today = options.today;
  const suppressions = options.suppressions ?? 'honor';
  const entries = exceptions.map((exception) => {
    const lastDay = startOfUtcDay(new Date(exception.expiresAt.getTime() - 1));
    const daysLeft = daysFrom(today, lastDay);
    const state: ExceptionState =
      today.getTime() >= exception.expiresAt.getTime() ? 'expired' : daysLeft <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'active';
    return { use: { exception, state, daysLeft, matched: 0 } as ExceptionUse, matches: compileMatch(exception) };
  });
  const refused: RefusedException[] = [];
  const blockOf = compileBlock(options.block);
  // Annotated in place, not copied: with hundreds of thousands of findings a copy each was a
  // large share of the stage's time and memory. The items come from markBaseline and are ours.
  const assessed = findings as AssessedFinding[];
  for (const item of assessed) {
    const blocked = blockOf(item.finding);
    item.blocked = blocked;
    // A suppression the policy does not honor leaves the finding to the exceptions like any other.
    if (suppressionExempts(suppressions, item.finding, item.baseline)) {
      item.disposition = 'suppressed';
      continue;
    }
    let applied: PolicyException | undefined;
    // Refusals only matter for findings that stay open; they are kept once the loop is done.
    let refusals: RefusedException[] | undefined;
    for (const { use, matches } of entries) {
      if (!matches(item.finding)) continue;
      // Expired exceptions count what they would have matched: the report can say what returns.
      if (use.state === 'expired') {
        use.matched += 1;
        continue;
      }
      if (!isAtLeast(use.exception.maxSeverity, item.finding.severity)) {
        (refusals ??= []).push({
          finding: item.finding,
          exception: use.exception,
          why: `the finding is ${item.finding.severity}, but the exception covers findings up to ${use.exception.maxSeverity}`,
        });
        continue;
      }
      if (blocked.length > 0 && !namesBlock(use.exception, blocked)) {
        (refusals ??= []).push({
          finding: item.finding,
          exception: use.exception,
          why: `the finding is blocked (${describeBlockHits(blocked)}); only an exception whose match names that rule, id or cwe applies`,
        });
        continue;
      }
      // Later exceptions that also fit count as used, so overlapping ones are not called unused.
      use.matched += 1;
      applied ??= use.exception;
    }
    if (applied) {
      item.disposition = 'excepted';
      item.exception = applied;
    } else {
      item.disposition = 'open';
      if (refusals) for (const refusal of refusals) refused.push(refusal);
    }
  }
  const uses = entries.map((entry) => entry.use);
  return {
    findings: assessed,
    exceptions: uses,
    used: uses.filter((use) => use.state !== 'expired' && use.matched > 0),
    expiring: uses.filter((use) => use.state === 'expiring'),
    expired: uses.filter((use) => use.state === 'expired'),
    unused: uses.filter((use) => use.state !== 'expired' && use.matched === 0),
    refused,
  };
}

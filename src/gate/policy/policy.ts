import type { Category, Severity } from '../finding.js';

/**
 * The typed security policy (version 1) that every stage after normalization reads. It is the
 * parsed, validated and defaulted form of `security-policy.yml` (see src/gate/POLICY.md): keys are
 * camelCase here, kebab-case in the file.
 */

/** A severity floor: findings at or above it break the gate; `none` never fails by severity. */
export type FailOn = Severity | 'none';

/** The floors a policy can state, from strictest (`info`) to loosest (`none`). */
export const FAIL_ON_VALUES: readonly FailOn[] = ['info', 'low', 'medium', 'high', 'critical', 'none'];

/** What a policy that is extended lets the extending (repository) policy add; see POLICY.md. */
export const DELEGABLE = ['exceptions', 'paths', 'tools'] as const;
export type Delegable = (typeof DELEGABLE)[number];

/**
 * What SARIF `suppressions` (accepted or without status) do, from loosest to strictest. They are
 * written in source code (`// nosemgrep`, `# nosec`, `eslint-disable`), so the change under review
 * can add one for its own new finding; see POLICY.md, "suppressions".
 * - `honor`: a suppressed finding is exempt (reported as suppressed).
 * - `baseline-only`: exempt only when the finding is already in the baseline; a new finding stays
 *   open however it is suppressed, and needs a policy exception.
 * - `ignore`: suppressions are reported but never exempt.
 */
export const SUPPRESSION_MODES = ['honor', 'baseline-only', 'ignore'] as const;
export type SuppressionMode = (typeof SUPPRESSION_MODES)[number];

/** Maximum counts of findings per severity; more than the count fails the gate. */
export type Budgets = Partial<Record<Severity, number>>;

/** Per-category settings; each one overrides the top-level value for that category. */
export interface CategoryPolicy {
  failOn?: FailOn;
  budgets?: Budgets;
}

/** Items that are always a violation, whatever the severity or `new-only`. */
export interface PolicyBlock {
  /** Normalized `CWE-<n>` (upper-case, no leading zeros). */
  cwes: string[];
  /** Rule ids, compared exactly. */
  rules: string[];
  /** Advisory ids (CVE-…, GHSA-…), compared case-insensitively. */
  ids: string[];
}

/** What an exception matches; every field given must match. */
export interface ExceptionMatch {
  rule?: string;
  id?: string;
  /** Normalized `CWE-<n>`. */
  cwe?: string;
  /** A picomatch glob over repository-relative file paths. */
  path?: string;
  /** A URL prefix, or a glob when it holds `*`, `?`, `[` or `{`. */
  url?: string;
  fingerprint?: string;
  tool?: string;
}

/** An approved, time-limited exception to the policy. */
export interface PolicyException {
  match: ExceptionMatch;
  reason: string;
  approvedBy: string;
  /** The expiry as written (`2027-03-01` or an ISO date-time). */
  expires: string;
  /**
   * The instant the exception stops applying: for a date, the end of that day in UTC (the
   * exception still applies on the day written); for a date-time, that instant.
   */
  expiresAt: Date;
  /** The most severe finding the exception may cover (default `critical`, i.e. any). */
  maxSeverity: Severity;
  /** Where it was written, so reports can point at it. */
  source: { file: string; line: number; index: number };
}

export interface Policy {
  version: 1;
  /** The file the policy was read from (or `built-in default`). */
  file: string;
  /** `extends` as written: a path or `owner/repo@ref:path`; resolving it is the caller's job. */
  extends?: string;
  failOn: FailOn;
  categories: Partial<Record<Category, CategoryPolicy>>;
  required: Category[];
  newOnly: boolean;
  /** What in-source SARIF suppressions may exempt; see SuppressionMode. */
  suppressions: SuppressionMode;
  block: PolicyBlock;
  paths: { exclude: string[] };
  /** Tool (driver) name → category; consulted by normalization before the built-ins. */
  tools: Record<string, Category>;
  exceptions: PolicyException[];
  budgets: Budgets;
  maxExceptionDays: Partial<Record<Severity, number>>;
  /** What a policy extending this one may add (see mergePolicies). */
  delegate: Delegable[];
  /** Top-level keys the file stated, so a merge can tell "left at default" from "set". */
  declared: string[];
}

/** The floor that applies to findings of `category` under `policy`. */
export function failOnFor(policy: Pick<Policy, 'failOn' | 'categories'>, category: Category): FailOn {
  return policy.categories[category]?.failOn ?? policy.failOn;
}

/** Orders floors by strictness: negative when `a` is stricter (fails more findings) than `b`. */
export function compareFailOn(a: FailOn, b: FailOn): number {
  return FAIL_ON_VALUES.indexOf(a) - FAIL_ON_VALUES.indexOf(b);
}

/** Orders suppression modes by strictness: positive when `a` is stricter (exempts less) than `b`. */
export function compareSuppressionMode(a: SuppressionMode, b: SuppressionMode): number {
  return SUPPRESSION_MODES.indexOf(a) - SUPPRESSION_MODES.indexOf(b);
}

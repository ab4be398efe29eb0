/**
 * The gate's one model of a finding: what every stage after ingest works on. A SARIF result from
 * any tool is normalized into this shape once (src/gate/normalize*), so scoping, baselines,
 * exceptions, the decision and the reports never look at tool-specific SARIF again.
 */

/** Severities from least to most severe; the order is what `fail-on` floors compare against. */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The kinds of scanning a policy can treat differently. */
export const CATEGORIES = ['sast', 'sca', 'dast', 'secrets', 'iac'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Compares severities: negative when `a` is less severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}

/** True when `severity` is at or above the floor `atLeast`. */
export function isAtLeast(severity: Severity, atLeast: Severity): boolean {
  return compareSeverity(severity, atLeast) >= 0;
}

/** Where a finding is: a file in the repository, a web address (DAST), or nowhere in particular. */
export type FindingLocation =
  | { kind: 'file'; path: string; startLine?: number; endLine?: number; startColumn?: number }
  | { kind: 'url'; url: string }
  | { kind: 'none'; description?: string };

/**
 * A file location with all its properties in place, lines absent as undefined. Findings and their
 * locations are made with every property declared at once (see Finding): V8 keeps declared
 * properties in the object itself, while each property added afterwards costs a separate property
 * array per object. At 300,000 findings that was 600,000 more objects (23 MB) for the garbage
 * collector to copy, on the thread that holds every finding.
 */
export function fileLocation(path: string, startLine: number | undefined, endLine: number | undefined, startColumn: number | undefined): FindingLocation {
  return { kind: 'file', path, startLine, endLine, startColumn };
}

/** The distinct scores sharedScore has seen (scores are few: tools write one decimal from 0 to 10). */
const SCORES = new Map<number, number>();
const MAX_SHARED_SCORES = 10_000;

/**
 * A finding's `securitySeverity` as findings hold it: one number per distinct score, shared. V8
 * keeps a fraction in an object as a number object of its own, so 300,000 findings scored 9.8
 * each held a copy (275,000 more objects for the collector to copy, 4 MB); a number taken from
 * a map is stored as it is, shared. Past MAX_SHARED_SCORES distinct scores, a score is its own.
 */
export function sharedScore(score: number | undefined): number | undefined {
  if (score === undefined) return undefined;
  const shared = SCORES.get(score);
  if (shared !== undefined) return shared;
  if (SCORES.size < MAX_SHARED_SCORES) SCORES.set(score, score);
  return score;
}

/**
 * A finding. Made with every property declared, optional ones undefined when absent (see
 * fileLocation): JSON.stringify and toEqual treat an undefined property as absent.
 */
export interface Finding {
  /** The tool (SARIF `tool.driver.name`) and its version when stated. */
  tool: string;
  toolVersion?: string;
  category: Category;
  /** How the category was decided: 'policy tools map', 'built-in', or 'default'. */
  categorySource: string;
  ruleId: string;
  ruleName?: string;
  /**
   * The result's message text (first line, trimmed to a sensible length). Absent when the
   * message is kept outside the finding (streamLogs keeps them in a MessageStore; read it with
   * findingMessage).
   */
  message?: string;
  severity: Severity;
  /** Where the severity came from, e.g. "rule properties.security-severity 9.8" or "result level error". */
  severitySource: string;
  /** The numeric CVSS-like score when the tool gave one. */
  securitySeverity?: number;
  /** Normalized `CWE-<n>` ids, merged from tags, rule relationships and result taxa. */
  cwes: string[];
  /** Advisory ids (CVE-…, GHSA-…) found in the rule id, tags or properties. */
  advisoryIds: string[];
  location: FindingLocation;
  /** Stable identity across moved lines; the baseline compares on it. */
  fingerprint: string;
  /** 'fingerprints', 'partialFingerprints' or 'computed' (a hash without line numbers). */
  fingerprintSource: 'fingerprints' | 'partialFingerprints' | 'computed';
  /** Suppressed in the SARIF itself (suppressions with status accepted or no status). */
  suppressed: boolean;
  suppressionJustification?: string;
  /** Where the result is in its input, so emit can write the original result back out. */
  origin: { file: string; runIndex: number; resultIndex: number };
}

/** Names one run of one input (`runs[runIndex]` of `file`) as a map key. */
export function runKey(file: string, runIndex: number): string {
  return `${file}\u0000${runIndex}`;
}

/**
 * Something per run, found by a finding's origin. Remembers the run last asked about: callers
 * ask about findings run after run, 300,000 times for a big run.
 */
export class PerRun<T> {
  private readonly values = new Map<string, T>();
  private last: { file: string; runIndex: number; value: T | undefined } | undefined;

  set(file: string, runIndex: number, value: T): void {
    this.values.set(runKey(file, runIndex), value);
    this.last = undefined;
  }

  get(file: string, runIndex: number): T | undefined {
    if (this.last?.file !== file || this.last.runIndex !== runIndex) this.last = { file, runIndex, value: this.values.get(runKey(file, runIndex)) };
    return this.last.value;
  }
}

import type { Severity } from '../finding.js';

/**
 * Severity normalization (issue 3, "Normalization"). The first source that gives an answer wins:
 *  1. result `properties.security-severity`, then the rule's: a number (or numeric string) is
 *     banded like GitHub code scanning (≥9.0 critical, ≥7.0 high, ≥4.0 medium, >0 low, 0 info);
 *     a severity word is mapped (see SEVERITY_WORDS);
 *  2. a severity word in known tool properties (SEVERITY_PROPERTY_KEYS), result before rule;
 *  3. a tag that is exactly a severity word (gosec writes "LOW"), result before rule;
 *  4. result `level`, then the rule's `defaultConfiguration.level`: error → high,
 *     warning → medium, note → low, none → info;
 *  5. otherwise medium.
 * Anything else in those places ("undefined" from Snyk, a negative number) is skipped.
 */

/** A normalized severity and a readable account of where it came from. */
export interface SeverityDecision {
  severity: Severity;
  source: string;
  /** The numeric security-severity when that decided it. */
  score?: number;
}

/** Severity words tools write (compared lower-cased and trimmed). */
export const SEVERITY_WORDS: Readonly<Record<string, Severity>> = {
  critical: 'critical',
  high: 'high',
  medium: 'medium',
  moderate: 'medium',
  low: 'low',
  info: 'info',
};

/** Properties (other than security-severity) where tools put a severity word: Bandit and ShiftLeft scan (`issue_severity`), dependency-check (`severity`). */
export const SEVERITY_PROPERTY_KEYS = ['issue_severity', 'severity'] as const;

/** SARIF levels and the severity each stands for. */
export const LEVEL_SEVERITY: Readonly<Record<string, Severity>> = {
  error: 'high',
  warning: 'medium',
  note: 'low',
  none: 'info',
};

/** The severity a security-severity score falls in, or undefined when it is not a usable score. */
export function severityFromScore(score: number): Severity | undefined {
  if (!Number.isFinite(score) || score < 0) return undefined;
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}

/** The severity a word stands for, or undefined. */
export function severityFromWord(value: unknown): Severity | undefined {
  if (typeof value !== 'string') return undefined;
  return SEVERITY_WORDS[value.trim().toLowerCase()];
}

/** Reads a `security-severity` value: a number, a numeric string or a severity word. */
export function fromSecuritySeverity(value: unknown, where: string): SeverityDecision | undefined {
  if (value === undefined || value === null) return undefined;
  const score = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  const banded = severityFromScore(score);
  if (banded !== undefined) return { severity: banded, source: `${where}.security-severity ${score}`, score };
  const word = severityFromWord(value);
  if (word !== undefined) return { severity: word, source: `${where}.security-severity "${String(value)}"` };
  return undefined;
}

/** Reads the known severity properties of a property bag. */
export function fromSeverityProperties(properties: Record<string, unknown> | undefined, where: string): SeverityDecision | undefined {
  if (properties === undefined) return undefined;
  for (const key of SEVERITY_PROPERTY_KEYS) {
    const word = severityFromWord(properties[key]);
    if (word !== undefined) return { severity: word, source: `${where}.${key} "${String(properties[key])}"` };
  }
  return undefined;
}

/** Reads the first tag that is a severity word. */
export function fromSeverityTags(tags: unknown, where: string): SeverityDecision | undefined {
  if (!Array.isArray(tags)) return undefined;
  for (const tag of tags) {
    const word = severityFromWord(tag);
    if (word !== undefined) return { severity: word, source: `${where} tag "${String(tag)}"` };
  }
  return undefined;
}

/** Reads a SARIF level. */
export function fromLevel(level: unknown, where: string): SeverityDecision | undefined {
  if (typeof level !== 'string') return undefined;
  const severity = LEVEL_SEVERITY[level];
  return severity === undefined ? undefined : { severity, source: `${where} ${level}` };
}

/** What a rule contributes, computed once per rule (results are many, rules few). */
export interface RuleSeverityFacts {
  securitySeverity?: SeverityDecision;
  property?: SeverityDecision;
  tag?: SeverityDecision;
  level?: SeverityDecision;
}

/** Precomputes a rule's severity candidates. */
export function ruleSeverityFacts(properties: Record<string, unknown> | undefined, defaultLevel: unknown): RuleSeverityFacts {
  return {
    securitySeverity: fromSecuritySeverity(properties?.['security-severity'], 'rule properties'),
    property: fromSeverityProperties(properties, 'rule properties'),
    tag: fromSeverityTags(properties?.tags, 'rule'),
    level: fromLevel(defaultLevel, 'rule defaultConfiguration.level'),
  };
}

const DEFAULT_SEVERITY: SeverityDecision = { severity: 'medium', source: 'default (no severity or level given)' };

/** Decides a result's severity from its own properties and level and its rule's precomputed facts. */
export function decideSeverity(
  resultProperties: Record<string, unknown> | undefined,
  resultLevel: unknown,
  rule: RuleSeverityFacts | undefined,
): SeverityDecision {
  return (
    (resultProperties && fromSecuritySeverity(resultProperties['security-severity'], 'result properties')) ||
    rule?.securitySeverity ||
    fromSeverityProperties(resultProperties, 'result properties') ||
    rule?.property ||
    (resultProperties && fromSeverityTags(resultProperties.tags, 'result')) ||
    rule?.tag ||
    fromLevel(resultLevel, 'result level') ||
    rule?.level ||
    DEFAULT_SEVERITY
  );
}

import type { Finding, Severity } from '../finding.js';

/**
 * The score written as `security-severity` for a severity that came without a number: the middle
 * of GitHub's band (over 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low), so code
 * scanning shows the same severity the gate judged.
 */
export const SEVERITY_SCORES: Readonly<Record<Severity, number>> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  info: 0.0,
};

/** The numeric score of a finding: the tool's own when it gave one, else its band's score. */
export function scoreOf(finding: Finding): number {
  const own = finding.securitySeverity;
  return own !== undefined && Number.isFinite(own) && own >= 0 && own <= 10 ? own : SEVERITY_SCORES[finding.severity];
}

/**
 * The score as code scanning wants it in SARIF: a string holding a decimal number ("7.5"), as
 * CodeQL writes it. A word such as "Medium" makes the upload fail ("invalid security severity
 * value, is not a number"), which is why every carried-over rule gets its value rewritten.
 */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** True when a SARIF `security-severity` value is one code scanning accepts (a number 0–10). */
export function isValidScore(value: unknown): boolean {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) && number >= 0 && number <= 10;
}

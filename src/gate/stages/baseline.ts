import type { Finding } from '../finding.js';

/** Whether a finding was already there before the change under test. */
export type BaselineState = 'new' | 'existing';

/** A finding with its baseline state. */
export interface BaselinedFinding {
  finding: Finding;
  baseline: BaselineState;
}

/**
 * The baseline stage: a finding whose fingerprint is in the baseline is `existing`, any other is
 * `new`. Without a baseline (undefined), every finding is new, so `new-only` changes nothing.
 * Fingerprints never include line numbers (see normalization), so a finding that only moved
 * stays existing. The caller loads the set from a SARIF or a previous gate report.
 */
export function markBaseline(findings: readonly Finding[], baseline: ReadonlySet<string> | undefined): BaselinedFinding[] {
  return findings.map((finding) => ({
    finding,
    baseline: baseline?.has(finding.fingerprint) ? 'existing' : 'new',
    // What the exceptions stage and decide annotate in place (AssessedFinding), declared now so
    // every item keeps its properties in the object (see fileLocation in src/gate/finding.ts).
    disposition: undefined,
    blocked: undefined,
    exception: undefined,
    violation: undefined,
  }));
}

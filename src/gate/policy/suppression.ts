import type { Finding } from '../finding.js';
import type { SuppressionMode } from './policy.js';

/** Whether a finding was already there before the change under test (as the baseline stage says). */
type BaselineState = 'new' | 'existing';

/**
 * Whether a finding's SARIF suppression exempts it from the gate under `mode` (see POLICY.md,
 * "suppressions"). A finding that is not suppressed in its SARIF is never exempt here.
 * - `honor`: every suppressed finding is exempt.
 * - `baseline-only`: only a suppressed finding that is `existing` in the baseline; a new one stays
 *   open, because its suppression was written in the change under review. Without a baseline every
 *   finding is new, so no suppression exempts.
 * - `ignore`: none; the suppression is still reported.
 * Pure, so the exceptions stage asks it once per finding and tests can ask it directly.
 */
export function suppressionExempts(mode: SuppressionMode, finding: Pick<Finding, 'suppressed'>, baseline: BaselineState): boolean {
  if (!finding.suppressed) return false;
  switch (mode) {
    case 'honor':
      return true;
    case 'baseline-only':
      return baseline === 'existing';
    case 'ignore':
      return false;
  }
}

/**
 * Why a suppressed finding stayed open, for the report and summary ("suppressed in the SARIF, but
 * …"); undefined when the suppression exempted it or there is none.
 */
export function suppressionRefusal(mode: SuppressionMode, finding: Pick<Finding, 'suppressed'>, baseline: BaselineState): string | undefined {
  if (!finding.suppressed || suppressionExempts(mode, finding, baseline)) return undefined;
  return mode === 'ignore'
    ? 'the finding is suppressed in its SARIF, but the policy sets `suppressions: ignore`; only a policy exception can except it'
    : 'the finding is suppressed in its SARIF, but it is new and the policy sets `suppressions: baseline-only`; only a policy exception can except it';
}

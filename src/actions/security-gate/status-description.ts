/**
 * The one-line verdict for the commit status (GitHub shows at most 140 characters), e.g.
 * "2 violations: 1 critical sast, 1 high sca". Pure.
 */
import { SEVERITIES } from '../../gate/finding.js';
import type { GateReport } from '../../gate/emit/report.js';
import type { CommitStatusState } from '../../github/statuses.js';
import { plural } from '../../report/words.js';

/** The status to set for a report: state and description. */
export function verdictStatus(report: Pick<GateReport, 'verdict' | 'mode' | 'counts' | 'violations' | 'reasons'>): {
  state: CommitStatusState;
  description: string;
} {
  if (report.verdict === 'pass') {
    const open = report.counts.findings;
    return { state: 'success', description: open === 0 ? 'passed: no open findings' : `passed: ${plural(open, 'open finding')}, none violates the policy` };
  }
  const what = failureText(report);
  // warn mode never blocks: a required status must not fail where the step itself does not.
  if (report.mode === 'warn') return { state: 'success', description: `warn mode, not enforced: ${what}` };
  return { state: 'failure', description: what };
}

function failureText(report: Pick<GateReport, 'counts' | 'violations' | 'reasons'>): string {
  const count = report.counts.violations;
  if (count === 0) return report.reasons[0] ?? 'failed';
  // Most severe first, then by category name, so the text is stable across runs.
  const groups = new Map<string, { rank: number; n: number }>();
  for (const violation of report.violations) {
    const key = `${violation.severity} ${violation.category}`;
    const group = groups.get(key) ?? { rank: SEVERITIES.indexOf(violation.severity), n: 0 };
    group.n += 1;
    groups.set(key, group);
  }
  const parts = [...groups.entries()]
    .sort(([a, x], [b, y]) => y.rank - x.rank || a.localeCompare(b))
    .map(([key, group]) => `${group.n} ${key}`);
  return `${plural(count, 'violation')}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}

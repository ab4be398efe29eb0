import type { Annotation } from '../../report/annotations.js';
import { SEVERITIES } from '../finding.js';
import type { Violation } from '../stages/decide.js';
import { isAbsolute } from './location-text.js';
import { scoreOf } from './security-severity.js';

/**
 * One error annotation per violating finding that has a file location (URL and location-less
 * findings have nowhere to be placed; the summary lists them). `severityRank` orders by severity
 * first and score second, so capAnnotations keeps the most severe. Absolute paths (outside the
 * workspace) are skipped: GitHub can only place annotations on repository files.
 */
export function violationAnnotations(violations: readonly Violation[]): Annotation[] {
  const annotations: Annotation[] = [];
  for (const { finding, why } of violations) {
    const location = finding.location;
    if (location.kind !== 'file' || isAbsolute(location.path)) continue;
    const cwe = finding.cwes.length > 0 ? ` (${finding.cwes.join(', ')})` : '';
    const annotation: Annotation = {
      level: 'error',
      title: `${finding.severity} ${finding.ruleId}${cwe}`,
      message: `${finding.message}\n${finding.tool}: ${why}; severity from ${finding.severitySource}`,
      file: location.path,
      // Severity band dominates; the score (0–10) breaks ties within a band.
      severityRank: SEVERITIES.indexOf(finding.severity) * 100 + scoreOf(finding),
    };
    if (location.startLine !== undefined) annotation.startLine = location.startLine;
    if (location.endLine !== undefined) annotation.endLine = location.endLine;
    if (location.startColumn !== undefined && (location.endLine === undefined || location.endLine === location.startLine)) {
      annotation.startColumn = location.startColumn;
    }
    annotations.push(annotation);
  }
  return annotations;
}

import { ANNOTATIONS_PER_LEVEL, type Annotation } from '../../report/annotations.js';
import { SEVERITIES } from '../finding.js';
import { findingMessage, type MessageSource } from '../normalize/run-texts.js';
import type { Violation } from '../stages/decide.js';
import { isAbsolute } from './location-text.js';
import { scoreOf } from './security-severity.js';

/**
 * One error annotation per violating finding that has a file location (URL and location-less
 * findings have nowhere to be placed; the summary lists them). `severityRank` orders by severity
 * first and score second, so capAnnotations keeps the most severe. Absolute paths (outside the
 * workspace) are skipped: GitHub can only place annotations on repository files.
 */
export function violationAnnotations(violations: readonly Violation[], messages?: MessageSource): Annotation[] {
  const annotations: Annotation[] = [];
  for (const violation of violations) if (hasRepositoryFile(violation)) annotations.push(annotationOf(violation, messages));
  return annotations;
}

/** What annotations GitHub would show and how many it would drop, for errors. */
export interface ChosenAnnotations {
  /** At most `limit`, in the order capAnnotations would emit them (highest rank first, ties in input order). */
  annotations: Annotation[];
  /** Violations with a repository file that were not chosen. */
  omitted: number;
}

/**
 * The annotations capAnnotations would keep from violationAnnotations(violations), and how many
 * it would drop, without building the others: a SARIF with 200,000 violations made 200,000
 * annotations (messages and all) only for the action to show ten. `messages`: where the messages
 * of findings that have none of their own are (see Finding.message).
 */
export function mostSevereAnnotations(violations: readonly Violation[], limit: number = ANNOTATIONS_PER_LEVEL, messages?: MessageSource): ChosenAnnotations {
  // The chosen ones, best first; a later violation only enters with a strictly higher rank, so
  // ties keep input order as the stable sort in capAnnotations does.
  const chosen: { violation: Violation; rank: number }[] = [];
  let eligible = 0;
  for (const violation of violations) {
    if (!hasRepositoryFile(violation)) continue;
    eligible += 1;
    if (limit <= 0) continue;
    // A score is at most 10, so a band's ranks are at most band × 100 + 10: most of a long list
    // is ruled out by its severity alone, without working out the score.
    if (chosen.length === limit && bandOf(violation.finding) * 100 + 10 <= chosen[chosen.length - 1]!.rank) continue;
    const rank = rankOf(violation.finding);
    if (chosen.length === limit && rank <= chosen[chosen.length - 1]!.rank) continue;
    let at = chosen.length;
    while (at > 0 && chosen[at - 1]!.rank < rank) at -= 1;
    chosen.splice(at, 0, { violation, rank });
    if (chosen.length > limit) chosen.pop();
  }
  return { annotations: chosen.map((entry) => annotationOf(entry.violation, messages)), omitted: eligible - chosen.length };
}

function hasRepositoryFile({ finding }: Violation): boolean {
  return finding.location.kind === 'file' && !isAbsolute(finding.location.path);
}

function bandOf(finding: Violation['finding']): number {
  return SEVERITIES.indexOf(finding.severity);
}

/** Severity band dominates; the score (0–10) breaks ties within a band. */
function rankOf(finding: Violation['finding']): number {
  return bandOf(finding) * 100 + scoreOf(finding);
}

function annotationOf({ finding, violation }: Violation, messages: MessageSource | undefined): Annotation {
  const location = finding.location as Extract<Violation['finding']['location'], { kind: 'file' }>;
  const cwe = finding.cwes.length > 0 ? ` (${finding.cwes.join(', ')})` : '';
  const annotation: Annotation = {
    level: 'error',
    title: `${finding.severity} ${finding.ruleId}${cwe}`,
    message: `${findingMessage(finding, messages)}\n${finding.tool}: ${violation}; severity from ${finding.severitySource}`,
    file: location.path,
    severityRank: rankOf(finding),
  };
  if (location.startLine !== undefined) annotation.startLine = location.startLine;
  if (location.endLine !== undefined) annotation.endLine = location.endLine;
  if (location.startColumn !== undefined && (location.endLine === undefined || location.endLine === location.startLine)) {
    annotation.startColumn = location.startColumn;
  }
  return annotation;
}

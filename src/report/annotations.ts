/**
 * Annotations (the error/warning/notice marks GitHub shows on a run and on changed lines) and
 * GitHub's cap on them: a step shows at most 10 of each level, and silently drops the rest. So
 * we choose which 10 (the most severe) and count the others for the summary. Pure.
 */

/** The three annotation levels GitHub has. */
export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** One annotation, as the runtime emits it. */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  /** Path relative to the repository root, so GitHub can place it on the file. */
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  /** Higher is more severe within the level (e.g. a CVSS score); unset counts as 0. */
  severityRank?: number;
}

/** How many annotations of each level were not emitted. */
export interface OmittedCounts {
  error: number;
  warning: number;
  notice: number;
}

/** GitHub's per-step cap for each annotation level. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

/**
 * Keeps at most `perLevel` annotations of each level: the highest severityRank first, ties in the
 * order given (Array.prototype.sort is stable). The result lists errors, then warnings, then
 * notices.
 */
export function capAnnotations(
  list: readonly Annotation[],
  perLevel: number = ANNOTATIONS_PER_LEVEL,
): { emitted: Annotation[]; omitted: OmittedCounts } {
  const emitted: Annotation[] = [];
  const omitted: OmittedCounts = { error: 0, warning: 0, notice: 0 };
  for (const level of LEVELS) {
    const ofLevel = list
      .filter((annotation) => annotation.level === level)
      .sort((a, b) => (b.severityRank ?? 0) - (a.severityRank ?? 0));
    const keep = Math.max(0, perLevel);
    emitted.push(...ofLevel.slice(0, keep));
    omitted[level] = Math.max(0, ofLevel.length - keep);
  }
  return { emitted, omitted };
}

const NOUNS: Record<AnnotationLevel, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  notice: ['notice', 'notices'],
};

/**
 * One sentence for the summary about what was not annotated, e.g. "12 more errors not annotated
 * (GitHub shows at most 10 per level per step); see the summary table". Empty when nothing was
 * left out, so callers can add it unconditionally.
 */
export function omittedNote(omitted: OmittedCounts, perLevel: number = ANNOTATIONS_PER_LEVEL): string {
  const parts = LEVELS.filter((level) => omitted[level] > 0).map((level) => {
    const count = omitted[level];
    return `${count} more ${NOUNS[level][count === 1 ? 0 : 1]}`;
  });
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}`;
  return `${list} not annotated (GitHub shows at most ${perLevel} per level per step); see the summary table`;
}

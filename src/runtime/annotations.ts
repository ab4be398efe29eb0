import * as core from '@actions/core';
import { ANNOTATIONS_PER_LEVEL, capAnnotations } from '../report/annotations.js';
import type { Annotation, OmittedCounts } from '../report/annotations.js';

/**
 * Emits annotations through the runner, at most `perLevel` per level (GitHub's cap is 10 per
 * step), most severe first, and returns how many of each level were left out so the summary can
 * say so (see omittedNote in src/report/annotations.ts).
 */
export function emitAnnotations(list: readonly Annotation[], perLevel: number = ANNOTATIONS_PER_LEVEL): OmittedCounts {
  const { emitted, omitted } = capAnnotations(list, perLevel);
  for (const annotation of emitted) {
    const properties: core.AnnotationProperties = {};
    // Only set what is known: an explicit `undefined` property would still be sent as `key=`.
    if (annotation.title !== undefined) properties.title = annotation.title;
    if (annotation.file !== undefined) properties.file = annotation.file;
    if (annotation.startLine !== undefined) properties.startLine = annotation.startLine;
    if (annotation.endLine !== undefined) properties.endLine = annotation.endLine;
    if (annotation.startColumn !== undefined) properties.startColumn = annotation.startColumn;
    core[annotation.level](annotation.message, properties);
  }
  return omitted;
}

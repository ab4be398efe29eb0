import type { FindingLocation } from '../finding.js';

/**
 * A finding's location in one short string for reports and tables: `src/app.ts:10`, a URL, the
 * logical location's description, or `(no location)`. Plain text: callers escape it for Markdown.
 */
export function locationText(location: FindingLocation): string {
  switch (location.kind) {
    case 'file':
      return location.startLine === undefined ? location.path : `${location.path}:${location.startLine}`;
    case 'url':
      return location.url;
    case 'none':
      return location.description ?? '(no location)';
  }
}

/**
 * True for a path normalization left absolute (POSIX, drive letter or UNC): it is outside the
 * workspace, so there is no repository file to link, annotate or upload it against.
 */
export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

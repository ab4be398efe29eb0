/**
 * The rules for a path inside a package, checked when packing (a ConfigurationError for the
 * file) and again when unpacking (an archive that breaks them is refused). A path that passes can
 * be joined below any directory on Linux, macOS or Windows without leaving it.
 */

/** Why `archivePath` cannot be a path in a package, or undefined when it can. */
export function archivePathProblem(archivePath: string): string | undefined {
  if (archivePath === '') return 'it is empty';
  if (archivePath.includes('\0')) return 'it contains a NUL character';
  if (archivePath.startsWith('/')) return 'it is absolute';
  // A backslash is a separator on Windows, so "a\..\..\x" would escape there even though it is one name here.
  if (archivePath.includes('\\')) return 'it contains a backslash, which Windows reads as a folder separator';
  if (/^[A-Za-z]:/.test(archivePath)) return 'it starts with a drive letter';
  for (const segment of archivePath.split('/')) {
    if (segment === '') return 'it has an empty segment (a doubled or trailing "/")';
    if (segment === '.' || segment === '..') return `it has a "${segment}" segment`;
  }
  return undefined;
}

/** Orders archive paths by their UTF-8 bytes: the order of entries in a package, the same on every machine and locale. */
export function compareArchivePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

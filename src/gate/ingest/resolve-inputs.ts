import { resolvePaths, type PathFs } from '../../files/resolve-paths.js';

/** File names a directory input picks up. */
export function isSarifFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith('.sarif') || lower.endsWith('.sarif.json');
}

/**
 * Turns the `sarif` input's entries (files, directories, globs) into a sorted, de-duplicated list
 * of absolute file paths. Relative entries and globs are taken from `workspace`.
 *
 * An entry that matches nothing is a ConfigurationError naming the entry: a typo in a filter must
 * not silently exclude everything (microsoft/sarif-tools#87), and a scanner that wrote nothing must
 * not pass the gate. A directory with no `*.sarif` / `*.sarif.json` below it is an error too.
 * The walking, globbing and link rules are shared with build-once (src/files/resolve-paths.ts).
 */
export async function resolveSarifInputs(patterns: string[], workspace: string, fs?: PathFs): Promise<string[]> {
  const files = await resolvePaths(patterns, {
    input: 'sarif',
    what: 'SARIF',
    producedBy: 'that the scanner step ran and wrote its SARIF there',
    workspace,
    directoryFiles: { accepts: isSarifFileName, description: '*.sarif or *.sarif.json file' },
    links: 'follow-files',
    ...(fs ? { fs } : {}),
  });
  return files.map((file) => file.absolute);
}

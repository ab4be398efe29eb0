import picomatch from 'picomatch';
import type { Finding } from '../finding.js';

/** A finding left out by `paths.exclude`, with the glob that left it out. */
export interface ExcludedFinding {
  finding: Finding;
  glob: string;
}

/** What scoping kept and what it excluded (the report lists both). */
export interface ScopeResult {
  kept: Finding[];
  excluded: ExcludedFinding[];
}

/** Paths as normalization writes them, minus a leading `./` some tools keep. */
function repositoryPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * `paths.exclude` compiled once for many findings: the glob that excludes a finding, or null.
 * A big SARIF has many results per file, so each distinct path is matched once.
 */
export function compileScope(exclude: readonly string[]): (finding: Finding) => string | null {
  if (exclude.length === 0) return () => null;
  const matchers = exclude.map((glob) => ({ glob, test: picomatch(glob, { dot: true }) }));
  const globOf = new Map<string, string | null>();
  return (finding) => {
    const location = finding.location;
    if (location.kind !== 'file') return null;
    let glob = globOf.get(location.path);
    if (glob === undefined) {
      const path = repositoryPath(location.path);
      glob = matchers.find((matcher) => matcher.test(path))?.glob ?? null;
      globOf.set(location.path, glob);
    }
    return glob;
  };
}

/**
 * The scope stage: drops findings whose file path matches a `paths.exclude` glob (picomatch,
 * dotfiles included so `**` means everything below). Findings at a URL or with no location are
 * never excluded by path: a DAST finding or a container-image finding has no file to exclude,
 * and guessing one would hide it.
 */
export function applyScope(findings: readonly Finding[], exclude: readonly string[]): ScopeResult {
  const result: ScopeResult = { kept: [], excluded: [] };
  const globOf = compileScope(exclude);
  for (const finding of findings) {
    const glob = globOf(finding);
    if (glob !== null) result.excluded.push({ finding, glob });
    else result.kept.push(finding);
  }
  return result;
}

import { CATEGORIES, type Category } from '../finding.js';

/**
 * Which category a tool's findings belong to: the policy's `tools` map first, then the built-in
 * list below, else `sast`. Tool names are compared after folding case and punctuation, because
 * tools spell themselves many ways ("CodeQL command-line toolchain", "Semgrep OSS", "OWASP
 * Dependency-Check", "nodejsscan").
 */

/** The decided category and how ("policy tools map", "built-in" or "default", as Finding.categorySource says). */
export interface CategoryDecision {
  category: Category;
  source: 'policy tools map' | 'built-in' | 'default';
}

/**
 * Built-in tools, most specific first. Each pattern is matched against the folded tool name
 * (lower case, runs of non-alphanumerics as one space, padded with spaces) so " zap " is a word.
 */
const BUILT_INS: ReadonlyArray<readonly [pattern: string, category: Category]> = [
  // SAST first where a vendor also ships SCA or DAST (Snyk Code vs Snyk Open Source).
  [' snyk code ', 'sast'],
  [' snykcode ', 'sast'],
  [' codeql ', 'sast'],
  [' lgtm ', 'sast'],
  [' semgrep ', 'sast'],
  [' eslint ', 'sast'],
  [' bandit ', 'sast'],
  [' gosec ', 'sast'],
  [' njsscan ', 'sast'],
  [' nodejsscan ', 'sast'],
  [' bearer ', 'sast'],
  [' spotbugs ', 'sast'],
  [' flawfinder ', 'sast'],
  [' biome ', 'sast'],
  [' oxlint ', 'sast'],
  [' trivy ', 'sca'],
  [' grype ', 'sca'],
  [' snyk ', 'sca'],
  [' osv scanner ', 'sca'],
  [' osv ', 'sca'],
  [' dependency check ', 'sca'],
  [' govulncheck ', 'sca'],
  [' npm audit ', 'sca'],
  [' zap ', 'dast'],
  [' zaproxy ', 'dast'],
  [' nuclei ', 'dast'],
  [' mayhem for api ', 'dast'],
  [' mapi ', 'dast'],
  [' axe ', 'dast'],
  [' axe core ', 'dast'],
  [' gitleaks ', 'secrets'],
  [' secretlint ', 'secrets'],
  [' checkov ', 'iac'],
  [' kics ', 'iac'],
  [' tfsec ', 'iac'],
  [' hadolint ', 'iac'],
  [' dockle ', 'iac'],
];

/** Lower case, punctuation folded to single spaces, padded so patterns can require word edges. */
export function foldToolName(name: string): string {
  return ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/** The built-in category of a tool name, if it is a tool we know. */
export function builtInCategory(toolName: string): Category | undefined {
  const folded = foldToolName(toolName);
  for (const [pattern, category] of BUILT_INS) if (folded.includes(pattern)) return category;
  return undefined;
}

/** True when `value` is one of the five categories. */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (CATEGORIES as readonly string[]).includes(value);
}

/**
 * Decides a run's category from its driver name. `toolCategories` is the policy's `tools` map;
 * its keys match the driver name exactly ignoring case, or after folding punctuation.
 */
export function decideCategory(toolName: string, toolCategories: Readonly<Record<string, Category>> = {}): CategoryDecision {
  const lower = toolName.trim().toLowerCase();
  const folded = foldToolName(toolName);
  let folding: Category | undefined;
  for (const [key, category] of Object.entries(toolCategories)) {
    if (key.trim().toLowerCase() === lower) return { category, source: 'policy tools map' };
    if (folding === undefined && foldToolName(key) === folded) folding = category;
  }
  if (folding !== undefined) return { category: folding, source: 'policy tools map' };
  const builtIn = builtInCategory(toolName);
  if (builtIn !== undefined) return { category: builtIn, source: 'built-in' };
  return { category: 'sast', source: 'default' };
}

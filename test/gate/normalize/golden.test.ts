import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, normalizeCorpusFile } from './corpus.js';

/**
 * Golden tests for the tricky files named in ../shared/corpus/sarif/SOURCES.md. The golden files
 * under test/gate/golden/ are our output (a few fields per finding), not copies of the SARIF.
 * Regenerate after an intended change with UPDATE_GOLDEN=1 and review the diff.
 */
const GOLDEN_DIR = path.resolve(process.cwd(), 'test/gate/golden');
/** Large files keep their first findings per run; the counts are pinned in corpus.test.ts. */
const MAX_PER_RUN = 20;

const TRICKY: Record<string, string> = {
  'semgrep/semgrep-oss-1.69.0.sarif': 'semgrep word severity, fingerprints, CWE tags',
  'snyk/snyk-oss-npm-two-vuln-deps.sarif': 'Snyk: severity only in the level',
  'snyk/snyk-oss-all-projects-multirun.sarif': 'Snyk: several runs, one empty',
  'gosec/gosec-cwe-taxonomy.sarif': 'gosec: severity in tags, CWE through the taxonomy',
  'bandit/bandit-todo-list-aws.sarif': 'Bandit: severity in result properties',
  'bearer/bearer-juice-shop-snapshot.sarif': 'Bearer: ruleId not in rules[]',
  'nuclei/nuclei-cve-2019-8451.sarif': 'Nuclei: empty uri, URL in the message, wrong ruleIndex',
  'dependency-check/dependency-check-6.1.2.sarif': 'dependency-check: no rules, severity property, file://// URIs',
  'mayhem/mayhem-code-2.12-taxa.sarif': 'Mayhem: CWE in result taxa',
  'mayhem/mayhem-api-2.31-dast.sarif': 'Mayhem for API: unknown-file locations',
  'eslint/eslint-8.56.0-suppressions.sarif': 'ESLint: inSource suppressions without status',
  'spec-examples/sarif-2.1-appendix-k-comprehensive.sarif': 'appendix K: originalUriBaseIds chain',
  'spec-examples/sarif-2.1-appendix-k3-logical-only.sarif': 'logical location only',
  'dockle/dockle-0.3.15-no-locations.sarif': 'Dockle: no locations',
  'gitleaks/gitleaks-empty-runs.sarif': 'gitleaks: runs: []',
  'generated-here/axe-core-4.14.1-dynamic-page.sarif': 'axe: 97 results, 11 failures, URL locations',
  'codeql/lgtm-1.26-multirun-export.sarif': 'LGTM: two runs of one tool',
  'generated-here/eslint-9.39.5-security-plugin.sarif': 'ESLint 9: file:// URIs under the workspace',
  'generated-here/biome-2.6.8.sarif': 'Biome: absolute paths without a scheme',
  'trivy/trivy-0.9.2-no-locations.sarif': 'Trivy: no locations, CVE in the rule id',
  'flawfinder/flawfinder-2.0.19.sarif': 'Flawfinder: CWE relationships, a pass result',
};

function goldenOf(name: string): unknown {
  const { runs, findings } = normalizeCorpusFile(name);
  return {
    file: name,
    runs: runs.map((run) => ({
      tool: run.tool,
      category: run.category,
      categorySource: run.categorySource,
      resultsTotal: run.resultsTotal,
      findings: run.findings,
      suppressed: run.suppressed,
      kinds: Object.fromEntries(Object.entries(run.kinds).filter(([, count]) => count > 0)),
    })),
    findings: findings
      .filter((finding) => finding.origin.resultIndex < MAX_PER_RUN)
      .map((finding) => ({
        run: finding.origin.runIndex,
        result: finding.origin.resultIndex,
        tool: finding.tool,
        ruleId: finding.ruleId,
        severity: finding.severity,
        severitySource: finding.severitySource,
        category: finding.category,
        cwes: finding.cwes,
        advisoryIds: finding.advisoryIds,
        location: finding.location,
        fingerprintSource: finding.fingerprintSource,
        suppressed: finding.suppressed,
      })),
  };
}

(existsSync(CORPUS) ? describe : describe.skip)('golden normalized findings', () => {
  it.each(Object.entries(TRICKY))('%s (%s)', (name) => {
    const goldenFile = path.join(GOLDEN_DIR, `${name.replaceAll('/', '__')}.json`);
    const actual = goldenOf(name);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile, `${JSON.stringify(actual, null, 1)}\n`);
    expect(existsSync(goldenFile)).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(goldenFile, 'utf8')));
  });
});

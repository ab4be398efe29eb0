import { existsSync } from 'node:fs';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { CORPUS, corpusFiles, normalizeCorpusFile } from './corpus.js';

/**
 * Every file in the shared corpus is ingested without a crash. The counts below were computed
 * once and checked against the files themselves (results per run, their `kind`, and the
 * `suppressions` present), then pinned.
 * [findings (kind fail, suppressed included), suppressed, non-fail kinds, results per run]
 */
type Expected = [findings: number, suppressed: number, nonFail: Record<string, number>, resultsPerRun: number[]];

const SARIF: Record<string, Expected> = {
  'bandit/bandit-todo-list-aws.sarif': [1, 0, {}, [1]],
  'bearer/bearer-juice-shop-snapshot.sarif': [52, 0, {}, [52]],
  'checkov/checkov-2.0.418.sarif': [20, 0, {}, [20]],
  'codeql/codeql-2.5.4-defectdojo.sarif': [72, 0, {}, [72]],
  'codeql/codeql-action-valid-multirun.sarif': [3, 0, {}, [1, 2]],
  'codeql/codeql-cli-2.0-no-fingerprints.sarif': [1, 0, {}, [1]],
  'codeql/lgtm-1.26-multirun-export.sarif': [510, 0, {}, [58, 452]],
  'dependency-check/dependency-check-6.1.2.sarif': [13, 0, {}, [13]],
  'dockle/dockle-0.3.15-no-locations.sarif': [4, 0, {}, [4]],
  'eslint/eslint-8.56.0-suppressions.sarif': [12, 12, {}, [12]],
  'flawfinder/flawfinder-2.0.19.sarif': [53, 0, { pass: 1 }, [54]],
  'generated-here/axe-core-4.14.1-dynamic-page.sarif': [11, 0, { pass: 12, open: 1, notApplicable: 73 }, [97]],
  'generated-here/biome-2.6.8.sarif': [12, 0, {}, [12]],
  'generated-here/eslint-9.39.5-security-plugin.sarif': [11, 2, {}, [11]],
  'generated-here/oxlint-1.94.0.sarif': [1, 0, {}, [1]],
  'generated-here/secretlint-12.0.0.sarif': [4, 0, {}, [4]],
  'gitleaks/gitleaks-7.x-defectdojo.sarif': [8, 0, {}, [8]],
  'gitleaks/gitleaks-8-simple.sarif': [1, 0, {}, [1]],
  'gitleaks/gitleaks-empty-runs.sarif': [0, 0, {}, []],
  'gosec/gosec-cwe-taxonomy.sarif': [7, 0, {}, [7]],
  'govulncheck/govulncheck-1.3.0.sarif': [3, 0, {}, [3]],
  'grype/grype-0.34.7-cxf.sarif': [22, 0, {}, [22]],
  'grype/grype-directory-golden.sarif': [2, 0, {}, [2]],
  'grype/grype-image-golden.sarif': [2, 0, {}, [2]],
  'hadolint/hadolint-2.12.0-empty.sarif': [0, 0, {}, [0]],
  'mayhem/mayhem-api-2.31-dast.sarif': [20, 0, {}, [20]],
  'mayhem/mayhem-code-2.12-taxa.sarif': [8, 0, {}, [8]],
  'njsscan/njsscan-0.2.3.sarif': [2, 0, {}, [2]],
  'nuclei/nuclei-cve-2019-8451.sarif': [1, 0, {}, [1]],
  'osv-scanner/osv-scanner-2.3.0-empty.sarif': [0, 0, {}, [0]],
  'semgrep/semgrep-oss-1.69.0.sarif': [77, 0, {}, [77]],
  'shiftleft-scan/scan-shellcheck-baselinestate.sarif': [27, 0, {}, [27]],
  'snyk/snyk-oss-all-projects-multirun.sarif': [6, 0, {}, [0, 2, 2, 2]],
  'snyk/snyk-oss-npm-two-vuln-deps.sarif': [7, 0, {}, [7]],
  'spec-examples/sarif-2.1-appendix-k-comprehensive.sarif': [1, 1, {}, [1]],
  'spec-examples/sarif-2.1-appendix-k3-logical-only.sarif': [1, 0, {}, [1]],
  'spotbugs/spotbugs-4.4.0-logical.sarif': [56, 0, {}, [56]],
  'trivy/trivy-0.9.2-no-locations.sarif': [12, 0, {}, [12]],
  'trivy/trivy-alpine-310-golden.sarif': [4, 0, {}, [4]],
};

/** Files in the corpus that are not SARIF logs, and what the error says. */
const NOT_SARIF: Record<string, RegExp> = {
  'schema/sarif-schema-2.1.0.json': /at \/: this is a JSON schema, not a SARIF log/,
  'generated-here/non-sarif/audit-ci-7.1.0-via-local-advisory-mock.json': /at \/: this JSON has no "runs": it is not a SARIF log/,
  'generated-here/non-sarif/cyclonedx-npm-6.0.1-sbom.cdx.json': /at \/: this JSON has no "runs": it is not a SARIF log/,
  'generated-here/non-sarif/eslint-9.39.5-security-plugin.eslint.json': /at \/: the top-level JSON value is an array, not a SARIF log/,
  'generated-here/non-sarif/npm-audit-11.19.1-endpoint-405-error.json': /at \/: this JSON has no "runs": it is not a SARIF log/,
  'generated-here/non-sarif/npm-audit-11.19.1-via-local-advisory-mock.json': /at \/: this JSON has no "runs": it is not a SARIF log/,
  'generated-here/non-sarif/retire-5.7.0-jquery-3.4.1.json': /at \/: this JSON has no "runs": it is not a SARIF log/,
};

const available = existsSync(CORPUS);

(available ? describe : describe.skip)(`the SARIF corpus in ${CORPUS}`, () => {
  it('is fully covered by this test (no file left unchecked, none missing)', () => {
    expect(corpusFiles()).toEqual(Object.keys({ ...SARIF, ...NOT_SARIF }).sort());
  });

  it.each(Object.entries(SARIF))('%s: ingested with the pinned counts', (name, [findings, suppressed, nonFail, resultsPerRun]) => {
    const { runs, findings: found } = normalizeCorpusFile(name);
    expect(found).toHaveLength(findings);
    expect(found.filter((finding) => finding.suppressed)).toHaveLength(suppressed);
    expect(runs.map((run) => run.resultsTotal)).toEqual(resultsPerRun);
    const kinds: Record<string, number> = {};
    for (const run of runs) for (const [kind, count] of Object.entries(run.kinds)) if (count > 0) kinds[kind] = (kinds[kind] ?? 0) + count;
    expect(kinds).toEqual(nonFail);
    // The summary and the findings agree, and every finding is complete.
    expect(runs.reduce((sum, run) => sum + run.findings, 0)).toBe(findings);
    expect(runs.reduce((sum, run) => sum + run.suppressed, 0)).toBe(suppressed);
    for (const finding of found) {
      expect(finding.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(finding.ruleId).not.toBe('');
      expect(finding.origin.file).toBe(name);
    }
    // No two findings of one file share a fingerprint unless the tool itself said so.
    const computed = found.filter((finding) => finding.fingerprintSource === 'computed').map((finding) => finding.fingerprint);
    expect(new Set(computed).size).toBe(computed.length);
  });

  it.each(Object.entries(NOT_SARIF))('%s: not SARIF, a clear ConfigurationError', (name, message) => {
    let thrown: unknown;
    try {
      normalizeCorpusFile(name);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as Error).message).toContain(`SARIF ${name}`);
    expect((thrown as Error).message).toMatch(message);
  });
});

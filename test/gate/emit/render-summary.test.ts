import type { Log, Result } from 'sarif';
import { MAX_VIOLATION_ROWS } from '../../../src/gate/emit/render-summary.js';
import { SUMMARY_LIMIT_BYTES, utf8Length } from '../../../src/report/summary.js';
import { policy, run, sarifLog, writtenReport } from './fixtures.js';

/** A log of `count` results over `rules` rules, with long paths and messages to stress the size. */
function hugeLog(tool: string, count: number, rules: number): Log {
  const log = sarifLog(tool, []);
  const run0 = log.runs[0]!;
  run0.tool.driver.rules = Array.from({ length: rules }, (_, i) => ({ id: `rule-${i}` }));
  const results: Result[] = [];
  for (let i = 0; i < count; i += 1) {
    results.push({
      ruleId: `rule-${i % rules}`,
      level: i % 3 === 0 ? 'error' : 'warning',
      message: { text: `Problem number ${i} | with *markdown* and <html> in a long message `.repeat(4) },
      locations: [{ physicalLocation: { artifactLocation: { uri: `src/deeply/nested/dir-${i % 97}/file-${i}.ts` }, region: { startLine: i + 1 } } }],
    });
  }
  run0.results = results;
  return log;
}

describe('job summary', () => {
  it('stays under 1 MiB with 100,000 findings, caps the violations and points at the report', () => {
    const logs = Array.from({ length: 4 }, (_, i) => ({ file: `scan-${i}.sarif`, log: hugeLog(`Tool ${i}`, 25_000, 400) }));
    const outcome = run({
      logs,
      fullReportPath: 'stopline-security-report.json',
      commit: { serverUrl: 'https://github.com', repository: 'acme/app', sha: 'f00' },
      policy: policy('fail-on: medium\n'),
    });
    expect(writtenReport(outcome).findings).toHaveLength(100_000);
    expect(outcome.counts.violations).toBe(100_000);
    const text = outcome.summary.render();
    expect(utf8Length(text)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(text).toContain(`${100_000 - MAX_VIOLATION_ROWS} more violating findings in \`stopline-security-report.json\`.`);
    // Table cells cannot be broken by pipes in tool messages.
    expect(text).toContain('\\| with');
    // Only what GitHub shows is built; the rest is counted for the note.
    expect(outcome.annotations).toHaveLength(10);
    expect(outcome.annotationsOmitted).toBe(99_990);
  });

  it('shows the counts table with new, existing, suppressed and excepted per category and severity', () => {
    const log = sarifLog('Trivy', [
      { rule: 'CVE-1', level: 'error', path: 'a' },
      { rule: 'CVE-2', level: 'warning', path: 'b', suppressed: true },
    ]);
    const text = run({ logs: [{ file: 't.sarif', log }] }).summary.render();
    expect(text).toContain('| Category | Severity | New | Existing | Suppressed | Excepted |');
    expect(text).toContain('| sca | high | 1 | 0 | 0 | 0 |');
    expect(text).toContain('| sca | medium | 0 | 0 | 1 | 0 |');
    expect(text).toContain('1 SARIF file, 1 run, 1 tool, 2 results.');
    expect(text).toContain('Policy: workspace (.github/stopline/security-policy.yml), hash `sha256:abc`.');
  });

  it('shows URL findings and findings without a location, unlinked', () => {
    const log = sarifLog('ZAP', [{ rule: 'xss', level: 'error', url: 'https://app.example.com/search?q=1' }, { rule: 'hdr', level: 'error' }]);
    const outcome = run({ logs: [{ file: 'zap.sarif', log }], commit: { serverUrl: 'https://github.com', repository: 'a/b', sha: '1' } });
    const text = outcome.summary.render();
    expect(text).toContain('https://app.example.com/search?q=1');
    expect(text).not.toContain('/blob/');
    // Nowhere to put an annotation.
    expect(outcome.annotations).toEqual([]);
  });

  it('shortens masked secrets in messages to a few mask characters', () => {
    const log = sarifLog('secretlint', [{ rule: 'aws', level: 'error', path: 'config.js', message: `found AWS key: ${'*'.repeat(60)}` }]);
    const text = run({ logs: [{ file: 's.sarif', log }] }).summary.render();
    expect(text).toContain('found AWS key: \\*\\*\\*\\*…');
    expect(text).not.toContain('\\*'.repeat(5));
  });
});

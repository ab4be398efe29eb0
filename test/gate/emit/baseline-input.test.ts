import { loadBaselineFingerprints } from '../../../src/gate/emit/baseline-input.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { reportText, run, sarifLog, workspace, writtenReport } from './fixtures.js';

const load = (text: string) => loadBaselineFingerprints(text, 'baseline.json', { workspace });

describe('loadBaselineFingerprints', () => {
  it('takes the fingerprints of every finding of a SARIF file, suppressed ones included', () => {
    const log = sarifLog('CodeQL', [
      { rule: 'a', path: 'x.js' },
      { rule: 'b', path: 'y.js', suppressed: true },
    ]);
    log.runs[0]!.results!.push({ ruleId: 'p', kind: 'pass', message: { text: 'ok' } });
    const fingerprints = load(JSON.stringify(log));
    const outcome = run({ logs: [{ file: 'codeql.sarif', log }] });
    expect([...fingerprints].sort()).toEqual(writtenReport(outcome).findings.map((f) => f.fingerprint).sort());
    expect(fingerprints.size).toBe(2);
  });

  it('takes the fingerprints of a gate report, with or without a BOM', () => {
    const outcome = run({ logs: [{ file: 'c.sarif', log: sarifLog('CodeQL', [{ rule: 'a', path: 'x.js' }]) }] });
    const report = writtenReport(outcome);
    // As written by the action, and re-serialized compactly.
    expect([...load(reportText(outcome))]).toEqual([report.findings[0]!.fingerprint]);
    expect([...load(JSON.stringify(report))]).toEqual([report.findings[0]!.fingerprint]);
    expect(load(`\uFEFF${reportText(outcome)}`).size).toBe(1);
  });

  it.each([
    ['not JSON', '{"runs": [', /baseline: SARIF baseline\.json at line 1, column \d+: not valid JSON.*the JSON report an earlier gate run wrote/s],
    ['another JSON document', '{"vulnerabilities": []}', /baseline: SARIF baseline\.json.*runs.*Pass a SARIF 2\.1\.0 file from an earlier scan, or the JSON report/s],
    ['an empty file', '', /baseline: SARIF baseline\.json: the file is empty/],
    ['a report of another format version', '{"schema":"stopline/security-gate-report@9","findings":[]}', /\/schema is "stopline\/security-gate-report@9"/],
    ['a report without findings', '{"schema":"stopline/security-gate-report@1"}', /\/findings is missing or not a list/],
    ['a report with a bad fingerprint', '{"schema":"stopline/security-gate-report@1","findings":[{"fingerprint":3}]}', /\/findings\/0\/fingerprint is not a string/],
    ['a truncated report', '{"schema":"stopline/security-gate-report@1","findings":[', /looks like a gate report but is not valid JSON/],
  ])('rejects %s with a clear ConfigurationError', (_name, text, message) => {
    let thrown: unknown;
    try {
      load(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigurationError);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).toContain('baseline');
  });
});

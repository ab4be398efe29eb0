import type { Log } from 'sarif';
import { MAX_RESULTS_PER_RUN } from '../../../src/gate/emit/filtered-sarif.js';
import { policy, run, sarifLog, type ResultSpec, writtenReport, writtenSarif } from './fixtures.js';

function results(log: Log, tool: string) {
  return log.runs.find((r) => r.tool.driver.name === tool)!.results!;
}

describe('filtered SARIF', () => {
  it('writes one run per tool, merging runs of the same tool, with unique automation ids', () => {
    const a = sarifLog('CodeQL', [{ rule: 'js/a', path: 'a.js' }]);
    const b = sarifLog('CodeQL', [{ rule: 'js/b', path: 'b.js' }, { rule: 'js/a', path: 'c.js' }]);
    const c = sarifLog('Snyk Code', [{ rule: 's', path: 'd.js' }]);
    const d = sarifLog('snyk-code', [{ rule: 's', path: 'e.js' }]);
    a.runs[0]!.automationDetails = { id: 'same/' };
    b.runs[0]!.automationDetails = { id: 'same/' };
    const sarif = writtenSarif(run({
      logs: [
        { file: 'a.sarif', log: a },
        { file: 'b.sarif', log: b },
        { file: 'c.sarif', log: c },
        { file: 'd.sarif', log: d },
      ],
    }));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs.map((r) => [r.tool.driver.name, r.automationDetails!.id])).toEqual([
      ['CodeQL', 'stopline/codeql/'],
      ['Snyk Code', 'stopline/snyk-code/'],
      ['snyk-code', 'stopline/snyk-code-2/'],
    ]);
    const codeql = sarif.runs[0]!;
    expect(codeql.tool.driver.rules!.map((r) => r.id)).toEqual(['js/a', 'js/b']);
    // ruleIndex points into the merged rules, not the source run's.
    for (const result of codeql.results!) expect(codeql.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
    expect(codeql.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual(['a.js', 'b.js', 'c.js']);
  });

  it('writes a numeric security-severity on results and rules, replacing words code scanning rejects', () => {
    const log = sarifLog(
      'Bandit',
      [
        { rule: 'B101', level: 'note', path: 'a.py' },
        { rule: 'B602', level: 'error', path: 'b.py', score: '9.1' },
        { rule: 'B602', level: 'warning', path: 'c.py' },
        { rule: 'B999', level: 'warning', path: 'd.py' },
      ],
      { ruleProperties: { B101: { 'security-severity': 'HIGH' }, B999: { 'security-severity': 'Medium' } } },
    );
    // A rule nothing refers to keeps no invalid value either.
    log.runs[0]!.tool.driver.rules!.push({ id: 'B000', properties: { 'security-severity': 'undefined' } });
    const sarif = writtenSarif(run({ logs: [{ file: 'bandit.sarif', log }] }));
    const out = sarif.runs[0]!;
    const severity = (props: { [key: string]: unknown } | undefined) => props?.['security-severity'];
    expect(out.results!.map((r) => severity(r.properties))).toEqual(['8.0', '9.1', '5.5', '5.5']);
    expect(Object.fromEntries(out.tool.driver.rules!.map((r) => [r.id, severity(r.properties)]))).toEqual({
      B101: '8.0',
      B602: '9.1',
      B999: '5.5',
      B000: undefined,
    });
    for (const value of out.results!.map((r) => severity(r.properties))) expect(Number.isFinite(Number(value))).toBe(true);
  });

  it(`keeps at most ${MAX_RESULTS_PER_RUN} results per run, the most severe, and warns`, () => {
    const specs: ResultSpec[] = [];
    for (let i = 0; i < MAX_RESULTS_PER_RUN + 50; i += 1) specs.push({ rule: 'low', level: 'note', path: `f${i}.js`, message: `m${i}` });
    // The most severe come last in the input; trimming must keep them anyway.
    for (let i = 0; i < 20; i += 1) specs.push({ rule: 'crit', level: 'error', path: `c${i}.js`, score: '9.9', message: `c${i}` });
    const outcome = run({ logs: [{ file: 'big.sarif', log: sarifLog('Semgrep', specs) }], policy: policy('fail-on: none\n') });
    const kept = results(writtenSarif(outcome), 'Semgrep');
    expect(kept).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(kept.filter((r) => r.ruleId === 'crit')).toHaveLength(20);
    expect(outcome.warnings).toEqual([expect.stringContaining(`Semgrep had ${MAX_RESULTS_PER_RUN + 70} results; kept the ${MAX_RESULTS_PER_RUN} most severe (down to low)`)]);
    expect(outcome.report.warnings).toEqual(outcome.warnings);
    // The report still has every finding.
    expect(writtenReport(outcome).findings).toHaveLength(MAX_RESULTS_PER_RUN + 70);
  });

  it('keeps a tool that had no findings as an empty run, so code scanning closes its alerts', () => {
    const outcome = run({ logs: [{ file: 'g.sarif', log: sarifLog('gitleaks', []) }] });
    expect(writtenSarif(outcome).runs).toEqual([expect.objectContaining({ automationDetails: { id: 'stopline/gitleaks/' }, results: [] })]);
  });

  it('writes the parts of results it does not change as they were, and leaves the original alone', () => {
    const log = sarifLog('CodeQL', [{ rule: 'js/a', path: 'a.js' }]);
    const original = log.runs[0]!.results![0]!;
    original.codeFlows = [{ threadFlows: [{ locations: [{ location: { message: { text: 'step' } } }] }] }];
    const out = writtenSarif(run({ logs: [{ file: 'a.sarif', log }] })).runs[0]!.results![0]!;
    expect(out.codeFlows).toEqual(original.codeFlows);
    expect(out.message).toEqual(original.message);
    // The original is not modified.
    expect(original.properties).toBeUndefined();
  });

  it('carries a rule found only in a tool extension into the driver rules', () => {
    const log = sarifLog('CodeQL', [{ rule: 'js/a', path: 'a.js' }]);
    const driverRun = log.runs[0]!;
    driverRun.tool.driver.rules = [];
    driverRun.tool.extensions = [{ name: 'codeql/javascript-queries', rules: [{ id: 'js/a', properties: { tags: ['security'] } }] }];
    driverRun.results![0]!.rule = { id: 'js/a', index: 0, toolComponent: { index: 0 } };
    delete driverRun.results![0]!.ruleIndex;
    const out = writtenSarif(run({ logs: [{ file: 'a.sarif', log }] })).runs[0]!;
    expect(out.tool.driver.rules).toEqual([{ id: 'js/a', properties: { tags: ['security'], 'security-severity': '8.0' } }]);
    expect(out.results![0]).toMatchObject({ ruleId: 'js/a', ruleIndex: 0 });
    expect(out.results![0]!.rule).toBeUndefined();
  });
});

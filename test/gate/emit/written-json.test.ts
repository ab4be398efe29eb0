import type { Log, Result } from 'sarif';
import { locationText } from '../../../src/gate/emit/location-text.js';
import { normalizeLog } from '../../../src/gate/normalize/normalize-log.js';
import { compileScope } from '../../../src/gate/stages/scope.js';
import { policy, reportText, run, sarifLog, workspace, writtenSarif } from './fixtures.js';

/**
 * What the gate writes is built from pieces for speed (report entries from cached JSON strings,
 * filtered-SARIF results member by member); it must be byte for byte what JSON.stringify of the
 * same values gives, member order included, whatever the strings hold.
 */

// Quotes, backslashes, control characters, non-ASCII, a lone surrogate, and something HTML-ish.
const TRICKY = ['a "quoted" \\ path', 'tab\there\nnewline', 'é ü 漢字 🔥', 'lone \ud800 surrogate', '</script><!--', '\u2028\u2029', '\u0001\u001f'];

describe('the report file', () => {
  it('has every finding entry exactly as JSON.stringify writes it', () => {
    const specs = TRICKY.flatMap((text, i) => [
      { rule: `rule/${text}`, path: `src/${text}/f${i}.js`, line: i + 1, level: 'error' as const },
      { rule: `rule/${text}`, url: `https://example.com/${text}?q="${i}"`, level: 'warning' as const },
      { rule: 'plain', path: `test/${text}.js`, level: 'note' as const },
    ]);
    const log = sarifLog(`tool ${TRICKY[0]}`, specs);
    // A location that is only a description (logical location) with tricky text.
    log.runs[0]!.results!.push({ ruleId: 'plain', message: { text: 'x' }, locations: [{ logicalLocations: [{ fullyQualifiedName: TRICKY.join('|') }] }] });
    const outcome = run({
      logs: [{ file: 'a.sarif', log }],
      policy: policy('fail-on: medium\npaths:\n  exclude: ["test/**"]\nblock:\n  rules: ["plain"]\n'),
    });
    const lines = reportText(outcome)
      .split('\n')
      .filter((line) => line.startsWith('    {"fingerprint":'))
      .map((line) => line.trim().replace(/,$/, ''));
    expect(lines.length).toBe(log.runs[0]!.results!.length);
    for (const line of lines) expect(line).toBe(JSON.stringify(JSON.parse(line)));
    const states = lines.map((line) => (JSON.parse(line) as { state: string }).state);
    expect(new Set(states)).toEqual(new Set(['new', 'excluded']));
    expect(lines.some((line) => line.includes('"violation":"blocked by the policy (rule plain)"'))).toBe(true);
    // Each entry has its own finding's values (the quoted pieces are remembered per field): kept
    // findings in input order, then the excluded ones.
    const { findings } = normalizeLog(log, { file: 'a.sarif', workspace });
    const excludedBy = compileScope(['test/**']);
    type Entry = { tool: string; category: string; ruleId: string; severity: string; location: string };
    const where = (entry: Entry) => `${entry.tool}/${entry.category} ${entry.ruleId} (${entry.severity}) @ ${entry.location}`;
    const expected = [...findings.filter((finding) => excludedBy(finding) === null), ...findings.filter((finding) => excludedBy(finding) !== null)];
    expect(new Set(expected.map((finding) => finding.ruleId)).size).toBeGreaterThan(5);
    // One rule id at two severities (error and warning results of `rule/<text>`).
    expect(new Set(expected.filter((finding) => finding.ruleId === `rule/${TRICKY[0]}`).map((finding) => finding.severity)).size).toBe(2);
    expect(lines.map((line) => where(JSON.parse(line) as Entry))).toEqual(expected.map((finding) => where({ ...finding, location: locationText(finding.location) })));
  });
});

describe('the filtered SARIF', () => {
  /** What the gate wrote before it built results member by member: a copy, members replaced, added and deleted. */
  function reference(original: Result, written: Result): Result {
    const out: Result = { ...original, ruleId: written.ruleId, properties: written.properties };
    if (written.ruleIndex === undefined) delete out.ruleIndex;
    else out.ruleIndex = written.ruleIndex;
    delete out.rule;
    if (written.locations !== undefined) out.locations = written.locations;
    if (written.suppressions !== undefined && written.suppressions !== original.suppressions) out.suppressions = written.suppressions;
    return out;
  }

  it('writes each result with the original member order, replaced members in place, added ones after', () => {
    const results: Result[] = [
      // No ruleId (only rule), no properties: both added; rule dropped.
      { rule: { id: 'r1', index: 0 }, message: { text: 'a' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' } } }] },
      // Members in an unusual order, with ruleIndex and properties present.
      { properties: { x: 1 }, message: { text: 'b' }, ruleIndex: 0, ruleId: 'r1', level: 'error' },
      // An excepted finding without suppressions (added last), and one with suppressions (replaced in place).
      { ruleId: 'r2', message: { text: 'c' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/c.js' } } }] },
      { suppressions: [{ kind: 'inSource', status: 'rejected' }], ruleId: 'r2', message: { text: 'd' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/d.js' } } }] },
      // A rule only an extension has (no ruleIndex in the merged rules) and a "__proto__" member.
      JSON.parse('{"ruleId": "ext", "ruleIndex": 0, "rule": {"id": "ext", "toolComponent": {"index": 0}}, "__proto__": {"kept": true}, "message": {"text": "e"}}') as Result,
    ];
    const log: Log = {
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'T', rules: [{ id: 'r1' }, { id: 'r2' }] }, extensions: [{ name: 'pack', rules: [{ id: 'ext' }] }] }, results }],
    };
    const originals = structuredClone(results);
    const outcome = run({
      logs: [{ file: 'a.sarif', log }],
      policy: policy('exceptions:\n  - match: { rule: "r2" }\n    reason: "ok"\n    approved-by: "@a"\n    expires: 2099-01-01\n'),
    });
    const written = writtenSarif(outcome).runs[0]!.results!;
    expect(written).toHaveLength(results.length);
    written.forEach((result, i) => {
      expect(JSON.stringify(result)).toBe(JSON.stringify(reference(originals[i]!, result)));
    });
    expect(Object.keys(written[0]!)).toEqual(['message', 'locations', 'ruleId', 'properties', 'ruleIndex']);
    expect(Object.keys(written[2]!).at(-1)).toBe('suppressions');
    expect(Object.keys(written[4]!)).toContain('__proto__');
    expect(Object.getPrototypeOf(written[4]!)).toBe(Object.prototype);
  });
});

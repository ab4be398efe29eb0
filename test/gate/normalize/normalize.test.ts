import type { Log } from 'sarif';
import { decodeSarif } from '../../../src/gate/ingest/decode-sarif.js';
import { decideCategory } from '../../../src/gate/normalize/category.js';
import { normalizeLog } from '../../../src/gate/normalize/normalize-log.js';
import { OccurrenceCounter } from '../../../src/gate/normalize/fingerprint.js';

const FILE = 'x.sarif';
const WORKSPACE = '/home/runner/work/app/app';

/** One run of `tool` with `rules` and `results`, decoded like a real file. */
function log(results: unknown[], rules: unknown[] = [], run: Record<string, unknown> = {}, tool = 'scanner'): Log {
  return decodeSarif(JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: tool, rules } }, results, ...run }] }), FILE);
}
const normalize = (value: Log, toolCategories = {}) => normalizeLog(value, { file: FILE, workspace: WORKSPACE, toolCategories });
const one = (result: Record<string, unknown>, rules: unknown[] = [], run: Record<string, unknown> = {}) =>
  normalize(log([{ message: { text: 'm' }, ...result }], rules, run)).findings[0]!;

describe('severity', () => {
  const rule = (properties: Record<string, unknown>, level?: string) => ({ id: 'R', properties, ...(level ? { defaultConfiguration: { level } } : {}) });
  it.each([
    [{ properties: { 'security-severity': '9.8' } }, [rule({ 'security-severity': '2.0' })], 'critical', 'result properties.security-severity 9.8'],
    [{}, [rule({ 'security-severity': '7.0' })], 'high', 'rule properties.security-severity 7'],
    [{}, [rule({ 'security-severity': 4 })], 'medium', 'rule properties.security-severity 4'],
    [{}, [rule({ 'security-severity': '0.1' })], 'low', 'rule properties.security-severity 0.1'],
    [{}, [rule({ 'security-severity': '0.0' })], 'info', 'rule properties.security-severity 0'],
    [{}, [rule({ 'security-severity': 'MEDIUM' })], 'medium', 'rule properties.security-severity "MEDIUM"'],
    [{}, [rule({ 'security-severity': 'moderate' })], 'medium', 'rule properties.security-severity "moderate"'],
    [{ level: 'error' }, [rule({ 'security-severity': 'undefined' })], 'high', 'result level error'],
    [{ properties: { issue_severity: 'HIGH' }, level: 'note' }, [rule({})], 'high', 'result properties.issue_severity "HIGH"'],
    [{ properties: { severity: 'low' } }, [], 'low', 'result properties.severity "low"'],
    [{ level: 'error' }, [rule({ tags: ['security', 'LOW'] })], 'low', 'rule tag "LOW"'],
    [{ level: 'warning' }, [rule({}, 'error')], 'medium', 'result level warning'],
    [{}, [rule({}, 'note')], 'low', 'rule defaultConfiguration.level note'],
    [{ level: 'none' }, [], 'info', 'result level none'],
    [{}, [], 'medium', 'default (no severity or level given)'],
  ])('%j with rules %j → %s from %s', (result, rules, severity, source) => {
    const finding = one({ ruleId: 'R', ...result }, rules);
    expect(finding.severity).toBe(severity);
    expect(finding.severitySource).toBe(source);
  });

  it('keeps the numeric score', () => {
    expect(one({ ruleId: 'R' }, [rule({ 'security-severity': '8.1' })]).securitySeverity).toBe(8.1);
  });
});

describe('category', () => {
  it.each([
    ['CodeQL command-line toolchain', 'sast', 'built-in'],
    ['LGTM.com', 'sast', 'built-in'],
    ['Semgrep OSS', 'sast', 'built-in'],
    ['nodejsscan', 'sast', 'built-in'],
    ['SnykCode', 'sast', 'built-in'],
    ['Snyk Open Source', 'sca', 'built-in'],
    ['OWASP Dependency-Check', 'sca', 'built-in'],
    ['osv-scanner', 'sca', 'built-in'],
    ['OWASP ZAP', 'dast', 'built-in'],
    ['mAPI', 'dast', 'built-in'],
    ['axe-core', 'dast', 'built-in'],
    ['Gitleaks', 'secrets', 'built-in'],
    ['tfsec', 'iac', 'built-in'],
    ['Shell Script Analysis', 'sast', 'default'],
    ['Zapper', 'sast', 'default'],
  ])('%s → %s (%s)', (tool, category, source) => {
    expect(decideCategory(tool)).toEqual({ category, source });
  });

  it('lets the policy tools map win, ignoring case and punctuation', () => {
    expect(decideCategory('Trivy', { trivy: 'iac' })).toEqual({ category: 'iac', source: 'policy tools map' });
    expect(decideCategory('My Scanner', { 'my-scanner': 'secrets' })).toEqual({ category: 'secrets', source: 'policy tools map' });
    expect(normalize(log([{ message: { text: 'm' } }], [], {}, 'my-scanner'), { 'my-scanner': 'dast' }).runs[0]).toMatchObject({ category: 'dast', categorySource: 'policy tools map' });
  });
});

describe('rules, CWEs and advisories', () => {
  it('resolves by id before index, and by index (also in extensions) when there is no id', () => {
    const rules = [{ id: 'A', properties: { tags: ['external/cwe/cwe-079'] } }, { id: 'B', properties: { tags: ['CWE-89: SQL'] } }];
    expect(one({ ruleId: 'B', ruleIndex: 0 }, rules).cwes).toEqual(['CWE-89']);
    expect(one({ ruleIndex: 1 }, rules)).toMatchObject({ ruleId: 'B', cwes: ['CWE-89'] });
    const extensions = [{ name: 'pack', rules: [{ id: 'E', name: 'Ext', properties: { tags: ['cwe-022'] } }] }];
    const run = { tool: { driver: { name: 'CodeQL' }, extensions } };
    expect(one({ rule: { index: 0, toolComponent: { index: 0 } } }, [], run)).toMatchObject({ ruleId: 'E', ruleName: 'Ext', cwes: ['CWE-22'] });
    expect(one({ ruleId: 'E' }, [], run)).toMatchObject({ cwes: ['CWE-22'] });
  });

  it('does not take a wrong index when the id names another rule', () => {
    expect(one({ ruleId: 'missing', ruleIndex: 0 }, [{ id: 'A', properties: { tags: ['CWE-1'] } }])).toMatchObject({ ruleId: 'missing', cwes: [] });
  });

  it('merges CWEs from tags, relationships and taxa (by name, index or guid), sorted numerically', () => {
    const run = { taxonomies: [{ name: 'OWASP' }, { name: 'CWE', guid: 'AAAA' }] };
    const rules = [{ id: 'R', properties: { tags: ['CWE-200'] }, relationships: [{ target: { id: '79', toolComponent: { name: 'CWE' } } }, { target: { id: 'A1', toolComponent: { index: 0 } } }] }];
    const finding = one({ ruleId: 'R', taxa: [{ id: '22', toolComponent: { index: 1 } }, { id: '0352', toolComponent: { guid: 'aaaa' } }] }, rules, run);
    expect(finding.cwes).toEqual(['CWE-22', 'CWE-79', 'CWE-200', 'CWE-352']);
  });

  it('finds CVE and GHSA ids in the rule id, tags and properties', () => {
    const rules = [{ id: 'CVE-2021-44228-log4j', properties: { tags: ['ghsa-jfh8-c2jp-5v3q'] } }];
    const finding = one({ ruleId: 'CVE-2021-44228-log4j', properties: { aliases: ['CVE-2021-45046'], note: 'no ids here' } }, rules);
    expect(finding.advisoryIds).toEqual(['CVE-2021-44228', 'CVE-2021-45046', 'GHSA-jfh8-c2jp-5v3q']);
  });
});

describe('locations', () => {
  const at = (artifactLocation: Record<string, unknown>, run: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
    one({ locations: [{ physicalLocation: { artifactLocation, region: { startLine: 3 } }, ...extra }] }, [], run).location;
  it.each([
    [{ uri: 'src/a.js' }, 'src/a.js'],
    [{ uri: './src/../lib/a.js' }, 'lib/a.js'],
    [{ uri: 'src\\win\\a.js' }, 'src/win/a.js'],
    [{ uri: 'src/my%20file.js' }, 'src/my file.js'],
    [{ uri: `file://${WORKSPACE}/src/a.js` }, 'src/a.js'],
    [{ uri: `${WORKSPACE}/src/a.js` }, 'src/a.js'],
    [{ uri: 'file:///elsewhere/a.js' }, '/elsewhere/a.js'],
    [{ uri: 'file:////src/a.js' }, '/src/a.js'],
    [{ uri: 'a.js', uriBaseId: '%SRCROOT%' }, 'a.js'],
  ])('%j → %s', (artifactLocation, path) => {
    expect(at(artifactLocation)).toEqual({ kind: 'file', path, startLine: 3 });
  });

  it('follows originalUriBaseIds chains, inside and outside the workspace', () => {
    const inside = { originalUriBaseIds: { ROOT: { uri: `file://${WORKSPACE}/` }, SRC: { uri: 'src/', uriBaseId: 'ROOT' } } };
    expect(at({ uri: 'a.js', uriBaseId: 'SRC' }, inside)).toMatchObject({ path: 'src/a.js' });
    const outside = { originalUriBaseIds: { ROOT: { uri: 'file://build.example.com/work/' }, SRC: { uri: ' src/', uriBaseId: 'ROOT' } } };
    expect(at({ uri: 'a.js', uriBaseId: 'SRC' }, outside)).toMatchObject({ path: 'src/a.js' });
  });

  it('matches Windows workspaces ignoring drive-letter case', () => {
    const value = normalizeLog(log([{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///c:/work/repo/src/a.js' } } }] }]), { file: FILE, workspace: 'C:\\work\\repo' });
    expect(value.findings[0]!.location).toEqual({ kind: 'file', path: 'src/a.js' });
  });

  it('reads the URI from run.artifacts when the location gives only an index', () => {
    expect(at({ index: 0 }, { artifacts: [{ location: { uri: 'lib/b.js' } }] })).toMatchObject({ kind: 'file', path: 'lib/b.js' });
  });

  it('gives web URLs for DAST, from the URI or (when it is empty) the location message', () => {
    expect(at({ uri: 'https://app.example.com/login?x=1' })).toEqual({ kind: 'url', url: 'https://app.example.com/login?x=1' });
    expect(at({ uri: '' }, {}, { message: { text: 'https://example.com' } })).toEqual({ kind: 'url', url: 'https://example.com' });
  });

  it('describes logical-only locations, and has none without locations', () => {
    expect(one({ locations: [{ logicalLocations: [{ fullyQualifiedName: 'A.B.c' }] }] }).location).toEqual({ kind: 'none', description: 'A.B.c' });
    expect(one({}).location).toEqual({ kind: 'none' });
  });
});

describe('kinds and suppressions', () => {
  it('counts non-fail kinds per run and keeps only failures as findings', () => {
    const value = normalize(log(['pass', 'open', 'review', 'informational', 'notApplicable', 'fail', undefined].map((kind) => ({ kind, message: { text: String(kind) } }))));
    expect(value.findings.map((finding) => finding.message)).toEqual(['fail', 'undefined']);
    expect(value.runs[0]).toMatchObject({ resultsTotal: 7, findings: 2, kinds: { pass: 1, open: 1, review: 1, informational: 1, notApplicable: 1 } });
  });

  it('suppresses on accepted or no status, not on underReview or rejected', () => {
    const statuses = [undefined, 'accepted', 'underReview', 'rejected'];
    const value = normalize(log(statuses.map((status) => ({ message: { text: 'm' }, suppressions: [{ kind: 'external', status, justification: `j-${status}` }] }))));
    expect(value.findings.map((finding) => finding.suppressed)).toEqual([true, true, false, false]);
    expect(value.findings[1]!.suppressionJustification).toBe('j-accepted');
    expect(value.runs[0]!.suppressed).toBe(2);
  });
});

describe('messages', () => {
  it('fills message strings with arguments and keeps the first line', () => {
    const rules = [{ id: 'R', messageStrings: { default: { text: 'Use of {0} in {1}\nmore' } } }];
    expect(one({ ruleId: 'R', message: { id: 'default', arguments: ['eval', 'f()'] } }, rules).message).toBe('Use of eval in f()');
  });
});

describe('fingerprints', () => {
  const result = (line: number, extra: Record<string, unknown> = {}) => ({
    ruleId: 'R',
    message: { text: `Problem found on line ${line > 0 ? 'x' : 'y'}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: line, startColumn: line, snippet: { text: '  eval(input)  ' } } } }],
    ...extra,
  });

  it('does not change when the result moves to another line', () => {
    const before = normalize(log([result(10)])).findings[0]!;
    const after = normalize(log([result(250)])).findings[0]!;
    expect(before.fingerprintSource).toBe('computed');
    expect(after.fingerprint).toBe(before.fingerprint);
    expect(after.location).toMatchObject({ startLine: 250 });
  });

  it('changes with the rule, the path or the code, and keeps repeats distinct', () => {
    const base = normalize(log([result(1)])).findings[0]!.fingerprint;
    expect(normalize(log([{ ...result(1), ruleId: 'S' }])).findings[0]!.fingerprint).not.toBe(base);
    const repeated = normalize(log([result(1), result(9)])).findings;
    expect(repeated[0]!.fingerprint).toBe(base);
    expect(repeated[1]!.fingerprint).not.toBe(base);
  });

  it('counts repeats exactly, however many keys and whatever they share', () => {
    // 5,000 keys (the table grows from 1,024 slots), every tenth seen again up to three times;
    // hex keys that share their first 8 characters (the table's hash), and keys that are not hex.
    const keys: string[] = [];
    for (let i = 0; i < 5000; i += 1) keys.push(`${(i % 50).toString(16).padStart(8, '0')}${i.toString(16).padStart(56, 'f')}`);
    keys.push('', 'a', 'not hex at all', 'NOT HEX AT ALL', 'ÿÿÿÿÿÿÿÿÿ');
    for (let i = 0; i < keys.length; i += 10) keys.push(keys[i]!, keys[i]!, keys[i]!);
    const counter = new OccurrenceCounter();
    const expected = new Map<string, number>();
    for (const key of keys) {
      const before = expected.get(key) ?? 0;
      expected.set(key, before + 1);
      expect(counter.count(key)).toBe(before);
    }
  });

  it('uses the tool fingerprints first, then partial fingerprints, in key order', () => {
    const a = normalize(log([result(1, { fingerprints: { b: '2', a: '1' }, partialFingerprints: { p: 'x' } })])).findings[0]!;
    const b = normalize(log([result(99, { fingerprints: { a: '1', b: '2' } })])).findings[0]!;
    expect(a.fingerprintSource).toBe('fingerprints');
    expect(b.fingerprint).toBe(a.fingerprint);
    const partial = normalize(log([result(1, { partialFingerprints: { primaryLocationLineHash: 'abc:1' } })])).findings[0]!;
    expect(partial.fingerprintSource).toBe('partialFingerprints');
  });
});

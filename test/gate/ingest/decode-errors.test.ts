import { decodeSarif } from '../../../src/gate/ingest/decode-sarif.js';
import { normalizeLog } from '../../../src/gate/normalize/normalize-log.js';
import { configurationErrorOf } from '../../support/errors.js';

/**
 * Bad input, table-driven: each case must be a ConfigurationError (never a crash, never "zero
 * findings") whose message names the file and the place (JSON pointer or line/column).
 */

const FILE = 'scans/tool.sarif';
const json = (value: unknown) => JSON.stringify(value, null, 2);
const driver = { name: 'demo-scanner', rules: [{ id: 'R1' }] };
/** A valid log with one run whose fields the case overrides. */
const withRun = (run: Record<string, unknown>) => json({ version: '2.1.0', runs: [{ tool: { driver }, ...run }] });
/** A valid log with one result, with `result` merged over a valid one. */
const withResult = (result: Record<string, unknown>) =>
  withRun({ results: [{ ruleId: 'R1', message: { text: 'm' }, ...result }] });
const withLocation = (location: unknown) => withResult({ locations: [location] });
const withPhysical = (physical: Record<string, unknown>) => withLocation({ physicalLocation: physical });

type Case = [name: string, input: string | Buffer, where: string | RegExp, says: RegExp];

const cases: Case[] = [
  ['empty file', '', FILE, /empty/],
  ['whitespace only', ' \n\t\n', FILE, /empty/],
  ['empty buffer', Buffer.alloc(0), FILE, /empty/],
  ['NUL bytes (binary)', Buffer.from([0x7b, 0x00, 0x01, 0x02]), 'byte 1', /binary/],
  ['a PNG header', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'byte 8', /binary/],
  ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0xff, 0xfe, 0x22, 0x7d]), 'byte 3', /not valid UTF-8/],
  ['truncated UTF-8 sequence', Buffer.from([0x7b, 0x22, 0xe2, 0x82]), 'byte 2', /not valid UTF-8/],
  ['UTF-16 LE with BOM', Buffer.from('\ufeff{}', 'utf16le'), 'byte 0', /UTF-16/],
  ['NUL character in a string input', '{"version":"2.1.0"\u0000}', 'byte 18', /binary/],
  ['plain text', 'scan failed: out of memory', 'line 1, column 1', /not valid JSON/],
  ['trailing comma in an object', '{\n  "version": "2.1.0",\n  "runs": [],\n}', 'line 4, column 1', /trailing comma/],
  ['trailing comma in an array', '{"version": "2.1.0", "runs": [1,]}', 'line 1, column 33', /trailing comma/],
  ['single quotes', "{'version': '2.1.0'}", 'line 1, column 2', /property name in double quotes/],
  ['missing colon', '{\n"version" "2.1.0"}', 'line 2, column 11', /expected ":"/],
  ['missing comma', '{"version": "2.1.0"\n "runs": []}', 'line 2, column 2', /expected "," or "}"/],
  ['raw line break in a string', '{"version": "2.1\n.0"}', 'line 1, column 17', /control character/],
  ['bad escape', '{"version": "2.1.0\\x"}', 'line 1, column 19', /escape/],
  ['truncated mid-object', '{"version": "2.1.0", "runs": [{"tool": {"driver": ', 'line 1, column 51', /truncated/],
  ['truncated mid-string', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semg', 'line 1, column 65', /truncated/],
  ['text after the JSON', '{"version": "2.1.0", "runs": []}\n{"version": "2.1.0"}', 'line 2, column 1', /after the end/],
  ['top-level array', '[]', 'at /:', /array, not a SARIF log/],
  ['top-level null', 'null', 'at /:', /null, not a SARIF log/],
  ['top-level string', '"sarif"', 'at /:', /a string, not a SARIF log/],
  ['a JSON schema', json({ $schema: 'http://json-schema.org/draft-04/schema#', definitions: {} }), 'at /:', /JSON schema, not a SARIF log/],
  ['another report format', json({ auditReportVersion: 2, vulnerabilities: {} }), 'at /:', /not a SARIF log/],
  ['version missing', json({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: [] }), '/version', /"version" is missing/],
  ['SARIF 2.0.0', json({ version: '2.0.0', runs: [] }), '/version', /"2\.0\.0", but only SARIF 2\.1\.0/],
  ['SARIF 1.0.0', json({ version: '1.0.0', runs: [] }), '/version', /"1\.0\.0", but only SARIF 2\.1\.0/],
  ['version as a number', json({ version: 2.1, runs: [] }), '/version', /2\.1, but only SARIF 2\.1\.0/],
  ['runs missing', json({ version: '2.1.0' }), '/runs', /"runs" is missing/],
  ['runs an object', json({ version: '2.1.0', runs: {} }), '/runs', /an object, not an array/],
  ['runs null', json({ version: '2.1.0', runs: null }), '/runs', /null, not an array/],
  ['a run that is null', json({ version: '2.1.0', runs: [null] }), '/runs/0', /null, but must be an object/],
  ['a run that is a string', json({ version: '2.1.0', runs: ['x'] }), '/runs/0', /a string, but must be an object/],
  ['second run broken', json({ version: '2.1.0', runs: [{ tool: { driver } }, { tool: {} }] }), '/runs/1/tool/driver', /missing, but must be an object/],
  ['tool missing', json({ version: '2.1.0', runs: [{ results: [] }] }), '/runs/0/tool', /"tool" is missing/],
  ['driver missing', json({ version: '2.1.0', runs: [{ tool: {} }] }), '/runs/0/tool/driver', /missing/],
  ['driver name missing', json({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), '/runs/0/tool/driver/name', /tool name \("name"\) is missing/],
  ['driver name empty', json({ version: '2.1.0', runs: [{ tool: { driver: { name: '' } } }] }), '/runs/0/tool/driver/name', /empty/],
  ['driver name a number', json({ version: '2.1.0', runs: [{ tool: { driver: { name: 7 } } }] }), '/runs/0/tool/driver/name', /a number/],
  ['rules not an array', json({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: {} } } }] }), '/runs/0/tool/driver/rules', /must be an array/],
  ['a rule that is null', json({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [null] } } }] }), '/runs/0/tool/driver/rules/0', /must be an object/],
  ['a rule without id', json({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x', rules: [{ name: 'n' }] } } }] }), '/runs/0/tool/driver/rules/0/id', /missing/],
  ['extensions not an array', withRun({ tool: { driver, extensions: {} } }), '/runs/0/tool/extensions', /must be an array/],
  ['an extension without a name', withRun({ tool: { driver, extensions: [{ rules: [] }] } }), '/runs/0/tool/extensions/0/name', /missing/],
  ['results an object', withRun({ results: {} }), '/runs/0/results', /an object, but must be an array/],
  ['results a string', withRun({ results: 'none' }), '/runs/0/results', /a string, but must be an array/],
  ['artifacts not an array', withRun({ artifacts: 'a' }), '/runs/0/artifacts', /must be an array/],
  ['originalUriBaseIds an array', withRun({ originalUriBaseIds: [] }), '/runs/0/originalUriBaseIds', /must be an object/],
  ['a result that is null', withRun({ results: [null] }), '/runs/0/results/0', /null, but must be an object/],
  ['an unknown kind', withResult({ kind: 'failure' }), '/runs/0/results/0/kind', /"failure", but must be one of/],
  ['an unknown level', withResult({ level: 'critical' }), '/runs/0/results/0/level', /"critical", but must be one of/],
  ['ruleId a number', withResult({ ruleId: 42 }), '/runs/0/results/0/ruleId', /a number, but must be a string/],
  ['ruleIndex a string', withResult({ ruleIndex: '0' }), '/runs/0/results/0/ruleIndex', /a string, but must be an integer/],
  ['message a string', withResult({ message: 'oops' }), '/runs/0/results/0/message', /must be an object/],
  ['message.text a number', withResult({ message: { text: 1 } }), '/runs/0/results/0/message/text', /must be a string/],
  ['locations an object', withResult({ locations: {} }), '/runs/0/results/0/locations', /must be an array/],
  ['a location that is a string', withLocation('src/a.js'), '/runs/0/results/0/locations/0', /must be an object/],
  ['physicalLocation a string', withLocation({ physicalLocation: 'a' }), '/runs/0/results/0/locations/0/physicalLocation', /must be an object/],
  ['artifactLocation an array', withPhysical({ artifactLocation: [] }), '/runs/0/results/0/locations/0/physicalLocation/artifactLocation', /must be an object/],
  ['uri a number', withPhysical({ artifactLocation: { uri: 3 } }), '/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri', /must be a string/],
  ['startLine a string', withPhysical({ artifactLocation: { uri: 'a.js' }, region: { startLine: '12' } }), '/runs/0/results/0/locations/0/physicalLocation/region/startLine', /"12", but must be a whole number/],
  ['startLine zero', withPhysical({ artifactLocation: { uri: 'a.js' }, region: { startLine: 0 } }), '/runs/0/results/0/locations/0/physicalLocation/region/startLine', /whole number from 1/],
  ['suppressions an object', withResult({ suppressions: { kind: 'inSource' } }), '/runs/0/results/0/suppressions', /must be an array/],
  ['a suppression that is a string', withResult({ suppressions: ['inSource'] }), '/runs/0/results/0/suppressions/0', /must be an object/],
  ['properties an array', withResult({ properties: [] }), '/runs/0/results/0/properties', /must be an object/],
  ['fingerprints a string', withResult({ fingerprints: 'abc' }), '/runs/0/results/0/fingerprints', /must be an object/],
  ['taxa an object', withResult({ taxa: {} }), '/runs/0/results/0/taxa', /must be an array/],
  ['third result broken', withRun({ results: [{ message: { text: 'a' } }, { message: { text: 'b' } }, { level: 'fatal' }] }), '/runs/0/results/2/level', /"fatal"/],
];

describe('decodeSarif + normalizeLog on bad input', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s: a ConfigurationError naming the file and the place', (_name, input, where, says) => {
    const error = configurationErrorOf(() => normalizeLog(decodeSarif(input, FILE), { file: FILE, workspace: '/repo' }));
    expect(error.message).toContain(FILE);
    if (typeof where === 'string') expect(error.message).toContain(where);
    else expect(error.message).toMatch(where);
    expect(error.message).toMatch(says);
    // Every message ends with what to do about it.
    expect(error.message).toMatch(/\. [A-Z][^.]*(\.|$)/);
  });
});

describe('decodeSarif on good input', () => {
  it('strips a UTF-8 byte order mark (bytes and text)', () => {
    const text = json({ version: '2.1.0', runs: [] });
    expect(decodeSarif(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), FILE).runs).toEqual([]);
    expect(decodeSarif(`\ufeff${text}`, FILE).runs).toEqual([]);
  });

  it('accepts runs: [] as a valid log with no findings', () => {
    const normalized = normalizeLog(decodeSarif(json({ version: '2.1.0', runs: [] }), FILE), { file: FILE, workspace: '/repo' });
    expect(normalized).toEqual({ runs: [], findings: [] });
  });

  it('accepts non-ASCII UTF-8 text', () => {
    const log = decodeSarif(Buffer.from(withResult({ message: { text: 'Überprüfung – 検出' } }), 'utf8'), FILE);
    expect(normalizeLog(log, { file: FILE, workspace: '/repo' }).findings[0]?.message).toBe('Überprüfung – 検出');
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleNodeScript } from '../../../scripts/bundle-node-script.mjs';
import type { Log, Result } from 'sarif';
import { decodeSarif } from '../../../src/gate/ingest/decode-sarif.js';
import { streamLogs, WORKER_EARLY_FROM_BYTES, type LogFile, type StreamLogsOptions } from '../../../src/gate/ingest/stream-logs.js';
import type { Finding } from '../../../src/gate/finding.js';
import { Packer, Unpacker } from '../../../src/gate/normalize/finding-codec.js';
import { RunTexts } from '../../../src/gate/normalize/run-texts.js';
import { normalizeLog } from '../../../src/gate/normalize/normalize-log.js';
import { OccurrenceCounter } from '../../../src/gate/normalize/fingerprint.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { policy, reportText, today } from '../emit/fixtures.js';
import type { GateReport } from '../../../src/gate/emit/report.js';
import { judge } from '../../../src/gate/pipeline.js';
import { CORPUS, CORPUS_WORKSPACE, corpusFiles } from '../normalize/corpus.js';
import { withMessages } from './with-messages.js';

/**
 * Big runs are normalized on two threads (streamLogs with a worker script): the findings, their
 * order, their computed fingerprints (repeats numbered across the threads' shares) and the run
 * summaries must be exactly those of one thread, and errors the same.
 */

const gatePolicy = policy('paths:\n  exclude: ["test/**"]\n');
/**
 * Every run on two threads, in chunks small enough that both claim many (7: not a multiple of a
 * message's findings), the main thread at most 20 of them: the worker, which starts late for a
 * small file, still normalizes most of a run, whatever the machine's speed.
 */
const TWO_THREADS = { parallelFrom: 2, claimResults: 7, mainClaimsAtMost: 20 };
/** As the action claims: the main thread stops by the cost of taking the worker's findings alone. */
const TWO_THREADS_AS_SHIPPED = { parallelFrom: 2, claimResults: 7 };
let dir: string;
let worker: URL;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'stopline-parallel-'));
  // The worker runs bundled JavaScript, as in dist/ (the action's worker.mjs).
  const script = path.join(dir, 'worker.mjs');
  await bundleNodeScript({ entry: path.resolve('src/actions/security-gate/worker.ts'), outfile: script });
  worker = pathToFileURL(script);
}, 30_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** streamLogs on one thread and on two (every run split), with the same options. */
async function bothWays(files: LogFile[], options: Omit<StreamLogsOptions, 'worker' | 'parallelFrom'>) {
  const one = await streamLogs(files, options);
  const two = await streamLogs(files, { ...options, worker, ...TWO_THREADS });
  return { one, two };
}

/** Exact equality, property order included (what the report and the filtered SARIF are written from). */
function expectSame(a: unknown, b: unknown): void {
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  expect(b).toEqual(a);
}

function write(name: string, log: unknown): LogFile {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(log));
  return { path: file, name };
}

/** A run whose results repeat (same rule, file and message: computed fingerprints numbered :n), with every location kind. */
function trickyLog(tool: string, count: number): Log {
  const results: Result[] = [];
  for (let i = 0; i < count; i += 1) {
    const result: Result = { ruleId: `R${i % 3}`, message: { text: i % 4 === 0 ? 'same text' : `finding ${i} é 漢字 🔥 "q"` } };
    if (i % 5 === 0) result.locations = [{ physicalLocation: { artifactLocation: { uri: 'https://app.example.com/login' } } }];
    else if (i % 5 === 1) result.locations = [{ logicalLocations: [{ fullyQualifiedName: `pkg.Class${i % 2}` }] }];
    else if (i % 5 === 2) result.locations = [];
    else result.locations = [{ physicalLocation: { artifactLocation: { uri: `src/f${i % 4}.js`, uriBaseId: '%SRCROOT%' }, region: { startLine: i + 1, ...(i % 2 ? { endLine: i + 2, startColumn: 3 } : {}) } } }];
    if (i % 6 === 0) result.partialFingerprints = { primaryLocationLineHash: `h${i}` };
    if (i % 7 === 0) result.suppressions = [{ kind: 'inSource', ...(i % 14 === 0 ? { justification: `ok ${i}` } : {}) }];
    if (i % 11 === 0) result.kind = 'pass';
    if (i % 9 === 0) result.properties = { 'security-severity': '9.1', tags: ['external/cwe/cwe-79', 'CVE-2021-44228'] };
    if (i === 13) result.message = { text: 'a lone surrogate \ud800 stays as it is' };
    results.push(result);
  }
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool, version: '1.2.3', rules: [{ id: 'R0', name: 'Zero', properties: { 'security-severity': '7.5', tags: ['external/cwe/cwe-89'] } }, { id: 'R1' }] } },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///w/' } },
        results,
      },
    ],
  };
}

describe('the finding codec', () => {
  it('unpacks exactly what it packed, batch after batch, property order included', () => {
    const log = trickyLog('Tool', 300);
    const { findings } = normalizeLog(log, { file: 'a.sarif', workspace: '/w' });
    const packer = new Packer();
    const unpacker = new Unpacker();
    const out: Finding[] = [];
    for (let i = 0; i < findings.length; i += 64) out.push(...unpacker.unpack(structuredClone(packer.pack(findings.slice(i, i + 64)))));
    expectSame(findings, out);
    expect(out.some((finding) => finding.suppressionJustification !== undefined)).toBe(true);
    expect(out.some((finding) => finding.message?.includes('\ud800'))).toBe(true);
  });

  it('leaves the messages in a RunTexts when given one, each as it was', () => {
    const log = trickyLog('Tool', 300);
    const { findings } = normalizeLog(log, { file: 'a.sarif', workspace: '/w' });
    const messages = new RunTexts(300);
    const packer = new Packer();
    const unpacker = new Unpacker(messages);
    const out: Finding[] = [];
    for (let i = 0; i < findings.length; i += 64) out.push(...unpacker.unpack(structuredClone(packer.pack(findings.slice(i, i + 64)))));
    expect(out.every((finding) => finding.message === undefined)).toBe(true);
    expect(out.map((finding) => messages.get(finding.origin.resultIndex))).toEqual(findings.map((finding) => finding.message));
    expectSame(findings, out.map((finding) => ({ ...finding, message: messages.get(finding.origin.resultIndex) })));
  });

  it('gives back every number as it was, also those no small integer holds', () => {
    const results: Result[] = [
      { region: { startLine: 2 ** 40, endLine: 2 ** 40 + 1, startColumn: 2 ** 31 }, score: '2.5' },
      { region: { startLine: 7 }, score: '9' },
      { region: { startLine: 2 ** 31 - 1, startColumn: 1 } },
    ].map(({ region, score }) => ({
      ruleId: 'R',
      message: { text: 'm' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region } }],
      ...(score ? { properties: { 'security-severity': score } } : {}),
    }));
    const log: Log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'Tool' } }, results }] };
    const { findings } = normalizeLog(log, { file: 'a.sarif', workspace: '/w' });
    const out = new Unpacker().unpack(structuredClone(new Packer().pack(findings)));
    const numbers = (list: Finding[]) =>
      list.flatMap(({ location, securitySeverity, origin }) => (location.kind === 'file' ? [location.startLine, location.endLine, location.startColumn, securitySeverity, origin.resultIndex] : []));
    expect(numbers(out)).toEqual([2 ** 40, 2 ** 40 + 1, 2 ** 31, 2.5, 0, 7, undefined, undefined, 9, 1, 2 ** 31 - 1, undefined, 1, undefined, 2]);
    expectSame(findings, out);
  });
});

/**
 * A policy that uses every stage: a scope glob, a block, floors, a budget, an exception that
 * applies, one that is always refused (R0 is high, it covers up to low) and one that expires soon
 * and matches nothing.
 */
const judgedPolicy = policy(
  [
    'fail-on: medium',
    'paths:\n  exclude: ["src/f3.js"]',
    'block: { cwe: [CWE-89] }',
    'budgets: { low: 5 }',
    'exceptions:',
    '  - match: { rule: R1, path: "src/f1.js" }\n    reason: r\n    approved-by: a\n    expires: 2026-12-01',
    '  - match: { rule: R0 }\n    reason: capped\n    approved-by: a\n    expires: 2026-12-01\n    severity: low',
    '  - match: { tool: Nothing }\n    reason: soon\n    approved-by: a\n    expires: 2026-05-10',
  ].join('\n') + '\n',
);

/** What a user gets from the gate run over streamed files: files, summary, outputs, annotations, warnings. */
async function gateOutputs(files: LogFile[], twoThreads: boolean, baseline?: Set<string>) {
  const streamed = await streamLogs(files, {
    workspace: '/w',
    toolCategories: judgedPolicy.tools,
    exclude: judgedPolicy.paths.exclude,
    ...(twoThreads ? { worker, ...TWO_THREADS } : {}),
  });
  const outcome = judge({
    logs: streamed.logs,
    normalized: streamed,
    policy: judgedPolicy,
    policySource: { description: 'test', hash: 'sha256:0' },
    ...(baseline ? { baseline: { description: 'baseline.sarif', fingerprints: baseline } } : {}),
    workspace: '/w',
    today,
    mode: 'enforce',
  });
  return {
    verdict: outcome.verdict,
    counts: outcome.counts,
    report: reportText(outcome),
    sarif: [...outcome.sarifChunks()].join(''),
    summary: outcome.summary.render(),
    annotations: outcome.annotations,
    annotationsOmitted: outcome.annotationsOmitted,
    warnings: outcome.warnings,
  };
}

describe('streamLogs on two threads', () => {
  it('gives the gate outcome of one thread: report, filtered SARIF, summary, outputs, annotations, warnings', async () => {
    const files = [write('j1.sarif', trickyLog('Tool', 400)), write('j2.sarif', trickyLog('Tool', 123)), write('j3.sarif', trickyLog('Other', 3))];
    const plain = JSON.parse((await gateOutputs(files, false)).report) as GateReport;
    // A baseline of every third finding, computed fingerprints with repeat numbers among them.
    const baseline = new Set(plain.findings.filter((_, i) => i % 3 === 0).map((entry) => entry.fingerprint));
    const one = await gateOutputs(files, false, baseline);
    const two = await gateOutputs(files, true, baseline);
    expectSame(one, two);
    // Every stage had work to do.
    const report = JSON.parse(two.report) as GateReport;
    expect(report.counts.excluded).toBeGreaterThan(10);
    expect(report.counts.excepted).toBeGreaterThan(10);
    expect(report.counts.suppressed).toBeGreaterThan(10);
    expect(report.counts.byCategory.sast.critical.existing).toBeGreaterThan(0);
    expect(report.exceptions.refused.length).toBeGreaterThan(10);
    expect(report.exceptions.expiring.map((entry) => entry.reason)).toEqual(['soon']);
    expect(report.exceptions.unused.map((entry) => entry.reason)).toEqual(['capped', 'soon']);
    expect(report.findings.filter((entry) => entry.violation?.startsWith('blocked')).length).toBeGreaterThan(10);
    expect(two.annotations.length).toBeGreaterThan(0);
  });

  it('gives the findings and summaries of one thread, repeats numbered across both shares and across files', async () => {
    const files = [write('a.sarif', trickyLog('Tool', 400)), write('b.sarif', trickyLog('Tool', 123)), write('c.sarif', trickyLog('Other', 3))];
    for (const chunkBytes of [64, 1 << 20]) {
      const { one, two } = await bothWays(files, { workspace: '/w', exclude: gatePolicy.paths.exclude, chunkBytes, maxResultsPerRun: 50 });
      expectSame(withMessages(one), withMessages(two));
      expectSame(one.runs, two.runs);
      expectSame(one.logs, two.logs);
    }
    // And what normalizeLog gives for the decoded files.
    const occurrences = new OccurrenceCounter();
    const expected = files.flatMap((file) => normalizeLog(decodeSarif(readFileSync(file.path), file.name), { file: file.name, workspace: '/w', occurrences }).findings);
    const { two } = await bothWays(files, { workspace: '/w', exclude: [] });
    expectSame(expected, withMessages(two));
    expect(withMessages(two).filter((finding) => finding.message === 'same text' && finding.fingerprintSource === 'computed').length).toBeGreaterThan(10);
  });

  it('starts the worker before the scan for a big file, and stops it when no run needed it', async () => {
    const log = trickyLog('Tool', 400);
    // Padding in the run's envelope makes the file big without making the run big.
    log.runs[0]!.properties = { padding: 'x'.repeat(WORKER_EARLY_FROM_BYTES) };
    const big = write('big.sarif', log);
    const small = write('small.sarif', trickyLog('Tool', 50));
    const one = await streamLogs([big, small], { workspace: '/w', exclude: [] });
    // The early worker takes the big file's run; the small file's run gets a worker of its own.
    const progress: string[] = [];
    const split = await streamLogs([big, small], { workspace: '/w', exclude: [], worker, ...TWO_THREADS, progress: (line) => progress.push(line) });
    expect(progress).toEqual([
      expect.stringMatching(/^reading big\.sarif \(8\.\d MiB\)$/),
      expect.stringMatching(/^big\.sarif run 0: Tool 1\.2\.3, 400 results, \d+ findings \(sast\), 2 threads \(\d+% of the results on the second\), [\d.]+m?s since the file was opened$/),
      expect.stringMatching(/^reading small\.sarif \(\d+ bytes\)$/),
      expect.stringMatching(/^small\.sarif run 0: Tool 1\.2\.3, 50 results, \d+ findings \(sast\), 2 threads \(\d+% of the results on the second\), /),
    ]);
    // The main thread claimed at most 20 chunks of 7: the worker normalized the other 260 or more.
    expect(Number(/(\d+)% of the results/.exec(progress[1]!)![1])).toBeGreaterThanOrEqual(65);
    expectSame(one.findings, split.findings);
    expectSame(one.runs, split.runs);
    // No run is big enough: the early worker is stopped unused, and streamLogs still returns.
    const unused = await streamLogs([big, small], { workspace: '/w', exclude: [], worker, parallelFrom: 1_000_000 });
    expectSame(one.findings, unused.findings);
  });

  it.each(corpusFiles().filter((name) => /codeql|semgrep|eslint|snyk|spec-examples/.test(name)))('matches one thread on the corpus: %s', async (name) => {
    const file = { path: path.join(CORPUS, name), name };
    let one;
    try {
      one = await streamLogs([file], { workspace: CORPUS_WORKSPACE, exclude: gatePolicy.paths.exclude });
    } catch (error) {
      // A corpus file the gate rejects: two threads must reject it with the same message.
      await expect(streamLogs([file], { workspace: CORPUS_WORKSPACE, exclude: gatePolicy.paths.exclude, worker, ...TWO_THREADS_AS_SHIPPED })).rejects.toThrow((error as Error).message);
      return;
    }
    const two = await streamLogs([file], { workspace: CORPUS_WORKSPACE, exclude: gatePolicy.paths.exclude, worker, ...TWO_THREADS_AS_SHIPPED });
    expectSame(one.findings, two.findings);
    expectSame(one.runs, two.runs);
  });

  it.each([
    ['in the main thread\'s share', 10],
    ['in the worker\'s share', 390],
  ])('throws the same ConfigurationError for a bad result %s', async (_where, index) => {
    const log = trickyLog('Tool', 400);
    (log.runs[0]!.results![index] as unknown as Record<string, unknown>).level = 'fatal';
    const file = write(`bad-${index}.sarif`, log);
    const one = await streamLogs([file], { workspace: '/w', exclude: [] }).catch((error: unknown) => error);
    const two = await streamLogs([file], { workspace: '/w', exclude: [], worker, ...TWO_THREADS }).catch((error: unknown) => error);
    expect(one).toBeInstanceOf(ConfigurationError);
    expect(two).toBeInstanceOf(ConfigurationError);
    expect((two as Error).message).toBe((one as Error).message);
    expect((two as Error).message).toContain(`/runs/0/results/${index}/level`);
  });

  // The main thread takes at most the first 140 results (TWO_THREADS): 150 and 390 are both the
  // worker's, which claims from the back, meets 390 first and goes on to 150; 10 is the main thread's.
  it.each([
    [150, 390],
    [10, 390],
  ])('throws the error one thread meets first when results %i and %i are both bad', async (first, second) => {
    const log = trickyLog('Tool', 400);
    for (const index of [first, second]) (log.runs[0]!.results![index] as unknown as Record<string, unknown>).level = 'fatal';
    const file = write(`bad-${first}-${second}.sarif`, log);
    const one = await streamLogs([file], { workspace: '/w', exclude: [] }).catch((error: unknown) => error);
    const two = await streamLogs([file], { workspace: '/w', exclude: [], worker, ...TWO_THREADS }).catch((error: unknown) => error);
    expect((one as Error).message).toContain(`/runs/0/results/${first}/level`);
    expect(two).toBeInstanceOf(ConfigurationError);
    expect((two as Error).message).toBe((one as Error).message);
  });

  it('throws the same error for invalid JSON in the worker\'s share', async () => {
    const text = JSON.stringify(trickyLog('Tool', 50)).replace('"finding 45', '"finding 45" oops "');
    const file = path.join(dir, 'broken.sarif');
    writeFileSync(file, text);
    const one = await streamLogs([{ path: file, name: 'broken.sarif' }], { workspace: '/w', exclude: [] }).catch((error: unknown) => error);
    const two = await streamLogs([{ path: file, name: 'broken.sarif' }], { workspace: '/w', exclude: [], worker, ...TWO_THREADS }).catch((error: unknown) => error);
    expect(one).toBeInstanceOf(ConfigurationError);
    expect((two as Error).message).toBe((one as Error).message);
    expect(two).toBeInstanceOf(ConfigurationError);
  });
});

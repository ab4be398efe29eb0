import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Log } from 'sarif';
import { buildFilteredSarif } from '../../../src/gate/emit/filtered-sarif.js';
import { decodeSarif } from '../../../src/gate/ingest/decode-sarif.js';
import { streamLogs } from '../../../src/gate/ingest/stream-logs.js';
import { normalizeLog } from '../../../src/gate/normalize/normalize-log.js';
import { OccurrenceCounter } from '../../../src/gate/normalize/fingerprint.js';
import { evaluatePolicy } from '../../../src/gate/stages/evaluate.js';
import { policy, run, sarifLog, today, type ResultSpec } from '../emit/fixtures.js';
import { CORPUS, CORPUS_WORKSPACE, corpusFiles } from '../normalize/corpus.js';
import { withMessages } from './with-messages.js';

const gatePolicy = policy('paths:\n  exclude: ["test/**", "**/vendor/**"]\n');

/** Corpus files decodeSarif accepts (the others are error cases for the decoder). */
function acceptedCorpus(): { name: string; log: Log }[] {
  const out: { name: string; log: Log }[] = [];
  for (const name of corpusFiles()) {
    try {
      out.push({ name, log: decodeSarif(readFileSync(path.join(CORPUS, name)), name) });
    } catch {
      // Not a valid SARIF log: not part of this comparison.
    }
  }
  return out;
}

function text(chunks: Iterable<string>): string {
  return [...chunks].join('');
}

describe('streamLogs', () => {
  const corpus = acceptedCorpus();

  it('reads a non-trivial part of the corpus', () => {
    expect(corpus.length).toBeGreaterThan(5);
  });

  it.each(corpus.map(({ name }) => name))('gives the findings normalizeLog gives, and the same gate outcome: %s', async (name) => {
    const log = corpus.find((entry) => entry.name === name)!.log;
    const expected = normalizeLog(log, { file: name, workspace: CORPUS_WORKSPACE, toolCategories: gatePolicy.tools, occurrences: new OccurrenceCounter() });
    // Small chunks, so results cross read boundaries.
    const streamed = await streamLogs([{ path: path.join(CORPUS, name), name }], {
      workspace: CORPUS_WORKSPACE,
      toolCategories: gatePolicy.tools,
      exclude: gatePolicy.paths.exclude,
      chunkBytes: 4096,
    });
    expect(withMessages(streamed)).toEqual(expected.findings);
    expect(streamed.runs).toEqual(expected.runs);

    const whole = run({ logs: [{ file: name, log }], policy: gatePolicy, workspace: CORPUS_WORKSPACE });
    const fromStream = run({ logs: streamed.logs, normalized: streamed, policy: gatePolicy, workspace: CORPUS_WORKSPACE });
    expect(fromStream.verdict).toBe(whole.verdict);
    expect(fromStream.counts).toEqual(whole.counts);
    expect(fromStream.warnings).toEqual(whole.warnings);
    expect(text(fromStream.sarifChunks())).toBe(text(whole.sarifChunks()));
    expect(text(fromStream.reportChunks())).toBe(text(whole.reportChunks()));
  });

  describe('with files on disk', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'stopline-stream-logs-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    function write(name: string, log: Log): { path: string; name: string } {
      const file = path.join(dir, name);
      writeFileSync(file, JSON.stringify(log));
      return { path: file, name };
    }

    it('keeps only the results trimming could select (in scope, most severe, ties in input order), at their original indexes', async () => {
      const levels = ['error', 'warning', 'note'] as const;
      const specs: ResultSpec[] = Array.from({ length: 40 }, (_, i) => ({
        rule: `r${i % 4}`,
        level: levels[i % 3],
        // The most severe results are excluded by path: trimming must fall back to in-scope ones.
        path: i % 5 === 0 ? 'test/a.js' : `src/f${i}.js`,
        line: i + 1,
        ...(i % 7 === 0 ? { score: '9.5' } : {}),
      }));
      const files = [write('a.sarif', sarifLog('Semgrep', specs)), write('b.sarif', sarifLog('Semgrep', specs.slice(0, 25)))];
      const logs = files.map((file) => ({ file: file.name, log: decodeSarif(readFileSync(file.path), file.name) }));
      const limit = 6;
      const streamed = await streamLogs(files, { workspace: '/w', exclude: gatePolicy.paths.exclude, maxResultsPerRun: limit, chunkBytes: 64 });

      const occurrences = new OccurrenceCounter();
      const findings = logs.flatMap(({ file, log }) => normalizeLog(log, { file, workspace: '/w', occurrences }).findings);
      expect(withMessages(streamed)).toEqual(findings);

      const evaluate = (list: typeof findings) =>
        evaluatePolicy(gatePolicy, list, { categoriesWithInput: new Set(['sast']), today }).exceptions.findings;
      const fromWhole = buildFilteredSarif(new Map(logs.map(({ file, log }) => [file, log])), evaluate(findings), { maxResultsPerRun: limit });
      const fromStream = buildFilteredSarif(new Map(streamed.logs.map(({ file, log }) => [file, log])), evaluate(streamed.findings), { maxResultsPerRun: limit }, streamed.results);
      expect(fromStream.warnings).toEqual(fromWhole.warnings);
      expect(text(fromStream.chunks())).toBe(text(fromWhole.chunks()));
      expect(JSON.parse(text(fromWhole.chunks())).runs[0].results).toHaveLength(limit);

      // Bounded: no more raw results held than the limit per tool.
      const held = streamed.findings.filter((finding) => streamed.results.has(finding.origin));
      expect(held).toHaveLength(limit);
    });

    it('names the file when a result has the wrong shape', async () => {
      const log = sarifLog('Semgrep', [{ rule: 'r1' }]);
      (log.runs[0]!.results![0] as unknown as Record<string, unknown>).level = 'fatal';
      const file = write('bad.sarif', log);
      await expect(streamLogs([file], { workspace: '/w', exclude: [] })).rejects.toThrow(/bad\.sarif.*"level" is "fatal"/s);
    });
  });
});

import { closeSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import { decodeSarif } from '../../../src/gate/ingest/decode-sarif.js';
import { streamSarif, type StreamSarifOptions } from '../../../src/gate/ingest/result-stream.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';

/** The shared SARIF corpus, read in place (never copied into the repository). */
const CORPUS = '/work/shared/corpus/sarif';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'result-stream-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything the stream yields, materialized: each run's envelope and its results in order. */
async function collect(file: string, options?: StreamSarifOptions) {
  const runs: Array<{ runIndex: number; run: unknown; results: unknown[]; indexes: number[] }> = [];
  for await (const streamed of streamSarif(file, options)) {
    const results: unknown[] = [];
    const indexes: number[] = [];
    for await (const { resultIndex, result } of streamed.results) {
      indexes.push(resultIndex);
      results.push(result);
    }
    runs.push({ runIndex: streamed.runIndex, run: streamed.run, results, indexes });
  }
  return runs;
}

/** What the stream must give for a log decoded whole: envelopes with `results: []`, results apart. */
function expectedFrom(log: { runs: Array<Record<string, unknown>> }) {
  return log.runs.map((run, runIndex) => {
    const { results, ...rest } = run;
    const list = (results as unknown[] | undefined) ?? [];
    return { runIndex, run: results === undefined ? rest : { ...rest, results: [] }, results: list, indexes: list.map((_, i) => i) };
  });
}

let counter = 0;
/** Writes `content` to a new file in the temp dir and returns its path. */
function fixture(content: string | Buffer): string {
  counter += 1;
  const file = path.join(dir, `case-${counter}.sarif`);
  writeFileSync(file, content);
  return file;
}

/** The ConfigurationError streaming `file` throws (with every result consumed). */
async function streamError(file: string, options?: StreamSarifOptions): Promise<ConfigurationError> {
  try {
    await collect(file, { displayName: 'scans/tool.sarif', ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError, but the stream finished');
}

function allFiles(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

describe('streamSarif on the shared corpus', () => {
  const files = allFiles(CORPUS);
  const decoded = files.map((file) => {
    try {
      return { file, log: decodeSarif(readFileSync(file), file) as unknown as { runs: Array<Record<string, unknown>> } };
    } catch {
      return { file, log: undefined };
    }
  });

  it('covers the corpus (most files decode)', () => {
    expect(decoded.filter((d) => d.log !== undefined).length).toBeGreaterThanOrEqual(30);
  });

  it.each(decoded.filter((d) => d.log !== undefined).map((d) => [path.relative(CORPUS, d.file), d] as const))(
    '%s: same runs and results as decodeSarif, with default and tiny chunks',
    async (_name, { file, log }) => {
      const expected = expectedFrom(log!);
      expect(await collect(file)).toEqual(expected);
      // 7-byte chunks put a boundary everywhere, but cost one file read per 7 bytes: on the few
      // corpus files over 200 KB, 1 KiB chunks keep the suite fast and still split many values.
      const tiny = statSync(file).size > 200_000 ? 1024 : 7;
      expect(await collect(file, { chunkBytes: tiny })).toEqual(expected);
    },
  );

  it.each(decoded.filter((d) => d.log === undefined).map((d) => [path.relative(CORPUS, d.file), d.file] as const))(
    '%s: rejected by decodeSarif, rejected by the stream too',
    async (_name, file) => {
      await streamError(file, { chunkBytes: 64 });
    },
  );
});

describe('streamSarif structure', () => {
  const driver = { name: 'demo', rules: [{ id: 'R1' }] };

  it('keeps brackets, quotes, escapes and multi-byte UTF-8 inside strings, across every chunk boundary', async () => {
    const tricky = ['a]}{["', 'quote \\" and \\\\', '\\\\', 'é ü 漢字 🔥 \u2028', '"]}', ']', '{', '\\u005d'].join('|');
    const results = [
      { ruleId: 'R1', message: { text: tricky } },
      { ruleId: 'R1', message: { text: '\\' }, properties: { 'k]"': ['}', '[', { '{': '"' }] } },
      { ruleId: 'R1', message: { text: '🔥'.repeat(10) } },
    ];
    const log = { version: '2.1.0', runs: [{ tool: { driver }, results, properties: { note: 'after "results" ]' } }] };
    for (const text of [JSON.stringify(log), JSON.stringify(log, null, 2)]) {
      const file = fixture(text);
      for (const chunkBytes of [1, 2, 3, 5, 7, 64]) {
        expect(await collect(file, { chunkBytes })).toEqual(expectedFrom(JSON.parse(text)));
      }
    }
  });

  it('handles "results" before "tool", members after the results, and several runs', async () => {
    const text = `{"runs": [
      {"results": [{"ruleId": "A", "message": {"text": "1"}}, {"ruleId": "B", "message": {"text": "2"}}], "tool": {"driver": {"name": "first"}}, "columnKind": "utf16CodeUnits"},
      {"tool": {"driver": {"name": "second"}}},
      {"tool": {"driver": {"name": "third"}}, "results": []}
    ], "version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json"}`;
    const runs = await collect(fixture(text), { chunkBytes: 7 });
    expect(runs).toEqual(expectedFrom(JSON.parse(text)));
    expect(runs.map((r) => (r.run as { tool: { driver: { name: string } } }).tool.driver.name)).toEqual(['first', 'second', 'third']);
    expect(runs[0]!.results).toHaveLength(2);
    expect(runs[1]!.run).not.toHaveProperty('results');
  });

  it('gives no runs for "runs": [] and accepts a UTF-8 BOM', async () => {
    expect(await collect(fixture('{"version":"2.1.0","runs":[]}'))).toEqual([]);
    expect(await collect(fixture('\ufeff{ "version" : "2.1.0" , "runs" : [ ] }\n'), { chunkBytes: 3 })).toEqual([]);
  });

  it('yields the results lazily: a bad result is reported only when reached', async () => {
    const text = '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"d"}},"results":[{"ruleId":"ok"},\n{"ruleId": oops}]}]}';
    const seen: unknown[] = [];
    const iterate = async () => {
      for await (const run of streamSarif(fixture(text), { displayName: 'x.sarif' })) for await (const { result } of run.results) seen.push(result);
    };
    await expect(iterate()).rejects.toThrow(/^SARIF x\.sarif at line 2, column 12: not valid JSON/);
    expect(seen).toEqual([{ ruleId: 'ok' }]);
  });
});

describe('streamSarif errors', () => {
  const good = (results: string) => `{"version": "2.1.0",\n"runs": [{"tool": {"driver": {"name": "d"}},\n"results": [${results}]}]}`;

  it.each([
    ['truncated inside a result', good('{"ruleId": "a"}, {"ruleId": "b", "message": {"te').slice(0, 80), /line 3, column \d+: not valid JSON: the text ends too early.*truncated/],
    ['truncated after the runs', '{"version": "2.1.0", "runs": []', /line 1, column 32: not valid JSON: the text ends too early/],
    ['truncated in a string', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semg', /line 1, column \d+: not valid JSON: the text ends too early \(truncated\?\): a string that is never closed/],
    ['invalid JSON inside a result', good('{"ruleId": "a"},\n  {"ruleId": "b" "x": 1}'), /line 4, column 18: not valid JSON: unexpected "\\"": expected "," or "}" in an object/],
    ['a trailing comma in the results', good('{"ruleId": "a"},\n'), /line 4, column 1: not valid JSON: a trailing comma before "\]"/],
    ['a trailing comma in the runs', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "d"}}}, ]}', /line 1, column 68: not valid JSON: a trailing comma before "\]"/],
    ['missing comma between runs', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "d"}}}\n {}]}', /line 2, column 2: not valid JSON: unexpected "\{": expected "," or "\]"/],
    ['text after the JSON', '{"version": "2.1.0", "runs": []}\n{}', /line 2, column 1: not valid JSON: unexpected text after the end/],
    ['plain text', 'scan failed: out of memory', /line 1, column 1: not valid JSON/],
    ['an empty file', ' \n ', /scans\/tool\.sarif: the file is empty/],
    ['a top-level array', '[{"version": "2.1.0"}]', /at \/: the top-level JSON value is an array, not a SARIF log object/],
    ['version missing', '{"runs": []}', /at \/version: "version" is missing/],
    ['SARIF 2.0.0', '{"version": "2.0.0", "runs": []}', /at \/version: "version" is "2\.0\.0", but only SARIF 2\.1\.0/],
    ['runs an object', '{"version": "2.1.0", "runs": {}}', /at \/runs: "runs" is an object, not an array/],
    ['runs missing', '{"version": "2.1.0"}', /at \/runs: "runs" is missing/],
    ['a run that is null', '{"version": "2.1.0", "runs": [null]}', /at \/runs\/0: the run is null, but must be an object/],
    ['second run without a tool name', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "d"}}}, {"tool": {"driver": {}}}]}', /at \/runs\/1\/tool\/driver\/name/],
    ['results not an array', '{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "d"}}, "results": {}}]}', /at \/runs\/0\/results: "results" is an object, but must be an array/],
    ['NUL bytes', Buffer.from('{"version": "2.1.0",\u0000 "runs": []}'), /at byte 20: the file contains NUL bytes/],
    ['UTF-16', Buffer.from('\ufeff{}', 'utf16le'), /at byte 0: the file is UTF-16/],
    ['invalid UTF-8 in a result', Buffer.concat([Buffer.from(good('{"ruleId": "')), Buffer.from([0xff]), Buffer.from('"}]}]}')]), /line 3, column 13 \(in the value starting there\): the file is not valid UTF-8/],
  ] as Array<[string, string | Buffer, RegExp]>)('%s', async (_name, content, says) => {
    const file = fixture(content);
    for (const chunkBytes of [4, 1024]) {
      const error = await streamError(file, { chunkBytes });
      expect(error.message).toMatch(/^SARIF scans\/tool\.sarif/);
      expect(error.message).toMatch(says);
    }
  });

  it('rejects a wrong version before yielding any run, even when "runs" comes first', async () => {
    const text = '{"runs": [{"tool": {"driver": {"name": "d"}}, "results": [{"ruleId": "a"}]}], "version": "1.0.0"}';
    const yielded: number[] = [];
    await expect(
      (async () => {
        for await (const run of streamSarif(fixture(text), { chunkBytes: 5 })) yielded.push(run.runIndex);
      })(),
    ).rejects.toThrow(/"version" is "1\.0\.0"/);
    expect(yielded).toEqual([]);
  });

  it('names a missing file or a directory', async () => {
    await expect(collect(path.join(dir, 'nope.sarif'), { displayName: 'nope.sarif' })).rejects.toThrow(/^SARIF nope\.sarif: the file does not exist/);
    await expect(collect(dir, { displayName: 'd' })).rejects.toThrow(/^SARIF d: the file is a directory/);
  });
});

describe('streamSarif result counts', () => {
  // The scan makes room for as many results as the bytes left suggest (a guess): far more results
  // (tiny ones) or far fewer (huge ones) must come out the same.
  it.each([
    ['20,000 tiny results', Array.from({ length: 20_000 }, (_, i) => ({ ruleId: `r${i % 7}` }))],
    ['3 huge results', Array.from({ length: 3 }, (_, i) => ({ ruleId: 'big', message: { text: 'x'.repeat(400_000 + i) } }))],
  ])('locates every result, however many the file size suggests: %s', async (_name, results) => {
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'd' } }, results }, { tool: { driver: { name: 'e' } }, results: results.slice(0, 2) }] };
    const file = fixture(JSON.stringify(log));
    expect(await collect(file)).toEqual(expectedFrom(log));
    for await (const run of streamSarif(file)) {
      expect(run.resultCount).toBe(run.runIndex === 0 ? results.length : 2);
      const last = run.resultCount - 1;
      const batches: unknown[] = [];
      for await (const batch of run.resultBatches(last, run.resultCount)) batches.push(batch);
      expect(batches).toEqual([[{ resultIndex: last, result: results[last] }]]);
    }
  });
});

describe('streamSarif memory', () => {
  it('streams a ~100 MB file with heap growth far below its size', async () => {
    const file = path.join(dir, 'large.sarif');
    const fd = openSync(file, 'w');
    writeSync(fd, '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"big","rules":[{"id":"R1"}]}},"results":[');
    const result = (i: number) =>
      JSON.stringify({
        ruleId: 'R1',
        message: { text: `finding ${i} with some text "quoted" and ]} brackets` },
        locations: [{ physicalLocation: { artifactLocation: { uri: `src/module-${i % 997}/file-${i}.ts` }, region: { startLine: i % 5000, startColumn: 3 } } }],
        partialFingerprints: { primaryLocationLineHash: `${i.toString(16)}:1` },
      });
    const batch: string[] = [];
    let count = 0;
    let bytes = 0;
    while (bytes < 100 * 1024 * 1024) {
      const text = result(count);
      batch.push(count === 0 ? text : ',' + text);
      bytes += text.length + 1;
      count += 1;
      if (batch.length === 5000) writeSync(fd, batch.splice(0).join(''));
    }
    writeSync(fd, batch.join('') + ']}]}');
    closeSync(fd);

    // jest runs without --expose-gc; turning the flag on at run time and fetching gc from a new
    // context gives a real full GC, so the heap numbers measure what is retained, not garbage.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;
    let seen = 0;
    let checksum = 0;
    const started = Date.now();
    for await (const run of streamSarif(file, { chunkBytes: 4 * 1024 * 1024 })) {
      for await (const { resultIndex, result } of run.results) {
        if (resultIndex !== seen) throw new Error(`result ${resultIndex} came where ${seen} was expected`);
        seen += 1;
        checksum += (result as { locations: Array<{ physicalLocation: { region: { startLine: number } } }> }).locations[0]!.physicalLocation.region.startLine;
        if (seen % 50000 === 0) {
          gc();
          const now = process.memoryUsage();
          peakHeap = Math.max(peakHeap, now.heapUsed);
          peakRss = Math.max(peakRss, now.rss);
        }
      }
    }
    const seconds = (Date.now() - started) / 1000;
    expect(seen).toBe(count);
    let expectedChecksum = 0;
    for (let i = 0; i < count; i += 1) expectedChecksum += i % 5000;
    expect(checksum).toBe(expectedChecksum);
    // Retained heap stays near the chunk size (4 MiB window, plus one parsed result); keeping the
    // results would retain more than the file's 100 MB.
    expect(peakHeap - before.heapUsed).toBeLessThan(24 * 1024 * 1024);
    expect(peakRss - before.rss).toBeLessThan(96 * 1024 * 1024);
    process.stdout.write(`streamed ${(bytes / 1024 / 1024).toFixed(0)} MB, ${count} results in ${seconds.toFixed(2)} s (${(bytes / 1024 / 1024 / seconds).toFixed(0)} MB/s)\n`);
  }, 60_000);
});

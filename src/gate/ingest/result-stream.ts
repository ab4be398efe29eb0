import { isAscii, isUtf8 } from 'node:buffer';
import { open, type FileHandle } from 'node:fs/promises';
import type { Result, Run } from 'sarif';
import { findJsonSyntaxError } from '../../runtime/json-syntax.js';
import { checkRun, parseSarifText } from './decode-sarif.js';
import { JsonChunkReader, JsonStructureError, type BytePosition } from './json-chunk-reader.js';
import { ResultSpans, type SpanSlice } from './result-spans.js';
import { FIX_REGENERATE, sarifError, unreadableSarifError } from './sarif-error.js';

/** One result of a streamed run, with its index in `runs[i].results`. */
export interface StreamedResult {
  resultIndex: number;
  result: Result;
}

/**
 * One result's JSON, as the bytes in the file, with its index: a view into the window being read,
 * valid until the next batch is asked for (copy what you keep).
 */
export interface ResultBytes {
  resultIndex: number;
  result: Buffer;
}

/**
 * One run of a streamed SARIF log. `run` is the run's envelope: every member except the results
 * (`results` is `[]` when the run has a results array), already checked like `decodeSarif` checks
 * runs. `results` reads the run's results from the file one at a time, in file order.
 */
export interface StreamedRun {
  runIndex: number;
  run: Run;
  results: AsyncIterable<StreamedResult>;
  /** How many results the run has (its `results` array's length). */
  resultCount: number;
  /**
   * The same results as `results` (those from index `from` to `to`, by default all), a few at a
   * time (one await per batch, not per result): what a caller going through hundreds of
   * thousands of results uses. Each call reads the file again.
   */
  resultBatches(from?: number, to?: number): AsyncIterable<StreamedResult[]>;
  /** The same for the ranges `ranges` hands out, each read when the last is done (see ResultClaims). */
  rangeBatches(ranges: RangeSource): AsyncIterable<StreamedResult[]>;
  /** Where results `from` to `to` lie, as data for another thread's readSpanSlice. */
  spanSlice(from: number, to: number): SpanSlice;
  /**
   * Reads the JSON of some of the run's results again, by index (ascending), a few at a time,
   * straight from where the scan found them: a caller that keeps a few results of a big run (the
   * filtered SARIF's most severe) can let the rest go and read the kept ones back at the end, and
   * keep them as bytes (nothing for the garbage collector to copy) until they are written.
   */
  rereadBytes(resultIndexes: readonly number[]): AsyncIterable<ResultBytes[]>;
}

export interface StreamSarifOptions {
  /** Bytes read per file read (default 8 MiB); memory is about this plus the largest single result. */
  chunkBytes?: number;
  /** What messages call the file (usually the path relative to the workspace); default `file`. */
  displayName?: string;
}

/** 8 MiB: large enough that reads and per-chunk bookkeeping are noise, small next to any heap. */
export const DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024;

// Same wording as decode-sarif.ts (its constant is not exported).
const FIX_ENCODING = 'Pass the SARIF file the scanner wrote, encoded as UTF-8';

const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const QUOTE = 0x22;

/**
 * Reads a SARIF log run by run and result by result, for files too large for one string (V8
 * stops at about 512 MB) and in memory bounded by the chunk size plus the largest result, where
 * `decodeSarif` holds the whole file. The checks and messages are decodeSarif's: encoding (UTF-16
 * BOM, NUL bytes, invalid UTF-8 in any value), JSON syntax with line and column, the log's
 * `version` and `runs`, and `checkRun` on each run envelope. Each result is JSON-parsed from its
 * own byte slice; like decodeSarif, result fields are left to the normalizer.
 *
 * Order of checks: the log's members other than `runs` are checked before the first run is
 * yielded; when `runs` comes before `version` in the file, that takes one extra structural scan
 * over the runs (no parsing). A run is yielded once its object has been read to the end, because
 * members after `results` (CodeQL writes `columnKind`, `properties` there) belong to the
 * envelope. That scan records where each result lies (ResultSpans); the results are then read
 * back from the file through their own handle, by offset, and parsed one by one. So a run's
 * results are scanned once and never buffered, whatever the key order.
 * An error anywhere (including after the last run) is thrown from the iteration, so a caller that
 * consumes it to the end never treats a broken file as valid.
 *
 * Each run's `results` opens its own handle on the file when iterated, so it may be consumed
 * before or after the next run is requested; it is a generator (iterate it once), and the file
 * must not change while it is read.
 */
export async function* streamSarif(file: string, options: StreamSarifOptions = {}): AsyncGenerator<StreamedRun> {
  const displayName = options.displayName ?? file;
  const chunkBytes = chunkBytesOf(options);
  const { handle, bytes } = await openSarif(file, displayName);
  try {
    const reader = new JsonChunkReader(handle, chunkBytes, refuseNul(displayName));
    reader.seek(await startAfterBom(handle, displayName));
    const walker = new LogWalker(reader, { file, displayName, chunkBytes, bytes });
    yield* walker.walk();
  } catch (error) {
    throw asConfigurationError(error, displayName);
  } finally {
    await handle.close();
  }
}

function chunkBytesOf(options: StreamSarifOptions): number {
  return Math.max(1, Math.floor(options.chunkBytes ?? DEFAULT_CHUNK_BYTES));
}

/** Results `from` (inclusive) to `to` (exclusive) of a run. */
export interface ResultRange {
  from: number;
  to: number;
}

/** Ranges handed out one at a time (as a thread claims them, see ResultClaims); undefined when there are no more. */
export type RangeSource = () => ResultRange | undefined;

/** What streamResultBatches reads: one range, ranges from a RangeSource, or results by index (ascending). */
type Which = ResultRange | RangeSource | readonly number[];

interface Source {
  file: string;
  displayName: string;
  chunkBytes: number;
  /** The file's size, when known (to guess how many results are ahead). */
  bytes?: number;
}

/**
 * Fewer bytes than most tools write per result (CodeQL about 500, with code flows far more): the
 * guess of how many results a results array holds errs on the side of room to spare.
 */
const BYTES_PER_RESULT_GUESS = 256;

/** Walks the top-level object, collecting its members other than `runs` and walking the runs. */
class LogWalker {
  constructor(
    private readonly reader: JsonChunkReader,
    private readonly source: Source,
  ) {}

  async *walk(): AsyncGenerator<StreamedRun> {
    const { reader } = this;
    const first = await reader.peek();
    if (first === -1) {
      throw sarifError(this.source.displayName, '', 'the file is empty (or only whitespace)', `${FIX_REGENERATE}: an empty file usually means the scan failed`);
    }
    if (first !== OPEN_OBJECT) {
      // Not an object: let decodeSarif's checks say what it is (array, string, not JSON at all).
      const at = reader.position();
      reader.mark();
      await reader.skipValue();
      const value = parseSlice(reader.sliceFromMark(), at, this.source.displayName);
      parseSarifText(JSON.stringify(value), this.source.displayName);
      throw new Error('unreachable: a top-level value that is not an object passed the log checks');
    }
    reader.advance();
    const log: Record<string, unknown> = {};
    let runsAt: BytePosition | undefined;
    let lookingAhead = false;
    let walked = false;
    for (let b = await reader.peek(); b !== CLOSE_OBJECT; ) {
      const key = await readKey(reader, this.source.displayName);
      await reader.expect(COLON, 'expected ":" after a property name');
      if (key === 'runs' && (await reader.peek()) === OPEN_ARRAY && !walked) {
        runsAt = reader.position();
        if (!('version' in log) && !lookingAhead) {
          // `version` may still follow: read the rest of the log's members before any run is
          // trusted, then come back (a structural scan of the runs, no parsing).
          lookingAhead = true;
          await reader.skipValue();
        } else {
          checkLog(log, true, this.source.displayName);
          yield* this.walkRuns();
          walked = true;
        }
        setMember(log, 'runs', []);
      } else {
        setMember(log, key, await readValue(reader, this.source.displayName));
      }
      b = await afterMember(reader);
    }
    reader.advance();
    const after = await reader.peek();
    if (after !== -1) throw new JsonStructureError('unexpected text after the end of the JSON value', reader.position(), false);
    checkLog(log, runsAt !== undefined, this.source.displayName);
    if (lookingAhead && !walked && runsAt !== undefined) {
      reader.seek(runsAt);
      yield* this.walkRuns();
    }
  }

  /** Reads `runs` from its "[" to its "]", yielding each run once its envelope is complete. */
  private async *walkRuns(): AsyncGenerator<StreamedRun> {
    const { reader, source } = this;
    await reader.expect(OPEN_ARRAY, 'expected "["');
    if ((await reader.peek()) === CLOSE_ARRAY) {
      reader.advance();
      return;
    }
    for (let runIndex = 0; ; runIndex += 1) {
      if ((await reader.peek()) !== OPEN_OBJECT) {
        // Not an object: parse it so checkRun can say what it is.
        checkRun(await readValue(reader, source.displayName), runIndex, source.displayName);
      }
      const { run, spans } = await readRunEnvelope(reader, source);
      checkRun(run, runIndex, source.displayName);
      yield {
        runIndex,
        run: run as unknown as Run,
        resultCount: spans?.length ?? 0,
        results: spans === undefined ? noResults() : streamResults(source, spans, { from: 0, to: spans.length }),
        resultBatches: (from = 0, to = spans?.length ?? 0) => (spans === undefined ? noResults() : streamResultBatches(source, spans, { from, to })),
        rangeBatches: (ranges) => (spans === undefined ? noResults() : streamResultBatches(source, spans, ranges)),
        spanSlice: (from, to) => (spans ?? new ResultSpans()).slice(from, to),
        rereadBytes: (indexes) => (spans === undefined ? noResults() : streamResultBatches(source, spans, indexes, resultBytes)),
      };
      const b = await reader.peek();
      if (b === CLOSE_ARRAY) {
        reader.advance();
        return;
      }
      if (b !== COMMA) throw reader.unexpected(b, 'expected "," or "]" in an array');
      reader.advance();
      if ((await reader.peek()) === CLOSE_ARRAY) throw new JsonStructureError('a trailing comma before "]"', reader.position(), false);
    }
  }
}

/**
 * Steps past what follows an object member: a comma (then the next key), or the closing brace,
 * which is left for the caller. Returns the next byte. Both object walks (the log, each run) use it.
 */
async function afterMember(reader: JsonChunkReader): Promise<number> {
  const b = await reader.peek();
  if (b === COMMA) {
    reader.advance();
    const next = await reader.peek();
    if (next === CLOSE_OBJECT) throw new JsonStructureError('a trailing comma before "}"', reader.position(), false);
    return next;
  }
  if (b !== CLOSE_OBJECT) throw reader.unexpected(b, 'expected "," or "}" in an object');
  return b;
}

/** Reads one run object, keeping every member but `results`, whose elements are only located. */
async function readRunEnvelope(reader: JsonChunkReader, source: Source): Promise<{ run: Record<string, unknown>; spans?: ResultSpans }> {
  const { displayName } = source;
  await reader.expect(OPEN_OBJECT, 'expected "{"');
  const run: Record<string, unknown> = {};
  let spans: ResultSpans | undefined;
  for (let b = await reader.peek(); b !== CLOSE_OBJECT; ) {
    const key = await readKey(reader, displayName);
    await reader.expect(COLON, 'expected ":" after a property name');
    if (key === 'results' && (await reader.peek()) === OPEN_ARRAY) {
      spans = await locateElements(reader, ((source.bytes ?? 0) - reader.offset()) / BYTES_PER_RESULT_GUESS);
      setMember(run, key, []);
    } else {
      // A later duplicate `results` that is not an array wins, as in JSON.parse; checkRun reports it.
      if (key === 'results') spans = undefined;
      setMember(run, key, await readValue(reader, displayName));
    }
    b = await afterMember(reader);
  }
  reader.advance();
  return { run, spans };
}

/**
 * Walks an array from its "[" to its "]", recording where each element lies (structure only, no
 * parsing); `expected` is a guess of how many elements it has.
 */
async function locateElements(reader: JsonChunkReader, expected: number): Promise<ResultSpans> {
  const spans = new ResultSpans(expected);
  await reader.expect(OPEN_ARRAY, 'expected "["');
  if ((await reader.peek()) === CLOSE_ARRAY) {
    reader.advance();
    return spans;
  }
  const found = (start: number, line: number, lineStart: number, end: number) => spans.pushAt(start, line, lineStart, end);
  for (;;) {
    // Most elements are found by the synchronous fast path; the general one (awaiting reads)
    // takes an element only where the window ends or the fast path does not apply.
    if (!reader.locateInWindow(found)) {
      await reader.peek();
      const start = reader.position();
      await reader.skipValue();
      spans.push(start, reader.offset());
    }
    const b = await reader.peek();
    if (b === CLOSE_ARRAY) {
      reader.advance();
      return spans;
    }
    if (b !== COMMA) throw reader.unexpected(b, 'expected "," or "]" in an array');
    reader.advance();
    if ((await reader.peek()) === CLOSE_ARRAY) throw new JsonStructureError('a trailing comma before "]"', reader.position(), false);
  }
}

/**
 * Results per batch: small, so parsed results die young (before the next scavenge) once the
 * caller has normalized them; a window's worth held at once would survive into the old
 * generation, which measured slower and larger.
 */
const RESULTS_PER_BATCH = 64;

/**
 * Reads one run's results by the spans the envelope scan recorded: sequential reads of about
 * `chunkBytes` (never past the last result asked for), each result sliced out and parsed on its
 * own, handed out a few at a time (one await per batch, not per result). The scan already checked
 * the structure and refused NUL bytes; JSON.parse checks the rest. A result that fails to parse is
 * thrown after the results before it were handed out, so a caller sees everything up to the bad one.
 */
function streamResultBatches(source: Source, spans: ResultSpans, which: Which): AsyncGenerator<StreamedResult[]>;
function streamResultBatches<T>(source: Source, spans: ResultSpans, which: Which, take: Take<T>): AsyncGenerator<{ resultIndex: number; result: T }[]>;
async function* streamResultBatches(
  source: Source,
  spans: ResultSpans,
  which: Which,
  take: Take<unknown> = parseResult,
): AsyncGenerator<{ resultIndex: number; result: unknown }[]> {
  const next = segmentsOf(which);
  let segment = next();
  if (segment === undefined) return;
  const { handle } = await openSarif(source.file, source.displayName);
  try {
    let buf = Buffer.allocUnsafe(source.chunkBytes);
    // File offsets of buf[0] and of the byte after the last valid one.
    let bufStart = 0;
    let bufEnd = 0;
    // Whether the window is all ASCII: then no slice of it needs its own UTF-8 check.
    let ascii = false;
    for (; segment !== undefined; segment = next()) {
      const { from, count, only } = segment;
      if (count === 0) continue;
      // The byte after the segment's last result: a read never goes past it (a worker reading
      // its chunks from the back would otherwise read a window of results it has done).
      const last = only === undefined ? from + count - 1 : only[count - 1]!;
      checkResultIndex(spans, last);
      const limit = spans.end(last);
      for (let n = 0; n < count; ) {
        const batch: { resultIndex: number; result: unknown }[] = [];
        try {
          for (; n < count; n += 1) {
            const resultIndex = only === undefined ? from + n : only[n]!;
            checkResultIndex(spans, resultIndex);
            const start = spans.start(resultIndex);
            const end = spans.end(resultIndex);
            if (batch.length === RESULTS_PER_BATCH) break;
            if (end > bufEnd || start < bufStart) {
              // The window is used up: hand out what it gave before reading the next one.
              if (batch.length > 0) break;
              // Refill from this result's first byte; a result larger than the window gets a window
              // of its own size, given back at the next refill.
              const size = Math.max(source.chunkBytes, end - start);
              if (buf.length !== size) buf = Buffer.allocUnsafe(size);
              const want = Math.max(end, Math.min(limit, start + size)) - start;
              let filled = 0;
              while (filled < want) {
                const { bytesRead } = await handle.read(buf, filled, want - filled, start + filled);
                if (bytesRead === 0) throw new Error(`${source.displayName} changed while it was read (it is shorter than when it was scanned)`);
                filled += bytesRead;
              }
              bufStart = start;
              bufEnd = start + filled;
              ascii = isAscii(buf.subarray(0, filled));
            }
            const result = take(buf, start - bufStart, end - bufStart, ascii, spans, resultIndex, source.displayName);
            batch.push({ resultIndex, result });
          }
        } catch (error) {
          if (batch.length > 0) yield batch;
          throw error;
        }
        yield batch;
      }
    }
  } catch (error) {
    throw asConfigurationError(error, source.displayName);
  } finally {
    await handle.close();
  }
}

/** Consecutive results (`only` undefined: from `from` on) or listed ones (`only`), `count` of them. */
interface Segment {
  from: number;
  count: number;
  only?: readonly number[];
}

/** What streamResultBatches reads, as segments one after the other. */
function segmentsOf(which: Which): () => Segment | undefined {
  if (typeof which === 'function') {
    return () => {
      const range = which();
      return range && { from: range.from, count: Math.max(0, range.to - range.from) };
    };
  }
  const segment: Segment = Array.isArray(which)
    ? { from: 0, count: which.length, only: which as readonly number[] }
    : { from: (which as ResultRange).from, count: Math.max(0, (which as ResultRange).to - (which as ResultRange).from) };
  let given = segment.count === 0;
  return () => {
    if (given) return undefined;
    given = true;
    return segment;
  };
}

/** Throws unless the spans hold result `index`. */
function checkResultIndex(spans: ResultSpans, index: number): void {
  if (index < spans.first || index >= spans.length) throw new RangeError(`no result ${index} in a run of ${spans.length}`);
}

/** The results one at a time, from streamResultBatches. */
async function* streamResults(source: Source, spans: ResultSpans, which: Which): AsyncGenerator<StreamedResult> {
  for await (const batch of streamResultBatches(source, spans, which)) yield* batch;
}

/**
 * Reads and parses the results a span slice (StreamedRun.spanSlice) locates, as
 * StreamedRun.resultBatches does (all of them, or those of each range `ranges` hands out, as
 * rangeBatches does): how a worker thread reads its share of a big run. `file` and the options are
 * those the run was streamed with.
 */
export function readSpanSlice(file: string, slice: SpanSlice, options: StreamSarifOptions = {}, ranges?: RangeSource): AsyncIterable<StreamedResult[]> {
  const spans = ResultSpans.fromSlice(slice);
  const source: Source = { file, displayName: options.displayName ?? file, chunkBytes: chunkBytesOf(options) };
  return streamResultBatches(source, spans, ranges ?? { from: spans.first, to: spans.length });
}

async function* noResults(): AsyncGenerator<never> {
  // A run without a results array has no results to read.
}

type Latin1Slicing = { latin1Slice?: (start: number, end: number) => string };

/**
 * buf.toString('latin1', from, to) without its argument handling, which showed in profiles at
 * 300,000 calls: Buffer's own latin1Slice, where Node has it (every version so far).
 */
const latin1Slice: (buf: Buffer, from: number, to: number) => string =
  typeof (Buffer.prototype as Latin1Slicing).latin1Slice === 'function'
    ? (buf, from, to) => (buf as Latin1Slicing).latin1Slice!(from, to)
    : (buf, from, to) => buf.toString('latin1', from, to);

/** How streamResultBatches takes a located result out of its window: parsed, or as its bytes. */
type Take<T> = (buf: Buffer, from: number, to: number, ascii: boolean, spans: ResultSpans, index: number, displayName: string) => T;

/** The bytes of a result the scan located and a parse already accepted (so they are valid UTF-8), as a view. */
function resultBytes(buf: Buffer, from: number, to: number): Buffer {
  return buf.subarray(from, to);
}

/**
 * One result's bytes `buf[from, to)` parsed; as parseSlice, with the UTF-8 check skipped for a
 * window known to be ASCII, and the result's position (for messages) only made on an error.
 */
function parseResult(buf: Buffer, from: number, to: number, ascii: boolean, spans: ResultSpans, index: number, displayName: string): Result {
  if (ascii) {
    try {
      return JSON.parse(latin1Slice(buf, from, to)) as Result;
    } catch {
      // Reported with its place in the file below.
    }
  }
  return parseSlice(buf.subarray(from, to), spans.position(index), displayName) as Result;
}

/** Reads a property name (a JSON string) and decodes its escapes. */
async function readKey(reader: JsonChunkReader, displayName: string): Promise<string> {
  const b = await reader.peek();
  if (b !== QUOTE) throw reader.unexpected(b, 'expected a property name in double quotes');
  return (await readValue(reader, displayName)) as string;
}

/** Reads the next value as its own byte slice and parses it. */
async function readValue(reader: JsonChunkReader, displayName: string): Promise<unknown> {
  await reader.peek();
  const at = reader.position();
  reader.mark();
  await reader.skipValue();
  return parseSlice(reader.sliceFromMark(), at, displayName);
}

/**
 * JSON.parse of one value's bytes; a syntax error is reported at its place in the file (the
 * value's start line plus the line within it; columns count bytes before the value on its first
 * line, UTF-16 units after).
 */
function parseSlice(bytes: Buffer, at: BytePosition, displayName: string): unknown {
  if (!isUtf8(bytes)) {
    throw sarifError(displayName, `${where(at)} (in the value starting there)`, 'the file is not valid UTF-8 text (is it a binary file?)', FIX_ENCODING);
  }
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text);
  } catch (cause) {
    const found = findJsonSyntaxError(text);
    if (found === undefined) {
      throw sarifError(displayName, where(at), `not valid JSON (${(cause as Error).message})`, `${FIX_REGENERATE}, or fix the JSON by hand`);
    }
    const line = at.line + found.line - 1;
    const column = found.line === 1 ? at.offset - at.lineStart + found.column : found.column;
    throw sarifError(displayName, `line ${line}, column ${column}`, `not valid JSON: ${found.problem}`, `${FIX_REGENERATE}, or fix the JSON by hand`);
  }
}

function where(at: BytePosition): string {
  return `line ${at.line}, column ${at.offset - at.lineStart + 1}`;
}

/** Runs decodeSarif's log-level checks (version, runs) on the log's members; `runs` stands in as []. */
function checkLog(log: Record<string, unknown>, hasRunsArray: boolean, displayName: string): void {
  const skeleton = hasRunsArray ? { ...log, runs: [] } : log;
  parseSarifText(JSON.stringify(skeleton), displayName);
}

/** Sets an own property even for "__proto__", as JSON.parse does. */
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Refuses NUL bytes as each chunk arrives (binary or UTF-16 input), like decodeSarif. */
function refuseNul(displayName: string): (bytes: Buffer, offset: number) => void {
  return (bytes, offset) => {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      throw sarifError(displayName, `byte ${offset + nul}`, 'the file contains NUL bytes: it is binary (or UTF-16), not a SARIF JSON text', FIX_ENCODING);
    }
  };
}

/** Where the JSON starts: after a UTF-8 BOM; a UTF-16 BOM is an error. */
async function startAfterBom(handle: FileHandle, displayName: string): Promise<BytePosition> {
  const head = Buffer.alloc(3);
  const { bytesRead } = await handle.read(head, 0, 3, 0);
  if (bytesRead >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) {
    throw sarifError(displayName, 'byte 0', 'the file is UTF-16 encoded (it starts with a UTF-16 byte order mark)', 'Write the SARIF file as UTF-8');
  }
  const bom = bytesRead === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return { offset: bom, line: 1, lineStart: bom };
}

/** Opens the file, and its size; a missing or unreadable file is a ConfigurationError worded like readSarifFile's. */
async function openSarif(file: string, displayName: string): Promise<{ handle: FileHandle; bytes: number }> {
  try {
    const handle = await open(file, 'r');
    const stats = await handle.stat();
    // Opening a directory succeeds on Linux; only reading it fails, with a less clear error.
    if (stats.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR' });
    }
    return { handle, bytes: stats.size };
  } catch (cause) {
    throw unreadableSarifError(displayName, cause);
  }
}

/** Turns the reader's structural errors into the SARIF message shape; other errors pass through. */
function asConfigurationError(error: unknown, displayName: string): unknown {
  if (!(error instanceof JsonStructureError)) return error;
  const fix = error.truncated ? `The file looks truncated. ${FIX_REGENERATE}` : `${FIX_REGENERATE}, or fix the JSON by hand`;
  return sarifError(displayName, where(error.position), `not valid JSON: ${error.problem}`, fix);
}

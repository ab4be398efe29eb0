import type { BytePosition } from './json-chunk-reader.js';

/**
 * Some consecutive spans of a results array as plain data (typed arrays), to hand a range of a
 * run's results to a worker thread; `first` is the index (in the run) of the first span.
 */
export interface SpanSlice {
  first: number;
  starts: Float64Array;
  ends: Float64Array;
  lines: Float64Array;
  lineStarts: Float64Array;
}

/** Room made at once at most (32 MiB of spans): a wrong guess on a huge file costs no more. */
const MAX_INITIAL_SPANS = 1 << 20;

/**
 * Where each element of a results array lies in the file: its first byte (with the line it is on,
 * for messages) and the byte after its last. Recorded during the structural scan that finds the
 * run's envelope, so the results can then be sliced straight out of the file and parsed without
 * a second scan. Typed arrays, growing by doubling: 32 bytes a result, far less than the finding
 * each result becomes. Indexes are the results' indexes in the run, also for spans made from a
 * slice (which hold the results from `first` on).
 */
export class ResultSpans {
  private starts: Float64Array;
  private ends: Float64Array;
  private lines: Float64Array;
  private lineStarts: Float64Array;
  private count = 0;
  /** The run's index of the first span held (0 unless made from a slice). */
  private firstIndex = 0;

  /**
   * `expected`: how many spans to make room for at once (a guess from the bytes left to scan), so
   * a big run's arrays are not copied a dozen times as they double.
   */
  constructor(expected = 0) {
    const size = Math.max(1024, Math.min(MAX_INITIAL_SPANS, Math.ceil(expected)));
    this.starts = new Float64Array(size);
    this.ends = new Float64Array(size);
    this.lines = new Float64Array(size);
    this.lineStarts = new Float64Array(size);
  }

  /** Spans holding what `slice()` gave (another thread's copy of a range). */
  static fromSlice(slice: SpanSlice): ResultSpans {
    const spans = new ResultSpans();
    spans.starts = slice.starts;
    spans.ends = slice.ends;
    spans.lines = slice.lines;
    spans.lineStarts = slice.lineStarts;
    spans.count = slice.starts.length;
    spans.firstIndex = slice.first;
    return spans;
  }

  /** The index of the first span held. */
  get first(): number {
    return this.firstIndex;
  }

  /** One past the index of the last span held: the run's result count for a whole run. */
  get length(): number {
    return this.firstIndex + this.count;
  }

  push(start: BytePosition, end: number): void {
    this.pushAt(start.offset, start.line, start.lineStart, end);
  }

  /** push() without a BytePosition object: the scan's fast path records hundreds of thousands. */
  pushAt(offset: number, line: number, lineStart: number, end: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count;
    this.starts[i] = offset;
    this.ends[i] = end;
    this.lines[i] = line;
    this.lineStarts[i] = lineStart;
    this.count += 1;
  }

  start(index: number): number {
    return this.starts[index - this.firstIndex]!;
  }

  end(index: number): number {
    return this.ends[index - this.firstIndex]!;
  }

  position(index: number): BytePosition {
    const i = index - this.firstIndex;
    return { offset: this.starts[i]!, line: this.lines[i]!, lineStart: this.lineStarts[i]! };
  }

  /** The spans of results `from` (inclusive) to `to` (exclusive), copied. */
  slice(from: number, to: number): SpanSlice {
    const a = from - this.firstIndex;
    const b = to - this.firstIndex;
    if (a < 0 || b > this.count || a > b) throw new RangeError(`no spans ${from}..${to} in ${this.firstIndex}..${this.length}`);
    return {
      first: from,
      starts: this.starts.slice(a, b),
      ends: this.ends.slice(a, b),
      lines: this.lines.slice(a, b),
      lineStarts: this.lineStarts.slice(a, b),
    };
  }

  private grow(): void {
    const size = Math.max(1024, this.starts.length * 2);
    const grown = (from: Float64Array) => {
      const to = new Float64Array(size);
      to.set(from);
      return to;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.lines = grown(this.lines);
    this.lineStarts = grown(this.lineStarts);
  }
}

import type { BytePosition } from './json-chunk-reader.js';

/**
 * Where each element of a results array lies in the file: its first byte (with the line it is on,
 * for messages) and the byte after its last. Recorded during the structural scan that finds the
 * run's envelope, so the results can then be sliced straight out of the file and parsed without
 * a second scan. Typed arrays, growing by doubling: 32 bytes a result, far less than the finding
 * each result becomes.
 */
export class ResultSpans {
  private starts = new Float64Array(1024);
  private ends = new Float64Array(1024);
  private lines = new Float64Array(1024);
  private lineStarts = new Float64Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(start: BytePosition, end: number): void {
    if (this.count === this.starts.length) this.grow();
    const i = this.count;
    this.starts[i] = start.offset;
    this.ends[i] = end;
    this.lines[i] = start.line;
    this.lineStarts[i] = start.lineStart;
    this.count += 1;
  }

  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }

  position(index: number): BytePosition {
    return { offset: this.starts[index]!, line: this.lines[index]!, lineStart: this.lineStarts[index]! };
  }

  private grow(): void {
    const size = this.starts.length * 2;
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

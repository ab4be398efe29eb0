import type { FileHandle } from 'node:fs/promises';

/** A place in the file: byte offset, 1-based line, and the offset where that line starts. */
export interface BytePosition {
  offset: number;
  line: number;
  lineStart: number;
}

/**
 * Thrown by the reader for a structural problem at `position`; the SARIF layer turns it into a
 * ConfigurationError naming the file (the reader knows bytes, not files or fixes).
 */
export class JsonStructureError extends Error {
  constructor(
    readonly problem: string,
    readonly position: BytePosition,
    readonly truncated: boolean,
  ) {
    super(problem);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

// What a byte means to locateInWindow's scan outside strings.
const OTHER = 0;
const STRING = 1;
const OPEN = 2;
const CLOSE = 3;
const LINE = 4;
const BYTE_KIND = new Uint8Array(256);
BYTE_KIND[QUOTE] = STRING;
BYTE_KIND[0x7b] = OPEN;
BYTE_KIND[0x5b] = OPEN;
BYTE_KIND[0x7d] = CLOSE;
BYTE_KIND[0x5d] = CLOSE;
BYTE_KIND[NEWLINE] = LINE;

/** Whitespace in JSON: space, tab, line feed, carriage return. */
function isWhitespace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
}

/**
 * The index of the quote that closes the string whose text starts at `from`, or `end` when it is
 * not before `end`. Found with indexOf (memchr), not byte by byte, because most of a SARIF file's
 * bytes are inside strings: the results scan of a 159 MiB CodeQL file takes 40% less time. A
 * quote after an odd run of backslashes is escaped.
 */
function closingQuote(buf: Buffer, from: number, end: number): number {
  let at = from;
  for (;;) {
    const quote = buf.indexOf(QUOTE, at);
    if (quote === -1 || quote >= end) return end;
    let backslashes = 0;
    for (let i = quote - 1; i >= from && buf[i] === BACKSLASH; i -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

/** Bytes that end a bare scalar (number, true, false, null). */
function endsScalar(b: number): boolean {
  return b === 0x2c || b === 0x7d || b === 0x5d || isWhitespace(b);
}

/**
 * Reads a JSON file through a window of `chunkBytes`, so a file larger than V8's string limit can
 * be walked with bounded memory. It tracks only structure: strings (with escapes, so brackets
 * and quotes inside them do not count) and nesting depth. Only ASCII bytes are structural in
 * UTF-8 (every byte of a multi-byte sequence is ≥ 0x80), so splitting a chunk inside a character
 * is harmless. Values are not validated here: every value the caller keeps is later handed to
 * JSON.parse, which does that.
 *
 * `mark()` pins the bytes from the current position until `sliceFromMark()`, so a value can be
 * sliced out after it was skipped even when it spans chunks; the window grows only as far as the
 * largest marked value, and shrinks back once that value has been used. Line breaks are counted
 * for messages, except raw ones inside strings (invalid JSON, reported by JSON.parse anyway).
 */
export class JsonChunkReader {
  private buf: Buffer;
  /** File offset of buf[0]. */
  private bufStart = 0;
  /** Index in buf of the next unread byte, and the end of the valid bytes. */
  private pos = 0;
  private end = 0;
  private eof = false;
  private markAt: number | undefined;
  private line = 1;
  private lineStart = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly chunkBytes: number,
    /** Called on each newly read span, e.g. to refuse NUL bytes; gets the span and its file offset. */
    private readonly inspect: (bytes: Buffer, offset: number) => void = () => undefined,
  ) {
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  /** The position of the next unread byte. */
  position(): BytePosition {
    return { offset: this.bufStart + this.pos, line: this.line, lineStart: this.lineStart };
  }

  /** The file offset of the next unread byte (position() without the line, and without allocating). */
  offset(): number {
    return this.bufStart + this.pos;
  }

  /** Continues reading at `at` (a position this reader or another over the same file reported). */
  seek(at: BytePosition): void {
    this.bufStart = at.offset;
    this.pos = 0;
    this.end = 0;
    this.eof = false;
    this.markAt = undefined;
    this.line = at.line;
    this.lineStart = at.lineStart;
  }

  /** Keeps the bytes from the current position in memory until `sliceFromMark`. */
  mark(): void {
    this.markAt = this.bufStart + this.pos;
  }

  /** The bytes from the mark to the current position (a view: copy it to keep it past the next read), and drops the mark. */
  sliceFromMark(): Buffer {
    const from = this.markAt;
    if (from === undefined) throw new Error('JsonChunkReader: sliceFromMark without mark');
    this.markAt = undefined;
    return this.buf.subarray(from - this.bufStart, this.pos);
  }

  /** Reads more bytes; false at the end of the file. Keeps the marked bytes, growing the window if they fill it. */
  private async fill(): Promise<boolean> {
    if (this.eof) return false;
    const keepFrom = (this.markAt ?? this.bufStart + this.pos) - this.bufStart;
    const kept = this.end - keepFrom;
    if (kept + this.chunkBytes > this.buf.length) {
      // A marked value larger than the window: grow (doubling) so it stays contiguous.
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, kept + this.chunkBytes));
      this.buf.copy(bigger, 0, keepFrom, this.end);
      this.buf = bigger;
    } else if (this.buf.length > 4 * this.chunkBytes && kept <= this.chunkBytes) {
      // The large value is gone: give the grown window back, so one huge result does not keep
      // its size allocated for the rest of the file.
      const smaller = Buffer.allocUnsafe(2 * this.chunkBytes);
      this.buf.copy(smaller, 0, keepFrom, this.end);
      this.buf = smaller;
    } else if (keepFrom > 0) {
      this.buf.copy(this.buf, 0, keepFrom, this.end);
    }
    this.bufStart += keepFrom;
    this.pos -= keepFrom;
    this.end = kept;
    const want = Math.min(this.chunkBytes, this.buf.length - this.end);
    const { bytesRead } = await this.handle.read(this.buf, this.end, want, this.bufStart + this.end);
    if (bytesRead === 0) {
      this.eof = true;
      return false;
    }
    this.inspect(this.buf.subarray(this.end, this.end + bytesRead), this.bufStart + this.end);
    this.end += bytesRead;
    return true;
  }

  /** Skips whitespace and returns the next byte without consuming it, or -1 at the end of the file. */
  async peek(): Promise<number> {
    for (;;) {
      while (this.pos < this.end) {
        const b = this.buf[this.pos]!;
        if (!isWhitespace(b)) return b;
        if (b === NEWLINE) this.newline(this.pos);
        this.pos += 1;
      }
      if (!(await this.fill())) return -1;
    }
  }

  /** Consumes one byte (after `peek` said what it is). */
  advance(): void {
    this.pos += 1;
  }

  /** Skips whitespace and consumes `byte`, or throws naming what was expected. */
  async expect(byte: number, expected: string): Promise<void> {
    const b = await this.peek();
    if (b !== byte) throw this.unexpected(b, expected);
    this.pos += 1;
  }

  /** A JsonStructureError at the current position for byte `b` (-1 = end of file). */
  unexpected(b: number, expected: string): JsonStructureError {
    if (b === -1) return new JsonStructureError(`the text ends too early (truncated?): ${expected}`, this.position(), true);
    const shown = b < 0x80 ? JSON.stringify(String.fromCharCode(b)) : `byte 0x${b.toString(16)}`;
    return new JsonStructureError(`unexpected ${shown}: ${expected}`, this.position(), false);
  }

  /**
   * Skips one value starting at the next non-whitespace byte: a string, a container (to its
   * matching close) or a bare scalar. Hot loop: plain indexing on the window, awaiting only when
   * the window is used up.
   */
  async skipValue(): Promise<void> {
    const first = await this.peek();
    if (first === -1) throw this.unexpected(first, 'expected a value');
    if (first === 0x7d || first === 0x5d || first === 0x2c || first === 0x3a) throw this.unexpected(first, 'expected a value');
    if (first !== QUOTE && first !== 0x7b && first !== 0x5b) {
      await this.skipScalar();
      return;
    }
    let depth = 0;
    let inString = false;
    let escaped = false;
    for (;;) {
      const buf = this.buf;
      const end = this.end;
      let i = this.pos;
      for (; i < end; i += 1) {
        if (inString && !escaped) {
          // Fast path through a string: jump to its closing quote. (A raw line break inside a
          // string is invalid JSON that JSON.parse reports, so not counting it here only shifts
          // later lines.)
          const q = closingQuote(buf, i, end);
          if (q < end) {
            inString = false;
            if (depth === 0) {
              this.pos = q + 1;
              return;
            }
            i = q;
            continue;
          }
          // No quote in the rest of this window: only the escape state at its end matters.
          for (; i < end; i += 1) escaped = escaped ? false : buf[i] === BACKSLASH;
          break;
        }
        const b = buf[i]!;
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) {
            inString = false;
            if (depth === 0) {
              this.pos = i + 1;
              return;
            }
          } else if (b === NEWLINE) this.newline(i);
        } else if (b === QUOTE) inString = true;
        else if (b === 0x7b || b === 0x5b) depth += 1;
        else if (b === 0x7d || b === 0x5d) {
          depth -= 1;
          if (depth === 0) {
            this.pos = i + 1;
            return;
          }
        } else if (b === NEWLINE) this.newline(i);
      }
      this.pos = i;
      if (!(await this.fill())) {
        const what = inString ? 'a string that is never closed' : 'an object or array that is never closed';
        throw new JsonStructureError(`the text ends too early (truncated?): ${what}`, this.position(), true);
      }
    }
  }

  /**
   * The fast path through an array's elements (the results of a big run): from the current
   * position, at or before an element, locates every element that is an object, array or string
   * and lies wholly in the window, with the comma after it, synchronously (no await, no
   * allocation per element), calling `found` with each one's first byte (and its line) and the
   * byte after its last. Structure only, exactly as skipValue sees it. Returns `true` when it stops
   * right after an element (at what follows it: `]`, an error, or the window's end), `false` when
   * it stops at the start of an element it leaves to the general path (a scalar, something
   * invalid, or a value running past the window). Never consumes the `]`, and never a comma whose
   * next element does not begin in the window, so the general path's checks (trailing comma,
   * missing comma) see exactly what they would have.
   */
  locateInWindow(found: (start: number, line: number, lineStart: number, end: number) => void): boolean {
    const buf = this.buf;
    const end = this.end;
    let pos = this.pos;
    let after = false;
    for (;;) {
      // Whitespace before an element (or before the separator after one): consumed, lines counted.
      while (pos < end && isWhitespace(buf[pos]!)) {
        if (buf[pos] === NEWLINE) this.newline(pos);
        pos += 1;
      }
      this.pos = pos;
      if (pos >= end) return after;
      if (after) {
        // Only a comma followed by the start of another element in this window is consumed here.
        if (buf[pos] !== 0x2c) return true;
        let next = pos + 1;
        let line = this.line;
        let lineStart = this.lineStart;
        while (next < end && isWhitespace(buf[next]!)) {
          if (buf[next] === NEWLINE) {
            line += 1;
            lineStart = this.bufStart + next + 1;
          }
          next += 1;
        }
        if (next >= end || buf[next] === 0x5d) return true;
        pos = next;
        this.pos = pos;
        this.line = line;
        this.lineStart = lineStart;
        after = false;
      }
      const first = buf[pos]!;
      if (first !== QUOTE && first !== 0x7b && first !== 0x5b) return false;
      // One value: strings skipped to their closing quote, brackets counted.
      // Lines outside strings are counted in locals, kept only when the value ends in the window.
      let line = this.line;
      let lineStart = this.lineStart;
      let depth = 0;
      let i = pos;
      let complete = false;
      while (i < end) {
        // One table look-up sorts out the bytes that mean nothing here (most of them).
        const kind = BYTE_KIND[buf[i]!]!;
        if (kind === OTHER) {
          i += 1;
          continue;
        }
        if (kind === STRING) {
          i = closingQuote(buf, i + 1, end);
          if (i >= end) break;
          if (depth === 0) {
            complete = true;
            i += 1;
            break;
          }
        } else if (kind === OPEN) depth += 1;
        else if (kind === CLOSE) {
          depth -= 1;
          if (depth === 0) {
            complete = true;
            i += 1;
            break;
          }
        } else {
          line += 1;
          lineStart = this.bufStart + i + 1;
        }
        i += 1;
      }
      if (!complete) return false;
      found(this.bufStart + pos, this.line, this.lineStart, this.bufStart + i);
      this.line = line;
      this.lineStart = lineStart;
      pos = i;
      this.pos = pos;
      after = true;
    }
  }

  private async skipScalar(): Promise<void> {
    for (;;) {
      while (this.pos < this.end) {
        if (endsScalar(this.buf[this.pos]!)) return;
        this.pos += 1;
      }
      if (!(await this.fill())) return;
    }
  }

  private newline(index: number): void {
    this.line += 1;
    this.lineStart = this.bufStart + index + 1;
  }
}

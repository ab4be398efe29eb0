import { BLOCK_SIZE, paddingAfter, parseHeader, parsePaxRecords } from './tar-format.js';

/**
 * A strict, streaming reader for the tar layout that `tar-format.ts` writes. It accepts regular
 * files and pax headers that carry `path` or `size`, and nothing else: links, directories, devices,
 * global headers and GNU extensions are refused, so an archive can only ever put plain files
 * where its paths say (path checks are the caller's). Content is passed on as slices of the input
 * chunks, never gathered per file.
 */
export type TarEvent =
  | { kind: 'file'; path: string; mode: number; size: number }
  | { kind: 'data'; chunk: Buffer }
  | { kind: 'file-end' };

/** Thrown for anything the reader refuses; the message says what and why. */
export class TarFormatError extends Error {
  override readonly name = 'TarFormatError';
}

/** pax keys that only describe metadata Stopline does not restore (times, owners): read and ignored. */
const IGNORED_PAX_KEYS = new Set(['mtime', 'atime', 'ctime', 'uid', 'gid', 'uname', 'gname', 'comment', 'charset', 'hdrcharset']);

/** A pax header larger than this is not one Stopline wrote (its paths are at most a few KiB). */
const MAX_PAX_SIZE = 1 << 20;

const REFUSED_TYPES: Record<string, string> = {
  '1': 'a hard link',
  '2': 'a symbolic link',
  '3': 'a character device',
  '4': 'a block device',
  '5': 'a directory entry',
  '6': 'a FIFO',
  '7': 'a contiguous file',
  g: 'a global pax header',
  L: 'a GNU long name',
  K: 'a GNU long link name',
  S: 'a GNU sparse file',
};

export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEvent> {
  const input = new ByteSource(source);
  let pax = new Map<string, string>();
  for (;;) {
    const block = await input.take(BLOCK_SIZE);
    if (block === undefined) throw new TarFormatError('the archive ends without its end marker (it is truncated)');
    let header;
    try {
      header = parseHeader(block);
    } catch (error) {
      throw new TarFormatError((error as Error).message);
    }
    if (header === undefined) {
      await expectEnd(input);
      return;
    }
    if (header.type === 'x') {
      if (header.size > MAX_PAX_SIZE) throw new TarFormatError(`a pax header of ${header.size} bytes is larger than any Stopline writes`);
      const body = await input.take(header.size + paddingAfter(header.size));
      if (body === undefined) throw new TarFormatError('the archive ends inside a pax header (it is truncated)');
      try {
        pax = parsePaxRecords(body.subarray(0, header.size));
      } catch (error) {
        throw new TarFormatError((error as Error).message);
      }
      for (const key of pax.keys()) {
        if (key !== 'path' && key !== 'size' && !IGNORED_PAX_KEYS.has(key)) throw new TarFormatError(`a pax header sets "${key}", which Stopline packages never carry`);
      }
      continue;
    }
    if (header.type !== '0' && header.type !== '\0') {
      const what = REFUSED_TYPES[header.type] ?? `an entry of type "${header.type}"`;
      throw new TarFormatError(`"${pax.get('path') ?? header.name}" is ${what}; packages hold regular files only`);
    }
    const path = pax.get('path') ?? header.name;
    const sizeText = pax.get('size');
    const size = sizeText === undefined ? header.size : Number(sizeText);
    if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError(`"${path}" has an invalid size`);
    pax = new Map();
    yield { kind: 'file', path, mode: header.mode, size };
    let remaining = size;
    while (remaining > 0) {
      const chunk = await input.some(remaining);
      if (chunk === undefined) throw new TarFormatError(`the archive ends inside "${path}" (it is truncated)`);
      remaining -= chunk.length;
      yield { kind: 'data', chunk };
    }
    if ((await input.take(paddingAfter(size))) === undefined) throw new TarFormatError(`the archive ends inside "${path}" (it is truncated)`);
    yield { kind: 'file-end' };
  }
}

/** After the first zero block: a second one, then nothing but zeros (some tars pad to a record size). */
async function expectEnd(input: ByteSource): Promise<void> {
  const second = await input.take(BLOCK_SIZE);
  if (second === undefined || !isZero(second)) throw new TarFormatError('the archive has a lone zero block where its end marker or an entry should be');
  for (;;) {
    const rest = await input.some(Number.MAX_SAFE_INTEGER);
    if (rest === undefined) return;
    if (!isZero(rest)) throw new TarFormatError('the archive has data after its end marker');
  }
}

function isZero(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0) return false;
  return true;
}

/** Pulls chunks from an async iterable on demand and hands out exact-size or up-to-size slices. */
class ByteSource {
  private readonly iterator: AsyncIterator<Buffer>;
  private pending: Buffer = Buffer.alloc(0);

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Exactly `count` bytes, or undefined when the input ends first. */
  async take(count: number): Promise<Buffer | undefined> {
    while (this.pending.length < count) {
      const next = await this.iterator.next();
      if (next.done) return undefined;
      this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
    }
    const taken = this.pending.subarray(0, count);
    this.pending = this.pending.subarray(count);
    return taken;
  }

  /** Between 1 and `max` bytes, or undefined at the end of the input. */
  async some(max: number): Promise<Buffer | undefined> {
    while (this.pending.length === 0) {
      const next = await this.iterator.next();
      if (next.done) return undefined;
      this.pending = next.value;
    }
    const taken = this.pending.subarray(0, Math.min(max, this.pending.length));
    this.pending = this.pending.subarray(taken.length);
    return taken;
  }
}

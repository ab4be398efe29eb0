import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces are gathered up to this many bytes before a write: few system calls, no huge strings. */
const WRITE_BATCH = 1 << 20;

/**
 * Writes text pieces to `file` (created or truncated) in order, as UTF-8. The report of a large
 * SARIF is hundreds of MB: written piece by piece it never exists as one string (V8 caps strings
 * at 512 MB anyway). Each piece is encoded straight into one reused buffer, which measured about
 * twice as fast as concatenating pieces into a string and encoding that. Synchronous writes on
 * purpose: the action has nothing else to do meanwhile, and measured on 300,000 findings,
 * overlapping asynchronous writes with serializing was slower (promise and thread-pool overhead
 * per batch) and used more memory.
 */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    // UTF-8 takes at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    const buffer = Buffer.allocUnsafe(3 * WRITE_BATCH);
    let used = 0;
    for (const chunk of chunks) {
      if (3 * chunk.length > buffer.length - used) {
        writeAll(fd, buffer, used);
        used = 0;
        if (3 * chunk.length > buffer.length) {
          writeSync(fd, chunk, null, 'utf8');
          continue;
        }
      }
      used += buffer.write(chunk, used);
    }
    writeAll(fd, buffer, used);
  } finally {
    closeSync(fd);
  }
}

/** Writes `buffer[0, length)`, looping over short writes. */
function writeAll(fd: number, buffer: Buffer, length: number): void {
  for (let written = 0; written < length; ) written += writeSync(fd, buffer, written, length - written);
}

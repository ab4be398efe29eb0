import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces are gathered up to this size before a write: few system calls, no huge strings. */
const WRITE_BATCH = 1 << 20;

/**
 * Writes text pieces to `file` (created or truncated) in order, as UTF-8. The report of a large
 * SARIF is hundreds of MB: written piece by piece it never exists as one string (V8 caps strings
 * at 512 MB anyway). Synchronous writes on purpose: the action has nothing else to do meanwhile,
 * and measured on 300,000 findings, overlapping asynchronous writes with serializing was slower
 * (promise and thread-pool overhead per batch) and used more memory.
 */
export function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= WRITE_BATCH) {
        writeSync(fd, pending, null, 'utf8');
        pending = '';
      }
    }
    if (pending !== '') writeSync(fd, pending, null, 'utf8');
  } finally {
    closeSync(fd);
  }
}

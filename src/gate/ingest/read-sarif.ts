import { promises as nodeFs } from 'node:fs';
import type { Log } from 'sarif';
import { unreadableSarifError } from './sarif-error.js';
import { parseSarifText, sarifText } from './decode-sarif.js';

/** The default reader; buffers it returns are ours to release (a caller's reader may reuse its own). */
const readOwnFile = (name: string): Promise<Buffer> => nodeFs.readFile(name);

/**
 * Frees a buffer's memory now rather than at the next full GC. Dropping the reference is not
 * enough: a buffer read asynchronously has usually been promoted to the old generation by then,
 * so its memory (the file's size, outside the heap) would outlive JSON.parse. Transferring the
 * ArrayBuffer detaches it and hands the memory to a throw-away young clone that the first
 * scavenge frees. Only a buffer that owns its whole ArrayBuffer (not a slice of Node's pool).
 */
function release(bytes: Buffer): void {
  const whole = bytes.buffer;
  if (whole instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === whole.byteLength) structuredClone(whole, { transfer: [whole] });
}

/**
 * Reads and decodes one SARIF file. `displayName` is what messages call the file (usually the
 * path relative to the workspace); an unreadable file is a ConfigurationError like a bad one.
 */
export async function readSarifFile(
  file: string,
  displayName: string = file,
  readFile: (file: string) => Promise<Buffer> = readOwnFile,
): Promise<Log> {
  let bytes: Buffer | undefined;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw unreadableSarifError(displayName, cause);
  }
  // Same as decodeSarif(bytes), in two steps so the bytes can be dropped before JSON.parse: the
  // buffer (as large as the file, outside the heap) would otherwise stay alive next to the text
  // and the parsed tree, adding the file's size to the peak memory.
  const text = sarifText(bytes, displayName);
  if (readFile === readOwnFile) release(bytes);
  bytes = undefined;
  return parseSarifText(text, displayName);
}

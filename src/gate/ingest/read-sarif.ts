import { promises as nodeFs } from 'node:fs';
import type { Log } from 'sarif';
import { ConfigurationError } from '../../runtime/errors.js';
import { decodeSarif } from './decode-sarif.js';

/**
 * Reads and decodes one SARIF file. `displayName` is what messages call the file (usually the
 * path relative to the workspace); an unreadable file is a ConfigurationError like a bad one.
 */
export async function readSarifFile(
  file: string,
  displayName: string = file,
  readFile: (file: string) => Promise<Buffer> = (name) => nodeFs.readFile(name),
): Promise<Log> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'is not readable (permission denied)' : `cannot be read (${(cause as Error).message})`;
    throw new ConfigurationError(`SARIF ${displayName}: the file ${why}. Check the "sarif" input and that the scanner step wrote the file.`, { cause });
  }
  return decodeSarif(bytes, displayName);
}

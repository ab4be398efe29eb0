import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { digestOf, type Sha256Digest } from '../digest.js';
import { IntegrityError } from '../integrity-error.js';

/** Read size for hashing: large reads, few trips through the thread pool. */
const READ_SIZE = 1 << 20;

/** `sha256:` and size of a file, read in pieces (memory stays flat whatever its size). */
export async function hashFile(file: string): Promise<{ digest: Sha256Digest; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: READ_SIZE }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { digest: digestOf(hash.digest('hex')), size };
}

/**
 * Checks that a fetched package is the release's bytes.
 * @throws IntegrityError naming the expected and the found digest when it is not
 */
export async function verifyPackage(file: string, expected: Sha256Digest): Promise<{ digest: Sha256Digest; size: number }> {
  const found = await hashFile(file);
  if (found.digest !== expected) throw packageMismatch(file, expected, found.digest);
  return found;
}

/** The one message for a package whose bytes are not the release's, whoever finds it. */
export function packageMismatch(file: string, expected: Sha256Digest, found: Sha256Digest): IntegrityError {
  return new IntegrityError(
    `The package ${file} is not the release's bytes: expected ${expected}, found ${found}. It was changed or replaced after the build; do not deploy it. Fetch it again, or rebuild and promote the new release.`,
    expected,
    found,
  );
}

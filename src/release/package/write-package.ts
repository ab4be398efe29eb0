import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import type { TransformOptions } from 'node:stream';
import { createGzip, type Gzip, type ZlibOptions } from 'node:zlib';
import { digestOf, type Sha256Digest } from '../digest.js';
import type { PackageInput } from './package-inputs.js';
import { END_OF_ARCHIVE, fileHeader, paddingAfter } from './tar-format.js';

/**
 * Writes a package: the tar of `tar-format.ts`, gzip-compressed, in one streaming pass that also
 * hashes every file and the package itself. Memory stays bounded whatever the tree holds: files
 * are read in STAGING_SIZE pieces straight into the buffer handed to gzip, and at most
 * GZIP_BUFFER bytes wait for the compressor.
 */

/**
 * The deflate level. Part of the package format: changing it changes every digest, so it is a
 * constant, not an input. Level 4 is the knee of the curve (README.md, "Compression level"): on the
 * benchmark's 200 MB tree it is 21% faster than level 6 for a package 0.6% larger, on JavaScript
 * text twice as fast for 6% more bytes; packaging is on every pipeline's critical path, while a
 * few percent of bytes cost little to store and to download at promotion.
 */
export const COMPRESSION_LEVEL = 4;

/** The gzip header's OS byte: 3 (Unix), which zlib writes on Linux; zlib on Windows or macOS writes another, so it is set here. */
export const GZIP_OS_UNIX = 3;

/** Offset of the OS byte in the gzip header (RFC 1952: ID1 ID2 CM FLG MTIME×4 XFL OS). */
const GZIP_OS_OFFSET = 9;

/** Bytes gathered (headers, file contents, padding) before one write to gzip: few writes, each big enough to keep zlib busy. */
const STAGING_SIZE = 1 << 20;

/** Bytes that may wait for the compressor before reading pauses. */
const GZIP_BUFFER = 4 << 20;

/** zlib's output buffer: a piece this size per trip through the thread pool at most. */
const GZIP_OUTPUT_SIZE = 1 << 20;

/** What the package records of one file, computed while it was packed. */
export interface PackagedFile {
  path: string;
  /** sha256 of the file's content, lowercase hex. */
  sha256: string;
  size: number;
  /** 0o644 or 0o755. */
  mode: number;
}

export interface PackageResult {
  /** `sha256:` of the package file's bytes. */
  digest: Sha256Digest;
  /** The package file's size in bytes. */
  size: number;
  /** In package order (archive path bytes). */
  files: PackagedFile[];
}

/**
 * Writes the package of `inputs` (as `resolvePackageInputs` returns them, sorted) to `outFile`.
 * Nothing of the file system but paths, contents and the executable bit reaches the archive, so
 * the same inputs give the same bytes wherever Node's zlib deflates alike (see README.md).
 *
 * @throws Error when a file changes size while it is packed (the build is still writing it)
 */
export async function writePackage(inputs: readonly PackageInput[], outFile: string): Promise<PackageResult> {
  // zlib streams pass stream options on to Transform, though @types/node's ZlibOptions omits them.
  const options: ZlibOptions & TransformOptions = { level: COMPRESSION_LEVEL, chunkSize: GZIP_OUTPUT_SIZE, writableHighWaterMark: GZIP_BUFFER };
  const gzip = createGzip(options);
  const out = await fs.open(outFile, 'w');
  const written = drainInto(gzip, out);
  // If the output side fails, stop feeding gzip so the producer's wait for 'drain' ends with the error.
  written.catch((error: unknown) => gzip.destroy(error as Error));
  try {
    const staging = new Staging(gzip);
    const files: PackagedFile[] = [];
    for (const input of inputs) {
      await staging.put(fileHeader(input.archivePath, input.size, input.mode));
      const sha256 = await copyFile(input, staging);
      await staging.zeros(paddingAfter(input.size));
      files.push({ path: input.archivePath, sha256, size: input.size, mode: input.mode });
    }
    await staging.put(END_OF_ARCHIVE);
    await staging.flush();
    gzip.end();
    const { digest, size } = await written;
    await out.close();
    return { digest, size, files };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await out.close().catch(() => undefined);
    await fs.rm(outFile, { force: true });
    throw error;
  }
}

/**
 * Reads one file into the staging buffer, hashing what it reads. Reads are synchronous on
 * purpose: from the page cache they take microseconds, while each asynchronous read costs a trip
 * through the thread pool that zlib is using (asynchronous reads made the benchmark 12-25% slower);
 * compression still runs on its own thread meanwhile.
 */
async function copyFile(input: PackageInput, staging: Staging): Promise<string> {
  const hash = createHash('sha256');
  const fd = openSync(input.absolutePath, 'r');
  try {
    let remaining = input.size;
    while (remaining > 0) {
      const room = staging.room();
      const read = readSync(fd, room, 0, Math.min(room.length, remaining), null);
      if (read === 0) throw changedWhilePacking(input, 'shrank');
      hash.update(room.subarray(0, read));
      remaining -= read;
      await staging.advance(read);
    }
    if (readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0) throw changedWhilePacking(input, 'grew');
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function changedWhilePacking(input: PackageInput, how: string): Error {
  return new Error(`${input.archivePath} ${how} while it was being packaged (it was ${input.size} bytes when listed). Package the build output after the step that writes it has finished.`);
}

/** Consumes gzip's output: fixes the OS byte, hashes, counts and writes it. */
async function drainInto(gzip: Gzip, out: FileHandle): Promise<{ digest: Sha256Digest; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const piece of gzip as AsyncIterable<Buffer>) {
    const chunk = size <= GZIP_OS_OFFSET && GZIP_OS_OFFSET < size + piece.length ? withUnixOsByte(piece, GZIP_OS_OFFSET - size) : piece;
    hash.update(chunk);
    size += chunk.length;
    let offset = 0;
    while (offset < chunk.length) offset += (await out.write(chunk, offset)).bytesWritten;
  }
  return { digest: digestOf(hash.digest('hex')), size };
}

function withUnixOsByte(chunk: Buffer, at: number): Buffer {
  const copy = Buffer.from(chunk);
  copy[at] = GZIP_OS_UNIX;
  return copy;
}

/**
 * A buffer that gathers the archive's bytes and hands them to gzip STAGING_SIZE at a time. Buffers
 * come back to a free list once gzip has compressed them, so reading never allocates more than
 * the few that fit in GZIP_BUFFER, however large the tree.
 */
class Staging {
  private readonly free: Buffer[] = [];
  private buffer: Buffer = Buffer.allocUnsafe(STAGING_SIZE);
  private used = 0;

  constructor(private readonly gzip: Gzip) {}

  /** The free part of the buffer, to read into; then call advance() with the bytes read. */
  room(): Buffer {
    return this.buffer.subarray(this.used);
  }

  async advance(bytes: number): Promise<void> {
    this.used += bytes;
    if (this.used === STAGING_SIZE) await this.flush();
  }

  async put(bytes: Buffer): Promise<void> {
    let offset = 0;
    while (offset < bytes.length) {
      const copied = bytes.copy(this.buffer, this.used, offset);
      offset += copied;
      await this.advance(copied);
    }
  }

  async zeros(count: number): Promise<void> {
    if (count > 0) await this.put(END_OF_ARCHIVE.subarray(0, count));
  }

  async flush(): Promise<void> {
    if (this.used === 0) return;
    const full = this.buffer;
    const chunk = full.subarray(0, this.used);
    // gzip holds the chunk until it has compressed it; the callback says when it may be reused.
    const more = this.gzip.write(chunk, () => this.free.push(full));
    this.buffer = this.free.pop() ?? Buffer.allocUnsafe(STAGING_SIZE);
    this.used = 0;
    if (!more) await once(this.gzip, 'drain');
  }
}

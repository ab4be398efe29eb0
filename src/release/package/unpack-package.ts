import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fchmodSync, mkdirSync, openSync, writeSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { ConfigurationError } from '../../runtime/errors.js';
import { digestOf, type Sha256Digest } from '../digest.js';
import { IntegrityError } from '../integrity-error.js';
import { modeNumber, type ManifestFile } from '../manifest.js';
import { archivePathProblem } from './archive-path.js';
import { readTar, TarFormatError, type TarEvent } from './tar-reader.js';
import { hashFile, packageMismatch } from './verify-package.js';

/** What unpacking checks the package against: the manifest's package digest and file list. */
export interface ExpectedPackage {
  package: { digest: Sha256Digest };
  files: readonly ManifestFile[];
}

const READ_SIZE = 1 << 20;

/**
 * Unpacks a package into `dir` (which must be new or empty), checking every entry against the
 * manifest as it goes: each path must be one the manifest lists, once, with its mode and size, and
 * each file must hash to the manifest's sha256; the package itself must hash to its digest, and
 * every listed file must be there. Entries that are links, directories or anything but plain files,
 * and paths that are absolute or climb out with `..`, are refused before a byte is written. Files
 * are created exclusively (never through an existing file or link). On any failure everything
 * written is removed, so `dir` is never left half-unpacked.
 *
 * @throws IntegrityError when the package or a file in it differs from the manifest
 * @throws ConfigurationError when `dir` is not empty
 */
export async function unpackPackage(file: string, dir: string, expected: ExpectedPackage): Promise<{ files: number; bytes: number }> {
  const target = path.resolve(dir);
  const existing = await fs.readdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined && existing.length > 0) {
    throw new ConfigurationError(`Cannot unpack the release into ${target}: the directory is not empty. Unpack into a new or empty directory, so that no file of another release is mixed in.`);
  }
  await fs.mkdir(target, { recursive: true });
  try {
    return await unpackInto(file, target, expected);
  } catch (error) {
    // Leave nothing behind: a half-unpacked release must not be mistaken for a verified one.
    if (existing === undefined) await fs.rm(target, { recursive: true, force: true });
    else for (const name of await fs.readdir(target)) await fs.rm(path.join(target, name), { recursive: true, force: true });
    throw error;
  }
}

async function unpackInto(file: string, target: string, expected: ExpectedPackage): Promise<{ files: number; bytes: number }> {
  const listed = new Map(expected.files.map((entry) => [entry.path, entry]));
  const packageHash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      packageHash.update(chunk);
      done(null, chunk);
    },
  });
  const writer = new FileWriter(target, listed);
  try {
    await pipeline(createReadStream(file, { highWaterMark: READ_SIZE }), hashing, createGunzip({ chunkSize: READ_SIZE }), async (tar: AsyncIterable<Buffer>) => {
      for await (const event of readTar(tar)) writer.handle(event);
    });
  } catch (error) {
    writer.abort();
    if (!(error instanceof IntegrityError || error instanceof TarFormatError || isZlibError(error))) throw error;
    // A package whose digest is wrong explains any damage found inside it best, so that is reported
    // first; the stream stopped early, so the whole file is hashed for it.
    const whole = await hashFile(file).then((hashed) => hashed.digest, () => undefined);
    if (whole !== undefined && whole !== expected.package.digest) throw packageMismatch(file, expected.package.digest, whole);
    if (error instanceof IntegrityError) throw error;
    throw new IntegrityError(`The package ${file} is not a valid Stopline package: ${(error as Error).message}.`, undefined, undefined, { cause: error });
  }
  const found = digestOf(packageHash.digest('hex'));
  if (found !== expected.package.digest) throw packageMismatch(file, expected.package.digest, found);
  const missing = [...listed.keys()].filter((entry) => !writer.seen.has(entry));
  if (missing.length > 0) {
    throw new IntegrityError(`The package ${file} lacks ${missing.length} file(s) its manifest lists, e.g. "${missing[0]}". The package and the manifest do not belong together.`);
  }
  return { files: writer.seen.size, bytes: writer.bytes };
}

function isZlibError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException)?.code === 'string' && (error as NodeJS.ErrnoException).code!.startsWith('Z_');
}

/**
 * Writes the entries the tar reader yields, checking each against the manifest. Writes are
 * synchronous: they go to the page cache in microseconds, and gunzip runs on its own thread.
 */
class FileWriter {
  readonly seen = new Set<string>();
  bytes = 0;
  private current: { entry: ManifestFile; fd: number; hash: ReturnType<typeof createHash>; written: number } | undefined;
  private readonly madeDirectories = new Set<string>();

  constructor(
    private readonly target: string,
    private readonly listed: ReadonlyMap<string, ManifestFile>,
  ) {}

  handle(event: TarEvent): void {
    if (event.kind === 'file') this.open(event.path, event.mode, event.size);
    else if (event.kind === 'data') this.write(event.chunk);
    else this.close();
  }

  private open(entryPath: string, mode: number, size: number): void {
    const problem = archivePathProblem(entryPath);
    if (problem !== undefined) throw new IntegrityError(`The package holds an entry "${entryPath}" that cannot be unpacked safely: ${problem}. Refused; nothing was unpacked.`);
    const entry = this.listed.get(entryPath);
    if (entry === undefined) throw new IntegrityError(`The package holds "${entryPath}", which its manifest does not list. The package and the manifest do not belong together.`);
    if (this.seen.has(entryPath)) throw new IntegrityError(`The package holds "${entryPath}" twice.`);
    if (mode !== modeNumber(entry.mode)) throw new IntegrityError(`"${entryPath}" has mode ${mode.toString(8).padStart(4, '0')} in the package but ${entry.mode} in the manifest.`);
    if (size !== entry.size) throw new IntegrityError(`"${entryPath}" is ${size} bytes in the package but ${entry.size} in the manifest.`, String(entry.size), String(size));
    this.seen.add(entryPath);
    const destination = path.join(this.target, ...entryPath.split('/'));
    // archivePathProblem already rules out escapes; this is the belt to its braces.
    const relative = path.relative(this.target, destination);
    if (relative.startsWith('..') || path.isAbsolute(relative)) throw new IntegrityError(`The package entry "${entryPath}" would be written outside ${this.target}. Refused.`);
    const parent = path.dirname(destination);
    if (!this.madeDirectories.has(parent)) {
      mkdirSync(parent, { recursive: true });
      this.madeDirectories.add(parent);
    }
    // 'wx': fails if anything, a file or a link, is already there (two paths that collide on a case-insensitive disk, say).
    const fd = openSync(destination, 'wx', modeNumber(entry.mode));
    fchmodSync(fd, modeNumber(entry.mode)); // the manifest's mode exactly, whatever the umask
    this.current = { entry, fd, hash: createHash('sha256'), written: 0 };
  }

  private write(chunk: Buffer): void {
    const current = this.current!;
    current.hash.update(chunk);
    let offset = 0;
    while (offset < chunk.length) offset += writeSync(current.fd, chunk, offset);
    current.written += chunk.length;
    this.bytes += chunk.length;
  }

  private close(): void {
    const current = this.current!;
    this.current = undefined;
    closeSync(current.fd);
    const found = current.hash.digest('hex');
    if (found !== current.entry.sha256) {
      throw new IntegrityError(
        `"${current.entry.path}" in the package is not the file the manifest lists: expected sha256:${current.entry.sha256}, found sha256:${found}.`,
        `sha256:${current.entry.sha256}`,
        `sha256:${found}`,
      );
    }
  }

  abort(): void {
    if (this.current !== undefined) closeSync(this.current.fd);
    this.current = undefined;
  }
}

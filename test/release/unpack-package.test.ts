import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sha256Digest, type Sha256Digest } from '../../src/release/digest.js';
import { IntegrityError } from '../../src/release/integrity-error.js';
import type { ManifestFile } from '../../src/release/manifest.js';
import { resolvePackageInputs } from '../../src/release/package/package-inputs.js';
import { END_OF_ARCHIVE, fileHeader, paddingAfter } from '../../src/release/package/tar-format.js';
import { unpackPackage, type ExpectedPackage } from '../../src/release/package/unpack-package.js';
import { verifyPackage } from '../../src/release/package/verify-package.js';
import { writePackage } from '../../src/release/package/write-package.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { removeTree, tempDir, writeTree } from './tree.js';

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

let work: string;
beforeEach(async () => {
  work = await tempDir('unpack');
});
afterEach(async () => {
  await removeTree(work);
});

/** Packs a small tree and returns the package path and what a manifest would say of it. */
async function packedRelease(): Promise<{ pkg: string; expected: ExpectedPackage }> {
  const workspace = path.join(work, 'ws');
  await writeTree(workspace, [
    ['dist/app.js', { content: 'console.log(1);\n' }],
    ['dist/bin/run', { content: '#!/bin/sh\n', mode: 0o755 }],
    ['dist/empty', { content: '' }],
    [`dist/${'long-name-'.repeat(12)}/ü.txt`, { content: 'deep\n' }],
  ]);
  const pkg = path.join(work, 'app.tar.gz');
  const result = await writePackage(await resolvePackageInputs(['dist'], workspace), pkg);
  const files: ManifestFile[] = result.files.map((file) => ({ path: file.path, sha256: file.sha256, size: file.size, mode: file.mode === 0o755 ? '0755' : '0644' }));
  return { pkg, expected: { package: { digest: result.digest }, files } };
}

/** A gzip'd tar of hand-made entries: what an attacker could put in place of a package. */
function craftedPackage(entries: Array<{ path: string; content: string; type?: string; mode?: number }>, trailer: Buffer = END_OF_ARCHIVE): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const content = Buffer.from(entry.content);
    const header = fileHeader(entry.path, content.length, entry.mode ?? 0o644);
    if (entry.type !== undefined) retype(header, entry.type);
    parts.push(header, content, Buffer.alloc(paddingAfter(content.length)));
  }
  return gzipSync(Buffer.concat([...parts, trailer]));
}

/** Changes the typeflag of the last header block in `header` and fixes its checksum. */
function retype(header: Buffer, type: string): void {
  const block = header.subarray(header.length - 512);
  block.write(type, 156, 'ascii');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
}

/** Writes a crafted package and the manifest entries that claim it, with its real digest. */
async function crafted(entries: Array<{ path: string; content: string; type?: string }>, trailer?: Buffer): Promise<{ pkg: string; expected: ExpectedPackage }> {
  const bytes = craftedPackage(entries, trailer);
  const pkg = path.join(work, 'crafted.tar.gz');
  await writeFile(pkg, bytes);
  const files: ManifestFile[] = entries.map((entry) => ({ path: entry.path, sha256: sha256(entry.content), size: Buffer.byteLength(entry.content), mode: '0644' }));
  return { pkg, expected: { package: { digest: sha256Digest(bytes) }, files } };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('verifyPackage', () => {
  it('accepts the package and returns its digest and size', async () => {
    const { pkg, expected } = await packedRelease();
    await expect(verifyPackage(pkg, expected.package.digest)).resolves.toEqual({ digest: expected.package.digest, size: (await stat(pkg)).size });
  });

  it('refuses a package with one byte changed, naming the expected and the found digest', async () => {
    const { pkg, expected } = await packedRelease();
    const bytes = await readFile(pkg);
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    await writeFile(pkg, bytes);
    const found = sha256Digest(bytes);
    const error = await rejection(verifyPackage(pkg, expected.package.digest));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toContain(`expected ${expected.package.digest}, found ${found}`);
    expect((error as IntegrityError).expected).toBe(expected.package.digest);
    expect((error as IntegrityError).found).toBe(found);
  });
});

describe('unpackPackage', () => {
  it('round-trips: every file with its content and mode, nothing else', async () => {
    const { pkg, expected } = await packedRelease();
    const out = path.join(work, 'release');
    await expect(unpackPackage(pkg, out, expected)).resolves.toEqual({ files: 4, bytes: 16 + 10 + 0 + 5 });
    for (const file of expected.files) {
      const full = path.join(out, ...file.path.split('/'));
      expect(sha256(await readFile(full))).toBe(file.sha256);
      expect(((await stat(full)).mode & 0o777).toString(8).padStart(4, '0')).toBe(file.mode);
    }
    expect(await readdir(path.join(out, 'dist'))).toHaveLength(4);
  });

  it('unpacks into an existing empty directory, and refuses one that is not empty', async () => {
    const { pkg, expected } = await packedRelease();
    const out = path.join(work, 'release');
    await writeTree(out, [['old.txt', { content: 'from another release' }]]);
    const error = await rejection(unpackPackage(pkg, out, expected));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toMatch(/the directory is not empty\. Unpack into a new or empty directory/);
    await removeTree(path.join(out, 'old.txt'));
    await expect(unpackPackage(pkg, out, expected)).resolves.toMatchObject({ files: 4 });
  });

  it('refuses a tampered package with both digests and leaves nothing unpacked', async () => {
    const { pkg, expected } = await packedRelease();
    const bytes = await readFile(pkg);
    bytes[bytes.length - 12] ^= 0xff; // inside the deflate stream's tail
    await writeFile(pkg, bytes);
    const out = path.join(work, 'release');
    const error = await rejection(unpackPackage(pkg, out, expected));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toContain(`expected ${expected.package.digest}, found ${sha256Digest(bytes)}`);
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['../x', /"\.\.\/x" that cannot be unpacked safely: it has a "\.\." segment/],
    ['dist/../../x', /it has a "\.\." segment/],
    ['/tmp/stopline-absolute', /it is absolute/],
    ['dist\\..\\..\\x', /contains a backslash/],
    ['C:/x', /starts with a drive letter/],
  ])('refuses an entry %j before writing anything, even when the manifest lists it', async (entryPath, message) => {
    const { pkg, expected } = await crafted([
      { path: 'dist/ok.txt', content: 'fine' },
      { path: entryPath, content: 'escaped' },
    ]);
    const out = path.join(work, 'nested', 'release');
    const error = await rejection(unpackPackage(pkg, out, expected));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toMatch(message);
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
    await expect(stat(path.join(work, 'nested', 'x'))).rejects.toThrow(/ENOENT/);
    await expect(stat('/tmp/stopline-absolute')).rejects.toThrow(/ENOENT/);
  });

  it.each([
    ['2', 'a symbolic link'],
    ['1', 'a hard link'],
    ['5', 'a directory entry'],
    ['3', 'a character device'],
    ['g', 'a global pax header'],
  ])('refuses an entry of type %j (%s)', async (type, what) => {
    const { pkg, expected } = await crafted([{ path: 'dist/link', content: '', type }]);
    const error = await rejection(unpackPackage(pkg, path.join(work, 'release'), expected));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toContain(`"dist/link" is ${what}; packages hold regular files only`);
  });

  it('refuses a symbolic link written by GNU tar', async () => {
    const source = path.join(work, 'src');
    await writeTree(source, [['target.txt', { content: 'x' }]]);
    await symlink('/etc/passwd', path.join(source, 'link'));
    const pkg = path.join(work, 'links.tar.gz');
    expect(spawnSync('tar', ['--format=posix', '-czf', pkg, '-C', source, 'link', 'target.txt']).status).toBe(0);
    const bytes = await readFile(pkg);
    const expected: ExpectedPackage = { package: { digest: sha256Digest(bytes) }, files: [{ path: 'link', sha256: sha256(''), size: 0, mode: '0644' }] };
    const error = await rejection(unpackPackage(pkg, path.join(work, 'release'), expected));
    expect(error.message).toContain('"link" is a symbolic link');
  });

  it('refuses a file the manifest does not list, and one whose content differs from the manifest', async () => {
    const { pkg, expected } = await crafted([{ path: 'dist/a.txt', content: 'aaa' }]);
    const unlisted = await rejection(unpackPackage(pkg, path.join(work, 'r1'), { ...expected, files: [{ ...expected.files[0]!, path: 'dist/b.txt' }] }));
    expect(unlisted.message).toContain('holds "dist/a.txt", which its manifest does not list');

    const other = sha256('bbb');
    const changed = await rejection(unpackPackage(pkg, path.join(work, 'r2'), { ...expected, files: [{ ...expected.files[0]!, sha256: other }] }));
    expect(changed).toBeInstanceOf(IntegrityError);
    expect(changed.message).toContain(`"dist/a.txt" in the package is not the file the manifest lists: expected sha256:${other}, found sha256:${sha256('aaa')}`);
    await expect(stat(path.join(work, 'r2'))).rejects.toThrow(/ENOENT/);

    const mode = await rejection(unpackPackage(pkg, path.join(work, 'r3'), { ...expected, files: [{ ...expected.files[0]!, mode: '0755' }] }));
    expect(mode.message).toContain('"dist/a.txt" has mode 0644 in the package but 0755 in the manifest');
  });

  it('refuses a package that lacks a listed file, or holds one twice', async () => {
    const { pkg, expected } = await crafted([{ path: 'dist/a.txt', content: 'aaa' }]);
    const missing = await rejection(unpackPackage(pkg, path.join(work, 'r1'), { ...expected, files: [...expected.files, { path: 'dist/gone.txt', sha256: sha256(''), size: 0, mode: '0644' }] }));
    expect(missing.message).toContain('lacks 1 file(s) its manifest lists, e.g. "dist/gone.txt"');

    const twice = await crafted([
      { path: 'dist/a.txt', content: 'aaa' },
      { path: 'dist/a.txt', content: 'aaa' },
    ]);
    const duplicate = await rejection(unpackPackage(twice.pkg, path.join(work, 'r2'), { ...twice.expected, files: [twice.expected.files[0]!] }));
    expect(duplicate.message).toContain('holds "dist/a.txt" twice');
  });

  it('refuses a truncated archive and data after the end marker', async () => {
    const truncated = await crafted([{ path: 'dist/a.txt', content: 'aaa' }], Buffer.alloc(0));
    expect((await rejection(unpackPackage(truncated.pkg, path.join(work, 'r1'), truncated.expected))).message).toContain('ends without its end marker (it is truncated)');

    const trailing = await crafted([{ path: 'dist/a.txt', content: 'aaa' }], Buffer.concat([END_OF_ARCHIVE, Buffer.from('hidden')]));
    expect((await rejection(unpackPackage(trailing.pkg, path.join(work, 'r2'), trailing.expected))).message).toContain('has data after its end marker');
  });

  it('says a file that is not gzip is not a valid package', async () => {
    const pkg = path.join(work, 'plain.txt');
    await writeFile(pkg, 'not a package');
    const digest: Sha256Digest = sha256Digest('not a package');
    const error = await rejection(unpackPackage(pkg, path.join(work, 'r'), { package: { digest }, files: [] }));
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toMatch(/is not a valid Stopline package: incorrect header check/);
  });
});

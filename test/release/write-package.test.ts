import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { resolvePackageInputs } from '../../src/release/package/package-inputs.js';
import { writePackage } from '../../src/release/package/write-package.js';
import { removeTree, tempDir, writeTree, type TreeFile } from './tree.js';

const LONG_DIR = `deep/${'segment-of-a-long-path/'.repeat(6)}`;
const LONG_PATH = `dist/${LONG_DIR}file.txt`;

/** A tree with what packaging must get right: long and unicode paths, an empty file, executables, binary content. */
function sampleFiles(): Array<[string, TreeFile]> {
  const binary = Buffer.alloc(70_000);
  for (let i = 0; i < binary.length; i += 1) binary[i] = (i * 7919) % 251;
  return [
    ['dist/app.js', { content: 'console.log("hi");\n' }],
    ['dist/bin/run', { content: '#!/bin/sh\necho run\n', mode: 0o755 }],
    ['dist/bin/tool', { content: '#!/bin/sh\necho tool\n', mode: 0o700 }],
    ['dist/private.txt', { content: 'readable only by its owner on disk\n', mode: 0o600 }],
    ['dist/empty', { content: '' }],
    ['dist/data.bin', { content: binary }],
    [LONG_PATH, { content: 'at the end of a long path\n' }],
    ['dist/ünïcödé/日本語.txt', { content: 'こんにちは\n' }],
    ['dist/exactly-512.bin', { content: Buffer.alloc(512, 1) }],
  ];
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let dirs: string[] = [];
async function dir(label: string): Promise<string> {
  const made = await tempDir(label);
  dirs.push(made);
  return made;
}
afterEach(async () => {
  await Promise.all(dirs.map(removeTree));
  dirs = [];
});

async function pack(workspace: string, out: string, entries = ['dist']) {
  return writePackage(await resolvePackageInputs(entries, workspace), out);
}

describe('writePackage', () => {
  it('gives the same bytes for the same files whatever their times, owners, permissions and creation order', async () => {
    const [a, b, out] = await Promise.all([dir('a'), dir('b'), dir('out')]);
    const files = sampleFiles();
    await writeTree(a, files, { mtime: new Date('2001-02-03T04:05:06Z'), owner: 0 });
    // The second tree: created in reverse order, other times and owner, group/other bits that differ.
    const loosened = files.map(([name, file]): [string, TreeFile] => [name, { ...file, mode: (file.mode ?? 0o644) & 0o100 ? 0o775 : 0o664 }]);
    await writeTree(b, loosened.reverse(), { mtime: new Date('2030-01-01T00:00:00Z'), owner: 4321 });

    const first = await pack(a, path.join(out, 'a.tar.gz'));
    const second = await pack(b, path.join(out, 'b.tar.gz'));
    expect(second.digest).toBe(first.digest);
    expect(second.files).toEqual(first.files);
    expect(await readFile(path.join(out, 'b.tar.gz'))).toEqual(await readFile(path.join(out, 'a.tar.gz')));
    expect(first.digest).toBe(`sha256:${sha256(await readFile(path.join(out, 'a.tar.gz')))}`);
    expect(first.size).toBe((await stat(path.join(out, 'a.tar.gz'))).size);
  });

  it('records each file with its own sha256, size and normalized mode, in path-byte order', async () => {
    const [workspace, out] = await Promise.all([dir('ws'), dir('out')]);
    const files = sampleFiles();
    await writeTree(workspace, files);
    const result = await pack(workspace, path.join(out, 'p.tar.gz'));
    expect(result.files.map((file) => file.path)).toEqual([
      'dist/app.js',
      'dist/bin/run',
      'dist/bin/tool',
      'dist/data.bin',
      LONG_PATH,
      'dist/empty',
      'dist/exactly-512.bin',
      'dist/private.txt',
      'dist/ünïcödé/日本語.txt',
    ]);
    const byPath = new Map(result.files.map((file) => [file.path, file]));
    for (const [name, file] of files) {
      const content = Buffer.from(file.content);
      expect(byPath.get(name)).toEqual({ path: name, sha256: sha256(content), size: content.length, mode: (file.mode ?? 0o644) & 0o100 ? 0o755 : 0o644 });
    }
    expect(byPath.get('dist/empty')!.sha256).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('orders entries by UTF-8 bytes, not by JavaScript string order', async () => {
    const [workspace, out] = await Promise.all([dir('ws'), dir('out')]);
    // U+FF21 sorts after U+1F600 as UTF-16 (0xFF21 > 0xD83D) but before it as UTF-8 (EF… < F0…).
    await writeTree(workspace, ['\u{1F600}', '\uFF21', 'É', '~', 'a', 'B'].map((name): [string, TreeFile] => [`dist/${name}`, { content: name }]));
    const result = await pack(workspace, path.join(out, 'p.tar.gz'));
    expect(result.files.map((file) => file.path.slice(5))).toEqual(['B', 'a', '~', 'É', '\uFF21', '\u{1F600}']);
  });

  it('writes a tar.gz that GNU tar lists and extracts as recorded: mtime 0, owner 0/0, long and unicode paths', async () => {
    const [workspace, out, extracted] = await Promise.all([dir('ws'), dir('out'), dir('x')]);
    await writeTree(workspace, sampleFiles());
    const pkg = path.join(out, 'p.tar.gz');
    const result = await pack(workspace, pkg);

    const listing = spawnSync('tar', ['-tzvf', pkg, '--numeric-owner', '--utc'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
    expect(listing.status).toBe(0);
    expect(listing.stderr).toBe('');
    const lines = listing.stdout.trim().split('\n');
    expect(lines).toHaveLength(result.files.length);
    for (const [index, file] of result.files.entries()) {
      const perms = file.mode === 0o755 ? '-rwxr-xr-x' : '-rw-r--r--';
      expect(lines[index]!.split(/\s+/).slice(0, 5)).toEqual([perms, '0/0', String(file.size), '1970-01-01', '00:00']);
      expect(lines[index]!.endsWith(` ${file.path}`)).toBe(true);
    }

    const extract = spawnSync('tar', ['-xzf', pkg, '-C', extracted], { encoding: 'utf8' });
    expect(extract.status).toBe(0);
    for (const file of result.files) {
      const full = path.join(extracted, ...file.path.split('/'));
      expect(sha256(await readFile(full))).toBe(file.sha256);
      expect((await stat(full)).mode & 0o777).toBe(file.mode);
    }
  });

  it('writes a gzip header without name or time and with the Unix OS byte', async () => {
    const [workspace, out] = await Promise.all([dir('ws'), dir('out')]);
    await writeTree(workspace, sampleFiles());
    const pkg = path.join(out, 'p.tar.gz');
    await pack(workspace, pkg);
    // ID1 ID2 CM=deflate FLG=0 (no name, comment, extra) MTIME=0 XFL=0 (level 6) OS=3 (Unix)
    expect([...(await readFile(pkg)).subarray(0, 10)]).toEqual([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
  });

  it('keeps its tar layout: the uncompressed bytes of a fixed tree are pinned', async () => {
    const [workspace, out] = await Promise.all([dir('ws'), dir('out')]);
    await writeTree(workspace, sampleFiles());
    const pkg = path.join(out, 'p.tar.gz');
    await pack(workspace, pkg);
    const tar = gunzipSync(await readFile(pkg));
    // Changing this digest changes every package digest, so rebuilding an old commit would no longer
    // reuse its release: only ever change it together with PACKAGE_FORMAT in manifest.ts.
    expect(sha256(tar)).toBe(GOLDEN_TAR_SHA256);
    expect(tar.length % 512).toBe(0);
  });

  it('gives the pinned package digest with the zlib Node bundles (a change here means Node deflates differently)', async () => {
    const [workspace, out] = await Promise.all([dir('ws'), dir('out')]);
    await writeTree(workspace, sampleFiles());
    const result = await pack(workspace, path.join(out, 'p.tar.gz'));
    // Checked equal on Node 20.20 (zlib 1.3.1-e00f703) and Node 24.9 (zlib 1.3.1-470d3a2), x86-64.
    // If a Node upgrade changes it, old commits rebuild to new package digests with the same
    // contentDigestOf(): say so in the release notes; do not "fix" the number silently.
    expect({ zlib: process.versions.zlib, digest: result.digest }).toEqual({ zlib: process.versions.zlib, digest: GOLDEN_PACKAGE_DIGEST });
  });

  it('packages a linked file inside the workspace as a copy under the link path', async () => {
    const [workspace, out] = await Promise.all([dir('ws'), dir('out')]);
    await writeTree(workspace, [['dist/real.txt', { content: 'real' }]]);
    const { symlink } = await import('node:fs/promises');
    await symlink('real.txt', path.join(workspace, 'dist/alias.txt'));
    const result = await pack(workspace, path.join(out, 'p.tar.gz'));
    expect(result.files.map((file) => [file.path, file.size])).toEqual([
      ['dist/alias.txt', 4],
      ['dist/real.txt', 4],
    ]);
  });

  it('fails, and leaves no package behind, when a file changes size while it is packed', async () => {
    const [workspace, out] = await Promise.all([dir('ws'), dir('out')]);
    await writeTree(workspace, [['dist/a.txt', { content: 'abc' }]]);
    const inputs = await resolvePackageInputs(['dist'], workspace);
    const pkg = path.join(out, 'p.tar.gz');
    await expect(writePackage([{ ...inputs[0]!, size: 5 }], pkg)).rejects.toThrow('dist/a.txt shrank while it was being packaged (it was 5 bytes when listed)');
    await expect(writePackage([{ ...inputs[0]!, size: 2 }], pkg)).rejects.toThrow('dist/a.txt grew while it was being packaged');
    expect(await readdir(out)).toEqual([]);
  });

  it('packages a tree larger than its buffers with the same digest however it is laid out on disk', async () => {
    const [a, b, out] = await Promise.all([dir('a'), dir('b'), dir('out')]);
    // 6 MiB across files that straddle the 1 MiB staging buffer and the 4 MiB gzip buffer.
    const files: Array<[string, TreeFile]> = [];
    for (let i = 0; i < 12; i += 1) {
      const content = Buffer.alloc(512 * 1024 + i * 777);
      for (let j = 0; j < content.length; j += 1) content[j] = (j * (i + 3)) & 0xff;
      files.push([`dist/part-${String(i).padStart(2, '0')}.bin`, { content }]);
    }
    await writeTree(a, files);
    await mkdir(path.join(b, 'unrelated'), { recursive: true });
    await writeTree(b, [...files].reverse());
    const first = await pack(a, path.join(out, 'a.tar.gz'));
    const second = await pack(b, path.join(out, 'b.tar.gz'), ['dist/*.bin']);
    expect(second.digest).toBe(first.digest);
  });
});

const GOLDEN_PACKAGE_DIGEST = 'sha256:6d94bc7b68e2f11bbc5dced6e964a38d3eb09ebcbda8376f0584c8590bf34bdf';
const GOLDEN_TAR_SHA256 = '26a64722998952fcc12a75add8b673c8df9017bbb113330dc12193815918ca7d';

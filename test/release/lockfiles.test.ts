import { createHash } from 'node:crypto';
import { findLockfiles, LOCKFILE_NAMES } from '../../src/release/lockfiles.js';
import { removeTree, tempDir, writeTree } from './tree.js';

const digest = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

describe('findLockfiles', () => {
  it('finds the lockfiles at the workspace root, sorted, with their digests', async () => {
    const workspace = await tempDir('locks');
    try {
      await writeTree(workspace, [
        ['yarn.lock', { content: 'yarn' }],
        ['go.sum', { content: 'go' }],
        ['Cargo.lock', { content: 'cargo' }],
        ['sub/package-lock.json', { content: 'nested: not the project lockfile' }],
      ]);
      expect(await findLockfiles(workspace)).toEqual([
        { path: 'Cargo.lock', digest: digest('cargo') },
        { path: 'go.sum', digest: digest('go') },
        { path: 'yarn.lock', digest: digest('yarn') },
      ]);
    } finally {
      await removeTree(workspace);
    }
  });

  it('finds none in a workspace without lockfiles', async () => {
    const workspace = await tempDir('locks');
    try {
      await writeTree(workspace, [['README.md', { content: 'x' }]]);
      expect(await findLockfiles(workspace)).toEqual([]);
    } finally {
      await removeTree(workspace);
    }
  });

  it('knows the common package managers', () => {
    for (const name of ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'go.sum', 'Cargo.lock', 'poetry.lock', 'Gemfile.lock', 'uv.lock', 'composer.lock']) {
      expect(LOCKFILE_NAMES).toContain(name);
    }
  });
});

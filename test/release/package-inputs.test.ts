import path from 'node:path';
import { resolvePackageInputs } from '../../src/release/package/package-inputs.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { removeTree, tempDir, writeTree } from './tree.js';

let workspace: string;
beforeAll(async () => {
  workspace = await tempDir('inputs');
  await writeTree(workspace, [
    ['dist/app.js', { content: 'app' }],
    ['dist/run', { content: 'run', mode: 0o711 }],
    ['docs/guide.md', { content: 'guide!' }],
    ['docs/notes.txt', { content: 'n' }],
    ['dist/weird\\name', { content: 'w' }],
  ]);
});
afterAll(() => removeTree(workspace));

describe('resolvePackageInputs', () => {
  it('takes files, directories and globs from the workspace, sorted by archive path, each once', async () => {
    const inputs = await resolvePackageInputs(['docs/*.md', 'dist/app.js', 'dist/run', 'docs', 'dist/app.js'], workspace);
    expect(inputs).toEqual([
      { archivePath: 'dist/app.js', absolutePath: path.join(workspace, 'dist/app.js'), mode: 0o644, size: 3 },
      { archivePath: 'dist/run', absolutePath: path.join(workspace, 'dist/run'), mode: 0o755, size: 3 },
      { archivePath: 'docs/guide.md', absolutePath: path.join(workspace, 'docs/guide.md'), mode: 0o644, size: 6 },
      { archivePath: 'docs/notes.txt', absolutePath: path.join(workspace, 'docs/notes.txt'), mode: 0o644, size: 1 },
    ]);
  });

  it('refuses an empty input, naming the input and the fix', async () => {
    const failure = resolvePackageInputs([], workspace);
    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow('Input "path" is empty: list at least one build output file, directory or glob (one per line or comma-separated).');
  });

  it('refuses a path that does not exist, and a file name that cannot go in a package', async () => {
    await expect(resolvePackageInputs(['build'], workspace)).rejects.toThrow(/Input "path": "build" does not exist .*Check the path for a typo, and that the build step ran and wrote its output there\./);
    await expect(resolvePackageInputs(['dist'], workspace)).rejects.toThrow('Input "path": the file "dist/weird\\name" cannot go in a package: it contains a backslash, which Windows reads as a folder separator. Rename it, or leave it out of "path".');
  });
});

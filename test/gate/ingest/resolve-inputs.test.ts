import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveSarifInputs } from '../../../src/gate/ingest/resolve-inputs.js';
import { readSarifFile } from '../../../src/gate/ingest/read-sarif.js';
import { ConfigurationError } from '../../../src/runtime/errors.js';

let workspace: string;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'stopline-gate-inputs-'));
  const files: Record<string, string> = {
    'codeql.sarif': '{}',
    'results/b/semgrep.sarif.json': '{}',
    'results/a/trivy.sarif': '{}',
    'results/a/notes.txt': 'x',
    'results/UPPER.SARIF': '{}',
    'empty-dir/readme.md': 'x',
    'node_modules/pkg/test.sarif': '{}',
    '.git/x.sarif': '{}',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await writeFile(path.join(workspace, name), content);
  }
  await symlink(path.join(workspace, 'codeql.sarif'), path.join(workspace, 'results/link.sarif'));
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const rel = (files: string[]) => files.map((file) => path.relative(workspace, file));

describe('resolveSarifInputs', () => {
  it('takes a file as given, relative to the workspace or absolute', async () => {
    expect(rel(await resolveSarifInputs(['codeql.sarif'], workspace))).toEqual(['codeql.sarif']);
    expect(rel(await resolveSarifInputs([path.join(workspace, 'codeql.sarif')], workspace))).toEqual(['codeql.sarif']);
  });

  it('takes every *.sarif and *.sarif.json below a directory, sorted, following file links', async () => {
    expect(rel(await resolveSarifInputs(['results'], workspace))).toEqual([
      'results/UPPER.SARIF',
      'results/a/trivy.sarif',
      'results/b/semgrep.sarif.json',
      'results/link.sarif',
    ]);
  });

  it('matches globs against the whole workspace, skipping .git and node_modules', async () => {
    expect(rel(await resolveSarifInputs(['**/*.sarif'], workspace))).toEqual(['codeql.sarif', 'results/a/trivy.sarif', 'results/link.sarif']);
    expect(rel(await resolveSarifInputs(['node_modules/**/*.sarif'], workspace))).toEqual(['node_modules/pkg/test.sarif']);
  });

  it('de-duplicates across entries and ignores blank entries', async () => {
    const files = await resolveSarifInputs(['codeql.sarif', '', '  ', '*.sarif', 'results/a'], workspace);
    expect(rel(files)).toEqual(['codeql.sarif', 'results/a/trivy.sarif']);
  });

  it.each([
    [['missing.sarif'], /"missing\.sarif" does not exist/],
    [['reslts/**/*.sarif'], /the glob "reslts\/\*\*\/\*\.sarif" matches no file/],
    [['empty-dir'], /the directory "empty-dir" holds no \*\.sarif or \*\.sarif\.json file/],
    [['codeql.sarif', 'typo.sarif'], /"typo\.sarif" does not exist/],
    [[], /Input "sarif" is empty/],
    [['  '], /Input "sarif" is empty/],
  ])('%j is a ConfigurationError: %s', async (patterns, message) => {
    const failure = resolveSarifInputs(patterns, workspace);
    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(message);
  });
});

describe('readSarifFile', () => {
  it('reads and decodes, naming the file by its display name', async () => {
    await writeFile(path.join(workspace, 'ok.sarif'), '{"version":"2.1.0","runs":[]}');
    expect((await readSarifFile(path.join(workspace, 'ok.sarif'), 'ok.sarif')).runs).toEqual([]);
    await expect(readSarifFile(path.join(workspace, 'codeql.sarif'), 'codeql.sarif')).rejects.toThrow(/SARIF codeql\.sarif at \/: this JSON has no "runs"/);
  });

  it('turns a missing file or a directory into a ConfigurationError', async () => {
    await expect(readSarifFile(path.join(workspace, 'nope.sarif'), 'nope.sarif')).rejects.toThrow(/SARIF nope\.sarif: the file does not exist/);
    await expect(readSarifFile(path.join(workspace, 'results'), 'results')).rejects.toThrow(/SARIF results: the file is a directory/);
  });
});

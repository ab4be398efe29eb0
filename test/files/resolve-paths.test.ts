import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolvePaths, type ResolvePathsOptions } from '../../src/files/resolve-paths.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

let workspace: string;
let outside: string;

beforeAll(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'stopline-paths-'));
  outside = await mkdtemp(path.join(tmpdir(), 'stopline-paths-outside-'));
  const files: Record<string, string> = {
    'codeql.sarif': '{}',
    'results/b/semgrep.sarif.json': '{}',
    'results/a/trivy.sarif': '{}',
    'results/a/notes.txt': 'x',
    'results/UPPER.SARIF': '{}',
    'empty-dir/readme.md': 'x',
    'node_modules/pkg/test.sarif': '{}',
    '.git/x.sarif': '{}',
    'dist/app.js': 'x',
    'dist/lib/util.js': 'x',
    'shared/common.js': 'x',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(workspace, name)), { recursive: true });
    await writeFile(path.join(workspace, name), content);
  }
  await writeFile(path.join(outside, 'secret.txt'), 'x');
  await symlink(path.join(workspace, 'codeql.sarif'), path.join(workspace, 'results/link.sarif'));
});

afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

const isSarif = (name: string) => name.toLowerCase().endsWith('.sarif') || name.toLowerCase().endsWith('.sarif.json');

/** The security gate's settings: resolveSarifInputs becomes this call (see the release README). */
const sarif = (): ResolvePathsOptions => ({
  input: 'sarif',
  what: 'SARIF',
  producedBy: 'that the scanner step ran and wrote its SARIF there',
  workspace,
  directoryFiles: { accepts: isSarif, description: '*.sarif or *.sarif.json file' },
  links: 'follow-files',
});

const build = (): ResolvePathsOptions => ({
  input: 'path',
  what: 'build output',
  producedBy: 'that the build step ran and wrote its output there',
  workspace,
  links: 'inside-workspace',
});

const relative = async (entries: string[], options: ResolvePathsOptions) => (await resolvePaths(entries, options)).map((file) => file.relative);

describe('resolvePaths with the security gate settings (the behaviour of resolveSarifInputs)', () => {
  it('takes a file as given, relative to the workspace or absolute', async () => {
    expect(await relative(['codeql.sarif'], sarif())).toEqual(['codeql.sarif']);
    expect(await resolvePaths([path.join(workspace, 'codeql.sarif')], sarif())).toEqual([{ absolute: path.join(workspace, 'codeql.sarif'), relative: 'codeql.sarif' }]);
  });

  it('takes every *.sarif and *.sarif.json below a directory, sorted, following file links', async () => {
    expect(await relative(['results'], sarif())).toEqual(['results/UPPER.SARIF', 'results/a/trivy.sarif', 'results/b/semgrep.sarif.json', 'results/link.sarif']);
  });

  it('matches globs against the whole workspace, skipping .git and node_modules unless named', async () => {
    expect(await relative(['**/*.sarif'], sarif())).toEqual(['codeql.sarif', 'results/a/trivy.sarif', 'results/link.sarif']);
    expect(await relative(['node_modules/**/*.sarif'], sarif())).toEqual(['node_modules/pkg/test.sarif']);
    // Each kind of walk is kept apart, so a later glob that names node_modules still finds it.
    expect(await relative(['*.sarif', 'node_modules/**/*.sarif'], sarif())).toEqual(['codeql.sarif', 'node_modules/pkg/test.sarif']);
  });

  it('de-duplicates across entries and ignores blank entries', async () => {
    expect(await relative(['codeql.sarif', '', '  ', '*.sarif', 'results/a'], sarif())).toEqual(['codeql.sarif', 'results/a/trivy.sarif']);
  });

  it('accepts a file outside the workspace', async () => {
    expect(await relative([path.join(outside, 'secret.txt')], sarif())).toEqual([path.relative(workspace, path.join(outside, 'secret.txt')).split(path.sep).join('/')]);
  });

  it.each([
    [['missing.sarif'], /^Input "sarif": "missing\.sarif" does not exist \(looked for .*\)\. Check the path for a typo, and that the scanner step ran and wrote its SARIF there\.$/],
    [['reslts/**/*.sarif'], /^Input "sarif": the glob "reslts\/\*\*\/\*\.sarif" matches no file under .*\. Check the pattern for a typo, and that the scanner step ran/],
    [['empty-dir'], /^Input "sarif": the directory "empty-dir" holds no \*\.sarif or \*\.sarif\.json file\. Check that the scanner step ran and wrote its SARIF there, or name the file itself\.$/],
    [['codeql.sarif', 'typo.sarif'], /"typo\.sarif" does not exist/],
    [[], /^Input "sarif" is empty: list at least one SARIF file, directory or glob \(one per line or comma-separated\)\.$/],
    [['  '], /Input "sarif" is empty/],
  ])('%j is a ConfigurationError: %s', async (entries, message) => {
    const failure = resolvePaths(entries, sarif());
    await expect(failure).rejects.toBeInstanceOf(ConfigurationError);
    await expect(failure).rejects.toThrow(message);
  });
});

describe('resolvePaths with links confined to the workspace (build outputs)', () => {
  let linked: string;
  beforeAll(async () => {
    linked = path.join(workspace, 'linked');
    await mkdir(linked);
    await symlink('../dist', path.join(linked, 'dist-alias'));
    await symlink('../shared/common.js', path.join(linked, 'common.js'));
  });

  it('takes every file of a directory, and follows links to files and directories inside the workspace under the link path', async () => {
    expect(await relative(['dist'], build())).toEqual(['dist/app.js', 'dist/lib/util.js']);
    expect(await relative(['linked'], build())).toEqual(['linked/common.js', 'linked/dist-alias/app.js', 'linked/dist-alias/lib/util.js']);
  });

  it('refuses an entry outside the workspace', async () => {
    await expect(resolvePaths([path.join(outside, 'secret.txt')], build())).rejects.toThrow(/^Input "path": ".*secret\.txt" is outside the workspace .*\. Name files inside the checkout, relative to it\.$/);
    await expect(resolvePaths(['../x'], build())).rejects.toThrow(/is outside the workspace/);
  });

  it('refuses a link that leads out of the workspace, naming it and where it goes', async () => {
    const dir = path.join(workspace, 'escaping');
    await mkdir(dir);
    await symlink(path.join(outside, 'secret.txt'), path.join(dir, 'secret.txt'));
    try {
      await expect(resolvePaths(['escaping'], build())).rejects.toThrow(`Input "path": "escaping/secret.txt" leads outside the workspace (it resolves to ${path.join(outside, 'secret.txt')})`);
      await expect(resolvePaths(['escaping/secret.txt'], build())).rejects.toThrow('"escaping/secret.txt" leads outside the workspace');
      // Under the gate's settings the same link is simply followed.
      expect(await relative(['escaping/*.txt'], sarif())).toEqual(['escaping/secret.txt']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a dangling link and a link loop', async () => {
    const dir = path.join(workspace, 'bad-links');
    await mkdir(path.join(dir, 'inner'), { recursive: true });
    await symlink('nowhere.txt', path.join(dir, 'dangling.txt'));
    try {
      await expect(resolvePaths(['bad-links'], build())).rejects.toThrow('the link "bad-links/dangling.txt" points at nothing');
      await rm(path.join(dir, 'dangling.txt'));
      await symlink('..', path.join(dir, 'inner', 'up'));
      await expect(resolvePaths(['bad-links'], build())).rejects.toThrow('the link "bad-links/inner/up" points at a directory that contains it (bad-links)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the input and the fix when it is empty or matches nothing', async () => {
    await expect(resolvePaths([' ', ''], build())).rejects.toThrow('Input "path" is empty: list at least one build output file, directory or glob (one per line or comma-separated).');
    await expect(resolvePaths(['empty-dir/none/**'], build())).rejects.toThrow(/the glob "empty-dir\/none\/\*\*" matches no file under .*\. Check the pattern for a typo, and that the build step ran and wrote its output there\./);
  });
});

/**
 * Every action.yml and the code behind it agree: the runtime is node24, the bundle it names
 * exists, and the input and output names equal the names the code reads and writes (each action
 * declares them in src/actions/<name>/io.ts, and main.ts reads only through those constants).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readActionMetadata, packageRoot } from '../harness/run-action.js';

const actionFiles = [
  'action.yml',
  ...(existsSync(join(packageRoot, 'actions')) ? readdirSync(join(packageRoot, 'actions'), { withFileTypes: true }) : [])
    .filter((d) => d.isDirectory() && existsSync(join(packageRoot, 'actions', d.name, 'action.yml')))
    .map((d) => `actions/${d.name}/action.yml`),
];

describe.each(actionFiles)('%s', (actionYml) => {
  const metadata = readActionMetadata(actionYml);
  const mainPath = join(packageRoot, dirname(actionYml), metadata.runs.main);
  // dist/actions/<name>/index.mjs ← src/actions/<name>/
  const name = relative(join(packageRoot, 'dist/actions'), dirname(mainPath));

  it('runs on node24', () => {
    expect(metadata.runs.using).toBe('node24');
  });

  it('names a committed bundle built from src/actions/<name>/', () => {
    expect(existsSync(mainPath)).toBe(true);
    expect(existsSync(join(packageRoot, 'src/actions', name, 'index.ts'))).toBe(true);
    if (metadata.runs.post) {
      expect(existsSync(join(packageRoot, dirname(actionYml), metadata.runs.post))).toBe(true);
      expect(existsSync(join(packageRoot, 'src/actions', name, 'post.ts'))).toBe(true);
    }
  });

  it('declares exactly the inputs and outputs the code uses', async () => {
    const io = (await import(join(packageRoot, 'src/actions', name, 'io.ts'))) as { inputs: Record<string, string>; outputs: Record<string, string> };
    expect(Object.keys(metadata.inputs).sort()).toEqual(Object.values(io.inputs).sort());
    expect(Object.keys(metadata.outputs).sort()).toEqual(Object.values(io.outputs).sort());
  });

  it('reads inputs and writes outputs only through its io constants', () => {
    const source = readdirSync(join(packageRoot, 'src/actions', name))
      .filter((f) => f.endsWith('.ts') && f !== 'io.ts')
      .map((f) => readFileSync(join(packageRoot, 'src/actions', name, f), 'utf8'))
      .join('\n');
    // A literal name in an input or output call would bypass the contract above.
    expect(source).not.toMatch(/(?:Input|setOutput)\(\s*['"`]/);
  });

  it('documents every input and output, and marks no defaulted input as required', () => {
    for (const [input, spec] of Object.entries(metadata.inputs)) {
      expect([input, (spec.description ?? '').trim().length > 0]).toEqual([input, true]);
      expect([input, spec.required === true && spec.default !== undefined]).toEqual([input, false]);
    }
    for (const [output, spec] of Object.entries(metadata.outputs)) {
      expect([output, (spec.description ?? '').trim().length > 0]).toEqual([output, true]);
    }
  });
});

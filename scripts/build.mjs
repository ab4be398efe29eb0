// Bundles every action entry (src/actions/<name>/{index,post}.ts) and the CLI (src/cli/index.ts)
// into dist/ as ESM. Splitting puts shared code into dist/chunks/, so each entry stays small and
// starts fast. The output is byte-identical across rebuilds: no source maps (they would carry
// absolute paths), no timestamps, and dist/ is emptied first so no stale chunk survives.
import { build } from 'esbuild';
import { readdirSync, rmSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const entries = [];
for (const name of readdirSync(join(root, 'src/actions')).sort()) {
  if (!statSync(join(root, 'src/actions', name)).isDirectory()) continue;
  for (const file of ['index.ts', 'post.ts']) {
    const path = join('src/actions', name, file);
    if (existsSync(join(root, path))) entries.push(path);
  }
}
entries.push('src/cli/index.ts');

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outbase: 'src',
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS code inside dependencies calls require(); ESM has none, so give each file one.
  banner: { js: "import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);" },
  legalComments: 'none',
  minifySyntax: true,
  logLevel: 'warning',
});
console.log(`built ${entries.length} entries into dist/`);

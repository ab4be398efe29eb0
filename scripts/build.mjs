// Bundles every action entry (src/actions/<name>/{index,post,worker}.ts; a worker is a script
// the action starts as a worker thread) and the CLI (src/cli/index.ts)
// into dist/ as ESM. Splitting puts shared code into dist/chunks/, so each entry stays small and
// starts fast. The output is byte-identical across rebuilds: no source maps (they would carry
// absolute paths), no timestamps, and dist/ is emptied first so no stale chunk survives.
import { build } from 'esbuild';
import { readdirSync, rmSync, existsSync, statSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateValidators } from './generate-validators.mjs';

const root = new URL('..', import.meta.url).pathname;
const entries = [];
for (const name of readdirSync(join(root, 'src/actions')).sort()) {
  if (!statSync(join(root, 'src/actions', name)).isDirectory()) continue;
  for (const file of ['index.ts', 'post.ts', 'worker.ts']) {
    const path = join('src/actions', name, file);
    if (existsSync(join(root, path))) entries.push(path);
  }
}
entries.push('src/cli/index.ts');

// @actions/core imports @actions/http-client (and with it undici, ~770 KiB) only for OIDC tokens
// (core.getIDToken), which Stopline never asks for. Parsing that code would cost every action
// ~60 ms of cold start, so the bundle gets a stand-in that fails loudly if it is ever used.
const withoutHttpClient = {
  name: 'without-actions-http-client',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/.*)?$/ }, (args) => ({ path: args.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: `const unavailable = () => { throw new Error('@actions/http-client is not bundled: Stopline does not use OIDC tokens'); };
export class HttpClient { constructor() { unavailable(); } }
export class BearerCredentialHandler { constructor() { unavailable(); } }`,
      loader: 'js',
    }));
  },
};

// node-fetch's fetch-blob falls back to web-streams-polyfill (~210 KiB) only where Node has no
// global ReadableStream, which every Node Stopline supports (>= 20) has. Keep it out of the bundle.
const withoutStreamsPolyfill = {
  name: 'without-web-streams-polyfill',
  setup(b) {
    b.onResolve({ filter: /^web-streams-polyfill(\/.*)?$/ }, (args) => ({ path: args.path, namespace: 'stub-streams' }));
    b.onLoad({ filter: /.*/, namespace: 'stub-streams' }, () => ({
      contents: `throw new Error('web-streams-polyfill is not bundled: Node >= 20 has a global ReadableStream');`,
      loader: 'js',
    }));
  },
};

// On Node 24, `import ... from 'node:http'` builds an ESM facade over every export of node:http,
// and reading its lazy WebSocket/MessageEvent getters loads undici (~40 ms) though nothing uses it.
// require() has no facade, so static imports of node:http become a require through the banner's
// require (the import that the stand-in itself does is a require call, so it is not intercepted).
const httpThroughRequire = {
  name: 'http-through-require',
  setup(b) {
    b.onResolve({ filter: /^(node:)?http$/ }, (args) =>
      args.kind === 'import-statement' ? { path: 'http', namespace: 'cjs-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'cjs-builtin' }, (args) => ({
      contents: `module.exports = require('node:${args.path}');`,
      loader: 'js',
    }));
  },
};

// Generated source first, so the bundle includes the validators of the schemas as they are now.
for (const { path, text } of await generateValidators(root)) {
  const file = join(root, path);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`generated ${path}`);
  }
}

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
  plugins: [withoutHttpClient, withoutStreamsPolyfill, httpThroughRequire],
});
console.log(`built ${entries.length} entries into dist/`);

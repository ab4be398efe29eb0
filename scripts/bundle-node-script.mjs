// Bundles TypeScript (a file, or source text) into one ESM script a child `node` can run: how the
// benchmarks and the multi-process tests start measured code in its own process, the way actions
// ship (bundled by esbuild). The banner gives bundled CommonJS dependencies their `require`.
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/**
 * @param {{ outfile: string, entry?: string, source?: string, sourcefile?: string, plugins?: import('esbuild').Plugin[] }} options
 *   `entry`: a file to bundle; or `source`: TypeScript text whose imports resolve from the package
 *   root (`sourcefile` names it in errors).
 * @returns {Promise<string>} the outfile
 */
export async function bundleNodeScript({ outfile, entry, source, sourcefile = 'entry.ts', plugins = [] }) {
  if ((entry === undefined) === (source === undefined)) throw new Error('bundleNodeScript: give exactly one of entry and source');
  await build({
    ...(entry !== undefined ? { entryPoints: [entry] } : { stdin: { contents: source, resolveDir: root, sourcefile, loader: 'ts' } }),
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    plugins,
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

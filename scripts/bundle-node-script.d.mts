import type { Plugin } from 'esbuild';

/** See bundle-node-script.mjs. */
export function bundleNodeScript(options: { outfile: string; entry?: string; source?: string; sourcefile?: string; plugins?: Plugin[] }): Promise<string>;

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeSarif } from '../../../src/gate/ingest/decode-sarif.js';
import { normalizeLog, type NormalizedLog } from '../../../src/gate/normalize/normalize-log.js';

/** The shared SARIF corpus, read in place at test time (never copied into the repository). */
export const CORPUS = path.resolve(process.cwd(), '../shared/corpus/sarif');

/** The workspace the generated-here files were produced in (see their README). */
export const CORPUS_WORKSPACE = '/home/runner/work/demo-app/demo-app';

/** Every file in the corpus except its documentation and the sources the generated files came from. */
export function corpusFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'sources') walk(full);
      } else if (!entry.name.endsWith('.md')) out.push(path.relative(CORPUS, full).split(path.sep).join('/'));
    }
  };
  walk(CORPUS);
  return out.sort();
}

/** Decodes and normalizes one corpus file by its corpus-relative name. */
export function normalizeCorpusFile(name: string): NormalizedLog {
  return normalizeLog(decodeSarif(readFileSync(path.join(CORPUS, name)), name), { file: name, workspace: CORPUS_WORKSPACE });
}

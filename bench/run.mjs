// Benchmarks, run with `npm run bench`. Each prints a ratio against a baseline measured in the
// same run, and medians of several interleaved runs, because the machine is shared and noisy.
import { readdirSync } from 'node:fs';

const only = process.argv[2];
const here = new URL('.', import.meta.url);
const benches = readdirSync(here.pathname).filter((f) => f.endsWith('.bench.mjs') && (!only || f.includes(only))).sort();
for (const file of benches) {
  console.log(`\n## ${file}`);
  const { run } = await import(new URL(file, here).href);
  await run();
}

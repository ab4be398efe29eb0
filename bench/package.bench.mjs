// build-once's packaging (issue 5, "Speed"): package and digest a 200 MB tree of 10,000 files
// (mixed sizes; text that compresses, random bytes that do not, binary in between; generated from a
// fixed seed) against `tar czf` plus `sha256sum` of the archive, measured in the same run. The
// candidate is what the action does: resolvePackageInputs (walk + stat) then writePackage (tar,
// gzip, the package digest and every file's own sha256, in one pass). Target: wall time ≤ 1.3× the
// baseline's, and memory bounded (peak RSS independent of the tree; streaming, no whole-file buffers).
// A second baseline row also hashes every file with sha256sum (the same work as the candidate),
// for reference.
//
// Each measurement is its own child process, so maxRSS is that process's peak (the baseline's is
// the largest of tar, gzip and sha256sum, from GNU time). Runs are interleaved and medians
// reported, because the machine is shared and noisy. BENCH_RUNS (default 3) sets the run count,
// BENCH_MB (200) and BENCH_FILES (10000) the tree, BENCH_LEVELS=1,6,9 also measures other deflate
// levels (the package's own level is a constant; this bundles a copy with another value),
// BENCH_KEEP=1 keeps the temp dir, BENCH_TREE=<dir> reuses a tree kept earlier.
import { spawnSync } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleNodeScript } from '../scripts/bundle-node-script.mjs';
import { median, ms, random } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TOTAL_BYTES = Number(process.env.BENCH_MB ?? 200) * 2 ** 20;
const FILES = Number(process.env.BENCH_FILES ?? 10_000);
const TIME = '/usr/bin/time';


/** Deterministic incompressible bytes: an AES-CTR keystream keyed by the seed (fast, unlike a JS PRNG). */
function randomBytes(seed, size) {
  const key = createHash('sha256').update(`stopline-bench-${seed}`).digest();
  return createCipheriv('aes-256-ctr', key, Buffer.alloc(16)).update(Buffer.alloc(size));
}

const logUniform = (rng, lo, hi) => Math.exp(Math.log(lo) + rng() * (Math.log(hi) - Math.log(lo)));

/**
 * The tree: 98% small files (100 B–64 KiB) and 2% large ones (64 KiB–4 MiB), log-uniform, scaled to
 * the total; 55% text (source-like words, compresses ~3×), 25% random bytes (media, compressed
 * archives), 20% binary with repeated runs (compresses ~2×); 500 directories, two levels deep.
 */
function writeTree(dir) {
  const rng = random(20261102);
  const words = Array.from({ length: 2000 }, () => Array.from({ length: 2 + Math.floor(rng() * 9) }, () => String.fromCharCode(97 + Math.floor(rng() * 26))).join(''));
  const punctuation = [' ', ' ', ' ', ' ', ' ', '.', ',', '(', ')', ';\n', '\n', ' = ', ' {\n  ', '\n}\n'];
  const raw = Array.from({ length: FILES }, () => (rng() < 0.98 ? logUniform(rng, 100, 64 * 1024) : logUniform(rng, 64 * 1024, 4 * 2 ** 20)));
  const scale = TOTAL_BYTES / raw.reduce((sum, size) => sum + size, 0);
  for (let i = 0; i < FILES; i += 1) {
    const size = Math.max(1, Math.round(raw[i] * scale));
    const kind = rng();
    let content;
    if (kind < 0.55) {
      const parts = [];
      let length = 0;
      while (length < size) {
        const word = words[Math.floor(rng() * rng() * words.length)] + punctuation[Math.floor(rng() * punctuation.length)];
        parts.push(word);
        length += word.length;
      }
      content = Buffer.from(parts.join('')).subarray(0, size);
    } else if (kind < 0.8) {
      content = randomBytes(i, size);
    } else {
      const noise = randomBytes(i, Math.ceil(size / 4) + 256);
      content = Buffer.alloc(size);
      let at = 0;
      let from = 0;
      while (at < size) {
        const run = 16 + Math.floor(rng() * 240);
        const repeats = 1 + Math.floor(rng() * 7);
        for (let r = 0; r < repeats && at < size; r += 1) at += noise.copy(content, at, from % (noise.length - run), (from % (noise.length - run)) + Math.min(run, size - at));
        from += run;
      }
    }
    const sub = join(dir, `d${String(i % 20).padStart(2, '0')}`, `e${String(Math.floor(i / 20) % 25).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    const ext = kind < 0.55 ? 'js' : kind < 0.8 ? 'bin' : 'dat';
    writeFileSync(join(sub, `file-${String(i).padStart(5, '0')}.${ext}`), content, { mode: i % 50 === 0 ? 0o755 : 0o644 });
  }
}

/** The candidate: the action's packaging, with its timings and peak RSS printed as JSON. */
const CANDIDATE = `
import { resolvePackageInputs } from './src/release/package/package-inputs.js';
import { writePackage } from './src/release/package/write-package.js';
const [workspace, entry, out] = process.argv.slice(2);
const start = performance.now();
const inputs = await resolvePackageInputs([entry], workspace);
const listed = performance.now();
const result = await writePackage(inputs, out);
process.stdout.write(JSON.stringify({ elapsed: performance.now() - start, maxRSS: process.resourceUsage().maxRSS * 1024, size: result.size, detail: { listMs: Math.round(listed - start), files: result.files.length, digest: result.digest.slice(0, 19) } }));
`;

/** Bundles the candidate; with `level`, a copy whose COMPRESSION_LEVEL is that level. */
async function bundle(outfile, level) {
  const plugins = [];
  if (level !== undefined) {
    plugins.push({
      name: 'compression-level',
      setup(builder) {
        builder.onLoad({ filter: /write-package\.ts$/ }, (args) => {
          const source = readFileSync(args.path, 'utf8');
          const changed = source.replace(/export const COMPRESSION_LEVEL = \d+;/, `export const COMPRESSION_LEVEL = ${level};`);
          if (changed === source) throw new Error('COMPRESSION_LEVEL not found in write-package.ts');
          return { contents: changed, loader: 'ts' };
        });
      },
    });
  }
  await bundleNodeScript({ source: CANDIDATE, sourcefile: 'package-bench-entry.ts', outfile, plugins });
}

function measureNode(script, args, out) {
  const result = spawnSync(process.execPath, [script, ...args, out], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${script} exited ${result.status}:\n${result.stderr}`);
  const measured = JSON.parse(String(result.stdout));
  rmSync(out, { force: true });
  return measured;
}

/** A shell pipeline under GNU time (when present) for its peak RSS; wall time measured here. */
function measureShell(command, cwd, out) {
  const rssFile = `${out}.rss`;
  const useTime = existsSync(TIME);
  const argv = useTime ? [TIME, '-f', '%M', '-o', rssFile, 'sh', '-c', command] : ['sh', '-c', command];
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command} exited ${result.status}:\n${result.stderr}`);
  const size = statSync(out).size;
  const maxRSS = useTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) * 1024 : NaN;
  rmSync(out, { force: true });
  rmSync(rssFile, { force: true });
  return { elapsed, maxRSS, size, detail: { sha256: String(result.stdout).slice(0, 12) } };
}

const mib = (bytes) => (Number.isNaN(bytes) ? 'n/a' : `${(bytes / 2 ** 20).toFixed(1)} MiB`);

export async function run() {
  const temp = mkdtempSync(join(tmpdir(), 'stopline-package-bench-'));
  try {
    const workspace = process.env.BENCH_TREE ?? join(temp, 'workspace');
    if (!process.env.BENCH_TREE) {
      const started = performance.now();
      writeTree(join(workspace, 'tree'));
      console.log(`generated ${FILES.toLocaleString('en')} files, ${mib(TOTAL_BYTES)}, in ${ms(performance.now() - started)}`);
    } else {
      console.log(`reused the tree in ${workspace}`);
    }
    const out = join(temp, 'out.tar.gz');
    const targets = [
      ['baseline: tar czf + sha256sum of the archive', () => measureShell(`tar czf ${out} tree && sha256sum ${out}`, workspace, out)],
      ['reference: tar czf + sha256sum of the archive and of every file', () => measureShell(`tar czf ${out} tree && sha256sum ${out} && find tree -type f -print0 | xargs -0 sha256sum > /dev/null`, workspace, out)],
    ];
    const main = join(temp, 'package.mjs');
    await bundle(main);
    const COMPRESSION_LEVEL = Number(/export const COMPRESSION_LEVEL = (\d+);/.exec(readFileSync(join(root, 'src/release/package/write-package.ts'), 'utf8'))[1]);
    targets.push([`stopline: resolvePackageInputs + writePackage (level ${COMPRESSION_LEVEL})`, () => measureNode(main, [workspace, 'tree'], out)]);
    for (const level of (process.env.BENCH_LEVELS ?? '').split(',').filter((l) => l !== '' && Number(l) !== COMPRESSION_LEVEL)) {
      const script = join(temp, `package-level-${level}.mjs`);
      await bundle(script, Number(level));
      targets.push([`stopline at level ${level} (comparison only)`, () => measureNode(script, [workspace, 'tree'], out)]);
    }

    const samples = new Map(targets.map(([name]) => [name, { elapsed: [], maxRSS: [], size: 0, detail: undefined }]));
    // Interleaved, so drifting machine load hits all of them alike.
    for (let i = 0; i < RUNS; i += 1) {
      for (const [name, measure] of targets) {
        const m = measure();
        const s = samples.get(name);
        s.elapsed.push(m.elapsed);
        s.maxRSS.push(m.maxRSS);
        if (s.detail?.digest !== undefined && s.detail.digest !== m.detail.digest) throw new Error(`${name}: the package digest changed between runs (${s.detail.digest} then ${m.detail.digest})`);
        s.size = m.size;
        s.detail = m.detail;
      }
    }
    const base = samples.get(targets[0][0]);
    const baseTime = median(base.elapsed);
    console.log(`${RUNS} interleaved runs each (each its own process), Node ${process.version}; candidate times exclude process start`);
    console.log('| command | median time | time ratio (≤ 1.3×) | median peak RSS | package | detail |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, s] of samples) {
      const t = median(s.elapsed);
      const ratio = t / baseTime;
      const isBase = s === base;
      const verdict = name.startsWith('stopline:') ? (ratio <= 1.3 ? ' ok' : ' OVER') : '';
      console.log(`| ${name} | ${ms(t)} | ${isBase ? '—' : `${ratio.toFixed(2)}×${verdict}`} | ${mib(median(s.maxRSS))} | ${mib(s.size)} | ${JSON.stringify(s.detail)} |`);
    }
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

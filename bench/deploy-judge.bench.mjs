// Quality of the deploy judge's decisions (issue 6, "Quality of decisions"), on simulated metric
// streams. Two targets:
//   - false rollbacks of healthy deploys (A/A), 1,000 runs of 5 looks: ≤ 1%
//   - a 2× error rate at 1,000 requests per minute detected within 2 intervals: ≥ 95%
// Each printed beside the plain, uncorrected repeated test.
//
// The stream is what the deploy sees through `sum(rate(errors[10s])) / sum(rate(requests[10s]))`
// queried every 10 s (planSampling's step for a 1 m interval): requests arrive as a Poisson
// process at 1,000 a minute and fail independently with the error ratio p, so each sample is
// errors/requests of its own 10 s bucket (errors ~ Poisson(λp), successes ~ Poisson(λ(1 − p)),
// λ ≈ 167; 0/0 is NaN and dropped). Baseline: 10 minutes (60 samples); each look adds one 1 m
// interval (6 samples). The check is `judge: mann-whitney, direction: increase, critical: true`.
// The same buckets are also what a `judge: proportion` check reads: its `errors` and `total`
// queries (`sum(increase(...[10s]))`) give each bucket's error and request counts.
// Every run's stream is judged seven ways:
//   Stopline   StepJudge as the deploy runs it: p < α/K (Bonferroni over the K planned looks)
//              and Kayenta's effect-size filter on its 98% interval
//   Kayenta    the same without the correction (Kayenta's classifier at every look)
//   rank test  the bare two-sided rank test (no effect filter), at α/K and at α: what the
//              correction does on its own
//   proportion StepJudge with `judge: proportion, max-increase: 50%` (Fisher's exact test on the
//              counts, one-sided at α/2K, the baseline's design effect)
//   Fisher     the bare one-sided test on the raw counts (no design effect, no max-increase), at
//              α/2K and at α/2: the plain, uncorrected repeated count test
// Detection is a rollback decision at look 1 or 2. "ceiling" is the detection rate of an oracle
// that knows the baseline error rate exactly and counts the errors of the first two minutes (a
// one-sided Poisson test at α/K/2): no test on these samples can beat it.
//
// Also measured, because it decides whether the judge can be trusted with real queries: a
// `rate(...[1m])` query sampled every 10 s gives overlapping windows, which Kayenta takes as
// independent; Stopline thins them to one per window. And bursty errors: each 10 s bucket's error
// ratio drawn around p (Gamma, coefficient of variation 30% or 60%), so the counts vary more than
// binomially, as real errors do; a count test that assumes binomial counts rolls back healthy
// deploys there, which the proportion judge's design effect prevents.
//
// BENCH_RUNS (default 1000) sets the runs per row; BENCH_SEED (default 1) the seeds.
import { build } from 'esbuild';
import { random } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 1000);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const LOOKS = 5;
const ALPHA = 0.02;
const PER_MINUTE = 1000;
const SAMPLE_S = 10;
const PER_LOOK = 60 / SAMPLE_S;
const BASELINE_SAMPLES = 10 * PER_LOOK;

async function loadJudge() {
  const out = await build({
    stdin: {
      contents: [
      "export { StepJudge } from './src/deploy/checks/judge/step.ts';",
      "export { wilcoxTest } from './src/deploy/checks/stats/wilcox-test.ts';",
      "export { fisherExactTest } from './src/deploy/checks/stats/fisher-exact.ts';",
    ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}


/** Poisson(λ) by multiplying uniforms (Knuth): exact, and fast enough for λ ≤ 200. */
function poisson(next, lambda) {
  const limit = Math.exp(-lambda);
  let k = 0;
  let product = next();
  while (product > limit) {
    k += 1;
    product *= next();
  }
  return k;
}

/** Gamma(shape, 1) (Marsaglia and Tsang; shape < 1 boosted by a uniform power). */
function gamma(next, shape) {
  if (shape < 1) return gamma(next, shape + 1) * next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x;
    let v;
    do {
      x = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    if (Math.log(1 - next()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * Error and request counts of consecutive 10 s buckets at error ratio p. With `burst` (a
 * coefficient of variation), each bucket's ratio is p times a Gamma variable of mean 1.
 */
function buckets(next, count, p, burst = 0) {
  const lambda = (PER_MINUTE * SAMPLE_S) / 60;
  const shape = burst > 0 ? 1 / (burst * burst) : 0;
  return Array.from({ length: count }, () => {
    const q = burst > 0 ? Math.min(1, (p * gamma(next, shape)) / shape) : p;
    const errors = poisson(next, lambda * q);
    return { errors, requests: errors + poisson(next, lambda * (1 - q)) };
  });
}

/** The counts of buckets `from` to `to` as a proportion check's two series (one 10 s increase each). */
function countSeries(all, from, to) {
  const errors = [];
  const total = [];
  for (let end = from; end < to; end += 1) {
    const time = (end + 1 - BASELINE_SAMPLES) * SAMPLE_S * 1000;
    errors.push({ time, value: all[end].errors });
    total.push({ time, value: all[end].requests });
  }
  return { errors, total };
}

/** Errors and requests of buckets `from` to `to`. */
function sums(all, from, to) {
  let errors = 0;
  let requests = 0;
  for (let i = from; i < to; i += 1) {
    errors += all[i].errors;
    requests += all[i].requests;
  }
  return { errors, requests };
}

/** One ratio sample per bucket from `from` to `to`, each over the `width` buckets ending there. */
function ratios(all, from, to, width) {
  const samples = [];
  for (let end = from; end < to; end += 1) {
    if (end + 1 - width < 0) continue;
    let errors = 0;
    let requests = 0;
    for (let i = end + 1 - width; i <= end; i += 1) {
      errors += all[i].errors;
      requests += all[i].requests;
    }
    samples.push({ time: (end + 1 - BASELINE_SAMPLES) * SAMPLE_S * 1000, value: errors / requests });
  }
  return samples;
}

const CHECK = { name: 'error-rate', query: 'q', judge: 'mann-whitney', direction: 'increase', critical: true, noData: 'inconclusive', line: 1 };
// As the README's example: `errors`/`total` as sum(increase(...[10s])), max-increase 50%.
const PROPORTION = {
  ...CHECK,
  judge: 'proportion',
  counts: { errors: { query: 'e', kind: 'increase' }, total: { query: 't', kind: 'increase' } },
  windowMs: SAMPLE_S * 1000,
  maxIncrease: { kind: 'relative', fraction: 0.5, text: '50%' },
};

/**
 * One deploy judged every way asked: a baseline at p, then `looks` intervals at p · factor.
 * Returns, per way, the look at which the step failed (0: it did not).
 */
function simulate(lib, { seed, p, factor, looks, ways, windowBuckets = 1, burst = 0 }) {
  const next = random(seed);
  const all = [...buckets(next, BASELINE_SAMPLES, p, burst), ...buckets(next, looks * PER_LOOK, p * factor, burst)];
  const baseline = ratios(all, 0, BASELINE_SAMPLES, windowBuckets);
  const baselineCounts = countSeries(all, 0, BASELINE_SAMPLES);
  const baselineSums = sums(all, 0, BASELINE_SAMPLES);
  // The first sample whose window lies wholly after the deploy (planSampling's settle).
  const firstAfter = BASELINE_SAMPLES + windowBuckets - 1;
  const failedAt = {};
  const judges = {};
  for (const way of ways) {
    failedAt[way.name] = 0;
    if (way.kind === 'judge') {
      const check = way.thin && windowBuckets > 1 ? { ...CHECK, windowMs: windowBuckets * SAMPLE_S * 1000 } : CHECK;
      judges[way.name] = new lib.StepJudge([check], new Map([[CHECK.name, baseline]]), { looks, correction: way.correction });
    }
    if (way.kind === 'proportion') {
      judges[way.name] = new lib.StepJudge([PROPORTION], new Map([[CHECK.name, baselineCounts]]), { looks, correction: way.correction });
    }
  }
  const baselineValues = baseline.map((sample) => sample.value).filter(Number.isFinite);
  for (let look = 1; look <= looks; look += 1) {
    const current = ratios(all, firstAfter, BASELINE_SAMPLES + look * PER_LOOK, windowBuckets);
    const currentCounts = countSeries(all, firstAfter, BASELINE_SAMPLES + look * PER_LOOK);
    let bare;
    for (const way of ways) {
      if (failedAt[way.name]) continue;
      if (way.kind === 'judge' || way.kind === 'proportion') {
        if (judges[way.name].history.at(-1)?.decision === 'fail') continue;
        const samples = way.kind === 'judge' ? current : currentCounts;
        if (judges[way.name].judgeLook(new Map([[CHECK.name, samples]])).decision === 'fail') failedAt[way.name] = look;
      } else if (way.kind === 'fisher') {
        // Fisher's test alone on the raw counts: no design effect, no max-increase.
        const now = sums(all, firstAfter, BASELINE_SAMPLES + look * PER_LOOK);
        const p = lib.fisherExactTest(now.errors, now.requests, baselineSums.errors, baselineSums.requests, 'greater');
        if (p < (way.correction === 'none' ? ALPHA : ALPHA / looks) / 2) failedAt[way.name] = look;
      } else {
        bare ??= lib.wilcoxTest(current.map((sample) => sample.value).filter(Number.isFinite), baselineValues, { confInt: false });
        const upward = bare.statistic > (current.length * baselineValues.length) / 2;
        if (upward && bare.pValue < (way.correction === 'none' ? ALPHA : ALPHA / looks)) failedAt[way.name] = look;
      }
    }
  }
  return failedAt;
}

/** Share of runs in which each way failed the step by look `failedBy`. */
function rates(lib, options, failedBy) {
  const hits = Object.fromEntries(options.ways.map((way) => [way.name, 0]));
  for (let run = 0; run < RUNS; run += 1) {
    const seed =
      SEED * 1_000_003 + run * 7919 + Math.round(options.p * 1e4) + options.looks * 31 + (options.windowBuckets ?? 1) * 131 + Math.round((options.burst ?? 0) * 100) * 977;
    const failedAt = simulate(lib, { ...options, seed });
    for (const way of options.ways) if (failedAt[way.name] > 0 && failedAt[way.name] <= failedBy) hits[way.name] += 1;
  }
  return Object.fromEntries(Object.entries(hits).map(([name, count]) => [name, count / RUNS]));
}

/** The oracle's detection rate: errors in the first two minutes against a known baseline rate. */
function oracleDetection(p, level) {
  const nullMean = PER_MINUTE * 2 * p;
  const altMean = nullMean * 2;
  let logFactorial = 0;
  const logPmf = (mean, k) => -mean + k * Math.log(mean) - logFactorial;
  let nullTail = 1;
  let altBelow = 0;
  for (let k = 0; ; k += 1) {
    if (k > 1) logFactorial += Math.log(k);
    if (nullTail <= level) return 1 - altBelow;
    nullTail -= Math.exp(logPmf(nullMean, k));
    altBelow += Math.exp(logPmf(altMean, k));
  }
}

const SEVEN = [
  { name: 'stopline', kind: 'judge', correction: 'bonferroni' },
  { name: 'kayenta', kind: 'judge', correction: 'none' },
  { name: 'rankCorrected', kind: 'rank', correction: 'bonferroni' },
  { name: 'rankPlain', kind: 'rank', correction: 'none' },
  { name: 'proportion', kind: 'proportion', correction: 'bonferroni' },
  { name: 'fisherCorrected', kind: 'fisher', correction: 'bonferroni' },
  { name: 'fisherPlain', kind: 'fisher', correction: 'none' },
];

const pct = (value) => `${(value * 100).toFixed(1)}%`.padStart(8);
const row = (label, r, extra = '') =>
  `  ${label.padEnd(24)}${pct(r.stopline)}${pct(r.kayenta)}    ${pct(r.rankCorrected)}${pct(r.rankPlain)}  |${pct(r.proportion)}    ${pct(r.fisherCorrected)}${pct(r.fisherPlain)}${extra}`;

export async function run() {
  const lib = await loadJudge();
  const started = performance.now();
  const levels = [0.01, 0.02, 0.03, 0.05];
  console.log(`${RUNS} runs per row; 1,000 requests/min; a 10 s error-ratio sample every 10 s; 10 min baseline; α = 0.02 two-sided`);
  console.log('');
  console.log('                          mann-whitney judge   bare rank test      | proportion   bare Fisher test');
  console.log('                          Stopline Kayenta:     α/K     α:          | judge        α/K     α:');
  console.log('                          (α/K)    uncorrected          uncorrected | (Stopline)           uncorrected');
  console.log('false rollbacks, healthy deploy (A/A), target ≤ 1%');
  for (const p of levels) console.log(row(`error ratio ${p * 100}%, ${LOOKS} looks`, rates(lib, { p, factor: 1, looks: LOOKS, ways: SEVEN }, LOOKS)));
  console.log(row('error ratio 2%, 20 looks', rates(lib, { p: 0.02, factor: 1, looks: 20, ways: SEVEN }, 20)));
  console.log('2× error rate detected within 2 intervals, target ≥ 95%                                              ceiling');
  for (const p of levels) {
    const ceiling = oracleDetection(p, ALPHA / LOOKS / 2);
    console.log(row(`${p * 100}% → ${p * 200}%`, rates(lib, { p, factor: 2, looks: LOOKS, ways: SEVEN }, 2), `   ${pct(ceiling)}`));
  }
  console.log('');
  console.log('bursty errors (each 10 s ratio drawn around p, coefficient of variation 30% or 60%), A/A, 5 looks: false rollbacks');
  console.log('                          mann-whitney   proportion   Fisher alone, α/K');
  console.log('                          (Stopline)     (Stopline)   (no design effect)');
  const BURSTY = [
    { name: 'stopline', kind: 'judge', correction: 'bonferroni' },
    { name: 'proportion', kind: 'proportion', correction: 'bonferroni' },
    { name: 'fisher', kind: 'fisher', correction: 'bonferroni' },
  ];
  for (const burst of [0.3, 0.6]) {
    for (const p of [0.01, 0.05]) {
      const r = rates(lib, { p, factor: 1, looks: LOOKS, ways: BURSTY, burst }, LOOKS);
      console.log(`  ${`${p * 100}%, ±${burst * 100}%`.padEnd(24)}${pct(r.stopline)}     ${pct(r.proportion)}     ${pct(r.fisher)}`);
    }
  }
  console.log('');
  console.log('overlapping windows: rate(...[1m]) sampled every 10 s, A/A at 2%, 5 looks: false rollbacks');
  const overlap = rates(
    lib,
    {
      p: 0.02,
      factor: 1,
      looks: LOOKS,
      windowBuckets: 6,
      ways: [
        { name: 'thinned', kind: 'judge', correction: 'bonferroni', thin: true },
        { name: 'taken', kind: 'judge', correction: 'bonferroni', thin: false },
        { name: 'kayenta', kind: 'judge', correction: 'none', thin: false },
      ],
    },
    LOOKS,
  );
  console.log(`  thinned to one sample per window (Stopline)                ${pct(overlap.thinned)}`);
  console.log(`  every sample taken as independent, corrected               ${pct(overlap.taken)}`);
  console.log(`  every sample taken as independent, uncorrected (Kayenta)   ${pct(overlap.kayenta)}`);
  console.log('');
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

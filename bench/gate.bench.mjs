// The security gate on a large CodeQL-shaped SARIF (issue 3, "Speed"): 300,000 results, about
// 150 MB. The baseline is what any tool must do at least: `JSON.parse` of the file and a loop that
// touches every result. The candidate is the gate: read + decode (ingest), normalize, and the
// policy stages (scope, baseline, exceptions, decide); and when src/gate/pipeline.ts exists, the
// action's path: `streamLogs()` (streamed ingest + normalize, bounded raw results, a big run
// shared with the action's worker thread as the action does) then
// `judge()` with the filtered SARIF and the report written as the action writes them (the
// outcome's sarifChunks()/reportChunks() through the action's writeChunks). Targets: wall time ≤ 1.5× and peak
// memory (maxRSS) ≤ 1.2× the baseline's.
//
// Each measurement is its own child process, so maxRSS is that process's peak and nothing (heap
// growth, JIT state) leaks from one measurement to the next. Runs are interleaved and medians
// reported, because the machine is shared and noisy. BENCH_RUNS (default 3) sets the run count,
// BENCH_RESULTS (default 300000) the size, BENCH_KEEP=1 keeps the temp dir (the SARIF file),
// BENCH_SARIF=<file> measures an existing file instead of generating one, BENCH_ONLY=<text> only the
// targets whose name contains it (and the baseline); BENCH_FLOWS=1 gives the second half of the
// results a code flow each (as CodeQL's path queries write them), so the results are not all
// alike and an even split by count would give one thread far more bytes; BENCH_HUGE=1 streams a
// SARIF over V8's string limit instead (see runHuge).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { bundleNodeScript } from '../scripts/bundle-node-script.mjs';
import { median, ms, random } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RESULTS = Number(process.env.BENCH_RESULTS ?? 300_000);
const FLOWS = process.env.BENCH_FLOWS === '1';
const WORKSPACE = '/home/runner/work/app/app';


const RULE_SHAPES = [
  ['js/sql-injection', 'Database query built from user-controlled sources', 8.8, ['external/cwe/cwe-089', 'external/cwe/cwe-090', 'external/cwe/cwe-943']],
  ['js/xss', 'Client-side cross-site scripting', 6.1, ['external/cwe/cwe-079', 'external/cwe/cwe-116']],
  ['js/path-injection', 'Uncontrolled data used in path expression', 7.5, ['external/cwe/cwe-022', 'external/cwe/cwe-023', 'external/cwe/cwe-036', 'external/cwe/cwe-073', 'external/cwe/cwe-099']],
  ['js/command-line-injection', 'Uncontrolled command line', 9.8, ['external/cwe/cwe-078', 'external/cwe/cwe-088']],
  ['js/code-injection', 'Code injection', 9.3, ['external/cwe/cwe-094', 'external/cwe/cwe-095', 'external/cwe/cwe-079', 'external/cwe/cwe-116']],
  ['js/insecure-randomness', 'Insecure randomness', 7.8, ['external/cwe/cwe-338']],
  ['js/regex-injection', 'Regular expression injection', 7.5, ['external/cwe/cwe-730', 'external/cwe/cwe-400']],
  ['js/prototype-pollution', 'Prototype-polluting assignment', 6.1, ['external/cwe/cwe-078', 'external/cwe/cwe-079', 'external/cwe/cwe-094', 'external/cwe/cwe-400', 'external/cwe/cwe-471', 'external/cwe/cwe-915']],
  ['js/hardcoded-credentials', 'Hard-coded credentials', 9.8, ['external/cwe/cwe-259', 'external/cwe/cwe-321', 'external/cwe/cwe-798']],
  ['js/clear-text-logging', 'Clear-text logging of sensitive information', 7.5, ['external/cwe/cwe-312', 'external/cwe/cwe-359', 'external/cwe/cwe-532']],
  ['js/missing-rate-limiting', 'Missing rate limiting', 7.5, ['external/cwe/cwe-770', 'external/cwe/cwe-307', 'external/cwe/cwe-400']],
  ['js/unused-local-variable', 'Unused variable, import, function or class', undefined, ['maintainability', 'useless-code']],
];

/** CodeQL's driver: about 60 rules (the shapes above, repeated with suffixes) with tags and security-severity. */
function codeqlRules() {
  const rules = [];
  for (let copy = 0; copy < 5; copy += 1) {
    for (const [id, name, score, cwes] of RULE_SHAPES) {
      const ruleId = copy === 0 ? id : `${id}-${copy}`;
      const properties = {
        tags: score === undefined ? cwes : ['security', ...cwes],
        description: `${name}: data flows from a remote source to a sensitive sink without sanitization.`,
        id: ruleId,
        kind: 'path-problem',
        name,
        precision: 'high',
        'problem.severity': score === undefined ? 'recommendation' : 'error',
      };
      if (score !== undefined) properties['security-severity'] = String(score);
      rules.push({
        id: ruleId,
        name: ruleId,
        shortDescription: { text: name },
        fullDescription: { text: `${name}. Building this from user-controlled sources is vulnerable to injection.` },
        defaultConfiguration: { enabled: true, level: score === undefined ? 'note' : 'error' },
        help: { text: `# ${name}\nSee the CodeQL documentation.`, markdown: `# ${name}\nSee the CodeQL documentation.` },
        properties,
      });
    }
  }
  return rules;
}

/**
 * Writes the SARIF file in pieces (never the whole text in this process's memory). Results: a
 * rule by id and index, a message, one location under %SRCROOT% with a region, partialFingerprints
 * on about two thirds (CodeQL leaves them off when it cannot hash the line), a related location
 * on some.
 */
function writeSarif(file, count) {
  const rand = random(42);
  const rules = codeqlRules();
  const fd = openSync(file, 'w');
  const head = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'CodeQL', organization: 'GitHub', semanticVersion: '2.19.3', rules }, extensions: [{ name: 'codeql/javascript-queries', semanticVersion: '1.2.3', locations: [] }] },
        automationDetails: { id: 'language:javascript/' },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${WORKSPACE}/` } },
        artifacts: [],
        results: ['@RESULTS@'],
        columnKind: 'utf16CodeUnits',
        properties: { semmle: { formatVersion: '2.1.0' } },
      },
    ],
  };
  const [before, after] = JSON.stringify(head).split('"@RESULTS@"');
  writeSync(fd, before);
  const files = Array.from({ length: 2000 }, (_, i) => `src/${['api', 'web', 'lib', 'db', 'auth'][i % 5]}/module-${i}/${['index', 'handler', 'query', 'util'][i % 4]}.js`);
  let chunk = '';
  for (let i = 0; i < count; i += 1) {
    const ruleIndex = Math.floor(rand() * rules.length);
    const rule = rules[ruleIndex];
    const uri = files[Math.floor(rand() * files.length)];
    const line = 1 + Math.floor(rand() * 800);
    const column = 1 + Math.floor(rand() * 60);
    const result = {
      ruleId: rule.id,
      ruleIndex,
      rule: { id: rule.id, index: ruleIndex },
      message: { text: `This query depends on a [user-provided value](1) from line ${line + 3}; ${rule.shortDescription.text.toLowerCase()}.` },
      locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: i % 2000 }, region: { startLine: line, startColumn: column, endColumn: column + 24 } } }],
    };
    if (rand() < 0.66) result.partialFingerprints = { primaryLocationLineHash: `${Math.floor(rand() * 2 ** 52).toString(16).padStart(16, '0')}:1`, primaryLocationStartColumnFingerprint: String(column % 12) };
    if (rand() < 0.3) result.relatedLocations = [{ id: 1, physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: i % 2000 }, region: { startLine: line + 3, startColumn: 7, endColumn: 19 } }, message: { text: 'user-provided value' } }];
    // No rand() here: the other results stay those of the default file.
    if (FLOWS && i >= count / 2) {
      const steps = [line + 3, line + 2, line + 1, line].map((at, step) => ({
        location: { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: i % 2000 }, region: { startLine: at, startColumn: column, endColumn: column + 12 } }, message: { text: `step ${step}` } },
      }));
      result.codeFlows = [{ threadFlows: [{ locations: steps }] }];
    }
    chunk += (i === 0 ? '' : ',') + JSON.stringify(result);
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk + after);
  closeSync(fd);
}

/**
 * What each measured script reports besides its time, spliced into each: its peak RSS, and the CPU
 * time of the whole process (every thread, GC included).
 */
const USAGE = 'maxRSS: process.resourceUsage().maxRSS * 1024, cpu: ((u) => (u.user + u.system) / 1000)(process.cpuUsage()),';

// The baseline: the least any SARIF consumer does. Read as text, parse, touch every result.
const BASELINE = `
import { readFileSync } from 'node:fs';
const start = performance.now();
const log = JSON.parse(readFileSync(process.argv[2], 'utf8'));
let touched = 0;
for (const run of log.runs) for (const result of run.results ?? []) touched += result.ruleId.length + (result.locations?.length ?? 0);
const elapsed = performance.now() - start;
process.stdout.write(JSON.stringify({ elapsed, ${USAGE} detail: { touched } }));
`;

const POLICY_TEXT = `version: 1
fail-on: high
new-only: true
block:
  cwe: [CWE-798]
paths:
  exclude: ["test/**", "**/vendor/**"]
exceptions:
  - match: { rule: "js/insecure-randomness", path: "src/lib/**" }
    reason: "not used for security"
    approved-by: "@acme/appsec"
    expires: 2099-01-01
`;

// Shared head of both gate scripts: the policy is parsed inside the timed part, as the action does.
const GATE_HEAD = `
import { readSarifFile } from './src/gate/ingest/read-sarif.js';
import { parsePolicy, policyHash } from './src/gate/policy/parse-policy.js';
const policyText = ${JSON.stringify(POLICY_TEXT)};
const today = new Date('2026-11-01T00:00:00Z');
const workspace = ${JSON.stringify(WORKSPACE)};
const start = performance.now();
const policy = parsePolicy(policyText, 'security-policy.yml', { today });
let log = await readSarifFile(process.argv[2], 'codeql.sarif');
const ingested = performance.now();
const done = (detail) => process.stdout.write(JSON.stringify({ elapsed: performance.now() - start, ${USAGE} detail: { ingestMs: Math.round(ingested - start), ...detail } }));
`;

/**
 * The streaming reader alone (src/gate/ingest/result-stream.ts, for SARIF over V8's string
 * limit): each result parsed from its own byte slice and touched like the baseline's loop.
 */
const STREAM = `
import { streamSarif } from './src/gate/ingest/result-stream.js';
const start = performance.now();
let touched = 0;
let results = 0;
for await (const run of streamSarif(process.argv[2], { displayName: 'codeql.sarif' })) {
  for await (const { result } of run.results) {
    results += 1;
    touched += result.ruleId.length + (result.locations?.length ?? 0);
  }
}
process.stdout.write(JSON.stringify({ elapsed: performance.now() - start, ${USAGE} detail: { results, touched } }));
`;

/** The stages by hand: ingest, normalize, scope → baseline → exceptions → decide. */
const STAGES = `${GATE_HEAD}
import { normalizeLog } from './src/gate/normalize/normalize-log.js';
import { evaluatePolicy } from './src/gate/stages/evaluate.js';
const normalized = normalizeLog(log, { file: 'codeql.sarif', workspace });
const normalizedAt = performance.now();
const evaluation = evaluatePolicy(policy, normalized.findings, { categoriesWithInput: new Set(normalized.runs.map((r) => r.category)), today });
done({ normalizeMs: Math.round(normalizedAt - ingested), evaluateMs: Math.round(performance.now() - normalizedAt), findings: normalized.findings.length, verdict: evaluation.decision.verdict, violations: evaluation.decision.violations.length });
`;

/**
 * The whole gate as the action runs it: streamLogs (read + normalize result by result, keeping only
 * the results the filtered SARIF may use; a big run's results shared with the action's worker
 * thread), judge(), then the filtered SARIF, the report and the summary written out.
 */
const PIPELINE = `
import { streamLogs } from './src/gate/ingest/stream-logs.js';
import { parsePolicy, policyHash } from './src/gate/policy/parse-policy.js';
import { judge } from './src/gate/pipeline.js';
import { writeChunks } from './src/actions/security-gate/write-chunks.js';
const policyText = ${JSON.stringify(POLICY_TEXT)};
const today = new Date('2026-11-01T00:00:00Z');
const workspace = ${JSON.stringify(WORKSPACE)};
const start = performance.now();
const policy = parsePolicy(policyText, 'security-policy.yml', { today });
// The action's worker script, bundled next to this one as the build puts worker.mjs next to the action's index.mjs.
const worker = new URL('./worker.mjs', import.meta.url);
const ingested = await streamLogs([{ path: process.argv[2], name: 'codeql.sarif' }], { workspace, toolCategories: policy.tools, exclude: policy.paths.exclude, worker });
const streamed = performance.now();
const outcome = judge({ logs: ingested.logs, normalized: ingested, policy, policySource: { description: 'bench', hash: policyHash(policyText) }, workspace, today, mode: 'enforce' });
const judged = performance.now();
const out = process.argv[2] + '.out';
// As the action writes them (its own writer): pieces in ~1 MB writes, never one string per file.
writeChunks(out + '.sarif', outcome.sarifChunks());
writeChunks(out + '.report.json', outcome.reportChunks());
const summary = outcome.summary.render();
process.stdout.write(JSON.stringify({ elapsed: performance.now() - start, ${USAGE} detail: { streamNormalizeMs: Math.round(streamed - start), judgeMs: Math.round(judged - streamed), writeMs: Math.round(performance.now() - judged), summaryBytes: summary.length, verdict: outcome.verdict, ...outcome.counts } }));
`;

async function bundle(source, outfile) {
  await bundleNodeScript({ source, sourcefile: 'gate-bench-entry.ts', outfile });
}

/** The pipeline script, and the action's worker script (src/actions/security-gate/worker.ts) next to it. */
async function bundlePipeline(outfile) {
  await bundle(PIPELINE, outfile);
  await bundle("import './src/actions/security-gate/worker.ts';", join(dirname(outfile), 'worker.mjs'));
}

function measure(script, file) {
  const result = spawnSync(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${script} exited ${result.status}:\n${result.stderr}`);
  return JSON.parse(String(result.stdout));
}

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

// What sets the ratio on a given machine, printed with the table. The baseline's time is mostly
// JSON.parse building a ~450 MiB heap, so it grows with what the first touch of fresh memory
// costs (on some VMs of this kind, over 2 ms per MiB: every page is faulted in from the host);
// the gate streams through an 8 MiB window and uses a second thread, so it depends more on the
// cores free. Measured: 1.15-1.35x where the first touch of 256 MiB took 700-960 ms (baseline
// 3.5-4.0 s), also with one or both cores kept busy by other processes; 1.70x on the same VM
// with transparent huge pages on (first touch 33 ms, baseline 2.3 s); 1.8-1.9x on a machine
// where the baseline took 1.6 s and a test suite was running beside the bench.
const FIRST_TOUCH = `
const bytes = 256 * 2 ** 20;
const buffer = Buffer.allocUnsafeSlow(bytes);
const start = performance.now();
buffer.fill(1);
const first = performance.now() - start;
const again = performance.now();
buffer.fill(2);
process.stdout.write(JSON.stringify({ first, again: performance.now() - again }));
`;

/** Milliseconds to write 256 MiB of fresh memory the first time, then again (median of 3 processes). */
function firstTouch() {
  const runs = [0, 1, 2].map(() => JSON.parse(String(spawnSync(process.execPath, ['-e', FIRST_TOUCH], { encoding: 'utf8' }).stdout)));
  return { first: median(runs.map((r) => r.first)), again: median(runs.map((r) => r.again)) };
}

/**
 * BENCH_HUGE=1: a SARIF over V8's string limit (about 1.2 million results, over 600 MiB). The
 * baseline cannot even read it (JSON.parse needs the whole file as one string); the gate streams
 * it. One run each: time, peak memory, and what the baseline says.
 */
async function runHuge(temp) {
  const count = Number(process.env.BENCH_RESULTS ?? 1_200_000);
  const sarif = join(temp, 'huge.sarif');
  const generated = performance.now();
  writeSarif(sarif, count);
  console.log(`generated ${count.toLocaleString('en')} results, ${mib(statSync(sarif).size)} (V8's string limit is 512 MiB), in ${ms(performance.now() - generated)}`);
  const baselineScript = join(temp, 'baseline.mjs');
  writeFileSync(baselineScript, BASELINE);
  const baseline = spawnSync(process.execPath, [baselineScript, sarif], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
  const why = String(baseline.stderr).split('\n').find((line) => /Error/.test(line)) ?? `exit ${baseline.status}`;
  console.log(`baseline (JSON.parse + loop): ${baseline.status === 0 ? 'read it' : `cannot read it: ${why.trim()}`}`);
  const pipelineScript = join(temp, 'gate-pipeline.mjs');
  await bundlePipeline(pipelineScript);
  const m = measure(pipelineScript, sarif);
  console.log(`gate (streamLogs + judge + SARIF, report, summary written): ${ms(m.elapsed)}, peak RSS ${mib(m.maxRSS)}; ${JSON.stringify(m.detail)}`);
}

export async function run() {
  const temp = mkdtempSync(join(tmpdir(), 'stopline-gate-bench-'));
  if (process.env.BENCH_HUGE) {
    try {
      await runHuge(temp);
    } finally {
      if (!process.env.BENCH_KEEP) rmSync(temp, { recursive: true, force: true });
    }
    return;
  }
  try {
    // BENCH_SARIF reuses a file kept by an earlier BENCH_KEEP=1 run (faster when iterating).
    const sarif = process.env.BENCH_SARIF ?? join(temp, 'codeql.sarif');
    const generated = performance.now();
    if (!process.env.BENCH_SARIF) writeSarif(sarif, RESULTS);
    console.log(`${process.env.BENCH_SARIF ? 'reused' : 'generated'} ${RESULTS.toLocaleString('en')} results, ${mib(statSync(sarif).size)}, in ${ms(performance.now() - generated)}`);

    const baselineScript = join(temp, 'baseline.mjs');
    writeFileSync(baselineScript, BASELINE);
    const stagesScript = join(temp, 'gate-stages.mjs');
    await bundle(STAGES, stagesScript);
    const targets = [
      ['baseline: JSON.parse + loop', baselineScript],
      ['gate: ingest + normalize + evaluatePolicy', stagesScript],
    ];
    if (existsSync(join(root, 'src/gate/ingest/result-stream.ts'))) {
      const streamScript = join(temp, 'stream.mjs');
      await bundle(STREAM, streamScript);
      targets.push(['streamSarif: every result parsed, touched', streamScript]);
    }
    // The pipeline is judged too once it exists (it was being written alongside this bench).
    if (existsSync(join(root, 'src/gate/pipeline.ts'))) {
      const pipelineScript = join(temp, 'gate-pipeline.mjs');
      await bundlePipeline(pipelineScript);
      targets.push(['gate: streamLogs + judge() + SARIF, report, summary written', pipelineScript]);
    }
    // BENCH_ONLY=<text>: the baseline and only the targets whose name contains it (when iterating on one).
    if (process.env.BENCH_ONLY) targets.splice(1, Infinity, ...targets.slice(1).filter(([name]) => name.includes(process.env.BENCH_ONLY)));
    const samples = new Map(targets.map(([name]) => [name, { elapsed: [], maxRSS: [], cpu: [], detail: undefined }]));
    // Interleaved, so drifting machine load hits all of them alike.
    for (let i = 0; i < RUNS; i += 1) {
      for (const [name, script] of targets) {
        const m = measure(script, sarif);
        const s = samples.get(name);
        s.elapsed.push(m.elapsed);
        s.maxRSS.push(m.maxRSS);
        s.cpu.push(m.cpu);
        s.detail = m.detail;
      }
    }
    const base = samples.get(targets[0][0]);
    const baseTime = median(base.elapsed);
    const baseRss = median(base.maxRSS);
    const touch = firstTouch();
    console.log(`${RUNS} interleaved runs each (each its own process), Node ${process.version}; times exclude process start`);
    console.log(`machine: ${availableParallelism()} cores; writing 256 MiB of fresh memory takes ${ms(touch.first)} the first time, ${ms(touch.again)} again`);
    // CPU time of the whole process (every thread, GC included): steadier than wall time on a
    // shared machine, and what decides once both of the gate's threads are busy.
    console.log('| command | median time | time ratio (≤ 1.5×) | median peak RSS | memory ratio (≤ 1.2×) | median CPU | detail |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, s] of samples) {
      const t = median(s.elapsed);
      const r = median(s.maxRSS);
      const isBase = s === base;
      const tr = t / baseTime;
      const rr = r / baseRss;
      const c = median(s.cpu);
      console.log(
        `| ${name} | ${ms(t)} | ${isBase ? '—' : `${tr.toFixed(2)}× ${tr <= 1.5 ? 'ok' : 'OVER'}`} | ${mib(r)} | ${isBase ? '—' : `${rr.toFixed(2)}× ${rr <= 1.2 ? 'ok' : 'OVER'}`} | ${isBase ? ms(c) : `${ms(c)} (${(c / median(base.cpu)).toFixed(2)}×)`} | ${JSON.stringify(s.detail)} |`,
      );
    }
  } finally {
    if (process.env.BENCH_KEEP) console.log(`kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
}

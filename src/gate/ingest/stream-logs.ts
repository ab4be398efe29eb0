import { stat } from 'node:fs/promises';
import type { Log, Result } from 'sarif';
import { formatBytes } from '../../report/size.js';
import { plural } from '../../report/words.js';
import { formatDuration } from '../../runtime/duration.js';
import { MAX_RESULTS_PER_RUN, severityRank, type ResultSource } from '../emit/filtered-sarif.js';
import { runKey, type Category, type Finding } from '../finding.js';
import { numberRepeat, OccurrenceCounter } from '../normalize/fingerprint.js';
import { MessageStore, TextsByRun, type MessageSource } from '../normalize/run-texts.js';
import { addRunCounts, createRunNormalizer, type RunSummary } from '../normalize/normalize-run.js';
import { compileScope } from '../stages/scope.js';
import { startNormalizeWorker, type NormalizeWorker } from './normalize-worker.js';
import { CLAIM_RESULTS, ResultClaims, type ClaimedChunk } from './result-claims.js';
import { streamSarif, type StreamedRun } from './result-stream.js';

/** One SARIF file to read: its path on disk and the name messages and `origin.file` use. */
export interface LogFile {
  path: string;
  name: string;
}

export interface StreamLogsOptions {
  /** The repository root on the machine that ran the scanner ($GITHUB_WORKSPACE). */
  workspace: string;
  /** The policy's `tools` map (as normalizeLog takes it). */
  toolCategories?: Readonly<Record<string, Category>>;
  /** The policy's `paths.exclude`: excluded findings never reach the filtered SARIF, so their results are not kept. */
  exclude: readonly string[];
  /** Results kept per tool for the filtered SARIF; default MAX_RESULTS_PER_RUN (tests lower it). */
  maxResultsPerRun?: number;
  /** Passed to streamSarif (tests lower it to cross chunk boundaries). */
  chunkBytes?: number;
  /**
   * A bundled worker script (its entry calls runNormalizeWorker): with it, a run of at least
   * `parallelFrom` results is normalized on two threads. Without it everything runs on this one.
   */
  worker?: URL;
  /** The fewest results that make a run worth a second thread; default PARALLEL_FROM (tests lower it). */
  parallelFrom?: number;
  /** Results per chunk the two threads claim (ResultClaims); default CLAIM_RESULTS (tests lower it). */
  claimResults?: number;
  /**
   * The most chunks the main thread claims of a run (tests: so that the worker, however late it
   * starts, gets a share to normalize); by default it claims by TAKE_COST alone.
   */
  mainClaimsAtMost?: number;
  /** Progress, a line per file started and per run read (a big file takes seconds). */
  progress?: (line: string) => void;
}

/** Below this many results a run is normalized on one thread: a worker costs tens of ms to start. */
export const PARALLEL_FROM = 20_000;

/**
 * A file this big probably holds a run of PARALLEL_FROM results (CodeQL writes about 500 bytes a
 * result), so its worker thread is started before the scan and is ready when the scan ends.
 */
export const WORKER_EARLY_FROM_BYTES = 8 * 2 ** 20;

/**
 * What taking one of the worker's findings (unpacking it, numbering it, keeping it) costs the main
 * thread, as a share of what normalizing a result costs the worker. The main thread takes the
 * worker's findings only after its own share (taking them during it measured slower: they then
 * sit in its young generation), so it stops claiming chunks once what it will have to take
 * outweighs the chunks left, and both threads finish at about the same time. Timed alone, taking
 * 165,000 findings was 0.30-0.38 s against the worker's 1.4-1.6 s for them (0.2); measured whole
 * on 300,000 CodeQL results, 0.3 was fastest (12-round runs: 0.2 +39 and +70 ms, 0.25 +52 ms,
 * 0.4 +103 ms), with the least CPU: the more the worker takes, the more findings cross over.
 */
const TAKE_COST = 0.3;

/**
 * The main thread's next chunk of a run shared with the worker (see TAKE_COST), or undefined when
 * it should leave the rest to the worker.
 */
function claimForMainThread(claims: ResultClaims, atMost = Infinity): ClaimedChunk | undefined {
  if (claims.frontClaimed() >= atMost) return undefined;
  // Were this thread to stop now, the worker would normalize the `left` chunks while this thread
  // takes the findings of all the worker's chunks (TAKE_COST each): stop once that is as long.
  const left = claims.unclaimed();
  if (left * (1 - TAKE_COST) <= TAKE_COST * claims.backClaimed()) return undefined;
  return claims.claimFront();
}

/**
 * What judge() needs, read without holding any file whole: the findings and run summaries (as
 * normalizeLog makes them, but with their messages in `messages`), `logs` whose runs are the
 * envelopes (`results` empty), and the results the filtered SARIF could keep, kept as their JSON
 * bytes.
 */
export interface StreamedLogs {
  logs: { file: string; log: Log }[];
  runs: RunSummary[];
  findings: Finding[];
  results: ResultSource;
  messages: MessageSource;
}

/**
 * The results the filtered SARIF could keep, as their JSON bytes (RunTexts) until each is
 * written: 25,000 parsed results held from ingest to the end were hundreds of thousands of
 * objects the garbage collector traced and copied, and as strings they were still 14 MB it
 * copied while the policy's stages ran.
 */
class KeptResultTexts extends TextsByRun implements ResultSource {
  get(origin: Finding['origin']): Result {
    const text = this.text(origin);
    if (text === undefined) throw new Error(`no kept result ${origin.resultIndex} in run ${origin.runIndex} of ${origin.file}`);
    // Parsed once already, when it was normalized.
    return JSON.parse(text) as Result;
  }
}

/**
 * The findings buildFilteredSarif could keep for one tool: in scope, and among the `limit` most
 * severe (rank desc, then input order, as its trimming ranks them). Pruned in batches, so at most
 * 2×limit candidates are held per tool; a prune finds the cut-off rank by sorting the ranks alone
 * (a typed array) and keeps the candidates in input order, so ties at the cut-off go to the
 * earlier. Only findings are held: the kept results are read back from the file at the end.
 */
class BoundedSelection {
  private findings: Finding[] = [];
  private ranks: number[] = [];
  /**
   * Once `limit` in-scope candidates are kept, the least severe one's rank: a later finding
   * ranked at or below it can never be selected (ties go to the earlier), so it is not held.
   */
  private floor = -Infinity;

  constructor(
    private readonly limit: number,
    private readonly excludedBy: (finding: Finding) => string | null,
  ) {}

  add(finding: Finding): void {
    if (this.limit <= 0) return;
    const rank = severityRank(finding);
    if (rank <= this.floor || this.excludedBy(finding) !== null) return;
    this.findings.push(finding);
    this.ranks.push(rank);
    if (this.findings.length >= 2 * this.limit) this.prune();
  }

  /** The selection (in input order). */
  finish(): Finding[] {
    this.prune();
    return this.findings;
  }

  private prune(): void {
    const { findings, ranks, limit } = this;
    if (findings.length < limit || limit <= 0) return;
    const cutoff = Float64Array.from(ranks).sort()[ranks.length - limit]!;
    // All above the cut-off are kept; at the cut-off, the earliest until the limit is reached.
    let atCutoff = limit;
    for (const rank of ranks) if (rank > cutoff) atCutoff -= 1;
    let kept = 0;
    for (let i = 0; i < findings.length; i += 1) {
      const rank = ranks[i]!;
      if (rank > cutoff || (rank === cutoff && atCutoff-- > 0)) {
        findings[kept] = findings[i]!;
        ranks[kept] = rank;
        kept += 1;
      }
    }
    findings.length = kept;
    ranks.length = kept;
    this.floor = cutoff;
  }
}

/**
 * Reads SARIF files with streamSarif and normalizes each result as it arrives (one occurrence
 * counter across all files, as judge() uses), so memory holds the findings and a bounded number
 * of raw results instead of every decoded log. The findings, their order and their `origin`s are
 * those normalizeLog gives for the decoded files, also when a big run is shared with a worker
 * thread (`options.worker`), except that their messages are kept apart, in `messages` (read one
 * with findingMessage). Throws the ConfigurationErrors readSarifFile / decodeSarif and
 * normalizeLog throw (naming the file).
 */
export async function streamLogs(files: readonly LogFile[], options: StreamLogsOptions): Promise<StreamedLogs> {
  const limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN;
  const occurrences = new OccurrenceCounter();
  const messages = new MessageStore();
  const runs: RunSummary[] = [];
  const findings: Finding[] = [];
  const logs: { file: string; log: Log }[] = [];
  // Per tool (driver name), as buildFilteredSarif groups runs.
  const selections = new Map<string, BoundedSelection>();
  const streamedRuns = new Map<string, { file: string; runIndex: number; streamed: StreamedRun }>();
  const excludedBy = compileScope(options.exclude);
  // A worker started ahead of the run that will use it; stopped at the end if no run did.
  let early: NormalizeWorker | undefined;
  try {
    for (const { path, name } of files) {
      const bytes = await fileBytes(path);
      const started = performance.now();
      options.progress?.(`reading ${name} (${formatBytes(bytes)})`);
      if (options.worker && !early && bytes >= WORKER_EARLY_FROM_BYTES) early = startNormalizeWorker(options.worker);
      const log: Log = { version: '2.1.0', runs: [] };
      logs.push({ file: name, log });
      for await (const streamed of streamSarif(path, { displayName: name, ...(options.chunkBytes !== undefined ? { chunkBytes: options.chunkBytes } : {}) })) {
        const { runIndex, run } = streamed;
        log.runs.push(run);
        streamedRuns.set(runKey(name, runIndex), { file: name, runIndex, streamed });
        const runMessages = messages.run(name, runIndex, streamed.resultCount);
        const normalizer = createRunNormalizer(run, runIndex, {
          file: name,
          workspace: options.workspace,
          toolCategories: options.toolCategories,
          occurrences,
          messages: runMessages,
        });
        const tool = run.tool.driver.name;
        let selection = selections.get(tool);
        if (!selection) selections.set(tool, (selection = new BoundedSelection(limit, excludedBy)));
        const count = streamed.resultCount;
        const parallel = options.worker !== undefined && count >= (options.parallelFrom ?? PARALLEL_FROM);
        const claims = parallel ? ResultClaims.forRun(count, options.claimResults ?? CLAIM_RESULTS) : undefined;
        // The share of the run's results the worker normalized, for the progress line.
        let workerShare: number | undefined;
        // The worker starts first, so both shares are read at once.
        const worker = parallel ? (early ?? startNormalizeWorker(options.worker!)) : undefined;
        if (worker === early) early = undefined;
        const remote = worker
          ? worker.normalize({
              path,
              name,
              ...(options.chunkBytes !== undefined ? { chunkBytes: options.chunkBytes } : {}),
              run,
              runIndex,
              workspace: options.workspace,
              ...(options.toolCategories ? { toolCategories: options.toolCategories } : {}),
              slice: streamed.spanSlice(0, count),
              claims: claims!.shared,
            }, runMessages)
          : undefined;
        try {
          const batches = claims
            ? streamed.rangeBatches(() => claimForMainThread(claims, options.mainClaimsAtMost))
            : streamed.resultBatches(0, count);
          for await (const batch of batches) {
            for (const { resultIndex, result } of batch) {
              const finding = normalizer.normalizeResult(result, resultIndex);
              if (finding === undefined) continue;
              findings.push(finding);
              selection.add(finding);
            }
          }
          if (remote) {
            for await (const batch of remote.findings()) {
              for (const finding of batch) {
                // Numbered here, in input order, after every repeat in the main thread's share.
                if (finding.fingerprintSource === 'computed') finding.fingerprint = numberRepeat(finding.fingerprint, occurrences);
                findings.push(finding);
                selection.add(finding);
              }
            }
            const remoteSummary = remote.summary();
            workerShare = remoteSummary.resultsTotal / count;
            addRunCounts(normalizer.summary, remoteSummary);
          }
        } finally {
          await remote?.stop();
        }
        runs.push(normalizer.summary);
        options.progress?.(runProgress(normalizer.summary, workerShare, performance.now() - started));
      }
    }
  } finally {
    await early?.stop();
  }
  // Read each kept result's text back from its file.
  const kept = new Map<string, number[]>();
  for (const selection of selections.values()) {
    for (const finding of selection.finish()) {
      const key = runKey(finding.origin.file, finding.origin.runIndex);
      let indexes = kept.get(key);
      if (!indexes) kept.set(key, (indexes = []));
      indexes.push(finding.origin.resultIndex);
    }
  }
  const results = new KeptResultTexts();
  for (const [key, indexes] of kept) {
    const { file, runIndex, streamed } = streamedRuns.get(key)!;
    const texts = results.run(file, runIndex, streamed.resultCount);
    for await (const batch of streamed.rereadBytes(indexes.sort((a, b) => a - b))) {
      for (const { resultIndex, result } of batch) texts.addBytes(resultIndex, result);
    }
  }
  return { logs, runs, findings, results, messages };
}

/** `name run 0: CodeQL 2.20.1, 300,000 results, 299,006 findings (sast), 2 threads (68% of the results on the second), 2.4s since the file was opened` */
function runProgress(run: RunSummary, workerShare: number | undefined, elapsedMs: number): string {
  const tool = run.toolVersion === undefined ? run.tool : `${run.tool} ${run.toolVersion}`;
  const threads = workerShare === undefined ? '' : `, 2 threads (${Math.round(100 * workerShare)}% of the results on the second)`;
  return (
    `${run.file} run ${run.runIndex}: ${tool}, ${plural(run.resultsTotal, 'result', true)}, ${plural(run.findings, 'finding', true)} (${run.category})` +
    `${threads}, ${formatDuration(elapsedMs)} since the file was opened`
  );
}

/** The file's size, or 0 when it cannot be read (streamSarif then says why). */
async function fileBytes(path: string): Promise<number> {
  return stat(path).then((stats) => stats.size, () => 0);
}


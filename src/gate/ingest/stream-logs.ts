import type { Log, Result } from 'sarif';
import { MAX_RESULTS_PER_RUN, severityRank } from '../emit/filtered-sarif.js';
import type { Category, Finding } from '../finding.js';
import { createRunNormalizer, type RunSummary } from '../normalize/normalize-run.js';
import { applyScope } from '../stages/scope.js';
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
}

/**
 * What judge() needs, read without holding any file whole: the findings and run summaries (as
 * normalizeLog makes them) and `logs` whose runs are the envelopes with a sparse `results` array
 * holding, at their original indexes, only the results the filtered SARIF could keep.
 */
export interface StreamedLogs {
  logs: { file: string; log: Log }[];
  runs: RunSummary[];
  findings: Finding[];
}

interface Candidate {
  finding: Finding;
  /** Input order: trimming is a stable sort, so ties go to the earlier finding. */
  seq: number;
  rank: number;
}

/**
 * The candidates buildFilteredSarif could keep for one tool: in scope, and among the `limit` most
 * severe (rank desc, then input order, exactly its order). Pruned in batches, so at most 2×limit
 * candidates are held per tool, and applyScope (which compiles the globs) runs once per batch.
 * Only findings are held: the kept results are read back from the file at the end.
 */
class BoundedSelection {
  private candidates: Candidate[] = [];
  /**
   * Once `limit` in-scope candidates are kept, the least severe one's rank: a later finding
   * ranked at or below it can never be selected (ties go to the earlier), so it is not held.
   */
  private floor = -Infinity;

  constructor(
    private readonly limit: number,
    private readonly exclude: readonly string[],
  ) {}

  add(finding: Finding, seq: number): void {
    const rank = severityRank(finding);
    if (rank <= this.floor) return;
    this.candidates.push({ finding, seq, rank });
    if (this.candidates.length >= 2 * this.limit) this.prune();
  }

  /** The kept candidates, pruned to the final selection. */
  finish(): Candidate[] {
    this.prune();
    return this.candidates;
  }

  private prune(): void {
    const inScope = new Set(applyScope(this.candidates.map((candidate) => candidate.finding), this.exclude).kept);
    const ranked = this.candidates.filter((candidate) => inScope.has(candidate.finding));
    ranked.sort((a, b) => b.rank - a.rank || a.seq - b.seq);
    this.candidates = ranked.slice(0, this.limit);
    if (this.candidates.length === this.limit) this.floor = this.candidates[this.limit - 1]!.rank;
  }
}

/**
 * Reads SARIF files with streamSarif and normalizes each result as it arrives (one occurrence
 * counter across all files, as judge() uses), so memory holds the findings and a bounded number
 * of raw results instead of every decoded log. The findings, their order and their `origin`s are
 * those normalizeLog gives for the decoded files. Throws the ConfigurationErrors readSarifFile /
 * decodeSarif and normalizeLog throw (naming the file).
 */
export async function streamLogs(files: readonly LogFile[], options: StreamLogsOptions): Promise<StreamedLogs> {
  const limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN;
  const occurrences = new Map<string, number>();
  const runs: RunSummary[] = [];
  const findings: Finding[] = [];
  const logs: { file: string; log: Log }[] = [];
  // Per tool (driver name), as buildFilteredSarif groups runs.
  const selections = new Map<string, BoundedSelection>();
  const streamedRuns = new Map<string, StreamedRun>();
  let seq = 0;
  for (const { path, name } of files) {
    const log: Log = { version: '2.1.0', runs: [] };
    logs.push({ file: name, log });
    for await (const streamed of streamSarif(path, { displayName: name, ...(options.chunkBytes !== undefined ? { chunkBytes: options.chunkBytes } : {}) })) {
      const { runIndex, run, results } = streamed;
      log.runs.push(run);
      streamedRuns.set(runKey(name, runIndex), streamed);
      const normalizer = createRunNormalizer(run, runIndex, { file: name, workspace: options.workspace, toolCategories: options.toolCategories, occurrences });
      const tool = run.tool.driver.name;
      let selection = selections.get(tool);
      if (!selection) selections.set(tool, (selection = new BoundedSelection(limit, options.exclude)));
      for await (const { resultIndex, result } of results) {
        const finding = normalizer.normalizeResult(result, resultIndex);
        if (finding === undefined) continue;
        findings.push(finding);
        selection.add(finding, seq++);
      }
      runs.push(normalizer.summary);
    }
  }
  // Read each kept result back from its file and put it at its original index, so `origin`
  // needs no remapping.
  const kept = new Map<string, number[]>();
  for (const selection of selections.values()) {
    for (const { finding } of selection.finish()) {
      const key = runKey(finding.origin.file, finding.origin.runIndex);
      let indexes = kept.get(key);
      if (!indexes) kept.set(key, (indexes = []));
      indexes.push(finding.origin.resultIndex);
    }
  }
  for (const [key, indexes] of kept) {
    const streamed = streamedRuns.get(key)!;
    const results: Result[] = (streamed.run.results ??= []);
    for await (const { resultIndex, result } of streamed.reread(indexes.sort((a, b) => a - b))) results[resultIndex] = result;
  }
  return { logs, runs, findings };
}

function runKey(file: string, runIndex: number): string {
  return `${file}\u0000${runIndex}`;
}

import type { Log } from 'sarif';
import type { Annotation } from '../report/annotations.js';
import type { Summary } from '../report/summary.js';
import { mostSevereAnnotations } from './emit/annotations.js';
import { describeMatch, describeSource } from './emit/exception-text.js';
import { buildFilteredSarif, type ResultSource } from './emit/filtered-sarif.js';
import { renderSummary } from './emit/render-summary.js';
import { buildReport, reportChunks, reportFindingLines, type GateReportHead } from './emit/report.js';
import type { Category, Finding } from './finding.js';
import type { MessageSource } from './normalize/run-texts.js';
import { normalizeLog } from './normalize/normalize-log.js';
import { OccurrenceCounter } from './normalize/fingerprint.js';
import type { RunSummary } from './normalize/normalize-run.js';
import type { Policy } from './policy/policy.js';
import { evaluatePolicy } from './stages/evaluate.js';
import { plural } from '../report/words.js';

/** Everything the gate judges, already read and parsed by the caller (the action or the CLI). */
export interface GateInput {
  /** Decoded SARIF logs; `file` is workspace-relative and names the log in messages and the report. */
  logs: { file: string; log: Log }[];
  /**
   * The findings and run summaries when the caller already normalized the logs (streamLogs), the
   * results the filtered SARIF may keep, and the messages the findings do not hold; then `logs`
   * only has to hold the runs' envelopes.
   */
  normalized?: { runs: RunSummary[]; findings: Finding[]; results: ResultSource; messages: MessageSource };
  /** Already parsed (and merged with what it extends). */
  policy: Policy;
  /** Where the policy came from, e.g. "base branch main (.github/stopline/security-policy.yml)", and its hash. */
  policySource: { description: string; hash: string };
  /** Fingerprints of the findings that already existed; absent when no baseline was given. */
  baseline?: { description: string; fingerprints: ReadonlySet<string> };
  workspace: string;
  today: Date;
  mode: 'enforce' | 'warn';
  /** To link `file:line` in the summary to the code at the commit under test. */
  commit?: { serverUrl: string; repository: string; sha: string };
  /** Named in the summary's truncation note and "more in the report" lines. */
  fullReportPath?: string;
}

/** What the action writes, sets and shows. */
export interface GateOutcome {
  verdict: 'pass' | 'fail';
  /** The action's outputs `findings`, `new` and `violations` (see issue 3 and src/gate/README.md). */
  counts: { findings: number; new: number; violations: number };
  /**
   * The JSON report without its per-finding `findings` list (shape in src/gate/emit/README.md):
   * everything the summary, the commit status and the log need. The file is `reportChunks()`.
   */
  report: GateReportHead;
  /**
   * The whole report file (`report` plus every finding's entry) as text pieces to write in order;
   * the entries are made while iterating, so the list never sits in memory. Each call starts over.
   */
  reportChunks(): Iterable<string>;
  /**
   * The filtered SARIF for code scanning (at most 25,000 results per tool) as text pieces (one
   * per result) to write in order; each result is made as it is written. Each call starts over.
   */
  sarifChunks(): Iterable<string>;
  /** The job summary; `render()` stays under 1 MiB. */
  summary: Summary;
  /**
   * The error annotations GitHub can show (at most ANNOTATIONS_PER_LEVEL), most severe first: one
   * per violating finding with a repository file, chosen as capAnnotations would choose them.
   */
  annotations: Annotation[];
  /** Violating findings with a file that did not make `annotations` (the summary's "N more errors"). */
  annotationsOmitted: number;
  /** Things to warn about: exceptions expiring, expired or unused; results trimmed from the SARIF. */
  warnings: string[];
}

/** Normalizes decoded logs, with one occurrence counter across all of them. */
function normalizeLogs(input: GateInput): { runs: RunSummary[]; findings: Finding[] } {
  // One counter across all logs, so identical computed fingerprints in two files stay distinct.
  const occurrences = new OccurrenceCounter();
  const runs: RunSummary[] = [];
  const findings: Finding[] = [];
  for (const { file, log } of input.logs) {
    const normalized = normalizeLog(log, { file, workspace: input.workspace, toolCategories: input.policy.tools, occurrences });
    runs.push(...normalized.runs);
    // push(...) would overflow the stack for very large logs.
    for (const finding of normalized.findings) findings.push(finding);
  }
  return { runs, findings };
}

/**
 * The whole gate after ingest: normalize → scope → baseline → exceptions → decide → emit. Pure:
 * no I/O, no clock (today is passed in), so the action, the CLI and tests all get the same answer.
 * Throws a ConfigurationError for a result of the wrong shape (naming the file and JSON pointer).
 */
export function judge(input: GateInput): GateOutcome {
  const { policy } = input;
  const { runs, findings } = input.normalized ?? normalizeLogs(input);
  const categoriesWithInput = new Set<Category>(runs.map((run) => run.category));
  const evaluation = evaluatePolicy(policy, findings, {
    ...(input.baseline ? { baseline: input.baseline.fingerprints } : {}),
    categoriesWithInput,
    today: input.today,
  });
  const { decision, exceptions } = evaluation;

  let open = 0;
  let fresh = 0;
  for (const item of exceptions.findings) {
    if (item.disposition !== 'open') continue;
    open += 1;
    if (item.baseline === 'new') fresh += 1;
  }
  const counts = { findings: open, new: fresh, violations: decision.violations.length };

  // The filtered SARIF reads the results it keeps (from the logs, or the streamed results) as it
  // is written, so they are held only while the outcome is.
  const filtered = buildFilteredSarif(new Map(input.logs.map(({ file, log }) => [file, log])), exceptions.findings, {}, input.normalized?.results);
  const warnings: string[] = [];
  for (const use of exceptions.expiring) {
    const when = use.daysLeft === 0 ? 'today' : `in ${plural(use.daysLeft, 'day')}`;
    warnings.push(`exception (${describeMatch(use.exception)}) in ${describeSource(use.exception)} expires ${when} (${use.exception.expires}): renew it or fix the findings`);
  }
  for (const use of exceptions.expired) {
    const matched = use.matched > 0 ? `; ${plural(use.matched, 'finding')} it matched ${use.matched === 1 ? 'is' : 'are'} judged again` : '';
    warnings.push(`exception (${describeMatch(use.exception)}) in ${describeSource(use.exception)} expired on ${use.exception.expires} and no longer applies${matched}`);
  }
  for (const use of exceptions.unused) {
    warnings.push(`exception (${describeMatch(use.exception)}) in ${describeSource(use.exception)} matched no finding: remove it`);
  }
  warnings.push(...filtered.warnings);

  const report = buildReport({
    verdict: decision.verdict,
    mode: input.mode,
    reasons: decision.reasons,
    warnings,
    today: input.today,
    policy: { description: input.policySource.description, file: policy.file, hash: input.policySource.hash },
    baseline: input.baseline ? { description: input.baseline.description, fingerprints: input.baseline.fingerprints.size } : undefined,
    files: input.logs.map((entry) => entry.file),
    runs,
    evaluation,
    counts,
    ...(input.normalized ? { messages: input.normalized.messages } : {}),
  });
  const summary = renderSummary(report, {
    ...(input.commit ? { commit: input.commit } : {}),
    ...(input.fullReportPath !== undefined ? { fullReportPath: input.fullReportPath } : {}),
  });
  const chosen = mostSevereAnnotations(decision.violations, undefined, input.normalized?.messages);
  return {
    verdict: decision.verdict,
    counts,
    report,
    reportChunks: () => reportChunks(report, reportFindingLines(evaluation)),
    sarifChunks: () => filtered.chunks(),
    summary,
    annotations: chosen.annotations,
    annotationsOmitted: chosen.omitted,
    warnings,
  };
}

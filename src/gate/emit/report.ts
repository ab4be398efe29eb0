import { CATEGORIES, SEVERITIES, type Category, type Finding, type FindingLocation, type Severity } from '../finding.js';
import { findingMessage, type MessageSource } from '../normalize/run-texts.js';
import type { RunSummary } from '../normalize/normalize-run.js';
import type { ExceptionMatch } from '../policy/policy.js';
import type { BudgetBreach, Counts } from '../stages/decide.js';
import type { Evaluation } from '../stages/evaluate.js';
import type { ExceptionState, ExceptionUse } from '../stages/exceptions.js';
import { locationText } from './location-text.js';

/**
 * The gate's full JSON report (the `report` output): everything the summary shows and more,
 * uncapped. Its `findings` list every finding's fingerprint, so the report of one run can be the
 * `baseline` of a later one (see loadBaselineFingerprints). The shape is documented in
 * src/gate/README.md; `schema` changes when a field changes meaning.
 */

/** Identifies the report format; also how a baseline file is recognized as a report. */
export const REPORT_SCHEMA = 'stopline/security-gate-report@2';

/**
 * Violations the report details in full (most severe first). Every violation is also marked in
 * `findings` (its `violation` says why), so none is lost; the detail is capped because a report
 * of 200,000 fully detailed violations is hundreds of MB that nobody reads, and writing it was
 * the gate's largest cost on large inputs.
 */
export const REPORT_VIOLATIONS_DETAILED = 1000;

/** What happened to a finding: open (`new` / `existing`), `suppressed`, `excepted`, or `excluded` by scope. */
export type FindingState = 'new' | 'existing' | 'suppressed' | 'excepted' | 'excluded';

/** One line per finding: enough to baseline on and to grep. */
export interface ReportFindingEntry {
  fingerprint: string;
  tool: string;
  category: Category;
  ruleId: string;
  severity: Severity;
  state: FindingState;
  /** `path:line`, a URL, a description, or `(no location)`. */
  location: string;
  /** Only on a finding that breaks the policy: why (as in `violations[].why`). */
  violation?: string;
}

/** A violating finding with its normalized fields (the report's own copy) and why it violates. */
export interface ReportViolation
  extends Pick<
    Finding,
    | 'tool' | 'toolVersion' | 'category' | 'ruleId' | 'ruleName' | 'severity' | 'severitySource'
    | 'securitySeverity' | 'cwes' | 'advisoryIds' | 'location' | 'fingerprint' | 'fingerprintSource' | 'origin'
  > {
  message: string;
  baseline: 'new' | 'existing';
  why: string;
}

/** An exception of the policy and how it fared. */
export interface ReportException {
  match: ExceptionMatch;
  reason: string;
  approvedBy: string;
  expires: string;
  /** The most severe finding it may cover. */
  severity: Severity;
  source: { file: string; line: number };
  state: ExceptionState;
  daysLeft: number;
  matched: number;
}

/** An exception that matched a finding but was not allowed to except it. */
export interface ReportRefusal {
  fingerprint: string;
  ruleId: string;
  location: string;
  exception: { source: { file: string; line: number }; reason: string };
  why: string;
}

export interface GateReport {
  schema: typeof REPORT_SCHEMA;
  verdict: 'pass' | 'fail';
  mode: 'enforce' | 'warn';
  /** True when the step fails on this verdict (`fail` in enforce mode). */
  failsStep: boolean;
  /** Why, most important first. */
  reasons: string[];
  warnings: string[];
  /** `today` as the gate saw it (ISO 8601), which decided exception expiry. */
  evaluatedAt: string;
  policy: { description: string; file: string; hash: string };
  baseline: { description: string; fingerprints: number } | null;
  inputs: { files: string[]; runs: RunSummary[] };
  counts: {
    /** Open findings (kind fail, after scope and exceptions): the `findings` output. */
    findings: number;
    /** Open and not in the baseline: the `new` output. */
    new: number;
    /** The `violations` output. */
    violations: number;
    suppressed: number;
    excepted: number;
    excluded: number;
    /** category → severity → new / existing / suppressed / excepted (disjoint). */
    byCategory: Counts;
  };
  missingRequired: Category[];
  budgetBreaches: BudgetBreach[];
  /** Most severe first, the first REPORT_VIOLATIONS_DETAILED of them (all are marked in `findings`). */
  violations: ReportViolation[];
  /** Violations beyond REPORT_VIOLATIONS_DETAILED, not detailed in `violations`. */
  violationsNotDetailed: number;
  exceptions: {
    used: ReportException[];
    expiring: ReportException[];
    expired: ReportException[];
    unused: ReportException[];
    refused: ReportRefusal[];
  };
  excludedByScope: { total: number; byGlob: Record<string, number> };
  /** Every finding: in-scope ones in input order, then those excluded by scope. */
  findings: ReportFindingEntry[];
}

/**
 * The report without its per-finding list: what the summary, the commit status and the outputs
 * need, small whatever the SARIF's size. The `findings` list is only ever produced while the
 * report is written (reportChunks), one entry at a time, so 300,000 findings never exist twice.
 */
export type GateReportHead = Omit<GateReport, 'findings'>;

/** The counts that are also the action's outputs. */
export interface GateCounts {
  findings: number;
  new: number;
  violations: number;
}

export interface BuildReportInput {
  verdict: 'pass' | 'fail';
  mode: 'enforce' | 'warn';
  reasons: string[];
  warnings: string[];
  today: Date;
  policy: { description: string; file: string; hash: string };
  baseline: { description: string; fingerprints: number } | undefined;
  files: string[];
  runs: RunSummary[];
  evaluation: Evaluation;
  counts: GateCounts;
  /** Where the messages of findings that have none of their own are (see Finding.message). */
  messages?: MessageSource;
}

function exceptionEntry(use: ExceptionUse): ReportException {
  const { exception } = use;
  return {
    match: exception.match,
    reason: exception.reason,
    approvedBy: exception.approvedBy,
    expires: exception.expires,
    severity: exception.maxSeverity,
    source: { file: exception.source.file, line: exception.source.line },
    state: use.state,
    daysLeft: use.daysLeft,
    matched: use.matched,
  };
}

/**
 * JSON.stringify of the strings that repeat across findings (tools, rule ids, paths, reasons):
 * each distinct one is escaped once. Bounded, so a SARIF with millions of distinct paths does
 * not keep them all; past the bound a value is simply escaped again. One per field, each
 * remembering its last value: consecutive findings mostly share their tool and reason, often
 * their rule or file, and then no map is looked up (-20 ms writing 300,000 entries).
 */
class QuotedStrings {
  private readonly cache = new Map<string, string>();
  private lastValue: string | undefined;
  private lastQuoted = '';

  constructor(private readonly limit = 100_000) {}

  get(value: string): string {
    if (value === this.lastValue) return this.lastQuoted;
    let quoted = this.cache.get(value);
    if (quoted === undefined) {
      quoted = JSON.stringify(value);
      if (this.cache.size < this.limit) this.cache.set(value, quoted);
    }
    this.lastValue = value;
    this.lastQuoted = quoted;
    return quoted;
  }
}

/** The QuotedStrings of each field of the report's entries. */
interface EntryQuotes {
  tools: QuotedStrings;
  rules: QuotedStrings;
  paths: QuotedStrings;
  reasons: QuotedStrings;
  /** A category, severity or state that is not one of WORDS (none should be). */
  other: QuotedStrings;
}

/** The categories, severities and states as JSON strings: the words of every entry, looked up without a map. */
const WORDS: Readonly<Record<string, string | undefined>> = Object.assign(
  Object.create(null) as Record<string, string>,
  Object.fromEntries([...CATEGORIES, ...SEVERITIES, 'new', 'existing', 'suppressed', 'excepted', 'excluded'].map((word) => [word, JSON.stringify(word)])),
);

/** JSON.stringify(locationText(location)), with a file's path escaped once per path. */
function locationJson(location: FindingLocation, quoted: QuotedStrings): string {
  if (location.kind !== 'file') return JSON.stringify(locationText(location));
  const path = quoted.get(location.path);
  // A line number is digits, which JSON never escapes: `"<path>:<line>"`.
  return location.startLine === undefined ? path : `${path.slice(0, -1)}:${location.startLine}"`;
}

/**
 * One finding's entry as JSON text: exactly JSON.stringify of a ReportFindingEntry (same keys,
 * same order, same escaping), built from cached pieces. Writing 300,000 entries through
 * JSON.stringify of an object each was most of the report's cost.
 */
function entryJson(finding: Finding, state: FindingState, violation: string | undefined, quotes: EntryQuotes): string {
  const text =
    `{"fingerprint":${JSON.stringify(finding.fingerprint)},"tool":${quotes.tools.get(finding.tool)},"category":${WORDS[finding.category] ?? quotes.other.get(finding.category)}` +
    `,"ruleId":${quotes.rules.get(finding.ruleId)},"severity":${WORDS[finding.severity] ?? quotes.other.get(finding.severity)},"state":${WORDS[state] ?? quotes.other.get(state)}` +
    `,"location":${locationJson(finding.location, quotes.paths)}`;
  return violation === undefined ? `${text}}` : `${text},"violation":${quotes.reasons.get(violation)}}`;
}

/**
 * The report's `findings` (ReportFindingEntry, see GateReport), each as its JSON text, made one
 * at a time: kept findings in input order, then the excluded ones (a later baseline needs them
 * all, see src/gate/emit/README.md). A finding's `violation` is the one decide set on it.
 */
export function* reportFindingLines(evaluation: Pick<Evaluation, 'exceptions' | 'scope'>): Generator<string> {
  const quotes: EntryQuotes = { tools: new QuotedStrings(), rules: new QuotedStrings(), paths: new QuotedStrings(), reasons: new QuotedStrings(), other: new QuotedStrings() };
  for (const item of evaluation.exceptions.findings) {
    yield entryJson(item.finding, item.disposition === 'open' ? item.baseline : item.disposition, item.violation, quotes);
  }
  for (const item of evaluation.scope.excluded) yield entryJson(item.finding, 'excluded', undefined, quotes);
}

/**
 * Builds the JSON report from the evaluation, without the per-finding list (see GateReportHead;
 * reportChunks writes the whole report). Pure; the result is plain data (JSON.stringify-able).
 */
export function buildReport(input: BuildReportInput): GateReportHead {
  const { evaluation } = input;
  const { decision, exceptions, scope } = evaluation;
  const byGlob: Record<string, number> = {};
  for (const item of scope.excluded) byGlob[item.glob] = (byGlob[item.glob] ?? 0) + 1;

  let suppressed = 0;
  let excepted = 0;
  for (const item of exceptions.findings) {
    if (item.disposition === 'suppressed') suppressed += 1;
    else if (item.disposition === 'excepted') excepted += 1;
  }

  return {
    schema: REPORT_SCHEMA,
    verdict: input.verdict,
    mode: input.mode,
    failsStep: input.verdict === 'fail' && input.mode === 'enforce',
    reasons: input.reasons,
    warnings: input.warnings,
    evaluatedAt: input.today.toISOString(),
    policy: input.policy,
    baseline: input.baseline ?? null,
    inputs: { files: input.files, runs: input.runs },
    counts: { ...input.counts, suppressed, excepted, excluded: scope.excluded.length, byCategory: decision.counts },
    missingRequired: decision.missingRequired,
    budgetBreaches: decision.budgetBreaches,
    violations: decision.violations.slice(0, REPORT_VIOLATIONS_DETAILED).map(({ finding, baseline, violation: why }) => {
      const violation: ReportViolation = {
        tool: finding.tool,
        category: finding.category,
        ruleId: finding.ruleId,
        message: findingMessage(finding, input.messages),
        severity: finding.severity,
        severitySource: finding.severitySource,
        cwes: finding.cwes,
        advisoryIds: finding.advisoryIds,
        location: finding.location,
        fingerprint: finding.fingerprint,
        fingerprintSource: finding.fingerprintSource,
        baseline,
        why,
        origin: finding.origin,
      };
      if (finding.toolVersion !== undefined) violation.toolVersion = finding.toolVersion;
      if (finding.ruleName !== undefined) violation.ruleName = finding.ruleName;
      if (finding.securitySeverity !== undefined) violation.securitySeverity = finding.securitySeverity;
      return violation;
    }),
    violationsNotDetailed: Math.max(0, decision.violations.length - REPORT_VIOLATIONS_DETAILED),
    exceptions: {
      used: exceptions.used.map(exceptionEntry),
      expiring: exceptions.expiring.map(exceptionEntry),
      expired: exceptions.expired.map(exceptionEntry),
      unused: exceptions.unused.map(exceptionEntry),
      refused: exceptions.refused.map((refusal) => ({
        fingerprint: refusal.finding.fingerprint,
        ruleId: refusal.finding.ruleId,
        location: locationText(refusal.finding.location),
        exception: {
          source: { file: refusal.exception.source.file, line: refusal.exception.source.line },
          reason: refusal.exception.reason,
        },
        why: refusal.why,
      })),
    },
    excludedByScope: { total: scope.excluded.length, byGlob },
  };
}

// Placeholders for the two long lists while the rest is stringified; a NUL cannot occur in a
// key or value the gate writes unescaped, so the split finds exactly these.
const VIOLATIONS_MARK = '\u0000stopline-violations\u0000';
const FINDINGS_MARK = '\u0000stopline-findings\u0000';

/** `[` + one element (JSON text) per line + `]`, element by element, never the whole list as one string. */
function* jsonArray(elements: Iterable<string>, indent: string): Generator<string> {
  let first = true;
  for (const element of elements) {
    yield `${first ? '[' : ','}\n${indent}  ${element}`;
    first = false;
  }
  yield first ? '[]' : `\n${indent}]`;
}

function* stringified(items: Iterable<unknown>): Generator<string> {
  for (const item of items) yield JSON.stringify(item);
}

/**
 * The whole report file as text pieces, in order (a `GateReport`, pretty-printed, with each
 * violation and finding on one line), ending with a newline. The report of a 300,000-result SARIF
 * is a few hundred MB: writing it piece by piece keeps it out of memory as one string. `schema`
 * stays first, as loadBaselineFingerprints recognizes reports by it. `findingLines` are the
 * `findings` entries as JSON text (reportFindingLines).
 */
export function* reportChunks(head: GateReportHead, findingLines: Iterable<string>): Generator<string> {
  const text = JSON.stringify({ ...head, violations: VIOLATIONS_MARK, findings: FINDINGS_MARK }, null, 2);
  const [beforeViolations, rest] = text.split(JSON.stringify(VIOLATIONS_MARK)) as [string, string];
  const [beforeFindings, end] = rest.split(JSON.stringify(FINDINGS_MARK)) as [string, string];
  yield beforeViolations;
  yield* jsonArray(stringified(head.violations), '  ');
  yield beforeFindings;
  yield* jsonArray(findingLines, '  ');
  yield `${end}\n`;
}

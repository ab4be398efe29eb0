import type { Location, Log, ReportingDescriptor, Result, Run, Suppression } from 'sarif';
import { SEVERITIES, type Finding } from '../finding.js';
import { foldToolName } from '../normalize/category.js';
import type { AssessedFinding } from '../stages/exceptions.js';
import { isAbsolute } from './location-text.js';
import { formatScore, isValidScore, scoreOf } from './security-severity.js';

/**
 * The SARIF the action uploads to code scanning, built to fit its limits
 * (docs.github.com, "SARIF support for code scanning"):
 *
 * - one run per tool (driver name), with a unique `automationDetails.id` `stopline/<tool>/`:
 *   code scanning rejects an upload with two runs of the same tool and category;
 * - at most MAX_RESULTS_PER_RUN results per run; beyond that the most severe are kept and the
 *   trimming is reported in `warnings`;
 * - a numeric `security-severity` (a decimal string, as CodeQL writes it) on every result and on
 *   every carried-over rule, from the normalized severity, so code scanning shows the severity the
 *   gate judged; a word there (Bandit's "HIGH") would make the upload fail;
 * - findings excluded by `paths.exclude` are dropped: the policy says they are out of scope;
 * - findings excepted by the policy are kept with a `suppressions` entry (kind `external`, status
 *   `accepted`, justification = the exception's reason). Code scanning ignores suppressions on
 *   upload, so they still appear as alerts; keeping them means the alert stays visible and
 *   traceable to the exception rather than silently closing, and reappears in the report when
 *   the exception expires. Findings suppressed in the SARIF itself are kept as written.
 *
 * Results are the original SARIF results (shallow copies: messages, code flows and related
 * locations are shared, not cloned), with `ruleId` set, `ruleIndex` pointing into the merged
 * rules, the primary location's URI rewritten to the repository-relative path normalization
 * found (so uploads made from another checkout path still map to files), and the severity added.
 * Each is made as it is written (FilteredSarif.chunks) and let go: none is held until then.
 */

/** GitHub's limit on results per run in one upload. */
export const MAX_RESULTS_PER_RUN = 25_000;

/**
 * How severe a finding is for trimming: severity band first, then score; higher is kept first,
 * ties keep input order. Exported so streaming ingest retains exactly what trimming would keep.
 */
export function severityRank(finding: Finding): number {
  return SEVERITIES.indexOf(finding.severity) * 100 + scoreOf(finding);
}

/**
 * The original logs, by the file name findings carry in `origin.file`: the runs' envelopes (tool,
 * rules, run-level tables). Their results are read through a ResultSource.
 */
export type SourceLogs = ReadonlyMap<string, Log>;

/** Where the original results of findings are read from, by the finding's `origin`. */
export interface ResultSource {
  /** Whether the result can be kept: streamLogs reads back only those the trimming may keep. */
  has(origin: Finding['origin']): boolean;
  /** The result (one that `has`); asked once per kept result, as the result is written. */
  get(origin: Finding['origin']): Result;
}

/** The results in the logs' runs themselves (`results[origin.resultIndex]`). */
export function resultsInLogs(logs: SourceLogs): ResultSource {
  const result = (origin: Finding['origin']) => logs.get(origin.file)?.runs[origin.runIndex]?.results?.[origin.resultIndex];
  return {
    has: (origin) => result(origin) !== undefined,
    get: (origin) => {
      const found = result(origin);
      if (found === undefined) throw new Error(`filtered SARIF: no result ${origin.resultIndex} in run ${origin.runIndex} of ${origin.file}`);
      return found;
    },
  };
}

export interface FilteredSarif {
  /** Trimming and other things the reader should know. */
  warnings: string[];
  /**
   * The filtered SARIF as text pieces to write in order (the same as JSON.stringify of the whole
   * log): each kept result is read from the ResultSource, made, stringified and let go, so the
   * kept results are never all held as objects. Each call starts over.
   */
  chunks(): Iterable<string>;
}

/** A kept result as it will be written: its finding and where its rule is in the merged rules. */
interface KeptResult {
  item: AssessedFinding;
  ruleIndex: number | undefined;
}

export interface FilteredSarifOptions {
  /** Per-run limit (tests lower it); default MAX_RESULTS_PER_RUN. */
  maxResultsPerRun?: number;
}

interface ToolRun {
  tool: string;
  /** Source runs of this tool, in input order; the first supplies run-level fields. */
  sources: Run[];
  findings: AssessedFinding[];
}

/** `CodeQL` → `codeql`, `OWASP ZAP` → `owasp-zap`: a tool name as an automation-id segment. */
function slug(tool: string): string {
  const folded = foldToolName(tool).trim().replace(/ /g, '-');
  return folded === '' ? 'tool' : folded;
}

/** The rule a finding refers to, by id, in the driver and then in the extensions. */
function findRule(run: Run, ruleId: string): ReportingDescriptor | undefined {
  for (const component of [run.tool.driver, ...(run.tool.extensions ?? [])]) {
    const rule = component.rules?.find((candidate) => candidate.id === ruleId);
    if (rule) return rule;
  }
  return undefined;
}

function suppressionFor(item: AssessedFinding): Suppression {
  return {
    kind: 'external',
    status: 'accepted',
    justification: `${item.exception!.reason} (approved by ${item.exception!.approvedBy}, expires ${item.exception!.expires})`,
  };
}

/** The primary location with its URI replaced by the repository-relative path, when there is one. */
function rewriteLocations(result: Result, item: AssessedFinding): Location[] | undefined {
  const location = item.finding.location;
  const locations = result.locations;
  if (location.kind !== 'file' || isAbsolute(location.path) || !locations?.[0]?.physicalLocation) return locations;
  const first = locations[0];
  const physical = first.physicalLocation!;
  return [{ ...first, physicalLocation: { ...physical, artifactLocation: { uri: location.path } } }, ...locations.slice(1)];
}

/**
 * The result as written: the original's members in their order, with `ruleId`, `properties`,
 * `locations` and (for an excepted finding) `suppressions` replaced, `rule` dropped, and
 * `ruleIndex` re-pointed into the merged rules (the original pointed into the source run's rules
 * or an extension) or dropped; members the original lacks follow, in that order. Built member by
 * member: a copy with members deleted is a slow (dictionary-mode) object to JSON.stringify.
 */
function buildResult(result: Result, item: AssessedFinding, ruleIndex: number | undefined): Result {
  const replaced: Record<string, unknown> = {
    ruleId: item.finding.ruleId,
    properties: { ...result.properties, 'security-severity': formatScore(scoreOf(item.finding)) },
  };
  if (ruleIndex !== undefined) replaced.ruleIndex = ruleIndex;
  const locations = rewriteLocations(result, item);
  if (locations !== undefined) replaced.locations = locations;
  if (item.disposition === 'excepted') replaced.suppressions = [...(result.suppressions ?? []), suppressionFor(item)];
  const out: Record<string, unknown> = {};
  const original = result as unknown as Record<string, unknown>;
  for (const key of Object.keys(original)) {
    if (key === 'rule' || (key === 'ruleIndex' && ruleIndex === undefined)) continue;
    setMember(out, key, Object.hasOwn(replaced, key) ? replaced[key] : original[key]);
  }
  for (const key of ADDED_ORDER) if (Object.hasOwn(replaced, key) && !Object.hasOwn(original, key)) out[key] = replaced[key];
  return out as unknown as Result;
}

/** The order buildResult adds the members the original lacks. */
const ADDED_ORDER = ['ruleId', 'properties', 'ruleIndex', 'locations', 'suppressions'] as const;

/** Sets an own member, even one named "__proto__" (JSON.parse makes those own members too). */
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Carried-over rule with a valid `security-severity`: the highest score among its findings, else its own when valid. */
function buildRule(rule: ReportingDescriptor, score: number | undefined): ReportingDescriptor {
  const properties = { ...rule.properties };
  if (score !== undefined) properties['security-severity'] = formatScore(score);
  else if ('security-severity' in properties && !isValidScore(properties['security-severity'])) delete properties['security-severity'];
  else if (typeof properties['security-severity'] === 'number') properties['security-severity'] = formatScore(properties['security-severity'] as number);
  return { ...rule, properties };
}

/** A run of the filtered SARIF, its results still to be made (`results` is empty). */
function buildRun(group: ToolRun, automationId: string, limit: number, results: ResultSource, warnings: string[]): { run: Run; kept: KeptResult[] } {
  const first = group.sources[0]!;
  let kept = group.findings;
  if (kept.length > limit) {
    // A result the source does not have cannot be written: streamLogs keeps only the results this
    // trimming can keep, and ranking only those (not every finding) gives the same selection.
    const available = kept.filter((item) => results.has(item.finding.origin));
    kept = mostSevere(available, Math.min(limit, available.length));
    const lowest = kept.reduce((least, item) => (severityRank(item.finding) < severityRank(least.finding) ? item : least)).finding.severity;
    warnings.push(
      `filtered SARIF: ${group.tool} had ${group.findings.length} results; kept the ${limit} most severe (down to ${lowest}) to fit code scanning's limit of ${limit} results per run. The JSON report lists all of them.`,
    );
  }

  // Rules: the driver's, in order, then any rule the results need from extensions.
  const rules: ReportingDescriptor[] = [];
  const ruleIndexes = new Map<string, number>();
  const add = (rule: ReportingDescriptor) => {
    if (ruleIndexes.has(rule.id)) return;
    ruleIndexes.set(rule.id, rules.length);
    rules.push(rule);
  };
  for (const source of group.sources) for (const rule of source.tool.driver.rules ?? []) add(rule);
  const maxScore = new Map<string, number>();
  // Ids looked up in extensions without success, so a rule-less tool costs one search per id.
  const missing = new Set<string>();
  for (const item of kept) {
    const { ruleId } = item.finding;
    maxScore.set(ruleId, Math.max(maxScore.get(ruleId) ?? 0, scoreOf(item.finding)));
    if (ruleIndexes.has(ruleId) || missing.has(ruleId)) continue;
    const rule = group.sources.map((run) => findRule(run, ruleId)).find((found) => found !== undefined);
    if (rule) add(rule);
    else missing.add(ruleId);
  }

  const driver = { ...first.tool.driver, rules: rules.map((rule) => buildRule(rule, maxScore.get(rule.id))) };
  const run: Run = { tool: { driver }, automationDetails: { id: automationId }, results: [] };
  // Run-level tables results may refer to. With several source runs of one tool they come from the
  // first; index references (artifacts, logical locations) of later runs are not remapped.
  const originalUriBaseIds = Object.assign({}, ...group.sources.map((source) => source.originalUriBaseIds ?? {}).reverse());
  if (Object.keys(originalUriBaseIds).length > 0) run.originalUriBaseIds = originalUriBaseIds;
  if (first.artifacts) run.artifacts = first.artifacts;
  if (first.taxonomies) run.taxonomies = first.taxonomies;
  if (first.logicalLocations) run.logicalLocations = first.logicalLocations;
  if (first.columnKind) run.columnKind = first.columnKind;
  if (first.versionControlProvenance) run.versionControlProvenance = first.versionControlProvenance;
  return { run, kept: kept.map((item) => ({ item, ruleIndex: ruleIndexes.get(item.finding.ruleId) })) };
}

/**
 * The `limit` most severe findings (severity band, then score; ties keep input order), most
 * severe first, as a stable sort by rank would give them. The cut-off rank is found by sorting
 * the ranks alone (a typed array), so 300,000 findings cost one numeric sort, not an object sort.
 */
function mostSevere(items: readonly AssessedFinding[], limit: number): AssessedFinding[] {
  const ranks = new Float64Array(items.length);
  for (let i = 0; i < items.length; i += 1) ranks[i] = severityRank(items[i]!.finding);
  const cutoff = Float64Array.from(ranks).sort()[items.length - limit]!;
  // All above the cut-off are kept; at the cut-off, the earliest until the limit is reached.
  let atCutoff = limit - ranks.reduce((count, rank) => (rank > cutoff ? count + 1 : count), 0);
  const chosen: { item: AssessedFinding; rank: number }[] = [];
  for (let i = 0; i < items.length; i += 1) {
    const rank = ranks[i]!;
    if (rank > cutoff || (rank === cutoff && atCutoff-- > 0)) chosen.push({ item: items[i]!, rank });
  }
  chosen.sort((a, b) => b.rank - a.rank);
  return chosen.map((entry) => entry.item);
}

/**
 * Builds the filtered SARIF from the original logs (their runs' envelopes), the in-scope findings
 * after exceptions and the source of their original results (by default the logs' own). Tools
 * with runs but no in-scope findings still get an (empty) run, which tells code scanning that
 * their earlier alerts are fixed.
 */
export function buildFilteredSarif(
  logs: SourceLogs,
  findings: readonly AssessedFinding[],
  options: FilteredSarifOptions = {},
  results: ResultSource = resultsInLogs(logs),
): FilteredSarif {
  const limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN;
  const warnings: string[] = [];
  const groups = new Map<string, ToolRun>();
  for (const [, log] of logs) {
    log.runs.forEach((run) => {
      const tool = run.tool.driver.name;
      let group = groups.get(tool);
      if (!group) groups.set(tool, (group = { tool, sources: [], findings: [] }));
      group.sources.push(run);
    });
  }
  let group: ToolRun | undefined;
  for (const item of findings) {
    // Findings come run after run: one look-up per tool change, not per finding.
    if (group?.tool !== item.finding.tool) group = groups.get(item.finding.tool);
    group?.findings.push(item);
  }

  const used = new Set<string>();
  const built: { run: Run; kept: KeptResult[] }[] = [];
  for (const group of groups.values()) {
    // Two tool names can fold to the same slug (`Snyk Code` / `snyk-code`); number the later ones.
    const base = slug(group.tool);
    let name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}`;
    used.add(name);
    built.push(buildRun(group, `stopline/${name}/`, limit, results, warnings));
  }
  // The runs with empty `results`: chunks() writes each run's kept results in their place.
  const envelope: Log = { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json', runs: built.map(({ run }) => run) };
  return {
    warnings,
    chunks: () => logChunks(envelope, (runIndex) => madeResults(built[runIndex]!.kept, results)),
  };
}

/** The kept results, each read from the source and made only when the next one is asked for. */
function* madeResults(kept: readonly KeptResult[], results: ResultSource): Generator<Result> {
  for (const { item, ruleIndex } of kept) yield buildResult(results.get(item.finding.origin), item, ruleIndex);
}

const RESULTS_MARK = '\u0000stopline-results\u0000';

/**
 * A SARIF log as text pieces, in order: the envelope and each run's other fields in one piece
 * (with `results` in its place), then every result stringified on its own, made one at a time by
 * `resultsOf(runIndex)` in place of the run's `results` (present, and empty), and let go. Valid
 * JSON, the same as JSON.stringify of the log with those results, byte for byte, without ever
 * holding the whole text as one string.
 */
function* logChunks(log: Log, resultsOf: (runIndex: number) => Iterable<Result>): Generator<string> {
  const { runs, ...envelope } = log;
  const head = JSON.stringify(envelope);
  yield `${head.slice(0, -1)}${head === '{}' ? '' : ','}"runs":[`;
  for (const [runIndex, run] of runs.entries()) {
    if (runIndex > 0) yield ',';
    if (run.results === undefined) {
      yield JSON.stringify(run);
      continue;
    }
    const [before, after] = JSON.stringify({ ...run, results: RESULTS_MARK }).split(JSON.stringify(RESULTS_MARK)) as [string, string];
    yield `${before}[`;
    let first = true;
    for (const result of resultsOf(runIndex)) {
      const text = JSON.stringify(result);
      yield first ? text : `,${text}`;
      first = false;
    }
    yield `]${after}`;
  }
  yield ']}';
}

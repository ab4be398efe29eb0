import type { Location, Result, Run } from 'sarif';
import { sharedScore, type Category, type Finding, type FindingLocation } from '../finding.js';
import { isObject, jsonPointer, sarifError, typeOf } from '../ingest/sarif-error.js';
import { addAdvisoryIdsFromProperties } from './advisories.js';
import { decideCategory } from './category.js';
import { addCwesFromProperties, addCwesFromTaxa, sortCwes } from './cwe.js';
import { computedBase, computedFingerprint, OccurrenceCounter, toolFingerprint } from './fingerprint.js';
import { createLocationContext, resolveArtifactLocation, type LocationContext } from './locations.js';
import type { RunTexts } from './run-texts.js';
import { indexRules, type RuleFacts, type RuleIndex } from './rules.js';
import { decideSeverity } from './severity.js';

/** SARIF result kinds other than `fail`; results of these kinds are counted, not judged. */
export const NON_FAIL_KINDS = ['pass', 'open', 'informational', 'notApplicable', 'review'] as const;
export type NonFailKind = (typeof NON_FAIL_KINDS)[number];

const KINDS = new Set<string>(['fail', ...NON_FAIL_KINDS]);
const LEVELS = new Set(['none', 'note', 'warning', 'error']);
const MESSAGE_LIMIT = 500;
/** The empty CWE / advisory list, shared by every finding that has none. */
const NONE: readonly string[] = Object.freeze([]);
const ARGUMENT = /\{(\d+)\}/g;

/** What one run held, for the report: the tool, its category, and counts. */
export interface RunSummary {
  file: string;
  runIndex: number;
  tool: string;
  toolVersion?: string;
  category: Category;
  categorySource: 'policy tools map' | 'built-in' | 'default';
  /** `automationDetails.id` when the tool set one. */
  automationId?: string;
  /** Every result in the run, whatever its kind. */
  resultsTotal: number;
  /** Results of kind `fail` (the findings), including suppressed ones. */
  findings: number;
  /** Of the findings, those suppressed in the SARIF itself. */
  suppressed: number;
  /** Results of each other kind. */
  kinds: Record<NonFailKind, number>;
}

/** Adds the counts of `part` (another share of the same run's results) to `summary`. */
export function addRunCounts(summary: RunSummary, part: RunSummary): void {
  summary.resultsTotal += part.resultsTotal;
  summary.findings += part.findings;
  summary.suppressed += part.suppressed;
  for (const kind of NON_FAIL_KINDS) summary.kinds[kind] += part.kinds[kind];
}

/** Options shared by every run of a log. */
export interface NormalizeOptions {
  /** The file name messages and `Finding.origin.file` use (usually relative to the workspace). */
  file: string;
  /** The repository root on the machine that ran the scanner ($GITHUB_WORKSPACE). */
  workspace: string;
  /** The policy's `tools` map: tool (driver) name → category. */
  toolCategories?: Readonly<Record<string, Category>>;
  /** Shared across the runs of one log (or of a whole gate run) so repeated computed fingerprints stay distinct. */
  occurrences?: OccurrenceCounter;
  /**
   * Leaves computed fingerprints as their base (computedBase), for the caller to number the
   * repeats in input order (numberRepeat): a thread normalizing part of a run cannot see the
   * repeats before its part.
   */
  deferRepeats?: boolean;
}

/** Options of one run's normalizer. */
export interface RunNormalizerOptions extends NormalizeOptions {
  /**
   * Where the findings' messages are kept instead of on the findings (which then have none):
   * the streamed path keeps them out of the heap (see MessageStore).
   */
  messages?: RunTexts;
}

/** Normalizes the results of one run, one at a time (so a streaming reader can feed it). */
export interface RunNormalizer {
  readonly summary: RunSummary;
  /** The finding for a result, or undefined for a result of another kind (counted in the summary). */
  normalizeResult(result: unknown, resultIndex: number): Finding | undefined;
}

/**
 * Prepares one run (already accepted by `checkRun`): its category, rule index and location
 * context are computed here once, so the per-result work stays small.
 */
export function createRunNormalizer(run: Run, runIndex: number, options: RunNormalizerOptions): RunNormalizer {
  const driver = run.tool.driver;
  const tool = driver.name;
  const toolVersion = driver.version ?? driver.semanticVersion ?? driver.dottedQuadFileVersion;
  const category = decideCategory(tool, options.toolCategories);
  const summary: RunSummary = {
    file: options.file,
    runIndex,
    tool,
    category: category.category,
    categorySource: category.source,
    resultsTotal: 0,
    findings: 0,
    suppressed: 0,
    kinds: { pass: 0, open: 0, informational: 0, notApplicable: 0, review: 0 },
  };
  if (typeof toolVersion === 'string' && toolVersion !== '') summary.toolVersion = toolVersion;
  if (typeof run.automationDetails?.id === 'string') summary.automationId = run.automationDetails.id;
  const context: RunContext = {
    file: options.file,
    runIndex,
    tool,
    toolVersion: summary.toolVersion,
    category,
    rules: indexRules(run),
    locations: createLocationContext(options.workspace, run.originalUriBaseIds),
    artifacts: run.artifacts ?? [],
    logicalLocations: run.logicalLocations ?? [],
    occurrences: options.occurrences ?? new OccurrenceCounter(),
    deferRepeats: options.deferRepeats === true,
    messages: options.messages,
  };
  return {
    summary,
    normalizeResult(result, resultIndex) {
      checkResult(result, runIndex, resultIndex, options.file);
      summary.resultsTotal += 1;
      const kind = result.kind ?? 'fail';
      if (kind !== 'fail') {
        summary.kinds[kind as NonFailKind] += 1;
        return undefined;
      }
      const finding = toFinding(result, resultIndex, context);
      summary.findings += 1;
      if (finding.suppressed) summary.suppressed += 1;
      return finding;
    },
  };
}

interface RunContext {
  file: string;
  runIndex: number;
  tool: string;
  toolVersion: string | undefined;
  category: ReturnType<typeof decideCategory>;
  rules: RuleIndex;
  locations: LocationContext;
  artifacts: NonNullable<Run['artifacts']>;
  logicalLocations: NonNullable<Run['logicalLocations']>;
  occurrences: OccurrenceCounter;
  deferRepeats: boolean;
  messages: RunTexts | undefined;
}

function toFinding(result: Result, resultIndex: number, context: RunContext): Finding {
  const rule = resolveRule(result, context.rules);
  let ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? 'unknown-rule';
  // The rule's own string when equal: 300,000 findings then share a few dozen ids instead of each
  // keeping the copy JSON.parse made.
  if (rule !== undefined && ruleId === rule.id) ruleId = rule.id;
  const properties = result.properties as Record<string, unknown> | undefined;
  const severity = decideSeverity(properties, result.level, rule?.severity);

  // The rule's lists are shared unless the result adds to them (sets only grow, so an equal size
  // means equal contents): most results have no CWE or advisory of their own.
  let cwes = rule?.sortedCwes ?? NONE;
  if (properties !== undefined || result.taxa !== undefined) {
    const own = new Set<string>(rule?.cwes);
    addCwesFromProperties(properties, own);
    addCwesFromTaxa(result.taxa, own, context.rules.taxonomyNames, context.rules.taxonomyGuids);
    if (own.size !== cwes.length) cwes = sortCwes(own);
  }
  let advisoryIds = rule?.sortedAdvisoryIds ?? NONE;
  const otherRuleId = result.ruleId !== undefined && result.ruleId !== rule?.id;
  if (properties !== undefined || otherRuleId) {
    const own = new Set<string>(rule?.advisoryIds);
    if (otherRuleId) addAdvisoryIdsFromProperties({ id: result.ruleId }, own);
    addAdvisoryIdsFromProperties(properties, own);
    if (own.size !== advisoryIds.length) advisoryIds = [...own].sort();
  }

  const message = messageText(result, rule, ruleId);
  const first = result.locations?.[0];
  const location = findingLocation(first, context);
  const snippet = first?.physicalLocation?.region?.snippet?.text;
  const own = toolFingerprint(context.tool, ruleId, result.fingerprints, result.partialFingerprints);
  const fingerprint = own ?? {
    fingerprint: context.deferRepeats
      ? computedBase(context.tool, ruleId, location, snippet, message)
      : computedFingerprint(context.tool, ruleId, location, snippet, message, context.occurrences),
    source: 'computed' as const,
  };

  context.messages?.add(resultIndex, message);
  const finding: Finding = {
    tool: context.tool,
    category: context.category.category,
    categorySource: context.category.source,
    ruleId,
    // Declared either way, so every finding has the same shape (see Finding).
    message: context.messages ? undefined : message,
    severity: severity.severity,
    severitySource: severity.source,
    // Shared, frozen arrays (see RuleFacts.sortedCwes): read-only for every later stage.
    cwes: cwes as string[],
    advisoryIds: advisoryIds as string[],
    location,
    fingerprint: fingerprint.fingerprint,
    fingerprintSource: fingerprint.source,
    suppressed: false,
    origin: { file: context.file, runIndex: context.runIndex, resultIndex },
    // Declared even when absent (see Finding); applySuppressions sets the justification.
    toolVersion: context.toolVersion,
    ruleName: rule?.name,
    securitySeverity: sharedScore(severity.score),
    suppressionJustification: undefined,
  };
  applySuppressions(result, finding);
  return finding;
}

/** By rule id first (driver, then extensions), then by index in the component the result names. */
function resolveRule(result: Result, rules: RuleIndex): RuleFacts | undefined {
  const id = result.ruleId ?? result.rule?.id;
  if (id !== undefined) {
    const found = rules.byId(id);
    if (found) return found;
  }
  const index = result.ruleIndex ?? result.rule?.index;
  if (typeof index === 'number' && index >= 0) {
    const found = rules.byIndex(index, result.rule?.toolComponent);
    // A wrong index (Nuclei) must not pin another rule's facts on the result.
    if (found && (id === undefined || found.id === id)) return found;
  }
  return undefined;
}

/** The message's first line: text, markdown, or the rule's message string with arguments filled in. */
function messageText(result: Result, rule: RuleFacts | undefined, ruleId: string): string {
  const message = result.message as Result['message'] | undefined;
  let text = message?.text ?? message?.markdown;
  if (text === undefined && typeof message?.id === 'string') text = rule?.messageStrings?.[message.id];
  if (text !== undefined && message?.arguments !== undefined && text.includes('{')) {
    const args = message.arguments;
    text = text.replace(ARGUMENT, (whole, n: string) => args[Number(n)] ?? whole);
  }
  text ??= rule?.shortDescription ?? ruleId;
  let line = text.trim();
  const newline = line.indexOf('\n');
  if (newline !== -1) line = line.slice(0, newline).trim();
  return line.length > MESSAGE_LIMIT ? `${line.slice(0, MESSAGE_LIMIT - 1)}…` : line;
}

function findingLocation(location: Location | undefined, context: RunContext): FindingLocation {
  if (location === undefined) return { kind: 'none' };
  const physical = location.physicalLocation;
  const locationMessage = location.message?.text;
  if (physical?.artifactLocation !== undefined) {
    let reference = physical.artifactLocation;
    if (reference.uri === undefined && typeof reference.index === 'number') {
      // The URI may live only in run.artifacts (SARIF §3.4.5).
      reference = context.artifacts[reference.index]?.location ?? reference;
    }
    const region = physical.region;
    const found = resolveArtifactLocation(
      reference,
      region && { startLine: region.startLine, endLine: region.endLine, startColumn: region.startColumn },
      context.locations,
      locationMessage ?? logicalDescription(location, context),
    );
    if (found.kind !== 'none' || found.description !== undefined) return found;
  }
  if (physical?.address?.fullyQualifiedName !== undefined) return { kind: 'none', description: physical.address.fullyQualifiedName };
  const description = logicalDescription(location, context) ?? locationMessage;
  return description === undefined ? { kind: 'none' } : { kind: 'none', description };
}

/** The first logical location's fully qualified name (or name), looked up in run.logicalLocations when given by index. */
function logicalDescription(location: Location, context: RunContext): string | undefined {
  const logical = location.logicalLocations?.[0];
  if (logical === undefined) return undefined;
  const target = logical.fullyQualifiedName === undefined && logical.name === undefined && typeof logical.index === 'number' ? context.logicalLocations[logical.index] : logical;
  return target?.fullyQualifiedName ?? target?.name ?? target?.decoratedName;
}

/** Suppressions with status accepted, or no status, suppress the finding (underReview and rejected do not). */
function applySuppressions(result: Result, finding: Finding): void {
  for (const suppression of result.suppressions ?? []) {
    if (suppression.status === undefined || suppression.status === 'accepted') {
      finding.suppressed = true;
      if (typeof suppression.justification === 'string' && suppression.justification !== '') finding.suppressionJustification = suppression.justification;
      return;
    }
  }
}

/**
 * The per-result type checks, naming the JSON pointer. Only the fields the gate reads are
 * checked, and of the locations only the first (the one reported), to keep this cheap.
 */
function checkResult(result: unknown, runIndex: number, resultIndex: number, file: string): asserts result is Result {
  // `at` and `bad` are module functions, not closures: this runs once per result (hundreds of
  // thousands), and the pointer is only built when a check fails.
  if (!isObject(result)) bad(file, at(runIndex, resultIndex), `the result is ${typeOf(result)}, but must be an object`);
  const r = result as Record<string, unknown>;
  if (r.ruleId !== undefined && typeof r.ruleId !== 'string') bad(file, at(runIndex, resultIndex, 'ruleId'), `"ruleId" is ${typeOf(r.ruleId)}, but must be a string`);
  if (r.ruleIndex !== undefined && !Number.isInteger(r.ruleIndex)) bad(file, at(runIndex, resultIndex, 'ruleIndex'), `"ruleIndex" is ${typeOf(r.ruleIndex)}, but must be an integer`);
  if (r.rule !== undefined && !isObject(r.rule)) bad(file, at(runIndex, resultIndex, 'rule'), `"rule" is ${typeOf(r.rule)}, but must be an object`);
  if (r.kind !== undefined && !KINDS.has(r.kind as string)) {
    bad(file, at(runIndex, resultIndex, 'kind'), `"kind" is ${JSON.stringify(r.kind)}, but must be one of ${[...KINDS].join(', ')}`);
  }
  if (r.level !== undefined && !LEVELS.has(r.level as string)) {
    bad(file, at(runIndex, resultIndex, 'level'), `"level" is ${JSON.stringify(r.level)}, but must be one of ${[...LEVELS].join(', ')}`);
  }
  if (r.message !== undefined && !isObject(r.message)) bad(file, at(runIndex, resultIndex, 'message'), `"message" is ${typeOf(r.message)}, but must be an object like {"text": "..."}`);
  if (isObject(r.message) && r.message.text !== undefined && typeof r.message.text !== 'string') bad(file, at(runIndex, resultIndex, 'message', 'text'), `"message.text" is ${typeOf(r.message.text)}, but must be a string`);
  // Named properties, not a loop over key names: a keyed load per name was the check's main cost.
  if (r.properties !== undefined && !isObject(r.properties)) notObject(file, runIndex, resultIndex, 'properties', r.properties);
  if (r.fingerprints !== undefined && !isObject(r.fingerprints)) notObject(file, runIndex, resultIndex, 'fingerprints', r.fingerprints);
  if (r.partialFingerprints !== undefined && !isObject(r.partialFingerprints)) notObject(file, runIndex, resultIndex, 'partialFingerprints', r.partialFingerprints);
  if (r.locations !== undefined && !Array.isArray(r.locations)) notArray(file, runIndex, resultIndex, 'locations', r.locations);
  if (r.suppressions !== undefined && !Array.isArray(r.suppressions)) notArray(file, runIndex, resultIndex, 'suppressions', r.suppressions);
  if (r.taxa !== undefined && !Array.isArray(r.taxa)) notArray(file, runIndex, resultIndex, 'taxa', r.taxa);
  if (r.suppressions !== undefined) {
    const suppressions = r.suppressions as unknown[];
    for (let index = 0; index < suppressions.length; index += 1) {
      const suppression = suppressions[index];
      if (!isObject(suppression)) bad(file, at(runIndex, resultIndex, 'suppressions', index), `the suppression is ${typeOf(suppression)}, but must be an object`);
    }
  }
  const first = (r.locations as unknown[] | undefined)?.[0];
  if (first === undefined) return;
  if (!isObject(first)) bad(file, at(runIndex, resultIndex, 'locations', 0), `the location is ${typeOf(first)}, but must be an object`);
  const physical = (first as Record<string, unknown>).physicalLocation;
  if (physical === undefined) return;
  if (!isObject(physical)) bad(file, at(runIndex, resultIndex, 'locations', 0, 'physicalLocation'), `"physicalLocation" is ${typeOf(physical)}, but must be an object`);
  const artifact = (physical as Record<string, unknown>).artifactLocation;
  if (artifact !== undefined) {
    if (!isObject(artifact)) bad(file, at(runIndex, resultIndex, 'locations', 0, 'physicalLocation', 'artifactLocation'), `"artifactLocation" is ${typeOf(artifact)}, but must be an object`);
    const a = artifact as Record<string, unknown>;
    if (a.uri !== undefined && typeof a.uri !== 'string') bad(file, at(runIndex, resultIndex, 'locations', 0, 'physicalLocation', 'artifactLocation', 'uri'), `"uri" is ${typeOf(a.uri)}, but must be a string`);
    if (a.uriBaseId !== undefined && typeof a.uriBaseId !== 'string') bad(file, at(runIndex, resultIndex, 'locations', 0, 'physicalLocation', 'artifactLocation', 'uriBaseId'), `"uriBaseId" is ${typeOf(a.uriBaseId)}, but must be a string`);
  }
  const region = (physical as Record<string, unknown>).region;
  if (region === undefined) return;
  if (!isObject(region)) bad(file, at(runIndex, resultIndex, 'locations', 0, 'physicalLocation', 'region'), `"region" is ${typeOf(region)}, but must be an object`);
  const { startLine, endLine, startColumn } = region as Record<string, unknown>;
  if (startLine !== undefined && !isLineNumber(startLine)) notLineNumber(file, runIndex, resultIndex, 'startLine', startLine);
  if (endLine !== undefined && !isLineNumber(endLine)) notLineNumber(file, runIndex, resultIndex, 'endLine', endLine);
  if (startColumn !== undefined && !isLineNumber(startColumn)) notLineNumber(file, runIndex, resultIndex, 'startColumn', startColumn);
}

function isLineNumber(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1;
}

function notObject(file: string, runIndex: number, resultIndex: number, key: string, value: unknown): never {
  bad(file, at(runIndex, resultIndex, key), `"${key}" is ${typeOf(value)}, but must be an object`);
}

function notArray(file: string, runIndex: number, resultIndex: number, key: string, value: unknown): never {
  bad(file, at(runIndex, resultIndex, key), `"${key}" is ${typeOf(value)}, but must be an array`);
}

function notLineNumber(file: string, runIndex: number, resultIndex: number, key: string, value: unknown): never {
  bad(file, at(runIndex, resultIndex, 'locations', 0, 'physicalLocation', 'region', key), `"${key}" is ${JSON.stringify(value)}, but must be a whole number from 1`);
}

function at(runIndex: number, resultIndex: number, ...segments: Array<string | number>): string {
  return jsonPointer('runs', runIndex, 'results', resultIndex, ...segments);
}

function bad(file: string, pointer: string, problem: string): never {
  throw sarifError(file, pointer, problem, 'Re-run the scanner, or fix the tool or converter that wrote this result');
}

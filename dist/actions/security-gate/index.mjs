import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  CATEGORIES,
  MessageStore,
  OccurrenceCounter,
  ResultClaims,
  SEVERITIES,
  TextsByRun,
  addRunCounts,
  createRunNormalizer,
  cweFromText,
  decodeSarif,
  findingMessage,
  foldToolName,
  isAtLeast,
  numberRepeat,
  runKey,
  startNormalizeWorker,
  streamSarif
} from "../../chunks/chunk-CE7ZAS2W.mjs";
import {
  formatBytes,
  require_picomatch,
  resolvePaths
} from "../../chunks/chunk-W5A25RLW.mjs";
import {
  plural
} from "../../chunks/chunk-T5U2S4RF.mjs";
import {
  ConfigFileError,
  describeValue,
  readYamlFile,
  schemaProblems
} from "../../chunks/chunk-DX4TYTDS.mjs";
import {
  setCommitStatus
} from "../../chunks/chunk-ILGHWTEF.mjs";
import {
  persist
} from "../../chunks/chunk-BLFGYJHT.mjs";
import {
  readFileAtRef
} from "../../chunks/chunk-NLRKADAM.mjs";
import "../../chunks/chunk-ZT56QPP4.mjs";
import "../../chunks/chunk-4GZASXPD.mjs";
import {
  Summary,
  writeSummary
} from "../../chunks/chunk-CFSETTC6.mjs";
import {
  bullets,
  code,
  escapeMarkdown,
  link,
  table
} from "../../chunks/chunk-PUDO2UNH.mjs";
import {
  actionsLogger,
  core_exports,
  failStep,
  formatDuration,
  getChoiceInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
  readRunnerContext,
  runAction,
  setOutput
} from "../../chunks/chunk-PWAGTHLM.mjs";
import {
  createRunnerClient
} from "../../chunks/chunk-ILX4OWII.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-OMPALNQI.mjs";
import "../../chunks/chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError,
  errorMessage
} from "../../chunks/chunk-W2U6OBLC.mjs";
import {
  __toESM
} from "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/security-gate/main.ts
import { existsSync } from "node:fs";
import { mkdir, readFile as readFile2 } from "node:fs/promises";
import { dirname, relative as relative2, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/gate/normalize/normalize-log.ts
function normalizeLog(log, options) {
  let occurrences = options.occurrences ?? new OccurrenceCounter(), runs = [], findings = [];
  return log.runs.forEach((run, runIndex) => {
    let normalizer = createRunNormalizer(run, runIndex, { ...options, occurrences }), results = run.results ?? [];
    for (let index = 0; index < results.length; index += 1) {
      let finding = normalizer.normalizeResult(results[index], index);
      finding !== void 0 && findings.push(finding);
    }
    runs.push(normalizer.summary);
  }), { runs, findings };
}

// src/gate/emit/location-text.ts
function locationText(location) {
  switch (location.kind) {
    case "file":
      return location.startLine === void 0 ? location.path : `${location.path}:${location.startLine}`;
    case "url":
      return location.url;
    case "none":
      return location.description ?? "(no location)";
  }
}
function isAbsolute(path) {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith("\\\\");
}

// src/gate/emit/report.ts
var REPORT_SCHEMA = "stopline/security-gate-report@2", REPORT_VIOLATIONS_DETAILED = 1e3;
function exceptionEntry(use) {
  let { exception } = use;
  return {
    match: exception.match,
    reason: exception.reason,
    approvedBy: exception.approvedBy,
    expires: exception.expires,
    severity: exception.maxSeverity,
    source: { file: exception.source.file, line: exception.source.line },
    state: use.state,
    daysLeft: use.daysLeft,
    matched: use.matched
  };
}
var QuotedStrings = class {
  constructor(limit = 1e5) {
    this.limit = limit;
  }
  limit;
  cache = /* @__PURE__ */ new Map();
  lastValue;
  lastQuoted = "";
  get(value) {
    if (value === this.lastValue) return this.lastQuoted;
    let quoted = this.cache.get(value);
    return quoted === void 0 && (quoted = JSON.stringify(value), this.cache.size < this.limit && this.cache.set(value, quoted)), this.lastValue = value, this.lastQuoted = quoted, quoted;
  }
}, WORDS = Object.assign(
  /* @__PURE__ */ Object.create(null),
  Object.fromEntries([...CATEGORIES, ...SEVERITIES, "new", "existing", "suppressed", "excepted", "excluded"].map((word) => [word, JSON.stringify(word)]))
);
function locationJson(location, quoted) {
  if (location.kind !== "file") return JSON.stringify(locationText(location));
  let path = quoted.get(location.path);
  return location.startLine === void 0 ? path : `${path.slice(0, -1)}:${location.startLine}"`;
}
function entryJson(finding, state, violation2, quotes) {
  let text = `{"fingerprint":${JSON.stringify(finding.fingerprint)},"tool":${quotes.tools.get(finding.tool)},"category":${WORDS[finding.category] ?? quotes.other.get(finding.category)},"ruleId":${quotes.rules.get(finding.ruleId)},"severity":${WORDS[finding.severity] ?? quotes.other.get(finding.severity)},"state":${WORDS[state] ?? quotes.other.get(state)},"location":${locationJson(finding.location, quotes.paths)}`;
  return violation2 === void 0 ? `${text}}` : `${text},"violation":${quotes.reasons.get(violation2)}}`;
}
function* reportFindingLines(evaluation) {
  let quotes = { tools: new QuotedStrings(), rules: new QuotedStrings(), paths: new QuotedStrings(), reasons: new QuotedStrings(), other: new QuotedStrings() };
  for (let item of evaluation.exceptions.findings)
    yield entryJson(item.finding, item.disposition === "open" ? item.baseline : item.disposition, item.violation, quotes);
  for (let item of evaluation.scope.excluded) yield entryJson(item.finding, "excluded", void 0, quotes);
}
function buildReport(input) {
  let { evaluation } = input, { decision, exceptions, scope } = evaluation, byGlob = {};
  for (let item of scope.excluded) byGlob[item.glob] = (byGlob[item.glob] ?? 0) + 1;
  let suppressed = 0, excepted = 0;
  for (let item of exceptions.findings)
    item.disposition === "suppressed" ? suppressed += 1 : item.disposition === "excepted" && (excepted += 1);
  return {
    schema: REPORT_SCHEMA,
    verdict: input.verdict,
    mode: input.mode,
    failsStep: input.verdict === "fail" && input.mode === "enforce",
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
      let violation2 = {
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
        origin: finding.origin
      };
      return finding.toolVersion !== void 0 && (violation2.toolVersion = finding.toolVersion), finding.ruleName !== void 0 && (violation2.ruleName = finding.ruleName), finding.securitySeverity !== void 0 && (violation2.securitySeverity = finding.securitySeverity), violation2;
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
          reason: refusal.exception.reason
        },
        why: refusal.why
      }))
    },
    excludedByScope: { total: scope.excluded.length, byGlob }
  };
}
var VIOLATIONS_MARK = "\0stopline-violations\0", FINDINGS_MARK = "\0stopline-findings\0";
function* jsonArray(elements, indent) {
  let first = !0;
  for (let element of elements)
    yield `${first ? "[" : ","}
${indent}  ${element}`, first = !1;
  yield first ? "[]" : `
${indent}]`;
}
function* stringified(items) {
  for (let item of items) yield JSON.stringify(item);
}
function* reportChunks(head, findingLines) {
  let text = JSON.stringify({ ...head, violations: VIOLATIONS_MARK, findings: FINDINGS_MARK }, null, 2), [beforeViolations, rest] = text.split(JSON.stringify(VIOLATIONS_MARK)), [beforeFindings, end] = rest.split(JSON.stringify(FINDINGS_MARK));
  yield beforeViolations, yield* jsonArray(stringified(head.violations), "  "), yield beforeFindings, yield* jsonArray(findingLines, "  "), yield `${end}
`;
}

// src/gate/emit/baseline-input.ts
var BASELINE_REPORT_SCHEMAS = ["stopline/security-gate-report@1", REPORT_SCHEMA], FIX = "Pass a SARIF 2.1.0 file from an earlier scan, or the JSON report an earlier gate run wrote (its `report` output)";
function looksLikeReport(text) {
  let head = text.replace(/^\uFEFF/, "").slice(0, 512);
  return /^\s*\{\s*"schema"\s*:\s*"stopline\/security-gate-report@/.test(head);
}
function fromReport(text, file) {
  let report;
  try {
    report = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (cause) {
    throw new ConfigurationError(`baseline ${file}: looks like a gate report but is not valid JSON (${errorMessage(cause)}). ${FIX}.`, { cause });
  }
  let { schema, findings } = report;
  if (!BASELINE_REPORT_SCHEMAS.includes(schema))
    throw new ConfigurationError(
      `baseline ${file}: /schema is ${JSON.stringify(schema)}, a gate report format this version cannot read (it reads ${BASELINE_REPORT_SCHEMAS.join(" and ")}). ${FIX}.`
    );
  if (!Array.isArray(findings))
    throw new ConfigurationError(`baseline ${file}: /findings is missing or not a list in this gate report. ${FIX}.`);
  let fingerprints = /* @__PURE__ */ new Set();
  return findings.forEach((entry, index) => {
    let fingerprint = entry?.fingerprint;
    if (typeof fingerprint != "string" || fingerprint === "")
      throw new ConfigurationError(`baseline ${file}: /findings/${index}/fingerprint is not a string. ${FIX}.`);
    fingerprints.add(fingerprint);
  }), fingerprints;
}
function loadBaselineFingerprints(text, file, options) {
  if (looksLikeReport(text)) return fromReport(text, file);
  let log;
  try {
    log = decodeSarif(text, file);
  } catch (error) {
    throw error instanceof ConfigurationError ? new ConfigurationError(`baseline: ${error.message.replace(/\.?$/, "")}. ${FIX}.`, { cause: error }) : error;
  }
  let { findings } = normalizeLog(log, { file, workspace: options.workspace });
  return new Set(findings.map((finding) => finding.fingerprint));
}

// src/gate/ingest/resolve-inputs.ts
function isSarifFileName(name) {
  let lower = name.toLowerCase();
  return lower.endsWith(".sarif") || lower.endsWith(".sarif.json");
}
async function resolveSarifInputs(patterns, workspace, fs) {
  return (await resolvePaths(patterns, {
    input: "sarif",
    what: "SARIF",
    producedBy: "that the scanner step ran and wrote its SARIF there",
    workspace,
    directoryFiles: { accepts: isSarifFileName, description: "*.sarif or *.sarif.json file" },
    links: "follow-files",
    ...fs ? { fs } : {}
  })).map((file) => file.absolute);
}

// src/gate/ingest/stream-logs.ts
import { stat } from "node:fs/promises";

// src/gate/emit/security-severity.ts
var SEVERITY_SCORES = {
  critical: 9.5,
  high: 8,
  medium: 5.5,
  low: 2,
  info: 0
};
function scoreOf(finding) {
  let own = finding.securitySeverity;
  return own !== void 0 && Number.isFinite(own) && own >= 0 && own <= 10 ? own : SEVERITY_SCORES[finding.severity];
}
function formatScore(score) {
  return score.toFixed(1);
}
function isValidScore(value) {
  let number = typeof value == "number" ? value : typeof value == "string" && value.trim() !== "" ? Number(value) : NaN;
  return Number.isFinite(number) && number >= 0 && number <= 10;
}

// src/gate/emit/filtered-sarif.ts
var MAX_RESULTS_PER_RUN = 25e3;
function severityRank(finding) {
  return SEVERITIES.indexOf(finding.severity) * 100 + scoreOf(finding);
}
function resultsInLogs(logs) {
  let result = (origin) => logs.get(origin.file)?.runs[origin.runIndex]?.results?.[origin.resultIndex];
  return {
    has: (origin) => result(origin) !== void 0,
    get: (origin) => {
      let found = result(origin);
      if (found === void 0) throw new Error(`filtered SARIF: no result ${origin.resultIndex} in run ${origin.runIndex} of ${origin.file}`);
      return found;
    }
  };
}
function slug(tool) {
  let folded = foldToolName(tool).trim().replace(/ /g, "-");
  return folded === "" ? "tool" : folded;
}
function findRule(run, ruleId) {
  for (let component of [run.tool.driver, ...run.tool.extensions ?? []]) {
    let rule = component.rules?.find((candidate) => candidate.id === ruleId);
    if (rule) return rule;
  }
}
function suppressionFor(item) {
  return {
    kind: "external",
    status: "accepted",
    justification: `${item.exception.reason} (approved by ${item.exception.approvedBy}, expires ${item.exception.expires})`
  };
}
function rewriteLocations(result, item) {
  let location = item.finding.location, locations = result.locations;
  if (location.kind !== "file" || isAbsolute(location.path) || !locations?.[0]?.physicalLocation) return locations;
  let first = locations[0], physical = first.physicalLocation;
  return [{ ...first, physicalLocation: { ...physical, artifactLocation: { uri: location.path } } }, ...locations.slice(1)];
}
function buildResult(result, item, ruleIndex) {
  let replaced = {
    ruleId: item.finding.ruleId,
    properties: { ...result.properties, "security-severity": formatScore(scoreOf(item.finding)) }
  };
  ruleIndex !== void 0 && (replaced.ruleIndex = ruleIndex);
  let locations = rewriteLocations(result, item);
  locations !== void 0 && (replaced.locations = locations), item.disposition === "excepted" && (replaced.suppressions = [...result.suppressions ?? [], suppressionFor(item)]);
  let out = {}, original = result;
  for (let key of Object.keys(original))
    key === "rule" || key === "ruleIndex" && ruleIndex === void 0 || setMember(out, key, Object.hasOwn(replaced, key) ? replaced[key] : original[key]);
  for (let key of ADDED_ORDER) Object.hasOwn(replaced, key) && !Object.hasOwn(original, key) && (out[key] = replaced[key]);
  return out;
}
var ADDED_ORDER = ["ruleId", "properties", "ruleIndex", "locations", "suppressions"];
function setMember(target, key, value) {
  key === "__proto__" ? Object.defineProperty(target, key, { value, enumerable: !0, writable: !0, configurable: !0 }) : target[key] = value;
}
function buildRule(rule, score) {
  let properties = { ...rule.properties };
  return score !== void 0 ? properties["security-severity"] = formatScore(score) : "security-severity" in properties && !isValidScore(properties["security-severity"]) ? delete properties["security-severity"] : typeof properties["security-severity"] == "number" && (properties["security-severity"] = formatScore(properties["security-severity"])), { ...rule, properties };
}
function buildRun(group, automationId, limit, results, warnings) {
  let first = group.sources[0], kept = group.findings;
  if (kept.length > limit) {
    let available = kept.filter((item) => results.has(item.finding.origin));
    kept = mostSevere(available, Math.min(limit, available.length));
    let lowest = kept.reduce((least, item) => severityRank(item.finding) < severityRank(least.finding) ? item : least).finding.severity;
    warnings.push(
      `filtered SARIF: ${group.tool} had ${group.findings.length} results; kept the ${limit} most severe (down to ${lowest}) to fit code scanning's limit of ${limit} results per run. The JSON report lists all of them.`
    );
  }
  let rules = [], ruleIndexes = /* @__PURE__ */ new Map(), add = (rule) => {
    ruleIndexes.has(rule.id) || (ruleIndexes.set(rule.id, rules.length), rules.push(rule));
  };
  for (let source of group.sources) for (let rule of source.tool.driver.rules ?? []) add(rule);
  let maxScore = /* @__PURE__ */ new Map(), missing = /* @__PURE__ */ new Set();
  for (let item of kept) {
    let { ruleId } = item.finding;
    if (maxScore.set(ruleId, Math.max(maxScore.get(ruleId) ?? 0, scoreOf(item.finding))), ruleIndexes.has(ruleId) || missing.has(ruleId)) continue;
    let rule = group.sources.map((run2) => findRule(run2, ruleId)).find((found) => found !== void 0);
    rule ? add(rule) : missing.add(ruleId);
  }
  let run = { tool: { driver: { ...first.tool.driver, rules: rules.map((rule) => buildRule(rule, maxScore.get(rule.id))) } }, automationDetails: { id: automationId }, results: [] }, originalUriBaseIds = Object.assign({}, ...group.sources.map((source) => source.originalUriBaseIds ?? {}).reverse());
  return Object.keys(originalUriBaseIds).length > 0 && (run.originalUriBaseIds = originalUriBaseIds), first.artifacts && (run.artifacts = first.artifacts), first.taxonomies && (run.taxonomies = first.taxonomies), first.logicalLocations && (run.logicalLocations = first.logicalLocations), first.columnKind && (run.columnKind = first.columnKind), first.versionControlProvenance && (run.versionControlProvenance = first.versionControlProvenance), { run, kept: kept.map((item) => ({ item, ruleIndex: ruleIndexes.get(item.finding.ruleId) })) };
}
function mostSevere(items, limit) {
  let ranks = new Float64Array(items.length);
  for (let i = 0; i < items.length; i += 1) ranks[i] = severityRank(items[i].finding);
  let cutoff = Float64Array.from(ranks).sort()[items.length - limit], atCutoff = limit - ranks.reduce((count, rank) => rank > cutoff ? count + 1 : count, 0), chosen = [];
  for (let i = 0; i < items.length; i += 1) {
    let rank = ranks[i];
    (rank > cutoff || rank === cutoff && atCutoff-- > 0) && chosen.push({ item: items[i], rank });
  }
  return chosen.sort((a, b) => b.rank - a.rank), chosen.map((entry) => entry.item);
}
function buildFilteredSarif(logs, findings, options = {}, results = resultsInLogs(logs)) {
  let limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN, warnings = [], groups = /* @__PURE__ */ new Map();
  for (let [, log] of logs)
    log.runs.forEach((run) => {
      let tool = run.tool.driver.name, group2 = groups.get(tool);
      group2 || groups.set(tool, group2 = { tool, sources: [], findings: [] }), group2.sources.push(run);
    });
  let group;
  for (let item of findings)
    group?.tool !== item.finding.tool && (group = groups.get(item.finding.tool)), group?.findings.push(item);
  let used = /* @__PURE__ */ new Set(), built = [];
  for (let group2 of groups.values()) {
    let base = slug(group2.tool), name = base;
    for (let n = 2; used.has(name); n += 1) name = `${base}-${n}`;
    used.add(name), built.push(buildRun(group2, `stopline/${name}/`, limit, results, warnings));
  }
  let envelope = { version: "2.1.0", $schema: "https://json.schemastore.org/sarif-2.1.0.json", runs: built.map(({ run }) => run) };
  return {
    warnings,
    chunks: () => logChunks(envelope, (runIndex) => madeResults(built[runIndex].kept, results))
  };
}
function* madeResults(kept, results) {
  for (let { item, ruleIndex } of kept) yield buildResult(results.get(item.finding.origin), item, ruleIndex);
}
var RESULTS_MARK = "\0stopline-results\0";
function* logChunks(log, resultsOf) {
  let { runs, ...envelope } = log, head = JSON.stringify(envelope);
  yield `${head.slice(0, -1)}${head === "{}" ? "" : ","}"runs":[`;
  for (let [runIndex, run] of runs.entries()) {
    if (runIndex > 0 && (yield ","), run.results === void 0) {
      yield JSON.stringify(run);
      continue;
    }
    let [before, after] = JSON.stringify({ ...run, results: RESULTS_MARK }).split(JSON.stringify(RESULTS_MARK));
    yield `${before}[`;
    let first = !0;
    for (let result of resultsOf(runIndex)) {
      let text = JSON.stringify(result);
      yield first ? text : `,${text}`, first = !1;
    }
    yield `]${after}`;
  }
  yield "]}";
}

// src/gate/stages/scope.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function repositoryPath(path) {
  return path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}
function compileScope(exclude) {
  if (exclude.length === 0) return () => null;
  let matchers = exclude.map((glob) => ({ glob, test: (0, import_picomatch.default)(glob, { dot: !0 }) })), globOf = /* @__PURE__ */ new Map();
  return (finding) => {
    let location = finding.location;
    if (location.kind !== "file") return null;
    let glob = globOf.get(location.path);
    if (glob === void 0) {
      let path = repositoryPath(location.path);
      glob = matchers.find((matcher) => matcher.test(path))?.glob ?? null, globOf.set(location.path, glob);
    }
    return glob;
  };
}
function applyScope(findings, exclude) {
  let result = { kept: [], excluded: [] }, globOf = compileScope(exclude);
  for (let finding of findings) {
    let glob = globOf(finding);
    glob !== null ? result.excluded.push({ finding, glob }) : result.kept.push(finding);
  }
  return result;
}

// src/gate/ingest/stream-logs.ts
var PARALLEL_FROM = 2e4, WORKER_EARLY_FROM_BYTES = 8 * 2 ** 20, TAKE_COST = 0.3;
function claimForMainThread(claims, atMost = 1 / 0) {
  if (!(claims.frontClaimed() >= atMost || claims.unclaimed() * (1 - TAKE_COST) <= TAKE_COST * claims.backClaimed()))
    return claims.claimFront();
}
var KeptResultTexts = class extends TextsByRun {
  get(origin) {
    let text = this.text(origin);
    if (text === void 0) throw new Error(`no kept result ${origin.resultIndex} in run ${origin.runIndex} of ${origin.file}`);
    return JSON.parse(text);
  }
}, BoundedSelection = class {
  constructor(limit, excludedBy) {
    this.limit = limit;
    this.excludedBy = excludedBy;
  }
  limit;
  excludedBy;
  findings = [];
  ranks = [];
  /**
   * Once `limit` in-scope candidates are kept, the least severe one's rank: a later finding
   * ranked at or below it can never be selected (ties go to the earlier), so it is not held.
   */
  floor = -1 / 0;
  add(finding) {
    if (this.limit <= 0) return;
    let rank = severityRank(finding);
    rank <= this.floor || this.excludedBy(finding) !== null || (this.findings.push(finding), this.ranks.push(rank), this.findings.length >= 2 * this.limit && this.prune());
  }
  /** The selection (in input order). */
  finish() {
    return this.prune(), this.findings;
  }
  prune() {
    let { findings, ranks, limit } = this;
    if (findings.length < limit || limit <= 0) return;
    let cutoff = Float64Array.from(ranks).sort()[ranks.length - limit], atCutoff = limit;
    for (let rank of ranks) rank > cutoff && (atCutoff -= 1);
    let kept = 0;
    for (let i = 0; i < findings.length; i += 1) {
      let rank = ranks[i];
      (rank > cutoff || rank === cutoff && atCutoff-- > 0) && (findings[kept] = findings[i], ranks[kept] = rank, kept += 1);
    }
    findings.length = kept, ranks.length = kept, this.floor = cutoff;
  }
};
async function streamLogs(files, options) {
  let limit = options.maxResultsPerRun ?? MAX_RESULTS_PER_RUN, occurrences = new OccurrenceCounter(), messages = new MessageStore(), runs = [], findings = [], logs = [], selections = /* @__PURE__ */ new Map(), streamedRuns = /* @__PURE__ */ new Map(), excludedBy = compileScope(options.exclude), early;
  try {
    for (let { path, name } of files) {
      let bytes = await fileBytes(path), started = performance.now();
      options.progress?.(`reading ${name} (${formatBytes(bytes)})`), options.worker && !early && bytes >= WORKER_EARLY_FROM_BYTES && (early = startNormalizeWorker(options.worker));
      let log = { version: "2.1.0", runs: [] };
      logs.push({ file: name, log });
      for await (let streamed of streamSarif(path, { displayName: name, ...options.chunkBytes !== void 0 ? { chunkBytes: options.chunkBytes } : {} })) {
        let { runIndex, run } = streamed;
        log.runs.push(run), streamedRuns.set(runKey(name, runIndex), { file: name, runIndex, streamed });
        let runMessages = messages.run(name, runIndex, streamed.resultCount), normalizer = createRunNormalizer(run, runIndex, {
          file: name,
          workspace: options.workspace,
          toolCategories: options.toolCategories,
          occurrences,
          messages: runMessages
        }), tool = run.tool.driver.name, selection = selections.get(tool);
        selection || selections.set(tool, selection = new BoundedSelection(limit, excludedBy));
        let count = streamed.resultCount, parallel = options.worker !== void 0 && count >= (options.parallelFrom ?? PARALLEL_FROM), claims = parallel ? ResultClaims.forRun(count, options.claimResults ?? 2048) : void 0, workerShare, worker = parallel ? early ?? startNormalizeWorker(options.worker) : void 0;
        worker === early && (early = void 0);
        let remote = worker ? worker.normalize({
          path,
          name,
          ...options.chunkBytes !== void 0 ? { chunkBytes: options.chunkBytes } : {},
          run,
          runIndex,
          workspace: options.workspace,
          ...options.toolCategories ? { toolCategories: options.toolCategories } : {},
          slice: streamed.spanSlice(0, count),
          claims: claims.shared
        }, runMessages) : void 0;
        try {
          let batches = claims ? streamed.rangeBatches(() => claimForMainThread(claims, options.mainClaimsAtMost)) : streamed.resultBatches(0, count);
          for await (let batch of batches)
            for (let { resultIndex, result } of batch) {
              let finding = normalizer.normalizeResult(result, resultIndex);
              finding !== void 0 && (findings.push(finding), selection.add(finding));
            }
          if (remote) {
            for await (let batch of remote.findings())
              for (let finding of batch)
                finding.fingerprintSource === "computed" && (finding.fingerprint = numberRepeat(finding.fingerprint, occurrences)), findings.push(finding), selection.add(finding);
            let remoteSummary = remote.summary();
            workerShare = remoteSummary.resultsTotal / count, addRunCounts(normalizer.summary, remoteSummary);
          }
        } finally {
          await remote?.stop();
        }
        runs.push(normalizer.summary), options.progress?.(runProgress(normalizer.summary, workerShare, performance.now() - started));
      }
    }
  } finally {
    await early?.stop();
  }
  let kept = /* @__PURE__ */ new Map();
  for (let selection of selections.values())
    for (let finding of selection.finish()) {
      let key = runKey(finding.origin.file, finding.origin.runIndex), indexes = kept.get(key);
      indexes || kept.set(key, indexes = []), indexes.push(finding.origin.resultIndex);
    }
  let results = new KeptResultTexts();
  for (let [key, indexes] of kept) {
    let { file, runIndex, streamed } = streamedRuns.get(key), texts = results.run(file, runIndex, streamed.resultCount);
    for await (let batch of streamed.rereadBytes(indexes.sort((a, b) => a - b)))
      for (let { resultIndex, result } of batch) texts.addBytes(resultIndex, result);
  }
  return { logs, runs, findings, results, messages };
}
function runProgress(run, workerShare, elapsedMs) {
  let tool = run.toolVersion === void 0 ? run.tool : `${run.tool} ${run.toolVersion}`, threads = workerShare === void 0 ? "" : `, 2 threads (${Math.round(100 * workerShare)}% of the results on the second)`;
  return `${run.file} run ${run.runIndex}: ${tool}, ${plural(run.resultsTotal, "result", !0)}, ${plural(run.findings, "finding", !0)} (${run.category})${threads}, ${formatDuration(elapsedMs)} since the file was opened`;
}
async function fileBytes(path) {
  return stat(path).then((stats) => stats.size, () => 0);
}

// src/report/annotations.ts
var LEVELS = ["error", "warning", "notice"];
function capAnnotations(list, perLevel = 10) {
  let emitted = [], omitted = { error: 0, warning: 0, notice: 0 };
  for (let level of LEVELS) {
    let ofLevel = list.filter((annotation) => annotation.level === level).sort((a, b) => (b.severityRank ?? 0) - (a.severityRank ?? 0)), keep = Math.max(0, perLevel);
    emitted.push(...ofLevel.slice(0, keep)), omitted[level] = Math.max(0, ofLevel.length - keep);
  }
  return { emitted, omitted };
}
var NOUNS = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  notice: ["notice", "notices"]
};
function omittedNote(omitted, perLevel = 10) {
  let parts = LEVELS.filter((level) => omitted[level] > 0).map((level) => {
    let count = omitted[level];
    return `${count} more ${NOUNS[level][count === 1 ? 0 : 1]}`;
  });
  return parts.length === 0 ? "" : `${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`} not annotated (GitHub shows at most ${perLevel} per level per step); see the summary table`;
}

// src/gate/emit/annotations.ts
function mostSevereAnnotations(violations, limit = 10, messages) {
  let chosen = [], eligible = 0;
  for (let violation2 of violations) {
    if (!hasRepositoryFile(violation2) || (eligible += 1, limit <= 0) || chosen.length === limit && bandOf(violation2.finding) * 100 + 10 <= chosen[chosen.length - 1].rank) continue;
    let rank = rankOf(violation2.finding);
    if (chosen.length === limit && rank <= chosen[chosen.length - 1].rank) continue;
    let at = chosen.length;
    for (; at > 0 && chosen[at - 1].rank < rank; ) at -= 1;
    chosen.splice(at, 0, { violation: violation2, rank }), chosen.length > limit && chosen.pop();
  }
  return { annotations: chosen.map((entry) => annotationOf(entry.violation, messages)), omitted: eligible - chosen.length };
}
function hasRepositoryFile({ finding }) {
  return finding.location.kind === "file" && !isAbsolute(finding.location.path);
}
function bandOf(finding) {
  return SEVERITIES.indexOf(finding.severity);
}
function rankOf(finding) {
  return bandOf(finding) * 100 + scoreOf(finding);
}
function annotationOf({ finding, violation: violation2 }, messages) {
  let location = finding.location, cwe = finding.cwes.length > 0 ? ` (${finding.cwes.join(", ")})` : "", annotation = {
    level: "error",
    title: `${finding.severity} ${finding.ruleId}${cwe}`,
    message: `${findingMessage(finding, messages)}
${finding.tool}: ${violation2}; severity from ${finding.severitySource}`,
    file: location.path,
    severityRank: rankOf(finding)
  };
  return location.startLine !== void 0 && (annotation.startLine = location.startLine), location.endLine !== void 0 && (annotation.endLine = location.endLine), location.startColumn !== void 0 && (location.endLine === void 0 || location.endLine === location.startLine) && (annotation.startColumn = location.startColumn), annotation;
}

// src/gate/emit/exception-text.ts
function describeMatch(exception) {
  return Object.entries(exception.match).filter(([, value]) => value !== void 0).map(([key, value]) => `${key} ${String(value)}`).join(", ");
}
function describeSource(exception) {
  return `${exception.source.file} line ${exception.source.line}`;
}

// src/gate/emit/render-summary.ts
var MAX_VIOLATION_ROWS = 50, MAX_LIST_ROWS = 30, MESSAGE_CHARACTERS = 160;
function shorten(text, limit) {
  let compact = text.replace(/(.)\1{7,}/g, "$1$1$1$1\u2026");
  return compact.length <= limit ? compact : `${compact.slice(0, limit - 1)}\u2026`;
}
function moreLine(more, what, reportPath) {
  if (more <= 0) return "";
  let where = reportPath === void 0 ? "the JSON report" : code(reportPath);
  return `${more} more ${what} in ${where}.`;
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function locationCell(violation2, commit) {
  let location = violation2.location;
  if (location.kind === "url") return escapeMarkdown(location.url);
  if (location.kind === "none") return escapeMarkdown(location.description ?? "(no location)");
  let text = location.startLine === void 0 ? location.path : `${location.path}:${location.startLine}`;
  if (!commit || isAbsolute(location.path)) return code(text);
  let anchor = location.startLine === void 0 ? "" : `#L${location.startLine}`;
  return link(text, `${commit.serverUrl}/${commit.repository}/blob/${commit.sha}/${encodePath(location.path)}${anchor}`);
}
function verdictLine(report) {
  return report.verdict === "pass" ? "## \u2705 Security gate: pass" : report.mode === "warn" ? "## \u26A0\uFE0F Security gate: fail \u2014 warn mode: this would fail the gate (the step does not fail)" : "## \u274C Security gate: fail";
}
function countsSection(report) {
  let rows = [];
  for (let category of CATEGORIES)
    for (let severity of [...SEVERITIES].reverse()) {
      let cell = report.counts.byCategory[category][severity];
      cell.new + cell.existing + cell.suppressed + cell.excepted !== 0 && rows.push([category, severity, cell.new, cell.existing, cell.suppressed, cell.excepted]);
    }
  let { counts } = report, totals = `${counts.findings} open findings (${counts.new} new), ${counts.violations} violating, ${counts.suppressed} suppressed in the SARIF, ${counts.excepted} excepted by the policy, ${counts.excluded} excluded by \`paths.exclude\`.`;
  if (rows.length === 0) return `### Findings

${totals}`;
  let tableText = table(["Category", "Severity", "New", "Existing", "Suppressed", "Excepted"], rows, ["left", "left", "right", "right", "right", "right"]);
  return `### Findings

${totals}

${tableText}`;
}
function violationsSection(report, options) {
  if (report.violations.length === 0) return "";
  let shown = report.violations.slice(0, MAX_VIOLATION_ROWS), rows = shown.map((violation2) => [
    `${violation2.severity}<br><sub>${escapeMarkdown(violation2.severitySource)}</sub>`,
    `${code(violation2.ruleId)}<br>${escapeMarkdown(shorten(violation2.message, MESSAGE_CHARACTERS))}`,
    escapeMarkdown(violation2.cwes.join(", ") || "\u2014"),
    locationCell(violation2, options.commit),
    `${escapeMarkdown(violation2.why)}${violation2.baseline === "existing" ? " (existing)" : ""}<br><sub>${escapeMarkdown(violation2.tool)}</sub>`
  ]);
  return [
    `### Violations (${report.counts.violations})`,
    table(["Severity", "Rule", "CWE", "Location", "Why"], rows),
    // The report details the most severe ones and marks every one in its `findings`.
    moreLine(report.counts.violations - shown.length, "violating findings", options.fullReportPath)
  ].filter((part) => part !== "").join(`

`);
}
function exceptionRow(item) {
  let match = Object.entries(item.match).filter(([, value]) => value !== void 0).map(([key, value]) => `${key} ${code(String(value))}`).join(", "), days = item.daysLeft < 0 ? `expired ${-item.daysLeft} days ago` : `${item.daysLeft} days left`;
  return [
    match,
    escapeMarkdown(shorten(item.reason, MESSAGE_CHARACTERS)),
    escapeMarkdown(item.approvedBy),
    `${escapeMarkdown(item.expires)} (${days})`,
    item.matched,
    escapeMarkdown(`${item.source.file} line ${item.source.line}`)
  ];
}
function exceptionsSection(report, options) {
  let { used, expiring, expired, unused, refused } = report.exceptions, groups = [
    ["Used", used, "applied to at least one finding"],
    ["Expiring", expiring, "end within 14 days: renew them or fix the findings"],
    ["Expired", expired, "no longer apply; the findings they matched are judged again"],
    ["Unused", unused, "matched nothing: remove them"]
  ], parts = [];
  for (let [title, list, meaning] of groups) {
    if (list.length === 0) continue;
    let shown = list.slice(0, MAX_LIST_ROWS);
    parts.push(
      `**${title}** (${list.length}): ${meaning}`,
      table(["Match", "Reason", "Approved by", "Expires", "Matched", "Written in"], shown.map(exceptionRow))
    );
    let more = moreLine(list.length - shown.length, `${title.toLowerCase()} exceptions`, options.fullReportPath);
    more && parts.push(more);
  }
  if (refused.length > 0) {
    let shown = refused.slice(0, MAX_LIST_ROWS);
    parts.push(
      `**Not applied** (${refused.length}): exceptions that matched a finding but may not except it`,
      bullets(shown.map((item) => `${code(item.ruleId)} at ${escapeMarkdown(item.location)}: ${escapeMarkdown(item.why)} (${escapeMarkdown(`${item.exception.source.file} line ${item.exception.source.line}`)})`))
    );
    let more = moreLine(refused.length - shown.length, "refused exceptions", options.fullReportPath);
    more && parts.push(more);
  }
  return parts.length === 0 ? "" : ["### Exceptions", ...parts].join(`

`);
}
function policySection(report) {
  let lines = [
    `Policy: ${escapeMarkdown(report.policy.description)}, hash ${code(report.policy.hash)}.`,
    report.baseline ? `Baseline: ${escapeMarkdown(report.baseline.description)} (${report.baseline.fingerprints} fingerprints).` : "Baseline: none, so every finding is new.",
    `Mode: ${report.mode}.`
  ];
  return `### Policy

${bullets(lines)}`;
}
function inputsSection(report, options) {
  let { files, runs } = report.inputs, results = runs.reduce((sum, run) => sum + run.resultsTotal, 0), tools = [...new Set(runs.map((run) => run.tool))], intro = `${files.length} SARIF ${files.length === 1 ? "file" : "files"}, ${runs.length} ${runs.length === 1 ? "run" : "runs"}, ${tools.length} ${tools.length === 1 ? "tool" : "tools"}, ${results} results.`;
  if (runs.length === 0) return `### Inputs

${intro}`;
  let shown = runs.slice(0, MAX_LIST_ROWS), rows = shown.map((run) => [
    code(run.file),
    escapeMarkdown(run.toolVersion ? `${run.tool} ${run.toolVersion}` : run.tool),
    `${run.category} (${run.categorySource})`,
    run.resultsTotal,
    run.findings,
    run.suppressed
  ]);
  return [
    "### Inputs",
    intro,
    table(["File", "Tool", "Category", "Results", "Findings", "Suppressed"], rows, ["left", "left", "left", "right", "right", "right"]),
    moreLine(runs.length - shown.length, "runs", options.fullReportPath)
  ].filter((part) => part !== "").join(`

`);
}
function renderSummary(report, options = {}) {
  let summary = new Summary(options.fullReportPath === void 0 ? {} : { fullReportPath: options.fullReportPath });
  if (summary.add(verdictLine(report), bullets(report.reasons.map(escapeMarkdown))), report.warnings.length > 0) {
    let shown = report.warnings.slice(0, MAX_LIST_ROWS);
    summary.add("**Warnings**", bullets(shown.map(escapeMarkdown)), moreLine(report.warnings.length - shown.length, "warnings", options.fullReportPath));
  }
  return summary.add(countsSection(report)), summary.add(violationsSection(report, options)), summary.add(exceptionsSection(report, options)), summary.add(policySection(report)), summary.add(inputsSection(report, options)), summary;
}

// src/gate/stages/baseline.ts
function markBaseline(findings, baseline) {
  return findings.map((finding) => ({
    finding,
    baseline: baseline?.has(finding.fingerprint) ? "existing" : "new",
    // What the exceptions stage and decide annotate in place (AssessedFinding), declared now so
    // every item keeps its properties in the object (see fileLocation in src/gate/finding.ts).
    disposition: void 0,
    blocked: void 0,
    exception: void 0,
    violation: void 0
  }));
}

// src/gate/policy/policy.ts
var FAIL_ON_VALUES = ["info", "low", "medium", "high", "critical", "none"];
var SUPPRESSION_MODES = ["honor", "baseline-only", "ignore"];
function failOnFor(policy, category) {
  return policy.categories[category]?.failOn ?? policy.failOn;
}
function compareFailOn(a, b) {
  return FAIL_ON_VALUES.indexOf(a) - FAIL_ON_VALUES.indexOf(b);
}
function compareSuppressionMode(a, b) {
  return SUPPRESSION_MODES.indexOf(a) - SUPPRESSION_MODES.indexOf(b);
}

// src/gate/stages/block.ts
function describeBlockHits(hits) {
  return hits.map((hit) => `${hit.kind} ${hit.value}`).join(", ");
}
var NO_HITS = Object.freeze([]);
function compileBlock(block) {
  let cwes = block.cwes.map((value) => ({ value, folded: value.toUpperCase() })), rules = new Set(block.rules), ids = block.ids.map((value) => ({ value, folded: value.toLowerCase() }));
  if (cwes.length === 0 && rules.size === 0 && ids.length === 0) return () => NO_HITS;
  let cweHitsOf = (list) => {
    let hits;
    for (let entry of cwes)
      for (let cwe of list)
        if (cwe === entry.folded || cwe.toUpperCase() === entry.folded) {
          (hits ??= []).push({ kind: "cwe", value: entry.value });
          break;
        }
    return hits ? Object.freeze(hits) : NO_HITS;
  }, cweHitsByList = /* @__PURE__ */ new WeakMap();
  return (finding) => {
    let cweHits = cweHitsByList.get(finding.cwes);
    cweHits === void 0 && (cweHits = cweHitsOf(finding.cwes), Object.isFrozen(finding.cwes) && cweHitsByList.set(finding.cwes, cweHits));
    let hits;
    if (rules.has(finding.ruleId) && (hits ??= [...cweHits]).push({ kind: "rule", value: finding.ruleId }), ids.length > 0) {
      let ruleId = finding.ruleId.toLowerCase();
      for (let entry of ids) {
        let hit = ruleId === entry.folded;
        for (let i = 0; !hit && i < finding.advisoryIds.length; i += 1) hit = finding.advisoryIds[i].toLowerCase() === entry.folded;
        hit && (hits ??= [...cweHits]).push({ kind: "id", value: entry.value });
      }
    }
    return hits ?? cweHits;
  };
}

// src/gate/stages/decide.ts
function emptyCounts() {
  let counts = {};
  for (let category of CATEGORIES) {
    counts[category] = {};
    for (let severity of SEVERITIES) counts[category][severity] = { new: 0, existing: 0, suppressed: 0, excepted: 0 };
  }
  return counts;
}
function bucketOf(item) {
  return item.disposition === "open" ? item.baseline : item.disposition;
}
function violation(item, policy, existingCannotFail, floors, blocks) {
  let { finding } = item;
  if (item.blocked.length > 0) {
    let text2 = blocks.get(item.blocked);
    return text2 === void 0 && blocks.set(item.blocked, text2 = `blocked by the policy (${describeBlockHits(item.blocked)})`), text2;
  }
  if (existingCannotFail && item.baseline === "existing") return;
  let byCategory = floors[finding.category] ??= /* @__PURE__ */ Object.create(null), text = byCategory[finding.severity];
  return text === void 0 && (byCategory[finding.severity] = text = floorText(policy, finding.category, finding.severity)), text ?? void 0;
}
function floorText(policy, category, severity) {
  let floor = failOnFor(policy, category);
  if (floor === "none" || !isAtLeast(severity, floor)) return null;
  let key = policy.categories[category]?.failOn !== void 0 ? `categories.${category}.fail-on` : "fail-on";
  return `${severity} ${category} finding at or above ${key} ${floor}`;
}
function breaches(counts, existingCannotFail, budgets, category) {
  let counted = (each, severity) => counts[each][severity].new + (existingCannotFail ? 0 : counts[each][severity].existing), found = [];
  for (let severity of SEVERITIES) {
    let budget = budgets[severity];
    if (budget === void 0) continue;
    let count = category ? counted(category, severity) : CATEGORIES.reduce((sum, each) => sum + counted(each, severity), 0);
    count > budget && found.push({ ...category ? { category } : {}, severity, count, budget });
  }
  return found;
}
function decide(input) {
  let { policy, findings, hasBaseline } = input, existingCannotFail = policy.newOnly && hasBaseline, counts = emptyCounts(), bySeverity = SEVERITIES.map(() => []), floors = /* @__PURE__ */ Object.create(null), blocks = /* @__PURE__ */ new WeakMap();
  for (let item of findings) {
    if (counts[item.finding.category][item.finding.severity][bucketOf(item)] += 1, item.violation = void 0, item.disposition !== "open") continue;
    let why = violation(item, policy, existingCannotFail, floors, blocks);
    why && (item.violation = why, bySeverity[SEVERITIES.indexOf(item.finding.severity)].push(item));
  }
  let sorted = [].concat(...bySeverity.reverse()), missingRequired = policy.required.filter((category) => !input.categoriesWithInput.has(category)), budgetBreaches = [
    ...breaches(counts, existingCannotFail, policy.budgets),
    ...CATEGORIES.flatMap((category) => breaches(counts, existingCannotFail, policy.categories[category]?.budgets ?? {}, category))
  ], reasons = [];
  if (sorted.length > 0) {
    let blocked = sorted.filter((item) => item.violation.startsWith("blocked")).length, detail = blocked > 0 ? ` (${blocked} blocked)` : "";
    reasons.push(`${plural(sorted.length, "finding")} ${sorted.length === 1 ? "breaks" : "break"} the policy${detail}`);
  }
  for (let category of missingRequired) reasons.push(`required category ${category} had no SARIF input`);
  for (let breach of budgetBreaches) {
    let scope = breach.category ? `${breach.category} ` : "", key = breach.category ? `categories.${breach.category}.budgets.${breach.severity}` : `budgets.${breach.severity}`;
    reasons.push(`${plural(breach.count, `${scope}${breach.severity} finding`)} exceed the budget of ${breach.budget} (${key})`);
  }
  let verdict = reasons.length > 0 ? "fail" : "pass";
  if (verdict === "pass") {
    let open = findings.filter((item) => item.disposition === "open").length;
    reasons.push(
      open === 0 ? "no open findings" : `no finding breaks the policy (${plural(open, "open finding")} below the floor${existingCannotFail ? " or existing" : ""})`
    );
  }
  return { verdict, reasons, violations: sorted, counts, missingRequired, budgetBreaches };
}

// src/gate/policy/suppression.ts
function suppressionExempts(mode, finding, baseline) {
  if (!finding.suppressed) return !1;
  switch (mode) {
    case "honor":
      return !0;
    case "baseline-only":
      return baseline === "existing";
    case "ignore":
      return !1;
  }
}

// src/gate/stages/exceptions.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/gate/policy/expiry.ts
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/, DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
function realDay(year, month, day) {
  let date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function parseExpiry(text) {
  let date = DATE.exec(text) ?? DATE_TIME.exec(text);
  if (!date) return;
  let [year, month, day] = [Number(date[1]), Number(date[2]), Number(date[3])];
  if (!realDay(year, month, day)) return;
  if (text.length === 10) {
    let lastDay = new Date(Date.UTC(year, month - 1, day));
    return { expiresAt: new Date(lastDay.getTime() + 864e5), lastDay };
  }
  let instant = Date.parse(text);
  return Number.isNaN(instant) ? void 0 : { expiresAt: new Date(instant), lastDay: startOfUtcDay(new Date(instant - 1)) };
}
function startOfUtcDay(date) {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
function daysFrom(today, day) {
  return Math.round((startOfUtcDay(day).getTime() - startOfUtcDay(today).getTime()) / 864e5);
}
function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

// src/gate/stages/exceptions.ts
var EXPIRING_WITHIN_DAYS = 14, GLOB_CHARACTERS = /[*?[{]/;
function cachedGlob(test) {
  let seen = /* @__PURE__ */ new Map();
  return (value) => {
    let hit = seen.get(value);
    return hit === void 0 && seen.set(value, hit = test(value)), hit;
  };
}
function compileMatch(exception) {
  let { rule, id, cwe, path, url, fingerprint, tool } = exception.match, tests = [];
  if (rule !== void 0 && tests.push((finding) => finding.ruleId === rule), id !== void 0) {
    let wanted = id.toLowerCase();
    tests.push((finding) => {
      if (finding.ruleId.toLowerCase() === wanted) return !0;
      for (let value of finding.advisoryIds) if (value.toLowerCase() === wanted) return !0;
      return !1;
    });
  }
  if (cwe !== void 0) {
    let wanted = cwe.toUpperCase();
    tests.push((finding) => {
      for (let value of finding.cwes) if (value.toUpperCase() === wanted) return !0;
      return !1;
    });
  }
  if (path !== void 0) {
    let glob = (0, import_picomatch2.default)(path, { dot: !0 }), test = cachedGlob((value) => glob(value.replace(/^(\.\/)+/, "")));
    tests.push((finding) => finding.location.kind === "file" && test(finding.location.path));
  }
  if (url !== void 0) {
    let test = GLOB_CHARACTERS.test(url) ? cachedGlob((0, import_picomatch2.default)(url, { dot: !0 })) : (value) => value.startsWith(url);
    tests.push((finding) => finding.location.kind === "url" && test(finding.location.url));
  }
  if (fingerprint !== void 0 && tests.push((finding) => finding.fingerprint === fingerprint), tool !== void 0) {
    let wanted = tool.toLowerCase();
    tests.push((finding) => finding.tool.toLowerCase() === wanted);
  }
  return (finding) => {
    for (let test of tests) if (!test(finding)) return !1;
    return !0;
  };
}
function namesBlock(exception, hits) {
  let { rule, id, cwe } = exception.match;
  return hits.some(
    (hit) => hit.kind === "rule" && rule === hit.value || hit.kind === "id" && id?.toLowerCase() === hit.value.toLowerCase() || hit.kind === "cwe" && cwe?.toUpperCase() === hit.value.toUpperCase()
  );
}
function applyExceptions(findings, exceptions, options) {
  let today = options.today, suppressions = options.suppressions ?? "honor", entries = exceptions.map((exception) => {
    let lastDay = startOfUtcDay(new Date(exception.expiresAt.getTime() - 1)), daysLeft = daysFrom(today, lastDay), state = today.getTime() >= exception.expiresAt.getTime() ? "expired" : daysLeft <= EXPIRING_WITHIN_DAYS ? "expiring" : "active";
    return { use: { exception, state, daysLeft, matched: 0 }, matches: compileMatch(exception) };
  }), refused = [], blockOf = compileBlock(options.block), assessed = findings;
  for (let item of assessed) {
    let blocked = blockOf(item.finding);
    if (item.blocked = blocked, suppressionExempts(suppressions, item.finding, item.baseline)) {
      item.disposition = "suppressed";
      continue;
    }
    let applied, refusals;
    for (let { use, matches } of entries)
      if (matches(item.finding)) {
        if (use.state === "expired") {
          use.matched += 1;
          continue;
        }
        if (!isAtLeast(use.exception.maxSeverity, item.finding.severity)) {
          (refusals ??= []).push({
            finding: item.finding,
            exception: use.exception,
            why: `the finding is ${item.finding.severity}, but the exception covers findings up to ${use.exception.maxSeverity}`
          });
          continue;
        }
        if (blocked.length > 0 && !namesBlock(use.exception, blocked)) {
          (refusals ??= []).push({
            finding: item.finding,
            exception: use.exception,
            why: `the finding is blocked (${describeBlockHits(blocked)}); only an exception whose match names that rule, id or cwe applies`
          });
          continue;
        }
        use.matched += 1, applied ??= use.exception;
      }
    if (applied)
      item.disposition = "excepted", item.exception = applied;
    else if (item.disposition = "open", refusals) for (let refusal of refusals) refused.push(refusal);
  }
  let uses = entries.map((entry) => entry.use);
  return {
    findings: assessed,
    exceptions: uses,
    used: uses.filter((use) => use.state !== "expired" && use.matched > 0),
    expiring: uses.filter((use) => use.state === "expiring"),
    expired: uses.filter((use) => use.state === "expired"),
    unused: uses.filter((use) => use.state !== "expired" && use.matched === 0),
    refused
  };
}

// src/gate/stages/evaluate.ts
function evaluatePolicy(policy, findings, options) {
  let scope = applyScope(findings, policy.paths.exclude), baselined = markBaseline(scope.kept, options.baseline), exceptions = applyExceptions(baselined, policy.exceptions, { today: options.today, block: policy.block, suppressions: policy.suppressions }), decision = decide({
    policy,
    findings: exceptions.findings,
    hasBaseline: options.baseline !== void 0,
    categoriesWithInput: options.categoriesWithInput
  });
  return { scope, exceptions, decision };
}

// src/gate/pipeline.ts
function normalizeLogs(input) {
  let occurrences = new OccurrenceCounter(), runs = [], findings = [];
  for (let { file, log } of input.logs) {
    let normalized = normalizeLog(log, { file, workspace: input.workspace, toolCategories: input.policy.tools, occurrences });
    runs.push(...normalized.runs);
    for (let finding of normalized.findings) findings.push(finding);
  }
  return { runs, findings };
}
function judge(input) {
  let { policy } = input, { runs, findings } = input.normalized ?? normalizeLogs(input), categoriesWithInput = new Set(runs.map((run) => run.category)), evaluation = evaluatePolicy(policy, findings, {
    ...input.baseline ? { baseline: input.baseline.fingerprints } : {},
    categoriesWithInput,
    today: input.today
  }), { decision, exceptions } = evaluation, open = 0, fresh = 0;
  for (let item of exceptions.findings)
    item.disposition === "open" && (open += 1, item.baseline === "new" && (fresh += 1));
  let counts = { findings: open, new: fresh, violations: decision.violations.length }, filtered = buildFilteredSarif(new Map(input.logs.map(({ file, log }) => [file, log])), exceptions.findings, {}, input.normalized?.results), warnings = [];
  for (let use of exceptions.expiring) {
    let when = use.daysLeft === 0 ? "today" : `in ${plural(use.daysLeft, "day")}`;
    warnings.push(`exception (${describeMatch(use.exception)}) in ${describeSource(use.exception)} expires ${when} (${use.exception.expires}): renew it or fix the findings`);
  }
  for (let use of exceptions.expired) {
    let matched = use.matched > 0 ? `; ${plural(use.matched, "finding")} it matched ${use.matched === 1 ? "is" : "are"} judged again` : "";
    warnings.push(`exception (${describeMatch(use.exception)}) in ${describeSource(use.exception)} expired on ${use.exception.expires} and no longer applies${matched}`);
  }
  for (let use of exceptions.unused)
    warnings.push(`exception (${describeMatch(use.exception)}) in ${describeSource(use.exception)} matched no finding: remove it`);
  warnings.push(...filtered.warnings);
  let report = buildReport({
    verdict: decision.verdict,
    mode: input.mode,
    reasons: decision.reasons,
    warnings,
    today: input.today,
    policy: { description: input.policySource.description, file: policy.file, hash: input.policySource.hash },
    baseline: input.baseline ? { description: input.baseline.description, fingerprints: input.baseline.fingerprints.size } : void 0,
    files: input.logs.map((entry) => entry.file),
    runs,
    evaluation,
    counts,
    ...input.normalized ? { messages: input.normalized.messages } : {}
  }), summary = renderSummary(report, {
    ...input.commit ? { commit: input.commit } : {},
    ...input.fullReportPath !== void 0 ? { fullReportPath: input.fullReportPath } : {}
  }), chosen = mostSevereAnnotations(decision.violations, void 0, input.normalized?.messages);
  return {
    verdict: decision.verdict,
    counts,
    report,
    reportChunks: () => reportChunks(report, reportFindingLines(evaluation)),
    sarifChunks: () => filtered.chunks(),
    summary,
    annotations: chosen.annotations,
    annotationsOmitted: chosen.omitted,
    warnings
  };
}

// src/runtime/annotations.ts
function emitAnnotations(list, perLevel = 10) {
  let { emitted, omitted } = capAnnotations(list, perLevel);
  for (let annotation of emitted) {
    let properties = {};
    annotation.title !== void 0 && (properties.title = annotation.title), annotation.file !== void 0 && (properties.file = annotation.file), annotation.startLine !== void 0 && (properties.startLine = annotation.startLine), annotation.endLine !== void 0 && (properties.endLine = annotation.endLine), annotation.startColumn !== void 0 && (properties.startColumn = annotation.startColumn), core_exports[annotation.level](annotation.message, properties);
  }
  return omitted;
}

// src/actions/security-gate/io.ts
var inputs = {
  sarif: "sarif",
  policy: "policy",
  policyRef: "policy-ref",
  baseline: "baseline",
  mode: "mode",
  outputSarif: "output-sarif",
  report: "report",
  statusContext: "status-context",
  token: "token"
}, outputs = {
  verdict: "verdict",
  findings: "findings",
  new: "new",
  violations: "violations",
  report: "report",
  sarif: "sarif"
}, STATUS_CONTEXT = "stopline/security-gate", DEFAULT_POLICY_PATH = ".github/stopline/security-policy.yml";

// src/actions/security-gate/policy-source.ts
import { readFile } from "node:fs/promises";
import { isAbsolute as isAbsolute2, relative, resolve } from "node:path";

// src/gate/policy/exception-limit.ts
function exceptionDayLimit(maxExceptionDays, maxSeverity) {
  let limit;
  for (let severity of SEVERITIES) {
    let days = maxExceptionDays[severity];
    days === void 0 || !isAtLeast(maxSeverity, severity) || (!limit || days < limit.days) && (limit = { days, severity });
  }
  return limit;
}
function exceptionTooLong(exception, lastDay, maxExceptionDays, today) {
  let limit = exceptionDayLimit(maxExceptionDays, exception.maxSeverity);
  if (!limit) return;
  let days = daysFrom(today, lastDay);
  if (days <= limit.days) return;
  let narrower = exception.maxSeverity === "info" ? "" : ", or add `severity:` with the most severe level the exception has to cover if that is lower";
  return `${exception.expires} is ${days} days after today (${isoDay(today)}), but max-exception-days allows ${limit.days} days for exceptions that may cover ${limit.severity} findings (this one covers up to ${exception.maxSeverity}); set an expiry on or before ${isoDay(new Date(today.getTime() + limit.days * 864e5))}${narrower}`;
}

// src/gate/policy/policy-error.ts
var PolicyError = class extends ConfigFileError {
};

// src/gate/policy/merge-policies.ts
function stricter(a, b) {
  return compareFailOn(a, b) <= 0 ? a : b;
}
function smallest(a, b) {
  let merged = { ...a };
  for (let [key, value] of Object.entries(b)) {
    if (value === void 0) continue;
    let current = merged[key];
    merged[key] = current === void 0 ? value : Math.min(current, value);
  }
  return merged;
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}
function mergePolicies(parent, child, options) {
  let problems = [], problem = (pointer, message, line) => problems.push({ file: child.file, ...line === void 0 ? {} : { line }, pointer, message }), states = (key) => child.declared.includes(key);
  states("fail-on") && compareFailOn(child.failOn, parent.failOn) > 0 && problem("/fail-on", `is ${child.failOn}, looser than ${parent.file}'s ${parent.failOn}; a policy that extends another can only lower the floor`);
  let failOn = states("fail-on") ? stricter(parent.failOn, child.failOn) : parent.failOn, categories = {};
  for (let category of CATEGORIES) {
    let parentFloor = failOnFor(parent, category), childOwn = child.categories[category]?.failOn;
    childOwn !== void 0 && compareFailOn(childOwn, parentFloor) > 0 && problem(`/categories/${category}/fail-on`, `is ${childOwn}, looser than ${parent.file}'s ${parentFloor} for ${category}; it can only be lowered`);
    let childFloor = childOwn ?? (states("fail-on") ? child.failOn : parentFloor), floor = stricter(parentFloor, childFloor), budgets = smallest(parent.categories[category]?.budgets ?? {}, child.categories[category]?.budgets ?? {}), entry = {};
    floor !== failOn && (entry.failOn = floor), Object.keys(budgets).length > 0 && (entry.budgets = budgets), Object.keys(entry).length > 0 && (categories[category] = entry);
  }
  states("new-only") && child.newOnly && !parent.newOnly && problem("/new-only", `is true, but ${parent.file} sets it to false (existing findings count); a policy that extends another cannot turn it on`), states("suppressions") && compareSuppressionMode(child.suppressions, parent.suppressions) < 0 && problem("/suppressions", `is ${child.suppressions}, looser than ${parent.file}'s ${parent.suppressions}; a policy that extends another can only tighten it (honor \u2192 baseline-only \u2192 ignore)`);
  let suppressions = states("suppressions") && compareSuppressionMode(child.suppressions, parent.suppressions) > 0 ? child.suppressions : parent.suppressions, delegated = new Set(parent.delegate);
  if (child.paths.exclude.length > 0 && !delegated.has("paths") && problem("/paths/exclude", `adds excludes, but ${parent.file} does not delegate \`paths\`; ask its owners to add the excludes there or to list \`paths\` in \`delegate\``), Object.keys(child.tools).length > 0 && !delegated.has("tools"))
    problem("/tools", `maps tools, but ${parent.file} does not delegate \`tools\`; ask its owners to add the mapping there or to list \`tools\` in \`delegate\``);
  else
    for (let [tool, category] of Object.entries(child.tools)) {
      let parentCategory = parent.tools[tool];
      parentCategory !== void 0 && parentCategory !== category && problem(`/tools/${tool}`, `is ${category}, but ${parent.file} maps ${tool} to ${parentCategory}; remove it here`);
    }
  for (let item of child.delegate)
    delegated.has(item) || problem("/delegate", `lists ${item}, which ${parent.file} does not delegate; remove it`);
  let maxExceptionDays = smallest(parent.maxExceptionDays, child.maxExceptionDays);
  if (child.exceptions.length > 0 && !delegated.has("exceptions")) {
    let first = child.exceptions[0];
    problem("/exceptions", `adds exceptions, but ${parent.file} does not delegate \`exceptions\`; ask its owners to approve them there or to list \`exceptions\` in \`delegate\``, first.source.line);
  } else {
    let blocked = { rules: new Set(parent.block.rules), ids: new Set(parent.block.ids.map((id) => id.toLowerCase())), cwes: new Set(parent.block.cwes) };
    for (let exception of child.exceptions) {
      let pointer = `/exceptions/${exception.source.index}`, lastDay = startOfUtcDay(new Date(exception.expiresAt.getTime() - 1)), tooLong = exceptionTooLong(exception, lastDay, maxExceptionDays, options.today);
      tooLong && problem(`${pointer}/expires`, tooLong, exception.source.line);
      let { rule, id, cwe } = exception.match;
      (rule !== void 0 && blocked.rules.has(rule) || id !== void 0 && blocked.ids.has(id.toLowerCase()) || cwe !== void 0 && blocked.cwes.has(cwe)) && problem(`${pointer}/match`, `names an item that ${parent.file} blocks; only that policy can except its blocked items`, exception.source.line);
    }
  }
  if (problems.length > 0) throw new PolicyError(problems);
  let merged = {
    version: 1,
    file: `${child.file} (extends ${parent.file})`,
    failOn,
    categories,
    required: union(parent.required, child.required),
    newOnly: parent.newOnly && (states("new-only") ? child.newOnly : !0),
    suppressions,
    block: {
      cwes: union(parent.block.cwes, child.block.cwes),
      rules: union(parent.block.rules, child.block.rules),
      ids: union(parent.block.ids, child.block.ids)
    },
    paths: { exclude: union(parent.paths.exclude, child.paths.exclude) },
    tools: { ...child.tools, ...parent.tools },
    exceptions: [...parent.exceptions, ...child.exceptions],
    budgets: smallest(parent.budgets, child.budgets),
    maxExceptionDays,
    delegate: states("delegate") ? parent.delegate.filter((item) => child.delegate.includes(item)) : [...parent.delegate],
    declared: union(parent.declared, child.declared)
  };
  return parent.extends !== void 0 && (merged.extends = parent.extends), merged;
}

// src/gate/policy/parse-policy.ts
import { createHash } from "node:crypto";

// src/gate/policy/generated/validate-policy.ts
var ucs2length = function(str) {
  let len = str.length, length = 0, pos = 0, value;
  for (; pos < len; )
    length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
  return length;
}, equal = function equal2(a, b) {
  if (a === b) return !0;
  if (a && b && typeof a == "object" && typeof b == "object") {
    if (a.constructor !== b.constructor) return !1;
    var length, i, keys;
    if (Array.isArray(a)) {
      if (length = a.length, length != b.length) return !1;
      for (i = length; i-- !== 0; )
        if (!equal2(a[i], b[i])) return !1;
      return !0;
    }
    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
    if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
    for (i = length; i-- !== 0; )
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
    for (i = length; i-- !== 0; ) {
      var key = keys[i];
      if (!equal2(a[key], b[key])) return !1;
    }
    return !0;
  }
  return a !== a && b !== b;
}, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://stopline.dev/schemas/security-policy-v1.json", type: "object", required: ["version"], additionalProperties: !1, properties: { version: { const: 1 }, extends: { type: "string", minLength: 1 }, "fail-on": { enum: ["info", "low", "medium", "high", "critical", "none"] }, categories: { type: "object", additionalProperties: !1, properties: { sast: { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["info", "low", "medium", "high", "critical", "none"] }, budgets: { type: "object", additionalProperties: !1, properties: { info: { type: "integer", minimum: 0 }, low: { type: "integer", minimum: 0 }, medium: { type: "integer", minimum: 0 }, high: { type: "integer", minimum: 0 }, critical: { type: "integer", minimum: 0 } } } } }, sca: { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["info", "low", "medium", "high", "critical", "none"] }, budgets: { type: "object", additionalProperties: !1, properties: { info: { type: "integer", minimum: 0 }, low: { type: "integer", minimum: 0 }, medium: { type: "integer", minimum: 0 }, high: { type: "integer", minimum: 0 }, critical: { type: "integer", minimum: 0 } } } } }, dast: { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["info", "low", "medium", "high", "critical", "none"] }, budgets: { type: "object", additionalProperties: !1, properties: { info: { type: "integer", minimum: 0 }, low: { type: "integer", minimum: 0 }, medium: { type: "integer", minimum: 0 }, high: { type: "integer", minimum: 0 }, critical: { type: "integer", minimum: 0 } } } } }, secrets: { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["info", "low", "medium", "high", "critical", "none"] }, budgets: { type: "object", additionalProperties: !1, properties: { info: { type: "integer", minimum: 0 }, low: { type: "integer", minimum: 0 }, medium: { type: "integer", minimum: 0 }, high: { type: "integer", minimum: 0 }, critical: { type: "integer", minimum: 0 } } } } }, iac: { type: "object", additionalProperties: !1, properties: { "fail-on": { enum: ["info", "low", "medium", "high", "critical", "none"] }, budgets: { type: "object", additionalProperties: !1, properties: { info: { type: "integer", minimum: 0 }, low: { type: "integer", minimum: 0 }, medium: { type: "integer", minimum: 0 }, high: { type: "integer", minimum: 0 }, critical: { type: "integer", minimum: 0 } } } } } } }, required: { type: "array", uniqueItems: !0, items: { enum: ["sast", "sca", "dast", "secrets", "iac"] } }, "new-only": { type: "boolean" }, suppressions: { enum: ["honor", "baseline-only", "ignore"] }, block: { type: "object", additionalProperties: !1, properties: { cwe: { type: "array", items: { type: "string", pattern: "^[Cc][Ww][Ee]-[0-9]+$" } }, rules: { type: "array", items: { type: "string", minLength: 1 } }, ids: { type: "array", items: { type: "string", minLength: 1 } } } }, paths: { type: "object", additionalProperties: !1, properties: { exclude: { type: "array", items: { type: "string", minLength: 1 } } } }, tools: { type: "object", additionalProperties: { enum: ["sast", "sca", "dast", "secrets", "iac"] } }, exceptions: { type: "array", items: { type: "object", required: ["match", "reason", "approved-by", "expires"], additionalProperties: !1, properties: { match: { type: "object", minProperties: 1, additionalProperties: !1, properties: { rule: { type: "string", minLength: 1 }, id: { type: "string", minLength: 1 }, cwe: { type: "string", pattern: "^[Cc][Ww][Ee]-[0-9]+$" }, path: { type: "string", minLength: 1 }, url: { type: "string", minLength: 1 }, fingerprint: { type: "string", minLength: 1 }, tool: { type: "string", minLength: 1 } } }, reason: { type: "string", minLength: 1 }, "approved-by": { type: "string", minLength: 1 }, expires: { type: "string", minLength: 1 }, severity: { enum: ["info", "low", "medium", "high", "critical"] } } } }, budgets: { type: "object", additionalProperties: !1, properties: { info: { type: "integer", minimum: 0 }, low: { type: "integer", minimum: 0 }, medium: { type: "integer", minimum: 0 }, high: { type: "integer", minimum: 0 }, critical: { type: "integer", minimum: 0 } } }, "max-exception-days": { type: "object", additionalProperties: !1, properties: { info: { type: "integer", minimum: 1 }, low: { type: "integer", minimum: 1 }, medium: { type: "integer", minimum: 1 }, high: { type: "integer", minimum: 1 }, critical: { type: "integer", minimum: 1 } } }, delegate: { type: "array", uniqueItems: !0, items: { enum: ["exceptions", "paths", "tools"] } } } }, func2 = Object.prototype.hasOwnProperty, func3 = ucs2length, func0 = equal, pattern0 = new RegExp("^[Cc][Ww][Ee]-[0-9]+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!func2.call(schema11.properties, key0)) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (data0 !== 1) {
        let err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      if (typeof data1 == "string") {
        if (func3(data1) < 1) {
          let err3 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.extends, data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.extends.type, parentSchema: schema11.properties.extends, data: data1 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data["fail-on"] !== void 0) {
      let data2 = data["fail-on"];
      if (!(data2 === "info" || data2 === "low" || data2 === "medium" || data2 === "high" || data2 === "critical" || data2 === "none")) {
        let err5 = { instancePath: instancePath + "/fail-on", schemaPath: "#/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties["fail-on"].enum, parentSchema: schema11.properties["fail-on"], data: data2 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.categories !== void 0) {
      let data3 = data.categories;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (let key1 in data3)
          if (!(key1 === "sast" || key1 === "sca" || key1 === "dast" || key1 === "secrets" || key1 === "iac")) {
            let err6 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories, data: data3 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        if (data3.sast !== void 0) {
          let data4 = data3.sast;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (let key2 in data4)
              if (!(key2 === "fail-on" || key2 === "budgets")) {
                let err7 = { instancePath: instancePath + "/categories/sast", schemaPath: "#/properties/categories/properties/sast/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.sast, data: data4 };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
              }
            if (data4["fail-on"] !== void 0) {
              let data5 = data4["fail-on"];
              if (!(data5 === "info" || data5 === "low" || data5 === "medium" || data5 === "high" || data5 === "critical" || data5 === "none")) {
                let err8 = { instancePath: instancePath + "/categories/sast/fail-on", schemaPath: "#/properties/categories/properties/sast/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties.categories.properties.sast.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.categories.properties.sast.properties["fail-on"].enum, parentSchema: schema11.properties.categories.properties.sast.properties["fail-on"], data: data5 };
                vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
              }
            }
            if (data4.budgets !== void 0) {
              let data6 = data4.budgets;
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                for (let key3 in data6)
                  if (!(key3 === "info" || key3 === "low" || key3 === "medium" || key3 === "high" || key3 === "critical")) {
                    let err9 = { instancePath: instancePath + "/categories/sast/budgets", schemaPath: "#/properties/categories/properties/sast/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.sast.properties.budgets, data: data6 };
                    vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                  }
                if (data6.info !== void 0) {
                  let data7 = data6.info;
                  if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                    let err10 = { instancePath: instancePath + "/categories/sast/budgets/info", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/info/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sast.properties.budgets.properties.info.type, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.info, data: data7 };
                    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                  }
                  if (typeof data7 == "number" && isFinite(data7) && (data7 < 0 || isNaN(data7))) {
                    let err11 = { instancePath: instancePath + "/categories/sast/budgets/info", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/info/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.info, data: data7 };
                    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                  }
                }
                if (data6.low !== void 0) {
                  let data8 = data6.low;
                  if (!(typeof data8 == "number" && !(data8 % 1) && !isNaN(data8) && isFinite(data8))) {
                    let err12 = { instancePath: instancePath + "/categories/sast/budgets/low", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sast.properties.budgets.properties.low.type, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.low, data: data8 };
                    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                  }
                  if (typeof data8 == "number" && isFinite(data8) && (data8 < 0 || isNaN(data8))) {
                    let err13 = { instancePath: instancePath + "/categories/sast/budgets/low", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.low, data: data8 };
                    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                  }
                }
                if (data6.medium !== void 0) {
                  let data9 = data6.medium;
                  if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                    let err14 = { instancePath: instancePath + "/categories/sast/budgets/medium", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sast.properties.budgets.properties.medium.type, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.medium, data: data9 };
                    vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                  }
                  if (typeof data9 == "number" && isFinite(data9) && (data9 < 0 || isNaN(data9))) {
                    let err15 = { instancePath: instancePath + "/categories/sast/budgets/medium", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.medium, data: data9 };
                    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                  }
                }
                if (data6.high !== void 0) {
                  let data10 = data6.high;
                  if (!(typeof data10 == "number" && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
                    let err16 = { instancePath: instancePath + "/categories/sast/budgets/high", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sast.properties.budgets.properties.high.type, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.high, data: data10 };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
                  if (typeof data10 == "number" && isFinite(data10) && (data10 < 0 || isNaN(data10))) {
                    let err17 = { instancePath: instancePath + "/categories/sast/budgets/high", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.high, data: data10 };
                    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                  }
                }
                if (data6.critical !== void 0) {
                  let data11 = data6.critical;
                  if (!(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
                    let err18 = { instancePath: instancePath + "/categories/sast/budgets/critical", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sast.properties.budgets.properties.critical.type, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.critical, data: data11 };
                    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                  }
                  if (typeof data11 == "number" && isFinite(data11) && (data11 < 0 || isNaN(data11))) {
                    let err19 = { instancePath: instancePath + "/categories/sast/budgets/critical", schemaPath: "#/properties/categories/properties/sast/properties/budgets/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sast.properties.budgets.properties.critical, data: data11 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                }
              } else {
                let err20 = { instancePath: instancePath + "/categories/sast/budgets", schemaPath: "#/properties/categories/properties/sast/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.sast.properties.budgets.type, parentSchema: schema11.properties.categories.properties.sast.properties.budgets, data: data6 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
          } else {
            let err21 = { instancePath: instancePath + "/categories/sast", schemaPath: "#/properties/categories/properties/sast/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.sast.type, parentSchema: schema11.properties.categories.properties.sast, data: data4 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
        if (data3.sca !== void 0) {
          let data12 = data3.sca;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (let key4 in data12)
              if (!(key4 === "fail-on" || key4 === "budgets")) {
                let err22 = { instancePath: instancePath + "/categories/sca", schemaPath: "#/properties/categories/properties/sca/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.sca, data: data12 };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
            if (data12["fail-on"] !== void 0) {
              let data13 = data12["fail-on"];
              if (!(data13 === "info" || data13 === "low" || data13 === "medium" || data13 === "high" || data13 === "critical" || data13 === "none")) {
                let err23 = { instancePath: instancePath + "/categories/sca/fail-on", schemaPath: "#/properties/categories/properties/sca/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties.categories.properties.sca.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.categories.properties.sca.properties["fail-on"].enum, parentSchema: schema11.properties.categories.properties.sca.properties["fail-on"], data: data13 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            }
            if (data12.budgets !== void 0) {
              let data14 = data12.budgets;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (let key5 in data14)
                  if (!(key5 === "info" || key5 === "low" || key5 === "medium" || key5 === "high" || key5 === "critical")) {
                    let err24 = { instancePath: instancePath + "/categories/sca/budgets", schemaPath: "#/properties/categories/properties/sca/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.sca.properties.budgets, data: data14 };
                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                  }
                if (data14.info !== void 0) {
                  let data15 = data14.info;
                  if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
                    let err25 = { instancePath: instancePath + "/categories/sca/budgets/info", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/info/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sca.properties.budgets.properties.info.type, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.info, data: data15 };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
                  if (typeof data15 == "number" && isFinite(data15) && (data15 < 0 || isNaN(data15))) {
                    let err26 = { instancePath: instancePath + "/categories/sca/budgets/info", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/info/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.info, data: data15 };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                }
                if (data14.low !== void 0) {
                  let data16 = data14.low;
                  if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
                    let err27 = { instancePath: instancePath + "/categories/sca/budgets/low", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sca.properties.budgets.properties.low.type, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.low, data: data16 };
                    vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                  }
                  if (typeof data16 == "number" && isFinite(data16) && (data16 < 0 || isNaN(data16))) {
                    let err28 = { instancePath: instancePath + "/categories/sca/budgets/low", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.low, data: data16 };
                    vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                  }
                }
                if (data14.medium !== void 0) {
                  let data17 = data14.medium;
                  if (!(typeof data17 == "number" && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
                    let err29 = { instancePath: instancePath + "/categories/sca/budgets/medium", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sca.properties.budgets.properties.medium.type, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.medium, data: data17 };
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
                  if (typeof data17 == "number" && isFinite(data17) && (data17 < 0 || isNaN(data17))) {
                    let err30 = { instancePath: instancePath + "/categories/sca/budgets/medium", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.medium, data: data17 };
                    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                  }
                }
                if (data14.high !== void 0) {
                  let data18 = data14.high;
                  if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
                    let err31 = { instancePath: instancePath + "/categories/sca/budgets/high", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sca.properties.budgets.properties.high.type, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.high, data: data18 };
                    vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18) && (data18 < 0 || isNaN(data18))) {
                    let err32 = { instancePath: instancePath + "/categories/sca/budgets/high", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.high, data: data18 };
                    vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                  }
                }
                if (data14.critical !== void 0) {
                  let data19 = data14.critical;
                  if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                    let err33 = { instancePath: instancePath + "/categories/sca/budgets/critical", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.sca.properties.budgets.properties.critical.type, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.critical, data: data19 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19) && (data19 < 0 || isNaN(data19))) {
                    let err34 = { instancePath: instancePath + "/categories/sca/budgets/critical", schemaPath: "#/properties/categories/properties/sca/properties/budgets/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.sca.properties.budgets.properties.critical, data: data19 };
                    vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                  }
                }
              } else {
                let err35 = { instancePath: instancePath + "/categories/sca/budgets", schemaPath: "#/properties/categories/properties/sca/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.sca.properties.budgets.type, parentSchema: schema11.properties.categories.properties.sca.properties.budgets, data: data14 };
                vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
              }
            }
          } else {
            let err36 = { instancePath: instancePath + "/categories/sca", schemaPath: "#/properties/categories/properties/sca/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.sca.type, parentSchema: schema11.properties.categories.properties.sca, data: data12 };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
        if (data3.dast !== void 0) {
          let data20 = data3.dast;
          if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
            for (let key6 in data20)
              if (!(key6 === "fail-on" || key6 === "budgets")) {
                let err37 = { instancePath: instancePath + "/categories/dast", schemaPath: "#/properties/categories/properties/dast/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.dast, data: data20 };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            if (data20["fail-on"] !== void 0) {
              let data21 = data20["fail-on"];
              if (!(data21 === "info" || data21 === "low" || data21 === "medium" || data21 === "high" || data21 === "critical" || data21 === "none")) {
                let err38 = { instancePath: instancePath + "/categories/dast/fail-on", schemaPath: "#/properties/categories/properties/dast/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties.categories.properties.dast.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.categories.properties.dast.properties["fail-on"].enum, parentSchema: schema11.properties.categories.properties.dast.properties["fail-on"], data: data21 };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
            }
            if (data20.budgets !== void 0) {
              let data22 = data20.budgets;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                for (let key7 in data22)
                  if (!(key7 === "info" || key7 === "low" || key7 === "medium" || key7 === "high" || key7 === "critical")) {
                    let err39 = { instancePath: instancePath + "/categories/dast/budgets", schemaPath: "#/properties/categories/properties/dast/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.dast.properties.budgets, data: data22 };
                    vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                  }
                if (data22.info !== void 0) {
                  let data23 = data22.info;
                  if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
                    let err40 = { instancePath: instancePath + "/categories/dast/budgets/info", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/info/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.dast.properties.budgets.properties.info.type, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.info, data: data23 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                  if (typeof data23 == "number" && isFinite(data23) && (data23 < 0 || isNaN(data23))) {
                    let err41 = { instancePath: instancePath + "/categories/dast/budgets/info", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/info/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.info, data: data23 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                }
                if (data22.low !== void 0) {
                  let data24 = data22.low;
                  if (!(typeof data24 == "number" && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
                    let err42 = { instancePath: instancePath + "/categories/dast/budgets/low", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.dast.properties.budgets.properties.low.type, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.low, data: data24 };
                    vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                  }
                  if (typeof data24 == "number" && isFinite(data24) && (data24 < 0 || isNaN(data24))) {
                    let err43 = { instancePath: instancePath + "/categories/dast/budgets/low", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.low, data: data24 };
                    vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                  }
                }
                if (data22.medium !== void 0) {
                  let data25 = data22.medium;
                  if (!(typeof data25 == "number" && !(data25 % 1) && !isNaN(data25) && isFinite(data25))) {
                    let err44 = { instancePath: instancePath + "/categories/dast/budgets/medium", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.dast.properties.budgets.properties.medium.type, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.medium, data: data25 };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                  if (typeof data25 == "number" && isFinite(data25) && (data25 < 0 || isNaN(data25))) {
                    let err45 = { instancePath: instancePath + "/categories/dast/budgets/medium", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.medium, data: data25 };
                    vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                  }
                }
                if (data22.high !== void 0) {
                  let data26 = data22.high;
                  if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                    let err46 = { instancePath: instancePath + "/categories/dast/budgets/high", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.dast.properties.budgets.properties.high.type, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.high, data: data26 };
                    vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                  }
                  if (typeof data26 == "number" && isFinite(data26) && (data26 < 0 || isNaN(data26))) {
                    let err47 = { instancePath: instancePath + "/categories/dast/budgets/high", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.high, data: data26 };
                    vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                  }
                }
                if (data22.critical !== void 0) {
                  let data27 = data22.critical;
                  if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
                    let err48 = { instancePath: instancePath + "/categories/dast/budgets/critical", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.dast.properties.budgets.properties.critical.type, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.critical, data: data27 };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                  if (typeof data27 == "number" && isFinite(data27) && (data27 < 0 || isNaN(data27))) {
                    let err49 = { instancePath: instancePath + "/categories/dast/budgets/critical", schemaPath: "#/properties/categories/properties/dast/properties/budgets/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.dast.properties.budgets.properties.critical, data: data27 };
                    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                  }
                }
              } else {
                let err50 = { instancePath: instancePath + "/categories/dast/budgets", schemaPath: "#/properties/categories/properties/dast/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.dast.properties.budgets.type, parentSchema: schema11.properties.categories.properties.dast.properties.budgets, data: data22 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
          } else {
            let err51 = { instancePath: instancePath + "/categories/dast", schemaPath: "#/properties/categories/properties/dast/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.dast.type, parentSchema: schema11.properties.categories.properties.dast, data: data20 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
        if (data3.secrets !== void 0) {
          let data28 = data3.secrets;
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            for (let key8 in data28)
              if (!(key8 === "fail-on" || key8 === "budgets")) {
                let err52 = { instancePath: instancePath + "/categories/secrets", schemaPath: "#/properties/categories/properties/secrets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.secrets, data: data28 };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            if (data28["fail-on"] !== void 0) {
              let data29 = data28["fail-on"];
              if (!(data29 === "info" || data29 === "low" || data29 === "medium" || data29 === "high" || data29 === "critical" || data29 === "none")) {
                let err53 = { instancePath: instancePath + "/categories/secrets/fail-on", schemaPath: "#/properties/categories/properties/secrets/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties.categories.properties.secrets.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.categories.properties.secrets.properties["fail-on"].enum, parentSchema: schema11.properties.categories.properties.secrets.properties["fail-on"], data: data29 };
                vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
              }
            }
            if (data28.budgets !== void 0) {
              let data30 = data28.budgets;
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                for (let key9 in data30)
                  if (!(key9 === "info" || key9 === "low" || key9 === "medium" || key9 === "high" || key9 === "critical")) {
                    let err54 = { instancePath: instancePath + "/categories/secrets/budgets", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets, data: data30 };
                    vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                  }
                if (data30.info !== void 0) {
                  let data31 = data30.info;
                  if (!(typeof data31 == "number" && !(data31 % 1) && !isNaN(data31) && isFinite(data31))) {
                    let err55 = { instancePath: instancePath + "/categories/secrets/budgets/info", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/info/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.secrets.properties.budgets.properties.info.type, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.info, data: data31 };
                    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                  }
                  if (typeof data31 == "number" && isFinite(data31) && (data31 < 0 || isNaN(data31))) {
                    let err56 = { instancePath: instancePath + "/categories/secrets/budgets/info", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/info/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.info, data: data31 };
                    vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                  }
                }
                if (data30.low !== void 0) {
                  let data32 = data30.low;
                  if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
                    let err57 = { instancePath: instancePath + "/categories/secrets/budgets/low", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.secrets.properties.budgets.properties.low.type, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.low, data: data32 };
                    vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                  }
                  if (typeof data32 == "number" && isFinite(data32) && (data32 < 0 || isNaN(data32))) {
                    let err58 = { instancePath: instancePath + "/categories/secrets/budgets/low", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.low, data: data32 };
                    vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                  }
                }
                if (data30.medium !== void 0) {
                  let data33 = data30.medium;
                  if (!(typeof data33 == "number" && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
                    let err59 = { instancePath: instancePath + "/categories/secrets/budgets/medium", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.secrets.properties.budgets.properties.medium.type, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.medium, data: data33 };
                    vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                  }
                  if (typeof data33 == "number" && isFinite(data33) && (data33 < 0 || isNaN(data33))) {
                    let err60 = { instancePath: instancePath + "/categories/secrets/budgets/medium", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.medium, data: data33 };
                    vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                  }
                }
                if (data30.high !== void 0) {
                  let data34 = data30.high;
                  if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                    let err61 = { instancePath: instancePath + "/categories/secrets/budgets/high", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.secrets.properties.budgets.properties.high.type, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.high, data: data34 };
                    vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                  }
                  if (typeof data34 == "number" && isFinite(data34) && (data34 < 0 || isNaN(data34))) {
                    let err62 = { instancePath: instancePath + "/categories/secrets/budgets/high", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.high, data: data34 };
                    vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                  }
                }
                if (data30.critical !== void 0) {
                  let data35 = data30.critical;
                  if (!(typeof data35 == "number" && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
                    let err63 = { instancePath: instancePath + "/categories/secrets/budgets/critical", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.secrets.properties.budgets.properties.critical.type, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.critical, data: data35 };
                    vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                  }
                  if (typeof data35 == "number" && isFinite(data35) && (data35 < 0 || isNaN(data35))) {
                    let err64 = { instancePath: instancePath + "/categories/secrets/budgets/critical", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets.properties.critical, data: data35 };
                    vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                  }
                }
              } else {
                let err65 = { instancePath: instancePath + "/categories/secrets/budgets", schemaPath: "#/properties/categories/properties/secrets/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.secrets.properties.budgets.type, parentSchema: schema11.properties.categories.properties.secrets.properties.budgets, data: data30 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
            }
          } else {
            let err66 = { instancePath: instancePath + "/categories/secrets", schemaPath: "#/properties/categories/properties/secrets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.secrets.type, parentSchema: schema11.properties.categories.properties.secrets, data: data28 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
        }
        if (data3.iac !== void 0) {
          let data36 = data3.iac;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            for (let key10 in data36)
              if (!(key10 === "fail-on" || key10 === "budgets")) {
                let err67 = { instancePath: instancePath + "/categories/iac", schemaPath: "#/properties/categories/properties/iac/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.iac, data: data36 };
                vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
              }
            if (data36["fail-on"] !== void 0) {
              let data37 = data36["fail-on"];
              if (!(data37 === "info" || data37 === "low" || data37 === "medium" || data37 === "high" || data37 === "critical" || data37 === "none")) {
                let err68 = { instancePath: instancePath + "/categories/iac/fail-on", schemaPath: "#/properties/categories/properties/iac/properties/fail-on/enum", keyword: "enum", params: { allowedValues: schema11.properties.categories.properties.iac.properties["fail-on"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.categories.properties.iac.properties["fail-on"].enum, parentSchema: schema11.properties.categories.properties.iac.properties["fail-on"], data: data37 };
                vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
              }
            }
            if (data36.budgets !== void 0) {
              let data38 = data36.budgets;
              if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                for (let key11 in data38)
                  if (!(key11 === "info" || key11 === "low" || key11 === "medium" || key11 === "high" || key11 === "critical")) {
                    let err69 = { instancePath: instancePath + "/categories/iac/budgets", schemaPath: "#/properties/categories/properties/iac/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.categories.properties.iac.properties.budgets, data: data38 };
                    vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                  }
                if (data38.info !== void 0) {
                  let data39 = data38.info;
                  if (!(typeof data39 == "number" && !(data39 % 1) && !isNaN(data39) && isFinite(data39))) {
                    let err70 = { instancePath: instancePath + "/categories/iac/budgets/info", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/info/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.iac.properties.budgets.properties.info.type, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.info, data: data39 };
                    vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                  }
                  if (typeof data39 == "number" && isFinite(data39) && (data39 < 0 || isNaN(data39))) {
                    let err71 = { instancePath: instancePath + "/categories/iac/budgets/info", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/info/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.info, data: data39 };
                    vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                  }
                }
                if (data38.low !== void 0) {
                  let data40 = data38.low;
                  if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
                    let err72 = { instancePath: instancePath + "/categories/iac/budgets/low", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.iac.properties.budgets.properties.low.type, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.low, data: data40 };
                    vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                  }
                  if (typeof data40 == "number" && isFinite(data40) && (data40 < 0 || isNaN(data40))) {
                    let err73 = { instancePath: instancePath + "/categories/iac/budgets/low", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.low, data: data40 };
                    vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                  }
                }
                if (data38.medium !== void 0) {
                  let data41 = data38.medium;
                  if (!(typeof data41 == "number" && !(data41 % 1) && !isNaN(data41) && isFinite(data41))) {
                    let err74 = { instancePath: instancePath + "/categories/iac/budgets/medium", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.iac.properties.budgets.properties.medium.type, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.medium, data: data41 };
                    vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                  }
                  if (typeof data41 == "number" && isFinite(data41) && (data41 < 0 || isNaN(data41))) {
                    let err75 = { instancePath: instancePath + "/categories/iac/budgets/medium", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.medium, data: data41 };
                    vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                  }
                }
                if (data38.high !== void 0) {
                  let data42 = data38.high;
                  if (!(typeof data42 == "number" && !(data42 % 1) && !isNaN(data42) && isFinite(data42))) {
                    let err76 = { instancePath: instancePath + "/categories/iac/budgets/high", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.iac.properties.budgets.properties.high.type, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.high, data: data42 };
                    vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                  }
                  if (typeof data42 == "number" && isFinite(data42) && (data42 < 0 || isNaN(data42))) {
                    let err77 = { instancePath: instancePath + "/categories/iac/budgets/high", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.high, data: data42 };
                    vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                  }
                }
                if (data38.critical !== void 0) {
                  let data43 = data38.critical;
                  if (!(typeof data43 == "number" && !(data43 % 1) && !isNaN(data43) && isFinite(data43))) {
                    let err78 = { instancePath: instancePath + "/categories/iac/budgets/critical", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.categories.properties.iac.properties.budgets.properties.critical.type, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.critical, data: data43 };
                    vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
                  }
                  if (typeof data43 == "number" && isFinite(data43) && (data43 < 0 || isNaN(data43))) {
                    let err79 = { instancePath: instancePath + "/categories/iac/budgets/critical", schemaPath: "#/properties/categories/properties/iac/properties/budgets/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.categories.properties.iac.properties.budgets.properties.critical, data: data43 };
                    vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
                  }
                }
              } else {
                let err80 = { instancePath: instancePath + "/categories/iac/budgets", schemaPath: "#/properties/categories/properties/iac/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.iac.properties.budgets.type, parentSchema: schema11.properties.categories.properties.iac.properties.budgets, data: data38 };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
            }
          } else {
            let err81 = { instancePath: instancePath + "/categories/iac", schemaPath: "#/properties/categories/properties/iac/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.properties.iac.type, parentSchema: schema11.properties.categories.properties.iac, data: data36 };
            vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
          }
        }
      } else {
        let err82 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.type, parentSchema: schema11.properties.categories, data: data3 };
        vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
      }
    }
    if (data.required !== void 0) {
      let data44 = data.required;
      if (Array.isArray(data44)) {
        let len0 = data44.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data45 = data44[i0];
          if (!(data45 === "sast" || data45 === "sca" || data45 === "dast" || data45 === "secrets" || data45 === "iac")) {
            let err83 = { instancePath: instancePath + "/required/" + i0, schemaPath: "#/properties/required/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.required.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.required.items.enum, parentSchema: schema11.properties.required.items, data: data45 };
            vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
          }
        }
        let i1 = data44.length, j0;
        if (i1 > 1) {
          outer0:
            for (; i1--; )
              for (j0 = i1; j0--; )
                if (func0(data44[i1], data44[j0])) {
                  let err84 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema11.properties.required, data: data44 };
                  vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
                  break outer0;
                }
        }
      } else {
        let err85 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.required.type, parentSchema: schema11.properties.required, data: data44 };
        vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
      }
    }
    if (data["new-only"] !== void 0) {
      let data46 = data["new-only"];
      if (typeof data46 != "boolean") {
        let err86 = { instancePath: instancePath + "/new-only", schemaPath: "#/properties/new-only/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties["new-only"].type, parentSchema: schema11.properties["new-only"], data: data46 };
        vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
      }
    }
    if (data.suppressions !== void 0) {
      let data47 = data.suppressions;
      if (!(data47 === "honor" || data47 === "baseline-only" || data47 === "ignore")) {
        let err87 = { instancePath: instancePath + "/suppressions", schemaPath: "#/properties/suppressions/enum", keyword: "enum", params: { allowedValues: schema11.properties.suppressions.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.suppressions.enum, parentSchema: schema11.properties.suppressions, data: data47 };
        vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
      }
    }
    if (data.block !== void 0) {
      let data48 = data.block;
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        for (let key12 in data48)
          if (!(key12 === "cwe" || key12 === "rules" || key12 === "ids")) {
            let err88 = { instancePath: instancePath + "/block", schemaPath: "#/properties/block/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.block, data: data48 };
            vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
          }
        if (data48.cwe !== void 0) {
          let data49 = data48.cwe;
          if (Array.isArray(data49)) {
            let len1 = data49.length;
            for (let i2 = 0; i2 < len1; i2++) {
              let data50 = data49[i2];
              if (typeof data50 == "string") {
                if (!pattern0.test(data50)) {
                  let err89 = { instancePath: instancePath + "/block/cwe/" + i2, schemaPath: "#/properties/block/properties/cwe/items/pattern", keyword: "pattern", params: { pattern: "^[Cc][Ww][Ee]-[0-9]+$" }, message: 'must match pattern "^[Cc][Ww][Ee]-[0-9]+$"', schema: "^[Cc][Ww][Ee]-[0-9]+$", parentSchema: schema11.properties.block.properties.cwe.items, data: data50 };
                  vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                }
              } else {
                let err90 = { instancePath: instancePath + "/block/cwe/" + i2, schemaPath: "#/properties/block/properties/cwe/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.block.properties.cwe.items.type, parentSchema: schema11.properties.block.properties.cwe.items, data: data50 };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
            }
          } else {
            let err91 = { instancePath: instancePath + "/block/cwe", schemaPath: "#/properties/block/properties/cwe/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.block.properties.cwe.type, parentSchema: schema11.properties.block.properties.cwe, data: data49 };
            vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
          }
        }
        if (data48.rules !== void 0) {
          let data51 = data48.rules;
          if (Array.isArray(data51)) {
            let len2 = data51.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data52 = data51[i3];
              if (typeof data52 == "string") {
                if (func3(data52) < 1) {
                  let err92 = { instancePath: instancePath + "/block/rules/" + i3, schemaPath: "#/properties/block/properties/rules/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.block.properties.rules.items, data: data52 };
                  vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                }
              } else {
                let err93 = { instancePath: instancePath + "/block/rules/" + i3, schemaPath: "#/properties/block/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.block.properties.rules.items.type, parentSchema: schema11.properties.block.properties.rules.items, data: data52 };
                vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
              }
            }
          } else {
            let err94 = { instancePath: instancePath + "/block/rules", schemaPath: "#/properties/block/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.block.properties.rules.type, parentSchema: schema11.properties.block.properties.rules, data: data51 };
            vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
          }
        }
        if (data48.ids !== void 0) {
          let data53 = data48.ids;
          if (Array.isArray(data53)) {
            let len3 = data53.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data54 = data53[i4];
              if (typeof data54 == "string") {
                if (func3(data54) < 1) {
                  let err95 = { instancePath: instancePath + "/block/ids/" + i4, schemaPath: "#/properties/block/properties/ids/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.block.properties.ids.items, data: data54 };
                  vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                }
              } else {
                let err96 = { instancePath: instancePath + "/block/ids/" + i4, schemaPath: "#/properties/block/properties/ids/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.block.properties.ids.items.type, parentSchema: schema11.properties.block.properties.ids.items, data: data54 };
                vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
              }
            }
          } else {
            let err97 = { instancePath: instancePath + "/block/ids", schemaPath: "#/properties/block/properties/ids/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.block.properties.ids.type, parentSchema: schema11.properties.block.properties.ids, data: data53 };
            vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
          }
        }
      } else {
        let err98 = { instancePath: instancePath + "/block", schemaPath: "#/properties/block/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.block.type, parentSchema: schema11.properties.block, data: data48 };
        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
      }
    }
    if (data.paths !== void 0) {
      let data55 = data.paths;
      if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
        for (let key13 in data55)
          if (key13 !== "exclude") {
            let err99 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.paths, data: data55 };
            vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
          }
        if (data55.exclude !== void 0) {
          let data56 = data55.exclude;
          if (Array.isArray(data56)) {
            let len4 = data56.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data57 = data56[i5];
              if (typeof data57 == "string") {
                if (func3(data57) < 1) {
                  let err100 = { instancePath: instancePath + "/paths/exclude/" + i5, schemaPath: "#/properties/paths/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.paths.properties.exclude.items, data: data57 };
                  vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                }
              } else {
                let err101 = { instancePath: instancePath + "/paths/exclude/" + i5, schemaPath: "#/properties/paths/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.paths.properties.exclude.items.type, parentSchema: schema11.properties.paths.properties.exclude.items, data: data57 };
                vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
              }
            }
          } else {
            let err102 = { instancePath: instancePath + "/paths/exclude", schemaPath: "#/properties/paths/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.paths.properties.exclude.type, parentSchema: schema11.properties.paths.properties.exclude, data: data56 };
            vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
          }
        }
      } else {
        let err103 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.paths.type, parentSchema: schema11.properties.paths, data: data55 };
        vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
      }
    }
    if (data.tools !== void 0) {
      let data58 = data.tools;
      if (data58 && typeof data58 == "object" && !Array.isArray(data58))
        for (let key14 in data58) {
          let data59 = data58[key14];
          if (!(data59 === "sast" || data59 === "sca" || data59 === "dast" || data59 === "secrets" || data59 === "iac")) {
            let err104 = { instancePath: instancePath + "/tools/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/tools/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema11.properties.tools.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.tools.additionalProperties.enum, parentSchema: schema11.properties.tools.additionalProperties, data: data59 };
            vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
          }
        }
      else {
        let err105 = { instancePath: instancePath + "/tools", schemaPath: "#/properties/tools/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.tools.type, parentSchema: schema11.properties.tools, data: data58 };
        vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data60 = data.exceptions;
      if (Array.isArray(data60)) {
        let len5 = data60.length;
        for (let i6 = 0; i6 < len5; i6++) {
          let data61 = data60[i6];
          if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
            if (data61.match === void 0) {
              let err106 = { instancePath: instancePath + "/exceptions/" + i6, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data61 };
              vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
            }
            if (data61.reason === void 0) {
              let err107 = { instancePath: instancePath + "/exceptions/" + i6, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data61 };
              vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
            }
            if (data61["approved-by"] === void 0) {
              let err108 = { instancePath: instancePath + "/exceptions/" + i6, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "approved-by" }, message: "must have required property 'approved-by'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data61 };
              vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
            }
            if (data61.expires === void 0) {
              let err109 = { instancePath: instancePath + "/exceptions/" + i6, schemaPath: "#/properties/exceptions/items/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema11.properties.exceptions.items.required, parentSchema: schema11.properties.exceptions.items, data: data61 };
              vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
            }
            for (let key15 in data61)
              if (!(key15 === "match" || key15 === "reason" || key15 === "approved-by" || key15 === "expires" || key15 === "severity")) {
                let err110 = { instancePath: instancePath + "/exceptions/" + i6, schemaPath: "#/properties/exceptions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.exceptions.items, data: data61 };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
            if (data61.match !== void 0) {
              let data62 = data61.match;
              if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
                if (Object.keys(data62).length < 1) {
                  let err111 = { instancePath: instancePath + "/exceptions/" + i6 + "/match", schemaPath: "#/properties/exceptions/items/properties/match/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.match, data: data62 };
                  vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
                }
                for (let key16 in data62)
                  if (!(key16 === "rule" || key16 === "id" || key16 === "cwe" || key16 === "path" || key16 === "url" || key16 === "fingerprint" || key16 === "tool")) {
                    let err112 = { instancePath: instancePath + "/exceptions/" + i6 + "/match", schemaPath: "#/properties/exceptions/items/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.exceptions.items.properties.match, data: data62 };
                    vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
                  }
                if (data62.rule !== void 0) {
                  let data63 = data62.rule;
                  if (typeof data63 == "string") {
                    if (func3(data63) < 1) {
                      let err113 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/rule", schemaPath: "#/properties/exceptions/items/properties/match/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.match.properties.rule, data: data63 };
                      vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                    }
                  } else {
                    let err114 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/rule", schemaPath: "#/properties/exceptions/items/properties/match/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.match.properties.rule.type, parentSchema: schema11.properties.exceptions.items.properties.match.properties.rule, data: data63 };
                    vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
                  }
                }
                if (data62.id !== void 0) {
                  let data64 = data62.id;
                  if (typeof data64 == "string") {
                    if (func3(data64) < 1) {
                      let err115 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/id", schemaPath: "#/properties/exceptions/items/properties/match/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.match.properties.id, data: data64 };
                      vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
                    }
                  } else {
                    let err116 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/id", schemaPath: "#/properties/exceptions/items/properties/match/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.match.properties.id.type, parentSchema: schema11.properties.exceptions.items.properties.match.properties.id, data: data64 };
                    vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
                  }
                }
                if (data62.cwe !== void 0) {
                  let data65 = data62.cwe;
                  if (typeof data65 == "string") {
                    if (!pattern0.test(data65)) {
                      let err117 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/cwe", schemaPath: "#/properties/exceptions/items/properties/match/properties/cwe/pattern", keyword: "pattern", params: { pattern: "^[Cc][Ww][Ee]-[0-9]+$" }, message: 'must match pattern "^[Cc][Ww][Ee]-[0-9]+$"', schema: "^[Cc][Ww][Ee]-[0-9]+$", parentSchema: schema11.properties.exceptions.items.properties.match.properties.cwe, data: data65 };
                      vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
                    }
                  } else {
                    let err118 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/cwe", schemaPath: "#/properties/exceptions/items/properties/match/properties/cwe/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.match.properties.cwe.type, parentSchema: schema11.properties.exceptions.items.properties.match.properties.cwe, data: data65 };
                    vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
                  }
                }
                if (data62.path !== void 0) {
                  let data66 = data62.path;
                  if (typeof data66 == "string") {
                    if (func3(data66) < 1) {
                      let err119 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/path", schemaPath: "#/properties/exceptions/items/properties/match/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.match.properties.path, data: data66 };
                      vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
                    }
                  } else {
                    let err120 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/path", schemaPath: "#/properties/exceptions/items/properties/match/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.match.properties.path.type, parentSchema: schema11.properties.exceptions.items.properties.match.properties.path, data: data66 };
                    vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                  }
                }
                if (data62.url !== void 0) {
                  let data67 = data62.url;
                  if (typeof data67 == "string") {
                    if (func3(data67) < 1) {
                      let err121 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/url", schemaPath: "#/properties/exceptions/items/properties/match/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.match.properties.url, data: data67 };
                      vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                    }
                  } else {
                    let err122 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/url", schemaPath: "#/properties/exceptions/items/properties/match/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.match.properties.url.type, parentSchema: schema11.properties.exceptions.items.properties.match.properties.url, data: data67 };
                    vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                  }
                }
                if (data62.fingerprint !== void 0) {
                  let data68 = data62.fingerprint;
                  if (typeof data68 == "string") {
                    if (func3(data68) < 1) {
                      let err123 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/fingerprint", schemaPath: "#/properties/exceptions/items/properties/match/properties/fingerprint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.match.properties.fingerprint, data: data68 };
                      vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                    }
                  } else {
                    let err124 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/fingerprint", schemaPath: "#/properties/exceptions/items/properties/match/properties/fingerprint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.match.properties.fingerprint.type, parentSchema: schema11.properties.exceptions.items.properties.match.properties.fingerprint, data: data68 };
                    vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                  }
                }
                if (data62.tool !== void 0) {
                  let data69 = data62.tool;
                  if (typeof data69 == "string") {
                    if (func3(data69) < 1) {
                      let err125 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/tool", schemaPath: "#/properties/exceptions/items/properties/match/properties/tool/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.match.properties.tool, data: data69 };
                      vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                    }
                  } else {
                    let err126 = { instancePath: instancePath + "/exceptions/" + i6 + "/match/tool", schemaPath: "#/properties/exceptions/items/properties/match/properties/tool/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.match.properties.tool.type, parentSchema: schema11.properties.exceptions.items.properties.match.properties.tool, data: data69 };
                    vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                  }
                }
              } else {
                let err127 = { instancePath: instancePath + "/exceptions/" + i6 + "/match", schemaPath: "#/properties/exceptions/items/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.exceptions.items.properties.match.type, parentSchema: schema11.properties.exceptions.items.properties.match, data: data62 };
                vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
              }
            }
            if (data61.reason !== void 0) {
              let data70 = data61.reason;
              if (typeof data70 == "string") {
                if (func3(data70) < 1) {
                  let err128 = { instancePath: instancePath + "/exceptions/" + i6 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.reason, data: data70 };
                  vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                }
              } else {
                let err129 = { instancePath: instancePath + "/exceptions/" + i6 + "/reason", schemaPath: "#/properties/exceptions/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.reason.type, parentSchema: schema11.properties.exceptions.items.properties.reason, data: data70 };
                vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
              }
            }
            if (data61["approved-by"] !== void 0) {
              let data71 = data61["approved-by"];
              if (typeof data71 == "string") {
                if (func3(data71) < 1) {
                  let err130 = { instancePath: instancePath + "/exceptions/" + i6 + "/approved-by", schemaPath: "#/properties/exceptions/items/properties/approved-by/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties["approved-by"], data: data71 };
                  vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                }
              } else {
                let err131 = { instancePath: instancePath + "/exceptions/" + i6 + "/approved-by", schemaPath: "#/properties/exceptions/items/properties/approved-by/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties["approved-by"].type, parentSchema: schema11.properties.exceptions.items.properties["approved-by"], data: data71 };
                vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
              }
            }
            if (data61.expires !== void 0) {
              let data72 = data61.expires;
              if (typeof data72 == "string") {
                if (func3(data72) < 1) {
                  let err132 = { instancePath: instancePath + "/exceptions/" + i6 + "/expires", schemaPath: "#/properties/exceptions/items/properties/expires/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.exceptions.items.properties.expires, data: data72 };
                  vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                }
              } else {
                let err133 = { instancePath: instancePath + "/exceptions/" + i6 + "/expires", schemaPath: "#/properties/exceptions/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.exceptions.items.properties.expires.type, parentSchema: schema11.properties.exceptions.items.properties.expires, data: data72 };
                vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
              }
            }
            if (data61.severity !== void 0) {
              let data73 = data61.severity;
              if (!(data73 === "info" || data73 === "low" || data73 === "medium" || data73 === "high" || data73 === "critical")) {
                let err134 = { instancePath: instancePath + "/exceptions/" + i6 + "/severity", schemaPath: "#/properties/exceptions/items/properties/severity/enum", keyword: "enum", params: { allowedValues: schema11.properties.exceptions.items.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.exceptions.items.properties.severity.enum, parentSchema: schema11.properties.exceptions.items.properties.severity, data: data73 };
                vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
              }
            }
          } else {
            let err135 = { instancePath: instancePath + "/exceptions/" + i6, schemaPath: "#/properties/exceptions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.exceptions.items.type, parentSchema: schema11.properties.exceptions.items, data: data61 };
            vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
          }
        }
      } else {
        let err136 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data60 };
        vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
      }
    }
    if (data.budgets !== void 0) {
      let data74 = data.budgets;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        for (let key17 in data74)
          if (!(key17 === "info" || key17 === "low" || key17 === "medium" || key17 === "high" || key17 === "critical")) {
            let err137 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.budgets, data: data74 };
            vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
          }
        if (data74.info !== void 0) {
          let data75 = data74.info;
          if (!(typeof data75 == "number" && !(data75 % 1) && !isNaN(data75) && isFinite(data75))) {
            let err138 = { instancePath: instancePath + "/budgets/info", schemaPath: "#/properties/budgets/properties/info/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties.info.type, parentSchema: schema11.properties.budgets.properties.info, data: data75 };
            vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
          }
          if (typeof data75 == "number" && isFinite(data75) && (data75 < 0 || isNaN(data75))) {
            let err139 = { instancePath: instancePath + "/budgets/info", schemaPath: "#/properties/budgets/properties/info/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.budgets.properties.info, data: data75 };
            vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
          }
        }
        if (data74.low !== void 0) {
          let data76 = data74.low;
          if (!(typeof data76 == "number" && !(data76 % 1) && !isNaN(data76) && isFinite(data76))) {
            let err140 = { instancePath: instancePath + "/budgets/low", schemaPath: "#/properties/budgets/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties.low.type, parentSchema: schema11.properties.budgets.properties.low, data: data76 };
            vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
          }
          if (typeof data76 == "number" && isFinite(data76) && (data76 < 0 || isNaN(data76))) {
            let err141 = { instancePath: instancePath + "/budgets/low", schemaPath: "#/properties/budgets/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.budgets.properties.low, data: data76 };
            vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
          }
        }
        if (data74.medium !== void 0) {
          let data77 = data74.medium;
          if (!(typeof data77 == "number" && !(data77 % 1) && !isNaN(data77) && isFinite(data77))) {
            let err142 = { instancePath: instancePath + "/budgets/medium", schemaPath: "#/properties/budgets/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties.medium.type, parentSchema: schema11.properties.budgets.properties.medium, data: data77 };
            vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
          }
          if (typeof data77 == "number" && isFinite(data77) && (data77 < 0 || isNaN(data77))) {
            let err143 = { instancePath: instancePath + "/budgets/medium", schemaPath: "#/properties/budgets/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.budgets.properties.medium, data: data77 };
            vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
          }
        }
        if (data74.high !== void 0) {
          let data78 = data74.high;
          if (!(typeof data78 == "number" && !(data78 % 1) && !isNaN(data78) && isFinite(data78))) {
            let err144 = { instancePath: instancePath + "/budgets/high", schemaPath: "#/properties/budgets/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties.high.type, parentSchema: schema11.properties.budgets.properties.high, data: data78 };
            vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
          }
          if (typeof data78 == "number" && isFinite(data78) && (data78 < 0 || isNaN(data78))) {
            let err145 = { instancePath: instancePath + "/budgets/high", schemaPath: "#/properties/budgets/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.budgets.properties.high, data: data78 };
            vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
          }
        }
        if (data74.critical !== void 0) {
          let data79 = data74.critical;
          if (!(typeof data79 == "number" && !(data79 % 1) && !isNaN(data79) && isFinite(data79))) {
            let err146 = { instancePath: instancePath + "/budgets/critical", schemaPath: "#/properties/budgets/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.budgets.properties.critical.type, parentSchema: schema11.properties.budgets.properties.critical, data: data79 };
            vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
          }
          if (typeof data79 == "number" && isFinite(data79) && (data79 < 0 || isNaN(data79))) {
            let err147 = { instancePath: instancePath + "/budgets/critical", schemaPath: "#/properties/budgets/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.budgets.properties.critical, data: data79 };
            vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
          }
        }
      } else {
        let err148 = { instancePath: instancePath + "/budgets", schemaPath: "#/properties/budgets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.budgets.type, parentSchema: schema11.properties.budgets, data: data74 };
        vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
      }
    }
    if (data["max-exception-days"] !== void 0) {
      let data80 = data["max-exception-days"];
      if (data80 && typeof data80 == "object" && !Array.isArray(data80)) {
        for (let key18 in data80)
          if (!(key18 === "info" || key18 === "low" || key18 === "medium" || key18 === "high" || key18 === "critical")) {
            let err149 = { instancePath: instancePath + "/max-exception-days", schemaPath: "#/properties/max-exception-days/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties["max-exception-days"], data: data80 };
            vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
          }
        if (data80.info !== void 0) {
          let data81 = data80.info;
          if (!(typeof data81 == "number" && !(data81 % 1) && !isNaN(data81) && isFinite(data81))) {
            let err150 = { instancePath: instancePath + "/max-exception-days/info", schemaPath: "#/properties/max-exception-days/properties/info/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties["max-exception-days"].properties.info.type, parentSchema: schema11.properties["max-exception-days"].properties.info, data: data81 };
            vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
          }
          if (typeof data81 == "number" && isFinite(data81) && (data81 < 1 || isNaN(data81))) {
            let err151 = { instancePath: instancePath + "/max-exception-days/info", schemaPath: "#/properties/max-exception-days/properties/info/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties["max-exception-days"].properties.info, data: data81 };
            vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
          }
        }
        if (data80.low !== void 0) {
          let data82 = data80.low;
          if (!(typeof data82 == "number" && !(data82 % 1) && !isNaN(data82) && isFinite(data82))) {
            let err152 = { instancePath: instancePath + "/max-exception-days/low", schemaPath: "#/properties/max-exception-days/properties/low/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties["max-exception-days"].properties.low.type, parentSchema: schema11.properties["max-exception-days"].properties.low, data: data82 };
            vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
          }
          if (typeof data82 == "number" && isFinite(data82) && (data82 < 1 || isNaN(data82))) {
            let err153 = { instancePath: instancePath + "/max-exception-days/low", schemaPath: "#/properties/max-exception-days/properties/low/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties["max-exception-days"].properties.low, data: data82 };
            vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
          }
        }
        if (data80.medium !== void 0) {
          let data83 = data80.medium;
          if (!(typeof data83 == "number" && !(data83 % 1) && !isNaN(data83) && isFinite(data83))) {
            let err154 = { instancePath: instancePath + "/max-exception-days/medium", schemaPath: "#/properties/max-exception-days/properties/medium/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties["max-exception-days"].properties.medium.type, parentSchema: schema11.properties["max-exception-days"].properties.medium, data: data83 };
            vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
          }
          if (typeof data83 == "number" && isFinite(data83) && (data83 < 1 || isNaN(data83))) {
            let err155 = { instancePath: instancePath + "/max-exception-days/medium", schemaPath: "#/properties/max-exception-days/properties/medium/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties["max-exception-days"].properties.medium, data: data83 };
            vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
          }
        }
        if (data80.high !== void 0) {
          let data84 = data80.high;
          if (!(typeof data84 == "number" && !(data84 % 1) && !isNaN(data84) && isFinite(data84))) {
            let err156 = { instancePath: instancePath + "/max-exception-days/high", schemaPath: "#/properties/max-exception-days/properties/high/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties["max-exception-days"].properties.high.type, parentSchema: schema11.properties["max-exception-days"].properties.high, data: data84 };
            vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
          }
          if (typeof data84 == "number" && isFinite(data84) && (data84 < 1 || isNaN(data84))) {
            let err157 = { instancePath: instancePath + "/max-exception-days/high", schemaPath: "#/properties/max-exception-days/properties/high/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties["max-exception-days"].properties.high, data: data84 };
            vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
          }
        }
        if (data80.critical !== void 0) {
          let data85 = data80.critical;
          if (!(typeof data85 == "number" && !(data85 % 1) && !isNaN(data85) && isFinite(data85))) {
            let err158 = { instancePath: instancePath + "/max-exception-days/critical", schemaPath: "#/properties/max-exception-days/properties/critical/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties["max-exception-days"].properties.critical.type, parentSchema: schema11.properties["max-exception-days"].properties.critical, data: data85 };
            vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
          }
          if (typeof data85 == "number" && isFinite(data85) && (data85 < 1 || isNaN(data85))) {
            let err159 = { instancePath: instancePath + "/max-exception-days/critical", schemaPath: "#/properties/max-exception-days/properties/critical/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties["max-exception-days"].properties.critical, data: data85 };
            vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
          }
        }
      } else {
        let err160 = { instancePath: instancePath + "/max-exception-days", schemaPath: "#/properties/max-exception-days/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties["max-exception-days"].type, parentSchema: schema11.properties["max-exception-days"], data: data80 };
        vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
      }
    }
    if (data.delegate !== void 0) {
      let data86 = data.delegate;
      if (Array.isArray(data86)) {
        let len6 = data86.length;
        for (let i7 = 0; i7 < len6; i7++) {
          let data87 = data86[i7];
          if (!(data87 === "exceptions" || data87 === "paths" || data87 === "tools")) {
            let err161 = { instancePath: instancePath + "/delegate/" + i7, schemaPath: "#/properties/delegate/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.delegate.items.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.delegate.items.enum, parentSchema: schema11.properties.delegate.items, data: data87 };
            vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
          }
        }
        let i8 = data86.length, j1;
        if (i8 > 1) {
          outer1:
            for (; i8--; )
              for (j1 = i8; j1--; )
                if (func0(data86[i8], data86[j1])) {
                  let err162 = { instancePath: instancePath + "/delegate", schemaPath: "#/properties/delegate/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i8 + " are identical)", schema: !0, parentSchema: schema11.properties.delegate, data: data86 };
                  vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
                  break outer1;
                }
        }
      } else {
        let err163 = { instancePath: instancePath + "/delegate", schemaPath: "#/properties/delegate/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.delegate.type, parentSchema: schema11.properties.delegate, data: data86 };
        vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
      }
    }
  } else {
    let err164 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var validatePolicy = validate10;

// src/gate/policy/parse-policy.ts
var WORDING = {
  versionOf: "policy",
  requiredHints: {
    version: "add `version: 1` at the top",
    match: 'add what it matches, e.g. `match: { rule: "js/xss", path: "src/legacy/**" }`',
    reason: "add `reason:` saying why the finding is accepted",
    "approved-by": 'add `approved-by:` naming who approved it, e.g. "@acme/appsec"',
    expires: "add `expires:` with a date such as 2027-03-01; exceptions without expiry are not allowed"
  },
  messages: {
    pattern: (error) => `is ${describeValue(error.data)}; write a CWE id such as CWE-79`,
    minProperties: () => "matches nothing; name at least one of rule, id, cwe, path, url, fingerprint, tool",
    minimum: (error) => `must be at least ${String(error.params.limit)}, not ${describeValue(error.data)}`,
    uniqueItems: () => "lists the same value twice; remove the duplicate"
  }
}, canonicalCwe = (text) => cweFromText(text) ?? text;
function toPolicy(raw, file, exceptions) {
  let categories = {};
  for (let [name, settings] of Object.entries(raw.categories ?? {})) {
    let entry = {};
    settings["fail-on"] !== void 0 && (entry.failOn = settings["fail-on"]), settings.budgets !== void 0 && (entry.budgets = { ...settings.budgets }), categories[name] = entry;
  }
  let policy = {
    version: 1,
    file,
    failOn: raw["fail-on"] ?? "high",
    categories,
    required: [...raw.required ?? []],
    newOnly: raw["new-only"] ?? !0,
    suppressions: raw.suppressions ?? "honor",
    block: {
      cwes: [...new Set((raw.block?.cwe ?? []).map(canonicalCwe))],
      rules: [...raw.block?.rules ?? []],
      ids: [...raw.block?.ids ?? []]
    },
    paths: { exclude: [...raw.paths?.exclude ?? []] },
    tools: { ...raw.tools ?? {} },
    exceptions,
    budgets: { ...raw.budgets ?? {} },
    maxExceptionDays: { ...raw["max-exception-days"] ?? {} },
    delegate: [...raw.delegate ?? []],
    declared: Object.keys(raw)
  };
  return raw.extends !== void 0 && (policy.extends = raw.extends), policy;
}
function readExceptions(raw, yaml, today, problems) {
  let exceptions = [];
  for (let [index, entry] of (raw.exceptions ?? []).entries()) {
    let pointer = `/exceptions/${index}/expires`, expiry = parseExpiry(entry.expires);
    if (!expiry) {
      problems.push(
        yaml.problemAt(
          pointer,
          `is ${JSON.stringify(entry.expires)}, not a date; write YYYY-MM-DD (e.g. 2027-03-01) or an ISO date-time with a time zone (2027-03-01T12:00:00Z)`
        )
      );
      continue;
    }
    let match = { ...entry.match };
    match.cwe !== void 0 && (match.cwe = canonicalCwe(match.cwe));
    let exception = {
      match,
      reason: entry.reason,
      approvedBy: entry["approved-by"],
      expires: entry.expires,
      expiresAt: expiry.expiresAt,
      maxSeverity: entry.severity ?? "critical",
      source: { file: yaml.file, line: yaml.lineOf(`/exceptions/${index}`), index }
    }, tooLong = exceptionTooLong(exception, expiry.lastDay, raw["max-exception-days"] ?? {}, today);
    tooLong && problems.push(yaml.problemAt(pointer, tooLong)), exceptions.push(exception);
  }
  return exceptions;
}
function parsePolicy(text, file, options) {
  let yaml = readYamlFile(text, file, PolicyError);
  if (yaml.value === null)
    throw new PolicyError([{ file, pointer: "", message: "is empty; a policy starts with `version: 1` (see POLICY.md)" }]);
  if (!validatePolicy(yaml.value)) throw new PolicyError(schemaProblems(validatePolicy.errors, yaml, WORDING));
  let raw = yaml.value, problems = [], exceptions = readExceptions(raw, yaml, options.today, problems);
  if (problems.length > 0) throw new PolicyError(problems);
  return toPolicy(raw, file, exceptions);
}
function policyHash(text) {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}

// src/gate/policy/default-policy.ts
var DEFAULT_POLICY = Object.freeze({
  version: 1,
  file: "built-in default policy",
  failOn: "high",
  categories: {},
  required: [],
  newOnly: !0,
  suppressions: "honor",
  block: { cwes: [], rules: [], ids: [] },
  paths: { exclude: [] },
  tools: {},
  exceptions: [],
  budgets: {},
  maxExceptionDays: {},
  delegate: [],
  declared: []
}), DEFAULT_POLICY_YAML = `version: 1
fail-on: high
required: []
new-only: true
`;

// src/actions/security-gate/policy-source.ts
var REMOTE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@(.+)$/, REMOTE_FILE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@([^:\s]+):(.+)$/, PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function field(value, ...keys) {
  let current = value;
  for (let key of keys) {
    if (current === null || typeof current != "object") return;
    current = current[key];
  }
  return current;
}
function nonEmptyString(value) {
  return typeof value == "string" && value.trim() !== "" ? value.trim() : void 0;
}
function checkRef(ref, input) {
  if (/[\s~^:?*[\\\x00-\x1f]|\.\./.test(ref) || ref.endsWith("/") || ref.endsWith(".lock"))
    throw new ConfigurationError(`input 'policy-ref': '${input}' is not a valid ref; use workspace, a branch, tag or sha (main), or owner/repo@ref`);
  return ref;
}
function shortRef(ref) {
  return ref.replace(/^refs\/(heads|tags)\//, "");
}
function choosePolicyLocation(policyRef, context) {
  let { owner, repo } = context.repository;
  if (policyRef !== void 0) {
    let value = policyRef.trim();
    if (value.toLowerCase() === "workspace") return { kind: "workspace" };
    let remote = REMOTE.exec(value);
    if (remote) return { kind: "ref", owner: remote[1], repo: remote[2], ref: checkRef(remote[3], value), why: `policy-ref ${value}` };
    if (value.includes("@"))
      throw new ConfigurationError(`input 'policy-ref': '${value}' is not owner/repo@ref; write it like acme/security-policies@main, or give a ref name, or workspace`);
    return { kind: "ref", owner, repo, ref: checkRef(value, value), why: `policy-ref ${value}` };
  }
  if (PULL_REQUEST_EVENTS.has(context.eventName)) {
    let base = nonEmptyString(field(context.eventPayload, "pull_request", "base", "ref")) ?? context.baseRef;
    if (base === void 0)
      throw new ConfigurationError(
        `the ${context.eventName} event payload names no base branch (pull_request.base.ref), so the policy cannot be read from it; set input 'policy-ref' to the branch that holds the policy`
      );
    return { kind: "ref", owner, repo, ref: base, why: "the pull request's base branch" };
  }
  if (context.eventName === "merge_group") {
    let base = nonEmptyString(field(context.eventPayload, "merge_group", "base_ref"));
    if (base === void 0)
      throw new ConfigurationError(
        "the merge_group event payload names no base branch (merge_group.base_ref), so the policy cannot be read from it; set input 'policy-ref' to the branch that holds the policy"
      );
    return { kind: "ref", owner, repo, ref: base, why: "the merge queue's base branch" };
  }
  return { kind: "workspace" };
}
var MAX_EXTENDS_DEPTH = 5;
async function readWorkspaceFile(workspace, path) {
  let file = resolve(workspace, path), inside = relative(resolve(workspace), file);
  if (inside.startsWith("..") || isAbsolute2(inside))
    throw new ConfigurationError(`policy path '${path}' is outside the workspace; give a path from the repository root`);
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    let code2 = error.code;
    if (code2 === "ENOENT" || code2 === "ENOTDIR") return;
    throw code2 === "EISDIR" ? new ConfigurationError(`policy path '${path}' is a directory in the workspace; name the policy file itself`, { cause: error }) : new ConfigurationError(`policy file '${path}' cannot be read (${error.message}); check its permissions`, { cause: error });
  }
}
async function readPolicyText(location, path, options) {
  if (location.kind === "workspace") {
    let text = await readWorkspaceFile(options.workspace, path);
    return text === void 0 ? void 0 : { text, name: path, location };
  }
  if (options.client === void 0)
    throw new ConfigurationError(
      `the policy is read from ${location.owner}/${location.repo}@${shortRef(location.ref)} (${location.why}) through the API, which needs a token; set input 'token' (the default, github.token, works with \`contents: read\`), or set policy-ref: workspace`
    );
  let file = await readFileAtRef(options.client, { owner: location.owner, repo: location.repo, ref: location.ref, path });
  if (file !== void 0)
    return { text: file.text, name: describeFile(location, path, options), location };
}
function describeFile(location, path, options) {
  return location.kind === "workspace" ? path : options.repository.owner.toLowerCase() === location.owner.toLowerCase() && options.repository.repo.toLowerCase() === location.repo.toLowerCase() ? `${path}@${shortRef(location.ref)}` : `${location.owner}/${location.repo}@${shortRef(location.ref)}:${path}`;
}
function parentOf(value, from) {
  let remote = REMOTE_FILE.exec(value.trim());
  return remote ? { location: { kind: "ref", owner: remote[1], repo: remote[2], ref: remote[3], why: `extends ${value.trim()}` }, path: remote[4] } : { location: from, path: value.trim() };
}
function locationKey(location, path) {
  return location.kind === "workspace" ? `workspace:${path}` : `${location.owner}/${location.repo}@${location.ref}:${path}`.toLowerCase();
}
async function loadChain(file, options, seen) {
  let own = parsePolicy(file.text, file.name, { today: options.today });
  if (own.extends === void 0) return { policy: own, chain: [file] };
  if (seen.length >= MAX_EXTENDS_DEPTH)
    throw new ConfigurationError(`${file.name}: /extends goes more than ${MAX_EXTENDS_DEPTH} policies deep; extend the central policy directly`);
  let parent = parentOf(own.extends, file.location), key = locationKey(parent.location, parent.path);
  if (seen.includes(key))
    throw new ConfigurationError(`${file.name}: /extends '${own.extends}' leads back to a policy already in the chain (a cycle); remove one of the extends`);
  let parentText = await readPolicyText(parent.location, parent.path, options);
  if (parentText === void 0) {
    let where = parent.location.kind === "workspace" ? "the workspace" : `${parent.location.owner}/${parent.location.repo}@${shortRef(parent.location.ref)}`;
    throw new ConfigurationError(`${file.name}: /extends '${own.extends}': no file ${parent.path} in ${where}; fix the path, or write owner/repo@ref:path for a central policy repository`);
  }
  let loaded = await loadChain(parentText, options, [...seen, key]);
  return { policy: mergePolicies(loaded.policy, own, { today: options.today }), chain: [...loaded.chain, file] };
}
function describeLocation(location) {
  return location.kind === "workspace" ? "the workspace" : `${location.owner}/${location.repo}@${shortRef(location.ref)} (${location.why})`;
}
async function loadPolicy(options) {
  let { location, path } = options, file = await readPolicyText(location, path, options);
  if (file === void 0)
    return {
      policy: DEFAULT_POLICY,
      source: {
        description: `built-in default policy (fail on high and critical): there is no ${path} in ${describeLocation(location)}`,
        hash: policyHash(DEFAULT_POLICY_YAML)
      },
      defaulted: !0
    };
  let start = locationKey(location, path), { policy, chain } = await loadChain(file, options, [start]), hash = chain.length === 1 ? policyHash(file.text) : policyHash(chain.map((part) => part.text).join(`
---
`)), parents = chain.slice(0, -1).map((part) => part.name), description = (location.kind === "workspace" ? `${file.name} in the workspace` : `${file.name} (${location.why})`) + (parents.length > 0 ? `, extending ${parents.reverse().join(", which extends ")}` : "");
  return { policy, source: { description, hash }, defaulted: !1 };
}

// src/actions/security-gate/status-description.ts
function verdictStatus(report) {
  if (report.verdict === "pass") {
    let open = report.counts.findings;
    return { state: "success", description: open === 0 ? "passed: no open findings" : `passed: ${plural(open, "open finding")}, none violates the policy` };
  }
  let what = failureText(report);
  return report.mode === "warn" ? { state: "success", description: `warn mode, not enforced: ${what}` } : { state: "failure", description: what };
}
function failureText(report) {
  let count = report.counts.violations;
  if (count === 0) return report.reasons[0] ?? "failed";
  let groups = /* @__PURE__ */ new Map();
  for (let violation2 of report.violations) {
    let key = `${violation2.severity} ${violation2.category}`, group = groups.get(key) ?? { rank: SEVERITIES.indexOf(violation2.severity), n: 0 };
    group.n += 1, groups.set(key, group);
  }
  let parts = [...groups.entries()].sort(([a, x], [b, y]) => y.rank - x.rank || a.localeCompare(b)).map(([key, group]) => `${group.n} ${key}`);
  return `${plural(count, "violation")}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}`;
}

// src/actions/security-gate/write-chunks.ts
import { closeSync, openSync, writeSync } from "node:fs";
var WRITE_BATCH = 1 << 20;
function writeChunks(file, chunks) {
  let fd = openSync(file, "w");
  try {
    let buffer = Buffer.allocUnsafe(3 * WRITE_BATCH), used = 0;
    for (let chunk of chunks) {
      if (3 * chunk.length > buffer.length - used && (writeAll(fd, buffer, used), used = 0, 3 * chunk.length > buffer.length)) {
        writeSync(fd, chunk, null, "utf8");
        continue;
      }
      used += buffer.write(chunk, used);
    }
    writeAll(fd, buffer, used);
  } finally {
    closeSync(fd);
  }
}
function writeAll(fd, buffer, length) {
  for (let written = 0; written < length; ) written += writeSync(fd, buffer, written, length - written);
}

// src/actions/security-gate/main.ts
function readSettings() {
  return getRequiredInput(inputs.sarif), {
    sarif: getListInput(inputs.sarif),
    policyPath: getOptionalInput(inputs.policy) ?? DEFAULT_POLICY_PATH,
    policyRef: getOptionalInput(inputs.policyRef),
    baseline: getOptionalInput(inputs.baseline),
    mode: getChoiceInput(inputs.mode, ["enforce", "warn"], "enforce"),
    outputSarif: getOptionalInput(inputs.outputSarif) ?? "stopline-security.sarif",
    report: getOptionalInput(inputs.report) ?? "stopline-security-report.json",
    statusContext: getOptionalInput(inputs.statusContext) ?? STATUS_CONTEXT,
    token: getSecretInput(inputs.token)
  };
}
var ZERO_SHA = /^0{40}$/;
function commitUnderTest(context) {
  let pull = context.eventPayload.pull_request, head = typeof pull?.head?.sha == "string" ? pull.head.sha : void 0, sha = (context.eventName.startsWith("pull_request") ? head : void 0) ?? context.sha;
  return sha !== "" && !ZERO_SHA.test(sha) ? sha : void 0;
}
function displayPath(workspace, file) {
  let rel = relative2(workspace, file);
  return rel.startsWith("..") ? file : rel.split("\\").join("/");
}
async function readLogs(settings, workspace, policy, logger) {
  let files = await resolveSarifInputs(settings.sarif, workspace), worker = normalizeWorker();
  return streamLogs(
    files.map((file) => ({ path: file, name: displayPath(workspace, file) })),
    { workspace, toolCategories: policy.tools, exclude: policy.paths.exclude, ...worker ? { worker } : {}, progress: (line) => logger.info(line) }
  );
}
function normalizeWorker() {
  let script = new URL("./worker.mjs", import.meta.url);
  return existsSync(fileURLToPath(script)) ? script : void 0;
}
async function readBaseline(path, workspace) {
  let file = resolve2(workspace, path), text;
  try {
    text = await readFile2(file, "utf8");
  } catch (error) {
    let code2 = error.code, why = code2 === "ENOENT" ? "does not exist" : code2 === "EISDIR" ? "is a directory" : `cannot be read (${errorMessage(error)})`;
    throw new ConfigurationError(
      `input 'baseline': ${path} ${why}; give the path (from the workspace) of a SARIF file or an earlier gate report, or leave the input empty for no baseline`,
      { cause: error }
    );
  }
  let name = displayPath(workspace, file);
  return { description: name, fingerprints: loadBaselineFingerprints(text, name, { workspace }) };
}
async function writeWorkspaceFile(workspace, path, chunks) {
  let file = resolve2(workspace, path);
  return await mkdir(dirname(file), { recursive: !0 }), writeChunks(file, chunks), file;
}
async function setStatus(client, context, sha, statusContext, outcome, logger) {
  let { state, description } = verdictStatus(outcome.report);
  try {
    await persist(
      () => setCommitStatus(client, {
        ...context.repository,
        sha,
        context: statusContext,
        state,
        description,
        ...context.runUrl ? { targetUrl: context.runUrl } : {}
      })
    ), logger.info(`commit status ${statusContext} on ${sha.slice(0, 7)}: ${state} (${description})`);
  } catch (error) {
    logger.warning(`${statusContext} was not set on ${sha.slice(0, 7)}: ${errorMessage(error)}`);
  }
}
async function main() {
  let settings = readSettings(), context = readRunnerContext(), logger = actionsLogger(), workspace = resolve2(context.workspace), today = /* @__PURE__ */ new Date(), client = settings.token ? createRunnerClient(context, settings.token, logger) : void 0, location = choosePolicyLocation(settings.policyRef, context), loaded = await loadPolicy({ location, path: settings.policyPath, workspace, client, today, repository: context.repository });
  logger.info(`policy: ${loaded.source.description} (${loaded.source.hash})`), loaded.defaulted && logger.info(`no policy file: the built-in default policy applies (see POLICY.md to write one at ${settings.policyPath})`);
  let ingested = await readLogs(settings, workspace, loaded.policy, logger), baseline = settings.baseline === void 0 ? void 0 : await readBaseline(settings.baseline, workspace), sha = commitUnderTest(context), { owner, repo } = context.repository, outcome = judge({
    // Already normalized while streaming; the logs hold the runs' envelopes, and `results` the
    // results the filtered SARIF may keep.
    logs: ingested.logs,
    normalized: { runs: ingested.runs, findings: ingested.findings, results: ingested.results, messages: ingested.messages },
    policy: loaded.policy,
    policySource: loaded.source,
    ...baseline ? { baseline } : {},
    workspace,
    today,
    mode: settings.mode,
    ...sha ? { commit: { serverUrl: context.serverUrl, repository: `${owner}/${repo}`, sha } } : {},
    fullReportPath: settings.report
  }), sarifFile = await writeWorkspaceFile(workspace, settings.outputSarif, outcome.sarifChunks()), reportFile = await writeWorkspaceFile(workspace, settings.report, outcome.reportChunks());
  setOutput(outputs.verdict, outcome.verdict), setOutput(outputs.findings, outcome.counts.findings), setOutput(outputs.new, outcome.counts.new), setOutput(outputs.violations, outcome.counts.violations), setOutput(outputs.report, reportFile), setOutput(outputs.sarif, sarifFile);
  for (let warning of outcome.warnings) logger.warning(warning);
  let omitted = emitAnnotations(outcome.annotations);
  omitted.error += outcome.annotationsOmitted;
  let note = omittedNote(omitted);
  note !== "" && outcome.summary.add(`_${note}._`), await writeSummary(outcome.summary), client && sha ? await setStatus(client, context, sha, settings.statusContext, outcome, logger) : client || logger.info(`no token: commit status ${settings.statusContext} not set`);
  let counts = `${outcome.counts.findings} open finding(s), ${outcome.counts.new} new, ${outcome.counts.violations} violation(s)`;
  if (outcome.verdict === "pass") {
    logger.info(`security gate passed: ${counts}`);
    return;
  }
  let reasons = outcome.report.reasons.join("; ") || counts;
  if (settings.mode === "warn") {
    logger.warning(`security gate verdict is fail (warn mode, so the step passes): ${reasons}`);
    return;
  }
  failStep(`security gate failed: ${reasons}. The job summary lists the violating findings; ${displayPath(workspace, reportFile)} has the full report.`);
}

// src/actions/security-gate/index.ts
await runAction(main);

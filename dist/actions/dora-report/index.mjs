import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  explainGraphqlError,
  pieChartBlock,
  xyChartBlock
} from "../../chunks/chunk-IVMJLR4Z.mjs";
import {
  formatTimestamp
} from "../../chunks/chunk-TD5AZCCC.mjs";
import {
  plural
} from "../../chunks/chunk-T5U2S4RF.mjs";
import {
  require_dist
} from "../../chunks/chunk-4GZASXPD.mjs";
import {
  Summary,
  writeSummary
} from "../../chunks/chunk-CFSETTC6.mjs";
import {
  bullets,
  code,
  details,
  escapeMarkdown,
  heading,
  link,
  table
} from "../../chunks/chunk-PUDO2UNH.mjs";
import {
  actionsLogger,
  formatDuration,
  getBooleanInput,
  getChoiceInput,
  getDurationInput,
  getOptionalInput,
  getSecretInput,
  readRunnerContext,
  runAction,
  setOutput
} from "../../chunks/chunk-PWAGTHLM.mjs";
import {
  createRunnerClient,
  httpStatus
} from "../../chunks/chunk-ILX4OWII.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-OMPALNQI.mjs";
import "../../chunks/chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError
} from "../../chunks/chunk-W2U6OBLC.mjs";
import {
  __toESM
} from "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/dora-report/main.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/dora/outcome.ts
function outcomeOf(deployment) {
  let latest;
  for (let status of deployment.statuses)
    status.state !== "inactive" && (latest === void 0 || Date.parse(status.createdAt) >= Date.parse(latest.createdAt)) && (latest = status);
  return latest ? latest.state === "success" ? { outcome: "success", status: latest } : latest.state === "failure" || latest.state === "error" ? { outcome: "failed", status: latest } : { outcome: "not-judged", status: latest } : { outcome: "not-judged" };
}

// src/dora/services.ts
var import_yaml = __toESM(require_dist(), 1);
var NO_SERVICE = "(no service)", FIELD = /^payload\.([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)$/;
function fail(input, problem) {
  throw new ConfigurationError(
    `input '${input}': ${problem}. Write one line per service, \`name: environment\` (several environments separated by commas), or \`payload.<field>\` to split the 'environment' input's deployments by a payload field`
  );
}
function parseServices(text, input = "services") {
  if (text === void 0 || text.trim() === "") return;
  let field = FIELD.exec(text.trim());
  if (field) return { kind: "payload", field: field[1] };
  let parsed;
  try {
    parsed = (0, import_yaml.parse)(text);
  } catch (error) {
    fail(input, `it is neither payload.<field> nor a YAML map (${error.message.split(`
`)[0]})`);
  }
  (parsed === null || typeof parsed != "object" || Array.isArray(parsed)) && fail(input, "it is neither payload.<field> nor a map of service names to environments");
  let owner = /* @__PURE__ */ new Map(), services = [];
  for (let [name, value] of Object.entries(parsed)) {
    let listed = Array.isArray(value) ? value : typeof value == "string" ? value.split(",") : void 0, environments = listed?.map((item) => typeof item == "string" ? item.trim() : "").filter((item) => item !== "");
    (!environments || environments.length === 0 || environments.length !== listed.length) && fail(input, `service '${name}' needs one or more environment names`);
    for (let environment of environments) {
      let other = owner.get(environment);
      other !== void 0 && fail(input, `environment '${environment}' is listed for both '${other}' and '${name}'; each environment belongs to one service`), owner.set(environment, name);
    }
    services.push({ name, environments });
  }
  return services.length === 0 && fail(input, "the map is empty"), { kind: "environments", services };
}
function environmentsToRead(spec, environment) {
  return spec?.kind === "environments" ? spec.services.flatMap((service) => service.environments) : [environment];
}
function serviceOf(spec, deployment) {
  if (!spec) return;
  if (spec.kind === "environments")
    return spec.services.find((service) => service.environments.includes(deployment.environment))?.name ?? NO_SERVICE;
  let value = deployment.payload;
  for (let key of spec.field.split("."))
    value = value !== null && typeof value == "object" && !Array.isArray(value) ? value[key] : void 0;
  return typeof value == "string" && value !== "" ? value : typeof value == "number" ? String(value) : NO_SERVICE;
}
function serviceNames(spec, seen) {
  if (!spec) return [];
  let found = new Set(seen);
  return spec.kind === "environments" ? spec.services.map((service) => service.name) : [...found].sort((a, b) => a === NO_SERVICE ? 1 : b === NO_SERVICE ? -1 : a.localeCompare(b));
}

// src/dora/window.ts
function windowEnding(end, lengthMs) {
  return { start: new Date(end.getTime() - lengthMs), end, days: lengthMs / 864e5 };
}
function reportWindows(now, lengthMs) {
  let current = windowEnding(now, lengthMs);
  return { current, previous: windowEnding(current.start, lengthMs) };
}
function inWindow(iso2, window) {
  let at = Date.parse(iso2);
  return at >= window.start.getTime() && at < window.end.getTime();
}
function weeksOf(window) {
  let weeks = [];
  for (let start = window.start.getTime(); start < window.end.getTime(); start += 7 * 864e5) {
    let end = Math.min(start + 6048e5, window.end.getTime());
    weeks.push({ start: new Date(start), end: new Date(end), days: (end - start) / 864e5 });
  }
  return weeks;
}

// src/dora/history.ts
function chainOf(deployment, services) {
  return `${deployment.environment}\0${serviceOf(services, deployment) ?? ""}`;
}
function judgeDeployments(deployments, services) {
  return deployments.map((fact) => {
    let { outcome, status } = outcomeOf(fact), service = serviceOf(services, fact);
    return {
      fact,
      service,
      chain: chainOf(fact, services),
      outcome,
      decidedBy: status,
      outcomeAt: outcome === "not-judged" || !status ? void 0 : Date.parse(status.createdAt),
      createdAt: Date.parse(fact.createdAt)
    };
  }).sort((a, b) => a.createdAt - b.createdAt || a.fact.id - b.fact.id);
}
var Chains = class {
  successes = /* @__PURE__ */ new Map();
  constructor(judged) {
    for (let deployment of judged) {
      if (deployment.outcome !== "success") continue;
      let list = this.successes.get(deployment.chain);
      list ? list.push(deployment) : this.successes.set(deployment.chain, [deployment]);
    }
    for (let list of this.successes.values()) list.sort((a, b) => a.outcomeAt - b.outcomeAt || a.fact.id - b.fact.id);
  }
  successful(chain) {
    return this.successes.get(chain) ?? [];
  }
  /** The last deployment of the chain that succeeded before `deployment` reached its outcome. */
  previousSuccess(deployment) {
    let list = this.successful(deployment.chain), at = deployment.outcomeAt ?? deployment.createdAt, low = 0, high = list.length;
    for (; low < high; ) {
      let middle = low + high >> 1, candidate = list[middle];
      candidate.outcomeAt < at || candidate.outcomeAt === at && candidate.fact.id < deployment.fact.id ? low = middle + 1 : high = middle;
    }
    return low > 0 ? list[low - 1] : void 0;
  }
  /** The first deployment of the chain, other than `except`, that succeeded after `afterMs`. */
  nextSuccess(chain, afterMs, except) {
    let list = this.successful(chain), low = 0, high = list.length;
    for (; low < high; ) {
      let middle = low + high >> 1;
      list[middle].outcomeAt <= afterMs ? low = middle + 1 : high = middle;
    }
    for (let index = low; index < list.length; index += 1) if (list[index].fact.id !== except) return list[index];
  }
}, FIRST_DEPLOYMENT_LOOKBACK_MS = 30 * 864e5;
function changeRequestFor(deployment, chains) {
  let head = deployment.fact.sha, at = deployment.outcomeAt ?? deployment.createdAt, chain = deployment.chain, previous = chains.previousSuccess(deployment);
  if (previous) return { key: `${previous.fact.sha}...${head}`, chain, at, base: previous.fact.sha, head };
  let since = new Date(at - FIRST_DEPLOYMENT_LOOKBACK_MS).toISOString();
  return { key: `${head}@${since}`, chain, at, head, since, until: new Date(at).toISOString() };
}

// src/dora/bands.ts
var BENCHMARKS = ["dora-2024", "dora-2023", "none"];
var below = (limit) => (value) => value < limit, from = (low, high) => (value) => value >= low && value < high, perDay = (low, high) => (value) => value >= low && value <= high, FREQUENCY_2024 = [
  { level: "elite", text: "on demand (several deploys a day)", holds: (value) => value > 1 },
  { level: "high", text: "between once a day and once a week", holds: perDay(0.14285714285714285, 1) },
  { level: "medium", text: "between once a week and once a month", holds: perDay(0.03333333333333333, 0.14285714285714285) },
  { level: "low", text: "between once a month and once every six months", holds: perDay(0.005479452054794521, 0.03333333333333333) }
], LEAD_TIME_2024 = [
  { level: "elite", text: "less than one day", holds: below(24) },
  { level: "high", text: "between one day and one week", holds: from(24, 168) },
  { level: "medium", text: "between one week and one month", holds: from(168, 720) },
  { level: "low", text: "between one month and six months", holds: from(720, 4380) }
], DORA_2024 = {
  name: "dora-2024",
  title: "DORA 2024 (Accelerate State of DevOps Report 2024)",
  deploymentFrequency: FREQUENCY_2024,
  leadTime: LEAD_TIME_2024,
  changeFailureRate: [
    { level: "elite", text: "5%", value: 0.05 },
    { level: "high", text: "20%", value: 0.2 },
    { level: "medium", text: "10%", value: 0.1 },
    { level: "low", text: "40%", value: 0.4 }
  ],
  recoveryTime: [
    { level: "elite", text: "less than one hour", holds: below(1) },
    { level: "high", text: "less than one day", holds: below(24) },
    { level: "medium", text: "less than one day", holds: below(24) },
    { level: "low", text: "between one week and one month", holds: from(168, 720) }
  ]
}, DORA_2023 = {
  name: "dora-2023",
  title: "DORA 2023 (Accelerate State of DevOps Report 2023)",
  deploymentFrequency: [
    FREQUENCY_2024[0],
    FREQUENCY_2024[1],
    FREQUENCY_2024[2],
    { level: "low", text: "between once a week and once a month", holds: perDay(1 / 30, 1 / 7) }
  ],
  leadTime: [
    LEAD_TIME_2024[0],
    LEAD_TIME_2024[1],
    LEAD_TIME_2024[2],
    { level: "low", text: "between one week and one month", holds: from(168, 720) }
  ],
  changeFailureRate: [
    { level: "elite", text: "5%", value: 0.05 },
    { level: "high", text: "10%", value: 0.1 },
    { level: "medium", text: "15%", value: 0.15 },
    { level: "low", text: "64%", value: 0.64 }
  ],
  recoveryTime: [
    { level: "elite", text: "less than one hour", holds: below(1) },
    { level: "high", text: "less than one day", holds: below(24) },
    { level: "medium", text: "between one day and one week", holds: from(24, 168) },
    { level: "low", text: "between one month and six months", holds: from(720, 4380) }
  ]
};
function benchmarkNamed(name) {
  return name === "dora-2023" ? DORA_2023 : DORA_2024;
}
function placeInRange(bands, value) {
  let band = bands.find((candidate) => candidate.holds(value));
  return band ? { level: band.level, band: band.text } : { level: "low", band: "outside every cluster's range" };
}
function placeNearest(bands, value) {
  let best = bands[0];
  for (let band of bands)
    Math.abs(band.value - value) < Math.abs(best.value - value) - 1e-12 && (best = band);
  return { level: best.level, band: `nearest to ${best.text}` };
}

// src/dora/failures.ts
var FAILURE_CAUSES = ["failure-status", "error-status", "rollback", "incident"];
function isRollback(payload) {
  let value = payload["rollback-of"];
  return value != null && value !== "" && value !== !1;
}
function rollbackTarget(payload) {
  let value = payload["rollback-of"];
  if (typeof value == "number" && Number.isSafeInteger(value) && value > 0) return value;
  if (typeof value == "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
}
var DEPLOYMENT_ID = /\bdeployments?(?:[\s_-]*id)?(?:\s*[#:]\s*|\/|\s+)(\d+)\b/gi, SHA = /\b[0-9a-f]{7,40}\b/gi;
function namedInIncident(text) {
  let ids = /* @__PURE__ */ new Set();
  for (let match of text.matchAll(DEPLOYMENT_ID)) ids.add(Number(match[1]));
  let shas = /* @__PURE__ */ new Set();
  for (let match of text.matchAll(SHA)) shas.add(match[0].toLowerCase());
  return { ids, shas };
}
function findFailures(judged, incidents) {
  let byId = new Map(judged.map((deployment) => [deployment.fact.id, deployment])), evidence2 = /* @__PURE__ */ new Map(), entry = (deployment) => {
    let found = evidence2.get(deployment.fact.id);
    return found || (found = { causes: [], rollbacks: [], incidents: [], failedAt: deployment.outcomeAt ?? deployment.createdAt }, evidence2.set(deployment.fact.id, found)), found;
  };
  for (let deployment of judged) {
    if (deployment.outcome !== "failed") continue;
    let found = entry(deployment);
    found.status = deployment.decidedBy, found.causes.push(deployment.decidedBy?.state === "error" ? "error-status" : "failure-status");
  }
  for (let rollback of judged) {
    let target = byId.get(rollbackTarget(rollback.fact.payload) ?? -1);
    !target || target === rollback || target.outcome === "not-judged" || rollback.createdAt < target.createdAt || entry(target).rollbacks.push({ id: rollback.fact.id, createdAt: rollback.fact.createdAt });
  }
  for (let incident of incidents) {
    let { ids, shas } = namedInIncident(incident.text), marked = /* @__PURE__ */ new Set();
    for (let id of ids) {
      let deployment = byId.get(id);
      deployment && deployment.outcome !== "not-judged" && marked.add(deployment);
    }
    if (shas.size > 0) {
      let opened = Date.parse(incident.createdAt), latestPerChain = /* @__PURE__ */ new Map();
      for (let deployment of judged) {
        if (deployment.outcome !== "success" || deployment.outcomeAt > opened) continue;
        let sha = deployment.fact.sha.toLowerCase();
        if (![...shas].some((prefix) => sha.startsWith(prefix))) continue;
        let current = latestPerChain.get(deployment.chain);
        (!current || deployment.outcomeAt >= current.outcomeAt) && latestPerChain.set(deployment.chain, deployment);
      }
      for (let deployment of latestPerChain.values()) marked.add(deployment);
    }
    for (let deployment of marked)
      entry(deployment).incidents.push({ number: incident.number, title: incident.title, url: incident.url, createdAt: incident.createdAt });
  }
  for (let found of evidence2.values())
    found.rollbacks.length > 0 && found.causes.push("rollback"), found.incidents.length > 0 && found.causes.push("incident");
  return evidence2;
}

// src/dora/lead-time.ts
function commitLeads(commits, succeededAt, pullsByMergeCommit, since) {
  let floor = since === void 0 ? Number.NEGATIVE_INFINITY : Date.parse(since), leads = [];
  for (let commit of commits) {
    let authored = Date.parse(commit.authoredAt);
    if (authored < floor || Number.isNaN(authored)) continue;
    let startedAt = commit.authoredAt, squashOf, pull = pullsByMergeCommit.get(commit.sha);
    pull && commit.parents.length === 1 && pull.firstCommitAuthoredAt !== void 0 && Date.parse(pull.firstCommitAuthoredAt) < authored && (startedAt = pull.firstCommitAuthoredAt, squashOf = pull.number);
    let hours = Math.max(0, (succeededAt - Date.parse(startedAt)) / 36e5);
    leads.push({ sha: commit.sha, authoredAt: commit.authoredAt, startedAt, hours, ...squashOf !== void 0 ? { squashOf } : {} });
  }
  return leads;
}

// src/dora/median.ts
function median(values) {
  if (values.length === 0) return;
  let sorted = Float64Array.from(values).sort(), middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

// src/dora/metrics.ts
var HOUR_MS = 3600 * 1e3, METRICS = ["deploymentFrequency", "leadTimeHours", "changeFailureRate", "recoveryTimeHours", "reworkRate"], HIGHER_IS_BETTER = {
  deploymentFrequency: !0,
  leadTimeHours: !1,
  changeFailureRate: !1,
  recoveryTimeHours: !1,
  reworkRate: !1
}, figure = (value, n, place) => value === null || !place ? { value, n, level: null, band: null } : { value, n, ...place(value) }, isFailed = (analysis) => analysis.failure !== void 0 && analysis.judged.outcome !== "not-judged";
function windowFigures(analyses, window, benchmark) {
  let judged = analyses.filter((a) => a.judged.outcome !== "not-judged"), successful = judged.filter((a) => a.judged.outcome === "success"), failed = judged.filter(isFailed), unplanned = judged.filter((a) => a.unplanned !== void 0), leads = successful.flatMap((a) => a.leads), recoveries = failed.map((a) => a.recovery).filter((r) => r?.hours !== void 0), frequency = judged.length === 0 ? null : successful.length / window.days, lead = median(leads.map((l) => l.hours)) ?? null, failureRate = judged.length === 0 ? null : failed.length / judged.length, recovery = median(recoveries.map((r) => r.hours)) ?? null, rework = judged.length === 0 ? null : unplanned.length / judged.length;
  return {
    deploymentFrequency: figure(frequency, successful.length, benchmark && ((v) => placeInRange(benchmark.deploymentFrequency, v))),
    leadTimeHours: figure(lead, leads.length, benchmark && ((v) => placeInRange(benchmark.leadTime, v))),
    changeFailureRate: figure(failureRate, judged.length, benchmark && ((v) => placeNearest(benchmark.changeFailureRate, v))),
    recoveryTimeHours: figure(recovery, recoveries.length, benchmark && ((v) => placeInRange(benchmark.recoveryTime, v))),
    // Rework rate has no clusters in any DORA report.
    reworkRate: figure(rework, judged.length),
    counts: {
      deployments: analyses.length,
      judged: judged.length,
      successful: successful.length,
      failed: failed.length,
      notJudged: analyses.length - judged.length,
      unplanned: unplanned.length,
      commits: leads.length,
      squashMerges: leads.filter((l) => l.squashOf !== void 0).length,
      recovered: recoveries.length,
      unrecovered: failed.length - recoveries.length,
      changesUnknown: successful.filter((a) => !a.changesKnown).length
    }
  };
}
function changeOf(metric, current, previous) {
  if (!previous || current.value === null || previous.value === null) return null;
  let delta = current.value - previous.value, relative = previous.value === 0 ? null : delta / previous.value, direction = Math.abs(delta) <= Math.max(1e-9, Math.abs(previous.value) * 1e-3) ? "same" : delta > 0 === HIGHER_IS_BETTER[metric] ? "better" : "worse";
  return { delta, relative, direction };
}
var hoursBetween = (from2, to) => (to - from2) / HOUR_MS;
function failureCauseCounts(analyses, order) {
  let counts = Object.fromEntries(order.map((cause) => [cause, 0]));
  for (let analysis of analyses) {
    if (!isFailed(analysis)) continue;
    let main2 = order.find((cause) => analysis.failure.causes.includes(cause));
    main2 && (counts[main2] += 1);
  }
  return counts;
}

// src/dora/rework.ts
var HOTFIX_LABEL = "hotfix", isRevert = (commit) => commit.message.startsWith('Revert "');
function hotfixCommits(commits, pullsByMergeCommit) {
  let bySha = new Map(commits.map((commit) => [commit.sha, commit])), hotfix = /* @__PURE__ */ new Set();
  for (let commit of commits) {
    let pull = pullsByMergeCommit.get(commit.sha);
    if (!pull || !pull.labels.some((label) => label.toLowerCase() === HOTFIX_LABEL)) continue;
    hotfix.add(commit.sha);
    let stack = commit.parents.slice(1);
    for (; stack.length > 0; ) {
      let sha = stack.pop(), inner = bySha.get(sha);
      !inner || hotfix.has(sha) || (hotfix.add(sha), stack.push(...inner.parents));
    }
  }
  return hotfix;
}
function unplannedReason(payload, commits, pullsByMergeCommit) {
  if (isRollback(payload)) return "rollback";
  let own = (commits ?? []).filter((commit) => commit.parents.length <= 1);
  if (own.length === 0) return;
  let hotfix = hotfixCommits(commits, pullsByMergeCommit), reverts = 0, hotfixes = 0;
  for (let commit of own)
    if (hotfix.has(commit.sha)) hotfixes += 1;
    else if (isRevert(commit)) reverts += 1;
    else return;
  return reverts > 0 && hotfixes > 0 ? "reverts-and-hotfix" : reverts > 0 ? "reverts" : "hotfix";
}

// src/dora/report.ts
var REPORT_SCHEMA = "stopline-dora/v1", windowJson = (window) => ({ start: window.start.toISOString(), end: window.end.toISOString(), days: window.days });
function windowsOf(settings) {
  let { current, previous } = reportWindows(settings.now, settings.windowMs);
  return { current, previous: settings.compare ? previous : void 0 };
}
function reportStart(settings) {
  let { current, previous } = windowsOf(settings);
  return (previous ?? current).start;
}
function inReport(judged, settings) {
  let { current, previous } = windowsOf(settings);
  return judged.filter((d) => inWindow(d.fact.createdAt, current) || previous !== void 0 && inWindow(d.fact.createdAt, previous));
}
function plannedChanges(deployments, settings) {
  let judged = judgeDeployments(deployments, settings.services), chains = new Chains(judged), requests = /* @__PURE__ */ new Map();
  for (let deployment of inReport(judged, settings)) {
    if (deployment.outcome === "not-judged") continue;
    let request = changeRequestFor(deployment, chains);
    requests.set(request.key, request);
  }
  return [...requests.values()];
}
function buildReport(settings, facts) {
  let benchmark = settings.benchmark === "none" ? void 0 : benchmarkNamed(settings.benchmark), { current, previous } = windowsOf(settings), judged = judgeDeployments(facts.deployments, settings.services), chains = new Chains(judged), failures = findFailures(judged, facts.incidents), pullsByMergeCommit = new Map(facts.pullRequests.map((pull) => [pull.mergeCommitSha, pull])), analyses = /* @__PURE__ */ new Map();
  for (let deployment of inReport(judged, settings)) {
    let judgedOutcome = deployment.outcome !== "not-judged", request = judgedOutcome ? changeRequestFor(deployment, chains) : void 0, commits = request ? request.base === request.head ? [] : facts.changes.get(request.key) : void 0, failure = judgedOutcome ? failures.get(deployment.fact.id) : void 0, recovery;
    if (failure) {
      let next = chains.nextSuccess(deployment.chain, failure.failedAt, deployment.fact.id);
      recovery = next ? { failedAt: failure.failedAt, recoveredAt: next.outcomeAt, recoveredBy: next.fact.id, hours: hoursBetween(failure.failedAt, next.outcomeAt) } : { failedAt: failure.failedAt };
    }
    let analysis = {
      judged: deployment,
      leads: deployment.outcome === "success" && commits ? commitLeads(commits, deployment.outcomeAt, pullsByMergeCommit, request?.since) : [],
      changesKnown: commits !== void 0,
      failure,
      recovery,
      unplanned: judgedOutcome ? unplannedReason(deployment.fact.payload, commits, pullsByMergeCommit) : void 0
    };
    analyses.set(deployment.fact.id, { analysis, request });
  }
  let all = [...analyses.values()].map((entry) => entry.analysis), created = (window, service) => window === void 0 ? void 0 : all.filter((a) => inWindow(a.judged.fact.createdAt, window) && (service === void 0 || a.judged.service === service)), figures = (service) => {
    let now = windowFigures(created(current, service), current, benchmark), before = previous ? windowFigures(created(previous, service), previous, benchmark) : void 0;
    return { ...Object.fromEntries(
      METRICS.map((metric) => [metric, { ...now[metric], previous: before?.[metric] ?? null, change: changeOf(metric, now[metric], before?.[metric]) }])
    ), counts: now.counts, previousCounts: before?.counts ?? null };
  }, inCurrent = created(current), weekly = weeksOf(current).map((week) => {
    let ofWeek = inCurrent.filter((a) => inWindow(a.judged.fact.createdAt, week)), leads = ofWeek.filter((a) => a.judged.outcome === "success").flatMap((a) => a.leads);
    return {
      start: week.start.toISOString(),
      end: week.end.toISOString(),
      successful: ofWeek.filter((a) => a.judged.outcome === "success").length,
      failed: ofWeek.filter(isFailed).length,
      commits: leads.length,
      leadTimeHours: median(leads.map((l) => l.hours)) ?? null
    };
  }), services = serviceNames(settings.services, all.map((a) => a.judged.service ?? ""));
  return {
    schema: REPORT_SCHEMA,
    repository: settings.repository,
    environments: environmentsToRead(settings.services, settings.environment),
    generatedAt: settings.now.toISOString(),
    benchmark: benchmark ? { name: benchmark.name, title: benchmark.title } : null,
    incidentLabel: settings.incidentLabel,
    hotfixLabel: HOTFIX_LABEL,
    window: windowJson(current),
    previousWindow: previous ? windowJson(previous) : null,
    metrics: figures(),
    services: services.map((name) => ({ name, metrics: figures(name) })),
    weekly,
    failureCauses: failureCauseCounts(inCurrent, FAILURE_CAUSES),
    deployments: [...analyses.values()].map(({ analysis, request }) => deploymentJson(analysis, request, inWindow(analysis.judged.fact.createdAt, current) ? "current" : "previous")).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
  };
}
var iso = (ms) => ms === void 0 ? null : new Date(ms).toISOString();
function deploymentJson(analysis, request, window) {
  let { judged, failure, recovery } = analysis, status = failure?.status;
  return {
    id: judged.fact.id,
    environment: judged.fact.environment,
    service: judged.service ?? null,
    sha: judged.fact.sha,
    createdAt: judged.fact.createdAt,
    window,
    outcome: judged.outcome,
    status: judged.decidedBy?.state ?? null,
    outcomeAt: iso(judged.outcomeAt),
    failed: isFailed(analysis),
    causes: failure?.causes ?? [],
    evidence: {
      status: status ? { state: status.state, createdAt: status.createdAt, description: status.description ?? null, logUrl: status.logUrl ?? null } : null,
      rollbacks: failure?.rollbacks ?? [],
      incidents: failure?.incidents ?? []
    },
    recovery: recovery ? { failedAt: iso(recovery.failedAt), recoveredAt: iso(recovery.recoveredAt), recoveredBy: recovery.recoveredBy ?? null, hours: recovery.hours ?? null } : null,
    unplanned: analysis.unplanned ?? null,
    changes: request ? { base: request.base ?? null, since: request.since ?? null, known: analysis.changesKnown, commits: analysis.leads } : null,
    leadTimeHours: median(analysis.leads.map((l) => l.hours)) ?? null
  };
}

// src/dora/spans.ts
function planSpans(requests, size) {
  let apart = [], byChain = /* @__PURE__ */ new Map();
  for (let request of requests) {
    if (request.base === request.head) continue;
    if (request.base === void 0) {
      apart.push(request);
      continue;
    }
    let list = byChain.get(request.chain);
    list ? list.push(request) : byChain.set(request.chain, [request]);
  }
  let spans = [], step = Math.max(1, Math.floor(size));
  for (let list of byChain.values()) {
    list.sort((a, b) => a.at - b.at);
    for (let start = 0; start < list.length; start += step) {
      let group = list.slice(start, start + step);
      spans.push({ base: group[0].base, head: group[group.length - 1].head, requests: group });
    }
  }
  return { spans, apart };
}
function answerFromSpan(span, commits) {
  let inSpan = new Map(commits.map((commit) => [commit.sha, commit])), closures = /* @__PURE__ */ new Map(), closure = (sha) => {
    let seen = /* @__PURE__ */ new Set(), rooted = sha === span.base, stack = inSpan.has(sha) ? [sha] : [];
    for (; stack.length > 0; ) {
      let current = stack.pop();
      if (!seen.has(current)) {
        seen.add(current);
        for (let parent of inSpan.get(current).parents)
          parent === span.base ? rooted = !0 : inSpan.has(parent) && !seen.has(parent) && stack.push(parent);
      }
    }
    return closures.set(sha, seen), { commits: seen, rooted };
  }, answered = /* @__PURE__ */ new Map(), unanswered = [];
  for (let request of span.requests) {
    if (request.base === span.base && request.head === span.head) {
      answered.set(request.key, commits);
      continue;
    }
    let headKnown = request.head === span.base || inSpan.has(request.head), base = request.base, baseSide = base === span.base ? { commits: /* @__PURE__ */ new Set(), rooted: !0 } : inSpan.has(base) ? closure(base) : void 0;
    if (!headKnown || !baseSide?.rooted) {
      unanswered.push(request);
      continue;
    }
    let headSide = request.head === span.base ? /* @__PURE__ */ new Set() : closures.get(request.head) ?? closure(request.head).commits;
    answered.set(request.key, commits.filter((commit) => headSide.has(commit.sha) && !baseSide.commits.has(commit.sha)));
  }
  return { answered, unanswered };
}

// src/dora/github/in-parallel.ts
async function inParallel(items, concurrency, task) {
  let results = new Array(items.length), next = 0, failure, worker = async () => {
    for (; !failure && next < items.length; ) {
      let index = next++;
      try {
        results[index] = await task(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  if (await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker)), failure) throw failure.error;
  return results;
}

// src/dora/github/changes.ts
var PER_PAGE = 100, PROBE_SPAN = 20, COMMITS_PER_SPAN = 90, MAX_SPAN = 100;
function toCommit(commit) {
  let authoredAt = commit.commit.author?.date ?? commit.commit.committer?.date;
  if (!authoredAt) return;
  let committedAt = commit.commit.committer?.date;
  return { sha: commit.sha, authoredAt, ...committedAt ? { committedAt } : {}, message: commit.commit.message, parents: commit.parents.map((p) => p.sha) };
}
var commitsOf = (list) => list.map(toCommit).filter((c) => c !== void 0);
async function compare(client, read, base, head) {
  let basehead = `${base}...${head}`, page = async (number2) => {
    read.counts.commits += 1;
    let { data } = await client.rest.repos.compareCommitsWithBasehead({ ...read.at, basehead, per_page: PER_PAGE, page: number2 });
    return data;
  }, first = await page(1), commits = [...first.commits], pages = Math.ceil(first.total_commits / PER_PAGE);
  for (let number2 = 2; number2 <= pages; number2 += 1) commits.push(...(await page(number2)).commits);
  return commitsOf(commits);
}
async function recentCommits(client, read, head, since) {
  let list = await client.paginate(client.rest.repos.listCommits, { ...read.at, sha: head, since, per_page: PER_PAGE }, (response) => (read.counts.commits += 1, response.data));
  return commitsOf(list);
}
var unreadable = (error) => httpStatus(error) === 404 || httpStatus(error) === 422;
async function readChanges(client, requests, read) {
  let changes = /* @__PURE__ */ new Map(), concurrency = read.concurrency ?? 8, leftover = [], alone = async (request) => {
    try {
      changes.set(request.key, request.base ? await compare(client, read, request.base, request.head) : await recentCommits(client, read, request.head, request.since));
    } catch (error) {
      if (!unreadable(error)) throw error;
      read.logger.warning(`Could not read the commits between ${request.base ?? "the 30 days before"} and ${request.head} (${httpStatus(error)}); that deployment's lead time is left out.`);
    }
  }, together = async (span) => {
    if (span.requests.length === 1)
      return await alone(span.requests[0]), changes.get(span.requests[0].key)?.length ?? 0;
    let commits;
    try {
      commits = await compare(client, read, span.base, span.head);
    } catch (error) {
      if (!unreadable(error)) throw error;
      return leftover.push(...span.requests), 0;
    }
    let { answered, unanswered } = answerFromSpan(span, commits);
    for (let [key, list] of answered) changes.set(key, list);
    return leftover.push(...unanswered), commits.length;
  }, pending = requests, size = read.spanSize ?? PROBE_SPAN, first = planSpans(pending, size);
  leftover.push(...first.apart);
  let spans = first.spans;
  if (read.spanSize === void 0 && spans.length > 1) {
    let probe = spans[0], commits = await together(probe);
    size = Math.max(1, Math.min(MAX_SPAN, Math.floor(COMMITS_PER_SPAN / Math.max(commits / probe.requests.length, COMMITS_PER_SPAN / MAX_SPAN))));
    let probed = new Set(probe.requests);
    pending = spans.slice(1).flatMap((span) => span.requests).filter((request) => !probed.has(request)), spans = planSpans(pending, size).spans;
  }
  return await inParallel(spans, concurrency, together), leftover.length > 0 && read.logger.debug(`${leftover.length} deployment range(s) read on their own (first deployments, rollbacks, other branches)`), await inParallel(leftover, concurrency, alone), changes;
}

// src/dora/github/queries.ts
var DEPLOYMENTS_QUERY = `query StoplineDoraDeployments($owner: String!, $name: String!, $environments: [String!], $after: String) {
  repository(owner: $owner, name: $name) {
    deployments(environments: $environments, orderBy: {field: CREATED_AT, direction: DESC}, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        databaseId
        createdAt
        environment
        commitOid
        payload
        statuses(first: 100) {
          pageInfo { hasNextPage }
          nodes { state createdAt description logUrl }
        }
      }
    }
  }
}`, PULL_REQUESTS_QUERY = `query StoplineDoraPullRequests($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: [MERGED], orderBy: {field: UPDATED_AT, direction: DESC}, first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number
        title
        url
        updatedAt
        mergedAt
        mergeCommit { oid }
        labels(first: 20) { nodes { name } }
        commits(first: 1) { nodes { commit { authoredDate } } }
      }
    }
  }
}`;

// src/dora/github/deployments.ts
var STATES = /* @__PURE__ */ new Set(["success", "failure", "error", "inactive", "pending", "queued", "in_progress", "waiting"]);
function parsePayload(text) {
  let value = text ?? null;
  for (let depth = 0; depth < 2 && typeof value == "string"; depth += 1)
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  return value !== null && typeof value == "object" && !Array.isArray(value) ? value : {};
}
function toStatus(node) {
  let state = node.state.toLowerCase();
  if (!STATES.has(state)) return;
  let logUrl = node.logUrl ?? node.log_url ?? void 0;
  return { state, createdAt: node.createdAt, ...node.description ? { description: node.description } : {}, ...logUrl ? { logUrl } : {} };
}
var byTime = (statuses) => statuses.map((status, index) => ({ status, index })).sort((a, b) => Date.parse(a.status.createdAt) - Date.parse(b.status.createdAt) || a.index - b.index).map((e) => e.status);
async function allStatuses(client, read, id) {
  return (await client.paginate(
    "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    { owner: read.at.owner, repo: read.at.repo, deployment_id: id, per_page: 100 },
    (response) => (read.counts.deployments += 1, response.data)
  )).map((s) => toStatus({ state: s.state, createdAt: s.created_at, description: s.description, log_url: s.log_url ?? null })).filter((s) => s !== void 0).reverse();
}
async function readDeployments(client, read) {
  let lookBack = read.lookBack ?? 1e3, since = read.since.getTime(), facts = [], chainsInReport = /* @__PURE__ */ new Set(), chainsWithBase = /* @__PURE__ */ new Set(), older = 0, after = null;
  for (; ; ) {
    let answer;
    try {
      answer = await client.graphql(DEPLOYMENTS_QUERY, { owner: read.at.owner, name: read.at.repo, environments: read.environments, after });
    } catch (error) {
      throw explainGraphqlError(error, `list the deployments of ${read.at.owner}/${read.at.repo}`, "`deployments: read`");
    }
    read.counts.deployments += 1;
    let connection = answer.repository?.deployments;
    if (!connection) break;
    let crossed = !1;
    for (let node of connection.nodes ?? []) {
      let fact = await toFact(client, read, node);
      if (!fact) continue;
      facts.push(fact);
      let chain = read.chainOf(fact);
      Date.parse(fact.createdAt) >= since ? chainsInReport.add(chain) : (crossed = !0, older += 1, outcomeOf(fact).outcome === "success" && chainsWithBase.add(chain));
    }
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    if (crossed) {
      let missing = [...chainsInReport].filter((chain) => !chainsWithBase.has(chain));
      if (missing.length === 0) break;
      if (older >= lookBack) {
        read.logger.info(
          `No successful deployment found in the ${older} deployments before the report's start for ${missing.length} environment(s)/service(s); their first deployment's lead time counts the 30 days before it.`
        );
        break;
      }
    }
    after = connection.pageInfo.endCursor;
  }
  return facts;
}
async function toFact(client, read, node) {
  if (!node || typeof node.databaseId != "number") return;
  let statuses = (node.statuses?.nodes ?? []).filter((s) => s !== null).map(toStatus).filter((s) => s !== void 0);
  return node.statuses?.pageInfo.hasNextPage && (statuses = await allStatuses(client, read, node.databaseId)), {
    id: node.databaseId,
    environment: node.environment ?? read.environments[0] ?? "",
    sha: node.commitOid,
    createdAt: node.createdAt,
    payload: parsePayload(node.payload),
    statuses: byTime(statuses)
  };
}

// src/dora/github/incidents.ts
async function readIncidents(client, read) {
  return (await client.paginate(
    client.rest.issues.listForRepo,
    { ...read.at, labels: read.label, state: "all", since: read.since.toISOString(), per_page: 100 },
    (response) => (read.counts.incidents += 1, response.data)
  )).filter((issue) => !issue.pull_request).map((issue) => ({ number: issue.number, title: issue.title, url: issue.html_url, createdAt: issue.created_at, text: `${issue.title}
${issue.body ?? ""}` }));
}

// src/dora/github/pull-requests.ts
var SLACK_MS = 1440 * 60 * 1e3;
async function readMergedPullRequests(client, read) {
  let stopBefore = read.mergedSince.getTime() - SLACK_MS, pulls = [], after = null;
  for (; ; ) {
    let answer;
    try {
      answer = await client.graphql(PULL_REQUESTS_QUERY, { owner: read.at.owner, name: read.at.repo, after });
    } catch (error) {
      throw explainGraphqlError(error, `list the merged pull requests of ${read.at.owner}/${read.at.repo}`, "`pull-requests: read`");
    }
    read.counts.pullRequests += 1;
    let connection = answer.repository?.pullRequests;
    if (!connection) break;
    let older = !1;
    for (let node of connection.nodes ?? []) {
      if (!node || (Date.parse(node.updatedAt) < stopBefore && (older = !0), !node.mergedAt || !node.mergeCommit)) continue;
      let first = node.commits.nodes?.find((c) => c !== null)?.commit.authoredDate;
      pulls.push({
        number: node.number,
        title: node.title,
        url: node.url,
        mergedAt: node.mergedAt,
        mergeCommitSha: node.mergeCommit.oid,
        labels: (node.labels?.nodes ?? []).filter((l) => l !== null).map((l) => l.name),
        ...first ? { firstCommitAuthoredAt: first } : {}
      });
    }
    if (older || !connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return pulls;
}

// src/dora/github/request-counts.ts
var noRequests = () => ({ deployments: 0, commits: 0, pullRequests: 0, incidents: 0 }), totalRequests = (counts) => counts.deployments + counts.commits + counts.pullRequests + counts.incidents;

// src/dora/github/collect.ts
async function collectFacts(client, options) {
  let { at, settings, logger } = options, counts = noRequests(), since = reportStart(settings), environments = environmentsToRead(settings.services, settings.environment), deployments = await readDeployments(client, {
    at,
    environments,
    since,
    chainOf: (fact) => chainOf(fact, settings.services),
    ...options.lookBack !== void 0 ? { lookBack: options.lookBack } : {},
    logger,
    counts
  });
  logger.info(`Read ${deployments.length} deployments to ${environments.join(", ")} in ${counts.deployments} request(s)`);
  let requests = plannedChanges(deployments, settings), changes = await readChanges(client, requests, {
    at,
    logger,
    counts,
    ...options.concurrency !== void 0 ? { concurrency: options.concurrency } : {},
    ...options.spanSize !== void 0 ? { spanSize: options.spanSize } : {}
  }), incidents = await readIncidents(client, { at, label: settings.incidentLabel, since, counts });
  logger.info(`Read the commits of ${requests.length} deployment range(s) in ${counts.commits} request(s), and ${incidents.length} incident issue(s)`);
  let oldest = Number.POSITIVE_INFINITY;
  for (let commits of changes.values())
    for (let commit of commits) oldest = Math.min(oldest, Date.parse(commit.committedAt ?? commit.authoredAt));
  let pullRequests = [];
  return Number.isFinite(oldest) && (pullRequests = await readMergedPullRequests(client, { at, mergedSince: new Date(oldest), counts }), logger.info(`Read ${pullRequests.length} merged pull request(s) in ${counts.pullRequests} request(s)`)), { facts: { deployments, changes, pullRequests, incidents }, counts };
}

// src/actions/dora-report/format.ts
var HOUR_MS2 = 3600 * 1e3, METRIC_TITLES = {
  deploymentFrequency: "Deployment frequency",
  leadTimeHours: "Lead time for changes",
  changeFailureRate: "Change failure rate",
  recoveryTimeHours: "Failed deployment recovery time",
  reworkRate: "Rework rate"
}, formatHours = (hours) => hours === 0 ? "0m" : formatDuration(hours * HOUR_MS2), formatRate = (rate) => `${(rate * 100).toFixed(1).replace(/\.0$/, "")}%`;
function formatFrequency(perDay2) {
  let day = `${perDay2 >= 10 ? perDay2.toFixed(1) : perDay2.toFixed(2)} / day`;
  return perDay2 > 0 && perDay2 < 1 ? `${day} (${(perDay2 * 7).toFixed(1)} / week)` : day;
}
function formatValue(metric, value) {
  switch (metric) {
    case "deploymentFrequency":
      return formatFrequency(value);
    case "leadTimeHours":
    case "recoveryTimeHours":
      return formatHours(value);
    default:
      return formatRate(value);
  }
}
var LEVEL_MARK = { elite: "\u{1F7E2} elite", high: "\u{1F535} high", medium: "\u{1F7E1} medium", low: "\u{1F534} low" }, formatLevel = (level) => level === null ? "\u2014" : LEVEL_MARK[level];
function formatChange(metric, change, previous) {
  if (!previous) return "\u2014";
  if (previous.value === null) return "no data before";
  let was = metric === "deploymentFrequency" ? formatFrequency(previous.value).replace(/ \(.*\)$/, "") : formatValue(metric, previous.value);
  if (!change) return `was ${was}`;
  if (change.direction === "same") return `no change (was ${was})`;
  let sign = change.delta > 0 ? "+" : "\u2212", size = Math.abs(change.delta), delta;
  return metric === "deploymentFrequency" ? delta = `${sign}${size.toFixed(2)} / day` : metric === "leadTimeHours" || metric === "recoveryTimeHours" ? delta = `${sign}${formatHours(size)}` : delta = `${sign}${(size * 100).toFixed(1)} pts`, `${change.delta > 0 ? "\u25B2" : "\u25BC"} ${delta} (${change.direction}; was ${was})`;
}
function outputValue(metric, value) {
  if (value === null) return "";
  let places = metric === "deploymentFrequency" ? 3 : metric === "leadTimeHours" || metric === "recoveryTimeHours" ? 2 : 4;
  return String(Number(value.toFixed(places)));
}

// src/actions/dora-report/io.ts
var inputs = {
  environment: "environment",
  window: "window",
  compare: "compare",
  incidentLabel: "incident-label",
  benchmark: "benchmark",
  services: "services",
  output: "output",
  token: "token"
}, outputs = {
  deploymentFrequency: "deployment-frequency",
  leadTimeHours: "lead-time-hours",
  changeFailureRate: "change-failure-rate",
  recoveryTimeHours: "recovery-time-hours",
  reworkRate: "rework-rate",
  deployments: "deployments",
  report: "report"
};

// src/dora/definitions.ts
var DEFINITIONS = [
  {
    term: "Deployments",
    text: "GitHub deployments to the environment created inside the window. A deployment's outcome is its latest status other than `inactive` (GitHub adds `inactive` to a deployment when a newer one succeeds): `success` \u2192 successful; `failure` or `error` \u2192 failed; anything else (`queued`, `pending`, `in_progress`, `waiting`, or no status) \u2192 not judged. Judged deployments are the successful and failed ones."
  },
  {
    term: "Deployment frequency",
    text: "Successful deployments \xF7 days in the window. No judged deployment in the window: no data."
  },
  {
    term: "Lead time for changes",
    text: "For each successful deployment, the commits it newly brought to the environment: compare from the previous successful deployment's commit (in the same environment and service, ordered by success time) to its own. Per commit, the time from its author date to the deployment's success status; the figure is the median over all such commits. For a first deployment with no earlier successful one, only commits authored in the 30 days before it count. A squash-merged pull request (a merged pull request's merge commit with one parent, when the pull request's first commit is older) counts from the pull request's first commit's author date; a rebase merge's last commit is treated the same way. A commit dated after its deployment counts as 0."
  },
  {
    term: "Change failure rate",
    text: "Failed deployments \xF7 judged deployments. A successful deployment also counts as failed when a later deployment's payload names its id in `rollback-of` (a number or a string of digits), or when an issue with the incident label names its deployment id (`deployment 123`, `deployment #123`, `deployment id: 123`, `deployments/123`) or its commit (7 to 40 hex characters of the sha). An incident naming a commit marks the latest deployment of that commit that had succeeded when the issue was opened."
  },
  {
    term: "Failed deployment recovery time",
    text: "For each failed deployment, from its failure (its `failure` or `error` status; for a successful deployment counted as failed, its success status) to the success of the next successful deployment in the same environment and service; the median. Failed deployments that no successful deployment has followed yet are counted as not recovered and left out of the median."
  },
  {
    term: "Rework rate",
    text: 'Unplanned judged deployments \xF7 judged deployments. A deployment is unplanned when it is a rollback (its payload has `rollback-of`), or when it newly brought commits and every one of them, merge commits aside, is a revert (message starting `Revert "`) or comes from a pull request labelled `hotfix` (its squash or rebase merge commit, or a commit its merge commit brought in).'
  },
  {
    term: "Levels",
    text: "Each metric is placed in the chosen benchmark's table (DORA 2024 by default; DORA 2023; or none): in the best level whose range holds it, and low when no range does (the tables overlap and leave gaps). Change failure rate, which the clusters give as one typical value each and which does not rise from elite to low, is placed in the cluster whose value is nearest. Rework rate has no levels. Every figure shows its sample size."
  },
  {
    term: "Previous window",
    text: "The window of the same length just before this one, judged by the same rules; the change is this window's figure minus the previous one's."
  }
];

// src/actions/dora-report/mermaid.ts
var number = (value) => String(Math.round(value * 100) / 100);
function xyChart(chart) {
  let values = [...chart.bars ?? [], ...chart.lines ?? []], top = Math.max(1, ...values);
  return xyChartBlock({
    title: chart.title,
    categories: chart.categories,
    yLabel: chart.yLabel,
    yMin: 0,
    yMax: Math.ceil(top * 1.1 * 100) / 100,
    ...chart.bars ? { bars: chart.bars } : {},
    ...chart.lines ? { lines: [chart.lines] } : {},
    format: number
  });
}
function pieChart(title, slices) {
  return pieChartBlock(title, slices, number);
}

// src/actions/dora-report/render-summary.ts
var FAILED_ROWS = 100, CAUSE_TITLES = {
  "failure-status": "failure status",
  "error-status": "error status",
  rollback: "rolled back",
  incident: "incident"
}, windowWords = (days) => Number.isInteger(days) ? `${days} days` : formatDuration(days * 24 * 36e5);
function sampleSize(metric, figures) {
  let c = figures.counts;
  switch (metric) {
    case "deploymentFrequency":
      return `${c.successful} successful of ${c.judged} judged`;
    case "leadTimeHours":
      return plural(c.commits, "commit");
    case "changeFailureRate":
      return `${c.failed} failed of ${c.judged} judged`;
    case "recoveryTimeHours":
      return c.unrecovered > 0 ? `${c.recovered} recovered, ${c.unrecovered} not yet` : `${c.recovered} recovered`;
    default:
      return `${c.unplanned} unplanned of ${c.judged} judged`;
  }
}
function headline(report, figures) {
  let comparing = report.previousWindow !== null, headers = ["metric", "value", "level", ...comparing ? [`vs previous ${windowWords(report.window.days)}`] : [], "n"], rows = METRICS.map((metric) => {
    let figure2 = figures[metric], value = figure2.value === null ? "no data" : formatValue(metric, figure2.value) + (metric === "leadTimeHours" || metric === "recoveryTimeHours" ? " (median)" : ""), level = metric === "reworkRate" ? "\u2014 (no levels)" : report.benchmark === null ? "\u2014" : formatLevel(figure2.level);
    return [METRIC_TITLES[metric], value, level, ...comparing ? [formatChange(metric, figure2.change, figure2.previous)] : [], sampleSize(metric, figures)];
  });
  return table(headers, rows);
}
function notes(report) {
  let c = report.metrics.counts, out = [];
  return report.benchmark && out.push(
    `Levels: ${report.benchmark.title}. Change failure rate is placed in the cluster whose typical rate is nearest, because DORA's clusters do not rise in order of it; a figure outside every range is low.`
  ), c.squashMerges > 0 && out.push(`${c.squashMerges} of ${c.commits} commits are squash merges: their lead time starts at the pull request's first commit.`), c.notJudged > 0 && out.push(`${plural(c.notJudged, "deployment")} had no final status yet (queued, pending or in progress) and ${c.notJudged === 1 ? "is" : "are"} not judged.`), c.changesUnknown > 0 && out.push(`The commits of ${plural(c.changesUnknown, "successful deployment")} could not be read (see the log); their lead time is left out.`), c.successful > 0 && c.commits === 0 && c.changesUnknown === 0 && out.push("The successful deployments brought no new commits (redeployments of the same commit), so lead time has no data."), out;
}
function charts(report) {
  let weeks = report.weekly, day = (iso2) => iso2.slice(5, 10), parts = [
    xyChart({
      title: "Deployments per week (bars: successful, line: failed)",
      categories: weeks.map((w) => day(w.start)),
      yLabel: "deployments",
      bars: weeks.map((w) => w.successful),
      lines: weeks.map((w) => w.failed)
    })
  ], withLead = weeks.filter((w) => w.leadTimeHours !== null);
  withLead.length > 0 && parts.push(
    xyChart({
      title: "Lead time per week (median hours; weeks without new commits left out)",
      categories: withLead.map((w) => day(w.start)),
      yLabel: "hours",
      bars: withLead.map((w) => w.leadTimeHours)
    })
  );
  let slices = Object.entries(report.failureCauses).filter(([, n]) => n > 0).map(([cause, n]) => ({ label: CAUSE_TITLES[cause], value: n }));
  return parts.push(slices.length > 0 ? pieChart("Failed deployments by main cause", slices) : "No failed deployments in this window."), parts;
}
function serviceTable(report) {
  let cell = (figures, metric) => {
    let figure2 = figures[metric];
    if (figure2.value === null) return "no data";
    let level = metric === "reworkRate" || figure2.level === null ? "" : ` (${figure2.level})`;
    return `${formatValue(metric, figure2.value)}${level}`;
  };
  return table(
    ["service", ...METRICS.map((m) => METRIC_TITLES[m]), "judged"],
    report.services.map((service) => [escapeMarkdown(service.name), ...METRICS.map((m) => cell(service.metrics, m)), String(service.metrics.counts.judged)])
  );
}
function evidence(deployment) {
  let parts = [], status = deployment.evidence.status;
  if (status) {
    let what = `status ${code(status.state)} at ${formatTimestamp(status.createdAt)}`, description = status.description ? `: ${escapeMarkdown(status.description)}` : "";
    parts.push(`${what}${description}${status.logUrl ? ` (${link("log", status.logUrl)})` : ""}`);
  }
  for (let rollback of deployment.evidence.rollbacks) parts.push(`rolled back by deployment ${rollback.id} at ${formatTimestamp(rollback.createdAt)}`);
  for (let incident of deployment.evidence.incidents) parts.push(`incident ${link(`#${incident.number} ${incident.title}`, incident.url)}`);
  return parts.join("<br>");
}
function failedTable(report, serverUrl) {
  let failed = report.deployments.filter((d) => d.window === "current" && d.failed), rows = failed.slice(0, FAILED_ROWS).map((d) => [
    `${d.id}${d.service ? ` (${escapeMarkdown(d.service)})` : ""}`,
    formatTimestamp(d.createdAt),
    link(d.sha.slice(0, 7), `${serverUrl}/${report.repository}/commit/${d.sha}`),
    d.causes.map((cause) => CAUSE_TITLES[cause]).join(", "),
    evidence(d),
    d.recovery?.hours != null ? `after ${formatHours(d.recovery.hours)} (deployment ${d.recovery.recoveredBy})` : "not yet"
  ]), more = failed.length > FAILED_ROWS ? `

${failed.length - FAILED_ROWS} more failed deployments are in the JSON report.` : "";
  return table(["deployment", "created", "commit", "cause", "evidence", "recovered"], rows) + more;
}
function renderDoraSummary(report, context) {
  let summary = new Summary({ fullReportPath: context.outputPath }), where = report.environments.map((e) => code(e)).join(", "), span = `${formatTimestamp(report.window.start)} \u2013 ${formatTimestamp(report.window.end)}`, days = windowWords(report.window.days), figures = report.metrics, title = heading(`DORA metrics: ${escapeMarkdown(report.repository)} \u2192 ${where}`, 2), scope = `Last ${days} (${span})${report.previousWindow ? `, compared with the ${days} before` : ""}.`, nothingNow = figures.counts.deployments === 0, nothingBefore = (figures.previousCounts?.deployments ?? 0) === 0;
  if (nothingNow) {
    if (summary.add(
      title,
      scope,
      `**No data**: no deployments to ${where} were created in this window, so there is nothing to measure. The figures are left empty rather than shown as 0. Check that the environment name is the one your deployments use (GitHub \u2192 Environments), and that the job has \`deployments: read\`.`
    ), nothingBefore)
      return summary.add(definitionsSection(), footer(context)), summary;
  } else
    summary.add(title, scope);
  return summary.add(headline(report, figures), bullets(notes(report))), nothingNow || summary.add(heading("Per week", 3), ...charts(report)), report.services.length > 0 && summary.add(heading("Per service", 3), serviceTable(report)), figures.counts.failed > 0 && summary.add(heading(`Failed deployments (${figures.counts.failed})`, 3), failedTable(report, context.serverUrl)), summary.add(definitionsSection()), summary.add(footer(context)), summary;
}
function definitionsSection() {
  return details("Definitions (as implemented)", DEFINITIONS.map((d) => `- **${d.term}**: ${d.text}`).join(`
`));
}
function footer(context) {
  let c = context.counts;
  return `Read from GitHub in ${totalRequests(c)} requests (deployments ${c.deployments}, commits ${c.commits}, pull requests ${c.pullRequests}, incidents ${c.incidents}) in ${context.seconds.toFixed(1)} s. Every figure and the deployments behind them: ${code(context.outputPath)}.`;
}

// src/actions/dora-report/settings.ts
var HOUR_MS3 = 3600 * 1e3, MAX_WINDOW_MS = 2 * 366 * 24 * HOUR_MS3;
function readSettings() {
  let windowMs = getDurationInput(inputs.window, "30d");
  if (windowMs < HOUR_MS3 || windowMs > MAX_WINDOW_MS)
    throw new ConfigurationError(`input '${inputs.window}': the window must be from 1h to 732d (two years); use e.g. 7d, 30d or 90d`);
  return {
    environment: getOptionalInput(inputs.environment) ?? "production",
    windowMs,
    compare: getBooleanInput(inputs.compare, !0),
    incidentLabel: getOptionalInput(inputs.incidentLabel) ?? "incident",
    benchmark: getChoiceInput(inputs.benchmark, BENCHMARKS, "dora-2024"),
    services: parseServices(getOptionalInput(inputs.services), inputs.services),
    output: getOptionalInput(inputs.output) ?? "stopline-dora.json",
    token: getSecretInput(inputs.token, { required: !0 })
  };
}

// src/actions/dora-report/main.ts
async function main() {
  let now = /* @__PURE__ */ new Date(), settings = readSettings(), context = readRunnerContext(), logger = actionsLogger(), client = createRunnerClient(context, settings.token, logger, { readOnly: !0 }), at = context.repository, reportSettings = {
    repository: `${at.owner}/${at.repo}`,
    environment: settings.environment,
    ...settings.services ? { services: settings.services } : {},
    now,
    windowMs: settings.windowMs,
    compare: settings.compare,
    benchmark: settings.benchmark,
    incidentLabel: settings.incidentLabel
  }, started = performance.now(), { facts, counts } = await collectFacts(client, { at, settings: reportSettings, logger }), seconds = (performance.now() - started) / 1e3, report = buildReport(reportSettings, facts), file = resolve(context.workspace, settings.output);
  await mkdir(dirname(file), { recursive: !0 }), await writeFile(file, `${JSON.stringify({ ...report, collection: { requests: counts, seconds } }, null, 1)}
`);
  let figures = report.metrics;
  setOutput(outputs.deploymentFrequency, outputValue("deploymentFrequency", figures.deploymentFrequency.value)), setOutput(outputs.leadTimeHours, outputValue("leadTimeHours", figures.leadTimeHours.value)), setOutput(outputs.changeFailureRate, outputValue("changeFailureRate", figures.changeFailureRate.value)), setOutput(outputs.recoveryTimeHours, outputValue("recoveryTimeHours", figures.recoveryTimeHours.value)), setOutput(outputs.reworkRate, outputValue("reworkRate", figures.reworkRate.value)), setOutput(outputs.deployments, figures.counts.judged), setOutput(outputs.report, file), logger.info(
    figures.counts.deployments === 0 ? `No deployments to ${report.environments.join(", ")} in the window: no data.` : `${figures.counts.judged} deployments judged (${figures.counts.successful} successful, ${figures.counts.failed} failed); report written to ${file}`
  ), writeSummary(renderDoraSummary(report, { serverUrl: context.serverUrl, outputPath: settings.output, counts, seconds }));
}

// src/actions/dora-report/index.ts
await runAction(main);

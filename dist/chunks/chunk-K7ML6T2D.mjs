import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  formatTimestamp
} from "./chunk-TD5AZCCC.mjs";
import {
  ConfigFileError,
  closest,
  describeValue,
  expectedType,
  inFileOrder,
  readYamlFile,
  schemaProblems
} from "./chunk-DX4TYTDS.mjs";
import {
  fitStatusDescription
} from "./chunk-ILGHWTEF.mjs";
import {
  readPathAt
} from "./chunk-NLRKADAM.mjs";
import {
  httpStatus,
  repositoryNotFound
} from "./chunk-ILX4OWII.mjs";
import {
  ConfigurationError
} from "./chunk-W2U6OBLC.mjs";

// src/lock/run-event.ts
var RUN_CONCLUSIONS = [
  "success",
  "failure",
  "cancelled",
  "timed_out",
  "skipped",
  "neutral",
  "action_required",
  "startup_failure",
  "stale"
], NON_DECIDING = {
  cancelled: "a cancelled run says nothing about the commit (it was superseded or stopped by hand)",
  skipped: "a skipped run tested nothing",
  neutral: "a neutral run neither passes nor fails the commit",
  action_required: "the run waits for approval and tested nothing yet",
  stale: "GitHub gave up on the run before it completed"
};
function isDeciding(conclusion) {
  return conclusion === "success" || conclusion === "failure" || conclusion === "timed_out" || conclusion === "startup_failure";
}
function colorOf(conclusion) {
  return conclusion === "success" ? "green" : "red";
}
function compareRuns(a, b) {
  return a.runNumber - b.runNumber || a.runAttempt - b.runAttempt;
}
function runLabel(run) {
  return `${run.workflow} #${run.runNumber}${run.runAttempt > 1 ? ` (attempt ${run.runAttempt})` : ""}`;
}
function shortSha(sha) {
  return sha.slice(0, 7);
}
function toLineRun(event) {
  let run = {
    runId: event.runId,
    runNumber: event.runNumber,
    runAttempt: event.runAttempt,
    sha: event.sha,
    conclusion: event.conclusion,
    at: new Date(event.at).toISOString(),
    url: event.url
  };
  return event.author !== void 0 && (run.author = event.author), run;
}
function assertRunEvent(event) {
  let problems = [];
  if (Number.isInteger(event.runId) || problems.push(`runId ${String(event.runId)} is not an integer`), (!Number.isInteger(event.runNumber) || event.runNumber < 1) && problems.push(`runNumber ${String(event.runNumber)} is not a positive integer`), (!Number.isInteger(event.runAttempt) || event.runAttempt < 1) && problems.push(`runAttempt ${String(event.runAttempt)} is not a positive integer`), (typeof event.workflow != "string" || event.workflow === "") && problems.push("workflow is empty"), (typeof event.sha != "string" || event.sha === "") && problems.push("sha is empty"), Number.isNaN(Date.parse(event.at)) && problems.push(`at ${JSON.stringify(event.at)} is not an ISO 8601 time`), problems.length > 0) throw new TypeError(`invalid workflow run event: ${problems.join("; ")}`);
}

// src/lock/exemption.ts
var DEFAULT_FIX_LABEL = "stopline:fix", DEFAULT_FREEZE_EXEMPT_LABEL = "stopline:freeze-exempt", REVERT_TITLE = /^Revert "[^\r\n]+"$/, REVERTS_COMMIT = /^[ \t]*This reverts commit ([0-9a-fA-F]{40})(?![0-9a-zA-Z])/gm, REVERTS_SHORT = /^[ \t]*This reverts commit ([0-9a-fA-F]{4,39})(?![0-9a-zA-Z])/m, REVERTS_PULL = /^[ \t]*Reverts ([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)#([0-9]+)(?![0-9A-Za-z])/gm;
function parseRevert(title, body) {
  if (!REVERT_TITLE.test(title.trim())) return { kind: "none", reason: 'the title does not read Revert "\u2026"' };
  let text = body ?? "", shas = [...new Set([...text.matchAll(REVERTS_COMMIT)].map((match) => match[1].toLowerCase()))], pulls = [];
  for (let match of text.matchAll(REVERTS_PULL)) {
    let pull = { owner: match[1], repo: match[2], number: Number(match[3]) };
    pulls.some((seen) => seen.owner === pull.owner && seen.repo === pull.repo && seen.number === pull.number) || pulls.push(pull);
  }
  if (shas.length > 0 || pulls.length > 0) return { kind: "revert", shas, pulls };
  let short = REVERTS_SHORT.exec(text);
  return {
    kind: "none",
    reason: short ? `the body names an abbreviated sha (${short[1]}); a revert must name the full 40-character sha ("This reverts commit <sha>.")` : 'the title reads Revert "\u2026" but the body does not say what it reverts ("This reverts commit <40-character sha>.")'
  };
}
var normalize = (permission) => permission.trim().toLowerCase();
function canWrite(permission) {
  return ["write", "maintain", "admin"].includes(normalize(permission));
}
function canMaintain(permission) {
  return ["maintain", "admin"].includes(normalize(permission));
}
function labelProblem(label, present, actor, enough, needed) {
  if (!present) return `it has no \`${label}\` label`;
  if (!actor) return `who added the \`${label}\` label is unknown, so it does not count`;
  if (!enough(actor.permission))
    return `the \`${label}\` label was added by @${actor.login}, who has ${normalize(actor.permission)} access; it counts only when added by someone with ${needed} access`;
}
function decideExemption(input) {
  let label = input.label ?? DEFAULT_FIX_LABEL, range = new Set(input.redRangeShas.map((sha) => sha.toLowerCase())), reverted = [...new Set(input.revertedShas.map((sha) => sha.toLowerCase()))], revertReason = "it is not a revert";
  if (reverted.length > 0) {
    let outside = reverted.filter((sha) => !range.has(sha));
    if (outside.length === 0)
      return {
        exempt: !0,
        exemption: { kind: "revert", lifts: "red", revertedShas: reverted },
        reason: `it reverts ${reverted.map(shortSha).join(", ")}, in the red range`
      };
    revertReason = range.size === 0 ? "it is a revert, but there is no red range to revert" : `it reverts ${outside.map(shortSha).join(", ")}, which ${outside.length === 1 ? "is" : "are"} not in the red range (first bad commit to head)`;
  }
  let problem = labelProblem(label, input.labelPresent, input.labelAddedBy, canWrite, "write, maintain or admin");
  if (problem === void 0) {
    let actor = input.labelAddedBy;
    return {
      exempt: !0,
      exemption: { kind: "fix-label", lifts: "red", label, addedBy: actor.login, permission: normalize(actor.permission) },
      reason: `the \`${label}\` label was added by @${actor.login} (${normalize(actor.permission)} access)`
    };
  }
  return { exempt: !1, reason: `${revertReason}; ${problem}` };
}
function decideFreezeExemption(input) {
  let label = input.label ?? DEFAULT_FREEZE_EXEMPT_LABEL, problem = labelProblem(label, input.labelPresent, input.labelAddedBy, canMaintain, "maintain or admin");
  if (problem !== void 0) return { exempt: !1, reason: problem };
  let actor = input.labelAddedBy;
  return {
    exempt: !0,
    exemption: { kind: "freeze-label", lifts: "freeze", label, addedBy: actor.login, permission: normalize(actor.permission) },
    reason: `the \`${label}\` label was added by @${actor.login} (${normalize(actor.permission)} access)`
  };
}

// src/lock/line.ts
var STREAK_LIMIT = 10;
function ignoredBecause(event, options) {
  if (event.branch !== options.branch) return `it ran on \`${event.branch}\`, not \`${options.branch}\``;
  if (event.trigger === "pull_request" || event.trigger === "pull_request_target" || event.trigger === "merge_group")
    return `it was triggered by \`${event.trigger}\`: it tested a proposed change, not \`${options.branch}\``;
  if (event.headRepository && event.repository && event.headRepository.toLowerCase() !== event.repository.toLowerCase())
    return `it tested ${event.headRepository}'s \`${event.branch}\`, a fork's branch`;
  if (!isDeciding(event.conclusion)) {
    let why = NON_DECIDING[event.conclusion] ?? `"${event.conclusion}" is not a conclusion commit-lock knows`;
    return `it ended \`${event.conclusion}\`: ${why}`;
  }
}
var keyOf = (run) => ({ runNumber: run.runNumber, runAttempt: run.runAttempt }), sameColor = (a, b) => colorOf(a.conclusion) === colorOf(b.conclusion);
function withRun(streak, run) {
  return streak.some((member) => compareRuns(member, run) === 0) ? [...streak] : [...streak, run].sort(compareRuns).slice(0, STREAK_LIMIT);
}
function track(runs, run) {
  if (!runs) return { runs: { last: run, streak: [run] }, order: "newest" };
  let order = compareRuns(run, runs.last);
  if (order === 0) return { runs, order: "duplicate" };
  if (order > 0)
    return sameColor(run, runs.last) ? { runs: { ...runs, last: run, streak: withRun(runs.streak, run) }, order: "newest" } : { runs: { last: run, boundary: keyOf(runs.last), streak: [run] }, order: "newest" };
  if (runs.boundary && compareRuns(run, runs.boundary) <= 0) return { runs, order: "older" };
  if (sameColor(run, runs.last)) return { runs: { ...runs, streak: withRun(runs.streak, run) }, order: "older" };
  let streak = runs.streak.filter((member) => compareRuns(member, run) > 0);
  return { runs: { last: runs.last, boundary: keyOf(run), streak: streak.length > 0 ? streak : [runs.last] }, order: "older" };
}
function byTime(a, b) {
  return Date.parse(a.run.at) - Date.parse(b.run.at) || a.run.runId - b.run.runId || a.workflow.localeCompare(b.workflow);
}
function firstBadOf(start) {
  let firstBad = { sha: start.run.sha, runId: start.run.runId, runNumber: start.run.runNumber, workflow: start.workflow };
  return start.run.url !== void 0 && (firstBad.runUrl = start.run.url), start.run.author !== void 0 && (firstBad.author = start.run.author), firstBad;
}
function deriveLine(workflows) {
  let starts = Object.entries(workflows).map(([workflow, runs]) => ({
    workflow,
    run: runs.streak[0] ?? runs.last,
    color: colorOf(runs.last.conclusion)
  })), first = starts.filter((start) => start.color === "red").sort(byTime)[0];
  return first ? { state: "red", since: first.run.at, firstBad: firstBadOf(first), workflows } : { state: "green", since: starts.sort(byTime).at(-1).run.at, workflows };
}
var sameFirstBad = (a, b) => a?.sha === b?.sha && a?.runId === b?.runId && a?.workflow === b?.workflow;
function describeRun(event) {
  let verb = event.conclusion === "success" ? "passed" : event.conclusion === "failure" ? "failed" : `failed (${event.conclusion})`;
  return `${runLabel(event)} ${verb} on ${shortSha(event.sha)}${event.author ? ` (@${event.author})` : ""}`;
}
function describeFirstBad(firstBad) {
  let run = firstBad.workflow && firstBad.runNumber !== void 0 ? ` (${firstBad.workflow} #${firstBad.runNumber})` : "";
  return `first bad commit ${shortSha(firstBad.sha)}${run}`;
}
function reasonFor(kind, event, before, after, branch, stale) {
  let run = describeRun(event), moved = !sameFirstBad(before.firstBad, after.firstBad) && after.firstBad ? `; ${describeFirstBad(after.firstBad)}` : "";
  if (kind === "stale") return `${run}, but ${stale}; the line stays ${after.state}${moved}`;
  if (kind === "changed")
    return after.state === "red" ? `${run}: ${branch} turns red; ${describeFirstBad(after.firstBad)}` : `${run}: ${branch} is green again`;
  if (after.state === "green") return `${run}: ${branch} stays green`;
  let blame = after.firstBad?.workflow && after.firstBad.workflow !== event.workflow && event.conclusion === "success" ? `; ${after.firstBad.workflow} is still failing` : "";
  return `${run}: ${branch} stays red${blame}; ${describeFirstBad(after.firstBad)}${moved && !blame ? " now" : ""}`;
}
function applyRunEvent(state, event, options) {
  assertRunEvent(event);
  let before = state.line, ignored = ignoredBecause(event, options);
  if (ignored !== void 0 || !isDeciding(event.conclusion))
    return {
      state,
      transition: {
        kind: "ignored",
        from: before.state,
        to: before.state,
        reason: `${runLabel(event)} on ${shortSha(event.sha)} is ignored: ${ignored ?? ""}`,
        run: runLabel(event),
        firstBadChanged: !1
      }
    };
  let run = toLineRun({ ...event, conclusion: event.conclusion }), workflows = before.workflows ?? {}, previous = workflows[event.workflow], { runs, order } = track(previous, run), after = deriveLine({ ...workflows, [event.workflow]: runs }), kind = order !== "newest" ? "stale" : after.state !== before.state ? "changed" : "unchanged", stale = order === "duplicate" ? "it was applied already" : order === "older" ? `${runLabel({ ...previous.last, workflow: event.workflow })} is newer and decides` : "";
  return {
    state: { ...state, line: after },
    transition: {
      kind,
      from: before.state,
      to: after.state,
      reason: reasonFor(kind, event, before, after, options.branch, stale),
      run: runLabel(event),
      firstBadChanged: !sameFirstBad(before.firstBad, after.firstBad)
    }
  };
}
function planRunEvent(state, event, options) {
  assertRunEvent(event);
  let ignored = ignoredBecause(event, options);
  if (ignored !== void 0) return { action: "ignore", reason: `${runLabel(event)} is ignored: ${ignored}` };
  let last = state.line.workflows?.[event.workflow]?.last, superseded = last !== void 0 && compareRuns(event, last) <= 0;
  return options.retryFailed && event.runAttempt === 1 && (event.conclusion === "failure" || event.conclusion === "timed_out") && !superseded ? { action: "retry", reason: `${describeRun(event)}: re-running its failed jobs once before stopping the line` } : { action: "apply", reason: describeRun(event) };
}

// src/lock/freezes.ts
function isFreezeActive(freeze2, now) {
  return Date.parse(freeze2.since) > now.getTime() ? !1 : freeze2.until === void 0 || Date.parse(freeze2.until) > now.getTime();
}
function activeFreezes(state, now) {
  return state.freezes.filter((freeze2) => isFreezeActive(freeze2, now)).sort((a, b) => Date.parse(a.since) - Date.parse(b.since) || a.id.localeCompare(b.id));
}
function manualId(state, now) {
  let base = `manual-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+/, "")}`, taken = new Set(state.freezes.map((freeze2) => freeze2.id)), id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}
function freeze(state, request) {
  let reason = request.reason.trim();
  if (reason === "")
    throw new ConfigurationError(`input 'reason' is empty; say why merges stop, e.g. reason: "release 2.4 going out"`);
  if (request.until !== void 0 && !(request.until.getTime() > request.now.getTime()))
    throw new ConfigurationError(
      `input 'until' (${request.until.toISOString()}) is not in the future (now is ${request.now.toISOString()}); give a later time, or leave it out to freeze until unlocked`
    );
  let same = state.freezes.find((candidate) => candidate.source === "manual" && candidate.by === request.by && candidate.reason === reason && isFreezeActive(candidate, request.now));
  if (same !== void 0) {
    let { until: _until, ...rest } = same, again = request.until === void 0 ? rest : { ...rest, until: request.until.toISOString() };
    return { state: { ...state, freezes: state.freezes.map((candidate) => candidate === same ? again : candidate) }, freeze: again, repeated: !0 };
  }
  let created = {
    id: manualId(state, request.now),
    reason,
    by: request.by,
    since: request.now.toISOString(),
    source: "manual"
  };
  return request.until !== void 0 && (created.until = request.until.toISOString()), { state: { ...state, freezes: [...state.freezes, created] }, freeze: created, repeated: !1 };
}
function unfreeze(state, request) {
  let ended;
  if (request.id !== void 0) {
    let target = state.freezes.find((candidate) => candidate.id === request.id);
    if (!target) {
      let ids = state.freezes.map((candidate) => candidate.id);
      throw new ConfigurationError(
        `no freeze has id '${request.id}'; ${ids.length > 0 ? `the freezes are: ${ids.join(", ")}` : "nothing is frozen"}`
      );
    }
    if (target.source === "schedule")
      throw new ConfigurationError(
        `freeze '${request.id}' comes from the freezes file (.github/stopline/freezes.yml); remove or change it there to end it`
      );
    ended = [target];
  } else
    ended = state.freezes.filter((candidate) => candidate.source === "manual");
  let endedIds = new Set(ended.map((candidate) => candidate.id)), next = { ...state, freezes: state.freezes.filter((candidate) => !endedIds.has(candidate.id)) }, remaining = activeFreezes(next, request.now), why = request.reason?.trim() ? `: ${request.reason.trim()}` : "", still = remaining.length > 0 ? `; still frozen by ${remaining.map((candidate) => candidate.id).join(", ")}` : "", message = ended.length === 0 ? `nothing to unfreeze: no manual freeze holds${still}` : `unfrozen by @${request.by} (${ended.map((candidate) => candidate.id).join(", ")})${why}${still}`;
  return { state: next, ended, remaining, message };
}

// src/lock/generated/validate-freeze-schedule.ts
var ucs2length = function(str) {
  let len = str.length, length = 0, pos = 0, value;
  for (; pos < len; )
    length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
  return length;
}, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://stopline.dev/schemas/freezes-v1.json", type: "object", additionalProperties: !1, properties: { version: { const: 1 }, timezone: { type: "string", minLength: 1 }, freezes: { type: "array", items: { type: "object", required: ["name", "reason"], additionalProperties: !1, properties: { name: { type: "string", minLength: 1, maxLength: 64 }, reason: { type: "string", minLength: 1 }, timezone: { type: "string", minLength: 1 }, from: { type: "object", required: ["day", "time"], additionalProperties: !1, properties: { day: { enum: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, time: { type: "string", pattern: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$" } } }, to: { type: "object", required: ["day", "time"], additionalProperties: !1, properties: { day: { enum: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] }, time: { type: "string", pattern: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$" } } }, dates: { type: "array", minItems: 1, items: { if: { type: "string" }, then: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, else: { type: "object", required: ["from", "to"], additionalProperties: !1, properties: { from: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, to: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" } } } } } } } } } }, func2 = ucs2length, pattern0 = new RegExp("^([01]?[0-9]|2[0-3]):[0-5][0-9]$", "u"), pattern2 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "timezone" || key0 === "freezes")) {
        let err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (data0 !== 1) {
        let err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    }
    if (data.timezone !== void 0) {
      let data1 = data.timezone;
      if (typeof data1 == "string") {
        if (func2(data1) < 1) {
          let err2 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.timezone, data: data1 };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
      } else {
        let err3 = { instancePath: instancePath + "/timezone", schemaPath: "#/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.timezone.type, parentSchema: schema11.properties.timezone, data: data1 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.freezes !== void 0) {
      let data2 = data.freezes;
      if (Array.isArray(data2)) {
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            if (data3.name === void 0) {
              let err4 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.freezes.items.required, parentSchema: schema11.properties.freezes.items, data: data3 };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
            if (data3.reason === void 0) {
              let err5 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema11.properties.freezes.items.required, parentSchema: schema11.properties.freezes.items, data: data3 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            for (let key1 in data3)
              if (!(key1 === "name" || key1 === "reason" || key1 === "timezone" || key1 === "from" || key1 === "to" || key1 === "dates")) {
                let err6 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.freezes.items, data: data3 };
                vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
              }
            if (data3.name !== void 0) {
              let data4 = data3.name;
              if (typeof data4 == "string") {
                if (func2(data4) > 64) {
                  let err7 = { instancePath: instancePath + "/freezes/" + i0 + "/name", schemaPath: "#/properties/freezes/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.freezes.items.properties.name, data: data4 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
                if (func2(data4) < 1) {
                  let err8 = { instancePath: instancePath + "/freezes/" + i0 + "/name", schemaPath: "#/properties/freezes/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.freezes.items.properties.name, data: data4 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
              } else {
                let err9 = { instancePath: instancePath + "/freezes/" + i0 + "/name", schemaPath: "#/properties/freezes/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.name.type, parentSchema: schema11.properties.freezes.items.properties.name, data: data4 };
                vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
              }
            }
            if (data3.reason !== void 0) {
              let data5 = data3.reason;
              if (typeof data5 == "string") {
                if (func2(data5) < 1) {
                  let err10 = { instancePath: instancePath + "/freezes/" + i0 + "/reason", schemaPath: "#/properties/freezes/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.freezes.items.properties.reason, data: data5 };
                  vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                }
              } else {
                let err11 = { instancePath: instancePath + "/freezes/" + i0 + "/reason", schemaPath: "#/properties/freezes/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.reason.type, parentSchema: schema11.properties.freezes.items.properties.reason, data: data5 };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
            if (data3.timezone !== void 0) {
              let data6 = data3.timezone;
              if (typeof data6 == "string") {
                if (func2(data6) < 1) {
                  let err12 = { instancePath: instancePath + "/freezes/" + i0 + "/timezone", schemaPath: "#/properties/freezes/items/properties/timezone/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.freezes.items.properties.timezone, data: data6 };
                  vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                }
              } else {
                let err13 = { instancePath: instancePath + "/freezes/" + i0 + "/timezone", schemaPath: "#/properties/freezes/items/properties/timezone/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.timezone.type, parentSchema: schema11.properties.freezes.items.properties.timezone, data: data6 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            }
            if (data3.from !== void 0) {
              let data7 = data3.from;
              if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                if (data7.day === void 0) {
                  let err14 = { instancePath: instancePath + "/freezes/" + i0 + "/from", schemaPath: "#/properties/freezes/items/properties/from/required", keyword: "required", params: { missingProperty: "day" }, message: "must have required property 'day'", schema: schema11.properties.freezes.items.properties.from.required, parentSchema: schema11.properties.freezes.items.properties.from, data: data7 };
                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                }
                if (data7.time === void 0) {
                  let err15 = { instancePath: instancePath + "/freezes/" + i0 + "/from", schemaPath: "#/properties/freezes/items/properties/from/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'", schema: schema11.properties.freezes.items.properties.from.required, parentSchema: schema11.properties.freezes.items.properties.from, data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
                for (let key2 in data7)
                  if (!(key2 === "day" || key2 === "time")) {
                    let err16 = { instancePath: instancePath + "/freezes/" + i0 + "/from", schemaPath: "#/properties/freezes/items/properties/from/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.freezes.items.properties.from, data: data7 };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
                if (data7.day !== void 0) {
                  let data8 = data7.day;
                  if (!(data8 === "monday" || data8 === "tuesday" || data8 === "wednesday" || data8 === "thursday" || data8 === "friday" || data8 === "saturday" || data8 === "sunday")) {
                    let err17 = { instancePath: instancePath + "/freezes/" + i0 + "/from/day", schemaPath: "#/properties/freezes/items/properties/from/properties/day/enum", keyword: "enum", params: { allowedValues: schema11.properties.freezes.items.properties.from.properties.day.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.freezes.items.properties.from.properties.day.enum, parentSchema: schema11.properties.freezes.items.properties.from.properties.day, data: data8 };
                    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                  }
                }
                if (data7.time !== void 0) {
                  let data9 = data7.time;
                  if (typeof data9 == "string") {
                    if (!pattern0.test(data9)) {
                      let err18 = { instancePath: instancePath + "/freezes/" + i0 + "/from/time", schemaPath: "#/properties/freezes/items/properties/from/properties/time/pattern", keyword: "pattern", params: { pattern: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$" }, message: 'must match pattern "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"', schema: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$", parentSchema: schema11.properties.freezes.items.properties.from.properties.time, data: data9 };
                      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                    }
                  } else {
                    let err19 = { instancePath: instancePath + "/freezes/" + i0 + "/from/time", schemaPath: "#/properties/freezes/items/properties/from/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.from.properties.time.type, parentSchema: schema11.properties.freezes.items.properties.from.properties.time, data: data9 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                }
              } else {
                let err20 = { instancePath: instancePath + "/freezes/" + i0 + "/from", schemaPath: "#/properties/freezes/items/properties/from/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.freezes.items.properties.from.type, parentSchema: schema11.properties.freezes.items.properties.from, data: data7 };
                vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
              }
            }
            if (data3.to !== void 0) {
              let data10 = data3.to;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.day === void 0) {
                  let err21 = { instancePath: instancePath + "/freezes/" + i0 + "/to", schemaPath: "#/properties/freezes/items/properties/to/required", keyword: "required", params: { missingProperty: "day" }, message: "must have required property 'day'", schema: schema11.properties.freezes.items.properties.to.required, parentSchema: schema11.properties.freezes.items.properties.to, data: data10 };
                  vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                }
                if (data10.time === void 0) {
                  let err22 = { instancePath: instancePath + "/freezes/" + i0 + "/to", schemaPath: "#/properties/freezes/items/properties/to/required", keyword: "required", params: { missingProperty: "time" }, message: "must have required property 'time'", schema: schema11.properties.freezes.items.properties.to.required, parentSchema: schema11.properties.freezes.items.properties.to, data: data10 };
                  vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                }
                for (let key3 in data10)
                  if (!(key3 === "day" || key3 === "time")) {
                    let err23 = { instancePath: instancePath + "/freezes/" + i0 + "/to", schemaPath: "#/properties/freezes/items/properties/to/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.freezes.items.properties.to, data: data10 };
                    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                  }
                if (data10.day !== void 0) {
                  let data11 = data10.day;
                  if (!(data11 === "monday" || data11 === "tuesday" || data11 === "wednesday" || data11 === "thursday" || data11 === "friday" || data11 === "saturday" || data11 === "sunday")) {
                    let err24 = { instancePath: instancePath + "/freezes/" + i0 + "/to/day", schemaPath: "#/properties/freezes/items/properties/to/properties/day/enum", keyword: "enum", params: { allowedValues: schema11.properties.freezes.items.properties.to.properties.day.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.freezes.items.properties.to.properties.day.enum, parentSchema: schema11.properties.freezes.items.properties.to.properties.day, data: data11 };
                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                  }
                }
                if (data10.time !== void 0) {
                  let data12 = data10.time;
                  if (typeof data12 == "string") {
                    if (!pattern0.test(data12)) {
                      let err25 = { instancePath: instancePath + "/freezes/" + i0 + "/to/time", schemaPath: "#/properties/freezes/items/properties/to/properties/time/pattern", keyword: "pattern", params: { pattern: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$" }, message: 'must match pattern "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"', schema: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$", parentSchema: schema11.properties.freezes.items.properties.to.properties.time, data: data12 };
                      vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                    }
                  } else {
                    let err26 = { instancePath: instancePath + "/freezes/" + i0 + "/to/time", schemaPath: "#/properties/freezes/items/properties/to/properties/time/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.to.properties.time.type, parentSchema: schema11.properties.freezes.items.properties.to.properties.time, data: data12 };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                }
              } else {
                let err27 = { instancePath: instancePath + "/freezes/" + i0 + "/to", schemaPath: "#/properties/freezes/items/properties/to/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.freezes.items.properties.to.type, parentSchema: schema11.properties.freezes.items.properties.to, data: data10 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            }
            if (data3.dates !== void 0) {
              let data13 = data3.dates;
              if (Array.isArray(data13)) {
                if (data13.length < 1) {
                  let err28 = { instancePath: instancePath + "/freezes/" + i0 + "/dates", schemaPath: "#/properties/freezes/items/properties/dates/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.freezes.items.properties.dates, data: data13 };
                  vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                }
                let len1 = data13.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data14 = data13[i1], _errs31 = errors, valid8 = !0, _errs32 = errors;
                  if (typeof data14 != "string") {
                    let err29 = {};
                    vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                  }
                  var _valid0 = _errs32 === errors;
                  errors = _errs31, vErrors !== null && (_errs31 ? vErrors.length = _errs31 : vErrors = null);
                  let ifClause0;
                  if (_valid0) {
                    let _errs34 = errors;
                    if (typeof data14 == "string") {
                      if (!pattern2.test(data14)) {
                        let err30 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1, schemaPath: "#/properties/freezes/items/properties/dates/items/then/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema11.properties.freezes.items.properties.dates.items.then, data: data14 };
                        vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                      }
                    } else {
                      let err31 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1, schemaPath: "#/properties/freezes/items/properties/dates/items/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.dates.items.then.type, parentSchema: schema11.properties.freezes.items.properties.dates.items.then, data: data14 };
                      vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                    }
                    var _valid0 = _errs34 === errors;
                    valid8 = _valid0, ifClause0 = "then";
                  } else {
                    let _errs36 = errors;
                    if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                      if (data14.from === void 0) {
                        let err32 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1, schemaPath: "#/properties/freezes/items/properties/dates/items/else/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema11.properties.freezes.items.properties.dates.items.else.required, parentSchema: schema11.properties.freezes.items.properties.dates.items.else, data: data14 };
                        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                      }
                      if (data14.to === void 0) {
                        let err33 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1, schemaPath: "#/properties/freezes/items/properties/dates/items/else/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema11.properties.freezes.items.properties.dates.items.else.required, parentSchema: schema11.properties.freezes.items.properties.dates.items.else, data: data14 };
                        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                      }
                      for (let key4 in data14)
                        if (!(key4 === "from" || key4 === "to")) {
                          let err34 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1, schemaPath: "#/properties/freezes/items/properties/dates/items/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.freezes.items.properties.dates.items.else, data: data14 };
                          vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                        }
                      if (data14.from !== void 0) {
                        let data15 = data14.from;
                        if (typeof data15 == "string") {
                          if (!pattern2.test(data15)) {
                            let err35 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1 + "/from", schemaPath: "#/properties/freezes/items/properties/dates/items/else/properties/from/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema11.properties.freezes.items.properties.dates.items.else.properties.from, data: data15 };
                            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                          }
                        } else {
                          let err36 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1 + "/from", schemaPath: "#/properties/freezes/items/properties/dates/items/else/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.dates.items.else.properties.from.type, parentSchema: schema11.properties.freezes.items.properties.dates.items.else.properties.from, data: data15 };
                          vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                        }
                      }
                      if (data14.to !== void 0) {
                        let data16 = data14.to;
                        if (typeof data16 == "string") {
                          if (!pattern2.test(data16)) {
                            let err37 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1 + "/to", schemaPath: "#/properties/freezes/items/properties/dates/items/else/properties/to/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema11.properties.freezes.items.properties.dates.items.else.properties.to, data: data16 };
                            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                          }
                        } else {
                          let err38 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1 + "/to", schemaPath: "#/properties/freezes/items/properties/dates/items/else/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.freezes.items.properties.dates.items.else.properties.to.type, parentSchema: schema11.properties.freezes.items.properties.dates.items.else.properties.to, data: data16 };
                          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                        }
                      }
                    } else {
                      let err39 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1, schemaPath: "#/properties/freezes/items/properties/dates/items/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.freezes.items.properties.dates.items.else.type, parentSchema: schema11.properties.freezes.items.properties.dates.items.else, data: data14 };
                      vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                    }
                    var _valid0 = _errs36 === errors;
                    valid8 = _valid0, ifClause0 = "else";
                  }
                  if (!valid8) {
                    let err40 = { instancePath: instancePath + "/freezes/" + i0 + "/dates/" + i1, schemaPath: "#/properties/freezes/items/properties/dates/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.freezes.items.properties.dates.items.if, parentSchema: schema11.properties.freezes.items.properties.dates.items, data: data14 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                }
              } else {
                let err41 = { instancePath: instancePath + "/freezes/" + i0 + "/dates", schemaPath: "#/properties/freezes/items/properties/dates/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.freezes.items.properties.dates.type, parentSchema: schema11.properties.freezes.items.properties.dates, data: data13 };
                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
              }
            }
          } else {
            let err42 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.freezes.items.type, parentSchema: schema11.properties.freezes.items, data: data3 };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
      } else {
        let err43 = { instancePath: instancePath + "/freezes", schemaPath: "#/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.freezes.type, parentSchema: schema11.properties.freezes, data: data2 };
        vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
      }
    }
  } else {
    let err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var validateFreezeSchedule = validate10;

// src/lock/schedule-schema.ts
var WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
var weeklyTime = {
  type: "object",
  required: ["day", "time"],
  additionalProperties: !1,
  properties: {
    day: { enum: [...WEEKDAYS] },
    time: { type: "string", pattern: "^([01]?[0-9]|2[0-3]):[0-5][0-9]$" }
  }
};

// src/lock/zoned-time.ts
var WEEKDAY_INDEX = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 }, DAY_MS = 1440 * 60 * 1e3, partsFormatters = /* @__PURE__ */ new Map();
function partsFormatter(timeZone) {
  let formatter = partsFormatters.get(timeZone);
  return formatter || (formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    // h23: en-US would otherwise print midnight as hour 24 on some ICU versions.
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    weekday: "short"
  }), partsFormatters.set(timeZone, formatter)), formatter;
}
function canonicalTimeZone(name) {
  if (name.trim() !== "")
    try {
      return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      return;
    }
}
function suggestTimeZone(name) {
  let zones = Intl.supportedValuesOf("timeZone"), city = name.trim().toLowerCase().replace(/\s+/g, "_");
  return zones.find((zone) => zone.toLowerCase().split("/").pop() === city) ?? closest(name, zones);
}
function wallClock(instant, timeZone) {
  let values = {};
  for (let part of partsFormatter(timeZone).formatToParts(new Date(instant))) values[part.type] = part.value;
  return {
    year: Number(values.year),
    month: Number(values.month),
    day: Number(values.day),
    hour: Number(values.hour),
    minute: Number(values.minute),
    second: Number(values.second),
    weekday: WEEKDAY_INDEX[values.weekday ?? ""] ?? 0
  };
}
function offsetAt(instant, timeZone) {
  let wall = wallClock(instant, timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant / 1e3) * 1e3;
}
function instantAt(date, minutes, timeZone) {
  let local = Date.UTC(date.year, date.month - 1, date.day, 0, minutes), before = offsetAt(local - DAY_MS, timeZone), after = offsetAt(local + DAY_MS, timeZone);
  return [.../* @__PURE__ */ new Set([before, after])].map((offset) => local - offset).filter((instant) => offsetAt(instant, timeZone) === local - instant).sort((a, b) => a - b)[0] ?? local - before;
}
function addDays(date, days) {
  let moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
function parseCivilDate(text) {
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return;
  let date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }, check = addDays(date, 0);
  return check.year === date.year && check.month === date.month && check.day === date.day ? date : void 0;
}
function compareCivilDates(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
var displayFormatters = /* @__PURE__ */ new Map();
function zoneLabel(instant, timeZone) {
  let formatter = displayFormatters.get(timeZone);
  return formatter || (formatter = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" }), displayFormatters.set(timeZone, formatter)), formatter.formatToParts(new Date(instant)).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}
var WEEKDAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], pad = (n) => String(n).padStart(2, "0");
function shortTime(iso, reference, timeZone = "UTC") {
  let instant = Date.parse(iso);
  if (Number.isNaN(instant)) return iso;
  let wall = wallClock(instant, timeZone), here = wallClock(reference.getTime(), timeZone), clock = `${pad(wall.hour)}:${pad(wall.minute)} ${zoneLabel(instant, timeZone)}`, days = Math.round(
    (Date.UTC(wall.year, wall.month - 1, wall.day) - Date.UTC(here.year, here.month - 1, here.day)) / DAY_MS
  );
  return days === 0 ? clock : Math.abs(days) <= 6 ? `${WEEKDAY_NAMES[wall.weekday]} ${clock}` : wall.year === here.year ? `${MONTH_NAMES[wall.month - 1]} ${wall.day} ${clock}` : `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${clock}`;
}

// src/lock/parse-schedule.ts
var FREEZES_FILE = ".github/stopline/freezes.yml", FreezeScheduleError = class extends ConfigFileError {
};
function emptySchedule(file = FREEZES_FILE) {
  return { file, freezes: [] };
}
var EXAMPLE_TIME_ZONE = "Europe/Berlin", WORDING = {
  versionOf: "freezes file",
  requiredHints: {
    name: "add `name:`, a short unique name such as `weekend`",
    reason: "add `reason:` saying why merges stop; it is shown on every waiting pull request",
    day: "add `day:`, e.g. `day: friday`",
    time: 'add `time:`, e.g. `time: "16:00"`',
    from: "add `from:` with the first day, e.g. `from: 2026-12-31`",
    to: "add `to:` with the last day (inclusive), e.g. `to: 2027-01-02`"
  },
  messages: {
    type: (error) => {
      if (/\/dates\/\d+$/.test(error.instancePath))
        return `is ${describeValue(error.data)}; write a day as YYYY-MM-DD (2026-12-24) or a range as { from: 2026-12-31, to: 2027-01-02 }`;
      if (error.instancePath.endsWith("/time")) return `must be ${expectedType(error)} in quotes, e.g. "16:00", not ${describeValue(error.data)}`;
    },
    pattern: (error) => error.instancePath.endsWith("/time") ? `is ${describeValue(error.data)}; write a 24-hour time HH:MM in quotes, e.g. "16:00"` : `is ${describeValue(error.data)}; write a date as YYYY-MM-DD, e.g. 2026-12-24`,
    maxLength: () => "is too long; keep names to 64 characters",
    minItems: () => "lists no dates; add at least one, e.g. `- 2026-12-24`"
  }
}, minutesOf = (time) => {
  let [hours, minutes] = time.split(":").map(Number);
  return hours * 60 + minutes;
}, isoDate = (date) => `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
function checkTimeZone(name, where, problem) {
  if (canonicalTimeZone(name) !== void 0) return name;
  let guess = suggestTimeZone(name);
  problem(
    where,
    `is "${name}", not a time zone this runtime knows; ${guess ? `did you mean "${guess}"?` : `write an IANA name such as "${EXAMPLE_TIME_ZONE}" or "America/New_York"`}`
  );
}
function readRanges(entry, index, problem) {
  let ranges = [];
  for (let [position, item] of (entry.dates ?? []).entries()) {
    let where = `/freezes/${index}/dates/${position}`, fromText = typeof item == "string" ? item : item.from, toText = typeof item == "string" ? item : item.to, from = parseCivilDate(fromText), to = parseCivilDate(toText);
    if (from || problem(typeof item == "string" ? where : `${where}/from`, `is "${fromText}", not a real calendar date`), !to && toText !== fromText && problem(`${where}/to`, `is "${toText}", not a real calendar date`), !(!from || !to)) {
      if (compareCivilDates(from, to) > 0) {
        problem(where, `ends (${toText}) before it starts (${fromText}); swap \`from\` and \`to\``);
        continue;
      }
      ranges.push({ from, to });
    }
  }
  ranges.sort((a, b) => compareCivilDates(a.from, b.from));
  let merged = [];
  for (let range of ranges) {
    let last = merged.at(-1);
    last && compareCivilDates(range.from, addDays(last.to, 1)) <= 0 ? compareCivilDates(range.to, last.to) > 0 && (last.to = range.to) : merged.push({ ...range });
  }
  return merged.map((range) => ({ from: isoDate(range.from), to: isoDate(range.to) }));
}
function parseFreezeSchedule(text, file = FREEZES_FILE) {
  let yaml = readYamlFile(text, file, FreezeScheduleError);
  if (yaml.value === null) return emptySchedule(file);
  if (!validateFreezeSchedule(yaml.value)) throw new FreezeScheduleError(schemaProblems(validateFreezeSchedule.errors, yaml, WORDING));
  let raw = yaml.value, problems = [], problem = (where, message) => problems.push(yaml.problemAt(where, message)), defaultZone = raw.timezone === void 0 ? void 0 : checkTimeZone(raw.timezone, "/timezone", problem), names = /* @__PURE__ */ new Map(), freezes = [];
  for (let [index, entry] of (raw.freezes ?? []).entries()) {
    let where = `/freezes/${index}`, line = yaml.lineOf(where), seen = names.get(entry.name.toLowerCase());
    seen !== void 0 && problem(`${where}/name`, `"${entry.name}" is also the name of freeze ${seen + 1}; give each freeze its own name`), names.set(entry.name.toLowerCase(), index);
    let timeZone;
    entry.timezone !== void 0 ? timeZone = checkTimeZone(entry.timezone, `${where}/timezone`, problem) : raw.timezone !== void 0 ? timeZone = defaultZone : problem(where, `has no time zone; add \`timezone: ${EXAMPLE_TIME_ZONE}\` (an IANA name) at the top of the file or to this freeze`);
    let weekly = entry.from !== void 0 || entry.to !== void 0;
    if (weekly && entry.dates !== void 0) {
      problem(where, "has both `from`/`to` (a weekly window) and `dates`; split it into two freezes");
      continue;
    }
    if (!weekly && entry.dates === void 0) {
      problem(
        where,
        'says neither when nor how often; add a weekly window (`from: { day: friday, time: "16:00" }` and `to: { day: monday, time: "08:00" }`) or `dates:`'
      );
      continue;
    }
    if (weekly) {
      if (!entry.from || !entry.to) {
        problem(where, `has \`${entry.from ? "from" : "to"}\` but no \`${entry.from ? "to" : "from"}\`; a weekly window needs both`);
        continue;
      }
      let from = { day: entry.from.day, minutes: minutesOf(entry.from.time) }, to = { day: entry.to.day, minutes: minutesOf(entry.to.time) };
      if (from.day === to.day && from.minutes === to.minutes) {
        problem(`${where}/to`, "is the same moment as `from`, so the window would be empty; for a whole week, freeze by hand instead");
        continue;
      }
      timeZone && freezes.push({ kind: "weekly", name: entry.name, reason: entry.reason, timeZone, line, from, to });
    } else {
      let ranges = readRanges(entry, index, problem);
      timeZone && ranges.length > 0 && freezes.push({ kind: "dates", name: entry.name, reason: entry.reason, timeZone, line, ranges });
    }
  }
  if (problems.length > 0) throw new FreezeScheduleError(inFileOrder(problems));
  return { file, freezes };
}
function weekdayIndex(day) {
  return WEEKDAYS.indexOf(day);
}

// src/lock/schedule.ts
var DAYS_PER_WEEK = 7;
function windowOf(freeze2, start, end) {
  let startIso = new Date(start).toISOString();
  return {
    id: `schedule:${freeze2.name}@${startIso}`,
    name: freeze2.name,
    reason: freeze2.reason,
    kind: freeze2.kind,
    timeZone: freeze2.timeZone,
    start: startIso,
    end: new Date(end).toISOString()
  };
}
function spanDays(freeze2) {
  let days = (weekdayIndex(freeze2.to.day) - weekdayIndex(freeze2.from.day) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  return days === 0 && freeze2.to.minutes <= freeze2.from.minutes ? DAYS_PER_WEEK : days;
}
function weeklyOccurrence(freeze2, first) {
  let start = instantAt(first, freeze2.from.minutes, freeze2.timeZone), end = instantAt(addDays(first, spanDays(freeze2)), freeze2.to.minutes, freeze2.timeZone);
  return windowOf(freeze2, start, end);
}
function latestFirstDay(freeze2, now) {
  let today = wallClock(now.getTime(), freeze2.timeZone), back = (today.weekday - weekdayIndex(freeze2.from.day) + DAYS_PER_WEEK) % DAYS_PER_WEEK;
  return addDays(today, -back);
}
function weeklyCandidates(freeze2, now) {
  let latest = latestFirstDay(freeze2, now);
  return [weeklyOccurrence(freeze2, addDays(latest, -DAYS_PER_WEEK)), weeklyOccurrence(freeze2, latest)];
}
function datedWindows(freeze2) {
  return freeze2.ranges.map((range) => {
    let from = parseCivilDate(range.from), through = parseCivilDate(range.to);
    return windowOf(freeze2, instantAt(from, 0, freeze2.timeZone), instantAt(addDays(through, 1), 0, freeze2.timeZone));
  });
}
var inForce = (window, now) => Date.parse(window.start) <= now.getTime() && now.getTime() < Date.parse(window.end);
function activeScheduledFreezes(schedule, now) {
  let active = [];
  for (let freeze2 of schedule.freezes) {
    let candidates = freeze2.kind === "weekly" ? weeklyCandidates(freeze2, now) : datedWindows(freeze2);
    active.push(...candidates.filter((window) => inForce(window, now)));
  }
  return active.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
}

// src/lock/reconcile.ts
function freezeOf(window) {
  return { id: window.id, reason: window.reason, by: window.name, since: window.start, until: window.end, source: "schedule" };
}
var sameFreeze = (a, b) => a.reason === b.reason && a.by === b.by && a.since === b.since && a.until === b.until && a.source === b.source;
function reconcileScheduledFreezes(state, schedule, now) {
  let wanted = new Map((schedule ? activeScheduledFreezes(schedule, now) : []).map((window) => [window.id, freezeOf(window)])), added = [], removed = [], updated = [], expired = [], manual = [], scheduled = [];
  for (let existing of state.freezes) {
    if (existing.source === "manual") {
      existing.until !== void 0 && Date.parse(existing.until) <= now.getTime() ? expired.push(existing) : manual.push(existing);
      continue;
    }
    wanted.get(existing.id) || removed.push(existing);
  }
  for (let wish of wanted.values()) {
    let existing = state.freezes.find((candidate) => candidate.id === wish.id && candidate.source === "schedule");
    existing ? sameFreeze(existing, wish) || updated.push(wish) : added.push(wish), scheduled.push(wish);
  }
  let next = { ...state, freezes: [...manual, ...scheduled] }, frozenBefore = state.freezes.some((candidate) => isFreezeActive(candidate, now)), heldBefore = state.freezes.some((candidate) => Date.parse(candidate.since) <= now.getTime()), frozenAfter = next.freezes.some((candidate) => isFreezeActive(candidate, now)), changed = added.length + removed.length + updated.length + expired.length > 0;
  return {
    state: changed ? next : state,
    added,
    removed,
    updated,
    expired,
    changed,
    lifted: heldBefore && !frozenAfter && changed,
    started: !frozenBefore && frozenAfter
  };
}

// src/lock/verdict.ts
function describeFirstBadCommit(firstBad) {
  let details = [
    firstBad.workflow && firstBad.runNumber !== void 0 ? `${firstBad.workflow} #${firstBad.runNumber}` : void 0,
    firstBad.author ? `@${firstBad.author}` : void 0
  ].filter(Boolean);
  return `${shortSha(firstBad.sha)}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
}
function describeFreeze(freeze2) {
  let by = freeze2.source === "manual" ? `@${freeze2.by}` : `the schedule (${freeze2.by})`;
  return `"${freeze2.reason}" by ${by}${freeze2.until ? ` until ${formatTimestamp(freeze2.until)}` : " until lifted"}`;
}
function endOfFreezes(freezes) {
  if (!(freezes.length === 0 || freezes.some((freeze2) => freeze2.until === void 0)))
    return freezes.map((freeze2) => freeze2.until).reduce((a, b) => Date.parse(a) >= Date.parse(b) ? a : b);
}
function lineVerdict(state, now, options = {}) {
  let branch = options.branch ?? "main", freezes = activeFreezes(state, now), red = state.line.state === "red", frozen = freezes.length > 0, frozenUntil = endOfFreezes(freezes), redText = `${branch} is red since ${formatTimestamp(state.line.since)}${state.line.firstBad ? `: first bad commit ${describeFirstBadCommit(state.line.firstBad)}` : ""}`, frozenText = `frozen${frozenUntil ? ` until ${formatTimestamp(frozenUntil)}` : ""}: ${freezes.map(describeFreeze).join("; ")}`, reason;
  red && frozen ? reason = `${redText}; and ${frozenText}. Both must clear before changes merge.` : red ? reason = `${redText}. Changes wait until it is green, except reverts and fixes.` : frozen ? reason = `${branch} is green but ${frozenText}. Changes wait until the freeze ends.` : reason = `${branch} is green since ${formatTimestamp(state.line.since)}; nothing is frozen.`;
  let verdict = {
    branch,
    state: red ? "red" : frozen ? "frozen" : "green",
    locked: red || frozen,
    red,
    frozen,
    reason,
    since: red || !frozen ? state.line.since : freezes[0].since,
    freezes,
    asOf: now.toISOString(),
    timeZone: options.timeZone ?? "UTC"
  };
  return red && state.line.firstBad && (verdict.firstBad = state.line.firstBad), frozenUntil && (verdict.frozenUntil = frozenUntil), verdict;
}
function lockChange(before, after) {
  return !before.locked && after.locked ? "locked" : before.locked && !after.locked ? "released" : "none";
}

// src/lock/change-status.ts
var REASON_LIMIT = 40;
function cut(text, limit) {
  let chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= limit ? chars.join("") : `${chars.slice(0, limit - 1).join("")}\u2026`;
}
function describeExemption(exemption) {
  return exemption.kind === "revert" ? `reverts ${exemption.revertedShas.map(shortSha).join(", ")}` : `${exemption.label} by @${exemption.addedBy}`;
}
function bindingFreeze(freezes) {
  return [...freezes].sort((a, b) => {
    let end = (freeze2) => freeze2.until === void 0 ? 1 / 0 : Date.parse(freeze2.until);
    return end(b) - end(a);
  })[0];
}
function changeStatus(verdict, options) {
  let exemptions = options.exempt === void 0 ? [] : Array.isArray(options.exempt) ? options.exempt : [options.exempt], redExemption = exemptions.find((exemption) => exemption.lifts === "red"), freezeExemption = exemptions.find((exemption) => exemption.lifts === "freeze"), blockedByRed = verdict.red && !redExemption, blockedByFreeze = verdict.frozen && !freezeExemption, asOf = new Date(verdict.asOf), used = [verdict.red ? redExemption : void 0, verdict.frozen ? freezeExemption : void 0].filter(
    (exemption) => exemption !== void 0
  );
  if (!blockedByRed && !blockedByFreeze)
    return used.length === 0 ? { state: "success", description: fitStatusDescription(`${verdict.branch} green`) } : { state: "success", description: fitStatusDescription(`exempt: ${used.map(describeExemption).join("; ")}`) };
  let causes = [];
  if (blockedByRed) {
    let bad = verdict.firstBad, run = bad?.runNumber !== void 0 ? `, run #${bad.runNumber}` : "", details = bad ? ` (${shortSha(bad.sha)}${run})` : "";
    causes.push(`red since ${shortTime(verdict.since, asOf, verdict.timeZone)}${details}`);
  }
  if (blockedByFreeze) {
    let binding = bindingFreeze(verdict.freezes), more = verdict.freezes.length > 1 ? ` +${verdict.freezes.length - 1} more` : "", until = verdict.frozenUntil ? ` until ${shortTime(verdict.frozenUntil, asOf, verdict.timeZone)}` : "";
    causes.push(`frozen${until} (${cut(binding.reason, REASON_LIMIT)}${more})`);
  }
  let waiting = options.event === "pull_request" ? "waiting" : "blocked; queue again when clear", partly = used.length > 0 ? `; exempt: ${used.map(describeExemption).join("; ")}` : "";
  return {
    state: options.event === "pull_request" ? "pending" : "failure",
    description: fitStatusDescription(`${verdict.branch} ${causes.join(" and ")}; ${waiting}${partly}`)
  };
}

// src/github/default-branch.ts
async function defaultBranch(client, at, eventPayload) {
  let repository = eventPayload.repository;
  if (typeof repository?.default_branch == "string" && repository.default_branch !== "") return repository.default_branch;
  try {
    let { data } = await client.rest.repos.get({ owner: at.owner, repo: at.repo });
    return data.default_branch;
  } catch (error) {
    throw httpStatus(error) === 404 ? repositoryNotFound(at, error) : error;
  }
}

// src/lock/operations/schedule-source.ts
async function readFreezeSchedule(client, at, options) {
  let found = await readPathAt(client, { owner: at.owner, repo: at.repo, ref: options.branch, path: options.file });
  if (found !== void 0) {
    if (found.kind !== "file")
      throw new ConfigurationError(`${options.file} on ${options.branch} is a ${found.kind}, not a freezes file: point \`freezes-file\` at a YAML file`);
    return parseFreezeSchedule(found.bytes.toString("utf8"), options.file);
  }
}

export {
  RUN_CONCLUSIONS,
  isDeciding,
  colorOf,
  shortSha,
  applyRunEvent,
  planRunEvent,
  isFreezeActive,
  activeFreezes,
  freeze,
  unfreeze,
  FREEZES_FILE,
  reconcileScheduledFreezes,
  describeFirstBadCommit,
  lineVerdict,
  lockChange,
  changeStatus,
  DEFAULT_FREEZE_EXEMPT_LABEL,
  parseRevert,
  decideExemption,
  decideFreezeExemption,
  defaultBranch,
  readFreezeSchedule
};

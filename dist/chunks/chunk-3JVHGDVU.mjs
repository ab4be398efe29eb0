import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  IntegrityError,
  archivePathProblem,
  buildsOf,
  digestOf,
  fetchManifest,
  fetchPackage,
  hashFile,
  isIntegrityError,
  modeNumber,
  packageMismatch,
  paddingAfter,
  parseHeader,
  parsePaxRecords,
  shortDigest
} from "./chunk-UMO4C3A5.mjs";
import {
  lineVerdict,
  reconcileScheduledFreezes
} from "./chunk-K7ML6T2D.mjs";
import {
  createDeployment,
  deleteDeployment,
  earlierAttemptDeployments,
  latestDeploymentState,
  setDeploymentStatus
} from "./chunk-YJNRMGBW.mjs";
import {
  canonicalJson
} from "./chunk-UITPQSYK.mjs";
import {
  formatTimestamp,
  formatTimestampRelative
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
  readCommitStatuses
} from "./chunk-ILGHWTEF.mjs";
import {
  persist
} from "./chunk-BLFGYJHT.mjs";
import {
  readPathAt
} from "./chunk-NLRKADAM.mjs";
import {
  formatDuration,
  parseDuration
} from "./chunk-PWAGTHLM.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-W2U6OBLC.mjs";

// src/release/promotion/generated/validate-environments.ts
var ucs2length = function(str) {
  let len = str.length, length = 0, pos = 0, value;
  for (; pos < len; )
    length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
  return length;
}, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://stopline.dev/schemas/environments-v1.json", type: "object", additionalProperties: !1, properties: { version: { const: 1 }, environments: { type: "array", items: { type: "object", required: ["name"], additionalProperties: !1, properties: { name: { type: "string", minLength: 1, maxLength: 255 }, from: { type: "string", minLength: 1 }, require: { type: "array", items: { type: "string", minLength: 1 } }, soak: { if: { type: "string" }, then: { type: "string", minLength: 1 }, else: { const: 0 } } } } } } }, func2 = ucs2length;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "environments")) {
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
    if (data.environments !== void 0) {
      let data1 = data.environments;
      if (Array.isArray(data1)) {
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.name === void 0) {
              let err2 = { instancePath: instancePath + "/environments/" + i0, schemaPath: "#/properties/environments/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.environments.items.required, parentSchema: schema11.properties.environments.items, data: data2 };
              vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
            }
            for (let key1 in data2)
              if (!(key1 === "name" || key1 === "from" || key1 === "require" || key1 === "soak")) {
                let err3 = { instancePath: instancePath + "/environments/" + i0, schemaPath: "#/properties/environments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.environments.items, data: data2 };
                vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
              }
            if (data2.name !== void 0) {
              let data3 = data2.name;
              if (typeof data3 == "string") {
                if (func2(data3) > 255) {
                  let err4 = { instancePath: instancePath + "/environments/" + i0 + "/name", schemaPath: "#/properties/environments/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 255 }, message: "must NOT have more than 255 characters", schema: 255, parentSchema: schema11.properties.environments.items.properties.name, data: data3 };
                  vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
                }
                if (func2(data3) < 1) {
                  let err5 = { instancePath: instancePath + "/environments/" + i0 + "/name", schemaPath: "#/properties/environments/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.environments.items.properties.name, data: data3 };
                  vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
                }
              } else {
                let err6 = { instancePath: instancePath + "/environments/" + i0 + "/name", schemaPath: "#/properties/environments/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environments.items.properties.name.type, parentSchema: schema11.properties.environments.items.properties.name, data: data3 };
                vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
              }
            }
            if (data2.from !== void 0) {
              let data4 = data2.from;
              if (typeof data4 == "string") {
                if (func2(data4) < 1) {
                  let err7 = { instancePath: instancePath + "/environments/" + i0 + "/from", schemaPath: "#/properties/environments/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.environments.items.properties.from, data: data4 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
              } else {
                let err8 = { instancePath: instancePath + "/environments/" + i0 + "/from", schemaPath: "#/properties/environments/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environments.items.properties.from.type, parentSchema: schema11.properties.environments.items.properties.from, data: data4 };
                vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
              }
            }
            if (data2.require !== void 0) {
              let data5 = data2.require;
              if (Array.isArray(data5)) {
                let len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data6 = data5[i1];
                  if (typeof data6 == "string") {
                    if (func2(data6) < 1) {
                      let err9 = { instancePath: instancePath + "/environments/" + i0 + "/require/" + i1, schemaPath: "#/properties/environments/items/properties/require/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.environments.items.properties.require.items, data: data6 };
                      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                    }
                  } else {
                    let err10 = { instancePath: instancePath + "/environments/" + i0 + "/require/" + i1, schemaPath: "#/properties/environments/items/properties/require/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environments.items.properties.require.items.type, parentSchema: schema11.properties.environments.items.properties.require.items, data: data6 };
                    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                  }
                }
              } else {
                let err11 = { instancePath: instancePath + "/environments/" + i0 + "/require", schemaPath: "#/properties/environments/items/properties/require/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.environments.items.properties.require.type, parentSchema: schema11.properties.environments.items.properties.require, data: data5 };
                vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
              }
            }
            if (data2.soak !== void 0) {
              let data7 = data2.soak, _errs17 = errors, valid6 = !0, _errs18 = errors;
              if (typeof data7 != "string") {
                let err12 = {};
                vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
              }
              var _valid0 = _errs18 === errors;
              errors = _errs17, vErrors !== null && (_errs17 ? vErrors.length = _errs17 : vErrors = null);
              let ifClause0;
              if (_valid0) {
                let _errs20 = errors;
                if (typeof data7 == "string") {
                  if (func2(data7) < 1) {
                    let err13 = { instancePath: instancePath + "/environments/" + i0 + "/soak", schemaPath: "#/properties/environments/items/properties/soak/then/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.environments.items.properties.soak.then, data: data7 };
                    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                  }
                } else {
                  let err14 = { instancePath: instancePath + "/environments/" + i0 + "/soak", schemaPath: "#/properties/environments/items/properties/soak/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environments.items.properties.soak.then.type, parentSchema: schema11.properties.environments.items.properties.soak.then, data: data7 };
                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                }
                var _valid0 = _errs20 === errors;
                valid6 = _valid0, ifClause0 = "then";
              } else {
                let _errs22 = errors;
                if (data7 !== 0) {
                  let err15 = { instancePath: instancePath + "/environments/" + i0 + "/soak", schemaPath: "#/properties/environments/items/properties/soak/else/const", keyword: "const", params: { allowedValue: 0 }, message: "must be equal to constant", schema: 0, parentSchema: schema11.properties.environments.items.properties.soak.else, data: data7 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
                var _valid0 = _errs22 === errors;
                valid6 = _valid0, ifClause0 = "else";
              }
              if (!valid6) {
                let err16 = { instancePath: instancePath + "/environments/" + i0 + "/soak", schemaPath: "#/properties/environments/items/properties/soak/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.environments.items.properties.soak.if, parentSchema: schema11.properties.environments.items.properties.soak, data: data7 };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
              }
            }
          } else {
            let err17 = { instancePath: instancePath + "/environments/" + i0, schemaPath: "#/properties/environments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.items.type, parentSchema: schema11.properties.environments.items, data: data2 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
      } else {
        let err18 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data1 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
  } else {
    let err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var validateEnvironments = validate10;

// src/release/promotion/environments-file.ts
var ENVIRONMENTS_FILE = ".github/stopline/environments.yml", EnvironmentsFileError = class extends ConfigFileError {
}, WORDING = {
  versionOf: "environments file",
  requiredHints: {
    name: "add `name:`, the environment's name as the deployments use it, e.g. `name: staging`"
  },
  messages: {
    type: (error) => error.instancePath.endsWith("/require") ? `must be ${expectedType(error)}, e.g. \`require: [stopline/security-gate]\`, not ${describeValue(error.data)}` : void 0,
    // A soak that is not a string must be 0 (none); the version's `const` reads as the generic one.
    const: (error) => error.instancePath.endsWith("/soak") ? `is ${describeValue(error.data)}; write a duration such as 30m, 2h or 1d (or 0 for none)` : void 0,
    maxLength: () => "is too long; GitHub environment names have at most 255 characters"
  }
};
function parseEnvironmentsFile(text, file = ENVIRONMENTS_FILE) {
  let yaml = readYamlFile(text, file, EnvironmentsFileError);
  if (yaml.value === null) return { file, environments: [] };
  if (!validateEnvironments(yaml.value)) throw new EnvironmentsFileError(schemaProblems(validateEnvironments.errors, yaml, WORDING));
  let raw = yaml.value.environments ?? [], problems = [], problem = (where, message) => problems.push(yaml.problemAt(where, message)), environments = [], seen = [];
  for (let [index, entry] of raw.entries()) {
    let where = `/environments/${index}`, rule = { name: entry.name, line: yaml.lineOf(where) };
    if (seen.includes(entry.name) && problem(`${where}/name`, `"${entry.name}" is listed twice; list each environment once`), entry.from !== void 0)
      if (entry.from === entry.name)
        problem(`${where}/from`, `is "${entry.from}", the environment itself; name the environment before it in the chain, or leave \`from\` out to promote builds`);
      else if (seen.includes(entry.from))
        rule.from = entry.from;
      else {
        let later = raw.slice(index + 1).some((other) => other.name === entry.from), guess = closest(entry.from, seen), hint = later ? `"${entry.from}" is listed after "${entry.name}"; list environments in the order releases move through them` : guess ? `did you mean "${guess}"?` : seen.length > 0 ? `environments listed before it: ${seen.join(", ")}` : "it is the first environment, so it takes the release built from the commit: leave `from` out";
        problem(`${where}/from`, `is "${entry.from}", which is not an environment listed before "${entry.name}"; ${hint}`);
      }
    if (entry.require !== void 0 && (rule.require = [...entry.require]), entry.soak !== void 0 && entry.soak !== 0) {
      try {
        rule.soakMs = parseDuration(entry.soak, "soak");
      } catch {
        problem(`${where}/soak`, `is "${entry.soak}", not a duration; write e.g. 30m, 2h or 1d`);
      }
      entry.from === void 0 && rule.soakMs && problem(`${where}/soak`, "needs `from`: a soak is how long the release must have run verified in the environment it is promoted from");
    }
    seen.push(entry.name), environments.push(rule);
  }
  if (problems.length > 0) throw new EnvironmentsFileError(inFileOrder(problems));
  return { file, environments };
}
function environmentRule(chain, environment) {
  let rule = chain.environments.find((candidate) => candidate.name === environment);
  if (rule) return rule;
  let names = chain.environments.map((candidate) => candidate.name), guess = closest(environment, names);
  throw new ConfigurationError(
    `input 'environment': "${environment}" is not listed in ${chain.file}${guess ? `; did you mean "${guess}"?` : names.length > 0 ? ` (it lists ${names.join(", ")})` : ""}. Every environment is promoted by the chain the file declares: add it there, or fix the name.`
  );
}

// src/release/promotion/checks.ts
var short = (sha) => sha.slice(0, 7);
function describeFreeze(freeze) {
  let by = freeze.source === "manual" ? `@${freeze.by}` : `schedule "${freeze.by}"`;
  return `"${freeze.reason}" (${by}, ${freeze.until ? `until ${formatTimestamp(freeze.until)}` : "until lifted"})`;
}
function freezeCheck(state, schedule, now) {
  let verdict = lineVerdict(reconcileScheduledFreezes(state, schedule, now).state, now);
  if (!verdict.frozen) return { name: "freeze", ok: !0, detail: "nothing is frozen" };
  let freezes = verdict.freezes.map(describeFreeze).join("; ");
  return {
    name: "freeze",
    ok: !1,
    detail: `frozen: ${freezes}`,
    refusal: {
      reason: `the line is frozen: ${freezes}`,
      fix: verdict.frozenUntil ? `promote after ${formatTimestamp(verdict.frozenUntil)}, or lift the freeze (commit-lock \`command: unlock\` for a manual one)` : "promote once the freeze is lifted (commit-lock `command: unlock`)"
    }
  };
}
function describeRelease(releaseId, record) {
  return `${record.version} (${shortDigest(releaseId)}, built ${formatTimestamp(record.createdAt)})`;
}
function orderCheck(input) {
  let { state, release, rule, selection } = input, pointer = state.environments[rule.environment];
  if (pointer === void 0 || pointer.releaseId === release.releaseId) return [];
  let running = state.releases[pointer.releaseId];
  if (running === void 0) return [];
  let built = Date.parse(release.record.createdAt), runningBuilt = Date.parse(running.createdAt);
  if (Number.isNaN(built) || Number.isNaN(runningBuilt)) return [];
  let runs = describeRelease(pointer.releaseId, running);
  if (built >= runningBuilt)
    return [{ name: "order", ok: !0, detail: `${built > runningBuilt ? "newer than" : "built at the same time as"} what ${rule.environment} runs: ${runs}` }];
  if (selection.kind === "release-id")
    return [{ name: "order", ok: !0, detail: `rollback named by release-id: older than what ${rule.environment} runs, ${runs}` }];
  let chosen = selection.kind === "from" ? `what ${selection.environment} runs` : `the newest build of commit ${short(selection.commit)}`;
  return [
    {
      name: "order",
      ok: !1,
      detail: `older than what ${rule.environment} runs: ${runs}`,
      refusal: {
        reason: `release ${describeRelease(release.releaseId, release.record)}, ${chosen}, is older than ${runs}, which ${rule.environment} runs: promoting it would take ${rule.environment} back`,
        fix: `to roll ${rule.environment} back on purpose, name the release (release-id: ${release.releaseId}); otherwise promote a release newer than ${running.version}`
      }
    }
  ];
}
function verifiedIn(state, release, environment) {
  let pointer = state.environments[environment];
  return pointer?.releaseId === release.releaseId && pointer.verified ? pointer.verifiedAt ?? pointer.since : release.record.verified?.[environment];
}
function fromChecks(input) {
  let { rule, state, release, now } = input, from = rule.from;
  if (from === void 0) return [];
  let before = release.record.verified?.[rule.environment];
  if (input.selection.kind === "release-id" && before !== void 0)
    return [{ name: "from", ok: !0, detail: `rollback: verified in ${rule.environment} before (${formatTimestamp(before)}), so ${from} and the soak do not apply` }];
  let at = verifiedIn(state, release, from);
  if (at === void 0) {
    let pointer = state.environments[from], runs = pointer === void 0 ? `${from} runs no release` : pointer.releaseId === release.releaseId ? `${from} runs it, not verified yet` : `${from} runs ${pointer.releaseId} instead`;
    return [
      {
        name: "from",
        ok: !1,
        detail: `not verified in ${from} (${runs})`,
        refusal: {
          reason: `release ${release.releaseId} has not been verified in ${from} (${runs})`,
          fix: `promote it to ${from} and let its deploy checks mark it verified there first`
        }
      }
    ];
  }
  let checks = [{ name: "from", ok: !0, detail: `verified in ${from} at ${formatTimestamp(at)}` }];
  if (rule.soakMs > 0) {
    let elapsed = now.getTime() - Date.parse(at), soak = formatDuration(rule.soakMs);
    if (elapsed >= rule.soakMs)
      checks.push({ name: "soak", ok: !0, detail: `${formatDuration(elapsed)} verified in ${from} (soak ${soak})` });
    else {
      let ready = new Date(Date.parse(at) + rule.soakMs).toISOString();
      checks.push({
        name: "soak",
        ok: !1,
        detail: `${formatDuration(Math.max(0, elapsed))} of ${soak} verified in ${from}`,
        passesAt: ready,
        refusal: {
          reason: `release ${release.releaseId} has been verified in ${from} for ${formatDuration(Math.max(0, elapsed))}, less than the soak of ${soak}`,
          fix: `promote after ${formatTimestampRelative(ready, now)}, or lower 'soak'`
        }
      });
    }
  }
  return checks;
}
function statusChecks(input) {
  let sha = input.release.record.sha;
  return input.rule.require.map((context) => {
    let status = input.statuses.get(context);
    return status === void 0 ? {
      name: "status",
      subject: context,
      ok: !1,
      detail: "missing",
      refusal: {
        reason: `the required status ${context} is missing on commit ${short(sha)}`,
        fix: `run the workflow that sets ${context} on that commit (for stopline/security-gate: the security gate on the commit that was built), or remove it from 'require'`
      }
    } : status.state === "success" ? { name: "status", subject: context, ok: !0, detail: `success${status.description ? `: ${status.description}` : ""}` } : {
      name: "status",
      subject: context,
      ok: !1,
      detail: `${status.state}${status.description ? `: ${status.description}` : ""}`,
      refusal: {
        reason: `the required status ${context} is ${status.state} on commit ${short(sha)}${status.description ? ` ("${status.description}")` : ""}`,
        fix: status.state === "pending" ? `wait until ${context} finishes on that commit, then promote again` : `fix what ${context} reports (${status.targetUrl ?? "see the commit's checks"}), build and promote the fixed commit`
      }
    };
  });
}
function repositoryCheck(input) {
  let built = input.release.record.repository;
  return built === void 0 ? [] : built === input.repository ? [{ name: "repository", ok: !0, detail: `built from ${built}` }] : [
    {
      name: "repository",
      ok: !1,
      detail: `built from ${built}`,
      refusal: { reason: `release ${input.release.releaseId} was built from ${built}, not from ${input.repository}`, fix: `promote releases built in ${input.repository} (run build-once in this repository)` }
    }
  ];
}
function promotionChecks(input) {
  return [...repositoryCheck(input), freezeCheck(input.state, input.schedule, input.now), ...orderCheck(input), ...fromChecks(input), ...statusChecks(input)];
}
function refusalsOf(checks) {
  return checks.filter((check) => !check.ok && check.refusal).map((check) => check.refusal);
}
function waitingUntil(checks) {
  let failed = checks.filter((check) => !check.ok);
  if (!(failed.length === 0 || failed.some((check) => check.passesAt === void 0)))
    return failed.map((check) => check.passesAt).sort().at(-1);
}
function describeRefusals(environment, refusals) {
  return `Not promoted to ${environment}: ${refusals.map((refusal) => `${refusal.reason}; ${refusal.fix}`).join(". ")}.`;
}

// src/release/promotion/rule.ts
var DEFAULT_REQUIRED_STATUSES = ["stopline/security-gate"];
function promotionRule(environment, file, inputs) {
  let from = inputs.from ?? file?.from, soakMs = inputs.soakMs ?? file?.soakMs ?? 0;
  if (from === environment)
    throw new ConfigurationError(`input 'from': "${from}" is the environment being promoted to; name the environment the release comes from (e.g. staging for production)`);
  if (soakMs > 0 && from === void 0)
    throw new ConfigurationError("input 'soak' needs 'from': a soak is how long the release must have run verified in the environment it is promoted from; set 'from', or leave 'soak' empty");
  let rule = { environment, require: [...inputs.require ?? file?.require ?? DEFAULT_REQUIRED_STATUSES], soakMs };
  return from !== void 0 && (rule.from = from), rule;
}

// src/release/promotion/select-release.ts
var MIN_PREFIX_HEX = 7;
function findReleaseById(state, input, ledgerName) {
  let text = input.trim().toLowerCase(), hex = text.startsWith("sha256:") ? text.slice(7) : text;
  if (!/^[0-9a-f]+$/.test(hex) || hex.length < MIN_PREFIX_HEX || hex.length > 64)
    throw new ConfigurationError(
      `input 'release-id': "${input}" is not a release id; give the \`release-id\` output of build-once (sha256: and 64 hex digits), or a unique prefix of at least ${MIN_PREFIX_HEX} hex digits`
    );
  let matches = Object.keys(state.releases).filter((id) => id.startsWith(`sha256:${hex}`));
  if (matches.length === 1) return { releaseId: matches[0], record: state.releases[matches[0]] };
  throw matches.length > 1 ? new ConfigurationError(`input 'release-id': "${input}" matches ${matches.length} releases (${matches.slice(0, 3).join(", ")}${matches.length > 3 ? ", \u2026" : ""}); give more digits`) : new ConfigurationError(
    `input 'release-id': no release ${input} is registered in the ledger ${ledgerName}; check the id (the board lists what runs where, build-once's \`release-id\` output names each build)`
  );
}
function selectRelease(state, request) {
  if (request.releaseId !== void 0)
    return { ok: !0, selection: { kind: "release-id", input: request.releaseId }, release: findReleaseById(state, request.releaseId, request.ledgerName) };
  if (request.from !== void 0) {
    let selection2 = { kind: "from", environment: request.from }, pointer = state.environments[request.from];
    if (pointer === void 0)
      return {
        ok: !1,
        selection: selection2,
        refusal: { reason: `${request.from} runs no release yet, so there is nothing to promote from it`, fix: `promote a release to ${request.from} first` }
      };
    let record = state.releases[pointer.releaseId];
    return record === void 0 ? {
      ok: !1,
      selection: selection2,
      refusal: {
        reason: `${request.from} runs release ${pointer.releaseId}, which the ledger's release registry does not list`,
        fix: `promote a registered release to ${request.from} again (the ledger history shows who wrote the pointer)`
      }
    } : { ok: !0, selection: selection2, release: { releaseId: pointer.releaseId, record } };
  }
  let commit = request.commit ?? "";
  if (commit === "" || /^0+$/.test(commit))
    throw new ConfigurationError("promote needs a release: set 'release-id' or 'from', or run it in a workflow whose commit (GITHUB_SHA) was built by build-once");
  let selection = { kind: "commit", name: request.name, commit }, newest = buildsOf(state, request.name, commit)[0];
  return newest === void 0 ? {
    ok: !1,
    selection,
    refusal: {
      reason: `no release of ${request.name} was built from commit ${commit.slice(0, 7)}`,
      fix: `run build-once (name: ${request.name}) on that commit before promote, or name the release with 'release-id'`
    }
  } : { ok: !0, selection, release: newest };
}

// src/release/promotion/pointer.ts
var samePromotion = (a, b) => canonicalJson(a === void 0 ? null : [a.releaseId, a.since]) === canonicalJson(b === void 0 ? null : [b.releaseId, b.since]);
function pointerOf(promotion, previous) {
  let pointer = {
    releaseId: promotion.releaseId,
    sha: promotion.record.sha,
    version: promotion.record.version,
    since: promotion.at.toISOString(),
    verified: !1,
    promotedBy: promotion.promotedBy
  };
  return promotion.deploymentId !== void 0 && (pointer.deploymentId = promotion.deploymentId), promotion.promotedFrom !== void 0 && (pointer.promotedFrom = promotion.promotedFrom), promotion.runUrl !== void 0 && (pointer.runUrl = promotion.runUrl), previous !== void 0 && (pointer.previousReleaseId = previous.releaseId), pointer;
}
function recordPromotion(state, promotion, expected, refuse = () => {
}) {
  let current = state.environments[promotion.environment];
  if (!samePromotion(current, expected))
    return current?.releaseId === promotion.releaseId ? { state, result: { kind: "already", current } } : { state, result: { kind: "conflict", current } };
  let refusal = refuse(state);
  if (refusal !== void 0) return { state, result: { kind: "refused", refusal } };
  let pointer = pointerOf(promotion, current), write = current === void 0 ? { kind: "recorded", pointer } : { kind: "recorded", pointer, previous: current };
  return { state: { ...state, environments: { ...state.environments, [promotion.environment]: pointer } }, result: write };
}
function markVerified(state, environment, releaseId, at) {
  let current = state.environments[environment];
  if (current === void 0 || current.releaseId !== releaseId) return { state, result: { kind: "not-current", current } };
  if (current.verified) return { state, result: { kind: "already-verified", pointer: current } };
  let when = at.toISOString(), pointer = { ...current, verified: !0, verifiedAt: when }, record = state.releases[releaseId], releases = record === void 0 || record.verified?.[environment] !== void 0 ? state.releases : { ...state.releases, [releaseId]: { ...record, verified: { ...record.verified, [environment]: when } } };
  return { state: { ...state, environments: { ...state.environments, [environment]: pointer }, releases }, result: { kind: "verified", pointer } };
}

// src/release/operations/environments-source.ts
async function readEnvironmentChain(client, at, branch, file = ENVIRONMENTS_FILE) {
  let found = await readPathAt(client, { owner: at.owner, repo: at.repo, ref: branch, path: file });
  if (found !== void 0) {
    if (found.kind !== "file") throw new ConfigurationError(`${file} on ${branch} is a ${found.kind}, not a file; the environments file must be a YAML file`);
    return parseEnvironmentsFile(found.bytes.toString("utf8"), `${file}@${branch}`);
  }
}

// src/release/operations/promote.ts
import { mkdtemp, readdir, rm } from "node:fs/promises";
import path2 from "node:path";

// src/release/package/unpack-package.ts
import { createHash } from "node:crypto";
import { closeSync, createReadStream, fchmodSync, mkdirSync, openSync, writeSync, promises as fs } from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";

// src/release/package/tar-reader.ts
var TarFormatError = class extends Error {
  name = "TarFormatError";
}, IGNORED_PAX_KEYS = /* @__PURE__ */ new Set(["mtime", "atime", "ctime", "uid", "gid", "uname", "gname", "comment", "charset", "hdrcharset"]), MAX_PAX_SIZE = 1 << 20, REFUSED_TYPES = {
  1: "a hard link",
  2: "a symbolic link",
  3: "a character device",
  4: "a block device",
  5: "a directory entry",
  6: "a FIFO",
  7: "a contiguous file",
  g: "a global pax header",
  L: "a GNU long name",
  K: "a GNU long link name",
  S: "a GNU sparse file"
};
async function* readTar(source) {
  let input = new ByteSource(source), pax = /* @__PURE__ */ new Map();
  for (; ; ) {
    let block = await input.take(512);
    if (block === void 0) throw new TarFormatError("the archive ends without its end marker (it is truncated)");
    let header;
    try {
      header = parseHeader(block);
    } catch (error) {
      throw new TarFormatError(error.message);
    }
    if (header === void 0) {
      await expectEnd(input);
      return;
    }
    if (header.type === "x") {
      if (header.size > MAX_PAX_SIZE) throw new TarFormatError(`a pax header of ${header.size} bytes is larger than any Stopline writes`);
      let body = await input.take(header.size + paddingAfter(header.size));
      if (body === void 0) throw new TarFormatError("the archive ends inside a pax header (it is truncated)");
      try {
        pax = parsePaxRecords(body.subarray(0, header.size));
      } catch (error) {
        throw new TarFormatError(error.message);
      }
      for (let key of pax.keys())
        if (key !== "path" && key !== "size" && !IGNORED_PAX_KEYS.has(key)) throw new TarFormatError(`a pax header sets "${key}", which Stopline packages never carry`);
      continue;
    }
    if (header.type !== "0" && header.type !== "\0") {
      let what = REFUSED_TYPES[header.type] ?? `an entry of type "${header.type}"`;
      throw new TarFormatError(`"${pax.get("path") ?? header.name}" is ${what}; packages hold regular files only`);
    }
    let path3 = pax.get("path") ?? header.name, sizeText = pax.get("size"), size = sizeText === void 0 ? header.size : Number(sizeText);
    if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError(`"${path3}" has an invalid size`);
    pax = /* @__PURE__ */ new Map(), yield { kind: "file", path: path3, mode: header.mode, size };
    let remaining = size;
    for (; remaining > 0; ) {
      let chunk = await input.some(remaining);
      if (chunk === void 0) throw new TarFormatError(`the archive ends inside "${path3}" (it is truncated)`);
      remaining -= chunk.length, yield { kind: "data", chunk };
    }
    if (await input.take(paddingAfter(size)) === void 0) throw new TarFormatError(`the archive ends inside "${path3}" (it is truncated)`);
    yield { kind: "file-end" };
  }
}
async function expectEnd(input) {
  let second = await input.take(512);
  if (second === void 0 || !isZero(second)) throw new TarFormatError("the archive has a lone zero block where its end marker or an entry should be");
  for (; ; ) {
    let rest = await input.some(Number.MAX_SAFE_INTEGER);
    if (rest === void 0) return;
    if (!isZero(rest)) throw new TarFormatError("the archive has data after its end marker");
  }
}
function isZero(bytes) {
  for (let byte of bytes) if (byte !== 0) return !1;
  return !0;
}
var ByteSource = class {
  iterator;
  pending = Buffer.alloc(0);
  constructor(source) {
    this.iterator = source[Symbol.asyncIterator]();
  }
  /** Exactly `count` bytes, or undefined when the input ends first. */
  async take(count) {
    for (; this.pending.length < count; ) {
      let next = await this.iterator.next();
      if (next.done) return;
      this.pending = this.pending.length === 0 ? next.value : Buffer.concat([this.pending, next.value]);
    }
    let taken = this.pending.subarray(0, count);
    return this.pending = this.pending.subarray(count), taken;
  }
  /** Between 1 and `max` bytes, or undefined at the end of the input. */
  async some(max) {
    for (; this.pending.length === 0; ) {
      let next = await this.iterator.next();
      if (next.done) return;
      this.pending = next.value;
    }
    let taken = this.pending.subarray(0, Math.min(max, this.pending.length));
    return this.pending = this.pending.subarray(taken.length), taken;
  }
};

// src/release/package/unpack-package.ts
var READ_SIZE = 1 << 20;
async function unpackPackage(file, dir, expected) {
  let target = path.resolve(dir), existing = await fs.readdir(target).catch((error) => {
    if (error.code !== "ENOENT")
      throw error;
  });
  if (existing !== void 0 && existing.length > 0)
    throw new ConfigurationError(`Cannot unpack the release into ${target}: the directory is not empty. Unpack into a new or empty directory, so that no file of another release is mixed in.`);
  await fs.mkdir(target, { recursive: !0 });
  try {
    return await unpackInto(file, target, expected);
  } catch (error) {
    if (existing === void 0) await fs.rm(target, { recursive: !0, force: !0 });
    else for (let name of await fs.readdir(target)) await fs.rm(path.join(target, name), { recursive: !0, force: !0 });
    throw error;
  }
}
async function unpackInto(file, target, expected) {
  let listed = new Map(expected.files.map((entry) => [entry.path, entry])), packageHash = createHash("sha256"), hashing = new Transform({
    transform(chunk, _encoding, done) {
      packageHash.update(chunk), done(null, chunk);
    }
  }), writer = new FileWriter(target, listed);
  try {
    await pipeline(createReadStream(file, { highWaterMark: READ_SIZE }), hashing, createGunzip({ chunkSize: READ_SIZE }), async (tar) => {
      for await (let event of readTar(tar)) writer.handle(event);
    });
  } catch (error) {
    if (writer.abort(), !(error instanceof IntegrityError || error instanceof TarFormatError || isZlibError(error))) throw error;
    let whole = await hashFile(file).then((hashed) => hashed.digest, () => {
    });
    throw whole !== void 0 && whole !== expected.package.digest ? packageMismatch(file, expected.package.digest, whole) : error instanceof IntegrityError ? error : new IntegrityError(`The package ${file} is not a valid Stopline package: ${error.message}.`, void 0, void 0, { cause: error });
  }
  let found = digestOf(packageHash.digest("hex"));
  if (found !== expected.package.digest) throw packageMismatch(file, expected.package.digest, found);
  let missing = [...listed.keys()].filter((entry) => !writer.seen.has(entry));
  if (missing.length > 0)
    throw new IntegrityError(`The package ${file} lacks ${missing.length} file(s) its manifest lists, e.g. "${missing[0]}". The package and the manifest do not belong together.`);
  return { files: writer.seen.size, bytes: writer.bytes };
}
function isZlibError(error) {
  return typeof error?.code == "string" && error.code.startsWith("Z_");
}
var FileWriter = class {
  constructor(target, listed) {
    this.target = target;
    this.listed = listed;
  }
  target;
  listed;
  seen = /* @__PURE__ */ new Set();
  bytes = 0;
  current;
  madeDirectories = /* @__PURE__ */ new Set();
  handle(event) {
    event.kind === "file" ? this.open(event.path, event.mode, event.size) : event.kind === "data" ? this.write(event.chunk) : this.close();
  }
  open(entryPath, mode, size) {
    let problem = archivePathProblem(entryPath);
    if (problem !== void 0) throw new IntegrityError(`The package holds an entry "${entryPath}" that cannot be unpacked safely: ${problem}. Refused; nothing was unpacked.`);
    let entry = this.listed.get(entryPath);
    if (entry === void 0) throw new IntegrityError(`The package holds "${entryPath}", which its manifest does not list. The package and the manifest do not belong together.`);
    if (this.seen.has(entryPath)) throw new IntegrityError(`The package holds "${entryPath}" twice.`);
    if (mode !== modeNumber(entry.mode)) throw new IntegrityError(`"${entryPath}" has mode ${mode.toString(8).padStart(4, "0")} in the package but ${entry.mode} in the manifest.`);
    if (size !== entry.size) throw new IntegrityError(`"${entryPath}" is ${size} bytes in the package but ${entry.size} in the manifest.`, String(entry.size), String(size));
    this.seen.add(entryPath);
    let destination = path.join(this.target, ...entryPath.split("/")), relative = path.relative(this.target, destination);
    if (relative.startsWith("..") || path.isAbsolute(relative)) throw new IntegrityError(`The package entry "${entryPath}" would be written outside ${this.target}. Refused.`);
    let parent = path.dirname(destination);
    this.madeDirectories.has(parent) || (mkdirSync(parent, { recursive: !0 }), this.madeDirectories.add(parent));
    let fd = openSync(destination, "wx", modeNumber(entry.mode));
    fchmodSync(fd, modeNumber(entry.mode)), this.current = { entry, fd, hash: createHash("sha256"), written: 0 };
  }
  write(chunk) {
    let current = this.current;
    current.hash.update(chunk);
    let offset = 0;
    for (; offset < chunk.length; ) offset += writeSync(current.fd, chunk, offset);
    current.written += chunk.length, this.bytes += chunk.length;
  }
  close() {
    let current = this.current;
    this.current = void 0, closeSync(current.fd);
    let found = current.hash.digest("hex");
    if (found !== current.entry.sha256)
      throw new IntegrityError(
        `"${current.entry.path}" in the package is not the file the manifest lists: expected sha256:${current.entry.sha256}, found sha256:${found}.`,
        `sha256:${current.entry.sha256}`,
        `sha256:${found}`
      );
  }
  abort() {
    this.current !== void 0 && closeSync(this.current.fd), this.current = void 0;
  }
};

// src/release/operations/promote.ts
function manifestRefusals(manifest, release, repository) {
  let refusals = [];
  return manifest.source.repository !== repository && refusals.push({ reason: `release ${release.releaseId} was built from ${manifest.source.repository}, not from ${repository} (its manifest says so)`, fix: `promote releases built in ${repository} (run build-once in this repository)` }), (manifest.package.digest !== release.record.digest || manifest.source.commit !== release.record.sha || manifest.name !== release.record.name) && refusals.push({
    reason: `the manifest of release ${release.releaseId} does not match the ledger's record (manifest: ${manifest.name} at ${manifest.source.commit.slice(0, 7)}, package ${manifest.package.digest}; ledger: ${release.record.name} at ${release.record.sha.slice(0, 7)}, package ${release.record.digest})`,
    fix: "the ledger record was edited by hand: revert that ledger commit, or build the commit again and promote the new release"
  }), refusals;
}
async function emptyDirectory(dir) {
  for (let name of await readdir(dir).catch(() => [])) await rm(path2.join(dir, name), { recursive: !0, force: !0 });
}
async function promoteRelease(context, request) {
  let { rule } = request, environment = rule.environment, repository = `${context.at.owner}/${context.at.repo}`, report = { outcome: "refused", environment, checks: [], refusals: [], notes: [] }, { state } = await context.ledger.read(), expected = state.environments[environment];
  expected && (report.previous = expected);
  let selected = selectRelease(state, {
    ...request.releaseId !== void 0 ? { releaseId: request.releaseId } : {},
    ...request.releaseId === void 0 && rule.from !== void 0 ? { from: rule.from } : {},
    name: request.name,
    ...request.commit !== void 0 ? { commit: request.commit } : {},
    ledgerName: context.ledger.name
  });
  if (report.selection = selected.selection, !selected.ok)
    return report.refusals = [selected.refusal], report;
  let release = selected.release;
  report.release = release;
  let statuses = rule.require.length > 0 ? await readCommitStatuses(context.client, context.at, release.record.sha) : /* @__PURE__ */ new Map();
  if (report.checks = promotionChecks({
    state,
    ...request.schedule ? { schedule: request.schedule } : {},
    now: context.now(),
    rule,
    release,
    selection: selected.selection,
    statuses,
    repository
  }), report.refusals = refusalsOf(report.checks), report.refusals.length > 0) {
    let until = waitingUntil(report.checks);
    return until !== void 0 && (report.outcome = "waiting", report.waitingUntil = until), report;
  }
  try {
    let { manifest: manifest2 } = await fetchManifest(context.client, context.at, release);
    if (report.manifest = manifest2, report.refusals = manifestRefusals(manifest2, release, repository), report.refusals.length > 0) return report;
    let scratch = await mkdtemp(path2.join(request.workDir, "stopline-promote-"));
    try {
      let fetched = await fetchPackage(context.client, context.at, release, manifest2, { dir: scratch, ...request.artifactPath ? { artifactPath: request.artifactPath } : {} });
      context.logger.info(`fetched ${path2.basename(fetched.file)} (${fetched.size} bytes): ${fetched.digest}, as the manifest says`), report.files = (await unpackPackage(fetched.file, request.path, manifest2)).files;
    } finally {
      await rm(scratch, { recursive: !0, force: !0 });
    }
  } catch (error) {
    if (!isIntegrityError(error)) throw error;
    return report.integrity = error.message, report;
  }
  context.logger.info(`unpacked ${report.files} file(s) into ${request.path}, each matching the manifest`);
  let promotedFrom = selected.selection.kind === "from" ? selected.selection.environment : void 0, manifest = report.manifest, promotedDescription = `promoted ${manifest.name} ${manifest.version}${promotedFrom ? ` from ${promotedFrom}` : ""}; verified files ready`;
  if (expected?.releaseId === release.releaseId)
    return report.outcome = "current", expected.deploymentId !== void 0 && (report.deploymentId = expected.deploymentId, await finishRecordedDeployment(context, expected.deploymentId, promotedDescription, report)), report.notes.push(`${environment} already runs ${release.releaseId} (since ${expected.since}); nothing recorded, the verified files are in place`), report;
  let deploymentId = await deploymentFor(context, {
    sha: release.record.sha,
    environment,
    description: `Stopline: ${manifest.name} ${manifest.version} (release ${shortDigest(release.releaseId)})${promotedFrom ? ` from ${promotedFrom}` : ""}`,
    payload: { releaseId: release.releaseId, digest: release.record.digest, name: manifest.name, version: manifest.version, promotedFrom: promotedFrom ?? null }
  }), write;
  try {
    let at = context.now();
    write = (await context.ledger.update(
      `promote: ${environment} \u2190 ${manifest.name} ${manifest.version} (${release.releaseId})`,
      (current) => recordPromotion(
        current,
        {
          environment,
          releaseId: release.releaseId,
          record: release.record,
          at,
          promotedBy: context.actor,
          ...promotedFrom ? { promotedFrom } : {},
          ...context.runUrl ? { runUrl: context.runUrl } : {},
          deploymentId
        },
        expected,
        // A freeze that began while this promotion fetched its bytes still stops it.
        (latest) => freezeCheck(latest, request.schedule, context.now()).refusal
      )
    )).result;
  } catch (error) {
    throw await discardDeployment(context, deploymentId), error;
  }
  if (write.kind !== "recorded") {
    if ((write.kind !== "already" || write.current.deploymentId !== deploymentId) && await discardDeployment(context, deploymentId), write.kind === "already")
      return report.outcome = "current", write.current.deploymentId !== void 0 && (report.deploymentId = write.current.deploymentId), report.notes.push(`another run promoted ${release.releaseId} to ${environment} at the same time (${write.current.runUrl ?? `by @${write.current.promotedBy ?? "unknown"}`}); its promotion stands, this one recorded nothing`), report;
    if (await emptyDirectory(request.path), write.kind === "refused")
      return report.refusals = [write.refusal], report;
    let now = write.current;
    return report.refusals = [
      {
        reason: now ? `${environment} changed while this promotion ran: another run promoted ${now.releaseId}${now.version ? ` (${now.version})` : ""} at ${now.since}${now.promotedBy ? ` (by @${now.promotedBy}${now.runUrl ? `, ${now.runUrl}` : ""})` : ""}, so this promotion of ${release.releaseId} was not recorded` : `${environment}'s release was removed from the ledger while this promotion ran, so this promotion of ${release.releaseId} was not recorded`,
        fix: "nothing was overwritten; run the step again to promote on top of the current release (its checks run again), or leave the newer promotion in place"
      }
    ], report;
  }
  report.outcome = "promoted", report.deploymentId = deploymentId;
  try {
    await persist(
      () => setDeploymentStatus(context.client, context.at, deploymentId, {
        state: "success",
        description: promotedDescription,
        ...context.runUrl ? { logUrl: context.runUrl } : {}
      })
    );
  } catch (error) {
    report.notes.push(`the deployment's status could not be set: ${errorMessage(error)}`), context.logger.warning(`deployment ${deploymentId}: status not set (${errorMessage(error)})`);
  }
  return report;
}
async function deploymentFor(context, deployment) {
  let leftovers = (context.run ? await earlierAttemptDeployments(context.client, context.at, { environment: deployment.environment, sha: deployment.sha, run: context.run }) : []).filter((candidate) => candidate.state === void 0), reused = leftovers.find((leftover) => leftover.payload.releaseId === deployment.payload.releaseId && leftover.payload["rollback-of"] === void 0);
  for (let leftover of leftovers) leftover !== reused && await discardDeployment(context, leftover.id);
  if (reused)
    return context.logger.info(`deployment ${reused.id} was created by an earlier attempt of this run, which stopped before recording it: reused`), reused.id;
  let { id } = await createDeployment(context.client, { ...context.at, ...deployment, payload: { ...deployment.payload, ...context.run ? { run: context.run } : {} } });
  return id;
}
async function finishRecordedDeployment(context, deploymentId, description, report) {
  try {
    if (await latestDeploymentState(context.client, context.at, deploymentId) !== void 0) return;
    await setDeploymentStatus(context.client, context.at, deploymentId, { state: "success", description, ...context.runUrl ? { logUrl: context.runUrl } : {} }), report.notes.push(`deployment ${deploymentId}, recorded by a promotion that stopped before giving it a status, was set to success`);
  } catch (error) {
    context.logger.warning(`deployment ${deploymentId}: could not check or set its status (${errorMessage(error)})`);
  }
}
async function discardDeployment(context, deploymentId) {
  try {
    await persist(() => deleteDeployment(context.client, context.at, deploymentId));
  } catch (error) {
    context.logger.warning(`deployment ${deploymentId} of an unrecorded promotion could not be deleted (${errorMessage(error)}); mark it inactive by hand`);
  }
}

export {
  environmentRule,
  describeRefusals,
  recordPromotion,
  markVerified,
  promotionRule,
  readEnvironmentChain,
  unpackPackage,
  promoteRelease
};

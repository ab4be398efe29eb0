import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  SAVED,
  acquireLease,
  describeOwner,
  inputs,
  isLeaseTimeoutError,
  keepLeaseAlive,
  newLeaseTicket,
  outputs,
  parseLeaseSettings,
  releaseLease,
  workflowRunLookup
} from "../../chunks/chunk-WL5BHZRT.mjs";
import "../../chunks/chunk-2K5RBOXY.mjs";
import {
  explainGraphqlError,
  xyChartBlock
} from "../../chunks/chunk-IVMJLR4Z.mjs";
import {
  describeRefusals,
  environmentRule,
  markVerified,
  promoteRelease,
  promotionRule,
  readEnvironmentChain,
  recordPromotion,
  unpackPackage
} from "../../chunks/chunk-3JVHGDVU.mjs";
import {
  fetchManifest,
  fetchPackage,
  isIntegrityError,
  shortDigest
} from "../../chunks/chunk-UMO4C3A5.mjs";
import {
  FREEZES_FILE,
  defaultBranch,
  readFreezeSchedule
} from "../../chunks/chunk-K7ML6T2D.mjs";
import {
  createDeployment,
  earlierAttemptDeployments,
  setDeploymentStatus
} from "../../chunks/chunk-YJNRMGBW.mjs";
import {
  DEFAULT_LEDGER_REF,
  Ledger
} from "../../chunks/chunk-UITPQSYK.mjs";
import {
  formatTimestamp
} from "../../chunks/chunk-TD5AZCCC.mjs";
import {
  plural
} from "../../chunks/chunk-T5U2S4RF.mjs";
import {
  ConfigFileError,
  closest,
  describeValue,
  inFileOrder,
  readYamlFile,
  schemaProblems
} from "../../chunks/chunk-DX4TYTDS.mjs";
import "../../chunks/chunk-ILGHWTEF.mjs";
import {
  persist
} from "../../chunks/chunk-BLFGYJHT.mjs";
import "../../chunks/chunk-NLRKADAM.mjs";
import "../../chunks/chunk-ZT56QPP4.mjs";
import "../../chunks/chunk-4GZASXPD.mjs";
import {
  Summary,
  writeSummary
} from "../../chunks/chunk-CFSETTC6.mjs";
import {
  bullets,
  code,
  codeBlock,
  escapeMarkdown,
  heading,
  link,
  table
} from "../../chunks/chunk-PUDO2UNH.mjs";
import {
  actionsLogger,
  failStep,
  formatDuration,
  getDurationInput,
  getIntegerInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
  readRunnerContext,
  runAction,
  saveState,
  setOutput
} from "../../chunks/chunk-PWAGTHLM.mjs";
import {
  createRunnerClient,
  httpFetch,
  httpStatus
} from "../../chunks/chunk-ILX4OWII.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-OMPALNQI.mjs";
import "../../chunks/chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError
} from "../../chunks/chunk-W2U6OBLC.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/deploy/main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path4 from "node:path";

// src/deploy/operations/deploy.ts
import { mkdtemp as mkdtemp2 } from "node:fs/promises";
import path2 from "node:path";

// src/deploy/checks/sampling.ts
var PROMQL_UNIT_MS = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5,
  y: 31536e6
};
function promDurationMs(text) {
  let segment = /(\d+)(ms|[smhdwy])/y, total2 = 0, position = 0;
  for (; position < text.length; ) {
    segment.lastIndex = position;
    let match = segment.exec(text);
    if (!match) return;
    total2 += Number(match[1]) * PROMQL_UNIT_MS[match[2]], position += match[0].length;
  }
  return position === 0 ? void 0 : total2;
}
function withoutStrings(query) {
  return query.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
}
function queryWindowMs(query) {
  let code2 = withoutStrings(query), longest;
  for (let match of code2.matchAll(/\[\s*([0-9a-z]+)\s*(?::[^\]]*)?\]/g)) {
    let ms = promDurationMs(match[1]);
    ms !== void 0 && (longest === void 0 || ms > longest) && (longest = ms);
  }
  return longest;
}
var SAMPLES_PER_INTERVAL = 6;
function planSampling(query, intervalMs, minimumStepMs = 1e3) {
  let windowMs = queryWindowMs(query), wanted = Math.max(intervalMs / SAMPLES_PER_INTERVAL, minimumStepMs, windowMs ?? 0), stepMs = Math.ceil(wanted / 1e3) * 1e3, samplesPerInterval = Math.max(1, Math.floor(intervalMs / stepMs)), plan = { stepMs, windowMs, settleMs: windowMs ?? 0, samplesPerInterval };
  if (samplesPerInterval < 3 && windowMs !== void 0) {
    let shorterMs = Math.ceil(Math.max(minimumStepMs, intervalMs / SAMPLES_PER_INTERVAL) / 1e3) * 1e3, remedy = shorterMs < windowMs ? `a shorter range (at least two scrape intervals, e.g. [${formatMs(shorterMs)}]) gives more` : `a longer \`interval\` gives more (${formatMs(3 * stepMs)} gives 3)`;
    plan.note = `its range [${formatMs(windowMs)}] allows ${plural(samplesPerInterval, "independent sample")} per ${formatMs(intervalMs)} interval, so a statistical judge needs several intervals to see a change; ${remedy}`;
  }
  return plan;
}
function formatMs(ms) {
  for (let [unit, size] of [["h", 36e5], ["m", 6e4], ["s", 1e3]])
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}
function independentSamples(samples, spacingMs) {
  if (!spacingMs || samples.length < 2) return [...samples];
  let kept = [], last = 1 / 0;
  for (let index = samples.length - 1; index >= 0; index -= 1) {
    let sample = samples[index];
    last - sample.time >= spacingMs - 1 && (kept.push(sample), last = sample.time);
  }
  return kept.reverse();
}

// src/deploy/checks/counts.ts
function isCountSeries(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value) && Array.isArray(value.errors) && Array.isArray(value.total);
}
async function readCheckSamples(check, read) {
  if (!check.counts) return read(check.query);
  let [errors, total2] = await Promise.all([read(check.counts.errors.query), read(check.counts.total.query)]);
  return { errors, total: total2 };
}
function ratioQuery(errors, total2) {
  return `(${errors}) / (${total2})`;
}
var NOT_COUNTS = /^(irate|idelta|delta|deriv|predict_linear|resets|changes|holt_winters|double_exponential_smoothing|[a-z_]+_over_time)$/;
function countQuery(query) {
  let code2 = withoutStrings(query), functions = new Set([...code2.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*\(/g)].map((match) => match[1].toLowerCase())), wrong = [...functions].filter((name) => NOT_COUNTS.test(name));
  if (wrong.length > 0)
    return { problem: `uses ${wrong.map((name) => `${name}()`).join(", ")}, which is not a count over the range; use increase(...) or rate(...) of a counter` };
  let kinds = ["increase", "rate"].filter((kind) => functions.has(kind));
  if (kinds.length === 0)
    return { problem: "is not a count; write a counter's increase over a range, e.g. `sum(increase(http_requests_total[10s]))` (or `rate(...)`, which the judge multiplies by the range)" };
  if (kinds.length > 1) return { problem: "mixes increase() and rate(); use one of them, so that every sample becomes a count the same way" };
  let operator = /[*/%^]/.exec(code2.replace(/\[[^\]]*\]/g, "[]"));
  if (operator)
    return { problem: `is scaled or divided (\`${operator[0]}\`); give the plain count, e.g. \`sum(increase(...[10s]))\`: the judge divides errors by total itself` };
  let ranges = [...code2.matchAll(/\[\s*([0-9a-z]+)\s*(?::[^\]]*)?\]/g)].map((match) => promDurationMs(match[1])), lengths = new Set(ranges.filter((ms) => ms !== void 0));
  return lengths.size === 0 ? { problem: `has no range; write ${kinds[0]}(counter[10s]) so that each sample counts one window` } : lengths.size > 1 ? { problem: "has ranges of different lengths; use one range, so that each sample counts one window" } : { kind: kinds[0], windowMs: [...lengths][0] };
}
function toCount(value, kind, windowMs) {
  return kind === "rate" ? value * (windowMs ?? 1e3) / 1e3 : value;
}
function nearest(samples, time, tolerance) {
  let low = 0, high = samples.length;
  for (; low < high; ) {
    let middle = low + high >> 1;
    samples[middle].time < time ? low = middle + 1 : high = middle;
  }
  let best = [samples[low - 1], samples[low]].filter((sample) => sample !== void 0).sort((a, b) => Math.abs(a.time - time) - Math.abs(b.time - time))[0];
  return best && Math.abs(best.time - time) <= tolerance ? best : void 0;
}
function countWindows(series, counts2, windowMs) {
  let finiteTotal = series.total.filter((sample) => Number.isFinite(sample.value) && sample.value >= 0), kept = independentSamples(finiteTotal, windowMs), errorsKept = series.errors.filter((sample) => Number.isFinite(sample.value) && sample.value >= 0), tolerance = Math.max(1, (windowMs ?? 1e3) / 2), result = {
    windows: [],
    errors: 0,
    total: 0,
    missingErrors: 0,
    dropped: series.total.length - finiteTotal.length + (series.errors.length - errorsKept.length),
    thinned: kept.length < finiteTotal.length
  };
  for (let sample of kept) {
    let errorSample = nearest(errorsKept, sample.time, tolerance);
    errorSample || (result.missingErrors += 1);
    let window = {
      time: sample.time,
      errors: errorSample ? toCount(errorSample.value, counts2.errors.kind, windowMs) : 0,
      total: toCount(sample.value, counts2.total.kind, windowMs)
    };
    result.windows.push(window), result.errors += window.errors, result.total += window.total;
  }
  return result;
}
function chartSamples(samples, check) {
  return isCountSeries(samples) ? check.counts ? countWindows(samples, check.counts, check.windowMs).windows.map((window) => ({ time: window.time, value: window.errors / window.total })) : [] : [...samples];
}

// src/deploy/checks/generated/validate-checks-file.ts
var ucs2length = function(str) {
  let len = str.length, length = 0, pos = 0, value;
  for (; pos < len; )
    length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
  return length;
}, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://stopline.dev/schemas/deploy-checks-v1.json", type: "object", required: ["provider", "checks"], additionalProperties: !1, properties: { version: { const: 1 }, provider: { type: "object", additionalProperties: !1, minProperties: 1, maxProperties: 1, properties: { prometheus: { type: "string", minLength: 1 }, scrape: { type: "string", minLength: 1 }, http: { type: "object", required: ["url", "value"], additionalProperties: !1, properties: { url: { type: "string", minLength: 1 }, value: { type: "string", minLength: 1 } } } } }, checks: { type: "array", minItems: 1, items: { type: "object", required: ["name"], additionalProperties: !1, properties: { name: { type: "string", minLength: 1, maxLength: 64 }, query: { type: "string", minLength: 1 }, errors: { type: "string", minLength: 1 }, total: { type: "string", minLength: 1 }, max: { type: "number" }, min: { type: "number" }, "max-increase": { if: { type: "string" }, then: { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?%$" }, else: { type: "number", minimum: 0 } }, judge: { enum: ["threshold", "mann-whitney", "proportion"] }, direction: { enum: ["increase", "decrease", "either"] }, critical: { type: "boolean" }, "no-data": { enum: ["fail", "pass", "inconclusive"] } }, if: { properties: { judge: { const: "proportion" } }, required: ["judge"] }, then: { required: ["errors", "total"], properties: { errors: !0, total: !0, query: !1 } }, else: { required: ["query"], properties: { query: !0, errors: !1, total: !1 } } } } } }, func2 = ucs2length, func6 = Object.prototype.hasOwnProperty, pattern0 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.checks === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: schema11.required, parentSchema: schema11, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "provider" || key0 === "checks")) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (data0 !== 1) {
        let err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.provider !== void 0) {
      let data1 = data.provider;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length > 1) {
          let err4 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/maxProperties", keyword: "maxProperties", params: { limit: 1 }, message: "must NOT have more than 1 properties", schema: 1, parentSchema: schema11.properties.provider, data: data1 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
        if (Object.keys(data1).length < 1) {
          let err5 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema11.properties.provider, data: data1 };
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
        for (let key1 in data1)
          if (!(key1 === "prometheus" || key1 === "scrape" || key1 === "http")) {
            let err6 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.provider, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        if (data1.prometheus !== void 0) {
          let data2 = data1.prometheus;
          if (typeof data2 == "string") {
            if (func2(data2) < 1) {
              let err7 = { instancePath: instancePath + "/provider/prometheus", schemaPath: "#/properties/provider/properties/prometheus/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.provider.properties.prometheus, data: data2 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/provider/prometheus", schemaPath: "#/properties/provider/properties/prometheus/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provider.properties.prometheus.type, parentSchema: schema11.properties.provider.properties.prometheus, data: data2 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        if (data1.scrape !== void 0) {
          let data3 = data1.scrape;
          if (typeof data3 == "string") {
            if (func2(data3) < 1) {
              let err9 = { instancePath: instancePath + "/provider/scrape", schemaPath: "#/properties/provider/properties/scrape/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.provider.properties.scrape, data: data3 };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
          } else {
            let err10 = { instancePath: instancePath + "/provider/scrape", schemaPath: "#/properties/provider/properties/scrape/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provider.properties.scrape.type, parentSchema: schema11.properties.provider.properties.scrape, data: data3 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
        if (data1.http !== void 0) {
          let data4 = data1.http;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.url === void 0) {
              let err11 = { instancePath: instancePath + "/provider/http", schemaPath: "#/properties/provider/properties/http/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema11.properties.provider.properties.http.required, parentSchema: schema11.properties.provider.properties.http, data: data4 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
            if (data4.value === void 0) {
              let err12 = { instancePath: instancePath + "/provider/http", schemaPath: "#/properties/provider/properties/http/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema11.properties.provider.properties.http.required, parentSchema: schema11.properties.provider.properties.http, data: data4 };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
            for (let key2 in data4)
              if (!(key2 === "url" || key2 === "value")) {
                let err13 = { instancePath: instancePath + "/provider/http", schemaPath: "#/properties/provider/properties/http/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.provider.properties.http, data: data4 };
                vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
              }
            if (data4.url !== void 0) {
              let data5 = data4.url;
              if (typeof data5 == "string") {
                if (func2(data5) < 1) {
                  let err14 = { instancePath: instancePath + "/provider/http/url", schemaPath: "#/properties/provider/properties/http/properties/url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.provider.properties.http.properties.url, data: data5 };
                  vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                }
              } else {
                let err15 = { instancePath: instancePath + "/provider/http/url", schemaPath: "#/properties/provider/properties/http/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provider.properties.http.properties.url.type, parentSchema: schema11.properties.provider.properties.http.properties.url, data: data5 };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            }
            if (data4.value !== void 0) {
              let data6 = data4.value;
              if (typeof data6 == "string") {
                if (func2(data6) < 1) {
                  let err16 = { instancePath: instancePath + "/provider/http/value", schemaPath: "#/properties/provider/properties/http/properties/value/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.provider.properties.http.properties.value, data: data6 };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
              } else {
                let err17 = { instancePath: instancePath + "/provider/http/value", schemaPath: "#/properties/provider/properties/http/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.provider.properties.http.properties.value.type, parentSchema: schema11.properties.provider.properties.http.properties.value, data: data6 };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
          } else {
            let err18 = { instancePath: instancePath + "/provider/http", schemaPath: "#/properties/provider/properties/http/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.provider.properties.http.type, parentSchema: schema11.properties.provider.properties.http, data: data4 };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
      } else {
        let err19 = { instancePath: instancePath + "/provider", schemaPath: "#/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.provider.type, parentSchema: schema11.properties.provider, data: data1 };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.checks !== void 0) {
      let data7 = data.checks;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          let err20 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.checks, data: data7 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        let len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0], _errs21 = errors, valid5 = !0, _errs22 = errors;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            let missing0;
            if (data8.judge === void 0 && (missing0 = "judge")) {
              let err21 = {};
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            } else if (data8.judge !== void 0 && data8.judge !== "proportion") {
              let err22 = {};
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
          }
          var _valid0 = _errs22 === errors;
          errors = _errs21, vErrors !== null && (_errs21 ? vErrors.length = _errs21 : vErrors = null);
          let ifClause0;
          if (_valid0) {
            let _errs24 = errors;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              if (data8.errors === void 0) {
                let err23 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/then/required", keyword: "required", params: { missingProperty: "errors" }, message: "must have required property 'errors'", schema: schema11.properties.checks.items.then.required, parentSchema: schema11.properties.checks.items.then, data: data8 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
              if (data8.total === void 0) {
                let err24 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/then/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'", schema: schema11.properties.checks.items.then.required, parentSchema: schema11.properties.checks.items.then, data: data8 };
                vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
              }
              if (data8.query !== void 0) {
                let err25 = { instancePath: instancePath + "/checks/" + i0 + "/query", schemaPath: "#/properties/checks/items/then/properties/query/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: !1, parentSchema: schema11.properties.checks.items.then.properties.query, data: data8.query };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
            }
            var _valid0 = _errs24 === errors;
            valid5 = _valid0, ifClause0 = "then";
          } else {
            let _errs25 = errors;
            if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
              if (data8.query === void 0) {
                let err26 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/else/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property 'query'", schema: schema11.properties.checks.items.else.required, parentSchema: schema11.properties.checks.items.else, data: data8 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
              if (data8.errors !== void 0) {
                let err27 = { instancePath: instancePath + "/checks/" + i0 + "/errors", schemaPath: "#/properties/checks/items/else/properties/errors/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: !1, parentSchema: schema11.properties.checks.items.else.properties.errors, data: data8.errors };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
              if (data8.total !== void 0) {
                let err28 = { instancePath: instancePath + "/checks/" + i0 + "/total", schemaPath: "#/properties/checks/items/else/properties/total/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: !1, parentSchema: schema11.properties.checks.items.else.properties.total, data: data8.total };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            }
            var _valid0 = _errs25 === errors;
            valid5 = _valid0, ifClause0 = "else";
          }
          if (!valid5) {
            let err29 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.checks.items.if, parentSchema: schema11.properties.checks.items, data: data8 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.name === void 0) {
              let err30 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema11.properties.checks.items.required, parentSchema: schema11.properties.checks.items, data: data8 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
            for (let key3 in data8)
              if (!func6.call(schema11.properties.checks.items.properties, key3)) {
                let err31 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema11.properties.checks.items, data: data8 };
                vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
              }
            if (data8.name !== void 0) {
              let data13 = data8.name;
              if (typeof data13 == "string") {
                if (func2(data13) > 64) {
                  let err32 = { instancePath: instancePath + "/checks/" + i0 + "/name", schemaPath: "#/properties/checks/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema11.properties.checks.items.properties.name, data: data13 };
                  vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                }
                if (func2(data13) < 1) {
                  let err33 = { instancePath: instancePath + "/checks/" + i0 + "/name", schemaPath: "#/properties/checks/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.checks.items.properties.name, data: data13 };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
              } else {
                let err34 = { instancePath: instancePath + "/checks/" + i0 + "/name", schemaPath: "#/properties/checks/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checks.items.properties.name.type, parentSchema: schema11.properties.checks.items.properties.name, data: data13 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data8.query !== void 0) {
              let data14 = data8.query;
              if (typeof data14 == "string") {
                if (func2(data14) < 1) {
                  let err35 = { instancePath: instancePath + "/checks/" + i0 + "/query", schemaPath: "#/properties/checks/items/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.checks.items.properties.query, data: data14 };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              } else {
                let err36 = { instancePath: instancePath + "/checks/" + i0 + "/query", schemaPath: "#/properties/checks/items/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checks.items.properties.query.type, parentSchema: schema11.properties.checks.items.properties.query, data: data14 };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data8.errors !== void 0) {
              let data15 = data8.errors;
              if (typeof data15 == "string") {
                if (func2(data15) < 1) {
                  let err37 = { instancePath: instancePath + "/checks/" + i0 + "/errors", schemaPath: "#/properties/checks/items/properties/errors/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.checks.items.properties.errors, data: data15 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
              } else {
                let err38 = { instancePath: instancePath + "/checks/" + i0 + "/errors", schemaPath: "#/properties/checks/items/properties/errors/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checks.items.properties.errors.type, parentSchema: schema11.properties.checks.items.properties.errors, data: data15 };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
            }
            if (data8.total !== void 0) {
              let data16 = data8.total;
              if (typeof data16 == "string") {
                if (func2(data16) < 1) {
                  let err39 = { instancePath: instancePath + "/checks/" + i0 + "/total", schemaPath: "#/properties/checks/items/properties/total/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.checks.items.properties.total, data: data16 };
                  vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                }
              } else {
                let err40 = { instancePath: instancePath + "/checks/" + i0 + "/total", schemaPath: "#/properties/checks/items/properties/total/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checks.items.properties.total.type, parentSchema: schema11.properties.checks.items.properties.total, data: data16 };
                vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
              }
            }
            if (data8.max !== void 0) {
              let data17 = data8.max;
              if (!(typeof data17 == "number" && isFinite(data17))) {
                let err41 = { instancePath: instancePath + "/checks/" + i0 + "/max", schemaPath: "#/properties/checks/items/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.checks.items.properties.max.type, parentSchema: schema11.properties.checks.items.properties.max, data: data17 };
                vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
              }
            }
            if (data8.min !== void 0) {
              let data18 = data8.min;
              if (!(typeof data18 == "number" && isFinite(data18))) {
                let err42 = { instancePath: instancePath + "/checks/" + i0 + "/min", schemaPath: "#/properties/checks/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.checks.items.properties.min.type, parentSchema: schema11.properties.checks.items.properties.min, data: data18 };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            }
            if (data8["max-increase"] !== void 0) {
              let data19 = data8["max-increase"], _errs40 = errors, valid10 = !0, _errs41 = errors;
              if (typeof data19 != "string") {
                let err43 = {};
                vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
              }
              var _valid1 = _errs41 === errors;
              errors = _errs40, vErrors !== null && (_errs40 ? vErrors.length = _errs40 : vErrors = null);
              let ifClause1;
              if (_valid1) {
                let _errs43 = errors;
                if (typeof data19 == "string") {
                  if (!pattern0.test(data19)) {
                    let err44 = { instancePath: instancePath + "/checks/" + i0 + "/max-increase", schemaPath: "#/properties/checks/items/properties/max-increase/then/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"', schema: "^[0-9]+(\\.[0-9]+)?%$", parentSchema: schema11.properties.checks.items.properties["max-increase"].then, data: data19 };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                } else {
                  let err45 = { instancePath: instancePath + "/checks/" + i0 + "/max-increase", schemaPath: "#/properties/checks/items/properties/max-increase/then/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.checks.items.properties["max-increase"].then.type, parentSchema: schema11.properties.checks.items.properties["max-increase"].then, data: data19 };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
                var _valid1 = _errs43 === errors;
                valid10 = _valid1, ifClause1 = "then";
              } else {
                let _errs45 = errors;
                if (typeof data19 == "number" && isFinite(data19)) {
                  if (data19 < 0 || isNaN(data19)) {
                    let err46 = { instancePath: instancePath + "/checks/" + i0 + "/max-increase", schemaPath: "#/properties/checks/items/properties/max-increase/else/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.checks.items.properties["max-increase"].else, data: data19 };
                    vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                  }
                } else {
                  let err47 = { instancePath: instancePath + "/checks/" + i0 + "/max-increase", schemaPath: "#/properties/checks/items/properties/max-increase/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.checks.items.properties["max-increase"].else.type, parentSchema: schema11.properties.checks.items.properties["max-increase"].else, data: data19 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
                var _valid1 = _errs45 === errors;
                valid10 = _valid1, ifClause1 = "else";
              }
              if (!valid10) {
                let err48 = { instancePath: instancePath + "/checks/" + i0 + "/max-increase", schemaPath: "#/properties/checks/items/properties/max-increase/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema', schema: schema11.properties.checks.items.properties["max-increase"].if, parentSchema: schema11.properties.checks.items.properties["max-increase"], data: data19 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            }
            if (data8.judge !== void 0) {
              let data20 = data8.judge;
              if (!(data20 === "threshold" || data20 === "mann-whitney" || data20 === "proportion")) {
                let err49 = { instancePath: instancePath + "/checks/" + i0 + "/judge", schemaPath: "#/properties/checks/items/properties/judge/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.items.properties.judge.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.items.properties.judge.enum, parentSchema: schema11.properties.checks.items.properties.judge, data: data20 };
                vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
              }
            }
            if (data8.direction !== void 0) {
              let data21 = data8.direction;
              if (!(data21 === "increase" || data21 === "decrease" || data21 === "either")) {
                let err50 = { instancePath: instancePath + "/checks/" + i0 + "/direction", schemaPath: "#/properties/checks/items/properties/direction/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.items.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.items.properties.direction.enum, parentSchema: schema11.properties.checks.items.properties.direction, data: data21 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
            if (data8.critical !== void 0) {
              let data22 = data8.critical;
              if (typeof data22 != "boolean") {
                let err51 = { instancePath: instancePath + "/checks/" + i0 + "/critical", schemaPath: "#/properties/checks/items/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.checks.items.properties.critical.type, parentSchema: schema11.properties.checks.items.properties.critical, data: data22 };
                vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
              }
            }
            if (data8["no-data"] !== void 0) {
              let data23 = data8["no-data"];
              if (!(data23 === "fail" || data23 === "pass" || data23 === "inconclusive")) {
                let err52 = { instancePath: instancePath + "/checks/" + i0 + "/no-data", schemaPath: "#/properties/checks/items/properties/no-data/enum", keyword: "enum", params: { allowedValues: schema11.properties.checks.items.properties["no-data"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.checks.items.properties["no-data"].enum, parentSchema: schema11.properties.checks.items.properties["no-data"], data: data23 };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            }
          } else {
            let err53 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/properties/checks/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.checks.items.type, parentSchema: schema11.properties.checks.items, data: data8 };
            vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
          }
        }
      } else {
        let err54 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checks.type, parentSchema: schema11.properties.checks, data: data7 };
        vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
      }
    }
  } else {
    let err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var validateChecksFile = validate10;

// src/deploy/checks/providers/json-path.ts
var JsonPathError = class extends Error {
};
function parseJsonPath(path5) {
  let segments = [], position = 0, fail = (detail) => {
    throw new JsonPathError(`"${path5}" is not a JSON path: ${detail} at column ${position + 1}; write e.g. $.data.value or $.items[0]["error-rate"]`);
  };
  if (path5.startsWith("$")) position = 1;
  else if (/^[A-Za-z_]/.test(path5)) {
    let name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(path5)[0];
    segments.push(name), position = name.length;
  }
  for (; position < path5.length; ) {
    let char = path5[position];
    if (char === ".") {
      let name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(path5.slice(position + 1))?.[0];
      name || fail('a name must follow "."'), segments.push(name), position += 1 + name.length;
    } else if (char === "[") {
      let rest = path5.slice(position), index = /^\[(\d+)\]/.exec(rest), quoted = /^\[\s*(["'])((?:\\.|(?!\1).)*)\1\s*\]/.exec(rest);
      index ? (segments.push(Number(index[1])), position += index[0].length) : quoted ? (segments.push(quoted[2].replace(/\\(.)/g, "$1")), position += quoted[0].length) : fail('expected [number] or ["name"]');
    } else
      fail(`unexpected "${char}"`);
  }
  return segments;
}
function readJsonPath(document, segments) {
  let current = document;
  for (let segment of segments) {
    if (current === null || typeof current != "object") return;
    if (typeof segment == "number") {
      if (!Array.isArray(current)) return;
      current = current[segment];
    } else {
      if (Array.isArray(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return;
      current = current[segment];
    }
  }
  return current;
}

// src/deploy/checks/providers/scrape-query.ts
var ScrapeQueryError = class extends Error {
  constructor(column, detail) {
    super(`column ${column}: ${detail}`);
    this.column = column;
    this.detail = detail;
  }
  column;
  detail;
};
function tokenize(query) {
  let tokens = [], position = 0;
  for (; position < query.length; ) {
    let char = query[position];
    if (/\s/.test(char)) {
      position += 1;
      continue;
    }
    let column = position + 1, rest = query.slice(position), match;
    if (char === '"' || char === "'") {
      let end = position + 1, value = "";
      for (; end < query.length && query[end] !== char; )
        if (query[end] === "\\" && end + 1 < query.length) {
          let next = query[end + 1];
          value += next === "n" ? `
` : next === "t" ? "	" : next, end += 2;
        } else
          value += query[end], end += 1;
      if (end >= query.length) throw new ScrapeQueryError(column, "a string has no closing quote");
      tokens.push({ kind: "string", text: value, column }), position = end + 1;
    } else if (char === "[") {
      let close = query.indexOf("]", position);
      if (close < 0) throw new ScrapeQueryError(column, "a range [ has no closing ]");
      tokens.push({ kind: "duration", text: query.slice(position + 1, close).trim(), column }), position = close + 1;
    } else if (match = rest.match(/^(=~|!~|!=|=|[-+*/(){},])/))
      tokens.push({ kind: "op", text: match[0], column }), position += match[0].length;
    else if (match = rest.match(/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/))
      tokens.push({ kind: "number", text: match[0], column }), position += match[0].length;
    else if (match = rest.match(/^[a-zA-Z_:][a-zA-Z0-9_:]*/))
      tokens.push({ kind: "name", text: match[0], column }), position += match[0].length;
    else
      throw new ScrapeQueryError(column, `"${char}" is not part of the scrape query language`);
  }
  return tokens;
}
var AGGREGATES = /* @__PURE__ */ new Set(["sum", "avg", "min", "max", "count"]), FUNCTIONS = /* @__PURE__ */ new Set(["rate", "increase"]);
function parseScrapeQuery(query) {
  let tokens = tokenize(query), index = 0, peek = () => tokens[index], end = query.length + 1, expect = (text) => {
    let token = tokens[index];
    if (token?.kind !== "op" || token.text !== text)
      throw new ScrapeQueryError(token?.column ?? end, `expected "${text}"${token ? ` but found "${token.text}"` : " at the end"}`);
    return index += 1, token;
  }, selector = () => {
    let token = tokens[index];
    if (token?.kind !== "name") throw new ScrapeQueryError(token?.column ?? end, "expected a metric name");
    index += 1;
    let matchers = [];
    if (peek()?.text === "{" && peek()?.kind === "op") {
      for (index += 1; !(peek()?.kind === "op" && peek()?.text === "}"); ) {
        let label = tokens[index];
        if (label?.kind !== "name") throw new ScrapeQueryError(label?.column ?? end, "expected a label name in {...}");
        index += 1;
        let op = tokens[index];
        if (op?.kind !== "op" || !["=", "!=", "=~", "!~"].includes(op.text))
          throw new ScrapeQueryError(op?.column ?? end, `expected =, !=, =~ or !~ after ${label.text}`);
        index += 1;
        let value = tokens[index];
        if (value?.kind !== "string") throw new ScrapeQueryError(value?.column ?? end, `expected a quoted value after ${label.text}${op.text}`);
        index += 1;
        let matcher = { label: label.text, op: op.text, value: value.text };
        if (op.text === "=~" || op.text === "!~")
          try {
            matcher.regex = new RegExp(`^(?:${value.text})$`);
          } catch (error) {
            throw new ScrapeQueryError(value.column, `"${value.text}" is not a valid regular expression (${error.message})`);
          }
        if (matchers.push(matcher), peek()?.kind === "op" && peek()?.text === ",") index += 1;
        else if (!(peek()?.kind === "op" && peek()?.text === "}")) throw new ScrapeQueryError(peek()?.column ?? end, "expected , or } in the label matchers");
      }
      index += 1;
    }
    return { name: token.text, matchers };
  }, vector = () => {
    let token = tokens[index];
    if (token?.kind === "name" && FUNCTIONS.has(token.text) && tokens[index + 1]?.text === "(") {
      index += 2;
      let inner = selector(), range = tokens[index];
      if (range?.kind !== "duration") throw new ScrapeQueryError(range?.column ?? end, `${token.text}() needs a range, e.g. ${token.text}(${inner.name}[1m])`);
      let windowMs = promDurationMs(range.text);
      if (!windowMs) throw new ScrapeQueryError(range.column, `[${range.text}] is not a duration; write e.g. [30s] or [1m]`);
      return index += 1, expect(")"), { kind: token.text, selector: inner, windowMs };
    }
    if (token?.kind === "name" && (AGGREGATES.has(token.text) || tokens[index + 1]?.text === "("))
      throw new ScrapeQueryError(
        token.column,
        `${token.text}() is not in the scrape query language (only sum, avg, min, max, count over a metric, rate() or increase())`
      );
    if (tokens[index]?.kind === "duration") throw new ScrapeQueryError(tokens[index].column, "a range [...] needs rate() or increase() around it");
    let plain = selector();
    if (peek()?.kind === "duration") throw new ScrapeQueryError(peek().column, `a range [...] needs rate() or increase() around it, e.g. rate(${plain.name}[1m])`);
    return { kind: "selector", selector: plain };
  }, term = () => {
    let token = tokens[index];
    if (!token) throw new ScrapeQueryError(end, "the query ends where a value was expected");
    if (token.kind === "number")
      return index += 1, { kind: "number", value: Number(token.text) };
    if (token.kind === "op" && token.text === "(") {
      index += 1;
      let inner = expression();
      return expect(")"), inner;
    }
    let grouping = (at) => at?.kind === "name" && (at.text === "by" || at.text === "without");
    if (token.kind === "name" && AGGREGATES.has(token.text) && grouping(tokens[index + 1]))
      throw new ScrapeQueryError(tokens[index + 1].column, `grouping (${tokens[index + 1].text}) is not supported: a check needs one number`);
    if (token.kind === "name" && AGGREGATES.has(token.text) && tokens[index + 1]?.text === "(") {
      index += 2;
      let inner = vector();
      if (expect(")"), grouping(tokens[index]))
        throw new ScrapeQueryError(tokens[index].column, `grouping (${tokens[index].text}) is not supported: a check needs one number`);
      return { kind: "aggregate", op: token.text, vector: inner };
    }
    return { kind: "vector", vector: vector() };
  }, product = () => {
    let left = term();
    for (; peek()?.kind === "op" && (peek().text === "*" || peek().text === "/"); ) {
      let op = tokens[index].text;
      index += 1, left = { kind: "binary", op, left, right: term() };
    }
    return left;
  };
  function expression() {
    let left = product();
    for (; peek()?.kind === "op" && (peek().text === "+" || peek().text === "-"); ) {
      let op = tokens[index].text;
      index += 1, left = { kind: "binary", op, left, right: product() };
    }
    return left;
  }
  if (tokens.length === 0) throw new ScrapeQueryError(1, "the query is empty");
  let root = expression();
  if (index < tokens.length) throw new ScrapeQueryError(tokens[index].column, `unexpected "${tokens[index].text}"`);
  return root;
}
function queryMetricNames(node) {
  let names = /* @__PURE__ */ new Set(), walk = (current) => {
    current.kind === "binary" ? (walk(current.left), walk(current.right)) : (current.kind === "aggregate" || current.kind === "vector") && names.add(current.vector.selector.name);
  };
  return walk(node), [...names];
}
function matches(selector, name, labels) {
  if (name !== selector.name) return !1;
  for (let matcher of selector.matchers) {
    let value = labels[matcher.label] ?? "";
    if (!(matcher.op === "=" ? value === matcher.value : matcher.op === "!=" ? value !== matcher.value : matcher.regex.test(value) === (matcher.op === "=~"))) return !1;
  }
  return !0;
}
var AmbiguousSeriesError = class extends Error {
};
function counterIncrease(history, key, at, windowMs) {
  let inWindow = history.filter((scrape) => scrape.time <= at && scrape.time >= at - windowMs);
  if (inWindow.length < 2) return;
  let values = inWindow.map((scrape) => scrape.series.get(key)?.value ?? 0), increase = 0;
  for (let i = 1; i < values.length; i += 1) {
    let delta = values[i] - values[i - 1];
    increase += delta >= 0 ? delta : values[i];
  }
  return { increase, seconds: (inWindow.at(-1).time - inWindow[0].time) / 1e3 };
}
function vectorValues(vector, history, at) {
  let latest = [...history].reverse().find((scrape) => scrape.time <= at);
  if (!latest) return [];
  if (vector.kind === "selector") {
    let values2 = [];
    for (let series of latest.series.values()) matches(vector.selector, series.name, series.labels) && values2.push(series.value);
    return values2;
  }
  let keys = /* @__PURE__ */ new Set();
  for (let scrape of history)
    if (!(scrape.time > at || scrape.time < at - vector.windowMs))
      for (let [key, series] of scrape.series) matches(vector.selector, series.name, series.labels) && keys.add(key);
  let values = [];
  for (let key of keys) {
    let result = counterIncrease(history, key, at, vector.windowMs);
    result && values.push(vector.kind === "increase" ? result.increase : result.seconds > 0 ? result.increase / result.seconds : NaN);
  }
  return values;
}
function evaluateScrapeQuery(node, history, at) {
  switch (node.kind) {
    case "number":
      return node.value;
    case "binary": {
      let left = evaluateScrapeQuery(node.left, history, at), right = evaluateScrapeQuery(node.right, history, at);
      return left === void 0 || right === void 0 ? void 0 : node.op === "+" ? left + right : node.op === "-" ? left - right : node.op === "*" ? left * right : left / right;
    }
    case "aggregate": {
      let values = vectorValues(node.vector, history, at);
      if (values.length === 0) return;
      if (node.op === "count") return values.length;
      if (node.op === "min") return Math.min(...values);
      if (node.op === "max") return Math.max(...values);
      let sum = values.reduce((total2, value) => total2 + value, 0);
      return node.op === "sum" ? sum : sum / values.length;
    }
    case "vector": {
      let values = vectorValues(node.vector, history, at);
      if (values.length > 1)
        throw new AmbiguousSeriesError(
          `${node.vector.selector.name} matches ${values.length} series; a check needs one number: wrap it in sum(...) or narrow the labels`
        );
      return values[0];
    }
  }
}

// src/deploy/checks/schema.ts
var JUDGES = ["threshold", "mann-whitney", "proportion"], DIRECTIONS = ["increase", "decrease", "either"], NO_DATA_POLICIES = ["fail", "pass", "inconclusive"], PROVIDERS = ["prometheus", "scrape", "http"], nonEmpty = { type: "string", minLength: 1 }, CHECKS_FILE_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://stopline.dev/schemas/deploy-checks-v1.json",
  type: "object",
  required: ["provider", "checks"],
  additionalProperties: !1,
  properties: {
    version: { const: 1 },
    provider: {
      type: "object",
      additionalProperties: !1,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        prometheus: nonEmpty,
        scrape: nonEmpty,
        http: {
          type: "object",
          required: ["url", "value"],
          additionalProperties: !1,
          properties: { url: nonEmpty, value: nonEmpty }
        }
      }
    },
    checks: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["name"],
        additionalProperties: !1,
        properties: {
          name: { type: "string", minLength: 1, maxLength: 64 },
          query: nonEmpty,
          // judge: proportion: a counter's increase (or rate) of the failed requests, and of all.
          errors: nonEmpty,
          total: nonEmpty,
          max: { type: "number" },
          min: { type: "number" },
          // `50%` (relative to the baseline) or a number in the metric's unit (absolute).
          "max-increase": {
            if: { type: "string" },
            then: { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?%$" },
            else: { type: "number", minimum: 0 }
          },
          judge: { enum: [...JUDGES] },
          direction: { enum: [...DIRECTIONS] },
          critical: { type: "boolean" },
          "no-data": { enum: [...NO_DATA_POLICIES] }
        },
        if: { properties: { judge: { const: "proportion" } }, required: ["judge"] },
        // The branches name every key they mention (ajv's strictRequired wants them defined there).
        then: { required: ["errors", "total"], properties: { errors: !0, total: !0, query: !1 } },
        else: { required: ["query"], properties: { query: !0, errors: !1, total: !1 } }
      }
    }
  }
};

// src/deploy/checks/parse-checks.ts
var ChecksFileError = class extends ConfigFileError {
}, PROVIDER_EXAMPLE = "`prometheus: http://127.0.0.1:9090`, `scrape: http://127.0.0.1:8080/metrics` or `http: { url: ..., value: $.path }`", WORDING = {
  versionOf: "checks file",
  requiredHints: {
    provider: `add \`provider:\` with one of ${PROVIDER_EXAMPLE}`,
    checks: "add `checks:`, a list of checks such as `- { name: error-rate, query: ..., max: 0.02 }`",
    name: "add `name:`, a short unique name such as `error-rate`",
    query: "add `query:`, the expression the provider evaluates",
    errors: 'add `errors:`, the count of failed requests over a range, e.g. `sum(increase(http_requests_total{code=~"5.."}[10s]))`',
    total: "add `total:`, the count of all requests over the same range, e.g. `sum(increase(http_requests_total[10s]))`",
    url: "add `url:`, the JSON endpoint, e.g. `url: http://127.0.0.1:8080/stats`",
    value: "add `value:`, the JSON path of the number, e.g. `value: $.errors.ratio`"
  },
  messages: {
    additionalProperties: (error) => {
      if (error.instancePath !== "/provider") return;
      let guess = closest(error.params.additionalProperty, PROVIDERS);
      return `is not a known provider; ${guess ? `did you mean \`${guess}\`?` : `the providers are ${PROVIDERS.join(", ")}`}`;
    },
    type: (error) => {
      let pointer = error.instancePath;
      if (pointer === "/provider") return `must be a mapping naming one provider: ${PROVIDER_EXAMPLE}`;
      if (pointer === "/checks") return "must be a list of checks (each starting with `- name: ...`)";
      if (/\/(max|min)$/.test(pointer) && typeof error.data == "string" && error.data.trim().endsWith("%"))
        return `is ${describeValue(error.data)}; \`max\` and \`min\` are absolute numbers in the metric's unit (percentages are for \`max-increase\`)`;
    },
    pattern: (error) => `is ${describeValue(error.data)}; write a percentage of the baseline such as \`50%\`, or a number in the metric's unit such as \`0.01\``,
    minimum: (error) => `is ${describeValue(error.data)}; an allowed increase cannot be negative (use \`direction\` for the bad way)`,
    minProperties: () => `names no provider; add one of ${PROVIDER_EXAMPLE}`,
    maxProperties: (error) => {
      let names = Object.keys(error.data);
      return `names ${names.length} providers (${names.join(", ")}); keep one: every check is read from the same provider`;
    },
    maxLength: () => "is too long; keep check names to 64 characters",
    minItems: () => "lists no checks; add at least one, e.g. `- { name: error-rate, query: ..., max: 0.02 }`",
    // The keys a check's judge does not read (schema.ts: `query` for proportion, the counts otherwise).
    "false schema": (error) => {
      let key = error.instancePath.split("/").at(-1);
      if (key === "query") return "is not read by `judge: proportion`, which judges the counts `errors` and `total` (it divides them itself); remove `query`";
      if (key === "errors" || key === "total")
        return `is read only by \`judge: proportion\`; add \`judge: proportion\` (and remove \`query\`) to judge the error counts, or remove \`${key}\``;
    }
  }
};
function allowedChange(value) {
  return typeof value == "number" ? { kind: "absolute", amount: value, text: String(value) } : { kind: "relative", fraction: Number(value.slice(0, -1)) / 100, text: value };
}
function parseChecksFile(text, file) {
  let yaml = readYamlFile(text, file, ChecksFileError);
  if (yaml.value === null)
    throw new ChecksFileError([{ file, line: 1, pointer: "", message: `is empty; it needs \`provider:\` (${PROVIDER_EXAMPLE}) and \`checks:\`` }]);
  if (!validateChecksFile(yaml.value)) throw new ChecksFileError(schemaProblems(validateChecksFile.errors, yaml, WORDING));
  let raw = yaml.value, problems = [], problem = (where, message) => problems.push(yaml.problemAt(where, message)), provider = readProvider(raw.provider, problem), names = /* @__PURE__ */ new Map(), checks = [];
  for (let [index, entry] of raw.checks.entries()) {
    let where = `/checks/${index}`, seen = names.get(entry.name.toLowerCase());
    seen !== void 0 && problem(`${where}/name`, `"${entry.name}" is also the name of check ${seen + 1}; give each check its own name`), names.set(entry.name.toLowerCase(), index);
    let judge = entry.judge ?? "threshold";
    judge === "threshold" && entry.max === void 0 && entry.min === void 0 && entry["max-increase"] === void 0 && problem(where, "has nothing to check; add `max`, `min` or `max-increase`, or `judge: mann-whitney` to compare with the baseline statistically"), entry.max !== void 0 && entry.min !== void 0 && entry.min > entry.max && problem(`${where}/min`, `is ${entry.min}, above \`max\` (${entry.max}); no sample could pass`);
    let proportion = judge === "proportion" ? readCounts(entry, where, provider, problem) : void 0;
    if (judge === "proportion" && !proportion) continue;
    provider?.kind === "scrape" && judge !== "proportion" && scrapeCheck(entry.query, `${where}/query`, problem);
    let check = {
      name: entry.name,
      query: proportion?.query ?? entry.query,
      judge,
      direction: entry.direction ?? "increase",
      critical: entry.critical ?? !1,
      noData: entry["no-data"] ?? "inconclusive",
      line: yaml.lineOf(where)
    };
    entry.max !== void 0 && (check.max = entry.max), entry.min !== void 0 && (check.min = entry.min), entry["max-increase"] !== void 0 && (check.maxIncrease = allowedChange(entry["max-increase"])), proportion && (check.counts = proportion.counts);
    let windowMs = provider?.kind === "http" ? void 0 : proportion?.windowMs ?? queryWindowMs(check.query);
    windowMs !== void 0 && (check.windowMs = windowMs), checks.push(check);
  }
  if (provider?.kind === "http" && checks.length > 1 && !provider.url.includes("{query}") && !provider.value.includes("{query}") && problem("/provider/http", `serves ${checks.length} checks but neither \`url\` nor \`value\` contains {query}, so every check would read the same number; put {query} where each check's query goes, e.g. \`value: $.{query}\``), problems.length > 0) throw new ChecksFileError(inFileOrder(problems));
  return { file, provider, checks };
}
function scrapeCheck(query, where, problem) {
  try {
    parseScrapeQuery(query);
  } catch (error) {
    if (!(error instanceof ScrapeQueryError)) throw error;
    problem(
      where,
      `is outside what the scrape provider evaluates (${error.message}); it reads metric names with label matchers, rate() and increase() of counters, sum/avg/min/max/count and + - * / \u2014 for full PromQL use \`provider: { prometheus: URL }\``
    );
  }
}
function readCounts(entry, where, provider, problem) {
  let usable = !0, fail = (at, message) => {
    usable = !1, problem(at, message);
  };
  provider?.kind === "http" && fail(`${where}/judge`, "is `proportion`, which needs counter increases over a range; the `http` provider reads one number per check: use `prometheus` or `scrape`, or `judge: mann-whitney` on a ratio");
  let read = (key) => {
    let query = entry[key];
    provider?.kind === "scrape" && scrapeCheck(query, `${where}/${key}`, fail);
    let found = countQuery(query);
    if ("problem" in found) {
      fail(`${where}/${key}`, found.problem);
      return;
    }
    return { query, ...found };
  }, errors = read("errors"), total2 = read("total");
  errors && total2 && errors.windowMs !== total2.windowMs && fail(`${where}/total`, "counts over a different range than `errors`; give both the same range, so that each window has its errors and its requests");
  let change = entry["max-increase"];
  typeof change == "number" && change >= 1 && fail(`${where}/max-increase`, `is ${change}, more than a proportion can move; write a percentage of the baseline's proportion such as \`50%\`, or a difference below 1 such as \`0.01\``);
  for (let key of ["max", "min"]) {
    let bound = entry[key];
    bound !== void 0 && (bound < 0 || bound > 1) && fail(`${where}/${key}`, `is ${bound}; a proportion lies between 0 and 1 (e.g. \`${key}: 0.05\` for 5%)`);
  }
  if (!(!usable || !errors || !total2))
    return {
      counts: { errors: { query: errors.query, kind: errors.kind }, total: { query: total2.query, kind: total2.kind } },
      query: ratioQuery(errors.query, total2.query),
      windowMs: errors.windowMs
    };
}
function checkUrl(url, where, problem) {
  let parsed;
  try {
    parsed = new URL(url.replace("{query}", "q"));
  } catch {
    parsed = void 0;
  }
  return !parsed || parsed.protocol !== "http:" && parsed.protocol !== "https:" ? (problem(where, `is "${url}", not an http(s) URL; write it in full, e.g. http://127.0.0.1:9090`), !1) : !0;
}
function readProvider(raw, problem) {
  if (raw.prometheus !== void 0)
    return checkUrl(raw.prometheus, "/provider/prometheus", problem) ? { kind: "prometheus", url: raw.prometheus.replace(/\/+$/, "") } : void 0;
  if (raw.scrape !== void 0) return checkUrl(raw.scrape, "/provider/scrape", problem) ? { kind: "scrape", url: raw.scrape } : void 0;
  let http = raw.http, urlOk = checkUrl(http.url, "/provider/http/url", problem);
  try {
    parseJsonPath(http.value.replaceAll("{query}", "query"));
  } catch (error) {
    if (!(error instanceof JsonPathError)) throw error;
    problem("/provider/http/value", error.message);
    return;
  }
  return urlOk ? { kind: "http", url: http.url, value: http.value } : void 0;
}

// src/deploy/checks/sample.ts
function finiteValues(samples) {
  let values = [];
  for (let sample of samples) Number.isFinite(sample.value) && values.push(sample.value);
  return values;
}
function median(values) {
  if (values.length === 0) return NaN;
  let sorted = [...values].sort((a, b) => a - b), middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function mean(values) {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (let value of values) sum += value;
  return sum / values.length;
}

// src/deploy/checks/providers/exposition.ts
var ExpositionError = class extends Error {
  constructor(line, detail) {
    super(`line ${line}: ${detail}`);
    this.line = line;
    this.detail = detail;
  }
  line;
  detail;
}, NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y, LABEL = /[a-zA-Z_][a-zA-Z0-9_]*/y;
function parseSampleValue(text) {
  switch (text) {
    case "NaN":
      return NaN;
    case "+Inf":
    case "Inf":
      return 1 / 0;
    case "-Inf":
      return -1 / 0;
    default:
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : void 0;
  }
}
function parseLine(line, lineNumber) {
  let fail = (detail) => {
    throw new ExpositionError(lineNumber, detail);
  };
  NAME.lastIndex = 0;
  let name = NAME.exec(line)?.[0] ?? fail(`"${line.slice(0, 40)}" does not start with a metric name`), position = name.length, labels = {};
  if (line[position] === "{") {
    for (position += 1; ; ) {
      for (; line[position] === " "; ) position += 1;
      if (line[position] === "}") break;
      LABEL.lastIndex = position;
      let label = LABEL.exec(line)?.[0] ?? fail(`expected a label name at column ${position + 1}`);
      for (position += label.length; line[position] === " "; ) position += 1;
      (line[position] !== "=" || line[position + 1] !== '"') && fail(`expected ="..." after label ${label}`), position += 2;
      let value2 = "";
      for (; ; ) {
        let char = line[position];
        if (char === void 0 && fail(`label ${label} has no closing quote`), char === '"') break;
        if (char === "\\") {
          let next = line[position + 1];
          value2 += next === "n" ? `
` : next ?? "", position += 2;
        } else
          value2 += char, position += 1;
      }
      for (labels[label] = value2, position += 1; line[position] === " "; ) position += 1;
      line[position] === "," ? position += 1 : line[position] !== "}" && fail(`expected , or } after label ${label}`);
    }
    position += 1;
  }
  let rest = line.slice(position).trim().split(/\s+/);
  (rest.length < 1 || rest[0] === "") && fail(`${name} has no value`);
  let value = parseSampleValue(rest[0]);
  value === void 0 && fail(`${name} has value "${rest[0]}", not a number`);
  let sample = { name, labels, value };
  if (rest[1] !== void 0) {
    let timestamp = Number(rest[1]);
    Number.isFinite(timestamp) || fail(`${name} has timestamp "${rest[1]}", not a number`), sample.timestamp = timestamp;
  }
  return sample;
}
function parseExposition(text) {
  let samples = [], lines = text.split(`
`);
  for (let [index, raw] of lines.entries()) {
    let line = raw.trim();
    line === "" || line.startsWith("#") || samples.push(parseLine(line, index + 1));
  }
  return samples;
}
function seriesKey(name, labels) {
  let parts = Object.keys(labels).sort().map((key) => `${key}=${JSON.stringify(labels[key])}`);
  return `${name}{${parts.join(",")}}`;
}

// src/deploy/checks/providers/provider.ts
var MetricSourceError = class extends ConfigurationError {
  constructor(url, reason, message, options) {
    super(message, options);
    this.url = url;
    this.reason = reason;
  }
  url;
  reason;
}, MetricQueryError = class extends ConfigurationError {
  constructor(query, message, options) {
    super(message, options);
    this.query = query;
  }
  query;
};

// src/deploy/checks/providers/request.ts
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function request(url, what, options, form) {
  let doFetch = options.fetch ?? httpFetch, timeoutMs = options.timeoutMs ?? 1e4, attempts = 1 + (options.retries ?? 2), failure;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    attempt > 0 && await sleep(250 * 2 ** (attempt - 1));
    try {
      let init = { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/json, text/plain;q=0.9, */*;q=0.1" } };
      form && (init.method = "POST", init.headers = { ...init.headers, "content-type": "application/x-www-form-urlencoded" }, init.body = new URLSearchParams(form).toString());
      let response = await doFetch(url, init), body = await response.text(), answer = { status: response.status, statusText: response.statusText, contentType: response.headers.get("content-type") ?? "", body };
      if (response.status >= 500 && attempt < attempts - 1) {
        failure = new MetricSourceError(url, "response", `${what} answered ${response.status} ${response.statusText}`);
        continue;
      }
      return answer;
    } catch (error) {
      let name = error.name;
      if (name === "AbortError" || name === "TimeoutError")
        failure = new MetricSourceError(url, "timeout", `${what} did not answer ${url} within ${timeoutMs / 1e3} s`, { cause: error });
      else {
        let reason = error.code ?? errorMessage(error);
        failure = new MetricSourceError(url, "unreachable", `cannot reach ${what} (${reason}); check the URL and that the server is up`, { cause: error });
      }
    }
  }
  throw failure;
}

// src/deploy/checks/providers/http-json.ts
var HttpJsonProvider = class {
  constructor(url, valuePath, options = {}) {
    this.url = url;
    this.valuePath = valuePath;
    this.options = options;
  }
  url;
  valuePath;
  options;
  kind = "http";
  live = !0;
  readings = /* @__PURE__ */ new Map();
  now() {
    return (this.options.now ?? Date.now)();
  }
  urlFor(query) {
    return this.url.replaceAll("{query}", encodeURIComponent(query));
  }
  pathFor(query) {
    let path5 = this.valuePath.replaceAll("{query}", query);
    try {
      return parseJsonPath(path5);
    } catch (error) {
      throw new MetricQueryError(query, error.message, { cause: error });
    }
  }
  /** Reads each query's value now, one request per distinct URL. */
  async poll() {
    let queries = this.options.queries ?? [...this.readings.keys()], byUrl = /* @__PURE__ */ new Map();
    for (let query of queries) byUrl.set(this.urlFor(query), [...byUrl.get(this.urlFor(query)) ?? [], query]);
    await Promise.all(
      [...byUrl].map(async ([url, group]) => {
        let document = await this.fetchDocument(url), time = this.now();
        for (let query of group) this.record(query, this.valueOf(query, url, document), time);
      })
    );
  }
  async fetchDocument(url) {
    let what = `the JSON endpoint ${url}`, response = await request(url, what, this.options);
    if (response.status >= 400) throw new MetricSourceError(url, "response", `${what} answered ${response.status} ${response.statusText}`);
    try {
      return JSON.parse(response.body);
    } catch {
      throw new MetricSourceError(url, "response", `${what} did not answer JSON (${response.contentType || "no content type"}: ${JSON.stringify(response.body.slice(0, 60))})`);
    }
  }
  valueOf(query, url, document) {
    let found = readJsonPath(document, this.pathFor(query)), path5 = this.valuePath.replaceAll("{query}", query);
    if (found === void 0) {
      let keys = document && typeof document == "object" && !Array.isArray(document) ? Object.keys(document).slice(0, 10).join(", ") : typeof document;
      throw new MetricQueryError(query, `${path5} is not in the answer of ${url} (top-level keys: ${keys || "none"})`);
    }
    if (found === null) return;
    let value = typeof found == "number" ? found : typeof found == "string" ? parseSampleValue(found.trim()) : void 0;
    if (value === void 0)
      throw new MetricQueryError(query, `${path5} in the answer of ${url} is ${JSON.stringify(found).slice(0, 40)}, not a number`);
    return value;
  }
  record(query, value, time) {
    let list = this.readings.get(query) ?? [];
    value !== void 0 && list.push({ time, value });
    let oldest = time - (this.options.retentionMs ?? 3 * 36e5);
    for (; list.length > 0 && list[0].time < oldest; ) list.shift();
    this.readings.set(query, list);
  }
  async instant(query) {
    let url = this.urlFor(query), value = this.valueOf(query, url, await this.fetchDocument(url)), time = this.now();
    return this.record(query, value, time), value === void 0 ? [] : [{ time, value }];
  }
  async range(query, range) {
    return (this.readings.get(query) ?? []).filter((sample) => sample.time >= range.start && sample.time <= range.end);
  }
};

// src/deploy/checks/providers/prometheus.ts
function describeLabels(metric) {
  let entries = Object.entries(metric ?? {});
  return entries.length === 0 ? "{}" : `{${entries.map(([key, value]) => `${key}="${value}"`).join(", ")}}`;
}
var PrometheusProvider = class {
  constructor(url, options = {}) {
    this.url = url;
    this.options = options;
    this.url = url.replace(/\/+$/, ""), this.what = `Prometheus at ${this.url}`;
  }
  url;
  options;
  kind = "prometheus";
  live = !1;
  what;
  async poll() {
  }
  async instant(query, at) {
    let time = (at ?? (this.options.now ?? Date.now)()) / 1e3;
    return this.call("/api/v1/query", query, { query, time: String(time) });
  }
  async range(query, range) {
    return this.call("/api/v1/query_range", query, {
      query,
      start: String(range.start / 1e3),
      end: String(range.end / 1e3),
      step: `${Math.max(1e-3, range.step / 1e3)}s`
    });
  }
  async call(path5, query, form) {
    let endpoint = `${this.url}${path5}`, response = await request(endpoint, this.what, this.options, form), answer = this.read(endpoint, response);
    if (answer.status === "error") {
      let detail = answer.error ?? "no detail";
      throw answer.errorType === "bad_data" || response.status === 400 || answer.errorType === "execution" ? new MetricQueryError(query, `${this.what} rejected the query ${JSON.stringify(query)}: ${detail}`) : new MetricSourceError(endpoint, "response", `${this.what} failed on the query ${JSON.stringify(query)}: ${answer.errorType ?? "error"}: ${detail}`);
    }
    return this.samples(query, answer);
  }
  read(endpoint, response) {
    let answer;
    try {
      answer = JSON.parse(response.body);
    } catch {
      answer = void 0;
    }
    if (!answer || answer.status !== "success" && answer.status !== "error")
      throw new MetricSourceError(
        endpoint,
        "response",
        `${endpoint} answered ${response.status} ${response.statusText} with ${response.contentType || "no content type"}, not Prometheus' API; is \`provider.prometheus\` the server's base URL (e.g. http://127.0.0.1:9090)?`
      );
    return answer;
  }
  samples(query, answer) {
    let data = answer.data, toSample = ([time, value]) => ({ time: Math.round(time * 1e3), value: parseSampleValue(value) ?? NaN });
    if (data.resultType === "scalar") return [toSample(data.result)];
    if (data.resultType === "string") throw new MetricQueryError(query, `the query ${JSON.stringify(query)} returns a string; a check needs a number`);
    let series = data.result;
    if (series.length > 1) {
      let shown = series.slice(0, 3).map((item) => describeLabels(item.metric)).join(", ");
      throw new MetricQueryError(
        query,
        `the query ${JSON.stringify(query)} returns ${series.length} series (${shown}${series.length > 3 ? ", ..." : ""}); a check needs one: aggregate it, e.g. sum(...) or max(...)`
      );
    }
    if (series.length === 0) return [];
    let only = series[0];
    return data.resultType === "vector" ? only.value ? [toSample(only.value)] : [] : (only.values ?? []).map(toSample);
  }
};

// src/deploy/checks/providers/scrape.ts
var ScrapeProvider = class {
  constructor(url, options = {}) {
    this.url = url;
    this.options = options;
    if (this.what = `the metrics endpoint ${url}`, options.queries) {
      this.keep = /* @__PURE__ */ new Set();
      for (let query of options.queries) for (let name of queryMetricNames(this.parse(query))) this.keep.add(name);
    }
  }
  url;
  options;
  kind = "scrape";
  live = !0;
  history = [];
  parsed = /* @__PURE__ */ new Map();
  keep;
  what;
  pending;
  now() {
    return (this.options.now ?? Date.now)();
  }
  parse(query) {
    let node = this.parsed.get(query);
    if (!node) {
      try {
        node = parseScrapeQuery(query);
      } catch (error) {
        throw error instanceof ScrapeQueryError ? new MetricQueryError(query, `the scrape provider cannot evaluate ${JSON.stringify(query)}: ${error.message}`, { cause: error }) : error;
      }
      this.parsed.set(query, node);
    }
    return node;
  }
  /** Scrapes once and keeps the result (concurrent calls share one scrape). */
  poll() {
    return this.pending ??= this.scrape().finally(() => {
      this.pending = void 0;
    }), this.pending;
  }
  async scrape() {
    let response = await request(this.url, this.what, this.options);
    if (response.status >= 400)
      throw new MetricSourceError(this.url, "response", `${this.what} answered ${response.status} ${response.statusText}; check \`provider.scrape\``);
    let samples;
    try {
      samples = parseExposition(response.body);
    } catch (error) {
      throw error instanceof ExpositionError ? new MetricSourceError(this.url, "response", `${this.what} did not answer in Prometheus text format: ${error.message}`, { cause: error }) : error;
    }
    let series = /* @__PURE__ */ new Map();
    for (let sample of samples)
      this.keep && !this.keep.has(sample.name) || series.set(seriesKey(sample.name, sample.labels), { name: sample.name, labels: sample.labels, value: sample.value });
    let time = this.now();
    this.history.push({ time, series });
    let oldest = time - (this.options.retentionMs ?? 3 * 36e5);
    for (; this.history.length > 0 && this.history[0].time < oldest; ) this.history.shift();
  }
  evaluate(query, node, at) {
    try {
      return evaluateScrapeQuery(node, this.history, at);
    } catch (error) {
      throw error instanceof AmbiguousSeriesError ? new MetricQueryError(query, `the query ${JSON.stringify(query)}: ${error.message}`) : error;
    }
  }
  async instant(query) {
    let node = this.parse(query), latest = this.history.at(-1);
    (!latest || this.now() - latest.time > (this.options.freshMs ?? 1e3)) && await this.poll();
    let at = this.history.at(-1).time, value = this.evaluate(query, node, at);
    return value === void 0 ? [] : [{ time: at, value }];
  }
  async range(query, range) {
    let node = this.parse(query), samples = [];
    for (let scrape of this.history) {
      if (scrape.time < range.start || scrape.time > range.end) continue;
      let value = this.evaluate(query, node, scrape.time);
      value !== void 0 && samples.push({ time: scrape.time, value });
    }
    return samples;
  }
};

// src/deploy/checks/providers/create-provider.ts
function createProvider(config, queries, options = {}) {
  switch (config.kind) {
    case "prometheus":
      return new PrometheusProvider(config.url, options);
    case "scrape":
      return new ScrapeProvider(config.url, { ...options, queries });
    case "http":
      return new HttpJsonProvider(config.url, config.value, { ...options, queries });
  }
}

// src/deploy/checks/format-number.ts
function formatValue(value) {
  if (value === void 0 || Number.isNaN(value)) return "\u2013";
  if (value === 1 / 0) return "\u221E";
  if (value === -1 / 0) return "-\u221E";
  if (value === 0) return "0";
  let magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e9) {
    let text = Number(value.toPrecision(4)).toString();
    if (!text.includes("e")) return text;
  }
  return value.toPrecision(3);
}
function formatChange(fraction) {
  if (fraction === void 0 || Number.isNaN(fraction)) return "\u2013";
  if (!Number.isFinite(fraction)) return fraction > 0 ? "+\u221E%" : "-\u221E%";
  let percent2 = fraction * 100, text = Math.abs(percent2) >= 100 ? percent2.toFixed(0) : Number(percent2.toPrecision(3)).toString();
  return `${percent2 >= 0 ? "+" : ""}${text}%`;
}
function formatP(p) {
  return p === void 0 || Number.isNaN(p) ? "\u2013" : p < 1e-16 ? "< 1e-16" : p >= 1e-4 ? Number(p.toPrecision(4)).toString() : p.toPrecision(3);
}
function formatWithCounts(value, count) {
  return count ? `${formatValue(value)} = ${formatValue(count.errors)}/${formatValue(count.total)}` : formatValue(value);
}

// src/deploy/checks/stats/normal.ts
var A = [2.2352520354606837, 161.02823106855587, 1067.6894854603709, 18154.98125334356, 0.06568233791820745], B = [47.202581904688245, 976.0985517377767, 10260.932208618979, 45507.78933502673], C = [
  0.39894151208813466,
  8.883149794388377,
  93.50665613217785,
  597.2702763948002,
  2494.5375852903726,
  6848.190450536283,
  11602.65143764735,
  9842.714838383978,
  10765576773720192e-24
], D = [
  22.266688044328117,
  235.387901782625,
  1519.3775994075547,
  6485.558298266761,
  18615.571640885097,
  34900.95272114598,
  38912.00328609327,
  19685.429676859992
], P = [0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934, 29112874951168793e-21, 0.023073441764940174], Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 7297515550839662e-20], M_SQRT_32 = 5.656854249492381, M_1_SQRT_2PI = 0.3989422804014327, SIXTEN = 16;
function pnormBoth(x) {
  if (Number.isNaN(x)) return [NaN, NaN];
  let y = Math.abs(x), cum, ccum, tails = (at, temp) => {
    let xsq = Math.trunc(at * SIXTEN) / SIXTEN, del = (at - xsq) * (at + xsq);
    cum = Math.exp(-xsq * xsq * 0.5) * Math.exp(-del * 0.5) * temp, ccum = 1 - cum, x > 0 && ([cum, ccum] = [ccum, cum]);
  };
  if (y <= 0.67448975) {
    let xnum = 0, xden = 0;
    if (y > Number.EPSILON * 0.5) {
      let xsq = x * x;
      xnum = A[4] * xsq, xden = xsq;
      for (let i = 0; i < 3; i += 1)
        xnum = (xnum + A[i]) * xsq, xden = (xden + B[i]) * xsq;
    }
    let temp = x * (xnum + A[3]) / (xden + B[3]);
    return [0.5 + temp, 0.5 - temp];
  }
  if (y <= M_SQRT_32) {
    let xnum = C[8] * y, xden = y;
    for (let i = 0; i < 7; i += 1)
      xnum = (xnum + C[i]) * y, xden = (xden + D[i]) * y;
    return tails(y, (xnum + C[7]) / (xden + D[7])), [cum, ccum];
  }
  if (-37.5193 < x && x < 37.5193) {
    let xsq = 1 / (x * x), xnum = P[5] * xsq, xden = xsq;
    for (let i = 0; i < 4; i += 1)
      xnum = (xnum + P[i]) * xsq, xden = (xden + Q[i]) * xsq;
    let temp = xsq * (xnum + P[4]) / (xden + Q[4]);
    return temp = (M_1_SQRT_2PI - temp) / y, tails(x, temp), [cum, ccum];
  }
  return x > 0 ? [1, 0] : [0, 1];
}
function pnorm(x, lowerTail = !0) {
  let [cum, ccum] = pnormBoth(x);
  return lowerTail ? cum : ccum;
}
function qnorm(p, lowerTail = !0) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return lowerTail ? -1 / 0 : 1 / 0;
  if (p === 1) return lowerTail ? 1 / 0 : -1 / 0;
  let q = (lowerTail ? p : 0.5 - p + 0.5) - 0.5;
  if (Math.abs(q) <= 0.425) {
    let r2 = 0.180625 - q * q;
    return q * (((((((r2 * 2509.0809287301227 + 33430.57558358813) * r2 + 67265.7709270087) * r2 + 45921.95393154987) * r2 + 13731.69376550946) * r2 + 1971.5909503065513) * r2 + 133.14166789178438) * r2 + 3.3871328727963665) / (((((((r2 * 5226.495278852854 + 28729.085735721943) * r2 + 39307.89580009271) * r2 + 21213.794301586597) * r2 + 5394.196021424751) * r2 + 687.1870074920579) * r2 + 42.31333070160091) * r2 + 1);
  }
  let r = q < 0 ? lowerTail ? p : 0.5 - p + 0.5 : lowerTail ? 0.5 - p + 0.5 : p;
  r = Math.sqrt(-Math.log(r));
  let value;
  return r <= 5 ? (r -= 1.6, value = (((((((r * 7745450142783414e-19 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835) / (((((((r * 10507500716444169e-25 + 5475938084995345e-19) * r + 0.015198666563616457) * r + 0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1)) : (r -= 5, value = (((((((r * 20103343992922881e-23 + 27115555687434876e-21) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103) / (((((((r * 20442631033899397e-31 + 1421511758316446e-22) * r + 18463183175100548e-21) * r + 7868691311456133e-19) * r + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1)), q < 0 ? -value : value;
}

// src/deploy/checks/stats/wilcox-distribution.ts
var cache = /* @__PURE__ */ new Map();
function counts(m, n) {
  let key = `${m}/${n}`, cached = cache.get(key);
  if (cached) return cached;
  let max = m * n, rows = Array.from({ length: m + 1 }, () => new Float64Array(max + 1));
  for (let i = 0; i <= m; i += 1) rows[i][0] = 1;
  for (let j = 1; j <= n; j += 1)
    for (let i = 1; i <= m; i += 1) {
      let row = rows[i], previous = rows[i - 1];
      for (let u = max; u >= j; u -= 1) row[u] += previous[u - j];
    }
  let result = rows[m];
  return cache.size > 64 && cache.clear(), cache.set(key, result), result;
}
function total(m, n) {
  let sum = 0;
  for (let count of counts(m, n)) sum += count;
  return sum;
}
function pwilcox(q, m, n, lowerTail = !0) {
  let max = m * n;
  if (q = Math.floor(q + 1e-7), q < 0) return lowerTail ? 0 : 1;
  if (q >= max) return lowerTail ? 1 : 0;
  let frequencies = counts(m, n), c = total(m, n), p = 0, lower2 = lowerTail;
  if (q <= max / 2)
    for (let i = 0; i <= q; i += 1) p += frequencies[i] / c;
  else {
    q = max - q;
    for (let i = 0; i < q; i += 1) p += frequencies[i] / c;
    lower2 = !lower2;
  }
  return lower2 ? p : 0.5 - p + 0.5;
}
function qwilcox(p, m, n) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return 0;
  if (p === 1) return m * n;
  let frequencies = counts(m, n), c = total(m, n), cumulative = 0, q = 0;
  if (p <= 0.5) {
    let target2 = p - 10 * Number.EPSILON;
    for (; cumulative += frequencies[q] / c, !(cumulative >= target2); )
      q += 1;
    return q;
  }
  let target = 1 - p + 10 * Number.EPSILON;
  for (; ; ) {
    if (cumulative += frequencies[q] / c, cumulative > target) return m * n - q;
    q += 1;
  }
}

// src/deploy/checks/stats/zeroin.ts
function zeroin(f, lower2, upper2, fLower, fUpper, tol, maxIterations = 1e3) {
  let a = lower2, b = upper2, fa = fLower, fb = fUpper, c = a, fc = fa;
  if (fa === 0) return { root: a, iterations: 0 };
  if (fb === 0) return { root: b, iterations: 0 };
  let left = maxIterations + 1;
  for (; left-- > 0; ) {
    let previousStep = b - a;
    Math.abs(fc) < Math.abs(fb) && (a = b, b = c, c = a, fa = fb, fb = fc, fc = fa);
    let tolerance = 2 * Number.EPSILON * Math.abs(b) + tol / 2, step = (c - b) / 2;
    if (Math.abs(step) <= tolerance || fb === 0) return { root: b, iterations: maxIterations + 1 - left - 1 };
    if (Math.abs(previousStep) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      let p, q, cb = c - b;
      if (a === c) {
        let t1 = fb / fa;
        p = cb * t1, q = 1 - t1;
      } else {
        let qa = fa / fc, t1 = fb / fc, t2 = fb / fa;
        p = t2 * (cb * qa * (qa - t1) - (b - a) * (t1 - 1)), q = (qa - 1) * (t1 - 1) * (t2 - 1);
      }
      p > 0 ? q = -q : p = -p, p < 0.75 * cb * q - Math.abs(tolerance * q) / 2 && p < Math.abs(previousStep * q / 2) && (step = p / q);
    }
    Math.abs(step) < tolerance && (step = step > 0 ? tolerance : -tolerance), a = b, fa = fb, b += step, fb = f(b), (fb > 0 && fc > 0 || fb < 0 && fc < 0) && (c = a, fc = fa);
  }
  return { root: b, iterations: -1 };
}

// src/deploy/checks/stats/wilcox-test.ts
function averageRanks(values) {
  let order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value), ranks = new Array(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    for (; end < order.length && order[end].value === order[start].value; ) end += 1;
    let rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) ranks[order[k].index] = rank;
    start = end;
  }
  return ranks;
}
function tieTerm(values) {
  let sorted = [...values].sort((a, b) => a - b), sum = 0;
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    for (; end < sorted.length && sorted[end] === sorted[start]; ) end += 1;
    let t = end - start;
    sum += t * t * t - t, start = end;
  }
  return sum;
}
function median2(sorted) {
  let middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function sortedDifferences(x, y) {
  let differences = [];
  for (let xi of x) for (let yj of y) differences.push(xi - yj);
  return differences.sort((a, b) => a - b);
}
function wilcoxTest(xIn, yIn, options = {}) {
  let alternative = options.alternative ?? "two.sided", mu = options.mu ?? 0, correct = options.correct ?? !0, confLevel = options.confLevel ?? 0.95, tolRoot = options.tolRoot ?? 1e-4, x = xIn.filter(Number.isFinite), y = yIn.filter(Number.isFinite);
  if (x.length < 1) throw new Error("wilcoxTest: not enough (non-missing) 'x' observations");
  if (y.length < 1) throw new Error("wilcoxTest: not enough 'y' observations");
  if (!(confLevel > 0 && confLevel < 1)) throw new Error("wilcoxTest: 'conf.level' must be a single number between 0 and 1");
  let nx = x.length, ny = y.length, exactWanted = options.exact ?? (nx < 50 && ny < 50), warnings = [], ranks = averageRanks([...x.map((value) => value - mu), ...y]), rankSumX = 0;
  for (let i = 0; i < nx; i += 1) rankSumX += ranks[i];
  let statistic = rankSumX - nx * (nx + 1) / 2, ties = new Set(ranks).size !== ranks.length, alpha = 1 - confLevel;
  if (exactWanted && !ties) {
    let pValue2;
    if (alternative === "two.sided") {
      let p = statistic > nx * ny / 2 ? pwilcox(statistic - 1, nx, ny, !1) : pwilcox(statistic, nx, ny);
      pValue2 = Math.min(2 * p, 1);
    } else alternative === "greater" ? pValue2 = pwilcox(statistic - 1, nx, ny, !1) : pValue2 = pwilcox(statistic, nx, ny);
    if (options.confInt === !1)
      return { statistic, pValue: pValue2, exact: !0, ties, confInt: [NaN, NaN], confLevel, estimate: NaN, method: "Wilcoxon rank sum exact test", warnings };
    let differences2 = sortedDifferences(x, y), at = (index) => differences2[index - 1], confInt2, achievedAlpha;
    if (alternative === "two.sided") {
      let qu = qwilcox(alpha / 2, nx, ny);
      qu === 0 && (qu = 1);
      let ql = nx * ny - qu;
      achievedAlpha = 2 * pwilcox(Math.trunc(qu) - 1, nx, ny), confInt2 = [at(qu), at(ql + 1)];
    } else {
      let qu = qwilcox(alpha, nx, ny);
      qu === 0 && (qu = 1), achievedAlpha = pwilcox(Math.trunc(qu) - 1, nx, ny), confInt2 = alternative === "greater" ? [at(qu), 1 / 0] : [-1 / 0, at(nx * ny - qu + 1)];
    }
    let achievedLevel = confLevel;
    return achievedAlpha - alpha > alpha / 2 && (warnings.push("Requested conf.level not achievable"), achievedLevel = 1 - Number(achievedAlpha.toPrecision(2))), {
      statistic,
      pValue: pValue2,
      exact: !0,
      ties,
      confInt: confInt2,
      confLevel: achievedLevel,
      estimate: median2(differences2),
      method: "Wilcoxon rank sum exact test",
      warnings
    };
  }
  let n = nx + ny, sigmaOf = (term) => Math.sqrt(nx * ny / 12 * (n + 1 - term / (n * (n - 1)))), z0 = statistic - nx * ny / 2, sigma = sigmaOf(tieTerm(ranks)), correctionFor = (dz, withCorrection) => withCorrection ? alternative === "two.sided" ? Math.sign(dz) * 0.5 : alternative === "greater" ? 0.5 : -0.5 : 0, z = (z0 - correctionFor(z0, correct)) / sigma, pValue = alternative === "less" ? pnorm(z) : alternative === "greater" ? pnorm(z, !1) : 2 * Math.min(pnorm(z), pnorm(z, !1));
  exactWanted && ties && warnings.push("cannot compute exact p-value with ties", "cannot compute exact confidence intervals with ties");
  let method = correct ? "Wilcoxon rank sum test with continuity correction" : "Wilcoxon rank sum test";
  if (options.confInt === !1) return { statistic, pValue, exact: !1, ties, confInt: [NaN, NaN], confLevel, estimate: NaN, method, warnings };
  let W = (d, withCorrection) => {
    let shifted = [...x.map((value) => value - d), ...y], r = averageRanks(shifted), sum = 0;
    for (let i = 0; i < nx; i += 1) sum += r[i];
    let dz = sum - nx * (nx + 1) / 2 - nx * ny / 2, sigmaCi = sigmaOf(tieTerm(shifted));
    if (sigmaCi === 0) throw new Error("wilcoxTest: cannot compute confidence interval when all observations are tied");
    return (dz - correctionFor(dz, withCorrection)) / sigmaCi;
  }, muMin = Math.min(...x) - Math.max(...y), muMax = Math.max(...x) - Math.min(...y), wMuMin = W(muMin, correct), wMuMax = W(muMax, correct), exactRoots = options.roots === "exact", differences = exactRoots ? [...new Set(sortedDifferences(x, y))] : [], root = (zq) => {
    let fLower = wMuMin - zq;
    if (fLower <= 0) return muMin;
    let fUpper = wMuMax - zq;
    if (fUpper >= 0) return muMax;
    let f = (d) => W(d, correct) - zq;
    return exactRoots ? stepRoot(f, differences) : zeroin(f, muMin, muMax, fLower, fUpper, tolRoot).root;
  }, confInt;
  alternative === "two.sided" ? confInt = [root(qnorm(alpha / 2, !1)), root(qnorm(alpha / 2))] : alternative === "greater" ? confInt = [root(qnorm(alpha, !1)), 1 / 0] : confInt = [-1 / 0, root(qnorm(alpha))];
  let estimate = exactRoots ? median2(sortedDifferences(x, y)) : zeroin((d) => W(d, !1), muMin, muMax, W(muMin, !1), W(muMax, !1), tolRoot).root;
  return {
    statistic,
    pValue,
    exact: !1,
    ties,
    confInt,
    confLevel,
    estimate,
    method,
    warnings
  };
}
function stepRoot(f, jumps) {
  let right = (i) => i < 0 ? f(jumps[0] - 1) : i === jumps.length - 1 ? f(jumps[i] + 1) : f((jumps[i] + jumps[i + 1]) / 2), lo = -1, hi = jumps.length - 1;
  for (; hi - lo > 1; ) {
    let mid = lo + hi >> 1;
    right(mid) <= 0 ? hi = mid : lo = mid;
  }
  return right(hi) === 0 && hi < jumps.length - 1 ? (jumps[hi] + jumps[hi + 1]) / 2 : jumps[hi];
}

// src/deploy/checks/judge/looks.ts
function lookAlpha(looks, alpha = 0.02, correction = "bonferroni") {
  if (!Number.isInteger(looks) || looks < 1) throw new RangeError(`lookAlpha: looks must be a positive integer, not ${looks}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`lookAlpha: alpha must be in (0, 1), not ${alpha}`);
  return correction === "none" ? alpha : alpha / looks;
}

// src/deploy/checks/judge/threshold.ts
function absoluteBounds(check, current) {
  if (check.max !== void 0) {
    let above = current.filter((value) => value > check.max);
    if (above.length > 0) {
      let worst = Math.max(...above);
      return {
        classification: "high",
        reason: `${above.length} of ${current.length} samples above max ${formatValue(check.max)} (worst ${formatValue(worst)})`,
        numbers: { current: worst, bound: check.max, boundKind: "max" }
      };
    }
  }
  if (check.min !== void 0) {
    let below = current.filter((value) => value < check.min);
    if (below.length > 0) {
      let worst = Math.min(...below);
      return {
        classification: "low",
        reason: `${below.length} of ${current.length} samples below min ${formatValue(check.min)} (lowest ${formatValue(worst)})`,
        numbers: { current: worst, bound: check.min, boundKind: "min" }
      };
    }
  }
}
function allowedRange(check, baseline) {
  let change = check.maxIncrease, room = change.kind === "relative" ? Math.abs(baseline) * change.fraction : change.amount;
  return [check.direction === "increase" ? -1 / 0 : baseline - room, check.direction === "decrease" ? 1 / 0 : baseline + room];
}
function relativeChange(baseline, current) {
  return baseline === 0 ? void 0 : (current - baseline) / Math.abs(baseline);
}
function judgeThreshold(check, baseline, current) {
  let violation = absoluteBounds(check, current), now = median(current), before = baseline.length > 0 ? median(baseline) : void 0, context = before === void 0 ? {} : { baseline: before, change: relativeChange(before, now) };
  if (violation) return { ...violation, numbers: { ...context, ...violation.numbers } };
  if (check.maxIncrease && before !== void 0) {
    let [lower2, upper2] = allowedRange(check, before), change = check.maxIncrease.kind === "relative" ? `${check.maxIncrease.text}` : `${formatValue(check.maxIncrease.amount)}`, numbers = { ...context, current: now };
    if (now > upper2)
      return {
        classification: "high",
        reason: `median ${formatValue(now)} is above ${formatValue(upper2)}, the baseline median ${formatValue(before)} + ${change} (${formatChange(context.change)})`,
        numbers: { ...numbers, bound: upper2, boundKind: "max-increase" }
      };
    if (now < lower2)
      return {
        classification: "low",
        reason: `median ${formatValue(now)} is below ${formatValue(lower2)}, the baseline median ${formatValue(before)} \u2212 ${change} (${formatChange(context.change)})`,
        numbers: { ...numbers, bound: lower2, boundKind: "max-increase" }
      };
    let bound2 = check.direction === "decrease" ? lower2 : upper2;
    return {
      classification: "pass",
      reason: `median ${formatValue(now)} within ${check.direction === "either" ? `${formatValue(lower2)}\u2026${formatValue(upper2)}` : formatValue(bound2)} (baseline median ${formatValue(before)} ${check.direction === "decrease" ? "\u2212" : check.direction === "increase" ? "+" : "\xB1"} ${change})${boundsNote(check, current)}`,
      numbers: { ...numbers, bound: bound2, boundKind: "max-increase" }
    };
  }
  let bound = check.max ?? check.min;
  return {
    classification: "pass",
    reason: `all ${current.length} samples ${boundParts(check).join(" and ")} (median ${formatValue(now)})`,
    numbers: { ...context, current: now, ...bound === void 0 ? {} : { bound, boundKind: check.max !== void 0 ? "max" : "min" } }
  };
}
function boundParts(check) {
  let parts = [];
  return check.max !== void 0 && parts.push(`\u2264 max ${formatValue(check.max)}`), check.min !== void 0 && parts.push(`\u2265 min ${formatValue(check.min)}`), parts;
}
function boundsNote(check, current) {
  let parts = boundParts(check);
  return parts.length === 0 ? "" : `; all ${current.length} samples ${parts.join(" and ")}`;
}

// src/deploy/checks/judge/mann-whitney.ts
var EFFECT_FRACTION = 0.25;
function percent(level) {
  return `${Number((level * 100).toPrecision(4))}%`;
}
function effectLargeEnough(check, before, after, upward) {
  let beforeMean = mean(before), afterMean = mean(after), ratio = beforeMean === 0 ? afterMean === 0 ? 1 : afterMean > 0 ? 1 / 0 : -1 / 0 : afterMean / beforeMean, allowed = check.maxIncrease;
  if (!allowed)
    return { ok: upward ? ratio >= 1 : ratio <= 1, ratio, note: `mean ratio ${formatValue(ratio)}` };
  if (allowed.kind === "relative") {
    let limit = upward ? 1 + allowed.fraction : 1 - allowed.fraction, ok2 = upward ? ratio >= limit : ratio <= limit;
    return { ok: ok2, ratio, note: `mean ratio ${formatValue(ratio)} ${ok2 ? upward ? "\u2265" : "\u2264" : upward ? "<" : ">"} ${formatValue(limit)} (max-increase ${allowed.text})` };
  }
  let difference = afterMean - beforeMean, ok = upward ? difference >= allowed.amount : difference <= -allowed.amount;
  return { ok, ratio, note: `mean change ${formatValue(difference)} ${ok ? "reaches" : "is within"} max-increase ${allowed.text}` };
}
function judgeMannWhitney(check, baseline, current, alpha) {
  let before = median(baseline), now = median(current), context = { baseline: before, current: now, change: relativeChange(before, now), alpha }, all = [...baseline, ...current];
  if (all.every((value) => value === all[0]))
    return {
      classification: "pass",
      reason: `every sample before and after is ${formatValue(all[0])}: nothing changed`,
      numbers: { ...context, ratio: 1 }
    };
  let test = wilcoxTest(current, baseline, { confLevel: 0.98, roots: "exact" }), [lower2, upper2] = test.confInt, effectBound = EFFECT_FRACTION * Math.abs(test.estimate), upward = test.statistic > current.length * baseline.length / 2, numbers = {
    ...context,
    statistic: test.statistic,
    pValue: test.pValue,
    confInt: test.confInt,
    confLevel: test.confLevel,
    estimate: test.estimate,
    effectBound
  }, interval = `${percent(test.confLevel)} CI of the shift [${formatValue(lower2)}, ${formatValue(upper2)}]`, significance = `p = ${formatP(test.pValue)} ${test.pValue < alpha ? "<" : "\u2265"} \u03B1 ${formatP(alpha)}`, tail = `W = ${formatValue(test.statistic)}, ${significance}`, samples = `${current.length} samples after the deploy against ${baseline.length} before`, mayIncrease = check.direction !== "decrease", mayDecrease = check.direction !== "increase", bad = check.direction === "either" ? "change" : check.direction, badWay = mayIncrease && upward || mayDecrease && !upward, ratioOnly = effectLargeEnough(check, baseline, current, !0).ratio;
  if (!badWay || !(test.pValue < alpha))
    return {
      classification: "pass",
      reason: `no significant ${bad}: ${significance} with ${samples}; ${interval}`,
      numbers: { ...numbers, ratio: ratioOnly }
    };
  if (!(upward ? lower2 > effectBound : upper2 < -effectBound))
    return {
      classification: "pass",
      reason: `significant (${significance}) but small: ${interval} is not clear of ${upward ? "" : "-"}${formatValue(effectBound)} (\xBC of the estimated shift ${formatValue(test.estimate)}); W = ${formatValue(test.statistic)}`,
      numbers: { ...numbers, ratio: ratioOnly }
    };
  let effect = effectLargeEnough(check, baseline, current, upward);
  return effect.ok ? {
    classification: upward ? "high" : "low",
    reason: `${upward ? "higher" : "lower"} than the baseline: ${interval} is ${upward ? "above" : "below"} ${upward ? "" : "-"}${formatValue(effectBound)} (\xBC of the estimated shift ${formatValue(test.estimate)}); ${effect.note}; ${tail}`,
    numbers: { ...numbers, ratio: effect.ratio }
  } : {
    classification: "pass",
    reason: `${upward ? "higher" : "lower"} than the baseline (${interval}) but not by enough: ${effect.note}; ${tail}`,
    numbers: { ...numbers, ratio: effect.ratio }
  };
}

// src/deploy/checks/stats/log-gamma.ts
var HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
function logGamma(x) {
  if (!(x > 0)) throw new RangeError(`logGamma: x must be positive, not ${x}`);
  let shift = 0, value = x;
  for (; value < 15; )
    shift += Math.log(value), value += 1;
  let inverse = 1 / value, inverseSquared = inverse * inverse, series = inverse * (1 / 12 - inverseSquared * (1 / 360 - inverseSquared * (1 / 1260 - inverseSquared * (1 / 1680 - inverseSquared / 1188))));
  return (value - 0.5) * Math.log(value) - value + HALF_LOG_TWO_PI + series - shift;
}
function logChoose(n, k) {
  return k < 0 || k > n ? -1 / 0 : k === 0 || k === n ? 0 : logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

// src/deploy/checks/stats/fisher-exact.ts
function law(n, m, events) {
  let population = n + m;
  return {
    population,
    events,
    draws: n,
    lowest: Math.max(0, events - m),
    highest: Math.min(events, n),
    mode: Math.floor((n + 1) * (events + 1) / (population + 2))
  };
}
function logPmf(h, k) {
  return logChoose(h.events, k) + logChoose(h.population - h.events, h.draws - k) - logChoose(h.population, h.draws);
}
function upper(h, k) {
  if (k <= h.lowest) return 1;
  if (k > h.highest) return 0;
  if (k <= h.mode) return 1 - lower(h, k - 1);
  let term = Math.exp(logPmf(h, k)), sum = 0;
  for (let j = k; j <= h.highest && term > 0 && (sum += term, !(term < sum * 1e-17)); j += 1)
    term *= (h.events - j) * (h.draws - j) / ((j + 1) * (h.population - h.events - h.draws + j + 1));
  return Math.min(1, sum);
}
function lower(h, k) {
  if (k >= h.highest) return 1;
  if (k < h.lowest) return 0;
  if (k >= h.mode) return 1 - upper(h, k + 1);
  let term = Math.exp(logPmf(h, k)), sum = 0;
  for (let j = k; j >= h.lowest && term > 0 && (sum += term, !(term < sum * 1e-17)); j -= 1)
    term *= j * (h.population - h.events - h.draws + j) / ((h.events - j + 1) * (h.draws - j + 1));
  return Math.min(1, sum);
}
function checkCounts(x, n, y, m) {
  for (let [name, value] of [["x", x], ["n", n], ["y", y], ["m", m]])
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`fisherExactTest: ${name} must be a non-negative integer, not ${value}`);
  if (x > n || y > m) throw new RangeError(`fisherExactTest: events exceed trials (x ${x} of n ${n}, y ${y} of m ${m})`);
}
function fisherExactTest(x, n, y, m, alternative) {
  checkCounts(x, n, y, m);
  let h = law(n, m, x + y);
  return alternative === "greater" ? upper(h, x) : lower(h, x);
}
function fisherCriticalCount(n, y, m, level, alternative) {
  checkCounts(0, n, y, m);
  let significant = (x) => fisherExactTest(x, n, y, m, alternative) < level;
  if (alternative === "greater") {
    if (!significant(n)) return;
    let [low2, high2] = [-1, n];
    for (; high2 - low2 > 1; ) {
      let middle = Math.floor((low2 + high2) / 2);
      significant(middle) ? high2 = middle : low2 = middle;
    }
    return high2;
  }
  if (!significant(0)) return;
  let [low, high] = [0, n + 1];
  for (; high - low > 1; ) {
    let middle = Math.floor((low + high) / 2);
    significant(middle) ? low = middle : high = middle;
  }
  return low;
}
function twoProportionZ(x, n, y, m, designEffect2 = 1) {
  if (!(n > 0 && m > 0)) return 0;
  let pooled = (x + y) / (n + m);
  return pooled <= 0 || pooled >= 1 ? 0 : (x / n - y / m) / Math.sqrt(designEffect2 * pooled * (1 - pooled) * (1 / n + 1 / m));
}

// src/deploy/checks/judge/proportion.ts
function designEffect(windows) {
  let used = windows.filter((window) => window.total > 0);
  if (used.length < 2) return 1;
  let errors = 0, total2 = 0;
  for (let window of used)
    errors += window.errors, total2 += window.total;
  let pooled = errors / total2;
  if (pooled <= 0 || pooled >= 1) return 1;
  let chiSquared = 0;
  for (let window of used) {
    let expected = window.total * pooled;
    chiSquared += (window.errors - expected) ** 2 / (expected * (1 - pooled));
  }
  return Math.max(1, chiSquared / (used.length - 1));
}
function floorOf(check, before, now, upward) {
  let allowed = check.maxIncrease, ratio = before === 0 ? now === 0 ? 1 : 1 / 0 : now / before;
  if (!allowed) return { ok: upward ? now >= before : now <= before, limit: before, note: "" };
  if (allowed.kind === "relative") {
    let factor = upward ? 1 + allowed.fraction : 1 - allowed.fraction, ok2 = upward ? ratio >= factor : ratio <= factor;
    return { ok: ok2, limit: before * factor, note: `ratio ${formatValue(ratio)} ${ok2 ? upward ? "\u2265" : "\u2264" : upward ? "<" : ">"} ${formatValue(factor)} (max-increase ${allowed.text})` };
  }
  let difference = now - before, ok = upward ? difference >= allowed.amount : difference <= -allowed.amount;
  return {
    ok,
    limit: upward ? before + allowed.amount : before - allowed.amount,
    note: `difference ${formatValue(difference)} ${ok ? "reaches" : "is within"} max-increase ${allowed.text}`
  };
}
function counted(errors, total2) {
  return `${formatValue(total2 > 0 ? errors / total2 : NaN)} (${formatValue(errors)} of ${formatValue(total2)})`;
}
function judgeProportion(check, baseline, current, alpha) {
  let [x, n, y, m] = [current.errors, current.total, baseline.errors, baseline.total], before = y / m, now = x / n, d = designEffect(baseline.windows), level = alpha / 2, numbers = {
    baseline: before,
    current: now,
    change: relativeChange(before, now),
    ratio: before === 0 ? now === 0 ? 1 : 1 / 0 : now / before,
    counts: { baseline: { errors: y, total: m }, current: { errors: x, total: n } },
    designEffect: d,
    alpha: level
  }, nowText = counted(x, n), beforeText = counted(y, m);
  if (check.max !== void 0 && now > check.max)
    return { classification: "high", reason: `the step's proportion ${nowText} is above max ${formatValue(check.max)}`, numbers: { ...numbers, bound: check.max, boundKind: "max" } };
  if (check.min !== void 0 && now < check.min)
    return { classification: "low", reason: `the step's proportion ${nowText} is below min ${formatValue(check.min)}`, numbers: { ...numbers, bound: check.min, boundKind: "min" } };
  let upward = check.direction === "increase" || check.direction === "either" && now > before, tail = upward ? "greater" : "less", [ex, en, ey, em] = [x, n, y, m].map((count) => Math.round(count / d)), pValue = fisherExactTest(Math.min(ex, en), en, Math.min(ey, em), em, tail), z = twoProportionZ(x, n, y, m, d), critical = fisherCriticalCount(en, Math.min(ey, em), em, level, tail), floor = floorOf(check, before, now, upward), significantAt = critical === void 0 ? void 0 : critical * d / n, bound = significantAt === void 0 ? void 0 : upward ? Math.max(significantAt, floor.limit) : Math.min(significantAt, floor.limit), judged = { ...numbers, statistic: z, pValue, ...bound === void 0 ? {} : { bound, boundKind: "significance" } }, significance = `Fisher p = ${formatP(pValue)} ${pValue < level ? "<" : "\u2265"} \u03B1 ${formatP(level)} (one-sided), z = ${z.toFixed(2)}`, design = d > 1 ? `; counts divided by the baseline's design effect ${formatValue(d)}` : "", against = `${nowText} against the baseline's ${beforeText}`, failsAt = bound === void 0 ? "too few requests to be significant at this look" : `fails at ${upward ? "\u2265" : "\u2264"} ${formatValue(bound)}`, bad = check.direction === "either" ? "change" : check.direction;
  return pValue < level ? floor.ok ? {
    classification: upward ? "high" : "low",
    reason: `${upward ? "higher" : "lower"} than the baseline: ${against}, ${significance}${floor.note ? `; ${floor.note}` : ""}${design}`,
    numbers: judged
  } : {
    classification: "pass",
    reason: `${upward ? "higher" : "lower"} than the baseline (${significance}) but not by enough: ${floor.note}; ${against}${design}`,
    numbers: judged
  } : { classification: "pass", reason: `no significant ${bad}: ${against}, ${significance}; ${failsAt}${design}`, numbers: judged };
}

// src/deploy/checks/judge/verdict.ts
function isMeasurementError(value) {
  return typeof value == "object" && value !== null && typeof value.error == "string";
}

// src/deploy/checks/judge/judge-check.ts
function needsBaseline(check) {
  return check.judge === "mann-whitney" || check.judge === "proportion" || check.maxIncrease !== void 0;
}
function notMeasured(base, look, error, baselineCount) {
  let lastLook = look.look >= look.looks;
  return {
    ...base,
    verdict: lastLook ? "fail" : "inconclusive",
    classification: "error",
    reason: `could not be measured: ${error}`,
    numbers: { samples: { baseline: baselineCount, current: 0, dropped: 0 } },
    settled: lastLook
  };
}
function noData(check, base, look, why, numbers) {
  let lastLook = look.look >= look.looks, extension = look.look > look.looks;
  if (!lastLook) return { ...base, verdict: "inconclusive", classification: "no-data", reason: `${why}; waiting`, numbers, settled: !1 };
  if (check.noData === "pass") return { ...base, verdict: "pass", classification: "no-data", reason: `${why}; passes by \`no-data: pass\``, numbers, settled: !0 };
  if (check.noData === "fail" || extension) {
    let policy = check.noData === "fail" ? "`no-data: fail`" : "`no-data: inconclusive`, still no data after the extra interval";
    return { ...base, verdict: "fail", classification: "no-data", reason: `${why}; fails by ${policy}`, numbers, settled: !0 };
  }
  return {
    ...base,
    verdict: "inconclusive",
    classification: "no-data",
    reason: `${why}; \`no-data: inconclusive\` extends the step by one interval`,
    numbers,
    settled: !1,
    extend: !0
  };
}
function judgeCheck(check, baselineSamples, current, look) {
  let base = { name: check.name, critical: check.critical, judge: check.judge, look: look.look }, lastLook = look.look >= look.looks, baselineCount = isCountSeries(baselineSamples) ? baselineSamples.total.length : baselineSamples.length;
  if (isMeasurementError(current)) return notMeasured(base, look, current.error, baselineCount);
  if (check.judge === "proportion") return judgeCounts(check, base, baselineSamples, current, look);
  if (isCountSeries(baselineSamples) || isCountSeries(current))
    return notMeasured(base, look, `\`judge: ${check.judge}\` reads one series, but was given the two count series of \`judge: proportion\``, baselineCount);
  let baselineAll = finiteValues(baselineSamples), currentAll = finiteValues(current), dropped = baselineSamples.length - baselineAll.length + (current.length - currentAll.length), missing = currentAll.length === 0 ? "no samples since the step began" : needsBaseline(check) && baselineAll.length === 0 ? "no baseline samples before the deploy" : void 0;
  if (missing) {
    let numbers2 = { samples: { baseline: baselineAll.length, current: currentAll.length, dropped } };
    baselineAll.length > 0 && (numbers2.baseline = median(baselineAll));
    let why = `${missing}${dropped > 0 ? ` (${dropped} NaN or infinite samples left out, e.g. 0/0 without traffic)` : ""}`;
    return noData(check, base, look, why, numbers2);
  }
  let judged, spacingMs, counts2 = { baseline: baselineAll.length, current: currentAll.length };
  if (check.judge === "threshold")
    judged = judgeThreshold(check, baselineAll, currentAll);
  else {
    let violation = absoluteBounds(check, currentAll);
    if (violation) {
      let before = median(baselineAll);
      judged = { ...violation, numbers: { baseline: before, change: relativeChange(before, median(currentAll)), ...violation.numbers } };
    } else {
      let before = finiteValues(independentSamples(baselineSamples, check.windowMs)), after = finiteValues(independentSamples(current, check.windowMs));
      check.windowMs && (before.length < baselineAll.length || after.length < currentAll.length) && (spacingMs = check.windowMs), counts2 = { baseline: before.length, current: after.length }, judged = judgeMannWhitney(check, before, after, look.alpha);
    }
  }
  let failed = judged.classification !== "pass", numbers = { ...judged.numbers, samples: { ...counts2, dropped, ...spacingMs ? { spacingMs } : {} } };
  return {
    ...base,
    verdict: failed ? "fail" : "pass",
    classification: judged.classification,
    reason: spacingMs ? `${judged.reason} (samples ${formatValue(spacingMs / 1e3)}s apart: the query's windows overlap)` : judged.reason,
    numbers,
    // A failure stands (the sequential test has rejected); a pass is provisional until the end.
    settled: failed || lastLook
  };
}
var NO_COUNTS = { errors: [], total: [] };
function asCounts(samples) {
  return isCountSeries(samples) ? samples : samples.length === 0 ? NO_COUNTS : void 0;
}
function judgeCounts(check, base, baselineSamples, currentSamples, look) {
  let baselineSeries = asCounts(baselineSamples), currentSeries = asCounts(currentSamples);
  if (!check.counts || !baselineSeries || !currentSeries) {
    let count = baselineSeries ? baselineSeries.total.length : baselineSamples.length;
    return notMeasured(base, look, "`judge: proportion` needs its `errors` and `total` series, but was given one series (read both, e.g. with readCheckSamples)", count);
  }
  let lastLook = look.look >= look.looks, before = countWindows(baselineSeries, check.counts, check.windowMs), after = countWindows(currentSeries, check.counts, check.windowMs), dropped = before.dropped + after.dropped, samples = { baseline: before.windows.length, current: after.windows.length, dropped, ...after.thinned || before.thinned ? { spacingMs: check.windowMs } : {} }, counts2 = { baseline: { errors: before.errors, total: before.total }, current: { errors: after.errors, total: after.total } }, missing = after.total > 0 ? before.total > 0 ? void 0 : "no requests counted in the baseline before the deploy" : "no requests counted since the step began";
  if (missing) {
    let numbers = { samples, counts: counts2 };
    return before.total > 0 && (numbers.baseline = before.errors / before.total), noData(check, base, look, `${missing}${dropped > 0 ? ` (${dropped} samples not finite or negative left out)` : ""}`, numbers);
  }
  let over = [before, after].find((side) => side.errors > side.total);
  if (over)
    return {
      ...base,
      verdict: lastLook ? "fail" : "inconclusive",
      classification: "error",
      reason: `counts ${formatValue(over.errors)} errors of ${formatValue(over.total)} requests ${over === before ? "in the baseline" : "since the step began"}: are \`errors\` and \`total\` the right way round, and does \`total\` count every request?`,
      numbers: { samples, counts: counts2 },
      settled: lastLook
    };
  let judged = judgeProportion(check, before, after, look.alpha), notes = [];
  baselineSeries.errors.length === 0 && currentSeries.errors.length === 0 && notes.push("the errors query returned nothing, counted as 0 errors"), samples.spacingMs && notes.push(`windows ${formatValue(samples.spacingMs / 1e3)}s apart: closer samples overlap`);
  let failed = judged.classification !== "pass";
  return {
    ...base,
    verdict: failed ? "fail" : "pass",
    classification: judged.classification,
    reason: notes.length > 0 ? `${judged.reason} (${notes.join("; ")})` : judged.reason,
    numbers: { ...judged.numbers, samples },
    settled: failed || lastLook
  };
}

// src/deploy/checks/judge/step.ts
var DEFAULT_THRESHOLDS = { pass: 95, marginal: 75 }, StepJudge = class {
  constructor(checks, baselines, options) {
    this.checks = checks;
    this.baselines = baselines;
    this.options = options;
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS, this.alpha = lookAlpha(options.looks, options.alpha ?? 0.02, options.correction ?? "bonferroni");
  }
  checks;
  baselines;
  options;
  /** Results that can no longer change: failures, and every result of the last planned look. */
  settled = /* @__PURE__ */ new Map();
  verdicts = [];
  thresholds;
  alpha;
  extended = !1;
  done = !1;
  /** Every verdict so far, oldest first. */
  get history() {
    return this.verdicts;
  }
  /**
   * Judges the next look.
   * @param current each check's samples since the step began (cumulative; for `judge: proportion`
   *   its two count series), or the error that kept them from being read; a check missing from
   *   the map counts as no samples
   * @throws Error when called after the step was decided (a caller's bug)
   */
  judgeLook(current) {
    if (this.done) throw new Error("StepJudge.judgeLook: the step is already decided");
    let look = this.verdicts.length + 1, context = { look, looks: this.options.looks, alpha: this.alpha }, results = this.checks.map((check) => {
      let before = this.settled.get(check.name);
      if (before) return before;
      let result = judgeCheck(check, this.baselines.get(check.name) ?? [], current.get(check.name) ?? [], context);
      return result.settled && this.settled.set(check.name, result), result;
    }), verdict = this.decide(look, results);
    return this.verdicts.push(verdict), verdict.decision === "extend" && (this.extended = !0), (verdict.decision === "pass" || verdict.decision === "fail") && (this.done = !0), verdict;
  }
  decide(look, checks) {
    let looks = this.options.looks, verdict = (decision, score2, reason) => ({
      look,
      looks,
      decision,
      score: score2,
      reason,
      checks,
      alpha: this.alpha
    }), critical = checks.filter((check) => check.critical && check.verdict === "fail");
    if (critical.length > 0)
      return verdict("fail", 0, `critical check ${critical.map((check) => `${check.name} failed: ${check.reason}`).join("; ")}`);
    let passing = checks.filter((check) => check.verdict === "pass"), failing = checks.filter((check) => check.verdict === "fail"), decided = passing.length + failing.length, score = decided === 0 ? void 0 : 100 * passing.length / decided, failingNames = failing.map((check) => check.name).join(", "), scoreText = score === void 0 ? "" : `score ${formatScore(score)}`;
    if (look < looks)
      return score !== void 0 && score < this.thresholds.marginal ? verdict("fail", score, `${scoreText} is below the marginal threshold ${this.thresholds.marginal} (failing: ${failingNames})`) : verdict("continue", score, `look ${look} of ${looks}: ${score === void 0 ? "no check decided yet" : scoreText}${failing.length ? ` (failing: ${failingNames})` : ""}`);
    let waiting = checks.filter((check) => check.extend), best = 100 * (passing.length + waiting.length) / (decided + waiting.length);
    return waiting.length > 0 && !this.extended && best >= this.thresholds.pass ? verdict("extend", score, `no data yet for ${waiting.map((check) => check.name).join(", ")}: one more interval (no-data: inconclusive)`) : score === void 0 ? verdict("fail", void 0, "no check could be decided") : score < this.thresholds.pass ? verdict("fail", score, `${scoreText} is below the pass threshold ${this.thresholds.pass} (failing: ${failingNames})`) : verdict("pass", score, `${scoreText}: ${passing.length} of ${checks.length} checks pass${failing.length ? ` (failing: ${failingNames})` : ""}`);
  }
};
function formatScore(score) {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

// src/deploy/checks/render/chart.ts
function chartNumber(value) {
  if (!Number.isFinite(value) || Math.abs(value) < 1e-12) return "0";
  let text = String(Number(value.toPrecision(6)));
  return text.includes("e") ? value.toFixed(12).replace(/0+$/, "").replace(/\.$/, "") : text;
}
function relativeLabel(offsetMs) {
  if (offsetMs === 0) return "0";
  let sign = offsetMs < 0 ? "-" : "+", seconds = Math.round(Math.abs(offsetMs) / 1e3), hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  let minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  let parts = [hours ? `${hours}h` : "", minutes ? `${minutes}m` : "", seconds ? `${seconds}s` : ""].filter(Boolean);
  return `${sign}${parts.join("") || "0s"}`;
}
function niceBucket(ms) {
  return [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200].map((seconds) => seconds * 1e3).find((step) => step >= ms) ?? Math.ceil(ms / 36e5) * 36e5;
}
function renderCheckChart(input) {
  let finite = input.samples.filter((sample) => Number.isFinite(sample.value)).sort((a, b) => a.time - b.time);
  if (finite.length === 0) return;
  let maxPoints = input.maxPoints ?? 40, first = finite[0].time, last = finite.at(-1).time, bucket = niceBucket(Math.max(1, (last - first) / maxPoints)), indexOf = (time) => Math.floor((time - input.deployAt) / bucket), sums = /* @__PURE__ */ new Map();
  for (let sample of finite) {
    let index = indexOf(sample.time), entry = sums.get(index) ?? { sum: 0, count: 0 };
    entry.sum += sample.value, entry.count += 1, sums.set(index, entry);
  }
  let marks = /* @__PURE__ */ new Map([[indexOf(input.deployAt), "deploy"]]);
  for (let marker of input.markers ?? []) marks.set(indexOf(marker.time), marker.label);
  for (let index of marks.keys()) sums.has(index) || sums.set(index, { sum: NaN, count: 0 });
  let indexes = [...sums.keys()].sort((a, b) => a - b), points = indexes.map((index) => sums.get(index)).map((entry) => entry.count > 0 ? entry.sum / entry.count : NaN);
  for (let i = 0; i < points.length; i += 1) Number.isNaN(points[i]) && (points[i] = points[i - 1] ?? points.find((p) => !Number.isNaN(p)) ?? 0);
  let top = Math.max(...points, input.bound ?? -1 / 0), bottom = Math.min(0, ...points), yMax = top <= bottom ? bottom + 1 : top + (top - bottom) * 0.1, labels = indexes.map((index) => {
    let label = relativeLabel(index * bucket), mark = marks.get(index);
    return mark ? `${label} ${mark}` : label;
  });
  return xyChartBlock({
    title: `${input.title} (bars: deploy${input.markers?.length ? " and steps" : ""})`,
    categories: labels,
    yLabel: input.title,
    yMin: bottom,
    yMax,
    // Unmarked bars sit at the axis' bottom, so they have no height even when values go negative.
    bars: indexes.map((index) => marks.has(index) ? yMax : bottom),
    lines: input.bound === void 0 ? [points] : [points, points.map(() => input.bound)],
    format: chartNumber
  });
}

// src/deploy/checks/render/progress.ts
function proportionText(result) {
  let numbers = result.numbers, p = `p ${formatP(numbers.pValue)} (\u03B1 ${formatP(numbers.alpha)})`;
  return numbers.boundKind !== "significance" || numbers.bound === void 0 ? p : `fails at ${numbers.baseline !== void 0 && numbers.bound < numbers.baseline ? "\u2264" : "\u2265"} ${formatValue(numbers.bound)}, ${p}`;
}
function boundText(result) {
  let numbers = result.numbers;
  if (numbers.boundKind === "max") return `bound \u2264 ${formatValue(numbers.bound)} (max)`;
  if (numbers.boundKind === "min") return `bound \u2265 ${formatValue(numbers.bound)} (min)`;
  if (numbers.boundKind === "max-increase")
    return `bound ${numbers.bound !== void 0 && numbers.baseline !== void 0 && numbers.bound < numbers.baseline ? "\u2265" : "\u2264"} ${formatValue(numbers.bound)}`;
  if (numbers.confInt && numbers.confLevel !== void 0 && numbers.effectBound !== void 0) {
    let level = `${Number((numbers.confLevel * 100).toPrecision(4))}%`, p = numbers.pValue === void 0 ? "" : `, p ${formatP(numbers.pValue)}`;
    return `${level} CI [${formatValue(numbers.confInt[0])}, ${formatValue(numbers.confInt[1])}] vs \xB1${formatValue(numbers.effectBound)}${p}`;
  }
  if (result.judge === "proportion" && numbers.pValue !== void 0) return proportionText(result);
}
function verdictText(result) {
  return result.verdict === "fail" ? `FAIL (${result.classification})` : result.verdict === "pass" ? result.settled ? "pass" : "pass so far" : result.classification === "error" ? "measurement failed, waiting" : result.extend ? "no data, extending" : "no data yet";
}
function lookLabel(look, looks) {
  return look > looks ? `[${look}/${looks} extra]` : `[${look}/${looks}]`;
}
function formatProgressLine(result, looks, nameWidth = result.name.length) {
  let numbers = result.numbers, parts = [lookLabel(result.look, looks), result.name.padEnd(nameWidth)];
  if (numbers.baseline !== void 0 && parts.push(`baseline ${formatWithCounts(numbers.baseline, numbers.counts?.baseline)}`), numbers.current !== void 0) {
    let change = numbers.change !== void 0 ? ` (${formatChange(numbers.change)})` : "";
    parts.push(`now ${formatWithCounts(numbers.current, numbers.counts?.current)}${change}`);
  } else
    parts.push("now \u2013");
  let bound = boundText(result);
  return bound && parts.push(bound), parts.push(verdictText(result)), parts.join("  ");
}
function formatProgressLines(verdict) {
  let width = Math.max(...verdict.checks.map((check) => check.name.length)), lines = verdict.checks.map((check) => formatProgressLine({ ...check, look: verdict.look }, verdict.looks, width)), decision = verdict.decision === "continue" ? "continuing" : verdict.decision === "extend" ? "extending by one interval" : verdict.decision.toUpperCase();
  return lines.push(`${lookLabel(verdict.look, verdict.looks)} step: ${decision}: ${verdict.reason}`), lines;
}

// src/deploy/checks/render/summary-table.ts
function boundCell(result) {
  let numbers = result.numbers;
  return numbers.boundKind === "max" ? `\u2264 ${formatValue(numbers.bound)} (max)` : numbers.boundKind === "min" ? `\u2265 ${formatValue(numbers.bound)} (min)` : numbers.boundKind === "max-increase" ? `${numbers.baseline !== void 0 && numbers.bound !== void 0 && numbers.bound < numbers.baseline ? "\u2265" : "\u2264"} ${formatValue(numbers.bound)} (max-increase)` : numbers.boundKind === "significance" ? `fails at ${numbers.baseline !== void 0 && numbers.bound !== void 0 && numbers.bound < numbers.baseline ? "\u2264" : "\u2265"} ${formatValue(numbers.bound)}` : numbers.confInt && numbers.confLevel !== void 0 ? `${`${Number((numbers.confLevel * 100).toPrecision(4))}%`} CI [${formatValue(numbers.confInt[0])}, ${formatValue(numbers.confInt[1])}] vs \xB1${formatValue(numbers.effectBound)}` : "\u2013";
}
function statisticCell(result) {
  let numbers = result.numbers;
  if (numbers.statistic === void 0) return "\u2013";
  if (result.judge === "proportion") {
    let design = numbers.designEffect !== void 0 && numbers.designEffect > 1 ? `, design effect ${formatValue(numbers.designEffect)}` : "";
    return `z ${numbers.statistic.toFixed(2)}, p ${formatP(numbers.pValue)} (\u03B1 ${formatP(numbers.alpha)}, one-sided)${design}`;
  }
  let alpha = numbers.alpha === void 0 ? "" : ` (\u03B1 ${formatP(numbers.alpha)})`;
  return `W ${formatValue(numbers.statistic)}, p ${formatP(numbers.pValue)}${alpha}`;
}
function verdictCell(result) {
  return result.verdict === "fail" ? `\u274C fail (${result.classification})` : result.verdict === "pass" ? result.classification === "no-data" ? "\u2705 pass (no data)" : "\u2705 pass" : result.classification === "error" ? "\u23F3 not measured" : "\u23F3 no data";
}
function checksTable(verdict) {
  let rows = verdict.checks.map((result) => [
    `${escapeMarkdown(result.name)}${result.critical ? " (critical)" : ""}`,
    formatWithCounts(result.numbers.baseline, result.numbers.counts?.baseline),
    formatWithCounts(result.numbers.current, result.numbers.counts?.current),
    result.numbers.change === void 0 ? "\u2013" : formatChange(result.numbers.change),
    boundCell(result),
    statisticCell(result),
    verdictCell(result),
    escapeMarkdown(result.reason)
  ]);
  return table(["check", "baseline", "after", "change", "bound", "statistic", "verdict", "reason"], rows, [
    "left",
    "right",
    "right",
    "right",
    "left",
    "left",
    "left",
    "left"
  ]);
}

// src/deploy/rollback-target.ts
function rollbackTarget(state, environment, deployed) {
  let verifiedHere = (releaseId) => {
    if (releaseId === void 0 || releaseId === deployed) return;
    let record = state.releases[releaseId];
    return record?.verified?.[environment] !== void 0 ? { releaseId, record } : void 0;
  }, pointer = state.environments[environment], before = pointer?.releaseId === deployed ? pointer.previousReleaseId : pointer?.releaseId, previous = verifiedHere(before);
  if (previous) return previous;
  let best;
  for (let [releaseId, record] of Object.entries(state.releases)) {
    let at = record.verified?.[environment];
    releaseId === deployed || at === void 0 || (best === void 0 || Date.parse(at) > Date.parse(best.record.verified[environment])) && (best = { releaseId, record });
  }
  return best;
}

// src/deploy/github/deployments.ts
function payloadObject(value) {
  if (typeof value == "string")
    try {
      return payloadObject(JSON.parse(value));
    } catch {
      return {};
    }
  return value !== null && typeof value == "object" && !Array.isArray(value) ? value : {};
}
async function readDeployment(client, at, id) {
  try {
    let { data } = await client.rest.repos.getDeployment({ owner: at.owner, repo: at.repo, deployment_id: id });
    return { id: data.id, environment: data.environment, sha: data.sha, payload: payloadObject(data.payload) };
  } catch (error) {
    throw httpStatus(error) === 404 ? new ConfigurationError(`input 'deployment-id': deployment ${id} does not exist in ${at.owner}/${at.repo}; pass the \`deployment-id\` output of promote`, { cause: error }) : error;
  }
}
var RECENT_DEPLOYMENTS_QUERY = `query StoplineDeployRecent($owner: String!, $name: String!, $environment: String!, $first: Int!) {
  repository(owner: $owner, name: $name) {
    deployments(environments: [$environment], orderBy: {field: CREATED_AT, direction: DESC}, first: $first) {
      nodes {
        databaseId
        createdAt
        payload
        latestStatus { state description }
      }
    }
  }
}`;
async function recentDeployments(client, at, environment, first = 20) {
  let answer;
  try {
    answer = await client.graphql(RECENT_DEPLOYMENTS_QUERY, { owner: at.owner, name: at.repo, environment, first });
  } catch (error) {
    throw explainGraphqlError(error, `list the deployments of ${environment}`, "`deployments: write`");
  }
  let found = [];
  for (let node of answer.repository?.deployments.nodes ?? [])
    !node || typeof node.databaseId != "number" || found.push({
      id: node.databaseId,
      createdAt: node.createdAt,
      payload: payloadObject(node.payload),
      state: node.latestStatus?.state.toLowerCase(),
      description: node.latestStatus?.description ?? void 0
    });
  return found;
}

// src/deploy/operations/release-files.ts
import { mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
async function fetchReleaseFiles(context, release, options) {
  let { manifest } = await fetchManifest(context.client, context.at, release), scratch = await mkdtemp(path.join(options.workDir, "stopline-download-"));
  try {
    let fetched = await fetchPackage(context.client, context.at, release, manifest, { dir: scratch, ...options.artifactPath ? { artifactPath: options.artifactPath } : {} }), { files } = await unpackPackage(fetched.file, options.dir, manifest);
    return context.logger.info(`release ${release.releaseId} (${manifest.name} ${manifest.version}): ${files} file(s) verified against its manifest and unpacked into ${options.dir}`), { manifest, files };
  } finally {
    await rm(scratch, { recursive: !0, force: !0 });
  }
}
function releaseRef(release, manifest, filesPath) {
  return {
    releaseId: release.releaseId,
    name: manifest?.name ?? release.record.name,
    version: manifest?.version ?? release.record.version,
    digest: release.record.digest,
    sha: release.record.sha,
    ...filesPath !== void 0 ? { path: filesPath } : {}
  };
}

// src/deploy/operations/deployment-source.ts
async function resolveDeployment(context, request2) {
  if (request2.deploymentId !== void 0) return fromDeployment(context, request2, request2.deploymentId);
  if (request2.releaseId !== void 0) return byPromotion(context, request2, request2.releaseId);
  throw new ConfigurationError("deploy needs a release: set 'deployment-id' (the output of promote) or 'release-id' (deploy then promotes it itself, by promote's rules)");
}
async function fromDeployment(context, request2, id) {
  let deployment = await readDeployment(context.client, context.at, id);
  if (deployment.environment !== request2.environment)
    throw new ConfigurationError(`input 'deployment-id': deployment ${id} is for environment "${deployment.environment}", not "${request2.environment}"; pass the deployment promote created for ${request2.environment}`);
  let releaseId = deployment.payload.releaseId;
  if (typeof releaseId != "string")
    throw new ConfigurationError(`input 'deployment-id': deployment ${id} was not created by Stopline's promote (its payload names no releaseId); promote the release first, or pass 'release-id'`);
  if (request2.releaseId !== void 0 && !sameRelease(releaseId, request2.releaseId))
    throw new ConfigurationError(`inputs 'deployment-id' and 'release-id' disagree: deployment ${id} deploys release ${releaseId}, not ${request2.releaseId}; pass the two outputs of the same promote step, or only one of them`);
  let { state } = await context.ledger.read(), record = state.releases[releaseId];
  if (record === void 0)
    throw new ConfigurationError(`deployment ${id} names release ${releaseId}, which the ledger ${context.ledger.name} does not list; check 'ledger-ref' (it must be the one promote used)`);
  let release = { releaseId, record };
  try {
    let { manifest } = await fetchReleaseFiles(context, release, { dir: request2.dir, workDir: request2.workDir, ...request2.artifactPath ? { artifactPath: request2.artifactPath } : {} });
    return { ok: !0, source: "deployment-id", deploymentId: id, release, ref: releaseRef(release, manifest, request2.dir) };
  } catch (error) {
    if (isIntegrityError(error)) return { ok: !1, reason: error.message };
    throw error;
  }
}
function sameRelease(releaseId, input) {
  let text = input.trim().toLowerCase(), hex = text.startsWith("sha256:") ? text.slice(7) : text;
  return hex.length > 0 && releaseId.toLowerCase().startsWith(`sha256:${hex}`);
}
async function byPromotion(context, request2, releaseId) {
  let branch = await defaultBranch(context.client, context.at, context.eventPayload), chain = await readEnvironmentChain(context.client, context.at, branch), fileRule = chain && chain.environments.length > 0 ? environmentRule(chain, request2.environment) : void 0, rule = promotionRule(request2.environment, fileRule, {}), schedule = await readFreezeSchedule(context.client, context.at, { branch, file: FREEZES_FILE });
  context.logger.info(`promoting release ${releaseId} to ${request2.environment} first, by promote's rules${chain ? ` (${chain.file})` : ""}: requires ${rule.require.join(", ") || "no statuses"}`);
  let promotion = await promoteRelease(
    { client: context.client, at: context.at, ledger: context.ledger, logger: context.logger, now: context.now, actor: context.actor, ...context.runUrl ? { runUrl: context.runUrl } : {}, ...context.run ? { run: context.run } : {} },
    {
      rule,
      name: context.at.repo,
      ...context.commit ? { commit: context.commit } : {},
      releaseId,
      path: request2.dir,
      workDir: request2.workDir,
      ...request2.artifactPath ? { artifactPath: request2.artifactPath } : {},
      ...schedule ? { schedule } : {}
    }
  );
  for (let note of promotion.notes) context.logger.info(note);
  if (promotion.outcome === "refused") return { ok: !1, reason: promotion.integrity ?? describeRefusals(request2.environment, promotion.refusals), promotion };
  if (promotion.deploymentId === void 0)
    return { ok: !1, reason: `${request2.environment} already runs ${releaseId}, but the ledger records no deployment for it; promote it again with promote, then deploy its deployment-id`, promotion };
  let release = promotion.release;
  return { ok: !0, source: "release-id", deploymentId: promotion.deploymentId, release, ref: releaseRef(release, promotion.manifest, request2.dir), promotion };
}

// src/deploy/operations/pause.ts
function pause(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(!1);
    let done = (elapsed) => {
      clearTimeout(timer), signal?.removeEventListener("abort", onAbort), resolve(elapsed);
    }, onAbort = () => done(!1), timer = setTimeout(() => done(!0), Math.max(0, ms));
    signal?.addEventListener("abort", onAbort, { once: !0 });
  });
}

// src/deploy/operations/shell.ts
import { spawn } from "node:child_process";
var KEPT_LINES = 20, KILL_GRACE_MS = 5e3, PRIVATE_VARIABLE = /^(INPUT_|STATE_)|^(ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL)$/;
function commandEnvironment(base, extra) {
  let env = {};
  for (let [name, value] of Object.entries(base))
    value !== void 0 && !PRIVATE_VARIABLE.test(name) && (env[name] = value);
  return { ...env, ...extra };
}
function lineSplitter(onLine) {
  let pending = "";
  return {
    push(chunk) {
      pending += chunk.toString("utf8");
      let lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? "";
      for (let line of lines) onLine(line);
    },
    end() {
      pending !== "" && onLine(pending), pending = "";
    }
  };
}
function runShell(command, options) {
  let now = options.now ?? (() => /* @__PURE__ */ new Date()), started = now(), lastLines = [], keep = (line) => {
    options.logger.info(`${options.prefix} ${line}`), lastLines.push(line), lastLines.length > KEPT_LINES && lastLines.shift();
  };
  return new Promise((resolve) => {
    let finish = (exitCode, signal, error) => {
      error && keep(error), resolve({
        role: options.role,
        exitCode,
        signal,
        ok: exitCode === 0 && signal === null && error === void 0,
        startedAt: started.toISOString(),
        durationMs: now().getTime() - started.getTime(),
        lastLines
      });
    };
    if (options.signal?.aborted) {
      finish(null, "SIGTERM", "not started: the deploy was cancelled");
      return;
    }
    let child = spawn("bash", ["-c", command], { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"], detached: !0 }), out = lineSplitter(keep), err = lineSplitter(keep);
    child.stdout.on("data", (chunk) => out.push(chunk)), child.stderr.on("data", (chunk) => err.push(chunk));
    let killTimer, kill = () => {
      let group = (signal) => {
        try {
          child.pid !== void 0 && process.kill(-child.pid, signal);
        } catch {
        }
      };
      group("SIGTERM"), killTimer = setTimeout(() => group("SIGKILL"), KILL_GRACE_MS), killTimer.unref();
    };
    options.signal?.addEventListener("abort", kill, { once: !0 }), child.on("error", (error) => {
      options.signal?.removeEventListener("abort", kill), finish(null, null, `could not start bash: ${error.message}`);
    }), child.on("close", (code2, signal) => {
      options.signal?.removeEventListener("abort", kill), killTimer && clearTimeout(killTimer), out.end(), err.end(), finish(code2, signal);
    });
  });
}
function describeExit(run) {
  return run.signal !== null ? `was killed by ${run.signal}` : run.exitCode === null ? `could not be started (${run.lastLines.at(-1) ?? "unknown error"})` : `exited with ${run.exitCode}`;
}

// src/deploy/operations/smoke.ts
var REQUEST_TIMEOUT_MS = 1e4, RETRY_EVERY_MS = 1e3;
async function probe(url, options, deadline) {
  let doFetch = options.fetch ?? httpFetch, now = () => (options.now ?? (() => /* @__PURE__ */ new Date()))().getTime(), result = { url, ok: !1, attempts: 0 };
  for (; ; ) {
    result.attempts += 1;
    try {
      let response = await doFetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), redirect: "follow" });
      if (await response.arrayBuffer().catch(() => {
      }), result.status = response.status, delete result.error, response.status >= 200 && response.status < 300)
        return result.ok = !0, result;
    } catch (error) {
      let code2 = error.code ?? error.name;
      result.error = code2 && code2 !== "Error" ? code2 : errorMessage(error);
    }
    if (options.signal?.aborted || now() + RETRY_EVERY_MS > deadline) return result;
    await pause(RETRY_EVERY_MS, options.signal);
  }
}
function describeUrl(result) {
  let what = result.status !== void 0 ? `answered ${result.status}` : `did not answer (${result.error ?? "no response"})`;
  return `${result.url} ${what} after ${plural(result.attempts, "attempt")}`;
}
async function runSmoke(spec, options) {
  if (spec.kind === "none") return;
  let now = options.now ?? (() => /* @__PURE__ */ new Date()), started = now().getTime();
  if (spec.kind === "command") {
    let command = await runShell(spec.command, { role: "smoke", prefix: options.prefix, env: options.env, cwd: options.cwd, logger: options.logger, ...options.signal ? { signal: options.signal } : {}, now }), run2 = { kind: "command", ok: command.ok, durationMs: now().getTime() - started, command };
    return command.ok || (run2.reason = `the smoke command ${describeExit(command)}`), options.logger.info(`${options.prefix} ${command.ok ? "passed" : `FAILED: ${run2.reason}`}`), run2;
  }
  let deadline = started + options.windowMs, urls = await Promise.all(spec.urls.map((url) => probe(url, options, deadline)));
  for (let result of urls) options.logger.info(`${options.prefix} ${result.ok ? "ok" : "FAILED"}: ${describeUrl(result)}`);
  let failed = urls.filter((result) => !result.ok), run = { kind: "urls", ok: failed.length === 0, durationMs: now().getTime() - started, urls };
  return failed.length > 0 && (run.reason = `smoke test failed: ${failed.map(describeUrl).join("; ")}`), run;
}

// src/deploy/operations/variables.ts
function stoplineVariables(input) {
  let release = input.release;
  return {
    STOPLINE_ENVIRONMENT: input.environment,
    STOPLINE_RELEASE_PATH: release?.path ?? "",
    STOPLINE_RELEASE_ID: release?.releaseId ?? "",
    STOPLINE_VERSION: release?.version ?? "",
    STOPLINE_DIGEST: release?.digest ?? "",
    STOPLINE_WEIGHT: String(input.weight),
    STOPLINE_PHASE: input.phase,
    STOPLINE_DEPLOYMENT_ID: input.deploymentId === void 0 ? "" : String(input.deploymentId)
  };
}

// src/deploy/operations/exposure-step.ts
async function runExposureStep(context, input) {
  let { logger } = context, started = context.now(), label = `step ${input.index}/${input.count} (${input.weight}%)`, report = { index: input.index, weight: input.weight, startedAt: started.toISOString(), looks: [], samples: {}, outcome: "failed", reason: "", durationMs: 0 }, end = (outcome, reason) => (report.outcome = outcome, report.reason = reason, report.durationMs = context.now().getTime() - started.getTime(), logger.info(`${label}: ${outcome.toUpperCase()}: ${reason}`), report), cancelled = () => end("cancelled", `stopped: ${String(context.signal.reason?.message ?? context.signal.reason ?? "cancelled")}`);
  logger.info(`${label}: deploying ${input.release.name} ${input.release.version} to ${input.environment} with ${input.weight}% of traffic`);
  let env = commandEnvironment(context.baseEnv, stoplineVariables({ environment: input.environment, release: input.release, weight: input.weight, phase: "deploy", deploymentId: input.deploymentId }));
  if (report.command = await runShell(input.run, { role: "run", prefix: `[run ${input.weight}%]`, env, cwd: context.workspace, logger, signal: context.signal, now: context.now }), context.signal.aborted) return cancelled();
  if (!report.command.ok) return end("failed", `the deploy command ${describeExit(report.command)}`);
  let deployedAt = context.now().getTime();
  report.deployedAt = deployedAt;
  let smoke = await runSmoke(input.smoke, { windowMs: input.smokeWindowMs, env, cwd: context.workspace, logger, prefix: "[smoke]", signal: context.signal, now: context.now });
  if (smoke && (report.smoke = smoke), context.signal.aborted) return cancelled();
  if (smoke && !smoke.ok) return end("failed", smoke.reason ?? "the smoke test failed");
  let watch = input.watch;
  if (watch === void 0) return end("passed", smoke ? "the smoke test passed (no metric checks)" : "the deploy command succeeded (no smoke test, no metric checks)");
  let judge = new StepJudge(watch.checks, input.baselines, { looks: input.looks }), firstLookBase = Math.max(context.now().getTime(), deployedAt + watch.settleMs);
  for (let look = 1; ; look += 1) {
    if (!await pause(firstLookBase + look * input.intervalMs - context.now().getTime(), context.signal)) return cancelled();
    let current = await watch.read(deployedAt);
    for (let check of watch.checks) {
      let value = current.get(check.name);
      value !== void 0 && !isMeasurementError(value) && (report.samples[check.name] = chartSamples(value, check));
    }
    let verdict = judge.judgeLook(current);
    report.looks.push(verdict);
    for (let line of formatProgressLines(verdict)) logger.info(line);
    if (verdict.decision === "pass") return end("passed", verdict.reason);
    if (verdict.decision === "fail") return end("failed", verdict.reason);
  }
}

// src/deploy/operations/metric-watch.ts
var MetricWatch = class {
  constructor(provider, file, options) {
    this.provider = provider;
    this.file = file;
    this.options = options;
    this.now = options.now ?? Date.now, this.plans = new Map(file.checks.map((check) => [check.name, planSampling(check.query, options.intervalMs)]));
  }
  provider;
  file;
  options;
  plans;
  /** When background polling began (live providers), epoch ms. */
  pollingSince;
  running = !1;
  stopping = new AbortController();
  loop;
  pollError;
  now;
  get checks() {
    return this.file.checks;
  }
  plan(check) {
    return this.plans.get(check.name);
  }
  /** The longest settle time of any check: the first look waits for it. */
  get settleMs() {
    return Math.max(0, ...[...this.plans.values()].map((plan) => plan.settleMs));
  }
  /** How often live providers are read: a quarter of the finest query step, between 250 ms and 5 s. */
  get pollEveryMs() {
    let finest = Math.min(...[...this.plans.values()].map((plan) => plan.stepMs));
    return Math.min(5e3, Math.max(250, Math.floor(finest / 4)));
  }
  /**
   * Queries every check once, now. Nothing has started yet, so any failure is the configuration's:
   * an unreachable source, a query the source rejects (shown with the query), several series.
   * @throws ConfigurationError naming the checks file, the check and the query
   */
  async preflight() {
    let found = [];
    this.provider.live && await this.wrap(void 0, () => this.provider.poll());
    for (let check of this.checks) {
      let samples = await this.wrap(check, () => this.provider.instant(check.query));
      found.push({ name: check.name, samples });
      let value = samples.at(-1)?.value, now = value === void 0 ? "no value now" : `now ${formatValue(value)}`;
      this.options.logger.info(`check ${check.name}: ${now} (${this.provider.kind} ${this.provider.url})`);
      let note = this.plan(check).note;
      note && this.options.logger.info(`check ${check.name}: ${note}`);
    }
    return found;
  }
  async wrap(check, read) {
    try {
      return await read();
    } catch (error) {
      let message = `${check ? `${this.file.file} line ${check.line}, check "${check.name}"` : this.file.file}: ${errorMessage(error)}. No deploy was started.`;
      throw isConfigurationError(error) ? new ConfigurationError(message, { cause: error }) : new Error(message, { cause: error });
    }
  }
  /** Starts reading a live provider every `pollEveryMs` (nothing for Prometheus). */
  startPolling() {
    if (!this.provider.live || this.running) return;
    this.running = !0, this.pollingSince = this.now();
    let warned;
    this.loop = (async () => {
      for (; this.running; ) {
        try {
          await this.provider.poll(), this.pollError !== void 0 && this.options.logger.info(`${this.provider.url} answers again`), this.pollError = void 0;
        } catch (error) {
          this.pollError = errorMessage(error), warned !== this.pollError && this.options.logger.warning(`reading the metrics failed: ${this.pollError}`), warned = this.pollError;
        }
        await pause(this.pollEveryMs, this.stopping.signal);
      }
    })();
  }
  async stop() {
    this.running = !1, this.stopping.abort(), await this.loop;
  }
  /**
   * Each check's samples from `start` to `end` (epoch ms) at its query step. A check whose
   * samples cannot be read gets no samples here, and the reason in `errors`.
   */
  async baseline(start, end) {
    let samples = /* @__PURE__ */ new Map(), errors = [];
    for (let check of this.checks)
      try {
        let range = { start, end, step: this.plan(check).stepMs };
        samples.set(check.name, end > start ? await readCheckSamples(check, (query) => this.provider.range(query, range)) : []);
      } catch (error) {
        samples.set(check.name, []), errors.push(`the baseline of ${check.name} could not be read: ${errorMessage(error)}`);
      }
    return { samples, errors };
  }
  /**
   * Each check's samples of a step that went live at `deployedAt`, up to now: from `deployedAt`
   * plus the check's settle time (before it, a sample's window still holds the old release).
   * A failed read is a MeasurementError, which the judge never passes.
   */
  async read(deployedAt) {
    let end = this.now(), current = /* @__PURE__ */ new Map();
    for (let check of this.checks) {
      let plan = this.plan(check), start = deployedAt + plan.settleMs;
      if (this.provider.live && this.pollError !== void 0) {
        current.set(check.name, { error: this.pollError });
        continue;
      }
      if (start >= end) {
        current.set(check.name, []);
        continue;
      }
      try {
        current.set(check.name, await readCheckSamples(check, (query) => this.provider.range(query, { start, end, step: plan.stepMs })));
      } catch (error) {
        current.set(check.name, { error: errorMessage(error) });
      }
    }
    return current;
  }
};

// src/deploy/operations/rollback.ts
function clip(text, max = 140) {
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}
async function rollBack(context, input) {
  let { logger } = context, started = context.now(), report = { outcome: "failed", reason: "", startedAt: started.toISOString(), durationMs: 0 }, target = input.target, ref = target && "ref" in target ? target.ref : void 0;
  ref && (report.target = ref);
  let finish = async (outcome, reason) => {
    report.outcome = outcome, report.reason = reason;
    let restored = outcome === "restored", description = restored ? `rolled back${ref ? ` to ${ref.version}` : ""}: ${input.reason}` : `failed, and ${outcome === "impossible" ? "could not be rolled back" : "the rollback failed"}: ${input.reason}`;
    return await setDeploymentStatus(context.client, context.at, input.failedDeploymentId, { state: "failure", description: clip(description), ...context.runUrl ? { logUrl: context.runUrl } : {} }), context.onClosed(), restored && ref && target && await recordRestored(context, input, target.release, ref, report), report.durationMs = context.now().getTime() - started.getTime(), logger.info(`rollback: ${outcome.toUpperCase()}: ${reason}`), report;
  };
  if (target && "error" in target)
    return finish("failed", `the files of release ${target.release.releaseId} (the previous verified release) could not be fetched and verified: ${target.error}`);
  if (!ref && input.rollback === void 0)
    return finish("impossible", `no other release was ever verified in ${input.environment}, and no \`rollback\` command is set, so there is nothing to roll back to`);
  let command = input.rollback ?? input.run;
  logger.info(`rolling back ${input.environment}${ref ? ` to ${ref.name} ${ref.version} (release ${shortDigest(ref.releaseId)})` : ""} with ${input.rollback === void 0 ? "`run`" : "`rollback`"}`);
  let env = commandEnvironment(context.baseEnv, stoplineVariables({ environment: input.environment, release: ref, weight: 100, phase: "rollback" }));
  if (report.command = await runShell(command, { role: "rollback", prefix: "[rollback]", env, cwd: context.workspace, logger, ...context.signal ? { signal: context.signal } : {}, now: context.now }), !report.command.ok) return finish("failed", `the rollback command ${describeExit(report.command)}`);
  let smoke = await runSmoke(input.smoke, { windowMs: input.smokeWindowMs, env, cwd: context.workspace, logger, prefix: "[smoke after rollback]", ...context.signal ? { signal: context.signal } : {}, now: context.now });
  return smoke && (report.smoke = smoke), smoke && !smoke.ok ? finish("failed", `after the rollback, ${smoke.reason ?? "the smoke test failed"}`) : finish("restored", ref ? `${ref.name} ${ref.version} runs again${smoke ? " and passed the smoke test" : ""}` : `the rollback command succeeded${smoke ? " and the smoke test passed" : ""}`);
}
async function recordRestored(context, input, release, ref, report) {
  let left = (context.run ? await earlierAttemptDeployments(context.client, context.at, { environment: input.environment, sha: ref.sha, run: context.run }) : []).find((deployment) => deployment.payload["rollback-of"] === input.failedDeploymentId && deployment.payload.releaseId === ref.releaseId), id = left ? left.id : (await createDeployment(context.client, {
    ...context.at,
    sha: ref.sha,
    environment: input.environment,
    description: `Stopline: rollback to ${ref.name} ${ref.version} (release ${shortDigest(ref.releaseId)}) after deployment ${input.failedDeploymentId} failed`,
    payload: {
      releaseId: ref.releaseId,
      digest: ref.digest,
      name: ref.name,
      version: ref.version,
      promotedFrom: null,
      "rollback-of": input.failedDeploymentId,
      rolledBackRelease: input.failed.releaseId,
      ...context.run ? { run: context.run } : {}
    }
  })).id;
  report.deploymentId = id, left && context.logger.info(`deployment ${id}, the rollback an earlier attempt of this run started, is reused`), left?.state !== "success" && await setDeploymentStatus(context.client, context.at, id, {
    state: "success",
    description: clip(`rolled back from deployment ${input.failedDeploymentId} (${input.failed.version}): ${input.reason}`),
    ...context.runUrl ? { logUrl: context.runUrl } : {}
  });
  try {
    let at = context.now(), { result } = await persist(() => context.ledger.update(`deploy: ${input.environment} rolled back to ${ref.name} ${ref.version} (${ref.releaseId})`, (state) => {
      let current = state.environments[input.environment];
      if (current?.releaseId === ref.releaseId && current.deploymentId === id) return { state, result: { written: !0, current } };
      if (current !== void 0 && current.releaseId !== input.failed.releaseId) return { state, result: { written: !1, current } };
      let promotion = { environment: input.environment, releaseId: ref.releaseId, record: release.record, at, promotedBy: context.actor, deploymentId: id, ...context.runUrl ? { runUrl: context.runUrl } : {} }, recorded = recordPromotion(state, promotion, current);
      return recorded.result.kind !== "recorded" ? { state, result: { written: !1, current } } : { state: markVerified(recorded.state, input.environment, ref.releaseId, at).state, result: { written: !0, current } };
    }));
    result.written || context.logger.warning(`the ledger was not pointed back at ${ref.releaseId}: ${input.environment} now records ${result.current?.releaseId ?? "no release"}, promoted meanwhile`);
  } catch (error) {
    context.logger.warning(`the rollback ran, but the ledger could not record it (${errorMessage(error)}); the board shows ${input.failed.releaseId} until the next promotion`);
  }
}

// src/deploy/operations/stale-deployments.ts
var LOOK_BACK = 20;
async function closeStaleDeployments(context, environment, keep) {
  let recent;
  try {
    recent = await recentDeployments(context.client, context.at, environment, LOOK_BACK);
  } catch (error) {
    return context.logger.warning(`could not look for deployments of ${environment} left in progress by an earlier deploy (${errorMessage(error)}); continuing`), [];
  }
  let closed = [];
  for (let deployment of recent) {
    let releaseId = deployment.payload.releaseId;
    if (deployment.id === keep || deployment.state !== "in_progress" || typeof releaseId != "string") continue;
    let description = `closed by ${context.closer}: the deploy that ran it stopped without finishing (killed or lost runner)`;
    try {
      await setDeploymentStatus(context.client, context.at, deployment.id, { state: "error", description, ...context.runUrl ? { logUrl: context.runUrl } : {} }), context.logger.warning(`deployment ${deployment.id} of ${environment} (release ${releaseId}) was still in progress from a deploy that died; set it to error`), closed.push({ deploymentId: deployment.id, releaseId, description });
    } catch (error) {
      context.logger.warning(`could not close deployment ${deployment.id}, left in progress by an earlier deploy (${errorMessage(error)})`);
    }
  }
  return closed;
}

// src/deploy/operations/deploy.ts
function leaseTimingFor(lockTimeoutMs) {
  let pollMaxMs = Math.min(15e3, Math.max(1e3, Math.floor(lockTimeoutMs / 40)));
  return { pollMaxMs, pollMinMs: Math.min(2e3, Math.max(250, Math.floor(pollMaxMs / 4))) };
}
function smokeWindowFor(intervalMs) {
  return Math.min(6e4, Math.max(5e3, intervalMs));
}
function checkSummaries(file, watch) {
  return file.checks.map((check) => {
    let plan = watch.plan(check), summary = {
      name: check.name,
      query: check.query,
      judge: check.judge,
      direction: check.direction,
      critical: check.critical,
      noData: check.noData,
      stepMs: plan.stepMs,
      settleMs: plan.settleMs
    };
    return check.max !== void 0 && (summary.max = check.max), check.min !== void 0 && (summary.min = check.min), check.maxIncrease && (summary.maxIncrease = check.maxIncrease.text), plan.note && (summary.note = plan.note), summary;
  });
}
function reasonOf(signal) {
  let reason = signal.reason;
  return reason instanceof Error ? reason.message : String(reason ?? "cancelled");
}
async function runDeploy(context, request2) {
  let { logger, now } = context, started = now(), report = {
    verdict: "failed",
    environment: request2.environment,
    reason: "",
    startedAt: started.toISOString(),
    finishedAt: started.toISOString(),
    durationMs: 0,
    settings: {
      steps: request2.steps,
      baselineMs: request2.baselineMs,
      intervalMs: request2.intervalMs,
      samples: request2.samples,
      leaseTtlMs: request2.leaseTtlMs,
      lockTimeoutMs: request2.lockTimeoutMs
    },
    checks: [],
    closedStale: [],
    steps: [],
    events: [],
    notes: [],
    todo: []
  }, event = (what) => {
    report.events.push({ at: now().toISOString(), what });
  }, conclude = (verdict, reason) => {
    report.verdict = verdict, report.reason = reason;
    let finished = now();
    return report.finishedAt = finished.toISOString(), report.durationMs = finished.getTime() - started.getTime(), report;
  }, watch;
  if (request2.checks) {
    let provider = createProvider(request2.checks.provider, request2.checks.checks.map((check) => check.query), request2.providerOptions);
    watch = new MetricWatch(provider, request2.checks, { intervalMs: request2.intervalMs, logger, now: () => now().getTime() }), report.provider = { kind: provider.kind, url: provider.url }, report.checks = checkSummaries(request2.checks, watch), await watch.preflight();
    let count = request2.checks.checks.length;
    event(`queried ${count === 1 ? "the check" : `each of the ${count} checks`} once: ${provider.kind} at ${provider.url} answers`);
  }
  let target = { ledger: context.ledger, environment: request2.environment, owner: context.owner, logger, now }, ticket = newLeaseTicket();
  context.remember(SAVED.environment, request2.environment), context.remember(SAVED.ticket, ticket);
  let lease;
  try {
    lease = await acquireLease({
      ...target,
      runs: context.runs,
      ttlMs: request2.leaseTtlMs,
      timeoutMs: request2.lockTimeoutMs,
      ticket,
      timing: request2.leaseTiming ?? leaseTimingFor(request2.lockTimeoutMs),
      ...context.signal ? { signal: context.signal } : {}
    });
  } catch (error) {
    if (isLeaseTimeoutError(error))
      return report.todo.push("Nothing was deployed. Run the deploy again once the environment is free, or raise `lock-timeout`."), event(`gave up waiting for the lease after ${formatDuration(error.waitedMs)}`), conclude("failed", error.message);
    if (context.signal?.aborted)
      return event("cancelled while waiting for the lease"), conclude("failed", `cancelled while waiting for the lease on ${request2.environment}; nothing was deployed`);
    throw error;
  }
  context.remember(SAVED.epoch, String(lease.epoch)), report.lease = { epoch: lease.epoch, waitedMs: lease.waitedMs, acquiredAt: lease.acquiredAt, released: !1 }, lease.reclaimed && (report.lease.reclaimed = `${describeOwner(lease.reclaimed.lease.owner)}'s lease (${lease.reclaimed.reason === "expired" ? "its TTL ran out" : "its run had completed"})`), event(`took the lease on ${request2.environment} (epoch ${lease.epoch}) after waiting ${formatDuration(lease.waitedMs)}${report.lease.reclaimed ? `, taking over ${report.lease.reclaimed}` : ""}`);
  let stop = new AbortController(), onCancel = () => stop.abort(context.signal?.reason instanceof Error ? context.signal.reason : new Error("the run was cancelled"));
  context.signal?.aborted && onCancel(), context.signal?.addEventListener("abort", onCancel, { once: !0 });
  let keeper = keepLeaseAlive(target, lease, {
    ttlMs: request2.leaseTtlMs,
    onLost: (outcome) => {
      report.lease.lost = outcome.message, stop.abort(new Error(`the lease on ${request2.environment} was lost (${outcome.message})`));
    }
  });
  try {
    await underLease(context, request2, report, watch, stop.signal, event, conclude);
  } finally {
    if (context.signal?.removeEventListener("abort", onCancel), await watch?.stop(), await keeper.stop(), !keeper.lost)
      try {
        let outcome = await releaseLease(target, { epoch: lease.epoch, ticket });
        report.lease.released = outcome.released, context.remember(SAVED.leaseReleased, "true"), outcome.released && event(`released the lease on ${request2.environment}`);
      } catch (error) {
        logger.warning(`could not release the lease on ${request2.environment} (${errorMessage(error)}); the post step tries again, and it lapses by its TTL`);
      }
  }
  return conclude(report.verdict, report.reason);
}
async function underLease(context, request2, report, watch, signal, event, conclude) {
  let { logger, now } = context, env = request2.environment;
  report.closedStale = await closeStaleDeployments({ client: context.client, at: context.at, logger, ...context.runUrl ? { runUrl: context.runUrl } : {}, closer: describeOwner(context.owner) }, env, request2.deploymentId);
  for (let closed of report.closedStale) event(`closed deployment ${closed.deploymentId}, left in progress by a deploy that died`);
  watch?.startPolling();
  let scratch = await mkdtemp2(path2.join(context.workDir, "stopline-deploy-")), source = await resolveDeployment(context, {
    environment: env,
    ...request2.deploymentId !== void 0 ? { deploymentId: request2.deploymentId } : {},
    ...request2.releaseId !== void 0 ? { releaseId: request2.releaseId } : {},
    dir: path2.join(scratch, "release"),
    workDir: context.workDir,
    ...request2.artifactPath ? { artifactPath: request2.artifactPath } : {}
  });
  if (!source.ok) {
    report.todo.push("Nothing was deployed. Fix what the reason says and run the deploy again."), event("not deployed: the release could not be used"), conclude("failed", source.reason);
    return;
  }
  let release = source.ref;
  report.release = release, report.deploymentId = source.deploymentId, report.source = source.source, event(
    source.source === "release-id" ? `promoted release ${shortDigest(release.releaseId)} (${release.name} ${release.version}) to ${env} by promote's rules: deployment ${source.deploymentId}` : `deployment ${source.deploymentId}: release ${shortDigest(release.releaseId)} (${release.name} ${release.version}); its files verified`
  );
  let { state } = await context.ledger.read(), previous = rollbackTarget(state, env, release.releaseId), prepared = previous ? fetchReleaseFiles(context, previous, { dir: path2.join(scratch, "rollback"), workDir: context.workDir, ...request2.artifactPath ? { artifactPath: request2.artifactPath } : {} }).then(
    ({ manifest }) => ({ release: previous, ref: releaseRef(previous, manifest, path2.join(scratch, "rollback")) }),
    (error) => ({ release: previous, error: errorMessage(error) })
  ) : void 0;
  previous ? logger.info(`rollback target: ${previous.record.name} ${previous.record.version} (release ${shortDigest(previous.releaseId)}), verified in ${env} before`) : report.notes.push(`no other release was ever verified in ${env}: a failure can be rolled back only by a \`rollback\` command`);
  let baselines = /* @__PURE__ */ new Map();
  if (watch) {
    let live = watch.provider.live;
    if (live) {
      let ready = (watch.pollingSince ?? now().getTime()) + request2.baselineMs;
      if (logger.info(`watching ${watch.provider.url} for the baseline (${formatDuration(request2.baselineMs)}) before deploying`), !await pause(ready - now().getTime(), signal)) {
        event("cancelled before deploying"), conclude("failed", `cancelled before deploying (${reasonOf(signal)}); nothing was deployed`);
        return;
      }
    }
    let end = now().getTime(), start = live ? Math.max(end - request2.baselineMs, watch.pollingSince ?? end) : end - request2.baselineMs, { samples, errors } = await watch.baseline(start, end), shown = new Map(watch.checks.map((check) => [check.name, chartSamples(samples.get(check.name) ?? [], check)]));
    report.baseline = { start, end, samples: Object.fromEntries(shown) };
    for (let [name, list] of samples) {
      baselines.set(name, list);
      let values = finiteValues(shown.get(name) ?? []);
      logger.info(`baseline ${name}: ${values.length > 0 ? `median ${formatValue(median(values))} of ${values.length} sample(s)` : "no samples"} over ${formatDuration(end - start)}`);
    }
    for (let error of errors)
      report.notes.push(error), logger.warning(error);
    event(`recorded the baseline: ${formatDuration(end - start)} before the deploy`);
  }
  if (signal.aborted) {
    event("cancelled before deploying"), conclude("failed", `cancelled before deploying (${reasonOf(signal)}); nothing was deployed`);
    return;
  }
  let deploymentId = source.deploymentId, setStatus = async (state2, description) => setDeploymentStatus(context.client, context.at, deploymentId, { state: state2, description: description.length > 140 ? `${description.slice(0, 139)}\u2026` : description, ...context.runUrl ? { logUrl: context.runUrl } : {} });
  context.remember(SAVED.deployment, String(deploymentId)), context.remember(SAVED.closed, "false");
  let markClosed = () => context.remember(SAVED.closed, "true"), count = request2.steps.length, smokeWindowMs = smokeWindowFor(request2.intervalMs);
  try {
    for (let [index, weight] of request2.steps.entries()) {
      await setStatus("in_progress", `${release.name} ${release.version}: step ${index + 1} of ${count}, ${weight}% of traffic`);
      let step = await runExposureStep(
        { logger, now, workspace: context.workspace, baseEnv: context.baseEnv, signal },
        {
          environment: env,
          index: index + 1,
          count,
          weight,
          release,
          deploymentId,
          run: request2.run,
          smoke: request2.smoke,
          smokeWindowMs,
          watch,
          baselines,
          intervalMs: request2.intervalMs,
          looks: request2.samples
        }
      );
      report.steps.push(step);
      let deployed = step.command?.ok ? `deployed in ${formatDuration(step.command.durationMs)}, ` : "", held = step.looks.length > 0 ? `held for ${plural(step.looks.length, "interval")}, ` : "";
      if (event(`step ${index + 1} of ${count} (${weight}%): ${deployed}${held}${step.outcome} after ${formatDuration(step.durationMs)}: ${step.reason}`), step.outcome !== "passed") break;
    }
  } catch (error) {
    throw await setStatus("error", `Stopline stopped: ${errorMessage(error)}`).then(markClosed, () => {
    }), error;
  }
  let last = report.steps.at(-1);
  if (last.outcome === "passed" && report.steps.length === count) {
    await setStatus("success", `verified: ${last.reason}`), markClosed(), await recordVerified(context, report, release), conclude("success", `${release.name} ${release.version} runs in ${env}: every step passed (${count === 1 ? "100%" : request2.steps.map((w) => `${w}%`).join(" \u2192 ")}); ${last.reason}`);
    return;
  }
  let failedAt = `step ${last.index} of ${count} (${last.weight}%)`;
  if (last.outcome === "cancelled") {
    let why = reasonOf(signal);
    await setStatus("error", `stopped at ${failedAt}: ${why}`).then(markClosed, () => {
    }), report.todo.push(
      `${env} may run ${release.name} ${release.version} on ${last.weight}% of traffic: check what it serves, then run the deploy again, or restore the previous release with its id (promote \`release-id\`${previous ? `: ${previous.releaseId}` : ""}).`
    ), conclude("failed", `stopped at ${failedAt}: ${why}; not rolled back`);
    return;
  }
  let rolled = await rollBack(
    {
      client: context.client,
      at: context.at,
      ledger: context.ledger,
      logger,
      now,
      actor: context.actor,
      ...context.runUrl ? { runUrl: context.runUrl } : {},
      ...context.run ? { run: context.run } : {},
      workspace: context.workspace,
      baseEnv: context.baseEnv,
      signal,
      onClosed: markClosed
    },
    {
      environment: env,
      failedDeploymentId: deploymentId,
      failed: release,
      reason: `${failedAt}: ${last.reason}`,
      rollback: request2.rollback,
      run: request2.run,
      smoke: request2.smoke,
      smokeWindowMs,
      target: prepared ? await prepared : void 0
    }
  );
  if (report.rollback = rolled, event(`rollback ${rolled.outcome}: ${rolled.reason}${rolled.deploymentId !== void 0 ? ` (deployment ${rolled.deploymentId})` : ""}`), rolled.outcome === "restored") {
    let to = rolled.target ? `${rolled.target.name} ${rolled.target.version}` : "the previous release";
    conclude("rolled-back", `${failedAt} failed: ${last.reason}; rolled back to ${to}`);
    return;
  }
  report.todo.push(
    rolled.target ? `${env} may run neither release. Restore ${rolled.target.name} ${rolled.target.version} by hand (${request2.rollback === void 0 ? "your deploy command" : "your rollback command"} with STOPLINE_RELEASE_ID=${rolled.target.releaseId}), or promote it with \`release-id: ${rolled.target.releaseId}\` and deploy again.` : `${env} may run neither release, and nothing verified is known to go back to: restore the service by hand, then promote and deploy a release you trust.`,
    "Deployment statuses: the failed deployment is `failure`; no deployment was created for a restored release."
  ), conclude("failed", `${failedAt} failed: ${last.reason}; the rollback failed too: ${rolled.reason}`);
}
async function recordVerified(context, report, release) {
  let env = report.environment;
  try {
    let at = context.now(), { result } = await persist(() => context.ledger.update(`deploy: ${release.name} ${release.version} verified in ${env} (${release.releaseId})`, (state) => markVerified(state, env, release.releaseId, at)));
    report.verified = result.kind !== "not-current", result.kind === "not-current" && report.notes.push(`the ledger was not marked: ${env} now records ${result.current?.releaseId ?? "no release"}, promoted while this deploy ran`);
  } catch (error) {
    report.verified = !1, report.notes.push(`the checks passed, but the ledger could not mark the release verified (${errorMessage(error)}); run the deploy again to record it`), context.logger.warning(report.notes.at(-1));
  }
}

// src/actions/deploy/render-summary.ts
function headline(report) {
  let what = report.release ? `${report.release.name} ${report.release.version}` : "the release";
  if (report.verdict === "success") return `\u2705 Deployed ${what} to ${report.environment}: verified`;
  if (report.verdict === "rolled-back") {
    let to = report.rollback?.target ? `${report.rollback.target.name} ${report.rollback.target.version}` : "the previous release";
    return `\u21A9\uFE0F ${what} failed in ${report.environment}: rolled back to ${to}`;
  }
  return report.steps.length === 0 ? `\u274C ${what} was not deployed to ${report.environment}` : report.rollback?.outcome === "failed" ? `\u274C ${what} failed in ${report.environment}, and so did the rollback` : report.rollback?.outcome === "impossible" ? `\u274C ${what} failed in ${report.environment}, with nothing to roll back to` : `\u23F9\uFE0F The deploy of ${what} to ${report.environment} was stopped`;
}
function describeCommand(run) {
  if (!run) return "\u2013";
  let exit = run.signal !== null ? `killed by ${run.signal}` : run.exitCode === null ? "not started" : `exit ${run.exitCode}`;
  return `${run.ok ? "\u2705" : "\u274C"} ${exit} in ${formatDuration(run.durationMs)}`;
}
function describeSmoke(smoke) {
  return smoke ? smoke.kind === "command" ? `${describeCommand(smoke.command)} (command)` : (smoke.urls ?? []).map((url) => `${url.ok ? "\u2705" : "\u274C"} ${code(url.url)} ${url.status ?? url.error ?? ""}`.trim()).join("<br>") : "none";
}
function stepTitle(step, count) {
  let looks = step.looks.length > 0 ? ` after ${plural(step.looks.length, "interval")}` : "", outcome = step.outcome === "passed" ? "\u2705 passed" : step.outcome === "failed" ? "\u274C failed" : "\u23F9\uFE0F stopped";
  return `Step ${step.index} of ${count}: ${step.weight}% \u2014 ${outcome}${looks} (${formatDuration(step.durationMs)})`;
}
function boundOf(report, check) {
  for (let step of [...report.steps].reverse()) {
    let result = step.looks.at(-1)?.checks.find((c) => c.name === check.name);
    if (result?.numbers.bound !== void 0 && result.numbers.boundKind !== "min") return result.numbers.bound;
  }
  return check.max;
}
function chartOf(report, check) {
  let first = report.steps.find((step) => step.deployedAt !== void 0);
  if (!first) return;
  let samples = [...report.baseline?.samples[check.name] ?? []];
  for (let step of report.steps) samples.push(...step.samples[check.name] ?? []);
  let markers = report.steps.filter((step) => step !== first && step.deployedAt !== void 0).map((step) => ({ time: step.deployedAt, label: `${step.weight}%` }));
  report.rollback && markers.push({ time: Date.parse(report.rollback.startedAt), label: "rollback" });
  let bound = boundOf(report, check);
  return renderCheckChart({ title: check.name, samples, deployAt: first.deployedAt, markers, ...bound !== void 0 ? { bound } : {} });
}
function checkRule(check) {
  let parts = [];
  return check.max !== void 0 && parts.push(`max ${formatValue(check.max)}`), check.min !== void 0 && parts.push(`min ${formatValue(check.min)}`), check.maxIncrease && parts.push(`max-increase ${check.maxIncrease}`), parts.push(`${check.judge}, ${check.direction}`), check.critical && parts.push("critical"), parts.push(`no-data: ${check.noData}`), parts.join(", ");
}
function renderDeploySummary(report, context) {
  let summary = new Summary({ fullReportPath: context.reportPath }), todo = report.todo.length > 0 ? `**What to do:**

${bullets(report.todo)}` : "";
  summary.add(heading(headline(report), 2), report.reason, todo);
  let rows = [], release = report.release;
  release && (rows.push(["release", `${code(shortDigest(release.releaseId))} ${release.name} ${release.version}`]), rows.push(["commit", link(release.sha.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${release.sha}`)])), report.deploymentId !== void 0 && rows.push(["deployment", `${report.deploymentId}${report.source === "release-id" ? " (promoted by this step)" : ""}`]), report.rollback?.deploymentId !== void 0 && rows.push(["rollback deployment", `${report.rollback.deploymentId} (rollback-of ${report.deploymentId})`]), rows.push(["steps", report.settings.steps.map((weight) => `${weight}%`).join(" \u2192 ")]), report.checks.length > 0 ? (rows.push(["checks", `${report.checks.length} from ${report.provider ? `${report.provider.kind} ${code(report.provider.url)}` : "\u2013"}`]), rows.push(["baseline \xB7 interval \xB7 looks", `${formatDuration(report.settings.baselineMs)} \xB7 ${formatDuration(report.settings.intervalMs)} \xB7 ${report.settings.samples} per step`])) : rows.push(["checks", "none: the smoke test alone decides"]), report.lease && rows.push(["lease", `epoch ${report.lease.epoch}, waited ${formatDuration(report.lease.waitedMs)}${report.lease.reclaimed ? `, took over ${report.lease.reclaimed}` : ""}${report.lease.lost ? `; **lost**: ${report.lease.lost}` : ""}`]), report.verified !== void 0 && rows.push(["ledger", report.verified ? `verified in ${report.environment}` : "not marked verified"]), rows.push(["took", `${formatDuration(report.durationMs)} (${formatTimestamp(report.startedAt)} \u2013 ${formatTimestamp(report.finishedAt)})`]), summary.add(table(["", ""], rows));
  let start = Date.parse(report.startedAt);
  summary.add(
    heading("What happened", 3),
    table(
      ["+time", "event"],
      report.events.map((event) => [`+${formatDuration(Math.max(0, Date.parse(event.at) - start))}`, event.what]),
      ["right", "left"]
    )
  );
  for (let step of report.steps) {
    let last = step.looks.at(-1), facts = table(["command", "smoke test", "reason"], [[describeCommand(step.command), describeSmoke(step.smoke), step.reason]]);
    summary.add(heading(stepTitle(step, report.settings.steps.length), 3), facts, last ? checksTable(last) : "");
  }
  let charts = report.checks.map((check) => chartOf(report, check)).filter((chart) => chart !== void 0);
  if (charts.length > 0 && summary.add(heading("Checks over time", 3), ...charts), report.rollback) {
    let rollback = report.rollback, rows2 = [
      ["outcome", `${rollback.outcome}: ${rollback.reason}`],
      ["to", rollback.target ? `${code(shortDigest(rollback.target.releaseId))} ${rollback.target.name} ${rollback.target.version}` : "no verified release (the `rollback` command alone)"],
      ["command", describeCommand(rollback.command)],
      ["smoke test", describeSmoke(rollback.smoke)],
      ["took", formatDuration(rollback.durationMs)]
    ];
    rollback.deploymentId !== void 0 && rows2.push(["deployment", `${rollback.deploymentId}: \`success\`, payload \`rollback-of: ${report.deploymentId}\``]);
    let output = rollback.command && !rollback.command.ok && rollback.command.lastLines.length > 0 ? codeBlock(rollback.command.lastLines.join(`
`)) : "";
    summary.add(heading("Rollback", 3), table(["", ""], rows2), output);
  }
  let failedCommand = report.steps.map((step) => step.command).find((run) => run && !run.ok && run.lastLines.length > 0);
  return failedCommand && summary.add(heading("Output of the failed command (last lines)", 3), codeBlock(failedCommand.lastLines.join(`
`))), report.checks.length > 0 && summary.add(
    heading("Checks", 3),
    table(
      ["check", "query", "rule", "sampled"],
      report.checks.map((check) => [check.name, code(check.query), checkRule(check), `every ${formatDuration(check.stepMs)}, from ${formatDuration(check.settleMs)} after the deploy${check.note ? `; ${check.note}` : ""}`])
    )
  ), report.closedStale.length > 0 && summary.add(heading("Closed deployments left in progress", 3), bullets(report.closedStale.map((closed) => `deployment ${closed.deploymentId}${closed.releaseId ? ` (release ${code(shortDigest(closed.releaseId))})` : ""}: ${closed.description}`))), report.notes.length > 0 && summary.add(heading("Notes", 3), bullets(report.notes)), summary.add(`Every number of this deploy is in ${code(context.reportPath)} (the \`report\` output).`), summary;
}

// src/actions/deploy/settings.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import path3 from "node:path";

// src/deploy/smoke-spec.ts
function parseSmoke(text) {
  let trimmed = text?.trim() ?? "";
  if (trimmed === "") return { kind: "none" };
  let words = trimmed.split(/[\s,]+/).filter((word) => word !== "");
  return words.every(isHttpUrl) ? { kind: "urls", urls: words } : { kind: "command", command: trimmed };
}
function isHttpUrl(word) {
  if (!/^https?:\/\//i.test(word)) return !1;
  try {
    return new URL(word), !0;
  } catch {
    return !1;
  }
}

// src/deploy/steps.ts
var DEFAULT_STEPS = [100];
function parseSteps(text, where = "input 'steps'") {
  let trimmed = text?.trim() ?? "";
  if (trimmed === "") return [...DEFAULT_STEPS];
  let items = trimmed.split(/[\s,]+/).filter((item) => item !== ""), steps = [];
  for (let item of items) {
    let match = /^(\d{1,3})%?$/.exec(item), value = match ? Number(match[1]) : NaN;
    if (!(value >= 1 && value <= 100))
      throw new ConfigurationError(`${where}: '${item}' is not a percentage from 1 to 100; write the exposure of each step, e.g. 10,50,100`);
    if (steps.length > 0 && value <= steps.at(-1))
      throw new ConfigurationError(`${where}: the steps must rise (${steps.at(-1)} then ${value}); write them in order, e.g. 10,50,100`);
    steps.push(value);
  }
  if (steps.at(-1) !== 100)
    throw new ConfigurationError(`${where}: the last step is ${steps.at(-1)}%, but a deploy must end at 100% (otherwise the environment stays split between two releases); add 100`);
  return steps;
}

// src/actions/deploy/settings.ts
var DEFAULT_BASELINE = "10m", DEFAULT_INTERVAL = "1m", DEFAULT_SAMPLES = 5;
function isInlineChecks(text) {
  return /[\r\n]/.test(text) || /^\s*(provider|checks|version)\s*:/.test(text);
}
function readChecks(value, workspace) {
  if (value === void 0) return;
  if (isInlineChecks(value)) return parseChecksFile(value, `input '${inputs.checks}'`);
  let file = path3.resolve(workspace, value);
  if (!existsSync(file) || !statSync(file).isFile())
    throw new ConfigurationError(`input '${inputs.checks}': ${value} is not a file in the workspace (${workspace}); give the path of a checks file (check out the repository first), or the checks as inline YAML`);
  return parseChecksFile(readFileSync(file, "utf8"), value);
}
function readSettings(workspace) {
  let deploymentText = getOptionalInput(inputs.deploymentId);
  if (deploymentText !== void 0 && !/^\d+$/.test(deploymentText))
    throw new ConfigurationError(`input '${inputs.deploymentId}': '${deploymentText}' is not a deployment id; pass the \`deployment-id\` output of promote (a number)`);
  let releaseId = getOptionalInput(inputs.releaseId);
  if (deploymentText === void 0 && releaseId === void 0)
    throw new ConfigurationError(`deploy needs a release: set '${inputs.deploymentId}' (the output of promote) or '${inputs.releaseId}' (deploy then promotes it itself, by promote's rules)`);
  let intervalMs = getDurationInput(inputs.interval, DEFAULT_INTERVAL);
  if (intervalMs < 1e3) throw new ConfigurationError(`input '${inputs.interval}': ${intervalMs} ms is too short; use at least 1s (the default is ${DEFAULT_INTERVAL})`);
  let baselineMs = getDurationInput(inputs.baseline, DEFAULT_BASELINE), checks = readChecks(getOptionalInput(inputs.checks), workspace), needBaseline = checks?.checks.filter(needsBaseline) ?? [];
  if (baselineMs === 0 && needBaseline.length > 0)
    throw new ConfigurationError(
      `input '${inputs.baseline}': 0 leaves nothing to compare with, but ${needBaseline.map((check) => check.name).join(", ")} compare with the baseline (max-increase, mann-whitney or proportion); set a baseline window such as ${DEFAULT_BASELINE}`
    );
  let artifactPath = getOptionalInput(inputs.artifactPath);
  return {
    environment: getRequiredInput(inputs.environment),
    deploymentId: deploymentText === void 0 ? void 0 : Number(deploymentText),
    releaseId,
    run: getRequiredInput(inputs.run),
    rollback: getOptionalInput(inputs.rollback),
    smoke: parseSmoke(getOptionalInput(inputs.smoke)),
    checks,
    steps: parseSteps(getOptionalInput(inputs.steps), `input '${inputs.steps}'`),
    baselineMs,
    intervalMs,
    samples: getIntegerInput(inputs.samples, DEFAULT_SAMPLES, { min: 1, max: 1e3 }),
    lease: parseLeaseSettings({ leaseTtl: getOptionalInput(inputs.leaseTtl), lockTimeout: getOptionalInput(inputs.lockTimeout) }),
    artifactPath: artifactPath === void 0 ? void 0 : path3.resolve(workspace, artifactPath),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF,
    token: getSecretInput(inputs.token, { required: !0 })
  };
}

// src/actions/deploy/main.ts
async function main() {
  let context = readRunnerContext(), logger = actionsLogger(), settings;
  try {
    settings = readSettings(context.workspace);
  } catch (error) {
    throw setOutput(outputs.verdict, "failed"), error;
  }
  let { owner, repo } = context.repository, at = { owner, repo }, client = createRunnerClient(context, settings.token, logger), ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger }), cancel = new AbortController(), onSignal = (signal) => {
    logger.warning(`received ${signal}: stopping the deploy`), cancel.abort(new Error(`the run was cancelled (${signal})`));
  };
  process.once("SIGINT", onSignal), process.once("SIGTERM", onSignal);
  let report;
  try {
    report = await runDeploy(
      {
        client,
        at,
        ledger,
        logger,
        now: () => /* @__PURE__ */ new Date(),
        actor: context.actor || "unknown",
        ...context.runUrl ? { runUrl: context.runUrl } : {},
        ...context.runId > 0 ? { run: { id: context.runId, attempt: context.runAttempt } } : {},
        ...context.sha ? { commit: context.sha } : {},
        eventPayload: context.eventPayload,
        owner: { runId: context.runId, runAttempt: context.runAttempt, ...context.workflow ? { workflow: context.workflow } : {}, ...context.actor ? { actor: context.actor } : {} },
        runs: workflowRunLookup(client, at),
        workspace: context.workspace,
        workDir: context.runnerTemp,
        baseEnv: process.env,
        signal: cancel.signal,
        remember: saveState
      },
      {
        environment: settings.environment,
        ...settings.deploymentId !== void 0 ? { deploymentId: settings.deploymentId } : {},
        ...settings.releaseId !== void 0 ? { releaseId: settings.releaseId } : {},
        run: settings.run,
        ...settings.rollback !== void 0 ? { rollback: settings.rollback } : {},
        smoke: settings.smoke,
        ...settings.checks ? { checks: settings.checks } : {},
        steps: settings.steps,
        baselineMs: settings.baselineMs,
        intervalMs: settings.intervalMs,
        samples: settings.samples,
        leaseTtlMs: settings.lease.ttlMs,
        lockTimeoutMs: settings.lease.timeoutMs,
        ...settings.artifactPath !== void 0 ? { artifactPath: settings.artifactPath } : {}
      }
    );
  } catch (error) {
    throw setOutput(outputs.verdict, "failed"), error;
  } finally {
    process.removeListener("SIGINT", onSignal), process.removeListener("SIGTERM", onSignal);
  }
  let reportDir = path4.join(context.runnerTemp, "stopline-deploy");
  mkdirSync(reportDir, { recursive: !0 });
  let reportPath = path4.join(reportDir, `report-${settings.environment.replace(/[^A-Za-z0-9._-]/g, "_")}-${context.runId}-${context.runAttempt}.json`);
  writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}
`), setOutput(outputs.verdict, report.verdict), setOutput(outputs.deploymentId, report.deploymentId ?? ""), setOutput(outputs.report, reportPath), await writeSummary(renderDeploySummary(report, { repository: `${owner}/${repo}`, serverUrl: context.serverUrl, reportPath })), logger.info(`${report.verdict}: ${report.reason}`), report.verdict === "rolled-back" ? failStep(`Rolled back: ${report.reason}`) : report.verdict === "failed" && failStep(`Deploy to ${report.environment} failed: ${report.reason}${report.todo.length > 0 ? ` ${report.todo[0]}` : ""}`);
}

// src/actions/deploy/index.ts
await runAction(main);

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  findJsonSyntaxError
} from "./chunk-7FZZ2GYI.mjs";
import {
  ConfigurationError,
  silentLogger
} from "./chunk-HRGOWHIX.mjs";
import {
  __commonJS,
  __toESM
} from "./chunk-NBEAZCIL.mjs";

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(!0), compareTime),
      "date-time": fmtDef(getDateTime(!0), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: !0,
      // unchecked string payload
      binary: !0
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/, DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      let matches = DATE.exec(str);
      if (!matches)
        return !1;
      let year = +matches[1], month = +matches[2], day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (d1 && d2)
        return d1 > d2 ? 1 : d1 < d2 ? -1 : 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function(str) {
        let matches = TIME.exec(str);
        if (!matches)
          return !1;
        let hr = +matches[1], min = +matches[2], sec = +matches[3], tz = matches[4], tzSign = matches[5] === "-" ? -1 : 1, tzH = +(matches[6] || 0), tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return !1;
        if (hr <= 23 && min <= 59 && sec < 60)
          return !0;
        let utcMin = min - tzM * tzSign, utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return;
      let t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf(), t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (t1 && t2)
        return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return;
      let a1 = TIME.exec(t1), a2 = TIME.exec(t2);
      if (a1 && a2)
        return t1 = a1[1] + a1[2] + a1[3], t2 = a2[1] + a2[2] + a2[3], t1 > t2 ? 1 : t1 < t2 ? -1 : 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      let time = getTime(strictTimeZone);
      return function(str) {
        let dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let d1 = new Date(dt1).valueOf(), d2 = new Date(dt2).valueOf();
      if (d1 && d2)
        return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let [d1, t1] = dt1.split(DATE_TIME_SEPARATOR), [d2, t2] = dt2.split(DATE_TIME_SEPARATOR), res = compareDate(d1, d2);
      if (res !== void 0)
        return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/, URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      return BYTE.lastIndex = 0, BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31), MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return !0;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return !1;
      try {
        return new RegExp(str), !0;
      } catch {
        return !1;
      }
    }
  }
});

// src/state/state.ts
function emptyState(now) {
  return {
    schemaVersion: 1,
    line: { state: "green", since: now.toISOString() },
    freezes: [],
    leases: {},
    environments: {},
    releases: {}
  };
}

// src/state/generated/validate-ledger-state.ts
var import_formats = __toESM(require_formats(), 1), ucs2length = function(str) {
  let len = str.length, length = 0, pos = 0, value;
  for (; pos < len; )
    length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
  return length;
}, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://stopline.dev/schemas/ledger-state-v1.json", type: "object", required: ["schemaVersion", "line", "freezes", "leases", "environments", "releases"], additionalProperties: !1, properties: { schemaVersion: { const: 1 }, line: { type: "object", required: ["state", "since"], additionalProperties: !1, properties: { state: { enum: ["green", "red"] }, since: { type: "string", format: "date-time" }, firstBad: { type: "object", required: ["sha"], additionalProperties: !1, properties: { sha: { type: "string", minLength: 1 }, runId: { type: "integer" }, runUrl: { type: "string" }, author: { type: "string" } } } } }, freezes: { type: "array", items: { type: "object", required: ["id", "reason", "by", "since", "source"], additionalProperties: !1, properties: { id: { type: "string", minLength: 1 }, reason: { type: "string" }, by: { type: "string" }, since: { type: "string", format: "date-time" }, until: { type: "string", format: "date-time" }, source: { enum: ["manual", "schedule"] } } } }, leases: { type: "object", additionalProperties: { type: "object", required: ["owner", "acquiredAt", "expiresAt", "epoch"], additionalProperties: !1, properties: { owner: { type: "object", required: ["runId", "runAttempt"], additionalProperties: !1, properties: { runId: { type: "integer" }, runAttempt: { type: "integer", minimum: 1 }, workflow: { type: "string" }, actor: { type: "string" } } }, acquiredAt: { type: "string", format: "date-time" }, expiresAt: { type: "string", format: "date-time" }, epoch: { type: "integer", minimum: 0 } } } }, environments: { type: "object", additionalProperties: { type: "object", required: ["releaseId", "sha", "since", "verified"], additionalProperties: !1, properties: { releaseId: { type: "string", minLength: 1 }, sha: { type: "string", minLength: 1 }, version: { type: "string" }, since: { type: "string", format: "date-time" }, verified: { type: "boolean" }, deploymentId: { type: "integer" } } } }, releases: { type: "object", additionalProperties: { type: "object", required: ["name", "version", "sha", "digest", "createdAt"], additionalProperties: !1, properties: { name: { type: "string" }, version: { type: "string" }, sha: { type: "string", minLength: 1 }, digest: { type: "string", minLength: 1 }, createdAt: { type: "string", format: "date-time" }, manifest: {} } } } } }, formats0 = import_formats.fullFormats["date-time"], func2 = ucs2length;
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null, errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schemaVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schemaVersion" }, message: "must have required property 'schemaVersion'" };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.line === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.freezes === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "freezes" }, message: "must have required property 'freezes'" };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.leases === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "leases" }, message: "must have required property 'leases'" };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.environments === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property 'environments'" };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    if (data.releases === void 0) {
      let err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "releases" }, message: "must have required property 'releases'" };
      vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "schemaVersion" || key0 === "line" || key0 === "freezes" || key0 === "leases" || key0 === "environments" || key0 === "releases")) {
        let err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    if (data.schemaVersion !== void 0 && data.schemaVersion !== 1) {
      let err7 = { instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
      vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
    }
    if (data.line !== void 0) {
      let data1 = data.line;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.state === void 0) {
          let err8 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/required", keyword: "required", params: { missingProperty: "state" }, message: "must have required property 'state'" };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        if (data1.since === void 0) {
          let err9 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'" };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        for (let key1 in data1)
          if (!(key1 === "state" || key1 === "since" || key1 === "firstBad")) {
            let err10 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        if (data1.state !== void 0) {
          let data2 = data1.state;
          if (!(data2 === "green" || data2 === "red")) {
            let err11 = { instancePath: instancePath + "/line/state", schemaPath: "#/properties/line/properties/state/enum", keyword: "enum", params: { allowedValues: schema11.properties.line.properties.state.enum }, message: "must be equal to one of the allowed values" };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
        if (data1.since !== void 0) {
          let data3 = data1.since;
          if (typeof data3 == "string") {
            if (!formats0.validate(data3)) {
              let err12 = { instancePath: instancePath + "/line/since", schemaPath: "#/properties/line/properties/since/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
              vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
            }
          } else {
            let err13 = { instancePath: instancePath + "/line/since", schemaPath: "#/properties/line/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
        if (data1.firstBad !== void 0) {
          let data4 = data1.firstBad;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.sha === void 0) {
              let err14 = { instancePath: instancePath + "/line/firstBad", schemaPath: "#/properties/line/properties/firstBad/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
            for (let key2 in data4)
              if (!(key2 === "sha" || key2 === "runId" || key2 === "runUrl" || key2 === "author")) {
                let err15 = { instancePath: instancePath + "/line/firstBad", schemaPath: "#/properties/line/properties/firstBad/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
              }
            if (data4.sha !== void 0) {
              let data5 = data4.sha;
              if (typeof data5 == "string") {
                if (func2(data5) < 1) {
                  let err16 = { instancePath: instancePath + "/line/firstBad/sha", schemaPath: "#/properties/line/properties/firstBad/properties/sha/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
              } else {
                let err17 = { instancePath: instancePath + "/line/firstBad/sha", schemaPath: "#/properties/line/properties/firstBad/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
            if (data4.runId !== void 0) {
              let data6 = data4.runId;
              if (!(typeof data6 == "number" && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                let err18 = { instancePath: instancePath + "/line/firstBad/runId", schemaPath: "#/properties/line/properties/firstBad/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
              }
            }
            if (data4.runUrl !== void 0 && typeof data4.runUrl != "string") {
              let err19 = { instancePath: instancePath + "/line/firstBad/runUrl", schemaPath: "#/properties/line/properties/firstBad/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
            if (data4.author !== void 0 && typeof data4.author != "string") {
              let err20 = { instancePath: instancePath + "/line/firstBad/author", schemaPath: "#/properties/line/properties/firstBad/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
          } else {
            let err21 = { instancePath: instancePath + "/line/firstBad", schemaPath: "#/properties/line/properties/firstBad/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
      } else {
        let err22 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.freezes !== void 0) {
      let data9 = data.freezes;
      if (Array.isArray(data9)) {
        let len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            if (data10.id === void 0) {
              let err23 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
            if (data10.reason === void 0) {
              let err24 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
            }
            if (data10.by === void 0) {
              let err25 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
            if (data10.since === void 0) {
              let err26 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'" };
              vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
            }
            if (data10.source === void 0) {
              let err27 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
            for (let key3 in data10)
              if (!(key3 === "id" || key3 === "reason" || key3 === "by" || key3 === "since" || key3 === "until" || key3 === "source")) {
                let err28 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
              }
            if (data10.id !== void 0) {
              let data11 = data10.id;
              if (typeof data11 == "string") {
                if (func2(data11) < 1) {
                  let err29 = { instancePath: instancePath + "/freezes/" + i0 + "/id", schemaPath: "#/properties/freezes/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                }
              } else {
                let err30 = { instancePath: instancePath + "/freezes/" + i0 + "/id", schemaPath: "#/properties/freezes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
              }
            }
            if (data10.reason !== void 0 && typeof data10.reason != "string") {
              let err31 = { instancePath: instancePath + "/freezes/" + i0 + "/reason", schemaPath: "#/properties/freezes/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            if (data10.by !== void 0 && typeof data10.by != "string") {
              let err32 = { instancePath: instancePath + "/freezes/" + i0 + "/by", schemaPath: "#/properties/freezes/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
            if (data10.since !== void 0) {
              let data14 = data10.since;
              if (typeof data14 == "string") {
                if (!formats0.validate(data14)) {
                  let err33 = { instancePath: instancePath + "/freezes/" + i0 + "/since", schemaPath: "#/properties/freezes/items/properties/since/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                }
              } else {
                let err34 = { instancePath: instancePath + "/freezes/" + i0 + "/since", schemaPath: "#/properties/freezes/items/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
            if (data10.until !== void 0) {
              let data15 = data10.until;
              if (typeof data15 == "string") {
                if (!formats0.validate(data15)) {
                  let err35 = { instancePath: instancePath + "/freezes/" + i0 + "/until", schemaPath: "#/properties/freezes/items/properties/until/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                }
              } else {
                let err36 = { instancePath: instancePath + "/freezes/" + i0 + "/until", schemaPath: "#/properties/freezes/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
              }
            }
            if (data10.source !== void 0) {
              let data16 = data10.source;
              if (!(data16 === "manual" || data16 === "schedule")) {
                let err37 = { instancePath: instancePath + "/freezes/" + i0 + "/source", schemaPath: "#/properties/freezes/items/properties/source/enum", keyword: "enum", params: { allowedValues: schema11.properties.freezes.items.properties.source.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
              }
            }
          } else {
            let err38 = { instancePath: instancePath + "/freezes/" + i0, schemaPath: "#/properties/freezes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
      } else {
        let err39 = { instancePath: instancePath + "/freezes", schemaPath: "#/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
      }
    }
    if (data.leases !== void 0) {
      let data17 = data.leases;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17))
        for (let key4 in data17) {
          let data18 = data17[key4];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            if (data18.owner === void 0) {
              let err40 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
              vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
            }
            if (data18.acquiredAt === void 0) {
              let err41 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/required", keyword: "required", params: { missingProperty: "acquiredAt" }, message: "must have required property 'acquiredAt'" };
              vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
            }
            if (data18.expiresAt === void 0) {
              let err42 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/required", keyword: "required", params: { missingProperty: "expiresAt" }, message: "must have required property 'expiresAt'" };
              vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
            }
            if (data18.epoch === void 0) {
              let err43 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/required", keyword: "required", params: { missingProperty: "epoch" }, message: "must have required property 'epoch'" };
              vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
            }
            for (let key5 in data18)
              if (!(key5 === "owner" || key5 === "acquiredAt" || key5 === "expiresAt" || key5 === "epoch")) {
                let err44 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
              }
            if (data18.owner !== void 0) {
              let data19 = data18.owner;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.runId === void 0) {
                  let err45 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/leases/additionalProperties/properties/owner/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'" };
                  vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                }
                if (data19.runAttempt === void 0) {
                  let err46 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/leases/additionalProperties/properties/owner/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'" };
                  vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                }
                for (let key6 in data19)
                  if (!(key6 === "runId" || key6 === "runAttempt" || key6 === "workflow" || key6 === "actor")) {
                    let err47 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/leases/additionalProperties/properties/owner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                  }
                if (data19.runId !== void 0) {
                  let data20 = data19.runId;
                  if (!(typeof data20 == "number" && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
                    let err48 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/runId", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                  }
                }
                if (data19.runAttempt !== void 0) {
                  let data21 = data19.runAttempt;
                  if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
                    let err49 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/runAttempt", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                  }
                  if (typeof data21 == "number" && isFinite(data21) && (data21 < 1 || isNaN(data21))) {
                    let err50 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/runAttempt", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                  }
                }
                if (data19.workflow !== void 0 && typeof data19.workflow != "string") {
                  let err51 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/workflow", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                }
                if (data19.actor !== void 0 && typeof data19.actor != "string") {
                  let err52 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/actor", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                }
              } else {
                let err53 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/leases/additionalProperties/properties/owner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
              }
            }
            if (data18.acquiredAt !== void 0) {
              let data24 = data18.acquiredAt;
              if (typeof data24 == "string") {
                if (!formats0.validate(data24)) {
                  let err54 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/acquiredAt", schemaPath: "#/properties/leases/additionalProperties/properties/acquiredAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                }
              } else {
                let err55 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/acquiredAt", schemaPath: "#/properties/leases/additionalProperties/properties/acquiredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
            }
            if (data18.expiresAt !== void 0) {
              let data25 = data18.expiresAt;
              if (typeof data25 == "string") {
                if (!formats0.validate(data25)) {
                  let err56 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/expiresAt", schemaPath: "#/properties/leases/additionalProperties/properties/expiresAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                }
              } else {
                let err57 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/expiresAt", schemaPath: "#/properties/leases/additionalProperties/properties/expiresAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
            }
            if (data18.epoch !== void 0) {
              let data26 = data18.epoch;
              if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
                let err58 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/epoch", schemaPath: "#/properties/leases/additionalProperties/properties/epoch/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
              if (typeof data26 == "number" && isFinite(data26) && (data26 < 0 || isNaN(data26))) {
                let err59 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/epoch", schemaPath: "#/properties/leases/additionalProperties/properties/epoch/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
          } else {
            let err60 = { instancePath: instancePath + "/leases/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
          }
        }
      else {
        let err61 = { instancePath: instancePath + "/leases", schemaPath: "#/properties/leases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
      }
    }
    if (data.environments !== void 0) {
      let data27 = data.environments;
      if (data27 && typeof data27 == "object" && !Array.isArray(data27))
        for (let key7 in data27) {
          let data28 = data27[key7];
          if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
            if (data28.releaseId === void 0) {
              let err62 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "releaseId" }, message: "must have required property 'releaseId'" };
              vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
            }
            if (data28.sha === void 0) {
              let err63 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
              vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
            }
            if (data28.since === void 0) {
              let err64 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'" };
              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
            }
            if (data28.verified === void 0) {
              let err65 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
              vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
            }
            for (let key8 in data28)
              if (!(key8 === "releaseId" || key8 === "sha" || key8 === "version" || key8 === "since" || key8 === "verified" || key8 === "deploymentId")) {
                let err66 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
            if (data28.releaseId !== void 0) {
              let data29 = data28.releaseId;
              if (typeof data29 == "string") {
                if (func2(data29) < 1) {
                  let err67 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/releaseId", schemaPath: "#/properties/environments/additionalProperties/properties/releaseId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                }
              } else {
                let err68 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/releaseId", schemaPath: "#/properties/environments/additionalProperties/properties/releaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
              }
            }
            if (data28.sha !== void 0) {
              let data30 = data28.sha;
              if (typeof data30 == "string") {
                if (func2(data30) < 1) {
                  let err69 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/environments/additionalProperties/properties/sha/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                }
              } else {
                let err70 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/environments/additionalProperties/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              }
            }
            if (data28.version !== void 0 && typeof data28.version != "string") {
              let err71 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/properties/environments/additionalProperties/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
            }
            if (data28.since !== void 0) {
              let data32 = data28.since;
              if (typeof data32 == "string") {
                if (!formats0.validate(data32)) {
                  let err72 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/since", schemaPath: "#/properties/environments/additionalProperties/properties/since/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                }
              } else {
                let err73 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/since", schemaPath: "#/properties/environments/additionalProperties/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
              }
            }
            if (data28.verified !== void 0 && typeof data28.verified != "boolean") {
              let err74 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/verified", schemaPath: "#/properties/environments/additionalProperties/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
            }
            if (data28.deploymentId !== void 0) {
              let data34 = data28.deploymentId;
              if (!(typeof data34 == "number" && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
                let err75 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1") + "/deploymentId", schemaPath: "#/properties/environments/additionalProperties/properties/deploymentId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            }
          } else {
            let err76 = { instancePath: instancePath + "/environments/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
          }
        }
      else {
        let err77 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
      }
    }
    if (data.releases !== void 0) {
      let data35 = data.releases;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35))
        for (let key9 in data35) {
          let data36 = data35[key9];
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.name === void 0) {
              let err78 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
            if (data36.version === void 0) {
              let err79 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
            }
            if (data36.sha === void 0) {
              let err80 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
              vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
            }
            if (data36.digest === void 0) {
              let err81 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
            }
            if (data36.createdAt === void 0) {
              let err82 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'" };
              vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
            }
            for (let key10 in data36)
              if (!(key10 === "name" || key10 === "version" || key10 === "sha" || key10 === "digest" || key10 === "createdAt" || key10 === "manifest")) {
                let err83 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            if (data36.name !== void 0 && typeof data36.name != "string") {
              let err84 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/releases/additionalProperties/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
            }
            if (data36.version !== void 0 && typeof data36.version != "string") {
              let err85 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/properties/releases/additionalProperties/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
            }
            if (data36.sha !== void 0) {
              let data39 = data36.sha;
              if (typeof data39 == "string") {
                if (func2(data39) < 1) {
                  let err86 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/releases/additionalProperties/properties/sha/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                }
              } else {
                let err87 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/releases/additionalProperties/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
              }
            }
            if (data36.digest !== void 0) {
              let data40 = data36.digest;
              if (typeof data40 == "string") {
                if (func2(data40) < 1) {
                  let err88 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/digest", schemaPath: "#/properties/releases/additionalProperties/properties/digest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                }
              } else {
                let err89 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/digest", schemaPath: "#/properties/releases/additionalProperties/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            }
            if (data36.createdAt !== void 0) {
              let data41 = data36.createdAt;
              if (typeof data41 == "string") {
                if (!formats0.validate(data41)) {
                  let err90 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/createdAt", schemaPath: "#/properties/releases/additionalProperties/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                }
              } else {
                let err91 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/createdAt", schemaPath: "#/properties/releases/additionalProperties/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
              }
            }
          } else {
            let err92 = { instancePath: instancePath + "/releases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
          }
        }
      else {
        let err93 = { instancePath: instancePath + "/releases", schemaPath: "#/properties/releases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
      }
    }
  } else {
    let err94 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
  }
  return validate10.errors = vErrors, errors === 0;
}
var validateLedgerState = validate10;

// src/state/migrations.ts
var MIGRATIONS = [];
function oldestReadable(migrations, target) {
  let oldest = target;
  for (; migrations.some((m) => m.from === oldest - 1); ) oldest -= 1;
  return oldest;
}
function migrateDocument(document, where, migrations = MIGRATIONS, target = 1) {
  let version = document.schemaVersion;
  if (typeof version != "number" || !Number.isInteger(version) || version < 0)
    throw new ConfigurationError(
      `${where}: /schemaVersion must be a non-negative integer, found ${JSON.stringify(version)}; the file was not written by Stopline or was edited by hand. Revert the last commit on the ledger ref.`
    );
  if (version > target)
    throw new ConfigurationError(
      `${where} has schemaVersion ${version} but this Stopline understands up to ${target}; upgrade the action`
    );
  let current = document;
  for (let v = version; v < target; v += 1) {
    let step = migrations.find((m) => m.from === v);
    if (!step)
      throw new ConfigurationError(
        `${where} has schemaVersion ${version} but the oldest this Stopline can migrate is ${oldestReadable(migrations, target)}; migrate it with an older Stopline release first`
      );
    current = { ...step.migrate(current), schemaVersion: v + 1 };
  }
  return current;
}

// src/state/parse-state.ts
function syntaxLocation(json) {
  let at = findJsonSyntaxError(json);
  return at ? ` at line ${at.line}, column ${at.column}` : "";
}
function describe(error) {
  let pointer = error.instancePath === "" ? "/" : error.instancePath;
  if (error.keyword === "additionalProperties") {
    let extra = error.params.additionalProperty;
    return `${pointer === "/" ? "" : pointer}/${extra} is not a known field`;
  }
  if (error.keyword === "enum") {
    let allowed = error.params.allowedValues;
    return `${pointer} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  return `${pointer} ${error.message ?? "is invalid"}`;
}
function parseState(json, where, options = {}) {
  let document;
  try {
    document = JSON.parse(json);
  } catch (error) {
    let reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError(
      `${where} is not valid JSON${syntaxLocation(json)} (${reason}); revert the commit that wrote it on the ledger ref`,
      { cause: error }
    );
  }
  if (typeof document != "object" || document === null || Array.isArray(document))
    throw new ConfigurationError(`${where}: / must be a JSON object; revert the commit that wrote it on the ledger ref`);
  let migrated = migrateDocument(
    document,
    where,
    options.migrations ?? MIGRATIONS,
    1
  ), check = validateLedgerState;
  if (!check(migrated)) {
    let problems = (check.errors ?? []).slice(0, 5).map(describe), more = (check.errors?.length ?? 0) > problems.length ? ` (and ${check.errors.length - problems.length} more)` : "";
    throw new ConfigurationError(
      `${where} does not match the ledger schema v${1}: ${problems.join("; ")}${more}; fix the field or revert the commit that wrote it on the ledger ref`
    );
  }
  return migrated;
}

// src/state/serialize-state.ts
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value == "object") {
    let sorted = {};
    for (let key of Object.keys(value).sort()) {
      let child = value[key];
      child !== void 0 && (sorted[key] = sortKeys(child));
    }
    return sorted;
  }
  return value;
}
function serializeState(state) {
  return `${JSON.stringify(sortKeys(state), null, 2)}
`;
}

// src/github/backoff.ts
var LEDGER_BACKOFF = { baseMs: 50, capMs: 2e3 };
function backoffDelay(failures, policy, random = Math.random) {
  let ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * ceiling);
}

// src/github/ledger-objects.ts
var STATE_FILE = "state.json", README_FILE = "README.md", LEDGER_README = `# Stopline ledger

This ref is written by [Stopline](https://github.com/stopline) actions. \`state.json\` holds the line
state, freezes, deploy leases, environment pointers and the release registry. Every change is a new
commit whose parent is the previous one, so this ref's history is the audit log.

Do not push to it by hand: a malformed \`state.json\` stops every Stopline step until it is fixed
or the offending commit is reverted.
`, LEDGER_AUTHOR = { name: "Stopline", email: "stopline@users.noreply.github.com" };
function shortRef(ref) {
  return ref.replace(/^refs\//, "");
}
function status(error) {
  let value = error?.status;
  return typeof value == "number" ? value : void 0;
}
async function readHead(client, at) {
  try {
    let { data } = await client.rest.git.getRef({ owner: at.owner, repo: at.repo, ref: shortRef(at.ref) });
    return data.object.sha;
  } catch (error) {
    if (status(error) !== 404) throw error;
  }
  try {
    await client.rest.repos.get({ owner: at.owner, repo: at.repo });
  } catch (error) {
    throw status(error) === 404 ? new ConfigurationError(
      `repository ${at.owner}/${at.repo} was not found, or the token cannot read it: check the repository name; for a private repository the job needs \`permissions: contents: read\` (or \`contents: write\` to change the ledger)`,
      { cause: error }
    ) : error;
  }
  return null;
}
async function readStateText(client, at, commitSha) {
  let { owner, repo } = at, commit = await client.rest.git.getCommit({ owner, repo, commit_sha: commitSha }), stateSha = (await client.rest.git.getTree({ owner, repo, tree_sha: commit.data.tree.sha })).data.tree.find((e) => e.path === STATE_FILE && e.type === "blob")?.sha;
  if (!stateSha) return null;
  let blob = await client.rest.git.getBlob({ owner, repo, file_sha: stateSha });
  return blob.data.encoding === "base64" ? Buffer.from(blob.data.content, "base64").toString("utf8") : blob.data.content;
}
async function writeCommit(client, at, input) {
  let { owner, repo } = at, tree = await client.rest.git.createTree({
    owner,
    repo,
    tree: [
      { path: README_FILE, mode: "100644", type: "blob", content: LEDGER_README },
      { path: STATE_FILE, mode: "100644", type: "blob", content: input.stateText }
    ]
  }), signature = { ...LEDGER_AUTHOR, date: input.date.toISOString() };
  return (await client.rest.git.createCommit({
    owner,
    repo,
    message: input.message,
    tree: tree.data.sha,
    parents: input.parent ? [input.parent] : [],
    author: signature,
    committer: signature
  })).data.sha;
}
async function moveRef(client, at, expected, next) {
  let { owner, repo } = at;
  try {
    return expected === null ? await client.rest.git.createRef({ owner, repo, ref: at.ref, sha: next }) : await client.rest.git.updateRef({ owner, repo, ref: shortRef(at.ref), sha: next, force: !1 }), "moved";
  } catch (error) {
    let code = status(error);
    if (code === 422 || code === 409) return "conflict";
    throw error;
  }
}
async function listHistory(client, at, head, limit) {
  let entries = [], pages = client.paginate.iterator(client.rest.repos.listCommits, {
    owner: at.owner,
    repo: at.repo,
    sha: head,
    per_page: Math.min(100, Math.max(1, limit))
  });
  for await (let page of pages)
    for (let c of page.data)
      if (entries.push({
        sha: c.sha,
        message: c.commit.message,
        date: c.commit.committer?.date ?? c.commit.author?.date ?? "",
        author: c.commit.author?.name ?? "",
        parents: c.parents.map((p) => p.sha)
      }), entries.length >= limit) return entries;
  return entries;
}

// src/github/ledger.ts
var DEFAULT_LEDGER_REF = "refs/stopline/ledger", sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function httpStatus(error) {
  let value = error?.status;
  return typeof value == "number" ? value : void 0;
}
var Ledger = class {
  constructor(client, options) {
    this.client = client;
    let ref = options.ref ?? DEFAULT_LEDGER_REF;
    if (!/^refs\/[^/\s]+\/[^\s]+$/.test(ref) || ref.includes("..") || ref.endsWith("/"))
      throw new ConfigurationError(
        `ledger ref "${ref}" is not a full ref name; use something like "refs/stopline/ledger" or "refs/heads/stopline-ledger"`
      );
    this.at = { owner: options.owner, repo: options.repo, ref }, this.logger = options.logger ?? silentLogger, this.maxAttempts = Math.max(1, options.maxAttempts ?? 20), this.now = options.now ?? (() => /* @__PURE__ */ new Date()), this.sleep = options.sleep ?? sleepFor, this.random = options.random ?? Math.random;
  }
  client;
  at;
  logger;
  maxAttempts;
  now;
  sleep;
  random;
  /** "refs/stopline/ledger in owner/repo", the name used in every message. */
  get name() {
    return `${this.at.ref} in ${this.at.owner}/${this.at.repo}`;
  }
  /** The current state; an empty (green, unfrozen) state when the ref does not exist yet. */
  async read() {
    let head = await readHead(this.client, this.at);
    if (head === null) return { state: emptyState(this.now()), head };
    let text = await readStateText(this.client, this.at, head);
    if (text === null)
      throw new ConfigurationError(
        `ledger ${this.name} points at commit ${head.slice(0, 7)}, which has no state.json: the ref is not a Stopline ledger. Choose another ref (input \`ledger-ref\`) or delete this one.`
      );
    let where = `ledger state.json at ${this.at.ref} (${head.slice(0, 7)}) in ${this.at.owner}/${this.at.repo}`;
    return { state: parseState(text, where), head };
  }
  /**
   * Applies `change` to the latest state and commits the result, retrying on lost races (see the
   * class comment). `change` may run several times, so it must be pure: derive everything from the
   * state it is given. When it returns an equal state nothing is written.
   */
  async update(message, change) {
    let written = null;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      let snapshot = await this.read();
      if (written !== null && snapshot.head === written.sha)
        return this.logger.debug(`ledger ${this.name}: our commit ${written.sha.slice(0, 7)} is already the head`), { result: written.result, state: written.state, head: written.sha, attempts: attempt - 1, changed: !0 };
      this.logger.debug(`ledger ${this.name}: attempt ${attempt}, head ${snapshot.head?.slice(0, 7) ?? "(none)"}`);
      let before = serializeState(snapshot.state), outcome = await change(structuredClone(snapshot.state)), after = serializeState(outcome.state);
      if (after === before)
        return this.logger.debug(`ledger ${this.name}: no change, nothing written`), { result: outcome.result, state: snapshot.state, head: snapshot.head, attempts: attempt, changed: !1 };
      let commit = await this.write(after, snapshot.head, message);
      if (await moveRef(this.client, this.at, snapshot.head, commit) === "moved")
        return this.logger.debug(`ledger ${this.name}: moved to ${commit.slice(0, 7)} (${message})`), { result: outcome.result, state: outcome.state, head: commit, attempts: attempt, changed: !0 };
      if (written = { sha: commit, state: outcome.state, result: outcome.result }, attempt < this.maxAttempts) {
        let wait = backoffDelay(attempt, LEDGER_BACKOFF, this.random);
        this.logger.info(
          `ledger ${this.name} was moved by another writer (attempt ${attempt} of ${this.maxAttempts}); retrying in ${wait} ms`
        ), await this.sleep(wait);
      }
    }
    let head = await readHead(this.client, this.at);
    if (written !== null && head === written.sha)
      return { result: written.result, state: written.state, head, attempts: this.maxAttempts, changed: !0 };
    throw new Error(
      `ledger ${this.name}: gave up after ${this.maxAttempts} attempts because other writers kept moving it; retry the step`
    );
  }
  /** Writes the commit, naming the one case GitHub refuses for a fixable reason: an empty repository. */
  async write(stateText, parent, message) {
    try {
      return await writeCommit(this.client, this.at, { stateText, parent, message, date: this.now() });
    } catch (error) {
      throw httpStatus(error) === 409 ? new ConfigurationError(
        `ledger ${this.name}: GitHub refused to store objects (409), which it does while a repository has no commits; push an initial commit to the repository first`,
        { cause: error }
      ) : error;
    }
  }
  /** The ledger's commits, newest first, up to `limit`: the audit log. Empty before the first write. */
  async history(limit = 30) {
    let head = await readHead(this.client, this.at);
    return head === null ? [] : listHistory(this.client, this.at, head, limit);
  }
};

export {
  Ledger
};

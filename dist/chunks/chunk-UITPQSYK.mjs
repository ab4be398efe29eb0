import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  LEDGER_BACKOFF,
  backoffDelay,
  readPathAt
} from "./chunk-NLRKADAM.mjs";
import {
  findJsonSyntaxError
} from "./chunk-ZT56QPP4.mjs";
import {
  httpStatus,
  repositoryNotFound
} from "./chunk-ILX4OWII.mjs";
import {
  silentLogger
} from "./chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError
} from "./chunk-W2U6OBLC.mjs";
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
}, schema11 = { $schema: "http://json-schema.org/draft-07/schema#", $id: "https://stopline.dev/schemas/ledger-state-v1.json", type: "object", required: ["schemaVersion", "line", "freezes", "leases", "environments", "releases"], additionalProperties: !1, properties: { schemaVersion: { const: 1 }, line: { type: "object", required: ["state", "since"], additionalProperties: !1, properties: { state: { enum: ["green", "red"] }, since: { type: "string", format: "date-time" }, firstBad: { type: "object", required: ["sha"], additionalProperties: !1, properties: { sha: { type: "string", minLength: 1 }, runId: { type: "integer" }, runUrl: { type: "string" }, author: { type: "string" }, runNumber: { type: "integer" }, workflow: { type: "string" } } }, workflows: { type: "object", additionalProperties: { type: "object", required: ["last", "streak"], additionalProperties: !1, properties: { last: { type: "object", required: ["runId", "runNumber", "runAttempt", "sha", "conclusion", "at"], additionalProperties: !1, properties: { runId: { type: "integer" }, runNumber: { type: "integer" }, runAttempt: { type: "integer", minimum: 1 }, sha: { type: "string", minLength: 1 }, conclusion: { enum: ["success", "failure", "timed_out", "startup_failure"] }, at: { type: "string", format: "date-time" }, url: { type: "string" }, author: { type: "string" } } }, boundary: { type: "object", required: ["runNumber", "runAttempt"], additionalProperties: !1, properties: { runNumber: { type: "integer" }, runAttempt: { type: "integer", minimum: 1 } } }, streak: { type: "array", items: { type: "object", required: ["runId", "runNumber", "runAttempt", "sha", "conclusion", "at"], additionalProperties: !1, properties: { runId: { type: "integer" }, runNumber: { type: "integer" }, runAttempt: { type: "integer", minimum: 1 }, sha: { type: "string", minLength: 1 }, conclusion: { enum: ["success", "failure", "timed_out", "startup_failure"] }, at: { type: "string", format: "date-time" }, url: { type: "string" }, author: { type: "string" } } } } } } } } }, freezes: { type: "array", items: { type: "object", required: ["id", "reason", "by", "since", "source"], additionalProperties: !1, properties: { id: { type: "string", minLength: 1 }, reason: { type: "string" }, by: { type: "string" }, since: { type: "string", format: "date-time" }, until: { type: "string", format: "date-time" }, source: { enum: ["manual", "schedule"] } } } }, leases: { type: "object", additionalProperties: { type: "object", required: ["owner", "acquiredAt", "expiresAt", "epoch"], additionalProperties: !1, properties: { owner: { type: "object", required: ["runId", "runAttempt"], additionalProperties: !1, properties: { runId: { type: "integer" }, runAttempt: { type: "integer", minimum: 1 }, workflow: { type: "string" }, actor: { type: "string" } } }, acquiredAt: { type: "string", format: "date-time" }, expiresAt: { type: "string", format: "date-time" }, epoch: { type: "integer", minimum: 0 }, ticket: { type: "string", minLength: 1 } } } }, leaseQueues: { type: "object", additionalProperties: { type: "object", required: ["waiting", "lastEpoch"], additionalProperties: !1, properties: { waiting: { type: "array", items: { type: "object", required: ["owner", "ticket", "enqueuedAt", "heartbeatAt"], additionalProperties: !1, properties: { owner: { type: "object", required: ["runId", "runAttempt"], additionalProperties: !1, properties: { runId: { type: "integer" }, runAttempt: { type: "integer", minimum: 1 }, workflow: { type: "string" }, actor: { type: "string" } } }, ticket: { type: "string", minLength: 1 }, enqueuedAt: { type: "string", format: "date-time" }, heartbeatAt: { type: "string", format: "date-time" } } } }, lastEpoch: { type: "integer", minimum: 0 } } } }, environments: { type: "object", additionalProperties: { type: "object", required: ["releaseId", "sha", "since", "verified"], additionalProperties: !1, properties: { releaseId: { type: "string", minLength: 1 }, sha: { type: "string", minLength: 1 }, version: { type: "string" }, since: { type: "string", format: "date-time" }, verified: { type: "boolean" }, deploymentId: { type: "integer" }, verifiedAt: { type: "string", format: "date-time" }, promotedBy: { type: "string" }, promotedFrom: { type: "string", minLength: 1 }, runUrl: { type: "string" }, previousReleaseId: { type: "string", minLength: 1 } } } }, releases: { type: "object", additionalProperties: { type: "object", required: ["name", "version", "sha", "digest", "createdAt"], additionalProperties: !1, properties: { name: { type: "string" }, version: { type: "string" }, sha: { type: "string", minLength: 1 }, digest: { type: "string", minLength: 1 }, createdAt: { type: "string", format: "date-time" }, manifest: {}, repository: { type: "string", minLength: 1 }, size: { type: "integer", minimum: 0 }, contentDigest: { type: "string", minLength: 1 }, storage: { type: "object", required: ["kind", "githubReleaseId", "manifest", "provenance"], additionalProperties: !1, properties: { kind: { enum: ["release-assets", "artifact"] }, githubReleaseId: { type: "integer" }, manifest: { type: "object", required: ["id", "name"], additionalProperties: !1, properties: { id: { type: "integer" }, name: { type: "string", minLength: 1 } } }, provenance: { type: "object", required: ["id", "name"], additionalProperties: !1, properties: { id: { type: "integer" }, name: { type: "string", minLength: 1 } } }, package: { type: "object", required: ["id", "name"], additionalProperties: !1, properties: { id: { type: "integer" }, name: { type: "string", minLength: 1 } } } } }, verified: { type: "object", additionalProperties: { type: "string", format: "date-time" } } } } } } }, formats0 = import_formats.fullFormats["date-time"], func2 = ucs2length, func8 = Object.prototype.hasOwnProperty;
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
      if (!(key0 === "schemaVersion" || key0 === "line" || key0 === "freezes" || key0 === "leases" || key0 === "leaseQueues" || key0 === "environments" || key0 === "releases")) {
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
          if (!(key1 === "state" || key1 === "since" || key1 === "firstBad" || key1 === "workflows")) {
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
              if (!(key2 === "sha" || key2 === "runId" || key2 === "runUrl" || key2 === "author" || key2 === "runNumber" || key2 === "workflow")) {
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
            if (data4.runNumber !== void 0) {
              let data9 = data4.runNumber;
              if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                let err21 = { instancePath: instancePath + "/line/firstBad/runNumber", schemaPath: "#/properties/line/properties/firstBad/properties/runNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
            if (data4.workflow !== void 0 && typeof data4.workflow != "string") {
              let err22 = { instancePath: instancePath + "/line/firstBad/workflow", schemaPath: "#/properties/line/properties/firstBad/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
            }
          } else {
            let err23 = { instancePath: instancePath + "/line/firstBad", schemaPath: "#/properties/line/properties/firstBad/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
        if (data1.workflows !== void 0) {
          let data11 = data1.workflows;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11))
            for (let key3 in data11) {
              let data12 = data11[key3];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.last === void 0) {
                  let err24 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/line/properties/workflows/additionalProperties/required", keyword: "required", params: { missingProperty: "last" }, message: "must have required property 'last'" };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
                if (data12.streak === void 0) {
                  let err25 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/line/properties/workflows/additionalProperties/required", keyword: "required", params: { missingProperty: "streak" }, message: "must have required property 'streak'" };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
                for (let key4 in data12)
                  if (!(key4 === "last" || key4 === "boundary" || key4 === "streak")) {
                    let err26 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/line/properties/workflows/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                  }
                if (data12.last !== void 0) {
                  let data13 = data12.last;
                  if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                    if (data13.runId === void 0) {
                      let err27 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'" };
                      vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                    }
                    if (data13.runNumber === void 0) {
                      let err28 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/required", keyword: "required", params: { missingProperty: "runNumber" }, message: "must have required property 'runNumber'" };
                      vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                    }
                    if (data13.runAttempt === void 0) {
                      let err29 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'" };
                      vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                    }
                    if (data13.sha === void 0) {
                      let err30 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
                      vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    }
                    if (data13.conclusion === void 0) {
                      let err31 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/required", keyword: "required", params: { missingProperty: "conclusion" }, message: "must have required property 'conclusion'" };
                      vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                    }
                    if (data13.at === void 0) {
                      let err32 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                    }
                    for (let key5 in data13)
                      if (!(key5 === "runId" || key5 === "runNumber" || key5 === "runAttempt" || key5 === "sha" || key5 === "conclusion" || key5 === "at" || key5 === "url" || key5 === "author")) {
                        let err33 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                      }
                    if (data13.runId !== void 0) {
                      let data14 = data13.runId;
                      if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
                        let err34 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/runId", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
                      }
                    }
                    if (data13.runNumber !== void 0) {
                      let data15 = data13.runNumber;
                      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
                        let err35 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/runNumber", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/runNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
                      }
                    }
                    if (data13.runAttempt !== void 0) {
                      let data16 = data13.runAttempt;
                      if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
                        let err36 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/runAttempt", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                      }
                      if (typeof data16 == "number" && isFinite(data16) && (data16 < 1 || isNaN(data16))) {
                        let err37 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/runAttempt", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                      }
                    }
                    if (data13.sha !== void 0) {
                      let data17 = data13.sha;
                      if (typeof data17 == "string") {
                        if (func2(data17) < 1) {
                          let err38 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/sha", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/sha/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                        }
                      } else {
                        let err39 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/sha", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                      }
                    }
                    if (data13.conclusion !== void 0) {
                      let data18 = data13.conclusion;
                      if (!(data18 === "success" || data18 === "failure" || data18 === "timed_out" || data18 === "startup_failure")) {
                        let err40 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/conclusion", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/conclusion/enum", keyword: "enum", params: { allowedValues: schema11.properties.line.properties.workflows.additionalProperties.properties.last.properties.conclusion.enum }, message: "must be equal to one of the allowed values" };
                        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                      }
                    }
                    if (data13.at !== void 0) {
                      let data19 = data13.at;
                      if (typeof data19 == "string") {
                        if (!formats0.validate(data19)) {
                          let err41 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/at", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                          vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                        }
                      } else {
                        let err42 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/at", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                      }
                    }
                    if (data13.url !== void 0 && typeof data13.url != "string") {
                      let err43 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/url", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                    if (data13.author !== void 0 && typeof data13.author != "string") {
                      let err44 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last/author", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                      vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                    }
                  } else {
                    let err45 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/last", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/last/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                  }
                }
                if (data12.boundary !== void 0) {
                  let data22 = data12.boundary;
                  if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                    if (data22.runNumber === void 0) {
                      let err46 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundary", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/boundary/required", keyword: "required", params: { missingProperty: "runNumber" }, message: "must have required property 'runNumber'" };
                      vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                    }
                    if (data22.runAttempt === void 0) {
                      let err47 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundary", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/boundary/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'" };
                      vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                    }
                    for (let key6 in data22)
                      if (!(key6 === "runNumber" || key6 === "runAttempt")) {
                        let err48 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundary", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/boundary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                      }
                    if (data22.runNumber !== void 0) {
                      let data23 = data22.runNumber;
                      if (!(typeof data23 == "number" && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
                        let err49 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundary/runNumber", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/boundary/properties/runNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                      }
                    }
                    if (data22.runAttempt !== void 0) {
                      let data24 = data22.runAttempt;
                      if (!(typeof data24 == "number" && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
                        let err50 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundary/runAttempt", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/boundary/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
                      }
                      if (typeof data24 == "number" && isFinite(data24) && (data24 < 1 || isNaN(data24))) {
                        let err51 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundary/runAttempt", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/boundary/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                        vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                      }
                    }
                  } else {
                    let err52 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/boundary", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/boundary/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                  }
                }
                if (data12.streak !== void 0) {
                  let data25 = data12.streak;
                  if (Array.isArray(data25)) {
                    let len0 = data25.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data26 = data25[i0];
                      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                        if (data26.runId === void 0) {
                          let err53 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0, schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'" };
                          vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                        }
                        if (data26.runNumber === void 0) {
                          let err54 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0, schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/required", keyword: "required", params: { missingProperty: "runNumber" }, message: "must have required property 'runNumber'" };
                          vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                        }
                        if (data26.runAttempt === void 0) {
                          let err55 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0, schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'" };
                          vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                        }
                        if (data26.sha === void 0) {
                          let err56 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0, schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
                          vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
                        }
                        if (data26.conclusion === void 0) {
                          let err57 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0, schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/required", keyword: "required", params: { missingProperty: "conclusion" }, message: "must have required property 'conclusion'" };
                          vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                        }
                        if (data26.at === void 0) {
                          let err58 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0, schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property 'at'" };
                          vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                        }
                        for (let key7 in data26)
                          if (!(key7 === "runId" || key7 === "runNumber" || key7 === "runAttempt" || key7 === "sha" || key7 === "conclusion" || key7 === "at" || key7 === "url" || key7 === "author")) {
                            let err59 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0, schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                            vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
                          }
                        if (data26.runId !== void 0) {
                          let data27 = data26.runId;
                          if (!(typeof data27 == "number" && !(data27 % 1) && !isNaN(data27) && isFinite(data27))) {
                            let err60 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/runId", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
                          }
                        }
                        if (data26.runNumber !== void 0) {
                          let data28 = data26.runNumber;
                          if (!(typeof data28 == "number" && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
                            let err61 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/runNumber", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/runNumber/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                          }
                        }
                        if (data26.runAttempt !== void 0) {
                          let data29 = data26.runAttempt;
                          if (!(typeof data29 == "number" && !(data29 % 1) && !isNaN(data29) && isFinite(data29))) {
                            let err62 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/runAttempt", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                          }
                          if (typeof data29 == "number" && isFinite(data29) && (data29 < 1 || isNaN(data29))) {
                            let err63 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/runAttempt", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
                          }
                        }
                        if (data26.sha !== void 0) {
                          let data30 = data26.sha;
                          if (typeof data30 == "string") {
                            if (func2(data30) < 1) {
                              let err64 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/sha", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/sha/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                            }
                          } else {
                            let err65 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/sha", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                          }
                        }
                        if (data26.conclusion !== void 0) {
                          let data31 = data26.conclusion;
                          if (!(data31 === "success" || data31 === "failure" || data31 === "timed_out" || data31 === "startup_failure")) {
                            let err66 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/conclusion", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/conclusion/enum", keyword: "enum", params: { allowedValues: schema11.properties.line.properties.workflows.additionalProperties.properties.streak.items.properties.conclusion.enum }, message: "must be equal to one of the allowed values" };
                            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                          }
                        }
                        if (data26.at !== void 0) {
                          let data32 = data26.at;
                          if (typeof data32 == "string") {
                            if (!formats0.validate(data32)) {
                              let err67 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/at", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/at/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                              vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                            }
                          } else {
                            let err68 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/at", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                          }
                        }
                        if (data26.url !== void 0 && typeof data26.url != "string") {
                          let err69 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/url", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
                        }
                        if (data26.author !== void 0 && typeof data26.author != "string") {
                          let err70 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0 + "/author", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/properties/author/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                        }
                      } else {
                        let err71 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak/" + i0, schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                      }
                    }
                  } else {
                    let err72 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/streak", schemaPath: "#/properties/line/properties/workflows/additionalProperties/properties/streak/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                  }
                }
              } else {
                let err73 = { instancePath: instancePath + "/line/workflows/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/line/properties/workflows/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
              }
            }
          else {
            let err74 = { instancePath: instancePath + "/line/workflows", schemaPath: "#/properties/line/properties/workflows/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
          }
        }
      } else {
        let err75 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
      }
    }
    if (data.freezes !== void 0) {
      let data35 = data.freezes;
      if (Array.isArray(data35)) {
        let len1 = data35.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data36 = data35[i1];
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            if (data36.id === void 0) {
              let err76 = { instancePath: instancePath + "/freezes/" + i1, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
              vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
            }
            if (data36.reason === void 0) {
              let err77 = { instancePath: instancePath + "/freezes/" + i1, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
              vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
            }
            if (data36.by === void 0) {
              let err78 = { instancePath: instancePath + "/freezes/" + i1, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
              vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
            }
            if (data36.since === void 0) {
              let err79 = { instancePath: instancePath + "/freezes/" + i1, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'" };
              vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
            }
            if (data36.source === void 0) {
              let err80 = { instancePath: instancePath + "/freezes/" + i1, schemaPath: "#/properties/freezes/items/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
              vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
            }
            for (let key8 in data36)
              if (!(key8 === "id" || key8 === "reason" || key8 === "by" || key8 === "since" || key8 === "until" || key8 === "source")) {
                let err81 = { instancePath: instancePath + "/freezes/" + i1, schemaPath: "#/properties/freezes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            if (data36.id !== void 0) {
              let data37 = data36.id;
              if (typeof data37 == "string") {
                if (func2(data37) < 1) {
                  let err82 = { instancePath: instancePath + "/freezes/" + i1 + "/id", schemaPath: "#/properties/freezes/items/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                }
              } else {
                let err83 = { instancePath: instancePath + "/freezes/" + i1 + "/id", schemaPath: "#/properties/freezes/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
            if (data36.reason !== void 0 && typeof data36.reason != "string") {
              let err84 = { instancePath: instancePath + "/freezes/" + i1 + "/reason", schemaPath: "#/properties/freezes/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
            }
            if (data36.by !== void 0 && typeof data36.by != "string") {
              let err85 = { instancePath: instancePath + "/freezes/" + i1 + "/by", schemaPath: "#/properties/freezes/items/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
            }
            if (data36.since !== void 0) {
              let data40 = data36.since;
              if (typeof data40 == "string") {
                if (!formats0.validate(data40)) {
                  let err86 = { instancePath: instancePath + "/freezes/" + i1 + "/since", schemaPath: "#/properties/freezes/items/properties/since/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
                }
              } else {
                let err87 = { instancePath: instancePath + "/freezes/" + i1 + "/since", schemaPath: "#/properties/freezes/items/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
              }
            }
            if (data36.until !== void 0) {
              let data41 = data36.until;
              if (typeof data41 == "string") {
                if (!formats0.validate(data41)) {
                  let err88 = { instancePath: instancePath + "/freezes/" + i1 + "/until", schemaPath: "#/properties/freezes/items/properties/until/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
                }
              } else {
                let err89 = { instancePath: instancePath + "/freezes/" + i1 + "/until", schemaPath: "#/properties/freezes/items/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
              }
            }
            if (data36.source !== void 0) {
              let data42 = data36.source;
              if (!(data42 === "manual" || data42 === "schedule")) {
                let err90 = { instancePath: instancePath + "/freezes/" + i1 + "/source", schemaPath: "#/properties/freezes/items/properties/source/enum", keyword: "enum", params: { allowedValues: schema11.properties.freezes.items.properties.source.enum }, message: "must be equal to one of the allowed values" };
                vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
              }
            }
          } else {
            let err91 = { instancePath: instancePath + "/freezes/" + i1, schemaPath: "#/properties/freezes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
          }
        }
      } else {
        let err92 = { instancePath: instancePath + "/freezes", schemaPath: "#/properties/freezes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
      }
    }
    if (data.leases !== void 0) {
      let data43 = data.leases;
      if (data43 && typeof data43 == "object" && !Array.isArray(data43))
        for (let key9 in data43) {
          let data44 = data43[key9];
          if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
            if (data44.owner === void 0) {
              let err93 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
              vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
            }
            if (data44.acquiredAt === void 0) {
              let err94 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/required", keyword: "required", params: { missingProperty: "acquiredAt" }, message: "must have required property 'acquiredAt'" };
              vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
            }
            if (data44.expiresAt === void 0) {
              let err95 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/required", keyword: "required", params: { missingProperty: "expiresAt" }, message: "must have required property 'expiresAt'" };
              vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
            }
            if (data44.epoch === void 0) {
              let err96 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/required", keyword: "required", params: { missingProperty: "epoch" }, message: "must have required property 'epoch'" };
              vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
            }
            for (let key10 in data44)
              if (!(key10 === "owner" || key10 === "acquiredAt" || key10 === "expiresAt" || key10 === "epoch" || key10 === "ticket")) {
                let err97 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
              }
            if (data44.owner !== void 0) {
              let data45 = data44.owner;
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                if (data45.runId === void 0) {
                  let err98 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/leases/additionalProperties/properties/owner/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'" };
                  vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                }
                if (data45.runAttempt === void 0) {
                  let err99 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/leases/additionalProperties/properties/owner/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'" };
                  vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                }
                for (let key11 in data45)
                  if (!(key11 === "runId" || key11 === "runAttempt" || key11 === "workflow" || key11 === "actor")) {
                    let err100 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/leases/additionalProperties/properties/owner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
                  }
                if (data45.runId !== void 0) {
                  let data46 = data45.runId;
                  if (!(typeof data46 == "number" && !(data46 % 1) && !isNaN(data46) && isFinite(data46))) {
                    let err101 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/runId", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
                  }
                }
                if (data45.runAttempt !== void 0) {
                  let data47 = data45.runAttempt;
                  if (!(typeof data47 == "number" && !(data47 % 1) && !isNaN(data47) && isFinite(data47))) {
                    let err102 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/runAttempt", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
                  }
                  if (typeof data47 == "number" && isFinite(data47) && (data47 < 1 || isNaN(data47))) {
                    let err103 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/runAttempt", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
                  }
                }
                if (data45.workflow !== void 0 && typeof data45.workflow != "string") {
                  let err104 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/workflow", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
                }
                if (data45.actor !== void 0 && typeof data45.actor != "string") {
                  let err105 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner/actor", schemaPath: "#/properties/leases/additionalProperties/properties/owner/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
                }
              } else {
                let err106 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/owner", schemaPath: "#/properties/leases/additionalProperties/properties/owner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
              }
            }
            if (data44.acquiredAt !== void 0) {
              let data50 = data44.acquiredAt;
              if (typeof data50 == "string") {
                if (!formats0.validate(data50)) {
                  let err107 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/acquiredAt", schemaPath: "#/properties/leases/additionalProperties/properties/acquiredAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                }
              } else {
                let err108 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/acquiredAt", schemaPath: "#/properties/leases/additionalProperties/properties/acquiredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
              }
            }
            if (data44.expiresAt !== void 0) {
              let data51 = data44.expiresAt;
              if (typeof data51 == "string") {
                if (!formats0.validate(data51)) {
                  let err109 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/expiresAt", schemaPath: "#/properties/leases/additionalProperties/properties/expiresAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
                }
              } else {
                let err110 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/expiresAt", schemaPath: "#/properties/leases/additionalProperties/properties/expiresAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
            }
            if (data44.epoch !== void 0) {
              let data52 = data44.epoch;
              if (!(typeof data52 == "number" && !(data52 % 1) && !isNaN(data52) && isFinite(data52))) {
                let err111 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/epoch", schemaPath: "#/properties/leases/additionalProperties/properties/epoch/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
              }
              if (typeof data52 == "number" && isFinite(data52) && (data52 < 0 || isNaN(data52))) {
                let err112 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/epoch", schemaPath: "#/properties/leases/additionalProperties/properties/epoch/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
              }
            }
            if (data44.ticket !== void 0) {
              let data53 = data44.ticket;
              if (typeof data53 == "string") {
                if (func2(data53) < 1) {
                  let err113 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/leases/additionalProperties/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                }
              } else {
                let err114 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ticket", schemaPath: "#/properties/leases/additionalProperties/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
              }
            }
          } else {
            let err115 = { instancePath: instancePath + "/leases/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leases/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
          }
        }
      else {
        let err116 = { instancePath: instancePath + "/leases", schemaPath: "#/properties/leases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
      }
    }
    if (data.leaseQueues !== void 0) {
      let data54 = data.leaseQueues;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54))
        for (let key12 in data54) {
          let data55 = data54[key12];
          if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
            if (data55.waiting === void 0) {
              let err117 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leaseQueues/additionalProperties/required", keyword: "required", params: { missingProperty: "waiting" }, message: "must have required property 'waiting'" };
              vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
            }
            if (data55.lastEpoch === void 0) {
              let err118 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leaseQueues/additionalProperties/required", keyword: "required", params: { missingProperty: "lastEpoch" }, message: "must have required property 'lastEpoch'" };
              vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
            }
            for (let key13 in data55)
              if (!(key13 === "waiting" || key13 === "lastEpoch")) {
                let err119 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leaseQueues/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
              }
            if (data55.waiting !== void 0) {
              let data56 = data55.waiting;
              if (Array.isArray(data56)) {
                let len2 = data56.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data57 = data56[i2];
                  if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                    if (data57.owner === void 0) {
                      let err120 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2, schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'" };
                      vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
                    }
                    if (data57.ticket === void 0) {
                      let err121 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2, schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/required", keyword: "required", params: { missingProperty: "ticket" }, message: "must have required property 'ticket'" };
                      vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
                    }
                    if (data57.enqueuedAt === void 0) {
                      let err122 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2, schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/required", keyword: "required", params: { missingProperty: "enqueuedAt" }, message: "must have required property 'enqueuedAt'" };
                      vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
                    }
                    if (data57.heartbeatAt === void 0) {
                      let err123 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2, schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/required", keyword: "required", params: { missingProperty: "heartbeatAt" }, message: "must have required property 'heartbeatAt'" };
                      vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
                    }
                    for (let key14 in data57)
                      if (!(key14 === "owner" || key14 === "ticket" || key14 === "enqueuedAt" || key14 === "heartbeatAt")) {
                        let err124 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2, schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
                      }
                    if (data57.owner !== void 0) {
                      let data58 = data57.owner;
                      if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                        if (data58.runId === void 0) {
                          let err125 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property 'runId'" };
                          vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
                        }
                        if (data58.runAttempt === void 0) {
                          let err126 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/required", keyword: "required", params: { missingProperty: "runAttempt" }, message: "must have required property 'runAttempt'" };
                          vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
                        }
                        for (let key15 in data58)
                          if (!(key15 === "runId" || key15 === "runAttempt" || key15 === "workflow" || key15 === "actor")) {
                            let err127 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                            vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
                          }
                        if (data58.runId !== void 0) {
                          let data59 = data58.runId;
                          if (!(typeof data59 == "number" && !(data59 % 1) && !isNaN(data59) && isFinite(data59))) {
                            let err128 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner/runId", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/properties/runId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
                          }
                        }
                        if (data58.runAttempt !== void 0) {
                          let data60 = data58.runAttempt;
                          if (!(typeof data60 == "number" && !(data60 % 1) && !isNaN(data60) && isFinite(data60))) {
                            let err129 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner/runAttempt", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/properties/runAttempt/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
                          }
                          if (typeof data60 == "number" && isFinite(data60) && (data60 < 1 || isNaN(data60))) {
                            let err130 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner/runAttempt", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/properties/runAttempt/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
                          }
                        }
                        if (data58.workflow !== void 0 && typeof data58.workflow != "string") {
                          let err131 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner/workflow", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/properties/workflow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
                        }
                        if (data58.actor !== void 0 && typeof data58.actor != "string") {
                          let err132 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner/actor", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/properties/actor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                          vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
                        }
                      } else {
                        let err133 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/owner", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/owner/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
                      }
                    }
                    if (data57.ticket !== void 0) {
                      let data63 = data57.ticket;
                      if (typeof data63 == "string") {
                        if (func2(data63) < 1) {
                          let err134 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/ticket", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/ticket/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
                        }
                      } else {
                        let err135 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/ticket", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
                      }
                    }
                    if (data57.enqueuedAt !== void 0) {
                      let data64 = data57.enqueuedAt;
                      if (typeof data64 == "string") {
                        if (!formats0.validate(data64)) {
                          let err136 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/enqueuedAt", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/enqueuedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                          vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
                        }
                      } else {
                        let err137 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/enqueuedAt", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/enqueuedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
                      }
                    }
                    if (data57.heartbeatAt !== void 0) {
                      let data65 = data57.heartbeatAt;
                      if (typeof data65 == "string") {
                        if (!formats0.validate(data65)) {
                          let err138 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/heartbeatAt", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/heartbeatAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                          vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
                        }
                      } else {
                        let err139 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2 + "/heartbeatAt", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/properties/heartbeatAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
                      }
                    }
                  } else {
                    let err140 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting/" + i2, schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
                  }
                }
              } else {
                let err141 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/waiting", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/waiting/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
              }
            }
            if (data55.lastEpoch !== void 0) {
              let data66 = data55.lastEpoch;
              if (!(typeof data66 == "number" && !(data66 % 1) && !isNaN(data66) && isFinite(data66))) {
                let err142 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/lastEpoch", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/lastEpoch/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
              }
              if (typeof data66 == "number" && isFinite(data66) && (data66 < 0 || isNaN(data66))) {
                let err143 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1") + "/lastEpoch", schemaPath: "#/properties/leaseQueues/additionalProperties/properties/lastEpoch/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
              }
            }
          } else {
            let err144 = { instancePath: instancePath + "/leaseQueues/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/leaseQueues/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
          }
        }
      else {
        let err145 = { instancePath: instancePath + "/leaseQueues", schemaPath: "#/properties/leaseQueues/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
      }
    }
    if (data.environments !== void 0) {
      let data67 = data.environments;
      if (data67 && typeof data67 == "object" && !Array.isArray(data67))
        for (let key16 in data67) {
          let data68 = data67[key16];
          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
            if (data68.releaseId === void 0) {
              let err146 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "releaseId" }, message: "must have required property 'releaseId'" };
              vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
            }
            if (data68.sha === void 0) {
              let err147 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
              vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
            }
            if (data68.since === void 0) {
              let err148 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "since" }, message: "must have required property 'since'" };
              vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
            }
            if (data68.verified === void 0) {
              let err149 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/required", keyword: "required", params: { missingProperty: "verified" }, message: "must have required property 'verified'" };
              vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
            }
            for (let key17 in data68)
              if (!func8.call(schema11.properties.environments.additionalProperties.properties, key17)) {
                let err150 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
              }
            if (data68.releaseId !== void 0) {
              let data69 = data68.releaseId;
              if (typeof data69 == "string") {
                if (func2(data69) < 1) {
                  let err151 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/releaseId", schemaPath: "#/properties/environments/additionalProperties/properties/releaseId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
                }
              } else {
                let err152 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/releaseId", schemaPath: "#/properties/environments/additionalProperties/properties/releaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
              }
            }
            if (data68.sha !== void 0) {
              let data70 = data68.sha;
              if (typeof data70 == "string") {
                if (func2(data70) < 1) {
                  let err153 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/environments/additionalProperties/properties/sha/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
                }
              } else {
                let err154 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/environments/additionalProperties/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
              }
            }
            if (data68.version !== void 0 && typeof data68.version != "string") {
              let err155 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/properties/environments/additionalProperties/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
            }
            if (data68.since !== void 0) {
              let data72 = data68.since;
              if (typeof data72 == "string") {
                if (!formats0.validate(data72)) {
                  let err156 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/since", schemaPath: "#/properties/environments/additionalProperties/properties/since/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
                }
              } else {
                let err157 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/since", schemaPath: "#/properties/environments/additionalProperties/properties/since/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
              }
            }
            if (data68.verified !== void 0 && typeof data68.verified != "boolean") {
              let err158 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/verified", schemaPath: "#/properties/environments/additionalProperties/properties/verified/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
              vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
            }
            if (data68.deploymentId !== void 0) {
              let data74 = data68.deploymentId;
              if (!(typeof data74 == "number" && !(data74 % 1) && !isNaN(data74) && isFinite(data74))) {
                let err159 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/deploymentId", schemaPath: "#/properties/environments/additionalProperties/properties/deploymentId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
              }
            }
            if (data68.verifiedAt !== void 0) {
              let data75 = data68.verifiedAt;
              if (typeof data75 == "string") {
                if (!formats0.validate(data75)) {
                  let err160 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/verifiedAt", schemaPath: "#/properties/environments/additionalProperties/properties/verifiedAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
                }
              } else {
                let err161 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/verifiedAt", schemaPath: "#/properties/environments/additionalProperties/properties/verifiedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
              }
            }
            if (data68.promotedBy !== void 0 && typeof data68.promotedBy != "string") {
              let err162 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/promotedBy", schemaPath: "#/properties/environments/additionalProperties/properties/promotedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
            }
            if (data68.promotedFrom !== void 0) {
              let data77 = data68.promotedFrom;
              if (typeof data77 == "string") {
                if (func2(data77) < 1) {
                  let err163 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/promotedFrom", schemaPath: "#/properties/environments/additionalProperties/properties/promotedFrom/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err163] : vErrors.push(err163), errors++;
                }
              } else {
                let err164 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/promotedFrom", schemaPath: "#/properties/environments/additionalProperties/properties/promotedFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err164] : vErrors.push(err164), errors++;
              }
            }
            if (data68.runUrl !== void 0 && typeof data68.runUrl != "string") {
              let err165 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/runUrl", schemaPath: "#/properties/environments/additionalProperties/properties/runUrl/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err165] : vErrors.push(err165), errors++;
            }
            if (data68.previousReleaseId !== void 0) {
              let data79 = data68.previousReleaseId;
              if (typeof data79 == "string") {
                if (func2(data79) < 1) {
                  let err166 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/previousReleaseId", schemaPath: "#/properties/environments/additionalProperties/properties/previousReleaseId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err166] : vErrors.push(err166), errors++;
                }
              } else {
                let err167 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1") + "/previousReleaseId", schemaPath: "#/properties/environments/additionalProperties/properties/previousReleaseId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err167] : vErrors.push(err167), errors++;
              }
            }
          } else {
            let err168 = { instancePath: instancePath + "/environments/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err168] : vErrors.push(err168), errors++;
          }
        }
      else {
        let err169 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err169] : vErrors.push(err169), errors++;
      }
    }
    if (data.releases !== void 0) {
      let data80 = data.releases;
      if (data80 && typeof data80 == "object" && !Array.isArray(data80))
        for (let key18 in data80) {
          let data81 = data80[key18];
          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
            if (data81.name === void 0) {
              let err170 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              vErrors === null ? vErrors = [err170] : vErrors.push(err170), errors++;
            }
            if (data81.version === void 0) {
              let err171 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
              vErrors === null ? vErrors = [err171] : vErrors.push(err171), errors++;
            }
            if (data81.sha === void 0) {
              let err172 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
              vErrors === null ? vErrors = [err172] : vErrors.push(err172), errors++;
            }
            if (data81.digest === void 0) {
              let err173 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "digest" }, message: "must have required property 'digest'" };
              vErrors === null ? vErrors = [err173] : vErrors.push(err173), errors++;
            }
            if (data81.createdAt === void 0) {
              let err174 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property 'createdAt'" };
              vErrors === null ? vErrors = [err174] : vErrors.push(err174), errors++;
            }
            for (let key19 in data81)
              if (!func8.call(schema11.properties.releases.additionalProperties.properties, key19)) {
                let err175 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                vErrors === null ? vErrors = [err175] : vErrors.push(err175), errors++;
              }
            if (data81.name !== void 0 && typeof data81.name != "string") {
              let err176 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/name", schemaPath: "#/properties/releases/additionalProperties/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err176] : vErrors.push(err176), errors++;
            }
            if (data81.version !== void 0 && typeof data81.version != "string") {
              let err177 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/properties/releases/additionalProperties/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              vErrors === null ? vErrors = [err177] : vErrors.push(err177), errors++;
            }
            if (data81.sha !== void 0) {
              let data84 = data81.sha;
              if (typeof data84 == "string") {
                if (func2(data84) < 1) {
                  let err178 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/releases/additionalProperties/properties/sha/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err178] : vErrors.push(err178), errors++;
                }
              } else {
                let err179 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/releases/additionalProperties/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err179] : vErrors.push(err179), errors++;
              }
            }
            if (data81.digest !== void 0) {
              let data85 = data81.digest;
              if (typeof data85 == "string") {
                if (func2(data85) < 1) {
                  let err180 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/digest", schemaPath: "#/properties/releases/additionalProperties/properties/digest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err180] : vErrors.push(err180), errors++;
                }
              } else {
                let err181 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/digest", schemaPath: "#/properties/releases/additionalProperties/properties/digest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err181] : vErrors.push(err181), errors++;
              }
            }
            if (data81.createdAt !== void 0) {
              let data86 = data81.createdAt;
              if (typeof data86 == "string") {
                if (!formats0.validate(data86)) {
                  let err182 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/createdAt", schemaPath: "#/properties/releases/additionalProperties/properties/createdAt/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                  vErrors === null ? vErrors = [err182] : vErrors.push(err182), errors++;
                }
              } else {
                let err183 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/createdAt", schemaPath: "#/properties/releases/additionalProperties/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err183] : vErrors.push(err183), errors++;
              }
            }
            if (data81.repository !== void 0) {
              let data87 = data81.repository;
              if (typeof data87 == "string") {
                if (func2(data87) < 1) {
                  let err184 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/releases/additionalProperties/properties/repository/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err184] : vErrors.push(err184), errors++;
                }
              } else {
                let err185 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/repository", schemaPath: "#/properties/releases/additionalProperties/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err185] : vErrors.push(err185), errors++;
              }
            }
            if (data81.size !== void 0) {
              let data88 = data81.size;
              if (!(typeof data88 == "number" && !(data88 % 1) && !isNaN(data88) && isFinite(data88))) {
                let err186 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/size", schemaPath: "#/properties/releases/additionalProperties/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                vErrors === null ? vErrors = [err186] : vErrors.push(err186), errors++;
              }
              if (typeof data88 == "number" && isFinite(data88) && (data88 < 0 || isNaN(data88))) {
                let err187 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/size", schemaPath: "#/properties/releases/additionalProperties/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                vErrors === null ? vErrors = [err187] : vErrors.push(err187), errors++;
              }
            }
            if (data81.contentDigest !== void 0) {
              let data89 = data81.contentDigest;
              if (typeof data89 == "string") {
                if (func2(data89) < 1) {
                  let err188 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/contentDigest", schemaPath: "#/properties/releases/additionalProperties/properties/contentDigest/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  vErrors === null ? vErrors = [err188] : vErrors.push(err188), errors++;
                }
              } else {
                let err189 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/contentDigest", schemaPath: "#/properties/releases/additionalProperties/properties/contentDigest/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                vErrors === null ? vErrors = [err189] : vErrors.push(err189), errors++;
              }
            }
            if (data81.storage !== void 0) {
              let data90 = data81.storage;
              if (data90 && typeof data90 == "object" && !Array.isArray(data90)) {
                if (data90.kind === void 0) {
                  let err190 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage", schemaPath: "#/properties/releases/additionalProperties/properties/storage/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'" };
                  vErrors === null ? vErrors = [err190] : vErrors.push(err190), errors++;
                }
                if (data90.githubReleaseId === void 0) {
                  let err191 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage", schemaPath: "#/properties/releases/additionalProperties/properties/storage/required", keyword: "required", params: { missingProperty: "githubReleaseId" }, message: "must have required property 'githubReleaseId'" };
                  vErrors === null ? vErrors = [err191] : vErrors.push(err191), errors++;
                }
                if (data90.manifest === void 0) {
                  let err192 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage", schemaPath: "#/properties/releases/additionalProperties/properties/storage/required", keyword: "required", params: { missingProperty: "manifest" }, message: "must have required property 'manifest'" };
                  vErrors === null ? vErrors = [err192] : vErrors.push(err192), errors++;
                }
                if (data90.provenance === void 0) {
                  let err193 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage", schemaPath: "#/properties/releases/additionalProperties/properties/storage/required", keyword: "required", params: { missingProperty: "provenance" }, message: "must have required property 'provenance'" };
                  vErrors === null ? vErrors = [err193] : vErrors.push(err193), errors++;
                }
                for (let key20 in data90)
                  if (!(key20 === "kind" || key20 === "githubReleaseId" || key20 === "manifest" || key20 === "provenance" || key20 === "package")) {
                    let err194 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage", schemaPath: "#/properties/releases/additionalProperties/properties/storage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
                    vErrors === null ? vErrors = [err194] : vErrors.push(err194), errors++;
                  }
                if (data90.kind !== void 0) {
                  let data91 = data90.kind;
                  if (!(data91 === "release-assets" || data91 === "artifact")) {
                    let err195 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/kind", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.releases.additionalProperties.properties.storage.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                    vErrors === null ? vErrors = [err195] : vErrors.push(err195), errors++;
                  }
                }
                if (data90.githubReleaseId !== void 0) {
                  let data92 = data90.githubReleaseId;
                  if (!(typeof data92 == "number" && !(data92 % 1) && !isNaN(data92) && isFinite(data92))) {
                    let err196 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/githubReleaseId", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/githubReleaseId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    vErrors === null ? vErrors = [err196] : vErrors.push(err196), errors++;
                  }
                }
                if (data90.manifest !== void 0) {
                  let data93 = data90.manifest;
                  if (data93 && typeof data93 == "object" && !Array.isArray(data93)) {
                    if (data93.id === void 0) {
                      let err197 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/manifest", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/manifest/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                      vErrors === null ? vErrors = [err197] : vErrors.push(err197), errors++;
                    }
                    if (data93.name === void 0) {
                      let err198 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/manifest", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/manifest/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      vErrors === null ? vErrors = [err198] : vErrors.push(err198), errors++;
                    }
                    for (let key21 in data93)
                      if (!(key21 === "id" || key21 === "name")) {
                        let err199 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/manifest", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/manifest/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err199] : vErrors.push(err199), errors++;
                      }
                    if (data93.id !== void 0) {
                      let data94 = data93.id;
                      if (!(typeof data94 == "number" && !(data94 % 1) && !isNaN(data94) && isFinite(data94))) {
                        let err200 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/manifest/id", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/manifest/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        vErrors === null ? vErrors = [err200] : vErrors.push(err200), errors++;
                      }
                    }
                    if (data93.name !== void 0) {
                      let data95 = data93.name;
                      if (typeof data95 == "string") {
                        if (func2(data95) < 1) {
                          let err201 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/manifest/name", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/manifest/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          vErrors === null ? vErrors = [err201] : vErrors.push(err201), errors++;
                        }
                      } else {
                        let err202 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/manifest/name", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/manifest/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err202] : vErrors.push(err202), errors++;
                      }
                    }
                  } else {
                    let err203 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/manifest", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/manifest/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err203] : vErrors.push(err203), errors++;
                  }
                }
                if (data90.provenance !== void 0) {
                  let data96 = data90.provenance;
                  if (data96 && typeof data96 == "object" && !Array.isArray(data96)) {
                    if (data96.id === void 0) {
                      let err204 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/provenance", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/provenance/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                      vErrors === null ? vErrors = [err204] : vErrors.push(err204), errors++;
                    }
                    if (data96.name === void 0) {
                      let err205 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/provenance", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/provenance/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      vErrors === null ? vErrors = [err205] : vErrors.push(err205), errors++;
                    }
                    for (let key22 in data96)
                      if (!(key22 === "id" || key22 === "name")) {
                        let err206 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/provenance", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/provenance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err206] : vErrors.push(err206), errors++;
                      }
                    if (data96.id !== void 0) {
                      let data97 = data96.id;
                      if (!(typeof data97 == "number" && !(data97 % 1) && !isNaN(data97) && isFinite(data97))) {
                        let err207 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/provenance/id", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/provenance/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        vErrors === null ? vErrors = [err207] : vErrors.push(err207), errors++;
                      }
                    }
                    if (data96.name !== void 0) {
                      let data98 = data96.name;
                      if (typeof data98 == "string") {
                        if (func2(data98) < 1) {
                          let err208 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/provenance/name", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/provenance/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          vErrors === null ? vErrors = [err208] : vErrors.push(err208), errors++;
                        }
                      } else {
                        let err209 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/provenance/name", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/provenance/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err209] : vErrors.push(err209), errors++;
                      }
                    }
                  } else {
                    let err210 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/provenance", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/provenance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err210] : vErrors.push(err210), errors++;
                  }
                }
                if (data90.package !== void 0) {
                  let data99 = data90.package;
                  if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                    if (data99.id === void 0) {
                      let err211 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/package", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/package/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
                      vErrors === null ? vErrors = [err211] : vErrors.push(err211), errors++;
                    }
                    if (data99.name === void 0) {
                      let err212 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/package", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/package/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                      vErrors === null ? vErrors = [err212] : vErrors.push(err212), errors++;
                    }
                    for (let key23 in data99)
                      if (!(key23 === "id" || key23 === "name")) {
                        let err213 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/package", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/package/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                        vErrors === null ? vErrors = [err213] : vErrors.push(err213), errors++;
                      }
                    if (data99.id !== void 0) {
                      let data100 = data99.id;
                      if (!(typeof data100 == "number" && !(data100 % 1) && !isNaN(data100) && isFinite(data100))) {
                        let err214 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/package/id", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/package/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        vErrors === null ? vErrors = [err214] : vErrors.push(err214), errors++;
                      }
                    }
                    if (data99.name !== void 0) {
                      let data101 = data99.name;
                      if (typeof data101 == "string") {
                        if (func2(data101) < 1) {
                          let err215 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/package/name", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/package/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                          vErrors === null ? vErrors = [err215] : vErrors.push(err215), errors++;
                        }
                      } else {
                        let err216 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/package/name", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/package/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        vErrors === null ? vErrors = [err216] : vErrors.push(err216), errors++;
                      }
                    }
                  } else {
                    let err217 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage/package", schemaPath: "#/properties/releases/additionalProperties/properties/storage/properties/package/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    vErrors === null ? vErrors = [err217] : vErrors.push(err217), errors++;
                  }
                }
              } else {
                let err218 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/storage", schemaPath: "#/properties/releases/additionalProperties/properties/storage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err218] : vErrors.push(err218), errors++;
              }
            }
            if (data81.verified !== void 0) {
              let data102 = data81.verified;
              if (data102 && typeof data102 == "object" && !Array.isArray(data102))
                for (let key24 in data102) {
                  let data103 = data102[key24];
                  if (typeof data103 == "string") {
                    if (!formats0.validate(data103)) {
                      let err219 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/verified/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/properties/verified/additionalProperties/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"' };
                      vErrors === null ? vErrors = [err219] : vErrors.push(err219), errors++;
                    }
                  } else {
                    let err220 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/verified/" + key24.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/properties/verified/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    vErrors === null ? vErrors = [err220] : vErrors.push(err220), errors++;
                  }
                }
              else {
                let err221 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1") + "/verified", schemaPath: "#/properties/releases/additionalProperties/properties/verified/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                vErrors === null ? vErrors = [err221] : vErrors.push(err221), errors++;
              }
            }
          } else {
            let err222 = { instancePath: instancePath + "/releases/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/releases/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            vErrors === null ? vErrors = [err222] : vErrors.push(err222), errors++;
          }
        }
      else {
        let err223 = { instancePath: instancePath + "/releases", schemaPath: "#/properties/releases/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        vErrors === null ? vErrors = [err223] : vErrors.push(err223), errors++;
      }
    }
  } else {
    let err224 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    vErrors === null ? vErrors = [err224] : vErrors.push(err224), errors++;
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

// src/runtime/canonical-json.ts
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
function canonicalJson(value) {
  return JSON.stringify(sortKeys(value), (_key, child) => {
    if (typeof child == "number" && (!Number.isFinite(child) || Number.isInteger(child) && !Number.isSafeInteger(child)))
      throw new TypeError(`canonical JSON cannot carry the number ${child} exactly`);
    return child;
  });
}

// src/state/serialize-state.ts
function serializeState(state) {
  return `${JSON.stringify(sortKeys(state), null, 2)}
`;
}
function sameState(a, b) {
  return serializeState(a) === serializeState(b);
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
async function readHead(client, at) {
  try {
    let { data } = await client.rest.git.getRef({ owner: at.owner, repo: at.repo, ref: shortRef(at.ref) });
    return data.object.sha;
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
  try {
    await client.rest.repos.get({ owner: at.owner, repo: at.repo });
  } catch (error) {
    throw httpStatus(error) === 404 ? repositoryNotFound(at, error) : error;
  }
  return null;
}
async function readStateText(client, at, commitSha) {
  let found = await readPathAt(client, { owner: at.owner, repo: at.repo, ref: commitSha, path: STATE_FILE });
  if (found?.kind === "too-large")
    throw new Error(
      `ledger state.json at ${at.ref} (${commitSha.slice(0, 7)}) in ${at.owner}/${at.repo} is larger than GitHub's API serves (100 MB); revert the ledger commit that made it so large`
    );
  return found?.kind === "file" ? found.bytes.toString("utf8") : null;
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
    let code = httpStatus(error);
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
var DEFAULT_LEDGER_REF = "refs/stopline/ledger", sleepFor = (ms) => new Promise((resolve) => setTimeout(resolve, ms)), Ledger = class {
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
   *
   * `from`: a snapshot the caller has just read, used for the first attempt instead of reading the
   * head again (two requests saved). A stale one costs nothing in safety: the ref moves only if it
   * is still at `from.head`, otherwise the change is re-applied on a fresh read.
   */
  async update(message, change, options = {}) {
    let written = null;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      let snapshot = attempt === 1 && options.from ? options.from : await this.read();
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
  parseState,
  canonicalJson,
  sameState,
  readHead,
  readStateText,
  listHistory,
  DEFAULT_LEDGER_REF,
  Ledger
};

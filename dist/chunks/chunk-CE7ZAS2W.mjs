import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  findJsonSyntaxError
} from "./chunk-ZT56QPP4.mjs";
import {
  ConfigurationError
} from "./chunk-W2U6OBLC.mjs";

// src/gate/ingest/normalize-worker.ts
import { Worker, parentPort } from "node:worker_threads";

// src/gate/finding.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"], CATEGORIES = ["sast", "sca", "dast", "secrets", "iac"];
function compareSeverity(a, b) {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}
function isAtLeast(severity, atLeast) {
  return compareSeverity(severity, atLeast) >= 0;
}
function fileLocation(path2, startLine, endLine, startColumn) {
  return { kind: "file", path: path2, startLine, endLine, startColumn };
}
var SCORES = /* @__PURE__ */ new Map(), MAX_SHARED_SCORES = 1e4;
function sharedScore(score) {
  if (score === void 0) return;
  let shared = SCORES.get(score);
  return shared !== void 0 ? shared : (SCORES.size < MAX_SHARED_SCORES && SCORES.set(score, score), score);
}
function runKey(file, runIndex) {
  return `${file}\0${runIndex}`;
}
var PerRun = class {
  values = /* @__PURE__ */ new Map();
  last;
  set(file, runIndex, value) {
    this.values.set(runKey(file, runIndex), value), this.last = void 0;
  }
  get(file, runIndex) {
    return (this.last?.file !== file || this.last.runIndex !== runIndex) && (this.last = { file, runIndex, value: this.values.get(runKey(file, runIndex)) }), this.last.value;
  }
};

// src/gate/normalize/run-texts.ts
var MESSAGES_PER_PAGE = 512, COPY_PAGE_BYTES = 64 * 1024;
function encodeMessages(messages) {
  let lengths = new Int32Array(messages.length);
  if (messages.every((message) => message.isWellFormed())) {
    let joined = messages.join(""), page2 = Buffer.allocUnsafeSlow(Buffer.byteLength(joined, "utf8"));
    page2.write(joined, 0, "utf8");
    let ascii = page2.length === joined.length;
    for (let i = 0; i < messages.length; i += 1) lengths[i] = ascii ? messages[i].length : Buffer.byteLength(messages[i], "utf8");
    return { page: page2, lengths };
  }
  let bytes = 0;
  for (let i = 0; i < messages.length; i += 1) {
    let message = messages[i];
    lengths[i] = message.isWellFormed() ? Buffer.byteLength(message, "utf8") : -2 * message.length, bytes += Math.abs(lengths[i]);
  }
  let page = Buffer.allocUnsafeSlow(bytes);
  for (let i = 0, at2 = 0; i < messages.length; i += 1)
    page.write(messages[i], at2, lengths[i] >= 0 ? "utf8" : "utf16le"), at2 += Math.abs(lengths[i]);
  return { page, lengths };
}
function decodeMessage(page, offset, length) {
  return length >= 0 ? page.toString("utf8", offset, offset + length) : page.toString("utf16le", offset, offset - length);
}
var RunTexts = class {
  pages = [];
  /** Per result index: 1 + the index of its page, or 0 when the result has no text here. */
  pageOf;
  offsetOf;
  /** Signed, as encodeMessages gives them. */
  lengthOf;
  /** Messages added and not yet encoded, and their result indexes. */
  pending = [];
  pendingIndexes = [];
  /** The page addBytes copies into, its number, and how much of it is used. */
  copying;
  copyingPage = 0;
  copied = 0;
  /** `resultCount`: how many results the run has (its result indexes are below it). */
  constructor(resultCount) {
    this.pageOf = new Int32Array(resultCount), this.offsetOf = new Int32Array(resultCount), this.lengthOf = new Int32Array(resultCount);
  }
  /** Keeps `text` (a message) as result `resultIndex`'s, encoded with the next MESSAGES_PER_PAGE. */
  add(resultIndex, text) {
    this.checkIndex(resultIndex), this.pending.push(text), this.pendingIndexes.push(resultIndex), this.pending.length >= MESSAGES_PER_PAGE && this.encodePending();
  }
  /**
   * Keeps UTF-8 `bytes` (copied: they may be a view into a window about to be reused) as the
   * text of result `resultIndex`.
   */
  addBytes(resultIndex, bytes) {
    this.checkIndex(resultIndex), (this.copying === void 0 || this.copied + bytes.length > this.copying.length) && (this.copying = Buffer.allocUnsafeSlow(Math.max(COPY_PAGE_BYTES, bytes.length)), this.copyingPage = this.pages.push(this.copying), this.copied = 0), this.copying.set(bytes, this.copied), this.pageOf[resultIndex] = this.copyingPage, this.offsetOf[resultIndex] = this.copied, this.lengthOf[resultIndex] = bytes.length, this.copied += bytes.length;
  }
  /** Keeps messages encoded elsewhere (a worker thread's page), as they are: message i is result `resultIndexes[i]`'s. */
  adopt(encoded, resultIndexes) {
    let pageNumber = this.pages.push(encoded.page), offset = 0;
    for (let i = 0; i < encoded.lengths.length; i += 1) {
      let resultIndex = resultIndexes[i];
      this.checkIndex(resultIndex);
      let length = encoded.lengths[i];
      this.pageOf[resultIndex] = pageNumber, this.offsetOf[resultIndex] = offset, this.lengthOf[resultIndex] = length, offset += Math.abs(length);
    }
  }
  /** Whether result `resultIndex` has a text here. */
  has(resultIndex) {
    return this.pending.length > 0 && this.encodePending(), resultIndex >= 0 && resultIndex < this.pageOf.length && this.pageOf[resultIndex] !== 0;
  }
  /** The text of result `resultIndex`, or undefined when none was kept. */
  get(resultIndex) {
    if (this.has(resultIndex))
      return decodeMessage(this.pages[this.pageOf[resultIndex] - 1], this.offsetOf[resultIndex], this.lengthOf[resultIndex]);
  }
  checkIndex(resultIndex) {
    if (!(resultIndex >= 0 && resultIndex < this.pageOf.length))
      throw new RangeError(`result index ${resultIndex} is outside the run's ${this.pageOf.length} results`);
  }
  encodePending() {
    let indexes = this.pendingIndexes, encoded = encodeMessages(this.pending);
    this.pending = [], this.pendingIndexes = [], this.adopt(encoded, indexes);
  }
}, TextsByRun = class {
  runs = new PerRun();
  /** The texts of one run (made on the first call for the run). */
  run(file, runIndex, resultCount) {
    let texts = this.runs.get(file, runIndex);
    return texts || this.runs.set(file, runIndex, texts = new RunTexts(resultCount)), texts;
  }
  has(origin) {
    return this.runs.get(origin.file, origin.runIndex)?.has(origin.resultIndex) ?? !1;
  }
  text(origin) {
    return this.runs.get(origin.file, origin.runIndex)?.get(origin.resultIndex);
  }
}, MessageStore = class extends TextsByRun {
  message(origin) {
    return this.text(origin);
  }
};
function findingMessage(finding, messages) {
  let message = finding.message ?? messages?.message(finding.origin);
  if (message === void 0)
    throw new Error(`the message of result ${finding.origin.resultIndex} in run ${finding.origin.runIndex} of ${finding.origin.file} was not kept`);
  return message;
}

// src/gate/normalize/finding-codec.ts
var TOOL = 0, TOOL_VERSION = 1, CATEGORY = 2, CATEGORY_SOURCE = 3, RULE_ID = 4, RULE_NAME = 5, SEVERITY = 6, SEVERITY_SOURCE = 7, CWES = 8, ADVISORY_IDS = 9, LOCATION_KIND = 10, LOCATION_TEXT = 11, FINGERPRINT_SOURCE = 12, SUPPRESSED = 13, JUSTIFICATION = 14, ORIGIN_FILE = 15, FINGERPRINT_LENGTH = 16, REFS = 17, START_LINE = 0, END_LINE = 1, START_COLUMN = 2, SECURITY_SEVERITY = 3, RUN_INDEX = 4, RESULT_INDEX = 5, NUMBERS = 6, LOCATION_KINDS = ["file", "url", "none"], Packer = class {
  indexes = /* @__PURE__ */ new Map();
  added = [];
  // The last value looked up per column and its index: most columns repeat from one finding to
  // the next (the tool, its category, the file), which then costs no map look-up.
  lastValue = new Array(REFS).fill(void 0);
  lastIndex = new Int32Array(REFS).fill(-1);
  pack(findings) {
    let count = findings.length, refs = new Int32Array(count * REFS), numbers = new Float64Array(count * NUMBERS), fingerprints = new Array(count), messages = encodeMessages(findings.map(messageOf));
    for (let n = 0; n < count; n += 1) {
      let finding = findings[n], r = n * REFS, x = n * NUMBERS;
      refs[r + TOOL] = this.ref(TOOL, finding.tool), refs[r + TOOL_VERSION] = this.ref(TOOL_VERSION, finding.toolVersion), refs[r + CATEGORY] = this.ref(CATEGORY, finding.category), refs[r + CATEGORY_SOURCE] = this.ref(CATEGORY_SOURCE, finding.categorySource), refs[r + RULE_ID] = this.ref(RULE_ID, finding.ruleId), refs[r + RULE_NAME] = this.ref(RULE_NAME, finding.ruleName), refs[r + SEVERITY] = this.ref(SEVERITY, finding.severity), refs[r + SEVERITY_SOURCE] = this.ref(SEVERITY_SOURCE, finding.severitySource), refs[r + CWES] = this.ref(CWES, finding.cwes), refs[r + ADVISORY_IDS] = this.ref(ADVISORY_IDS, finding.advisoryIds);
      let location = finding.location;
      refs[r + LOCATION_KIND] = LOCATION_KINDS.indexOf(location.kind), refs[r + LOCATION_TEXT] = this.ref(LOCATION_TEXT, location.kind === "file" ? location.path : location.kind === "url" ? location.url : location.description), numbers[x + START_LINE] = location.kind === "file" ? location.startLine ?? NaN : NaN, numbers[x + END_LINE] = location.kind === "file" ? location.endLine ?? NaN : NaN, numbers[x + START_COLUMN] = location.kind === "file" ? location.startColumn ?? NaN : NaN, refs[r + FINGERPRINT_SOURCE] = this.ref(FINGERPRINT_SOURCE, finding.fingerprintSource), refs[r + SUPPRESSED] = finding.suppressed ? 1 : 0, refs[r + JUSTIFICATION] = this.ref(JUSTIFICATION, finding.suppressionJustification), refs[r + ORIGIN_FILE] = this.ref(ORIGIN_FILE, finding.origin.file), numbers[x + SECURITY_SEVERITY] = finding.securitySeverity ?? NaN, numbers[x + RUN_INDEX] = finding.origin.runIndex, numbers[x + RESULT_INDEX] = finding.origin.resultIndex, refs[r + FINGERPRINT_LENGTH] = finding.fingerprint.length, fingerprints[n] = finding.fingerprint;
    }
    let { added } = this;
    return this.added = [], { count, refs, numbers, text: fingerprints.join(""), messages: messages.page, messageLengths: messages.lengths, added };
  }
  /** The table index of a value, adding it when new; -1 for undefined. Lists are keyed by identity (rules share theirs). */
  ref(column, value) {
    if (value === void 0) return -1;
    if (value === this.lastValue[column]) return this.lastIndex[column];
    let index = this.indexes.get(value);
    return index === void 0 && (index = this.indexes.size, this.indexes.set(value, index), this.added.push(value)), this.lastValue[column] = value, this.lastIndex[column] = index, index;
  }
};
function messageOf(finding) {
  if (finding.message === void 0) throw new Error("findings are packed with their messages");
  return finding.message;
}
var Unpacker = class {
  /**
   * With `messages` (the run's), the findings' messages stay there as the bytes they came in,
   * and the findings have none of their own; without it, each finding has its message.
   */
  constructor(messages) {
    this.messages = messages;
  }
  messages;
  table = [];
  unpack(packed) {
    let { table } = this;
    for (let value of packed.added) table.push(Array.isArray(value) ? Object.freeze(value) : value);
    let { refs, numbers, text } = packed, page = Buffer.from(packed.messages.buffer, packed.messages.byteOffset, packed.messages.byteLength), { messageLengths } = packed, resultIndexes = new Array(packed.count), at2 = 0, messageAt = 0, findings = new Array(packed.count);
    for (let n = 0; n < packed.count; n += 1) {
      let r = n * REFS, x = n * NUMBERS, messageLength = messageLengths[n], resultIndex = resultIndexes[n] = numberAt(numbers, x + RESULT_INDEX), message = this.messages ? void 0 : decodeMessage(page, messageAt, messageLength);
      messageAt += Math.abs(messageLength);
      let fingerprint = text.slice(at2, at2 += refs[r + FINGERPRINT_LENGTH]), where2 = table[refs[r + LOCATION_TEXT]], location;
      switch (LOCATION_KINDS[refs[r + LOCATION_KIND]]) {
        case "file":
          location = fileLocation(where2, numberAt(numbers, x + START_LINE), numberAt(numbers, x + END_LINE), numberAt(numbers, x + START_COLUMN));
          break;
        case "url":
          location = { kind: "url", url: where2 };
          break;
        default:
          location = where2 === void 0 ? { kind: "none" } : { kind: "none", description: where2 };
      }
      let finding = {
        tool: table[refs[r + TOOL]],
        category: table[refs[r + CATEGORY]],
        categorySource: table[refs[r + CATEGORY_SOURCE]],
        ruleId: table[refs[r + RULE_ID]],
        message,
        severity: table[refs[r + SEVERITY]],
        severitySource: table[refs[r + SEVERITY_SOURCE]],
        cwes: table[refs[r + CWES]],
        advisoryIds: table[refs[r + ADVISORY_IDS]],
        location,
        fingerprint,
        fingerprintSource: table[refs[r + FINGERPRINT_SOURCE]],
        suppressed: !1,
        origin: { file: table[refs[r + ORIGIN_FILE]], runIndex: numberAt(numbers, x + RUN_INDEX), resultIndex },
        toolVersion: tableAt(table, refs[r + TOOL_VERSION]),
        ruleName: tableAt(table, refs[r + RULE_NAME]),
        securitySeverity: sharedScore(numberAt(numbers, x + SECURITY_SEVERITY)),
        suppressionJustification: void 0
      };
      refs[r + SUPPRESSED] === 1 && (finding.suppressed = !0, finding.suppressionJustification = tableAt(table, refs[r + JUSTIFICATION])), findings[n] = finding;
    }
    return this.messages?.adopt({ page, lengths: messageLengths }, resultIndexes), findings;
  }
};
function tableAt(table, index) {
  return index === -1 ? void 0 : table[index];
}
function numberAt(numbers, index) {
  let value = numbers[index];
  if (!Number.isNaN(value))
    return value === (value | 0) && !Object.is(value, -0) ? value | 0 : value;
}

// src/gate/ingest/sarif-error.ts
function sarifError(file, where2, problem, fix) {
  let place = where2 === "" ? file : `${file} at ${where2}`;
  return new ConfigurationError(`SARIF ${place}: ${problem}. ${fix}`);
}
var FIX_REGENERATE = "Re-run the scanner with SARIF 2.1.0 output and check that it finished without an error";
function unreadableSarifError(displayName, cause) {
  let code = cause.code, why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "is not readable (permission denied)" : `cannot be read (${cause.message})`;
  return new ConfigurationError(`SARIF ${displayName}: the file ${why}. Check the "sarif" input and that the scanner step wrote the file.`, { cause });
}
function jsonPointer(...segments) {
  let pointer = "";
  for (let segment of segments)
    pointer += "/" + String(segment).replaceAll("~", "~0").replaceAll("/", "~1");
  return pointer;
}
function typeOf(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value == "object" ? "an object" : typeof value == "string" ? "a string" : typeof value == "number" ? "a number" : typeof value == "boolean" ? "a boolean" : typeof value;
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}

// src/gate/normalize/advisories.ts
var ADVISORY = /\b(CVE-\d{4}-\d{4,})\b|\b(GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})\b/gi;
function addAdvisoryIds(text, into) {
  if (typeof text != "string" || text.length < 13) return;
  let upper = text.toUpperCase();
  if (!(!upper.includes("CVE-") && !upper.includes("GHSA-")))
    for (let match of text.matchAll(ADVISORY))
      into.add(match[1] ? match[1].toUpperCase() : `GHSA${match[2].slice(4).toLowerCase()}`);
}
function addAdvisoryIdsFromProperties(properties, into) {
  if (properties !== void 0) {
    for (let value of Object.values(properties))
      if (typeof value == "string") addAdvisoryIds(value, into);
      else if (Array.isArray(value)) for (let item of value) addAdvisoryIds(item, into);
  }
}

// src/gate/normalize/category.ts
var BUILT_INS = [
  // SAST first where a vendor also ships SCA or DAST (Snyk Code vs Snyk Open Source).
  [" snyk code ", "sast"],
  [" snykcode ", "sast"],
  [" codeql ", "sast"],
  [" lgtm ", "sast"],
  [" semgrep ", "sast"],
  [" eslint ", "sast"],
  [" bandit ", "sast"],
  [" gosec ", "sast"],
  [" njsscan ", "sast"],
  [" nodejsscan ", "sast"],
  [" bearer ", "sast"],
  [" spotbugs ", "sast"],
  [" flawfinder ", "sast"],
  [" biome ", "sast"],
  [" oxlint ", "sast"],
  [" trivy ", "sca"],
  [" grype ", "sca"],
  [" snyk ", "sca"],
  [" osv scanner ", "sca"],
  [" osv ", "sca"],
  [" dependency check ", "sca"],
  [" govulncheck ", "sca"],
  [" npm audit ", "sca"],
  [" zap ", "dast"],
  [" zaproxy ", "dast"],
  [" nuclei ", "dast"],
  [" mayhem for api ", "dast"],
  [" mapi ", "dast"],
  [" axe ", "dast"],
  [" axe core ", "dast"],
  [" gitleaks ", "secrets"],
  [" secretlint ", "secrets"],
  [" checkov ", "iac"],
  [" kics ", "iac"],
  [" tfsec ", "iac"],
  [" hadolint ", "iac"],
  [" dockle ", "iac"]
];
function foldToolName(name) {
  return ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;
}
function builtInCategory(toolName) {
  let folded = foldToolName(toolName);
  for (let [pattern, category] of BUILT_INS) if (folded.includes(pattern)) return category;
}
function decideCategory(toolName, toolCategories = {}) {
  let lower = toolName.trim().toLowerCase(), folded = foldToolName(toolName), folding;
  for (let [key, category] of Object.entries(toolCategories)) {
    if (key.trim().toLowerCase() === lower) return { category, source: "policy tools map" };
    folding === void 0 && foldToolName(key) === folded && (folding = category);
  }
  if (folding !== void 0) return { category: folding, source: "policy tools map" };
  let builtIn = builtInCategory(toolName);
  return builtIn !== void 0 ? { category: builtIn, source: "built-in" } : { category: "sast", source: "default" };
}

// src/gate/normalize/cwe.ts
var CWE_TEXT = /^\s*(?:external\/cwe\/)?cwe[-_: ]?0*(\d+)\b/i, DIGITS = /^\s*(?:cwe[-_: ]?)?0*(\d+)\s*$/i;
function cweFromText(value) {
  if (typeof value != "string") return;
  let match = CWE_TEXT.exec(value);
  return match ? `CWE-${match[1] === "" ? "0" : match[1]}` : void 0;
}
function cweFromTaxonId(value) {
  if (typeof value != "string" && typeof value != "number") return;
  let match = DIGITS.exec(String(value));
  return match ? `CWE-${match[1] === "" ? "0" : match[1]}` : void 0;
}
function addCwesFromProperties(properties, into) {
  if (properties === void 0) return;
  let tags = properties.tags;
  if (Array.isArray(tags))
    for (let tag of tags) {
      let cwe = cweFromText(tag);
      cwe && into.add(cwe);
    }
  let cweProperty = properties.cwe ?? properties.CWE;
  for (let value of Array.isArray(cweProperty) ? cweProperty : [cweProperty]) {
    let cwe = cweFromText(value) ?? (typeof value == "number" ? cweFromTaxonId(value) : void 0);
    cwe && into.add(cwe);
  }
}
function isCweTaxonomy(component, taxonomyNames, taxonomyGuids) {
  if (component == null || typeof component != "object") return !1;
  let name = typeof component.name == "string" ? component.name : void 0;
  return name === void 0 && typeof component.index == "number" && (name = taxonomyNames[component.index]), name === void 0 && typeof component.guid == "string" && (name = taxonomyGuids.get(component.guid.toLowerCase())), name !== void 0 && name.trim().toUpperCase() === "CWE";
}
function addCwesFromTaxa(references, into, taxonomyNames, taxonomyGuids) {
  if (Array.isArray(references))
    for (let reference of references) {
      if (reference === null || typeof reference != "object") continue;
      let taxon = reference.target && typeof reference.target == "object" ? reference.target : reference;
      if (isCweTaxonomy(taxon.toolComponent, taxonomyNames, taxonomyGuids)) {
        let cwe = cweFromTaxonId(taxon.id);
        cwe && into.add(cwe);
      } else {
        let cwe = typeof taxon.id == "string" ? cweFromText(taxon.id) : void 0;
        cwe && into.add(cwe);
      }
    }
}
function sortCwes(cwes) {
  return [...cwes].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
}

// src/gate/normalize/fingerprint.ts
import * as crypto from "node:crypto";
var WHITESPACE = /\s+/g, sha256Hex = typeof crypto.hash == "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");
function hash2(parts) {
  return sha256Hex(parts.join("\0"));
}
function pairsText(map) {
  let keys = Object.keys(map);
  for (let i = 1; i < keys.length; i += 1)
    if (keys[i - 1] > keys[i]) {
      keys.sort();
      break;
    }
  let text = "";
  for (let key of keys) {
    let value = map[key];
    typeof value == "string" && value !== "" && (text += `\0${key}=${value}`);
  }
  return text;
}
function toolFingerprint(tool, ruleId, fingerprints, partialFingerprints) {
  if (fingerprints != null && typeof fingerprints == "object") {
    let pairs = pairsText(fingerprints);
    if (pairs !== "") return { fingerprint: sha256Hex(`${tool}\0${ruleId}${pairs}`), source: "fingerprints" };
  }
  if (partialFingerprints != null && typeof partialFingerprints == "object") {
    let pairs = pairsText(partialFingerprints);
    if (pairs !== "") return { fingerprint: sha256Hex(`${tool}\0${ruleId}${pairs}`), source: "partialFingerprints" };
  }
}
var OccurrenceCounter = class {
  /** Per slot: 1 + the key's index, or 0 when empty. At most half full. */
  slots = new Int32Array(1024);
  hashes = new Int32Array(1024);
  keys = [];
  counts = [];
  /** How many times `key` was counted before; counts it once more. */
  count(key) {
    let hash3 = hexHash(key), mask = this.slots.length - 1, slot = hash3 & mask;
    for (let at2 = this.slots[slot]; at2 !== 0; at2 = this.slots[slot]) {
      if (this.hashes[slot] === hash3 && this.keys[at2 - 1] === key) return this.counts[at2 - 1]++;
      slot = slot + 1 & mask;
    }
    return this.keys.push(key), this.counts.push(1), this.slots[slot] = this.keys.length, this.hashes[slot] = hash3, 2 * this.keys.length > this.slots.length && this.grow(), 0;
  }
  grow() {
    let size = 2 * this.slots.length, mask = size - 1, slots = new Int32Array(size), hashes = new Int32Array(size);
    for (let old = 0; old < this.slots.length; old += 1) {
      let at2 = this.slots[old];
      if (at2 === 0) continue;
      let hash3 = this.hashes[old], slot = hash3 & mask;
      for (; slots[slot] !== 0; ) slot = slot + 1 & mask;
      slots[slot] = at2, hashes[slot] = hash3;
    }
    this.slots = slots, this.hashes = hashes;
  }
};
function hexHash(text) {
  let hash3 = 0;
  for (let i = 0; i < 8 && i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    hash3 = hash3 << 4 | (code <= 57 ? code - 48 : (code | 32) - 87) & 15;
  }
  return hash3;
}
var WHITESPACE_TO_COLLAPSE = /[^\S ]| {2}/;
function computedBase(tool, ruleId, location, snippet, message) {
  let where2 = location.kind === "file" ? location.path : location.kind === "url" ? location.url : location.description ?? "", raw = snippet !== void 0 && snippet.trim() !== "" ? snippet : message, text = (WHITESPACE_TO_COLLAPSE.test(raw) ? raw.replace(WHITESPACE, " ") : raw).trim();
  return hash2([tool, ruleId, location.kind, where2, text]);
}
function numberRepeat(base, occurrences) {
  let seen = occurrences.count(base);
  return seen === 0 ? base : hash2([base, String(seen)]);
}
function computedFingerprint(tool, ruleId, location, snippet, message, occurrences) {
  return numberRepeat(computedBase(tool, ruleId, location, snippet, message), occurrences);
}

// src/gate/normalize/locations.ts
import path from "node:path";
var MAX_CACHED_PATHS = 1e5, HTTP = /^https?:\/\//i, SCHEME = /^[a-z][a-z0-9+.-]*:/i, DRIVE = /^[a-z]:\//i, MAX_BASE_DEPTH = 16;
function createLocationContext(workspace, originalUriBaseIds) {
  return { workspace: toSlashes(workspace).replace(/\/+$/, ""), baseIds: originalUriBaseIds ?? {}, resolvedBases: /* @__PURE__ */ new Map(), targets: /* @__PURE__ */ new Map() };
}
function resolveArtifactLocation(reference, region, context, fallbackText) {
  let target = typeof reference.uri == "string" ? cachedTarget(reference.uri, typeof reference.uriBaseId == "string" ? reference.uriBaseId : void 0, context) : null;
  return target === null ? fallbackText !== void 0 && HTTP.test(fallbackText.trim()) ? { kind: "url", url: fallbackText.trim() } : fallbackText ? { kind: "none", description: fallbackText } : { kind: "none" } : target.kind === "url" ? { kind: "url", url: target.url } : target.kind === "none" ? { kind: "none", description: target.description } : fileLocation(target.path, region?.startLine, region?.endLine, region?.startColumn);
}
function cachedTarget(rawUri, uriBaseId, context) {
  let base = uriBaseId ?? "\0", byUri = context.targets.get(base);
  byUri === void 0 && (byUri = /* @__PURE__ */ new Map(), context.targets.set(base, byUri));
  let target = byUri.get(rawUri);
  return target === void 0 && (target = resolveTarget(rawUri.trim(), uriBaseId, context), byUri.size < MAX_CACHED_PATHS && byUri.set(rawUri, target)), target;
}
function resolveTarget(uri, uriBaseId, context) {
  if (uri === "" || uri === "unknown-file") return null;
  if (HTTP.test(uri)) return { kind: "url", url: uri };
  let repoPath = repositoryPath(uri, uriBaseId, context);
  return repoPath === void 0 ? { kind: "none", description: uri } : { kind: "file", path: repoPath };
}
function repositoryPath(uri, uriBaseId, context) {
  let own = toPath(uri);
  if (own.absolute) return underWorkspace(own.path, context.workspace) ?? cleanAbsolute(own.path);
  if (uriBaseId === void 0) return cleanRelative(own.path);
  let base = resolveBase(uriBaseId, context, 0), relative = joinRelative(base.relative, own.path);
  if (base.root !== void 0) {
    let full = base.root.replace(/\/+$/, "") + "/" + relative, inside = underWorkspace(full, context.workspace);
    if (inside !== void 0) return inside;
  }
  return cleanRelative(relative);
}
function resolveBase(name, context, depth) {
  let cached = context.resolvedBases.get(name);
  if (cached) return cached;
  let entry = context.baseIds[name], resolved;
  if (entry === void 0 || typeof entry != "object" || typeof entry.uri != "string" || depth > MAX_BASE_DEPTH)
    resolved = { relative: "" };
  else {
    let own = toPath(entry.uri.trim());
    if (own.absolute) resolved = { root: own.path, relative: "" };
    else if (typeof entry.uriBaseId == "string" && entry.uriBaseId !== name) {
      let parent = resolveBase(entry.uriBaseId, context, depth + 1);
      resolved = { ...parent.root === void 0 ? {} : { root: parent.root }, relative: joinRelative(parent.relative, own.path) };
    } else resolved = { relative: own.path };
  }
  return context.resolvedBases.set(name, resolved), resolved;
}
function toPath(uri) {
  let value = toSlashes(uri);
  if (value.includes("%"))
    try {
      value = decodeURIComponent(value);
    } catch {
    }
  if (/^file:/i.test(value)) {
    let rest = value.slice(5);
    if (rest.startsWith("//")) {
      rest = rest.slice(2);
      let slash = rest.indexOf("/");
      rest = slash === -1 ? "/" : rest.slice(slash);
    }
    return rest = rest.replace(/^\/+/, "/"), /^\/[a-z]:\//i.test(rest) && (rest = rest.slice(1)), { path: rest, absolute: !0 };
  }
  return DRIVE.test(value) ? { path: value, absolute: !0 } : value.startsWith("/") ? { path: value.replace(/^\/+/, "/"), absolute: !0 } : SCHEME.test(value) ? { path: value, absolute: !0 } : { path: value, absolute: !1 };
}
function toSlashes(value) {
  return value.includes("\\") ? value.replaceAll("\\", "/") : value;
}
function joinRelative(base, relative) {
  return base === "" ? relative : base.replace(/\/+$/, "") + "/" + relative;
}
function cleanRelative(value) {
  let normalized = path.posix.normalize(value.trim().replace(/^\.\/+/, ""));
  if (!(normalized === "." || normalized === "" || normalized === "./"))
    return normalized.replace(/^\.\//, "");
}
function cleanAbsolute(value) {
  return DRIVE.test(value) ? value.slice(0, 3) + path.posix.normalize(value.slice(3)) : path.posix.normalize(value);
}
function underWorkspace(absolute, workspace) {
  if (workspace === "") return;
  let clean = cleanAbsolute(absolute), caseless = DRIVE.test(workspace), haystack = caseless ? clean.toLowerCase() : clean, prefix = (caseless ? workspace.toLowerCase() : workspace) + "/";
  if (haystack.startsWith(prefix))
    return cleanRelative(clean.slice(prefix.length));
}

// src/gate/normalize/severity.ts
var SEVERITY_WORDS = {
  critical: "critical",
  high: "high",
  medium: "medium",
  moderate: "medium",
  low: "low",
  info: "info"
}, SEVERITY_PROPERTY_KEYS = ["issue_severity", "severity"], LEVEL_SEVERITY = {
  error: "high",
  warning: "medium",
  note: "low",
  none: "info"
};
function severityFromScore(score) {
  if (!(!Number.isFinite(score) || score < 0))
    return score >= 9 ? "critical" : score >= 7 ? "high" : score >= 4 ? "medium" : score > 0 ? "low" : "info";
}
function severityFromWord(value) {
  if (typeof value == "string")
    return SEVERITY_WORDS[value.trim().toLowerCase()];
}
function fromSecuritySeverity(value, where2) {
  if (value == null) return;
  let score = typeof value == "number" ? value : typeof value == "string" && value.trim() !== "" ? Number(value) : NaN, banded = severityFromScore(score);
  if (banded !== void 0) return { severity: banded, source: `${where2}.security-severity ${score}`, score };
  let word = severityFromWord(value);
  if (word !== void 0) return { severity: word, source: `${where2}.security-severity "${String(value)}"` };
}
function fromSeverityProperties(properties, where2) {
  if (properties !== void 0)
    for (let key of SEVERITY_PROPERTY_KEYS) {
      let word = severityFromWord(properties[key]);
      if (word !== void 0) return { severity: word, source: `${where2}.${key} "${String(properties[key])}"` };
    }
}
function fromSeverityTags(tags, where2) {
  if (Array.isArray(tags))
    for (let tag of tags) {
      let word = severityFromWord(tag);
      if (word !== void 0) return { severity: word, source: `${where2} tag "${String(tag)}"` };
    }
}
function fromLevel(level, where2) {
  if (typeof level != "string") return;
  let severity = LEVEL_SEVERITY[level];
  return severity === void 0 ? void 0 : { severity, source: `${where2} ${level}` };
}
function ruleSeverityFacts(properties, defaultLevel) {
  return {
    securitySeverity: fromSecuritySeverity(properties?.["security-severity"], "rule properties"),
    property: fromSeverityProperties(properties, "rule properties"),
    tag: fromSeverityTags(properties?.tags, "rule"),
    level: fromLevel(defaultLevel, "rule defaultConfiguration.level")
  };
}
var DEFAULT_SEVERITY = { severity: "medium", source: "default (no severity or level given)" };
function decideSeverity(resultProperties, resultLevel, rule) {
  return resultProperties && fromSecuritySeverity(resultProperties["security-severity"], "result properties") || rule?.securitySeverity || fromSeverityProperties(resultProperties, "result properties") || rule?.property || resultProperties && fromSeverityTags(resultProperties.tags, "result") || rule?.tag || fromLevel(resultLevel, "result level") || rule?.level || DEFAULT_SEVERITY;
}

// src/gate/normalize/rules.ts
function indexRules(run) {
  let taxonomyNames = (run.taxonomies ?? []).map((taxonomy) => typeof taxonomy?.name == "string" ? taxonomy.name : void 0), taxonomyGuids = /* @__PURE__ */ new Map();
  for (let taxonomy of run.taxonomies ?? [])
    typeof taxonomy?.guid == "string" && typeof taxonomy.name == "string" && taxonomyGuids.set(taxonomy.guid.toLowerCase(), taxonomy.name);
  let components = [run.tool.driver, ...run.tool.extensions ?? []], factsByComponent = components.map((component) => (component.rules ?? []).map((rule) => ruleFacts(rule, taxonomyNames, taxonomyGuids))), byId = /* @__PURE__ */ new Map();
  for (let facts of factsByComponent) for (let rule of facts) byId.has(rule.id) || byId.set(rule.id, rule);
  let componentOf = (reference) => {
    if (reference == null) return 0;
    if (typeof reference.index == "number") return reference.index + 1;
    if (typeof reference.guid == "string") {
      let found = components.findIndex((component) => component.guid?.toLowerCase() === reference.guid.toLowerCase());
      if (found !== -1) return found;
    }
    if (typeof reference.name == "string") {
      let found = components.findIndex((component) => component.name === reference.name);
      if (found !== -1) return found;
    }
    return 0;
  };
  return {
    byId: (id) => byId.get(id),
    byIndex: (index, component) => factsByComponent[componentOf(component)]?.[index],
    taxonomyNames,
    taxonomyGuids
  };
}
function ruleFacts(rule, taxonomyNames, taxonomyGuids) {
  let properties = rule.properties, cwes = /* @__PURE__ */ new Set();
  addCwesFromProperties(properties, cwes), addCwesFromTaxa(rule.relationships, cwes, taxonomyNames, taxonomyGuids);
  let advisoryIds = /* @__PURE__ */ new Set();
  addAdvisoryIds(rule.id, advisoryIds), addAdvisoryIdsFromProperties(properties, advisoryIds);
  let messageStrings = {}, hasMessages = !1;
  for (let [key, value] of Object.entries(rule.messageStrings ?? {})) {
    let text = value?.text ?? value?.markdown;
    typeof text == "string" && (messageStrings[key] = text, hasMessages = !0);
  }
  let facts = {
    id: rule.id,
    severity: ruleSeverityFacts(properties, rule.defaultConfiguration?.level),
    cwes,
    advisoryIds,
    sortedCwes: Object.freeze(sortCwes(cwes)),
    sortedAdvisoryIds: Object.freeze([...advisoryIds].sort()),
    tags: Array.isArray(properties?.tags) ? properties.tags : []
  };
  typeof rule.name == "string" && rule.name !== "" && (facts.name = rule.name);
  let short = rule.shortDescription?.text;
  return typeof short == "string" && (facts.shortDescription = short), hasMessages && (facts.messageStrings = messageStrings), facts;
}

// src/gate/normalize/normalize-run.ts
var NON_FAIL_KINDS = ["pass", "open", "informational", "notApplicable", "review"], KINDS = /* @__PURE__ */ new Set(["fail", ...NON_FAIL_KINDS]), LEVELS = /* @__PURE__ */ new Set(["none", "note", "warning", "error"]), MESSAGE_LIMIT = 500, NONE = Object.freeze([]), ARGUMENT = /\{(\d+)\}/g;
function addRunCounts(summary, part) {
  summary.resultsTotal += part.resultsTotal, summary.findings += part.findings, summary.suppressed += part.suppressed;
  for (let kind of NON_FAIL_KINDS) summary.kinds[kind] += part.kinds[kind];
}
function createRunNormalizer(run, runIndex, options) {
  let driver = run.tool.driver, tool = driver.name, toolVersion = driver.version ?? driver.semanticVersion ?? driver.dottedQuadFileVersion, category = decideCategory(tool, options.toolCategories), summary = {
    file: options.file,
    runIndex,
    tool,
    category: category.category,
    categorySource: category.source,
    resultsTotal: 0,
    findings: 0,
    suppressed: 0,
    kinds: { pass: 0, open: 0, informational: 0, notApplicable: 0, review: 0 }
  };
  typeof toolVersion == "string" && toolVersion !== "" && (summary.toolVersion = toolVersion), typeof run.automationDetails?.id == "string" && (summary.automationId = run.automationDetails.id);
  let context = {
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
    deferRepeats: options.deferRepeats === !0,
    messages: options.messages
  };
  return {
    summary,
    normalizeResult(result, resultIndex) {
      checkResult(result, runIndex, resultIndex, options.file), summary.resultsTotal += 1;
      let kind = result.kind ?? "fail";
      if (kind !== "fail") {
        summary.kinds[kind] += 1;
        return;
      }
      let finding = toFinding(result, resultIndex, context);
      return summary.findings += 1, finding.suppressed && (summary.suppressed += 1), finding;
    }
  };
}
function toFinding(result, resultIndex, context) {
  let rule = resolveRule(result, context.rules), ruleId = result.ruleId ?? result.rule?.id ?? rule?.id ?? "unknown-rule";
  rule !== void 0 && ruleId === rule.id && (ruleId = rule.id);
  let properties = result.properties, severity = decideSeverity(properties, result.level, rule?.severity), cwes = rule?.sortedCwes ?? NONE;
  if (properties !== void 0 || result.taxa !== void 0) {
    let own2 = new Set(rule?.cwes);
    addCwesFromProperties(properties, own2), addCwesFromTaxa(result.taxa, own2, context.rules.taxonomyNames, context.rules.taxonomyGuids), own2.size !== cwes.length && (cwes = sortCwes(own2));
  }
  let advisoryIds = rule?.sortedAdvisoryIds ?? NONE, otherRuleId = result.ruleId !== void 0 && result.ruleId !== rule?.id;
  if (properties !== void 0 || otherRuleId) {
    let own2 = new Set(rule?.advisoryIds);
    otherRuleId && addAdvisoryIdsFromProperties({ id: result.ruleId }, own2), addAdvisoryIdsFromProperties(properties, own2), own2.size !== advisoryIds.length && (advisoryIds = [...own2].sort());
  }
  let message = messageText(result, rule, ruleId), first = result.locations?.[0], location = findingLocation(first, context), snippet = first?.physicalLocation?.region?.snippet?.text, fingerprint = toolFingerprint(context.tool, ruleId, result.fingerprints, result.partialFingerprints) ?? {
    fingerprint: context.deferRepeats ? computedBase(context.tool, ruleId, location, snippet, message) : computedFingerprint(context.tool, ruleId, location, snippet, message, context.occurrences),
    source: "computed"
  };
  context.messages?.add(resultIndex, message);
  let finding = {
    tool: context.tool,
    category: context.category.category,
    categorySource: context.category.source,
    ruleId,
    // Declared either way, so every finding has the same shape (see Finding).
    message: context.messages ? void 0 : message,
    severity: severity.severity,
    severitySource: severity.source,
    // Shared, frozen arrays (see RuleFacts.sortedCwes): read-only for every later stage.
    cwes,
    advisoryIds,
    location,
    fingerprint: fingerprint.fingerprint,
    fingerprintSource: fingerprint.source,
    suppressed: !1,
    origin: { file: context.file, runIndex: context.runIndex, resultIndex },
    // Declared even when absent (see Finding); applySuppressions sets the justification.
    toolVersion: context.toolVersion,
    ruleName: rule?.name,
    securitySeverity: sharedScore(severity.score),
    suppressionJustification: void 0
  };
  return applySuppressions(result, finding), finding;
}
function resolveRule(result, rules) {
  let id = result.ruleId ?? result.rule?.id;
  if (id !== void 0) {
    let found = rules.byId(id);
    if (found) return found;
  }
  let index = result.ruleIndex ?? result.rule?.index;
  if (typeof index == "number" && index >= 0) {
    let found = rules.byIndex(index, result.rule?.toolComponent);
    if (found && (id === void 0 || found.id === id)) return found;
  }
}
function messageText(result, rule, ruleId) {
  let message = result.message, text = message?.text ?? message?.markdown;
  if (text === void 0 && typeof message?.id == "string" && (text = rule?.messageStrings?.[message.id]), text !== void 0 && message?.arguments !== void 0 && text.includes("{")) {
    let args = message.arguments;
    text = text.replace(ARGUMENT, (whole, n) => args[Number(n)] ?? whole);
  }
  text ??= rule?.shortDescription ?? ruleId;
  let line = text.trim(), newline = line.indexOf(`
`);
  return newline !== -1 && (line = line.slice(0, newline).trim()), line.length > MESSAGE_LIMIT ? `${line.slice(0, MESSAGE_LIMIT - 1)}\u2026` : line;
}
function findingLocation(location, context) {
  if (location === void 0) return { kind: "none" };
  let physical = location.physicalLocation, locationMessage = location.message?.text;
  if (physical?.artifactLocation !== void 0) {
    let reference = physical.artifactLocation;
    reference.uri === void 0 && typeof reference.index == "number" && (reference = context.artifacts[reference.index]?.location ?? reference);
    let region = physical.region, found = resolveArtifactLocation(
      reference,
      region && { startLine: region.startLine, endLine: region.endLine, startColumn: region.startColumn },
      context.locations,
      locationMessage ?? logicalDescription(location, context)
    );
    if (found.kind !== "none" || found.description !== void 0) return found;
  }
  if (physical?.address?.fullyQualifiedName !== void 0) return { kind: "none", description: physical.address.fullyQualifiedName };
  let description = logicalDescription(location, context) ?? locationMessage;
  return description === void 0 ? { kind: "none" } : { kind: "none", description };
}
function logicalDescription(location, context) {
  let logical = location.logicalLocations?.[0];
  if (logical === void 0) return;
  let target = logical.fullyQualifiedName === void 0 && logical.name === void 0 && typeof logical.index == "number" ? context.logicalLocations[logical.index] : logical;
  return target?.fullyQualifiedName ?? target?.name ?? target?.decoratedName;
}
function applySuppressions(result, finding) {
  for (let suppression of result.suppressions ?? [])
    if (suppression.status === void 0 || suppression.status === "accepted") {
      finding.suppressed = !0, typeof suppression.justification == "string" && suppression.justification !== "" && (finding.suppressionJustification = suppression.justification);
      return;
    }
}
function checkResult(result, runIndex, resultIndex, file) {
  isObject(result) || bad(file, at(runIndex, resultIndex), `the result is ${typeOf(result)}, but must be an object`);
  let r = result;
  if (r.ruleId !== void 0 && typeof r.ruleId != "string" && bad(file, at(runIndex, resultIndex, "ruleId"), `"ruleId" is ${typeOf(r.ruleId)}, but must be a string`), r.ruleIndex !== void 0 && !Number.isInteger(r.ruleIndex) && bad(file, at(runIndex, resultIndex, "ruleIndex"), `"ruleIndex" is ${typeOf(r.ruleIndex)}, but must be an integer`), r.rule !== void 0 && !isObject(r.rule) && bad(file, at(runIndex, resultIndex, "rule"), `"rule" is ${typeOf(r.rule)}, but must be an object`), r.kind !== void 0 && !KINDS.has(r.kind) && bad(file, at(runIndex, resultIndex, "kind"), `"kind" is ${JSON.stringify(r.kind)}, but must be one of ${[...KINDS].join(", ")}`), r.level !== void 0 && !LEVELS.has(r.level) && bad(file, at(runIndex, resultIndex, "level"), `"level" is ${JSON.stringify(r.level)}, but must be one of ${[...LEVELS].join(", ")}`), r.message !== void 0 && !isObject(r.message) && bad(file, at(runIndex, resultIndex, "message"), `"message" is ${typeOf(r.message)}, but must be an object like {"text": "..."}`), isObject(r.message) && r.message.text !== void 0 && typeof r.message.text != "string" && bad(file, at(runIndex, resultIndex, "message", "text"), `"message.text" is ${typeOf(r.message.text)}, but must be a string`), r.properties !== void 0 && !isObject(r.properties) && notObject(file, runIndex, resultIndex, "properties", r.properties), r.fingerprints !== void 0 && !isObject(r.fingerprints) && notObject(file, runIndex, resultIndex, "fingerprints", r.fingerprints), r.partialFingerprints !== void 0 && !isObject(r.partialFingerprints) && notObject(file, runIndex, resultIndex, "partialFingerprints", r.partialFingerprints), r.locations !== void 0 && !Array.isArray(r.locations) && notArray(file, runIndex, resultIndex, "locations", r.locations), r.suppressions !== void 0 && !Array.isArray(r.suppressions) && notArray(file, runIndex, resultIndex, "suppressions", r.suppressions), r.taxa !== void 0 && !Array.isArray(r.taxa) && notArray(file, runIndex, resultIndex, "taxa", r.taxa), r.suppressions !== void 0) {
    let suppressions = r.suppressions;
    for (let index = 0; index < suppressions.length; index += 1) {
      let suppression = suppressions[index];
      isObject(suppression) || bad(file, at(runIndex, resultIndex, "suppressions", index), `the suppression is ${typeOf(suppression)}, but must be an object`);
    }
  }
  let first = r.locations?.[0];
  if (first === void 0) return;
  isObject(first) || bad(file, at(runIndex, resultIndex, "locations", 0), `the location is ${typeOf(first)}, but must be an object`);
  let physical = first.physicalLocation;
  if (physical === void 0) return;
  isObject(physical) || bad(file, at(runIndex, resultIndex, "locations", 0, "physicalLocation"), `"physicalLocation" is ${typeOf(physical)}, but must be an object`);
  let artifact = physical.artifactLocation;
  if (artifact !== void 0) {
    isObject(artifact) || bad(file, at(runIndex, resultIndex, "locations", 0, "physicalLocation", "artifactLocation"), `"artifactLocation" is ${typeOf(artifact)}, but must be an object`);
    let a = artifact;
    a.uri !== void 0 && typeof a.uri != "string" && bad(file, at(runIndex, resultIndex, "locations", 0, "physicalLocation", "artifactLocation", "uri"), `"uri" is ${typeOf(a.uri)}, but must be a string`), a.uriBaseId !== void 0 && typeof a.uriBaseId != "string" && bad(file, at(runIndex, resultIndex, "locations", 0, "physicalLocation", "artifactLocation", "uriBaseId"), `"uriBaseId" is ${typeOf(a.uriBaseId)}, but must be a string`);
  }
  let region = physical.region;
  if (region === void 0) return;
  isObject(region) || bad(file, at(runIndex, resultIndex, "locations", 0, "physicalLocation", "region"), `"region" is ${typeOf(region)}, but must be an object`);
  let { startLine, endLine, startColumn } = region;
  startLine !== void 0 && !isLineNumber(startLine) && notLineNumber(file, runIndex, resultIndex, "startLine", startLine), endLine !== void 0 && !isLineNumber(endLine) && notLineNumber(file, runIndex, resultIndex, "endLine", endLine), startColumn !== void 0 && !isLineNumber(startColumn) && notLineNumber(file, runIndex, resultIndex, "startColumn", startColumn);
}
function isLineNumber(value) {
  return Number.isInteger(value) && value >= 1;
}
function notObject(file, runIndex, resultIndex, key, value) {
  bad(file, at(runIndex, resultIndex, key), `"${key}" is ${typeOf(value)}, but must be an object`);
}
function notArray(file, runIndex, resultIndex, key, value) {
  bad(file, at(runIndex, resultIndex, key), `"${key}" is ${typeOf(value)}, but must be an array`);
}
function notLineNumber(file, runIndex, resultIndex, key, value) {
  bad(file, at(runIndex, resultIndex, "locations", 0, "physicalLocation", "region", key), `"${key}" is ${JSON.stringify(value)}, but must be a whole number from 1`);
}
function at(runIndex, resultIndex, ...segments) {
  return jsonPointer("runs", runIndex, "results", resultIndex, ...segments);
}
function bad(file, pointer, problem) {
  throw sarifError(file, pointer, problem, "Re-run the scanner, or fix the tool or converter that wrote this result");
}

// src/gate/ingest/result-claims.ts
var ResultClaims = class _ResultClaims {
  /** The same claims, on the other thread (from `shared`). */
  constructor(shared) {
    this.shared = shared;
    this.words = new Int32Array(shared);
  }
  shared;
  words;
  /** Claims on `count` results in chunks of `chunkResults` (more when the run needs more than MAX_CHUNKS chunks). */
  static forRun(count, chunkResults = 2048) {
    let size = Math.max(1, Math.floor(chunkResults), Math.ceil(count / 32767)), claims = new _ResultClaims(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT)), chunks = Math.ceil(count / size);
    return Atomics.store(claims.words, 1, size), Atomics.store(claims.words, 2, count), Atomics.store(claims.words, 0, chunks << 15), claims;
  }
  /** Unclaimed chunks. */
  unclaimed() {
    let state = Atomics.load(this.words, 0);
    return (state >>> 15) - (state & 32767);
  }
  /** Chunks claimed from the front so far (the front starts at chunk 0). */
  frontClaimed() {
    return Atomics.load(this.words, 0) & 32767;
  }
  /** Chunks claimed from the back so far (the back starts after the last chunk). */
  backClaimed() {
    return Math.ceil(this.words[2] / this.words[1]) - (Atomics.load(this.words, 0) >>> 15);
  }
  /** The first unclaimed chunk, or undefined when none is left. */
  claimFront() {
    return this.claim(!1);
  }
  /** The last unclaimed chunk, or undefined when none is left. */
  claimBack() {
    return this.claim(!0);
  }
  /** Takes the front or back chunk with one compare-and-swap of the state word (again if the other thread won). */
  claim(fromBack) {
    for (; ; ) {
      let state = Atomics.load(this.words, 0), front = state & 32767, back = state >>> 15;
      if (front >= back) return;
      let next = fromBack ? back - 1 << 15 | front : back << 15 | front + 1;
      if (Atomics.compareExchange(this.words, 0, state, next) === state) return this.chunk(fromBack ? back - 1 : front);
    }
  }
  chunk(chunk) {
    let size = this.words[1];
    return { chunk, from: chunk * size, to: Math.min((chunk + 1) * size, this.words[2]) };
  }
};

// src/gate/ingest/result-stream.ts
import { isAscii, isUtf8 as isUtf82 } from "node:buffer";
import { open } from "node:fs/promises";

// src/gate/ingest/decode-sarif.ts
import { isUtf8 } from "node:buffer";
var SARIF_VERSION = "2.1.0";
function decodeSarif(input, file) {
  return parseSarifText(sarifText(input, file), file);
}
function sarifText(input, file) {
  return typeof input == "string" ? checkText(input, file) : checkBytes(input, file);
}
function parseSarifText(text, file) {
  if (text.trim() === "")
    throw sarifError(file, "", "the file is empty (or only whitespace)", `${FIX_REGENERATE}: an empty file usually means the scan failed`);
  let log;
  try {
    log = JSON.parse(text);
  } catch (cause) {
    let found = findJsonSyntaxError(text), where2 = found ? `line ${found.line}, column ${found.column}` : "", problem = found ? `not valid JSON: ${found.problem}` : `not valid JSON (${cause.message})`, truncated = found !== void 0 && found.offset >= text.trimEnd().length;
    throw sarifError(file, where2, problem, truncated ? `The file looks truncated. ${FIX_REGENERATE}` : `${FIX_REGENERATE}, or fix the JSON by hand`);
  }
  return checkSkeleton(log, file), log;
}
function checkBytes(bytes, file) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255))
    throw sarifError(file, "byte 0", "the file is UTF-16 encoded (it starts with a UTF-16 byte order mark)", "Write the SARIF file as UTF-8");
  let nul = bytes.indexOf(0);
  if (nul !== -1) throw binaryError(file, nul);
  if (!isUtf8(bytes))
    throw sarifError(file, `byte ${firstInvalidUtf8(bytes)}`, "the file is not valid UTF-8 text (is it a binary file?)", "Pass the SARIF file the scanner wrote, encoded as UTF-8");
  let start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  return bytes.toString("utf8", start);
}
function checkText(text, file) {
  let nul = text.indexOf("\0");
  if (nul !== -1) throw binaryError(file, nul);
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function binaryError(file, offset) {
  return sarifError(file, `byte ${offset}`, "the file contains NUL bytes: it is binary (or UTF-16), not a SARIF JSON text", "Pass the SARIF file the scanner wrote, encoded as UTF-8");
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  for (; i < bytes.length; ) {
    let b = bytes[i], length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if ((bytes[i + k] & 192) !== 128) return i;
    if (!isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return i;
}
function checkSkeleton(log, file) {
  if (!isObject(log))
    throw sarifError(file, "/", `the top-level JSON value is ${typeOf(log)}, not a SARIF log object`, 'Pass a SARIF 2.1.0 log: an object with "version": "2.1.0" and a "runs" array');
  let saysSarif = typeof log.$schema == "string" && /sarif/i.test(log.$schema) && !("definitions" in log);
  if (log.runs === void 0 && log.version !== SARIF_VERSION && !saysSarif) {
    let looksLikeSchema = typeof log.$schema == "string" && ("definitions" in log || "properties" in log);
    throw sarifError(
      file,
      "/",
      looksLikeSchema ? "this is a JSON schema, not a SARIF log" : 'this JSON has no "runs": it is not a SARIF log',
      "Pass the scanner's SARIF output (for example its --format sarif file), not another report format"
    );
  }
  if (log.version !== SARIF_VERSION) {
    let problem = log.version === void 0 ? '"version" is missing' : `"version" is ${JSON.stringify(log.version)}, but only SARIF ${SARIF_VERSION} is supported`;
    throw sarifError(file, "/version", problem, `Produce SARIF ${SARIF_VERSION} (newer scanner versions do; older 2.0 or 1.0 logs can be converted with the SARIF multitool)`);
  }
  if (!Array.isArray(log.runs)) {
    let problem = log.runs === void 0 ? '"runs" is missing' : `"runs" is ${typeOf(log.runs)}, not an array`;
    throw sarifError(file, "/runs", problem, `${FIX_REGENERATE}; a log with no findings still has "runs": []`);
  }
  log.runs.forEach((run, index) => checkRun(run, index, file));
}
function checkRun(run, runIndex, file) {
  let at2 = (...segments) => jsonPointer("runs", runIndex, ...segments), expectObject = (value, pointer, what) => {
    if (!isObject(value))
      throw sarifError(file, pointer, `${what} is ${value === void 0 ? "missing" : typeOf(value)}, but must be an object`, FIX_REGENERATE);
  }, expectArray = (value, pointer, what) => {
    if (value !== void 0 && !Array.isArray(value))
      throw sarifError(file, pointer, `${what} is ${typeOf(value)}, but must be an array`, FIX_REGENERATE);
  };
  expectObject(run, at2(), "the run");
  let r = run;
  expectObject(r.tool, at2("tool"), '"tool"');
  let tool = r.tool;
  checkToolComponent(tool.driver, at2("tool", "driver"), '"tool.driver"', file, expectObject, expectArray), expectArray(tool.extensions, at2("tool", "extensions"), '"tool.extensions"'), tool.extensions?.forEach(
    (extension, index) => checkToolComponent(extension, at2("tool", "extensions", index), "a tool extension", file, expectObject, expectArray)
  ), expectArray(r.results, at2("results"), '"results"'), expectArray(r.artifacts, at2("artifacts"), '"artifacts"'), expectArray(r.taxonomies, at2("taxonomies"), '"taxonomies"'), r.originalUriBaseIds !== void 0 && expectObject(r.originalUriBaseIds, at2("originalUriBaseIds"), '"originalUriBaseIds"');
}
function checkToolComponent(component, pointer, what, file, expectObject, expectArray) {
  expectObject(component, pointer, what);
  let c = component;
  if (typeof c.name != "string" || c.name.trim() === "") {
    let problem = c.name === void 0 ? 'the tool name ("name") is missing' : `the tool name ("name") is ${typeOf(c.name)}${c.name === "" ? " that is empty" : ""}, but must be a non-empty string`;
    throw sarifError(file, `${pointer}/name`, problem, "Every SARIF run must name its tool; re-run the scanner or fix the converter that wrote this file");
  }
  expectArray(c.rules, `${pointer}/rules`, '"rules"'), c.rules?.forEach((rule, index) => {
    expectObject(rule, `${pointer}/rules/${index}`, "a rule");
    let id = rule.id;
    if (typeof id != "string")
      throw sarifError(file, `${pointer}/rules/${index}/id`, `the rule id is ${id === void 0 ? "missing" : typeOf(id)}, but must be a string`, FIX_REGENERATE);
  });
}

// src/gate/ingest/json-chunk-reader.ts
var JsonStructureError = class extends Error {
  constructor(problem, position, truncated) {
    super(problem);
    this.problem = problem;
    this.position = position;
    this.truncated = truncated;
  }
  problem;
  position;
  truncated;
}, QUOTE = 34, BACKSLASH = 92, NEWLINE = 10, OTHER = 0, STRING = 1, OPEN = 2, CLOSE = 3, LINE = 4, BYTE_KIND = new Uint8Array(256);
BYTE_KIND[QUOTE] = STRING;
BYTE_KIND[123] = OPEN;
BYTE_KIND[91] = OPEN;
BYTE_KIND[125] = CLOSE;
BYTE_KIND[93] = CLOSE;
BYTE_KIND[NEWLINE] = LINE;
function isWhitespace(b) {
  return b === 32 || b === 10 || b === 9 || b === 13;
}
function closingQuote(buf, from, end) {
  let at2 = from;
  for (; ; ) {
    let quote = buf.indexOf(QUOTE, at2);
    if (quote === -1 || quote >= end) return end;
    let backslashes = 0;
    for (let i = quote - 1; i >= from && buf[i] === BACKSLASH; i -= 1) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    at2 = quote + 1;
  }
}
function endsScalar(b) {
  return b === 44 || b === 125 || b === 93 || isWhitespace(b);
}
var JsonChunkReader = class {
  constructor(handle, chunkBytes, inspect = () => {
  }) {
    this.handle = handle;
    this.chunkBytes = chunkBytes;
    this.inspect = inspect;
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }
  handle;
  chunkBytes;
  inspect;
  buf;
  /** File offset of buf[0]. */
  bufStart = 0;
  /** Index in buf of the next unread byte, and the end of the valid bytes. */
  pos = 0;
  end = 0;
  eof = !1;
  markAt;
  line = 1;
  lineStart = 0;
  /** The position of the next unread byte. */
  position() {
    return { offset: this.bufStart + this.pos, line: this.line, lineStart: this.lineStart };
  }
  /** The file offset of the next unread byte (position() without the line, and without allocating). */
  offset() {
    return this.bufStart + this.pos;
  }
  /** Continues reading at `at` (a position this reader or another over the same file reported). */
  seek(at2) {
    this.bufStart = at2.offset, this.pos = 0, this.end = 0, this.eof = !1, this.markAt = void 0, this.line = at2.line, this.lineStart = at2.lineStart;
  }
  /** Keeps the bytes from the current position in memory until `sliceFromMark`. */
  mark() {
    this.markAt = this.bufStart + this.pos;
  }
  /** The bytes from the mark to the current position (a view: copy it to keep it past the next read), and drops the mark. */
  sliceFromMark() {
    let from = this.markAt;
    if (from === void 0) throw new Error("JsonChunkReader: sliceFromMark without mark");
    return this.markAt = void 0, this.buf.subarray(from - this.bufStart, this.pos);
  }
  /** Reads more bytes; false at the end of the file. Keeps the marked bytes, growing the window if they fill it. */
  async fill() {
    if (this.eof) return !1;
    let keepFrom = (this.markAt ?? this.bufStart + this.pos) - this.bufStart, kept = this.end - keepFrom;
    if (kept + this.chunkBytes > this.buf.length) {
      let bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, kept + this.chunkBytes));
      this.buf.copy(bigger, 0, keepFrom, this.end), this.buf = bigger;
    } else if (this.buf.length > 4 * this.chunkBytes && kept <= this.chunkBytes) {
      let smaller = Buffer.allocUnsafe(2 * this.chunkBytes);
      this.buf.copy(smaller, 0, keepFrom, this.end), this.buf = smaller;
    } else keepFrom > 0 && this.buf.copy(this.buf, 0, keepFrom, this.end);
    this.bufStart += keepFrom, this.pos -= keepFrom, this.end = kept;
    let want = Math.min(this.chunkBytes, this.buf.length - this.end), { bytesRead } = await this.handle.read(this.buf, this.end, want, this.bufStart + this.end);
    return bytesRead === 0 ? (this.eof = !0, !1) : (this.inspect(this.buf.subarray(this.end, this.end + bytesRead), this.bufStart + this.end), this.end += bytesRead, !0);
  }
  /** Skips whitespace and returns the next byte without consuming it, or -1 at the end of the file. */
  async peek() {
    for (; ; ) {
      for (; this.pos < this.end; ) {
        let b = this.buf[this.pos];
        if (!isWhitespace(b)) return b;
        b === NEWLINE && this.newline(this.pos), this.pos += 1;
      }
      if (!await this.fill()) return -1;
    }
  }
  /** Consumes one byte (after `peek` said what it is). */
  advance() {
    this.pos += 1;
  }
  /** Skips whitespace and consumes `byte`, or throws naming what was expected. */
  async expect(byte, expected) {
    let b = await this.peek();
    if (b !== byte) throw this.unexpected(b, expected);
    this.pos += 1;
  }
  /** A JsonStructureError at the current position for byte `b` (-1 = end of file). */
  unexpected(b, expected) {
    if (b === -1) return new JsonStructureError(`the text ends too early (truncated?): ${expected}`, this.position(), !0);
    let shown = b < 128 ? JSON.stringify(String.fromCharCode(b)) : `byte 0x${b.toString(16)}`;
    return new JsonStructureError(`unexpected ${shown}: ${expected}`, this.position(), !1);
  }
  /**
   * Skips one value starting at the next non-whitespace byte: a string, a container (to its
   * matching close) or a bare scalar. Hot loop: plain indexing on the window, awaiting only when
   * the window is used up.
   */
  async skipValue() {
    let first = await this.peek();
    if (first === -1) throw this.unexpected(first, "expected a value");
    if (first === 125 || first === 93 || first === 44 || first === 58) throw this.unexpected(first, "expected a value");
    if (first !== QUOTE && first !== 123 && first !== 91) {
      await this.skipScalar();
      return;
    }
    let depth = 0, inString = !1, escaped = !1;
    for (; ; ) {
      let buf = this.buf, end = this.end, i = this.pos;
      for (; i < end; i += 1) {
        if (inString && !escaped) {
          let q = closingQuote(buf, i, end);
          if (q < end) {
            if (inString = !1, depth === 0) {
              this.pos = q + 1;
              return;
            }
            i = q;
            continue;
          }
          for (; i < end; i += 1) escaped = escaped ? !1 : buf[i] === BACKSLASH;
          break;
        }
        let b = buf[i];
        if (inString)
          if (escaped) escaped = !1;
          else if (b === BACKSLASH) escaped = !0;
          else if (b === QUOTE) {
            if (inString = !1, depth === 0) {
              this.pos = i + 1;
              return;
            }
          } else b === NEWLINE && this.newline(i);
        else if (b === QUOTE) inString = !0;
        else if (b === 123 || b === 91) depth += 1;
        else if (b === 125 || b === 93) {
          if (depth -= 1, depth === 0) {
            this.pos = i + 1;
            return;
          }
        } else b === NEWLINE && this.newline(i);
      }
      if (this.pos = i, !await this.fill()) {
        let what = inString ? "a string that is never closed" : "an object or array that is never closed";
        throw new JsonStructureError(`the text ends too early (truncated?): ${what}`, this.position(), !0);
      }
    }
  }
  /**
   * The fast path through an array's elements (the results of a big run): from the current
   * position, at or before an element, locates every element that is an object, array or string
   * and lies wholly in the window, with the comma after it, synchronously (no await, no
   * allocation per element), calling `found` with each one's first byte (and its line) and the
   * byte after its last. Structure only, exactly as skipValue sees it. Returns `true` when it stops
   * right after an element (at what follows it: `]`, an error, or the window's end), `false` when
   * it stops at the start of an element it leaves to the general path (a scalar, something
   * invalid, or a value running past the window). Never consumes the `]`, and never a comma whose
   * next element does not begin in the window, so the general path's checks (trailing comma,
   * missing comma) see exactly what they would have.
   */
  locateInWindow(found) {
    let buf = this.buf, end = this.end, pos = this.pos, after = !1;
    for (; ; ) {
      for (; pos < end && isWhitespace(buf[pos]); )
        buf[pos] === NEWLINE && this.newline(pos), pos += 1;
      if (this.pos = pos, pos >= end) return after;
      if (after) {
        if (buf[pos] !== 44) return !0;
        let next = pos + 1, line2 = this.line, lineStart2 = this.lineStart;
        for (; next < end && isWhitespace(buf[next]); )
          buf[next] === NEWLINE && (line2 += 1, lineStart2 = this.bufStart + next + 1), next += 1;
        if (next >= end || buf[next] === 93) return !0;
        pos = next, this.pos = pos, this.line = line2, this.lineStart = lineStart2, after = !1;
      }
      let first = buf[pos];
      if (first !== QUOTE && first !== 123 && first !== 91) return !1;
      let line = this.line, lineStart = this.lineStart, depth = 0, i = pos, complete = !1;
      for (; i < end; ) {
        let kind = BYTE_KIND[buf[i]];
        if (kind === OTHER) {
          i += 1;
          continue;
        }
        if (kind === STRING) {
          if (i = closingQuote(buf, i + 1, end), i >= end) break;
          if (depth === 0) {
            complete = !0, i += 1;
            break;
          }
        } else if (kind === OPEN) depth += 1;
        else if (kind === CLOSE) {
          if (depth -= 1, depth === 0) {
            complete = !0, i += 1;
            break;
          }
        } else
          line += 1, lineStart = this.bufStart + i + 1;
        i += 1;
      }
      if (!complete) return !1;
      found(this.bufStart + pos, this.line, this.lineStart, this.bufStart + i), this.line = line, this.lineStart = lineStart, pos = i, this.pos = pos, after = !0;
    }
  }
  async skipScalar() {
    for (; ; ) {
      for (; this.pos < this.end; ) {
        if (endsScalar(this.buf[this.pos])) return;
        this.pos += 1;
      }
      if (!await this.fill()) return;
    }
  }
  newline(index) {
    this.line += 1, this.lineStart = this.bufStart + index + 1;
  }
};

// src/gate/ingest/result-spans.ts
var ResultSpans = class _ResultSpans {
  starts;
  ends;
  lines;
  lineStarts;
  count = 0;
  /** The run's index of the first span held (0 unless made from a slice). */
  firstIndex = 0;
  /**
   * `expected`: how many spans to make room for at once (a guess from the bytes left to scan), so
   * a big run's arrays are not copied a dozen times as they double.
   */
  constructor(expected = 0) {
    let size = Math.max(1024, Math.min(1048576, Math.ceil(expected)));
    this.starts = new Float64Array(size), this.ends = new Float64Array(size), this.lines = new Float64Array(size), this.lineStarts = new Float64Array(size);
  }
  /** Spans holding what `slice()` gave (another thread's copy of a range). */
  static fromSlice(slice) {
    let spans = new _ResultSpans();
    return spans.starts = slice.starts, spans.ends = slice.ends, spans.lines = slice.lines, spans.lineStarts = slice.lineStarts, spans.count = slice.starts.length, spans.firstIndex = slice.first, spans;
  }
  /** The index of the first span held. */
  get first() {
    return this.firstIndex;
  }
  /** One past the index of the last span held: the run's result count for a whole run. */
  get length() {
    return this.firstIndex + this.count;
  }
  push(start, end) {
    this.pushAt(start.offset, start.line, start.lineStart, end);
  }
  /** push() without a BytePosition object: the scan's fast path records hundreds of thousands. */
  pushAt(offset, line, lineStart, end) {
    this.count === this.starts.length && this.grow();
    let i = this.count;
    this.starts[i] = offset, this.ends[i] = end, this.lines[i] = line, this.lineStarts[i] = lineStart, this.count += 1;
  }
  start(index) {
    return this.starts[index - this.firstIndex];
  }
  end(index) {
    return this.ends[index - this.firstIndex];
  }
  position(index) {
    let i = index - this.firstIndex;
    return { offset: this.starts[i], line: this.lines[i], lineStart: this.lineStarts[i] };
  }
  /** The spans of results `from` (inclusive) to `to` (exclusive), copied. */
  slice(from, to) {
    let a = from - this.firstIndex, b = to - this.firstIndex;
    if (a < 0 || b > this.count || a > b) throw new RangeError(`no spans ${from}..${to} in ${this.firstIndex}..${this.length}`);
    return {
      first: from,
      starts: this.starts.slice(a, b),
      ends: this.ends.slice(a, b),
      lines: this.lines.slice(a, b),
      lineStarts: this.lineStarts.slice(a, b)
    };
  }
  grow() {
    let size = Math.max(1024, this.starts.length * 2), grown = (from) => {
      let to = new Float64Array(size);
      return to.set(from), to;
    };
    this.starts = grown(this.starts), this.ends = grown(this.ends), this.lines = grown(this.lines), this.lineStarts = grown(this.lineStarts);
  }
};

// src/gate/ingest/result-stream.ts
var DEFAULT_CHUNK_BYTES = 8 * 1024 * 1024, FIX_ENCODING = "Pass the SARIF file the scanner wrote, encoded as UTF-8", OPEN_OBJECT = 123, CLOSE_OBJECT = 125, OPEN_ARRAY = 91, CLOSE_ARRAY = 93, COMMA = 44, COLON = 58, QUOTE2 = 34;
async function* streamSarif(file, options = {}) {
  let displayName = options.displayName ?? file, chunkBytes = chunkBytesOf(options), { handle, bytes } = await openSarif(file, displayName);
  try {
    let reader = new JsonChunkReader(handle, chunkBytes, refuseNul(displayName));
    reader.seek(await startAfterBom(handle, displayName)), yield* new LogWalker(reader, { file, displayName, chunkBytes, bytes }).walk();
  } catch (error) {
    throw asConfigurationError(error, displayName);
  } finally {
    await handle.close();
  }
}
function chunkBytesOf(options) {
  return Math.max(1, Math.floor(options.chunkBytes ?? DEFAULT_CHUNK_BYTES));
}
var BYTES_PER_RESULT_GUESS = 256, LogWalker = class {
  constructor(reader, source) {
    this.reader = reader;
    this.source = source;
  }
  reader;
  source;
  async *walk() {
    let { reader } = this, first = await reader.peek();
    if (first === -1)
      throw sarifError(this.source.displayName, "", "the file is empty (or only whitespace)", `${FIX_REGENERATE}: an empty file usually means the scan failed`);
    if (first !== OPEN_OBJECT) {
      let at2 = reader.position();
      reader.mark(), await reader.skipValue();
      let value = parseSlice(reader.sliceFromMark(), at2, this.source.displayName);
      throw parseSarifText(JSON.stringify(value), this.source.displayName), new Error("unreachable: a top-level value that is not an object passed the log checks");
    }
    reader.advance();
    let log = {}, runsAt, lookingAhead = !1, walked = !1;
    for (let b = await reader.peek(); b !== CLOSE_OBJECT; ) {
      let key = await readKey(reader, this.source.displayName);
      await reader.expect(COLON, 'expected ":" after a property name'), key === "runs" && await reader.peek() === OPEN_ARRAY && !walked ? (runsAt = reader.position(), !("version" in log) && !lookingAhead ? (lookingAhead = !0, await reader.skipValue()) : (checkLog(log, !0, this.source.displayName), yield* this.walkRuns(), walked = !0), setMember(log, "runs", [])) : setMember(log, key, await readValue(reader, this.source.displayName)), b = await afterMember(reader);
    }
    if (reader.advance(), await reader.peek() !== -1) throw new JsonStructureError("unexpected text after the end of the JSON value", reader.position(), !1);
    checkLog(log, runsAt !== void 0, this.source.displayName), lookingAhead && !walked && runsAt !== void 0 && (reader.seek(runsAt), yield* this.walkRuns());
  }
  /** Reads `runs` from its "[" to its "]", yielding each run once its envelope is complete. */
  async *walkRuns() {
    let { reader, source } = this;
    if (await reader.expect(OPEN_ARRAY, 'expected "["'), await reader.peek() === CLOSE_ARRAY) {
      reader.advance();
      return;
    }
    for (let runIndex = 0; ; runIndex += 1) {
      await reader.peek() !== OPEN_OBJECT && checkRun(await readValue(reader, source.displayName), runIndex, source.displayName);
      let { run, spans } = await readRunEnvelope(reader, source);
      checkRun(run, runIndex, source.displayName), yield {
        runIndex,
        run,
        resultCount: spans?.length ?? 0,
        results: spans === void 0 ? noResults() : streamResults(source, spans, { from: 0, to: spans.length }),
        resultBatches: (from = 0, to = spans?.length ?? 0) => spans === void 0 ? noResults() : streamResultBatches(source, spans, { from, to }),
        rangeBatches: (ranges) => spans === void 0 ? noResults() : streamResultBatches(source, spans, ranges),
        spanSlice: (from, to) => (spans ?? new ResultSpans()).slice(from, to),
        rereadBytes: (indexes) => spans === void 0 ? noResults() : streamResultBatches(source, spans, indexes, resultBytes)
      };
      let b = await reader.peek();
      if (b === CLOSE_ARRAY) {
        reader.advance();
        return;
      }
      if (b !== COMMA) throw reader.unexpected(b, 'expected "," or "]" in an array');
      if (reader.advance(), await reader.peek() === CLOSE_ARRAY) throw new JsonStructureError('a trailing comma before "]"', reader.position(), !1);
    }
  }
};
async function afterMember(reader) {
  let b = await reader.peek();
  if (b === COMMA) {
    reader.advance();
    let next = await reader.peek();
    if (next === CLOSE_OBJECT) throw new JsonStructureError('a trailing comma before "}"', reader.position(), !1);
    return next;
  }
  if (b !== CLOSE_OBJECT) throw reader.unexpected(b, 'expected "," or "}" in an object');
  return b;
}
async function readRunEnvelope(reader, source) {
  let { displayName } = source;
  await reader.expect(OPEN_OBJECT, 'expected "{"');
  let run = {}, spans;
  for (let b = await reader.peek(); b !== CLOSE_OBJECT; ) {
    let key = await readKey(reader, displayName);
    await reader.expect(COLON, 'expected ":" after a property name'), key === "results" && await reader.peek() === OPEN_ARRAY ? (spans = await locateElements(reader, ((source.bytes ?? 0) - reader.offset()) / BYTES_PER_RESULT_GUESS), setMember(run, key, [])) : (key === "results" && (spans = void 0), setMember(run, key, await readValue(reader, displayName))), b = await afterMember(reader);
  }
  return reader.advance(), { run, spans };
}
async function locateElements(reader, expected) {
  let spans = new ResultSpans(expected);
  if (await reader.expect(OPEN_ARRAY, 'expected "["'), await reader.peek() === CLOSE_ARRAY)
    return reader.advance(), spans;
  let found = (start, line, lineStart, end) => spans.pushAt(start, line, lineStart, end);
  for (; ; ) {
    if (!reader.locateInWindow(found)) {
      await reader.peek();
      let start = reader.position();
      await reader.skipValue(), spans.push(start, reader.offset());
    }
    let b = await reader.peek();
    if (b === CLOSE_ARRAY)
      return reader.advance(), spans;
    if (b !== COMMA) throw reader.unexpected(b, 'expected "," or "]" in an array');
    if (reader.advance(), await reader.peek() === CLOSE_ARRAY) throw new JsonStructureError('a trailing comma before "]"', reader.position(), !1);
  }
}
var RESULTS_PER_BATCH = 64;
async function* streamResultBatches(source, spans, which, take = parseResult) {
  let next = segmentsOf(which), segment = next();
  if (segment === void 0) return;
  let { handle } = await openSarif(source.file, source.displayName);
  try {
    let buf = Buffer.allocUnsafe(source.chunkBytes), bufStart = 0, bufEnd = 0, ascii = !1;
    for (; segment !== void 0; segment = next()) {
      let { from, count, only } = segment;
      if (count === 0) continue;
      let last = only === void 0 ? from + count - 1 : only[count - 1];
      checkResultIndex(spans, last);
      let limit = spans.end(last);
      for (let n = 0; n < count; ) {
        let batch = [];
        try {
          for (; n < count; n += 1) {
            let resultIndex = only === void 0 ? from + n : only[n];
            checkResultIndex(spans, resultIndex);
            let start = spans.start(resultIndex), end = spans.end(resultIndex);
            if (batch.length === RESULTS_PER_BATCH) break;
            if (end > bufEnd || start < bufStart) {
              if (batch.length > 0) break;
              let size = Math.max(source.chunkBytes, end - start);
              buf.length !== size && (buf = Buffer.allocUnsafe(size));
              let want = Math.max(end, Math.min(limit, start + size)) - start, filled = 0;
              for (; filled < want; ) {
                let { bytesRead } = await handle.read(buf, filled, want - filled, start + filled);
                if (bytesRead === 0) throw new Error(`${source.displayName} changed while it was read (it is shorter than when it was scanned)`);
                filled += bytesRead;
              }
              bufStart = start, bufEnd = start + filled, ascii = isAscii(buf.subarray(0, filled));
            }
            let result = take(buf, start - bufStart, end - bufStart, ascii, spans, resultIndex, source.displayName);
            batch.push({ resultIndex, result });
          }
        } catch (error) {
          throw batch.length > 0 && (yield batch), error;
        }
        yield batch;
      }
    }
  } catch (error) {
    throw asConfigurationError(error, source.displayName);
  } finally {
    await handle.close();
  }
}
function segmentsOf(which) {
  if (typeof which == "function")
    return () => {
      let range = which();
      return range && { from: range.from, count: Math.max(0, range.to - range.from) };
    };
  let segment = Array.isArray(which) ? { from: 0, count: which.length, only: which } : { from: which.from, count: Math.max(0, which.to - which.from) }, given = segment.count === 0;
  return () => {
    if (!given)
      return given = !0, segment;
  };
}
function checkResultIndex(spans, index) {
  if (index < spans.first || index >= spans.length) throw new RangeError(`no result ${index} in a run of ${spans.length}`);
}
async function* streamResults(source, spans, which) {
  for await (let batch of streamResultBatches(source, spans, which)) yield* batch;
}
function readSpanSlice(file, slice, options = {}, ranges) {
  let spans = ResultSpans.fromSlice(slice), source = { file, displayName: options.displayName ?? file, chunkBytes: chunkBytesOf(options) };
  return streamResultBatches(source, spans, ranges ?? { from: spans.first, to: spans.length });
}
async function* noResults() {
}
var latin1Slice = typeof Buffer.prototype.latin1Slice == "function" ? (buf, from, to) => buf.latin1Slice(from, to) : (buf, from, to) => buf.toString("latin1", from, to);
function resultBytes(buf, from, to) {
  return buf.subarray(from, to);
}
function parseResult(buf, from, to, ascii, spans, index, displayName) {
  if (ascii)
    try {
      return JSON.parse(latin1Slice(buf, from, to));
    } catch {
    }
  return parseSlice(buf.subarray(from, to), spans.position(index), displayName);
}
async function readKey(reader, displayName) {
  let b = await reader.peek();
  if (b !== QUOTE2) throw reader.unexpected(b, "expected a property name in double quotes");
  return await readValue(reader, displayName);
}
async function readValue(reader, displayName) {
  await reader.peek();
  let at2 = reader.position();
  return reader.mark(), await reader.skipValue(), parseSlice(reader.sliceFromMark(), at2, displayName);
}
function parseSlice(bytes, at2, displayName) {
  if (!isUtf82(bytes))
    throw sarifError(displayName, `${where(at2)} (in the value starting there)`, "the file is not valid UTF-8 text (is it a binary file?)", FIX_ENCODING);
  let text = bytes.toString("utf8");
  try {
    return JSON.parse(text);
  } catch (cause) {
    let found = findJsonSyntaxError(text);
    if (found === void 0)
      throw sarifError(displayName, where(at2), `not valid JSON (${cause.message})`, `${FIX_REGENERATE}, or fix the JSON by hand`);
    let line = at2.line + found.line - 1, column = found.line === 1 ? at2.offset - at2.lineStart + found.column : found.column;
    throw sarifError(displayName, `line ${line}, column ${column}`, `not valid JSON: ${found.problem}`, `${FIX_REGENERATE}, or fix the JSON by hand`);
  }
}
function where(at2) {
  return `line ${at2.line}, column ${at2.offset - at2.lineStart + 1}`;
}
function checkLog(log, hasRunsArray, displayName) {
  let skeleton = hasRunsArray ? { ...log, runs: [] } : log;
  parseSarifText(JSON.stringify(skeleton), displayName);
}
function setMember(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: !0, writable: !0, configurable: !0 });
}
function refuseNul(displayName) {
  return (bytes, offset) => {
    let nul = bytes.indexOf(0);
    if (nul !== -1)
      throw sarifError(displayName, `byte ${offset + nul}`, "the file contains NUL bytes: it is binary (or UTF-16), not a SARIF JSON text", FIX_ENCODING);
  };
}
async function startAfterBom(handle, displayName) {
  let head = Buffer.alloc(3), { bytesRead } = await handle.read(head, 0, 3, 0);
  if (bytesRead >= 2 && (head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255))
    throw sarifError(displayName, "byte 0", "the file is UTF-16 encoded (it starts with a UTF-16 byte order mark)", "Write the SARIF file as UTF-8");
  let bom = bytesRead === 3 && head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0;
  return { offset: bom, line: 1, lineStart: bom };
}
async function openSarif(file, displayName) {
  try {
    let handle = await open(file, "r"), stats = await handle.stat();
    if (stats.isDirectory())
      throw await handle.close(), Object.assign(new Error(`EISDIR: ${file}`), { code: "EISDIR" });
    return { handle, bytes: stats.size };
  } catch (cause) {
    throw unreadableSarifError(displayName, cause);
  }
}
function asConfigurationError(error, displayName) {
  if (!(error instanceof JsonStructureError)) return error;
  let fix = error.truncated ? `The file looks truncated. ${FIX_REGENERATE}` : `${FIX_REGENERATE}, or fix the JSON by hand`;
  return sarifError(displayName, where(error.position), `not valid JSON: ${error.problem}`, fix);
}

// src/gate/ingest/normalize-worker.ts
var FINDINGS_PER_MESSAGE = 512;
async function runNormalizeWorker() {
  let port = parentPort;
  if (port === null) throw new Error("runNormalizeWorker runs in a worker thread");
  let job = await new Promise((resolve) => port.once("message", resolve)), post = (message, transfer = []) => port.postMessage(message, transfer);
  try {
    let normalizer = createRunNormalizer(job.run, job.runIndex, {
      file: job.name,
      workspace: job.workspace,
      ...job.toolCategories ? { toolCategories: job.toolCategories } : {},
      deferRepeats: !0
    }), packer = new Packer(), pending = [], pendingChunk = -1, flush = () => {
      if (pending.length === 0) return;
      let packed = packer.pack(pending);
      pending = [], post({ type: "findings", packed, chunk: pendingChunk }, [packed.refs.buffer, packed.numbers.buffer, packed.messages.buffer, packed.messageLengths.buffer]);
    }, claims = new ResultClaims(job.claims), chunk, claim = () => chunk = claims.claimBack(), options = { displayName: job.name, ...job.chunkBytes !== void 0 ? { chunkBytes: job.chunkBytes } : {} }, failure;
    for (let done = !1; !done; )
      try {
        for await (let batch of readSpanSlice(job.path, job.slice, options, claim)) {
          chunk.chunk !== pendingChunk && (flush(), pendingChunk = chunk.chunk);
          for (let { resultIndex, result } of batch) {
            let finding = normalizer.normalizeResult(result, resultIndex);
            finding !== void 0 && pending.push(finding);
          }
          pending.length >= FINDINGS_PER_MESSAGE && flush();
        }
        done = !0;
      } catch (error) {
        failure = error, pending = [];
      }
    if (failure !== void 0) throw failure;
    flush(), post({ type: "done", summary: normalizer.summary });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error), configuration: error instanceof ConfigurationError });
  }
}
function startNormalizeWorker(script) {
  let worker = new Worker(script), queue = [], failure, exited = !1, wake, notify = () => {
    wake?.(), wake = void 0;
  };
  worker.on("message", (message) => {
    queue.push(message), notify();
  }), worker.on("error", (error) => {
    failure ??= error, notify();
  }), worker.on("exit", () => {
    exited = !0, notify();
  });
  let stop = async () => {
    await worker.terminate();
  };
  return {
    normalize(job, messages) {
      worker.postMessage(job);
      let summary, unpacker = new Unpacker(messages);
      return {
        async *findings() {
          let received = [];
          for (; ; ) {
            let message = queue.shift();
            if (message === void 0) {
              if (failure) throw failure;
              if (exited) throw new Error("the normalize worker stopped before it finished");
              await new Promise((resolve) => wake = resolve);
              continue;
            }
            if (message.type === "findings") received.push({ chunk: message.chunk, findings: unpacker.unpack(message.packed) });
            else {
              if (message.type === "error") throw message.configuration ? new ConfigurationError(message.message) : new Error(message.message);
              summary = message.summary;
              break;
            }
          }
          received.sort((a, b) => a.chunk - b.chunk);
          for (let { findings } of received) yield findings;
        },
        summary() {
          if (summary === void 0) throw new Error("the normalize worker has not finished");
          return summary;
        },
        stop
      };
    },
    stop
  };
}

export {
  decodeSarif,
  OccurrenceCounter,
  numberRepeat,
  SEVERITIES,
  CATEGORIES,
  isAtLeast,
  runKey,
  foldToolName,
  cweFromText,
  addRunCounts,
  createRunNormalizer,
  TextsByRun,
  MessageStore,
  findingMessage,
  ResultClaims,
  streamSarif,
  runNormalizeWorker,
  startNormalizeWorker
};

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  Ledger,
  code,
  createGitHubClient,
  heading,
  link,
  table
} from "../../chunks/chunk-FLOK2LZY.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-UK76Z5QT.mjs";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError
} from "../../chunks/chunk-FWNKWSUC.mjs";
import "../../chunks/chunk-MF33KR5O.mjs";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  return input == null ? "" : typeof input == "string" || input instanceof String ? input : JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  return Object.keys(annotationProperties).length ? {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  } : {};
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  let cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::", Command = class {
  constructor(command, properties, message) {
    command || (command = "missing.command"), this.command = command, this.properties = properties, this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = !0;
      for (let key in this.properties)
        if (this.properties.hasOwnProperty(key)) {
          let val = this.properties[key];
          val && (first ? first = !1 : cmdStr += ",", cmdStr += `${key}=${escapeProperty(val)}`);
        }
    }
    return cmdStr += `${CMD_STRING}${escapeData(this.message)}`, cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  let filePath = process.env[`GITHUB_${command}`];
  if (!filePath)
    throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!fs.existsSync(filePath))
    throw new Error(`Missing file at path: ${filePath}`);
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  let delimiter = `ghadelimiter_${crypto.randomUUID()}`, convertedValue = toCommandValue(value);
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (convertedValue.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator.throw(value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
}, { access, appendFile, writeFile } = promises, SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath)
        return this._filePath;
      let pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv)
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      return this._filePath = pathFromEnv, this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    let htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    return content ? `<${tag}${htmlAttrs}>${content}</${tag}>` : `<${tag}${htmlAttrs}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      let overwrite = !!options?.overwrite, filePath = yield this.filePath();
      return yield (overwrite ? writeFile : appendFile)(filePath, this._buffer, { encoding: "utf8" }), this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: !0 });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    return this._buffer = "", this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = !1) {
    return this._buffer += text, addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    let attrs = Object.assign({}, lang && { lang }), element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = !1) {
    let tag = ordered ? "ol" : "ul", listItems = items.map((item) => this.wrap("li", item)).join(""), element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    let tableBody = rows.map((row) => {
      let cells = row.map((cell) => {
        if (typeof cell == "string")
          return this.wrap("td", cell);
        let { header, data, colspan, rowspan } = cell, tag = header ? "th" : "td", attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join(""), element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    let element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    let { width, height } = options || {}, attrs = Object.assign(Object.assign({}, width && { width }), height && { height }), element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    let tag = `h${level}`, allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1", element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    let element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    let element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    let attrs = Object.assign({}, cite && { cite }), element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    let element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
}, _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises, IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform(), arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2.Success = 0] = "Success", ExitCode2[ExitCode2.Failure = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  let val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val)
    throw new Error(`Input required and not supplied: ${name}`);
  return options && options.trimWhitespace === !1 ? val : val.trim();
}
function setOutput(name, value) {
  if (process.env.GITHUB_OUTPUT || "")
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  process.stdout.write(os4.EOL), issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure, error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/runtime/run.ts
async function runAction(main2) {
  try {
    await main2();
  } catch (error2) {
    logDetails(error2), isConfigurationError(error2) ? setFailed(error2.message) : setFailed(
      `Stopline hit an unexpected error: ${withoutFinalStop(errorMessage(error2))}. This is a bug or an outage; the stack trace is in the debug log.`
    );
  }
}
function logDetails(error2) {
  try {
    if (error2 instanceof Error && error2.stack && debug(error2.stack), error2 instanceof Error && error2.cause !== void 0) {
      let cause = error2.cause;
      debug(`caused by: ${cause instanceof Error && cause.stack ? cause.stack : errorMessage(cause)}`);
    }
  } catch {
  }
}
function withoutFinalStop(message) {
  return message.replace(/\.+\s*$/, "");
}

// src/board/board.ts
function isFreezeActive(freeze, now) {
  return Date.parse(freeze.since) > now.getTime() ? !1 : freeze.until === void 0 || Date.parse(freeze.until) > now.getTime();
}
function buildBoard(state, now) {
  let activeFreezes = state.freezes.filter((f) => isFreezeActive(f, now)), endedFreezes = state.freezes.filter((f) => !isFreezeActive(f, now) && Date.parse(f.since) <= now.getTime()), leases = Object.entries(state.leases).map(([environment, lease]) => ({ ...lease, environment, expired: Date.parse(lease.expiresAt) <= now.getTime() })).sort((a, b) => a.environment.localeCompare(b.environment)), environments = Object.entries(state.environments).map(([name, pointer]) => ({ ...pointer, name })).sort((a, b) => a.name.localeCompare(b.name)), red = state.line.state === "red", frozen = activeFreezes.length > 0;
  return { overall: red && frozen ? "red-and-frozen" : red ? "red" : frozen ? "frozen" : "green", line: state.line, activeFreezes, endedFreezes, leases, environments, releases: Object.keys(state.releases).length };
}

// src/runtime/duration.ts
var UNIT_MS = {
  w: 10080 * 60 * 1e3,
  d: 1440 * 60 * 1e3,
  h: 3600 * 1e3,
  m: 60 * 1e3,
  s: 1e3,
  ms: 1
};
var FORMAT_UNITS = [
  ["d", UNIT_MS.d],
  ["h", UNIT_MS.h],
  ["m", UNIT_MS.m],
  ["s", UNIT_MS.s]
];
function formatDuration(ms) {
  if (!Number.isFinite(ms)) throw new RangeError(`formatDuration: ${ms} is not a finite duration`);
  if (ms < 0) return `-${formatDuration(-ms)}`;
  let rounded = Math.round(ms);
  if (rounded < 1e3) return `${rounded}ms`;
  if (rounded < 1e4) {
    let tenths = Math.floor(rounded / 100) / 10;
    return `${Number.isInteger(tenths) ? tenths.toFixed(0) : tenths.toFixed(1)}s`;
  }
  let parts = [], rest = rounded;
  for (let [unit, size] of FORMAT_UNITS) {
    let count = Math.floor(rest / size);
    if (rest -= count * size, (parts.length > 0 || count > 0) && parts.push(count > 0 ? `${count}${unit}` : ""), parts.length === 2) break;
  }
  return parts.filter((part) => part !== "").join(" ");
}

// src/report/time.ts
function formatTimestamp(iso) {
  let date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function formatTimestampRelative(iso, now) {
  let delta = Date.parse(iso) - now.getTime();
  if (Number.isNaN(delta)) return iso;
  let age = formatDuration(Math.abs(delta));
  return `${formatTimestamp(iso)} (${delta > 0 ? `in ${age}` : `${age} ago`})`;
}

// src/board/render-board.ts
var HEADLINE = {
  green: "\u{1F7E2} The line is green: merges and deploys may go",
  red: "\u{1F534} The line is stopped: main is red",
  frozen: "\u{1F9CA} Frozen: merges and deploys wait for the freeze to end",
  "red-and-frozen": "\u{1F534}\u{1F9CA} Stopped and frozen: main is red and a freeze is in force"
}, since = formatTimestampRelative, short = (sha) => code(sha.slice(0, 7));
function renderBoard(board, context) {
  let { now } = context, sections = [[heading(`Stopline board: ${context.repository}`, 2), `**${HEADLINE[board.overall]}**`]], line = board.line, lineRows = [["since", context.ledgerHead ? since(line.since, now) : "no build result recorded yet"]];
  if (line.state === "red" && line.firstBad) {
    let bad = line.firstBad;
    lineRows.push(["first bad commit", short(bad.sha)]), bad.runUrl && lineRows.push(["failing run", link(bad.runId !== void 0 ? `run ${bad.runId}` : "run", bad.runUrl)]), bad.author && lineRows.push(["author", `@${bad.author}`]);
  }
  sections.push([heading("Line", 3), table(["state", line.state], lineRows)]);
  let freezes = [heading("Freezes", 3)];
  sections.push(freezes), board.activeFreezes.length === 0 ? freezes.push("No freeze is in force.") : freezes.push(
    table(
      ["reason", "by", "since", "until", "source"],
      board.activeFreezes.map((f) => [f.reason, f.by, since(f.since, now), f.until ? formatTimestamp(f.until) : "until lifted", f.source])
    )
  ), board.endedFreezes.length > 0 && freezes.push(`${board.endedFreezes.length} earlier freeze(s) have ended.`);
  let leases = [heading("Deploy leases", 3)];
  sections.push(leases), board.leases.length === 0 ? leases.push("No environment is leased: no deploy is running.") : leases.push(
    table(
      ["environment", "held by", "since", "expires", "epoch"],
      board.leases.map((l) => [
        l.environment,
        `run ${l.owner.runId} attempt ${l.owner.runAttempt}${l.owner.workflow ? ` (${l.owner.workflow})` : ""}`,
        since(l.acquiredAt, now),
        l.expired ? `**expired** ${since(l.expiresAt, now)}: the next deploy takes it over` : since(l.expiresAt, now),
        l.epoch
      ])
    )
  );
  let environments = [heading("What runs where", 3)];
  sections.push(environments), board.environments.length === 0 ? environments.push("Nothing has been deployed through Stopline yet.") : environments.push(
    table(
      ["environment", "release", "version", "commit", "since", "verified"],
      board.environments.map((e) => [e.name, code(e.releaseId.slice(0, 19)), e.version ?? "", short(e.sha), since(e.since, now), e.verified ? "\u2705 yes" : "\u23F3 not yet"])
    )
  );
  let ledger = context.ledgerHead ? `Read from ${code(context.ledgerRef)} at ${link(context.ledgerHead.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${context.ledgerHead}`)}; ${board.releases} release(s) registered.` : `The ledger ${code(context.ledgerRef)} does not exist yet: Stopline creates it on its first write.`;
  return sections.push([ledger]), sections;
}

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024, SEPARATOR = `

`, Summary2 = class {
  sections = [];
  fullReportPath;
  constructor(options = {}) {
    this.fullReportPath = options.fullReportPath;
  }
  /**
   * Adds one section made of the given Markdown parts (joined by blank lines). A section is the
   * unit that truncation drops, so keep a heading and its table in the same section.
   * Empty parts are skipped, and a section with no content is not added.
   */
  add(...parts) {
    let text = parts.map((part) => part.replace(/\s+$/, "")).filter((part) => part.trim() !== "").join(SEPARATOR);
    return text !== "" && this.sections.push(text), this;
  }
  /** Adds a section that starts with a heading (level 3 by default) followed by the body parts. */
  addSection(title, ...body) {
    return this.add(heading(title, 3), ...body);
  }
  /** How many sections have been added. */
  get sectionCount() {
    return this.sections.length;
  }
  /** True when nothing has been added. */
  get isEmpty() {
    return this.sections.length === 0;
  }
  /**
   * The Markdown, at most `limitBytes` UTF-8 bytes long (note included), ending in a newline.
   *
   * When everything does not fit, whole trailing sections are dropped first; the room that is
   * left is filled with the first dropped section cut at a line boundary (a table cut between
   * rows is still a table), and a note says how much was left out and where the full report is.
   * Code fences and `<details>` blocks left open by the cut are closed, so the note is not
   * swallowed by them. Only when not even one line fits is text cut mid-line, and never inside
   * a multi-byte character.
   */
  render(limitBytes = SUMMARY_LIMIT_BYTES) {
    let total = this.sections.length;
    if (total === 0) return "";
    let full = `${this.sections.join(SEPARATOR)}
`;
    if (utf8Length(full) <= limitBytes) return full;
    let ends = [], offset = 0;
    for (let [index, section] of this.sections.entries())
      offset += (index > 0 ? SEPARATOR.length : 0) + utf8Length(section), ends.push(offset);
    for (let kept = total - 1; kept >= 0; kept -= 1) {
      let headBytes = kept === 0 ? 0 : ends[kept - 1] + SEPARATOR.length, head = () => kept === 0 ? "" : this.sections.slice(0, kept).join(SEPARATOR) + SEPARATOR, partialNote = `${this.note(total - kept - 1, total, !0)}
`, room = limitBytes - headBytes - utf8Length(partialNote) - SEPARATOR.length;
      if (room > 0) {
        let cut = cutAtLine(this.sections[kept], room, kept === 0);
        if (cut !== "") return `${head()}${cut}${SEPARATOR}${partialNote}`;
      }
      let note = `${this.note(total - kept, total, !1)}
`;
      if (kept > 0 && headBytes + utf8Length(note) <= limitBytes) return `${head()}${note}`;
    }
    return truncateUtf8(`${this.note(total, total, !1)}
`, limitBytes);
  }
  note(omitted, total, cutShort) {
    let counts = cutShort ? `${omitted} of ${total} sections omitted and 1 cut short` : `${omitted} of ${total} sections omitted`, where = this.fullReportPath === void 0 ? "" : `; the full report is in ${code(this.fullReportPath)}`;
    return `Summary truncated: ${counts} to stay under GitHub's 1 MiB job-summary limit${where}.`;
  }
};
function utf8Length(text) {
  return Buffer.byteLength(text, "utf8");
}
function truncateUtf8(text, maxBytes) {
  if (maxBytes <= 0) return "";
  let bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  for (; end > 0 && (bytes[end] & 192) === 128; ) end -= 1;
  return bytes.subarray(0, end).toString("utf8");
}
function cutAtLine(section, maxBytes, orCutLine) {
  let lines = section.split(`
`), used = 0, count = 0;
  for (; count < lines.length && used + utf8Length(lines[count]) + (count > 0 ? 1 : 0) <= maxBytes; )
    used += utf8Length(lines[count]) + (count > 0 ? 1 : 0), count += 1;
  for (; count > 0; count -= 1) {
    let kept = lines.slice(0, count).join(`
`), closed = kept + closers(kept);
    if (utf8Length(closed) <= maxBytes) return closed;
  }
  return orCutLine ? truncateUtf8(lines[0], maxBytes) : "";
}
function closers(text) {
  let fence, openDetails = 0;
  for (let line of text.split(`
`)) {
    let marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== void 0) {
      marker !== void 0 && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker && (fence = void 0);
      continue;
    }
    if (marker !== void 0) {
      fence = marker;
      continue;
    }
    openDetails += (line.match(/<details[\s>]/gi) ?? []).length, openDetails -= (line.match(/<\/details>/gi) ?? []).length;
  }
  let out = fence === void 0 ? "" : `
${fence}`;
  for (let index = 0; index < openDetails; index += 1) out += `

</details>`;
  return out;
}

// src/runtime/actions-logger.ts
function actionsLogger() {
  return {
    debug: (message) => debug(message),
    info: (message) => info(message),
    warning: (message) => warning(message),
    error: (message) => error(message)
  };
}

// src/runtime/context.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
var REPOSITORY = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/;
function readRunnerContext(env = process.env, cwd = process.cwd()) {
  let repository = parseRepository(env.GITHUB_REPOSITORY), runId = readCount(env, "GITHUB_RUN_ID", 0), runAttempt = readCount(env, "GITHUB_RUN_ATTEMPT", 1), apiUrl = trimSlashes(nonEmpty(env.GITHUB_API_URL) ?? "https://api.github.com"), serverUrl = trimSlashes(nonEmpty(env.GITHUB_SERVER_URL) ?? "https://github.com"), runBase = `${serverUrl}/${repository.owner}/${repository.repo}/actions/runs/${runId}`;
  return {
    repository,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    headRef: nonEmpty(env.GITHUB_HEAD_REF),
    baseRef: nonEmpty(env.GITHUB_BASE_REF),
    eventName: env.GITHUB_EVENT_NAME ?? "",
    eventPayload: readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH)),
    runId,
    runAttempt,
    runNumber: readCount(env, "GITHUB_RUN_NUMBER", 0),
    workflow: env.GITHUB_WORKFLOW ?? "",
    job: env.GITHUB_JOB ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    apiUrl,
    serverUrl,
    workspace: nonEmpty(env.GITHUB_WORKSPACE) ?? cwd,
    runnerTemp: nonEmpty(env.RUNNER_TEMP) ?? tmpdir(),
    runUrl: runId === 0 ? void 0 : runAttempt > 1 ? `${runBase}/attempts/${runAttempt}` : runBase
  };
}
function parseRepository(value) {
  if (value === void 0 || value.trim() === "")
    throw new ConfigurationError("GITHUB_REPOSITORY is not set; run inside GitHub Actions or pass --repo owner/name");
  let match = REPOSITORY.exec(value.trim());
  if (!match)
    throw new ConfigurationError(
      `GITHUB_REPOSITORY '${value}' is not owner/name; run inside GitHub Actions or pass --repo owner/name`
    );
  return { owner: match[1], repo: match[2] };
}
function readCount(env, name, fallback) {
  let value = nonEmpty(env[name]);
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new ConfigurationError(`${name} '${value}' is not a whole number; unset it or let the runner set it`);
  return Number(value);
}
function readEventPayload(path) {
  if (path === void 0 || !existsSync2(path)) return {};
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error2) {
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH '${path}' is not valid JSON (${errorMessage(error2)}); point it at a webhook payload or unset it`,
      { cause: error2 }
    );
  }
  if (parsed === null || typeof parsed != "object" || Array.isArray(parsed))
    throw new ConfigurationError(
      `GITHUB_EVENT_PATH '${path}' does not hold a JSON object; point it at a webhook payload or unset it`
    );
  return parsed;
}
function nonEmpty(value) {
  return value === void 0 || value === "" ? void 0 : value;
}
function trimSlashes(url) {
  return url.replace(/\/+$/, "");
}

// src/runtime/inputs.ts
function getOptionalInput(name) {
  let value = getInput(name);
  return value === "" ? void 0 : value;
}
function getRequiredInput(name) {
  let value = getOptionalInput(name);
  if (value === void 0)
    throw new ConfigurationError(`input '${name}' is required; set it under 'with:' in the step that uses this action`);
  return value;
}
function getSecretInput(name, options = {}) {
  let value = options.required ? getRequiredInput(name) : getOptionalInput(name);
  return value !== void 0 && setSecret(value), value;
}

// src/runtime/outputs.ts
function setOutput2(name, value) {
  process.env.GITHUB_OUTPUT ? setOutput(name, String(value)) : info(`output ${name}: ${String(value)}`);
}

// src/runtime/summary.ts
import { appendFileSync as appendFileSync2, closeSync, existsSync as existsSync3, openSync, readSync, statSync } from "node:fs";
var MIN_USEFUL_BYTES = 512;
function writeSummary(summary2, env = process.env) {
  let path = env.GITHUB_STEP_SUMMARY;
  if (path === void 0 || path === "") return summary2.render(Number.POSITIVE_INFINITY);
  if (summary2.isEmpty) return;
  let existing = existsSync3(path) ? statSync(path).size : 0, lead = existing === 0 ? "" : leadFor(path, existing), room = SUMMARY_LIMIT_BYTES - existing - Buffer.byteLength(lead);
  if (room < MIN_USEFUL_BYTES) {
    warning(
      `The job summary for this step is full (${existing} of ${SUMMARY_LIMIT_BYTES} bytes used), so Stopline's summary was not written; its results are in the step's outputs and log.`
    );
    return;
  }
  appendFileSync2(path, lead + summary2.render(room), { encoding: "utf8" });
}
function leadFor(path, size) {
  let tailBytes = Buffer.alloc(Math.min(2, size)), fd = openSync(path, "r");
  try {
    readSync(fd, tailBytes, 0, tailBytes.length, size - tailBytes.length);
  } finally {
    closeSync(fd);
  }
  let tail = tailBytes.toString("latin1");
  return tail.endsWith(`

`) ? "" : tail.endsWith(`
`) ? `
` : `

`;
}

// src/actions/board/io.ts
var inputs = {
  token: "token",
  ledgerRef: "ledger-ref"
}, outputs = {
  line: "line",
  frozen: "frozen",
  leases: "leases",
  environments: "environments"
};

// src/actions/board/main.ts
function readSettings() {
  return {
    token: getSecretInput(inputs.token, { required: !0 }),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? "refs/stopline/ledger"
  };
}
async function main() {
  let settings = readSettings(), context = readRunnerContext(), logger = actionsLogger(), client = createGitHubClient({ token: settings.token, baseUrl: context.apiUrl, logger }), { owner, repo } = context.repository, ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger }), { state, head } = await ledger.read(), now = /* @__PURE__ */ new Date(), board = buildBoard(state, now);
  logger.info(`line ${board.line.state}; ${board.activeFreezes.length} active freeze(s); ${board.leases.filter((l) => !l.expired).length} lease(s) held; ${board.environments.length} environment(s)`), setOutput2(outputs.line, board.line.state), setOutput2(outputs.frozen, board.activeFreezes.length > 0), setOutput2(outputs.leases, board.leases.filter((l) => !l.expired).length), setOutput2(
    outputs.environments,
    JSON.stringify(Object.fromEntries(board.environments.map((e) => [e.name, { release: e.releaseId, version: e.version, sha: e.sha, since: e.since, verified: e.verified }])))
  );
  let summary2 = new Summary2();
  for (let section of renderBoard(board, { repository: `${owner}/${repo}`, ledgerRef: settings.ledgerRef, ledgerHead: head, serverUrl: context.serverUrl, now }))
    summary2.add(...section);
  await writeSummary(summary2);
}

// src/actions/board/index.ts
await runAction(main);

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  code,
  heading
} from "./chunk-PUDO2UNH.mjs";
import {
  warning
} from "./chunk-PWAGTHLM.mjs";

// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024, SEPARATOR = `

`, Summary = class {
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

// src/runtime/summary.ts
import { appendFileSync, closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
var MIN_USEFUL_BYTES = 512;
function writeSummary(summary, env = process.env) {
  let path = env.GITHUB_STEP_SUMMARY;
  if (path === void 0 || path === "") return summary.render(Number.POSITIVE_INFINITY);
  if (summary.isEmpty) return;
  let existing = existsSync(path) ? statSync(path).size : 0, lead = existing === 0 ? "" : leadFor(path, existing), room = SUMMARY_LIMIT_BYTES - existing - Buffer.byteLength(lead);
  if (room < MIN_USEFUL_BYTES) {
    warning(
      `The job summary for this step is full (${existing} of ${SUMMARY_LIMIT_BYTES} bytes used), so Stopline's summary was not written; its results are in the step's outputs and log.`
    );
    return;
  }
  appendFileSync(path, lead + summary.render(room), { encoding: "utf8" });
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

export {
  Summary,
  writeSummary
};

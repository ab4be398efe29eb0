import { code, heading } from './markdown.js';

/**
 * A job summary built from sections, rendered within a byte limit. Pure: writing it out is
 * src/runtime/summary.ts's job. GitHub drops a step's summary entirely when it passes 1 MiB, so
 * a long report must be cut by us, at a place of our choosing, with a note saying so.
 */

/** GitHub's limit on one step's job summary, in bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** Between sections: a blank line, so each starts a new Markdown block. */
const SEPARATOR = '\n\n';

/** Options for a Summary. */
export interface SummaryOptions {
  /** Where the untruncated report is (a file, an artifact name, a URL), named in the truncation note. */
  fullReportPath?: string;
}

/** Collects Markdown sections in order and renders them under a byte limit. */
export class Summary {
  private readonly sections: string[] = [];
  private readonly fullReportPath: string | undefined;

  constructor(options: SummaryOptions = {}) {
    this.fullReportPath = options.fullReportPath;
  }

  /**
   * Adds one section made of the given Markdown parts (joined by blank lines). A section is the
   * unit that truncation drops, so keep a heading and its table in the same section.
   * Empty parts are skipped, and a section with no content is not added.
   */
  add(...parts: string[]): this {
    const text = parts
      .map((part) => part.replace(/\s+$/, ''))
      .filter((part) => part.trim() !== '')
      .join(SEPARATOR);
    if (text !== '') this.sections.push(text);
    return this;
  }

  /** Adds a section that starts with a heading (level 3 by default) followed by the body parts. */
  addSection(title: string, ...body: string[]): this {
    return this.add(heading(title, 3), ...body);
  }

  /** How many sections have been added. */
  get sectionCount(): number {
    return this.sections.length;
  }

  /** True when nothing has been added. */
  get isEmpty(): boolean {
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
  render(limitBytes: number = SUMMARY_LIMIT_BYTES): string {
    const total = this.sections.length;
    if (total === 0) return '';
    const full = `${this.sections.join(SEPARATOR)}\n`;
    if (utf8Length(full) <= limitBytes) return full;

    // Byte offsets where each section ends within the joined text, so that trying every number
    // of kept sections costs no re-joining (a summary may have thousands of small sections).
    const ends: number[] = [];
    let offset = 0;
    for (const [index, section] of this.sections.entries()) {
      offset += (index > 0 ? SEPARATOR.length : 0) + utf8Length(section);
      ends.push(offset);
    }

    // The note's length depends on the counts, so try each number of whole sections kept, most
    // first, and stop at the first that fits with its note.
    for (let kept = total - 1; kept >= 0; kept -= 1) {
      const headBytes = kept === 0 ? 0 : ends[kept - 1]! + SEPARATOR.length;
      const head = () => (kept === 0 ? '' : this.sections.slice(0, kept).join(SEPARATOR) + SEPARATOR);
      // First try to show the start of the next section too; the note then says it was cut.
      const partialNote = `${this.note(total - kept - 1, total, true)}\n`;
      const room = limitBytes - headBytes - utf8Length(partialNote) - SEPARATOR.length;
      if (room > 0) {
        const cut = cutAtLine(this.sections[kept]!, room, kept === 0);
        if (cut !== '') return `${head()}${cut}${SEPARATOR}${partialNote}`;
      }
      const note = `${this.note(total - kept, total, false)}\n`;
      if (kept > 0 && headBytes + utf8Length(note) <= limitBytes) return `${head()}${note}`;
    }
    // Not even the note fits: the limit is tiny. Still honour it.
    return truncateUtf8(`${this.note(total, total, false)}\n`, limitBytes);
  }

  private note(omitted: number, total: number, cutShort: boolean): string {
    const counts = cutShort
      ? `${omitted} of ${total} sections omitted and 1 cut short`
      : `${omitted} of ${total} sections omitted`;
    const where = this.fullReportPath === undefined ? '' : `; the full report is in ${code(this.fullReportPath)}`;
    return `Summary truncated: ${counts} to stay under GitHub's 1 MiB job-summary limit${where}.`;
  }
}

/** The length of text in UTF-8 bytes, as GitHub measures the summary. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The longest prefix of text that fits in maxBytes of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  // Back up over continuation bytes (10xxxxxx) to the start of the character that did not fit.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}

/**
 * The longest run of whole lines of `section` that fits in `maxBytes` together with whatever is
 * needed to close open code fences and `<details>` blocks. Returns '' when no line fits, unless
 * `orCutLine` allows cutting inside the first line as a last resort.
 */
function cutAtLine(section: string, maxBytes: number, orCutLine: boolean): string {
  const lines = section.split('\n');
  let used = 0;
  let count = 0;
  // Whole lines that fit, ignoring closers; closers are accounted for while backing off below.
  while (count < lines.length && used + utf8Length(lines[count]!) + (count > 0 ? 1 : 0) <= maxBytes) {
    used += utf8Length(lines[count]!) + (count > 0 ? 1 : 0);
    count += 1;
  }
  for (; count > 0; count -= 1) {
    const kept = lines.slice(0, count).join('\n');
    const closed = kept + closers(kept);
    if (utf8Length(closed) <= maxBytes) return closed;
  }
  return orCutLine ? truncateUtf8(lines[0]!, maxBytes) : '';
}

/** What must follow `text` to close the code fence and `<details>` blocks it leaves open. */
function closers(text: string): string {
  let fence: string | undefined;
  let openDetails = 0;
  for (const line of text.split('\n')) {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      // A fence closes only with the same character, at least as long, and nothing after it.
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
        fence = undefined;
      }
      continue;
    }
    if (marker !== undefined) {
      fence = marker;
      continue;
    }
    openDetails += (line.match(/<details[\s>]/gi) ?? []).length;
    openDetails -= (line.match(/<\/details>/gi) ?? []).length;
  }
  let out = fence === undefined ? '' : `\n${fence}`;
  for (let index = 0; index < openDetails; index += 1) out += '\n\n</details>';
  return out;
}

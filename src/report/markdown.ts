/**
 * GitHub-flavoured Markdown building blocks for job summaries and the CLI. Pure string functions:
 * the one way to render a table, a heading or a link in the project. Text that comes from users
 * or tools (file paths, rule names, messages) goes through escapeMarkdown or code() so that it
 * cannot break the layout or inject links.
 */

/** Column alignment for table(). */
export type Alignment = 'left' | 'center' | 'right';

const SEPARATOR: Record<Alignment | 'none', string> = {
  none: '---',
  left: ':---',
  center: ':---:',
  right: '---:',
};

/**
 * A GFM table. Cells are Markdown (so code() and link() may be used inside); pipes are escaped
 * and line breaks become `<br>`, because either would end the row. Short rows are padded with
 * empty cells.
 * @throws Error when there are no headers or a row has more cells than headers (a caller's bug)
 */
export function table(headers: string[], rows: (string | number)[][], align?: Alignment[]): string {
  if (headers.length === 0) throw new Error('table: at least one header is needed');
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out = [
    line(headers.map(cell)),
    line(headers.map((_, index) => SEPARATOR[align?.[index] ?? 'none'])),
  ];
  rows.forEach((row, rowIndex) => {
    if (row.length > headers.length) {
      throw new Error(`table: row ${rowIndex + 1} has ${row.length} cells but there are ${headers.length} headers`);
    }
    out.push(line(headers.map((_, index) => cell(row[index] ?? ''))));
  });
  return out.join('\n');
}

function cell(value: string | number): string {
  const text = String(value)
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, '<br>')
    // An already-escaped pipe (`\|`) stays one escaped pipe rather than becoming `\\|`.
    .replace(/(?<!\\)\|/g, '\\|')
    .trim();
  // An empty cell is fine in GFM, but a lone space keeps the row readable in raw form too.
  return text === '' ? ' ' : text;
}

/** A heading, level 1 to 6 (default 2). The text is used as Markdown; escape it if it is not. */
export function heading(text: string, level: 1 | 2 | 3 | 4 | 5 | 6 = 2): string {
  return `${'#'.repeat(level)} ${text.replace(/\s*\r?\n\s*/g, ' ')}`;
}

/**
 * A collapsed block. The blank lines around the body are what make GitHub render Markdown inside
 * the HTML element; the summary line is HTML, so it is HTML-escaped.
 */
export function details(summary: string, body: string): string {
  return `<details><summary>${escapeHtml(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}

/**
 * Inline code. The fence is one backtick longer than the longest run inside the text, so any
 * text is shown verbatim; line breaks become spaces (inline code cannot hold them).
 */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // CommonMark strips one space at each end when both are present, so padding is invisible.
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced code block, fenced longer than any backtick run in the text. */
export function codeBlock(text: string, language = ''): string {
  const longestRun = Math.max(0, ...(text.match(/^`{3,}/gm) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${text.replace(/\n+$/, '')}\n${fence}`;
}

/**
 * A link. The text is escaped; spaces and parentheses in the URL are percent-encoded, since
 * either would end the link target early.
 */
export function link(text: string, url: string): string {
  return `[${escapeMarkdown(text)}](${linkTarget(url)})`;
}

/** A link shown as code, e.g. a short commit sha; `link(code(x))` would escape the backticks. */
export function codeLink(text: string, url: string): string {
  return `[${code(text)}](${linkTarget(url)})`;
}

function linkTarget(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

/**
 * Makes text show literally: escapes the characters that start emphasis, code, links, HTML,
 * entities or strikethrough anywhere, and the ones that start headings, lists or quotes at the
 * beginning of a line. Other punctuation is left alone so the raw text (printed by the CLI)
 * stays readable.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#+\-=>])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A bullet list; an item with several lines keeps them inside its bullet. */
export function bullets(items: string[]): string {
  return items.map((item) => `- ${item.trim().replace(/\r?\n/g, '\n  ')}`).join('\n');
}

/** Escapes text for use inside HTML (the summary line of details()). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

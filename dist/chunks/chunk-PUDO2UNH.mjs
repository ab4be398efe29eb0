import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);

// src/report/markdown.ts
var SEPARATOR = {
  none: "---",
  left: ":---",
  center: ":---:",
  right: "---:"
};
function table(headers, rows, align) {
  if (headers.length === 0) throw new Error("table: at least one header is needed");
  let line = (cells) => `| ${cells.join(" | ")} |`, out = [
    line(headers.map(cell)),
    line(headers.map((_, index) => SEPARATOR[align?.[index] ?? "none"]))
  ];
  return rows.forEach((row, rowIndex) => {
    if (row.length > headers.length)
      throw new Error(`table: row ${rowIndex + 1} has ${row.length} cells but there are ${headers.length} headers`);
    out.push(line(headers.map((_, index) => cell(row[index] ?? ""))));
  }), out.join(`
`);
}
function cell(value) {
  let text = String(value).replace(/\r\n?/g, `
`).replace(/\n/g, "<br>").replace(/(?<!\\)\|/g, "\\|").trim();
  return text === "" ? " " : text;
}
function heading(text, level = 2) {
  return `${"#".repeat(level)} ${text.replace(/\s*\r?\n\s*/g, " ")}`;
}
function details(summary, body) {
  return `<details><summary>${escapeHtml(summary)}</summary>

${body.trim()}

</details>`;
}
function code(text) {
  let flat = text.replace(/\r?\n/g, " "), longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length)), fence = "`".repeat(longestRun + 1), pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function codeBlock(text, language = "") {
  let longestRun = Math.max(0, ...(text.match(/^`{3,}/gm) ?? []).map((run) => run.length)), fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}
${text.replace(/\n+$/, "")}
${fence}`;
}
function link(text, url) {
  return `[${escapeMarkdown(text)}](${linkTarget(url)})`;
}
function codeLink(text, url) {
  return `[${code(text)}](${linkTarget(url)})`;
}
function linkTarget(url) {
  return url.replace(/ /g, "%20").replace(/\(/g, "%28").replace(/\)/g, "%29");
}
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]<>|~&]/g, (char) => `\\${char}`).replace(/^(\s*)([#+\-=>])/gm, "$1\\$2").replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
}
function bullets(items) {
  return items.map((item) => `- ${item.trim().replace(/\r?\n/g, `
  `)}`).join(`
`);
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export {
  table,
  heading,
  details,
  code,
  codeBlock,
  link,
  codeLink,
  escapeMarkdown,
  bullets,
  escapeHtml
};

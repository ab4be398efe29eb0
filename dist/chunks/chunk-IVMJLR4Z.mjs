import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  codeBlock
} from "./chunk-PUDO2UNH.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-W2U6OBLC.mjs";

// src/report/mermaid.ts
function mermaidLabel(text) {
  return `"${text.replace(/["\r\n`]/g, " ").replace(/\s+/g, " ").trim()}"`;
}
function xyChartBlock(spec) {
  let lines = [
    "xychart-beta",
    `  title ${mermaidLabel(spec.title)}`,
    `  x-axis [${spec.categories.map(mermaidLabel).join(", ")}]`,
    `  y-axis ${mermaidLabel(spec.yLabel)} ${spec.format(spec.yMin)} --> ${spec.format(spec.yMax)}`
  ];
  spec.bars && lines.push(`  bar [${spec.bars.map(spec.format).join(", ")}]`);
  for (let line of spec.lines ?? []) lines.push(`  line [${line.map(spec.format).join(", ")}]`);
  return codeBlock(lines.join(`
`), "mermaid");
}
function pieChartBlock(title, slices, format) {
  let lines = ["pie showData", `  title ${title.replace(/[\r\n]/g, " ")}`, ...slices.map((slice) => `  ${mermaidLabel(slice.label)} : ${format(slice.value)}`)];
  return codeBlock(lines.join(`
`), "mermaid");
}

// src/github/graphql-errors.ts
function explainGraphqlError(error, what, permissions) {
  let errors = error?.errors;
  if (!Array.isArray(errors)) return error;
  let refused = errors.find((e) => e.type === "FORBIDDEN" || /not accessible by integration/i.test(e.message ?? ""));
  if (refused)
    return new ConfigurationError(`GitHub refused to ${what}: ${refused.message ?? "forbidden"}; this step needs ${permissions} in the job's permissions`, { cause: error });
  let missing = errors.find((e) => e.type === "NOT_FOUND");
  return missing ? new ConfigurationError(`GitHub could not ${what}: ${missing.message ?? "not found"} (check the repository name and that the token can read it: ${permissions})`, { cause: error }) : new Error(`GitHub answered errors when asked to ${what}: ${errors.map((e) => e.message ?? errorMessage(e)).join("; ")}`, { cause: error });
}

export {
  xyChartBlock,
  pieChartBlock,
  explainGraphqlError
};

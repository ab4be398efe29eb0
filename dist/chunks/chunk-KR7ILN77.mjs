import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4GZASXPD.mjs";
import {
  ConfigurationError
} from "./chunk-HRGOWHIX.mjs";
import {
  __toESM
} from "./chunk-NBEAZCIL.mjs";

// src/gate/policy/closest.ts
function distance(a, b) {
  let rows = Array.from(
    { length: a.length + 1 },
    (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1, best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (best = Math.min(best, rows[i - 2][j - 2] + 1)), rows[i][j] = best;
    }
  return rows[a.length][b.length];
}
function closest(word, candidates) {
  let fold = (text) => text.toLowerCase().replace(/[_\s]+/g, "-"), folded = fold(word), best, bestDistance = 1 / 0;
  for (let candidate of candidates) {
    let d = distance(folded, fold(candidate));
    d < bestDistance && (best = candidate, bestDistance = d);
  }
  let limit = Math.max(2, Math.floor(folded.length / 3));
  return bestDistance <= limit ? best : void 0;
}

// src/gate/policy/policy-error.ts
function formatProblem(problem) {
  let where = problem.line === void 0 ? problem.file : `${problem.file} line ${problem.line}`, subject = problem.pointer === "" ? "" : `${problem.pointer} `;
  return `${where}: ${subject}${problem.message}`;
}
var PolicyError = class extends ConfigurationError {
  problems;
  constructor(problems) {
    super(problems.map(formatProblem).join(`
`)), this.problems = problems;
  }
};

// src/gate/policy/yaml-locate.ts
var import_yaml = __toESM(require_dist(), 1);
function pointerSegments(pointer) {
  return pointer === "" || pointer === "/" ? [] : pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function escapePointerSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
}
function lineOfPointer(document, lineCounter, pointer, key = !1) {
  let node = document.contents, line = node && node.range ? lineCounter.linePos(node.range[0]).line : 1, segments = pointerSegments(pointer);
  for (let [index, segment] of segments.entries()) {
    let last = index === segments.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      let pair = node.items.find((item) => (0, import_yaml.isPair)(item) && keyText(item.key) === segment);
      if (!pair) break;
      let keyNode = pair.key;
      if (keyNode?.range && (line = lineCounter.linePos(keyNode.range[0]).line), last && key) break;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node))
      node = node.items[Number(segment)];
    else
      break;
    let range = node?.range;
    range && (line = lineCounter.linePos(range[0]).line);
  }
  return line;
}

export {
  closest,
  formatProblem,
  PolicyError,
  escapePointerSegment,
  lineOfPointer
};

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4GZASXPD.mjs";
import {
  ConfigurationError
} from "./chunk-W2U6OBLC.mjs";
import {
  __toESM
} from "./chunk-NBEAZCIL.mjs";

// src/config/problem.ts
function formatProblem(problem) {
  let where = problem.line === void 0 ? problem.file : `${problem.file} line ${problem.line}`, subject = problem.pointer === "" ? "" : `${problem.pointer} `;
  return `${where}: ${subject}${problem.message}`;
}
function inFileOrder(problems) {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
var ConfigFileError = class extends ConfigurationError {
  problems;
  constructor(problems) {
    super(problems.map(formatProblem).join(`
`)), this.problems = problems;
  }
};

// src/config/closest.ts
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

// src/config/yaml-locate.ts
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

// src/config/schema-problems.ts
function describeValue(value) {
  return value === null ? "empty (null)" : Array.isArray(value) ? "a list" : typeof value == "object" ? "a mapping" : `${typeof value} ${JSON.stringify(value)}`;
}
function expectedType(error) {
  let expected = error.params.type;
  return expected === "object" ? "a mapping" : expected === "array" ? "a list" : `a ${expected}`;
}
function messageOf(error, wording) {
  let own = wording.messages?.[error.keyword]?.(error);
  if (own !== void 0) return own;
  switch (error.keyword) {
    case "additionalProperties": {
      let extra = error.params.additionalProperty, known = Object.keys(error.parentSchema.properties ?? {}), guess = closest(extra, known);
      return `is not a known key; ${guess ? `did you mean \`${guess}\`?` : `known keys here: ${known.join(", ")}`}`;
    }
    case "required": {
      let missing = error.params.missingProperty;
      return `is missing \`${missing}\`; ${wording.requiredHints?.[missing] ?? `add \`${missing}:\``}`;
    }
    case "enum": {
      let allowed = error.params.allowedValues.map(String), guess = typeof error.data == "string" ? closest(error.data, allowed) : void 0;
      return `is ${describeValue(error.data)}, not one of ${allowed.join(", ")}${guess ? `; did you mean \`${guess}\`?` : ""}`;
    }
    case "type":
      return `must be ${expectedType(error)}, not ${describeValue(error.data)}`;
    case "const": {
      let allowed = error.params.allowedValue, only = error.instancePath === "/version" ? ` (the only ${wording.versionOf} version)` : "";
      return `must be ${JSON.stringify(allowed)}${only}, not ${describeValue(error.data)}`;
    }
    case "minLength":
      return "must not be empty";
    default:
      return error.message ?? "is invalid";
  }
}
function toProblem(error, yaml, wording) {
  let pointer = error.instancePath, message = messageOf(error, wording);
  switch (error.keyword) {
    case "additionalProperties": {
      let extra = error.params.additionalProperty;
      return yaml.problemAt(`${pointer}/${escapePointerSegment(extra)}`, message, !0);
    }
    case "required":
      return yaml.problemAt(pointer || "/", message);
    default:
      return yaml.problemAt(pointer, message);
  }
}
function schemaProblems(errors, yaml, wording) {
  let problems = (errors ?? []).filter((error) => error.keyword !== "if").map((error) => toProblem(error, yaml, wording));
  return inFileOrder(problems);
}

// src/config/yaml-document.ts
var import_yaml2 = __toESM(require_dist(), 1);
var YamlFile = class {
  /**
   * @param file the name used in every message, e.g. `.github/stopline/freezes.yml@main`
   * @param value the content as plain data; null when the file is empty or holds only comments
   */
  constructor(file, value, document, lines) {
    this.file = file;
    this.value = value;
    this.document = document;
    this.lines = lines;
  }
  file;
  value;
  document;
  lines;
  /** The 1-based line of the value at `pointer`; with `key`, of its key (see lineOfPointer). */
  lineOf(pointer, key = !1) {
    return lineOfPointer(this.document, this.lines, pointer, key);
  }
  /** A problem with the value at `pointer`, placed on that value's line (with `key`, the key's). */
  problemAt(pointer, message, key = !1) {
    return { file: this.file, line: this.lineOf(pointer, key), pointer, message };
  }
};
function readYamlFile(text, file, Failure) {
  let lines = new import_yaml2.LineCounter(), document = (0, import_yaml2.parseDocument)(text.replace(/^\uFEFF/, ""), { lineCounter: lines, prettyErrors: !1 });
  if (document.errors.length > 0)
    throw new Failure(
      document.errors.map((error) => ({
        file,
        line: lines.linePos(error.pos[0]).line,
        pointer: "",
        message: `is not valid YAML: ${error.message.split(`
`)[0]}; fix the syntax there`
      }))
    );
  let value = document.toJS({ maxAliasCount: 100 });
  return new YamlFile(file, value ?? null, document, lines);
}

export {
  inFileOrder,
  ConfigFileError,
  closest,
  describeValue,
  expectedType,
  schemaProblems,
  readYamlFile
};

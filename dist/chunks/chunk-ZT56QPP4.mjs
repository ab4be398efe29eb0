import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);

// src/runtime/json-syntax.ts
var WHITESPACE = /* @__PURE__ */ new Set([" ", "	", `
`, "\r"]), ESCAPES = /* @__PURE__ */ new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]), NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y, HEX4 = /[0-9a-fA-F]{4}/y;
function findJsonSyntaxError(text) {
  let found = scan(text);
  if (found !== void 0)
    return { ...lineAndColumn(text, found.offset), offset: found.offset, problem: found.problem };
}
function lineAndColumn(text, offset) {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf(`
`); i !== -1 && i < offset; i = text.indexOf(`
`, i + 1))
    line += 1, lineStart = i + 1;
  return { line, column: offset - lineStart + 1 };
}
function scan(text) {
  let i = 0, stack = [], skip = () => {
    for (; i < text.length && WHITESPACE.has(text[i]); ) i += 1;
  }, fail = (problem) => ({ offset: Math.min(i, text.length), problem }), describe = () => i >= text.length ? "the text ends too early (truncated?)" : `unexpected ${JSON.stringify(text[i])}`, value = () => {
    skip();
    let c = text[i];
    if (c === "{") {
      stack.push({ kind: "object", expect: "first" }), i += 1;
      return;
    }
    if (c === "[") {
      stack.push({ kind: "array", expect: "first" }), i += 1;
      return;
    }
    if (c === '"') return string();
    for (let word of ["true", "false", "null"])
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    if (NUMBER.lastIndex = i, NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    return fail(`${describe()} where a value was expected`);
  }, string = () => {
    for (i += 1; i < text.length; ) {
      let c = text.charCodeAt(i);
      if (c === 34) {
        i += 1;
        return;
      }
      if (c < 32) return fail("a control character (such as a raw line break) inside a string");
      if (c === 92) {
        let next = text[i + 1];
        if (next === "u") {
          if (HEX4.lastIndex = i + 2, !HEX4.test(text)) return fail("a bad \\u escape in a string");
          i += 6;
          continue;
        }
        if (next === void 0 || !ESCAPES.has(next)) return fail("a bad escape sequence in a string");
        i += 2;
        continue;
      }
      i += 1;
    }
    return fail("a string that is never closed (truncated?)");
  }, first = value();
  if (first) return first;
  for (; stack.length > 0; ) {
    let frame = stack[stack.length - 1];
    skip();
    let c = text[i];
    if (frame.kind === "array") {
      if (frame.expect === "first" && c === "]") {
        stack.pop(), i += 1;
        continue;
      }
      if (frame.expect === "first" || frame.expect === "value") {
        frame.expect = "next";
        let error = value();
        if (error) return error;
        continue;
      }
      if (c === ",") {
        if (i += 1, skip(), text[i] === "]") return fail('a trailing comma before "]"');
        frame.expect = "value";
        continue;
      }
      if (c === "]") {
        stack.pop(), i += 1;
        continue;
      }
      return fail(`${describe()}: expected "," or "]" in an array`);
    }
    if (frame.expect === "first" && c === "}") {
      stack.pop(), i += 1;
      continue;
    }
    if (frame.expect === "first" || frame.expect === "key") {
      if (c !== '"')
        return fail(
          frame.expect === "key" && c === "}" ? 'a trailing comma before "}"' : `${describe()}: expected a property name in double quotes`
        );
      let error = string();
      if (error) return error;
      frame.expect = "colon";
      continue;
    }
    if (frame.expect === "colon") {
      if (c !== ":") return fail(`${describe()}: expected ":" after a property name`);
      i += 1, frame.expect = "next";
      let error = value();
      if (error) return error;
      continue;
    }
    if (c === ",") {
      i += 1, frame.expect = "key";
      continue;
    }
    if (c === "}") {
      stack.pop(), i += 1;
      continue;
    }
    return fail(`${describe()}: expected "," or "}" in an object`);
  }
  if (skip(), i < text.length) return fail("unexpected text after the end of the JSON value");
}

export {
  findJsonSyntaxError
};

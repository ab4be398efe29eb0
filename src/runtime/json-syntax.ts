/**
 * Where a JSON text stops being valid, as line and column. `JSON.parse` on Node 20 says
 * "Unexpected token '}'" without a position for the commonest mistakes, and its wording changes
 * between V8 versions, so instead of parsing its message we re-scan the text ourselves. The scan
 * only runs after `JSON.parse` has already failed, so it is written for clarity, not speed, but it
 * is iterative so that a deeply nested file cannot overflow the stack.
 */

/** A syntax error in a JSON text: the 0-based offset, 1-based line and column, and what is wrong. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  problem: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Finds the first syntax error in `text`, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const found = scan(text);
  if (found === undefined) return undefined;
  return { ...lineAndColumn(text, found.offset), offset: found.offset, problem: found.problem };
}

/** 1-based line and column of `offset` in `text` (columns count UTF-16 code units). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type Frame = { kind: 'object' | 'array'; expect: 'first' | 'next' | 'key' | 'colon' | 'value' };

function scan(text: string): { offset: number; problem: string } | undefined {
  let i = 0;
  const stack: Frame[] = [];
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text[i]!)) i += 1;
  };
  const fail = (problem: string) => ({ offset: Math.min(i, text.length), problem });
  const describe = (): string =>
    i >= text.length ? 'the text ends too early (truncated?)' : `unexpected ${JSON.stringify(text[i])}`;

  // Reads one scalar or opens a container; returns an error or undefined.
  const value = (): { offset: number; problem: string } | undefined => {
    skip();
    const c = text[i];
    if (c === '{') {
      stack.push({ kind: 'object', expect: 'first' });
      i += 1;
      return undefined;
    }
    if (c === '[') {
      stack.push({ kind: 'array', expect: 'first' });
      i += 1;
      return undefined;
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return undefined;
    }
    return fail(`${describe()} where a value was expected`);
  };

  const string = (): { offset: number; problem: string } | undefined => {
    i += 1;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return undefined;
      }
      if (c < 0x20) return fail('a control character (such as a raw line break) inside a string');
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) return fail('a bad \\u escape in a string');
          i += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) return fail('a bad escape sequence in a string');
        i += 2;
        continue;
      }
      i += 1;
    }
    return fail('a string that is never closed (truncated?)');
  };

  const first = value();
  if (first) return first;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    skip();
    const c = text[i];
    if (frame.kind === 'array') {
      if (frame.expect === 'first' && c === ']') {
        stack.pop();
        i += 1;
        continue;
      }
      if (frame.expect === 'first' || frame.expect === 'value') {
        frame.expect = 'next';
        const error = value();
        if (error) return error;
        continue;
      }
      if (c === ',') {
        i += 1;
        skip();
        if (text[i] === ']') return fail('a trailing comma before "]"');
        frame.expect = 'value';
        continue;
      }
      if (c === ']') {
        stack.pop();
        i += 1;
        continue;
      }
      return fail(`${describe()}: expected "," or "]" in an array`);
    }
    // object
    if (frame.expect === 'first' && c === '}') {
      stack.pop();
      i += 1;
      continue;
    }
    if (frame.expect === 'first' || frame.expect === 'key') {
      if (c !== '"') {
        return fail(
          frame.expect === 'key' && c === '}'
            ? 'a trailing comma before "}"'
            : `${describe()}: expected a property name in double quotes`,
        );
      }
      const error = string();
      if (error) return error;
      frame.expect = 'colon';
      continue;
    }
    if (frame.expect === 'colon') {
      if (c !== ':') return fail(`${describe()}: expected ":" after a property name`);
      i += 1;
      frame.expect = 'next';
      const error = value();
      if (error) return error;
      continue;
    }
    if (c === ',') {
      i += 1;
      frame.expect = 'key';
      continue;
    }
    if (c === '}') {
      stack.pop();
      i += 1;
      continue;
    }
    return fail(`${describe()}: expected "," or "}" in an object`);
  }
  skip();
  if (i < text.length) return fail(`unexpected text after the end of the JSON value`);
  return undefined;
}

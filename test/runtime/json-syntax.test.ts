import { findJsonSyntaxError, lineAndColumn } from '../../src/runtime/json-syntax.js';

describe('findJsonSyntaxError', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}} ',
    '"just a string"',
    '0',
  ])('finds nothing wrong in valid JSON %s', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(findJsonSyntaxError(text)).toBeUndefined();
  });

  it.each([
    ['{"a": 01}', 1, 8],
    ['{"a": tru}', 1, 7],
    ['[1, 2', 1, 6],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{"a": "\t"}', 1, 8],
    ['', 1, 1],
  ])('locates the error in %j at line %i column %i, where JSON.parse also fails', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toMatchObject({ line, column });
  });

  it('does not overflow the stack on deep nesting', () => {
    const deep = '['.repeat(200_000);
    expect(findJsonSyntaxError(deep)).toMatchObject({ offset: 200_000 });
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

describe('findJsonSyntaxError agrees with JSON.parse', () => {
  test.each([
    ['{"a": 1}', undefined],
    ['  [1, -2.5e3, "x\\n\\u00e9", true, false, null, {}]  ', undefined],
    ['{\n  "a": }', { line: 2, column: 8 }],
    ['{"a": 1,}', { line: 1, column: 9 }],
    ['{"a": 01}', { line: 1, column: 8 }],
    ['[1, 2', { line: 1, column: 6 }],
    ['{"a": "unterminated', { line: 1, column: 20 }],
    // A broken literal is reported where it starts.
    ['{"a": tru}', { line: 1, column: 7 }],
    ['{} x', { line: 1, column: 4 }],
    ['', { line: 1, column: 1 }],
  ])('%j → %j', (text, expected) => {
    const found = findJsonSyntaxError(text);
    expect(found && { line: found.line, column: found.column }).toEqual(expected);
    // The scanner and JSON.parse agree on what is valid.
    expect(expected === undefined).toBe((() => { try { JSON.parse(text); return true; } catch { return false; } })());
  });
});

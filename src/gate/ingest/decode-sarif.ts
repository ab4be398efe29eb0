import { isUtf8 } from 'node:buffer';
import type { Log } from 'sarif';
import { findJsonSyntaxError } from '../../runtime/json-syntax.js';
import { FIX_REGENERATE, isObject, jsonPointer, sarifError, typeOf } from './sarif-error.js';

/** The only SARIF version the gate reads (GitHub code scanning accepts no other either). */
export const SARIF_VERSION = '2.1.0';


/**
 * Turns the bytes of one SARIF file into a parsed log, or throws a ConfigurationError that names
 * the file, the line/column or JSON pointer, and the fix. Empty, binary, non-JSON, truncated and
 * non-2.1.0 inputs are errors, never "zero findings": a scanner that crashed must not pass a gate.
 *
 * Only the log's skeleton is checked here (version, runs, each run's tool.driver and the types of
 * the arrays the gate walks); each result is checked when it is normalized, so a streaming reader
 * can reuse the same per-run and per-result checks without holding the whole log.
 */
export function decodeSarif(input: string | Buffer, file: string): Log {
  return parseSarifText(sarifText(input, file), file);
}

/**
 * The first half of `decodeSarif`: the encoding checks (UTF-16, NUL bytes, invalid UTF-8) and
 * the BOM strip, giving the JSON text. Split out so a caller holding a large buffer can let go
 * of it before parsing.
 */
export function sarifText(input: string | Buffer, file: string): string {
  return typeof input === 'string' ? checkText(input, file) : checkBytes(input, file);
}

/** The second half of `decodeSarif`: parses text from `sarifText` and checks the log's skeleton. */
export function parseSarifText(text: string, file: string): Log {
  if (text.trim() === '') {
    throw sarifError(file, '', 'the file is empty (or only whitespace)', `${FIX_REGENERATE}: an empty file usually means the scan failed`);
  }
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch (cause) {
    const found = findJsonSyntaxError(text);
    const where = found ? `line ${found.line}, column ${found.column}` : '';
    const problem = found ? `not valid JSON: ${found.problem}` : `not valid JSON (${(cause as Error).message})`;
    const truncated = found !== undefined && found.offset >= text.trimEnd().length;
    throw sarifError(file, where, problem, truncated ? `The file looks truncated. ${FIX_REGENERATE}` : `${FIX_REGENERATE}, or fix the JSON by hand`);
  }
  checkSkeleton(log, file);
  return log;
}

/** Checks raw bytes: UTF-8 only (a UTF-8 BOM is stripped), no NUL bytes. */
function checkBytes(bytes: Buffer, file: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw sarifError(file, 'byte 0', 'the file is UTF-16 encoded (it starts with a UTF-16 byte order mark)', 'Write the SARIF file as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw binaryError(file, nul);
  if (!isUtf8(bytes)) {
    throw sarifError(file, `byte ${firstInvalidUtf8(bytes)}`, 'the file is not valid UTF-8 text (is it a binary file?)', 'Pass the SARIF file the scanner wrote, encoded as UTF-8');
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return bytes.toString('utf8', start);
}

/** Checks text that was already decoded by the caller: a BOM is stripped, NUL characters refused. */
function checkText(text: string, file: string): string {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) throw binaryError(file, nul);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function binaryError(file: string, offset: number) {
  return sarifError(file, `byte ${offset}`, 'the file contains NUL bytes: it is binary (or UTF-16), not a SARIF JSON text', 'Pass the SARIF file the scanner wrote, encoded as UTF-8');
}

/** The offset of the first byte that breaks UTF-8, for the message (only runs on bad input). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    // Length of the sequence from its lead byte; 0 marks a byte that cannot start one.
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    if (!isUtf8(bytes.subarray(i, i + length))) return i; // overlong forms and surrogates
    i += length;
  }
  return i;
}

/** The log-level checks: version, runs, and each run's tool and arrays. */
function checkSkeleton(log: unknown, file: string): asserts log is Log {
  if (!isObject(log)) {
    throw sarifError(file, '/', `the top-level JSON value is ${typeOf(log)}, not a SARIF log object`, 'Pass a SARIF 2.1.0 log: an object with "version": "2.1.0" and a "runs" array');
  }
  const saysSarif = typeof log.$schema === 'string' && /sarif/i.test(log.$schema) && !('definitions' in log);
  if (log.runs === undefined && log.version !== SARIF_VERSION && !saysSarif) {
    const looksLikeSchema = typeof log.$schema === 'string' && ('definitions' in log || 'properties' in log);
    throw sarifError(
      file,
      '/',
      looksLikeSchema ? 'this is a JSON schema, not a SARIF log' : 'this JSON has no "runs": it is not a SARIF log',
      "Pass the scanner's SARIF output (for example its --format sarif file), not another report format",
    );
  }
  if (log.version !== SARIF_VERSION) {
    const problem =
      log.version === undefined
        ? '"version" is missing'
        : `"version" is ${JSON.stringify(log.version)}, but only SARIF ${SARIF_VERSION} is supported`;
    throw sarifError(file, '/version', problem, `Produce SARIF ${SARIF_VERSION} (newer scanner versions do; older 2.0 or 1.0 logs can be converted with the SARIF multitool)`);
  }
  if (!Array.isArray(log.runs)) {
    const problem = log.runs === undefined ? '"runs" is missing' : `"runs" is ${typeOf(log.runs)}, not an array`;
    throw sarifError(file, '/runs', problem, `${FIX_REGENERATE}; a log with no findings still has "runs": []`);
  }
  log.runs.forEach((run: unknown, index: number) => checkRun(run, index, file));
}

/**
 * Checks one run's skeleton: tool.driver.name, the types of the arrays and maps the gate reads.
 * Exported so a streaming reader can check runs one by one.
 */
export function checkRun(run: unknown, runIndex: number, file: string): void {
  const at = (...segments: Array<string | number>) => jsonPointer('runs', runIndex, ...segments);
  const expectObject = (value: unknown, pointer: string, what: string): void => {
    if (!isObject(value)) {
      throw sarifError(file, pointer, `${what} is ${value === undefined ? 'missing' : typeOf(value)}, but must be an object`, FIX_REGENERATE);
    }
  };
  const expectArray = (value: unknown, pointer: string, what: string): void => {
    if (value !== undefined && !Array.isArray(value)) {
      throw sarifError(file, pointer, `${what} is ${typeOf(value)}, but must be an array`, FIX_REGENERATE);
    }
  };
  expectObject(run, at(), 'the run');
  const r = run as Record<string, unknown>;
  expectObject(r.tool, at('tool'), '"tool"');
  const tool = r.tool as Record<string, unknown>;
  checkToolComponent(tool.driver, at('tool', 'driver'), '"tool.driver"', file, expectObject, expectArray);
  expectArray(tool.extensions, at('tool', 'extensions'), '"tool.extensions"');
  (tool.extensions as unknown[] | undefined)?.forEach((extension, index) =>
    checkToolComponent(extension, at('tool', 'extensions', index), 'a tool extension', file, expectObject, expectArray),
  );
  expectArray(r.results, at('results'), '"results"');
  expectArray(r.artifacts, at('artifacts'), '"artifacts"');
  expectArray(r.taxonomies, at('taxonomies'), '"taxonomies"');
  if (r.originalUriBaseIds !== undefined) expectObject(r.originalUriBaseIds, at('originalUriBaseIds'), '"originalUriBaseIds"');
}

function checkToolComponent(
  component: unknown,
  pointer: string,
  what: string,
  file: string,
  expectObject: (value: unknown, pointer: string, what: string) => void,
  expectArray: (value: unknown, pointer: string, what: string) => void,
): void {
  expectObject(component, pointer, what);
  const c = component as Record<string, unknown>;
  if (typeof c.name !== 'string' || c.name.trim() === '') {
    const problem = c.name === undefined ? 'the tool name ("name") is missing' : `the tool name ("name") is ${typeOf(c.name)}${c.name === '' ? ' that is empty' : ''}, but must be a non-empty string`;
    throw sarifError(file, `${pointer}/name`, problem, 'Every SARIF run must name its tool; re-run the scanner or fix the converter that wrote this file');
  }
  expectArray(c.rules, `${pointer}/rules`, '"rules"');
  (c.rules as unknown[] | undefined)?.forEach((rule, index) => {
    expectObject(rule, `${pointer}/rules/${index}`, 'a rule');
    const id = (rule as Record<string, unknown>).id;
    if (typeof id !== 'string') {
      throw sarifError(file, `${pointer}/rules/${index}/id`, `the rule id is ${id === undefined ? 'missing' : typeOf(id)}, but must be a string`, FIX_REGENERATE);
    }
  });
}

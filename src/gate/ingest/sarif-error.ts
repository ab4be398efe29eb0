import { ConfigurationError } from '../../runtime/errors.js';

/**
 * The one shape of every "this SARIF cannot be used" message, so they all name the file, the
 * place (JSON pointer or line:column) and the fix. A SARIF that cannot be read must fail the gate
 * loudly: treating it as "no findings" would let a crashed scanner pass.
 */
export function sarifError(file: string, where: string, problem: string, fix: string): ConfigurationError {
  const place = where === '' ? file : `${file} at ${where}`;
  return new ConfigurationError(`SARIF ${place}: ${problem}. ${fix}`);
}

/** The fix for a SARIF that is broken as a file: most often the scanner failed or wrote another format. */
export const FIX_REGENERATE = 'Re-run the scanner with SARIF 2.1.0 output and check that it finished without an error';

/** The error for a SARIF file that cannot be opened or read at all, whoever reads it. */
export function unreadableSarifError(displayName: string, cause: unknown): ConfigurationError {
  const code = (cause as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'does not exist'
    : code === 'EISDIR' ? 'is a directory'
    : code === 'EACCES' ? 'is not readable (permission denied)'
    : `cannot be read (${(cause as Error).message})`;
  return new ConfigurationError(`SARIF ${displayName}: the file ${why}. Check the "sarif" input and that the scanner step wrote the file.`, { cause });
}

/** A JSON pointer (RFC 6901) for the path segments, e.g. ['runs', 0, 'tool'] → "/runs/0/tool". */
export function jsonPointer(...segments: Array<string | number>): string {
  let pointer = '';
  for (const segment of segments) {
    pointer += '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
  }
  return pointer;
}

/** A short description of a JSON value's type for messages ("an array", "null", "a string"). */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

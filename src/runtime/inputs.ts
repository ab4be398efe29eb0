import * as core from '@actions/core';
import { parseDuration } from './duration.js';
import { ConfigurationError } from './errors.js';

/**
 * Typed readers over the runner's inputs (`INPUT_<NAME>` variables, read when called, never at
 * import). The runner applies `action.yml` defaults but does not enforce `required`, so these
 * readers do. Every error names the input as `input 'name'` and says how to fix it.
 */

/** The trimmed value of an input, or undefined when it is empty or unset. */
export function getOptionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

/**
 * The trimmed value of an input that must be set.
 * @throws ConfigurationError when the input is empty or unset
 */
export function getRequiredInput(name: string): string {
  const value = getOptionalInput(name);
  if (value === undefined) {
    throw new ConfigurationError(`input '${name}' is required; set it under 'with:' in the step that uses this action`);
  }
  return value;
}

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

/**
 * A yes/no input. Accepts true/false, yes/no and 1/0 in any case (YAML users write all of them);
 * an empty input gives the fallback.
 * @throws ConfigurationError for any other value
 */
export function getBooleanInput(name: string, fallback: boolean): boolean {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  const word = value.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  throw new ConfigurationError(
    `input '${name}': '${value}' is not a boolean; use true or false (yes/no and 1/0 also work)`,
  );
}

/**
 * A duration input such as `30m`, `2h` or `7d`, in milliseconds. An empty input gives the
 * fallback (itself a duration string, as in `action.yml`), or undefined without one.
 * @throws ConfigurationError when the value is not a duration
 */
export function getDurationInput(name: string, fallback?: string): number | undefined {
  const value = getOptionalInput(name);
  if (value !== undefined) return parseDuration(value, `input '${name}'`);
  if (fallback === undefined) return undefined;
  return parseDuration(fallback, `default of input '${name}'`);
}

/**
 * A list input: items separated by newlines or commas (YAML block scalars give newlines, one-line
 * values give commas), each trimmed, empty items dropped. Unset gives an empty list.
 */
export function getListInput(name: string): string[] {
  const value = getOptionalInput(name);
  if (value === undefined) return [];
  return value
    .split(/[\r\n,]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * One of a fixed set of words, matched without regard to case and returned as spelled in
 * `choices`. An empty input gives the fallback.
 * @throws ConfigurationError when the value is not one of the choices
 */
export function getChoiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  const match = choices.find((choice) => choice.toLowerCase() === value.toLowerCase());
  if (match !== undefined) return match;
  throw new ConfigurationError(`input '${name}': '${value}' is not allowed; use one of ${choices.join(', ')}`);
}

/** Bounds for getIntegerInput, both inclusive. */
export interface IntegerBounds {
  min?: number;
  max?: number;
}

/**
 * A whole-number input, optionally bounded (inclusive). An empty input gives the fallback,
 * which is not checked against the bounds: it is the action author's choice, not the user's.
 * @throws ConfigurationError when the value is not a whole number or is out of bounds
 */
export function getIntegerInput(name: string, fallback: number, bounds: IntegerBounds = {}): number {
  const value = getOptionalInput(name);
  if (value === undefined) return fallback;
  const range = describeBounds(bounds);
  // A strict pattern rather than Number(): Number('') is 0, Number('1e3') is 1000, Number('0x10') is 16.
  if (!/^[+-]?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new ConfigurationError(`input '${name}': '${value}' is not a whole number; use digits only${range}`);
  }
  const number = Number(value);
  if ((bounds.min !== undefined && number < bounds.min) || (bounds.max !== undefined && number > bounds.max)) {
    throw new ConfigurationError(`input '${name}': ${number} is out of range; use a whole number${range}`);
  }
  return number;
}

function describeBounds({ min, max }: IntegerBounds): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return '';
}

/**
 * A secret input (a token, a webhook URL): read and at once registered with the runner's log
 * masking, so that no later log line, error message or summary can show it.
 * With `{ required: true }` it throws like getRequiredInput when the input is empty.
 */
export function getSecretInput(name: string, options: { required: true }): string;
export function getSecretInput(name: string, options?: { required?: boolean }): string | undefined;
export function getSecretInput(name: string, options: { required?: boolean } = {}): string | undefined {
  const value = options.required ? getRequiredInput(name) : getOptionalInput(name);
  if (value !== undefined) core.setSecret(value);
  return value;
}

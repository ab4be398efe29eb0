/**
 * The options of the CLI's own commands (sandbox, reliability …): `--name value` or `--name=value`,
 * read with node:util's parseArgs, every mistake a ConfigurationError that ends with the usage.
 * (The action commands take their options from action.yml instead: commands/action.ts.)
 */
import { parseArgs } from 'node:util';
import { ConfigurationError, errorMessage } from '../runtime/errors.js';

export interface Flags {
  /** The value given, or undefined when the option is absent. */
  string(name: string): string | undefined;
  /** A number (any finite number), or undefined when absent. */
  number(name: string): number | undefined;
  /** A whole number of at least `min`, or undefined when absent. */
  integer(name: string, min: number): number | undefined;
}

/** @throws ConfigurationError for an unknown option, a missing or empty value, or a positional argument */
export function readFlags(args: string[], names: readonly string[], usage: string): Flags {
  let values: Record<string, string | undefined>;
  try {
    const options = Object.fromEntries(names.map((name) => [name, { type: 'string' as const }]));
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<string, string | undefined>;
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--x'" or "Option '--runs <value>' argument missing".
    throw new ConfigurationError(`${errorMessage(error).replace(/\. To specify .*$/s, '')}.\n${usage}`);
  }
  const string = (name: string): string | undefined => {
    const value = values[name];
    if (value === '') throw new ConfigurationError(`--${name} needs a value.\n${usage}`);
    return value;
  };
  return {
    string,
    number(name) {
      const raw = string(name);
      if (raw === undefined) return undefined;
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) throw new ConfigurationError(`--${name} must be a number, got "${raw}".\n${usage}`);
      return value;
    },
    integer(name, min) {
      const raw = string(name);
      if (raw === undefined) return undefined;
      if (!/^\d+$/.test(raw) || Number(raw) < min) throw new ConfigurationError(`--${name} must be a whole number of at least ${min}, got "${raw}".\n${usage}`);
      return Number(raw);
    },
  };
}

import type { ErrorObject } from 'ajv';
import { closest } from './closest.js';
import { inFileOrder, type ConfigProblem } from './problem.js';
import type { YamlFile } from './yaml-document.js';
import { escapePointerSegment } from './yaml-locate.js';

/** A value as a message shows it: `string "hgih"`, `number 3`, `a mapping`, `empty (null)`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** What a `type` error expected, in the file's words: "a mapping", "a list", "a string". */
export function expectedType(error: ErrorObject): string {
  const expected = (error.params as { type: string }).type;
  return expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`;
}

/** A file's own message for an ajv error, or undefined where the generic one says it well enough. */
export type SchemaMessage = (error: ErrorObject) => string | undefined;

/** How one configuration file words the schema's errors. */
export interface SchemaWording {
  /** What the file is called in "must be 1 (the only … version)", e.g. `policy`, `freezes file`. */
  versionOf: string;
  /** The fix for a missing required key, after "is missing `key`; " (otherwise "add `key:`"). */
  requiredHints?: Readonly<Record<string, string>>;
  /**
   * The file's own messages by ajv keyword (`pattern`, `minItems`, ...). They replace the message
   * only; where the problem is placed stays the same (an unknown key is placed on the key).
   */
  messages?: Readonly<Partial<Record<string, SchemaMessage>>>;
}

/** The generic message for an ajv error, or the file's own one. */
function messageOf(error: ErrorObject, wording: SchemaWording): string {
  const own = wording.messages?.[error.keyword]?.(error);
  if (own !== undefined) return own;
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const guess = closest(extra, known);
      return `is not a known key; ${guess ? `did you mean \`${guess}\`?` : `known keys here: ${known.join(', ')}`}`;
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return `is missing \`${missing}\`; ${wording.requiredHints?.[missing] ?? `add \`${missing}:\``}`;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      return `is ${describeValue(error.data)}, not one of ${allowed.join(', ')}${guess ? `; did you mean \`${guess}\`?` : ''}`;
    }
    case 'type':
      return `must be ${expectedType(error)}, not ${describeValue(error.data)}`;
    case 'const': {
      const allowed = (error.params as { allowedValue: unknown }).allowedValue;
      const only = error.instancePath === '/version' ? ` (the only ${wording.versionOf} version)` : '';
      return `must be ${JSON.stringify(allowed)}${only}, not ${describeValue(error.data)}`;
    }
    case 'minLength':
      return 'must not be empty';
    default:
      return error.message ?? 'is invalid';
  }
}

/** One ajv error as a problem, placed on the line of the value (or key) it is about. */
function toProblem(error: ErrorObject, yaml: YamlFile, wording: SchemaWording): ConfigProblem {
  const pointer = error.instancePath;
  const message = messageOf(error, wording);
  switch (error.keyword) {
    case 'additionalProperties': {
      // The key is what is wrong, so point at it rather than at the mapping holding it.
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      return yaml.problemAt(`${pointer}/${escapePointerSegment(extra)}`, message, true);
    }
    case 'required':
      // A missing key at the top is named `/` rather than nothing; both point at the root.
      return yaml.problemAt(pointer || '/', message);
    default:
      return yaml.problemAt(pointer, message);
  }
}

/**
 * The errors of a compiled schema validator as problems with a line and the fix, in file order.
 * The generic wording covers unknown keys (with "did you mean", via closest()), missing keys,
 * enums (with a guess), types ("a mapping", "a list"), the version and empty strings; `wording`
 * adds the file's hints and special cases.
 */
export function schemaProblems(errors: readonly ErrorObject[] | null | undefined, yaml: YamlFile, wording: SchemaWording): ConfigProblem[] {
  const problems = (errors ?? [])
    // if/then/else adds a summary error on top of the branch's own, which says it better.
    .filter((error) => error.keyword !== 'if')
    .map((error) => toProblem(error, yaml, wording));
  return inFileOrder(problems);
}

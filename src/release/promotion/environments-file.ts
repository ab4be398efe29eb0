/**
 * Reads the environments file (`.github/stopline/environments.yml`): the promotion chain, declared
 * once so that every workflow promotes the same way. Pure: the caller reads the file from the
 * default branch (never the checkout: a change must not be able to loosen the rules that promote
 * it) and passes its text.
 *
 * ```yaml
 * version: 1
 * environments:
 *   - name: staging
 *     require: [stopline/security-gate]
 *   - name: production
 *     from: staging            # promote what staging runs, once verified there
 *     soak: 30m                # ... and verified for at least this long
 *     require: [stopline/security-gate, stopline/build]
 * ```
 */
import { closest } from '../../config/closest.js';
import { ConfigFileError, inFileOrder, type ConfigProblem } from '../../config/problem.js';
import { describeValue, expectedType, schemaProblems, type SchemaWording } from '../../config/schema-problems.js';
import { readYamlFile } from '../../config/yaml-document.js';
import { parseDuration } from '../../runtime/duration.js';
import { ConfigurationError } from '../../runtime/errors.js';
// Compiled at build time (scripts/generate-validators.mjs), so no ajv at run time.
import { validateEnvironments } from './generated/validate-environments.js';

/** Where the environments file lives in the repository. */
export const ENVIRONMENTS_FILE = '.github/stopline/environments.yml';

/** One thing wrong with the environments file: file, line, JSON pointer and the fix. */
export type EnvironmentsProblem = ConfigProblem;

/** An environments file that cannot be used: a ConfigurationError listing every problem, one per line. */
export class EnvironmentsFileError extends ConfigFileError {}

/** What promoting into one environment requires. Absent fields: the inputs or the defaults decide. */
export interface EnvironmentRule {
  name: string;
  /** The environment whose verified release is promoted here; absent: the release built from the commit. */
  from?: string;
  /** Commit status contexts that must be `success` on the release's commit. */
  require?: string[];
  /** Milliseconds the release must have been verified in `from`. */
  soakMs?: number;
  /** 1-based line of the entry in the file. */
  line: number;
}

/** The environments file, parsed and checked, in the file's order (the chain's order). */
export interface EnvironmentChain {
  /** The name used in messages, e.g. `.github/stopline/environments.yml@main`. */
  file: string;
  environments: EnvironmentRule[];
}

/** How the schema's errors read in an environments file. */
const WORDING: SchemaWording = {
  versionOf: 'environments file',
  requiredHints: {
    name: 'add `name:`, the environment\'s name as the deployments use it, e.g. `name: staging`',
  },
  messages: {
    type: (error) =>
      error.instancePath.endsWith('/require')
        ? `must be ${expectedType(error)}, e.g. \`require: [stopline/security-gate]\`, not ${describeValue(error.data)}`
        : undefined,
    // A soak that is not a string must be 0 (none); the version's `const` reads as the generic one.
    const: (error) =>
      error.instancePath.endsWith('/soak') ? `is ${describeValue(error.data)}; write a duration such as 30m, 2h or 1d (or 0 for none)` : undefined,
    maxLength: () => 'is too long; GitHub environment names have at most 255 characters',
  },
};

interface RawEnvironment {
  name: string;
  from?: string;
  require?: string[];
  soak?: string | 0;
}

/**
 * Parses and checks an environments file. An empty file (or one with only comments) declares no
 * environments.
 *
 * @param text the file's content
 * @param file the name used in every message, e.g. `.github/stopline/environments.yml@main`
 * @throws EnvironmentsFileError (a ConfigurationError) listing every problem with its line, JSON
 *   pointer and fix: YAML syntax, unknown keys (with the closest known key), wrong types, two
 *   environments with one name, a `from` that names no earlier environment (with the closest
 *   name), an environment promoted from itself, a soak that is not a duration, a soak without `from`.
 */
export function parseEnvironmentsFile(text: string, file: string = ENVIRONMENTS_FILE): EnvironmentChain {
  const yaml = readYamlFile(text, file, EnvironmentsFileError);
  if (yaml.value === null) return { file, environments: [] };
  if (!validateEnvironments(yaml.value)) throw new EnvironmentsFileError(schemaProblems(validateEnvironments.errors, yaml, WORDING));
  const raw = (yaml.value as { environments?: RawEnvironment[] }).environments ?? [];
  const problems: EnvironmentsProblem[] = [];
  const problem = (where: string, message: string) => problems.push(yaml.problemAt(where, message));

  const environments: EnvironmentRule[] = [];
  const seen: string[] = [];
  for (const [index, entry] of raw.entries()) {
    const where = `/environments/${index}`;
    const rule: EnvironmentRule = { name: entry.name, line: yaml.lineOf(where) };
    if (seen.includes(entry.name)) problem(`${where}/name`, `"${entry.name}" is listed twice; list each environment once`);
    if (entry.from !== undefined) {
      if (entry.from === entry.name) {
        problem(`${where}/from`, `is "${entry.from}", the environment itself; name the environment before it in the chain, or leave \`from\` out to promote builds`);
      } else if (!seen.includes(entry.from)) {
        const later = raw.slice(index + 1).some((other) => other.name === entry.from);
        const guess = closest(entry.from, seen);
        const hint = later
          ? `"${entry.from}" is listed after "${entry.name}"; list environments in the order releases move through them`
          : guess
            ? `did you mean "${guess}"?`
            : seen.length > 0
              ? `environments listed before it: ${seen.join(', ')}`
              : 'it is the first environment, so it takes the release built from the commit: leave `from` out';
        problem(`${where}/from`, `is "${entry.from}", which is not an environment listed before "${entry.name}"; ${hint}`);
      } else {
        rule.from = entry.from;
      }
    }
    if (entry.require !== undefined) rule.require = [...entry.require];
    if (entry.soak !== undefined && entry.soak !== 0) {
      try {
        rule.soakMs = parseDuration(entry.soak, 'soak');
      } catch {
        problem(`${where}/soak`, `is "${entry.soak}", not a duration; write e.g. 30m, 2h or 1d`);
      }
      if (entry.from === undefined && rule.soakMs) {
        problem(`${where}/soak`, 'needs `from`: a soak is how long the release must have run verified in the environment it is promoted from');
      }
    }
    seen.push(entry.name);
    environments.push(rule);
  }
  if (problems.length > 0) throw new EnvironmentsFileError(inFileOrder(problems));
  return { file, environments };
}

/** The rule for `environment`, or a ConfigurationError (with the closest name) when the file does not list it. */
export function environmentRule(chain: EnvironmentChain, environment: string): EnvironmentRule {
  const rule = chain.environments.find((candidate) => candidate.name === environment);
  if (rule) return rule;
  const names = chain.environments.map((candidate) => candidate.name);
  const guess = closest(environment, names);
  throw new ConfigurationError(
    `input 'environment': "${environment}" is not listed in ${chain.file}${guess ? `; did you mean "${guess}"?` : names.length > 0 ? ` (it lists ${names.join(', ')})` : ''}. ` +
      'Every environment is promoted by the chain the file declares: add it there, or fix the name.',
  );
}

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
import type { ErrorObject } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
// The line-locating and "did you mean" helpers of the policy parser: generic YAML/spelling tools.
import { closest } from '../../gate/policy/closest.js';
import { formatProblem, type PolicyProblem } from '../../gate/policy/policy-error.js';
import { escapePointerSegment, lineOfPointer } from '../../gate/policy/yaml-locate.js';
import { parseDuration } from '../../runtime/duration.js';
import { ConfigurationError } from '../../runtime/errors.js';
// Compiled at build time (scripts/generate-validators.mjs), so no ajv at run time.
import { validateEnvironments } from './generated/validate-environments.js';

/** Where the environments file lives in the repository. */
export const ENVIRONMENTS_FILE = '.github/stopline/environments.yml';

/** One thing wrong with the environments file: file, line, JSON pointer and the fix. */
export type EnvironmentsProblem = PolicyProblem;

/** An environments file that cannot be used: a ConfigurationError listing every problem, one per line. */
export class EnvironmentsFileError extends ConfigurationError {
  readonly problems: readonly EnvironmentsProblem[];
  constructor(problems: readonly EnvironmentsProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

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

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

const REQUIRED_HINTS: Record<string, string> = {
  name: 'add `name:`, the environment\'s name as the deployments use it, e.g. `name: staging`',
};

/** One ajv error as a problem with a line and the fix. */
function toProblem(error: ErrorObject, file: string, document: Document, lines: LineCounter): EnvironmentsProblem {
  const pointer = error.instancePath;
  const at = (where: string, key = false) => lineOfPointer(document, lines, where, key);
  const problem = (message: string, where = pointer): EnvironmentsProblem => ({ file, line: at(where), pointer: where, message });
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const where = `${pointer}/${escapePointerSegment(extra)}`;
      const guess = closest(extra, known);
      const hint = guess ? `did you mean \`${guess}\`?` : `known keys here: ${known.join(', ')}`;
      return { file, line: at(where, true), pointer: where, message: `is not a known key; ${hint}` };
    }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      return problem(`is missing \`${missing}\`; ${REQUIRED_HINTS[missing] ?? `add \`${missing}:\``}`, pointer || '/');
    }
    case 'type': {
      const expected = (error.params as { type: string }).type;
      const article = expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`;
      const example = pointer.endsWith('/require') ? ', e.g. `require: [stopline/security-gate]`' : '';
      return problem(`must be ${article}${example}, not ${describeValue(error.data)}`);
    }
    case 'const':
      if (pointer.endsWith('/soak')) return problem(`is ${describeValue(error.data)}; write a duration such as 30m, 2h or 1d (or 0 for none)`);
      return problem(`must be 1 (the only environments file version), not ${describeValue(error.data)}`);
    case 'minLength':
      return problem('must not be empty');
    case 'maxLength':
      return problem('is too long; GitHub environment names have at most 255 characters');
    default:
      return problem(error.message ?? 'is invalid');
  }
}

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
  const lines = new LineCounter();
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new EnvironmentsFileError(
      document.errors.map((error) => ({
        file,
        line: lines.linePos(error.pos[0]).line,
        pointer: '',
        message: `is not valid YAML: ${error.message.split('\n')[0]}; fix the syntax there`,
      })),
    );
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return { file, environments: [] };
  if (!validateEnvironments(value)) {
    const found = (validateEnvironments.errors ?? [])
      // if/then/else adds a summary error on top of the branch's own, which says it better.
      .filter((error) => error.keyword !== 'if')
      .map((error) => toProblem(error, file, document, lines));
    throw new EnvironmentsFileError(found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
  const raw = (value as { environments?: RawEnvironment[] }).environments ?? [];
  const problems: EnvironmentsProblem[] = [];
  const problem = (where: string, message: string) => problems.push({ file, line: lineOfPointer(document, lines, where), pointer: where, message });

  const environments: EnvironmentRule[] = [];
  const seen: string[] = [];
  for (const [index, entry] of raw.entries()) {
    const where = `/environments/${index}`;
    const rule: EnvironmentRule = { name: entry.name, line: lineOfPointer(document, lines, where) };
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
  if (problems.length > 0) throw new EnvironmentsFileError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
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

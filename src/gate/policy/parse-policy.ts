import { createHash } from 'node:crypto';
import { cweFromText } from '../normalize/cwe.js';
import type { ErrorObject } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Category, Severity } from '../finding.js';
import { closest } from './closest.js';
import { exceptionTooLong } from './exception-limit.js';
import { parseExpiry } from './expiry.js';
import type { Budgets, CategoryPolicy, Delegable, ExceptionMatch, FailOn, Policy, PolicyException, SuppressionMode } from './policy.js';
import { PolicyError, type PolicyProblem } from './policy-error.js';
// The schema in ./schema.ts compiled at build time (scripts/generate-validators.mjs): loading ajv
// and compiling it here would cost every gate run ~75 ms before it reads a single SARIF file.
import { validatePolicy } from './generated/validate-policy.js';
import { escapePointerSegment, lineOfPointer } from './yaml-locate.js';

/** Options of parsePolicy. */
export interface ParsePolicyOptions {
  /** "Now", for exception lengths; passed in so parsing stays pure and testable. */
  today: Date;
}

/** What to write for a missing required key. */
const REQUIRED_HINTS: Record<string, string> = {
  version: 'add `version: 1` at the top',
  match: 'add what it matches, e.g. `match: { rule: "js/xss", path: "src/legacy/**" }`',
  reason: 'add `reason:` saying why the finding is accepted',
  'approved-by': 'add `approved-by:` naming who approved it, e.g. "@acme/appsec"',
  expires: 'add `expires:` with a date such as 2027-03-01; exceptions without expiry are not allowed',
};

function describeValue(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** One ajv error as a problem with a line, the pointer and the fix. */
function toProblem(error: ErrorObject, file: string, document: Document, lines: LineCounter): PolicyProblem {
  const pointer = error.instancePath;
  const at = (where: string, key = false) => lineOfPointer(document, lines, where, key);
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
      const hint = REQUIRED_HINTS[missing] ?? `add \`${missing}:\``;
      return { file, line: at(pointer), pointer: pointer || '/', message: `is missing \`${missing}\`; ${hint}` };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
      const hint = guess ? `; did you mean \`${guess}\`?` : '';
      return {
        file,
        line: at(pointer),
        pointer,
        message: `is ${describeValue(error.data)}, not one of ${allowed.join(', ')}${hint}`,
      };
    }
    case 'type': {
      const expected = (error.params as { type: string }).type;
      const article = expected === 'object' ? 'a mapping' : expected === 'array' ? 'a list' : `a ${expected}`;
      return { file, line: at(pointer), pointer, message: `must be ${article}, not ${describeValue(error.data)}` };
    }
    case 'const':
      return { file, line: at(pointer), pointer, message: `must be 1 (the only policy version), not ${describeValue(error.data)}` };
    case 'pattern':
      return { file, line: at(pointer), pointer, message: `is ${describeValue(error.data)}; write a CWE id such as CWE-79` };
    case 'minProperties':
      return {
        file,
        line: at(pointer),
        pointer,
        message: 'matches nothing; name at least one of rule, id, cwe, path, url, fingerprint, tool',
      };
    case 'minLength':
      return { file, line: at(pointer), pointer, message: 'must not be empty' };
    case 'minimum':
      return { file, line: at(pointer), pointer, message: `must be at least ${String(error.params['limit'])}, not ${describeValue(error.data)}` };
    case 'uniqueItems':
      return { file, line: at(pointer), pointer, message: 'lists the same value twice; remove the duplicate' };
    default:
      return { file, line: at(pointer), pointer, message: error.message ?? 'is invalid' };
  }
}

/** The raw, schema-valid policy document (kebab-case keys, as in the file). */
interface RawPolicy {
  version: 1;
  extends?: string;
  'fail-on'?: FailOn;
  categories?: Partial<Record<Category, { 'fail-on'?: FailOn; budgets?: Budgets }>>;
  required?: Category[];
  'new-only'?: boolean;
  suppressions?: SuppressionMode;
  block?: { cwe?: string[]; rules?: string[]; ids?: string[] };
  paths?: { exclude?: string[] };
  tools?: Record<string, Category>;
  exceptions?: {
    match: ExceptionMatch;
    reason: string;
    'approved-by': string;
    expires: string;
    severity?: Severity;
  }[];
  budgets?: Budgets;
  'max-exception-days'?: Partial<Record<Severity, number>>;
  delegate?: Delegable[];
}


/** The one CWE spelling (`CWE-79`), shared with normalization; the schema already checked the form. */
const canonicalCwe = (text: string): string => cweFromText(text) ?? text;

function toPolicy(raw: RawPolicy, file: string, exceptions: PolicyException[]): Policy {
  const categories: Partial<Record<Category, CategoryPolicy>> = {};
  for (const [name, settings] of Object.entries(raw.categories ?? {})) {
    const entry: CategoryPolicy = {};
    if (settings['fail-on'] !== undefined) entry.failOn = settings['fail-on'];
    if (settings.budgets !== undefined) entry.budgets = { ...settings.budgets };
    categories[name as Category] = entry;
  }
  const policy: Policy = {
    version: 1,
    file,
    failOn: raw['fail-on'] ?? 'high',
    categories,
    required: [...(raw.required ?? [])],
    newOnly: raw['new-only'] ?? true,
    suppressions: raw.suppressions ?? 'honor',
    block: {
      cwes: [...new Set((raw.block?.cwe ?? []).map(canonicalCwe))],
      rules: [...(raw.block?.rules ?? [])],
      ids: [...(raw.block?.ids ?? [])],
    },
    paths: { exclude: [...(raw.paths?.exclude ?? [])] },
    tools: { ...(raw.tools ?? {}) },
    exceptions,
    budgets: { ...(raw.budgets ?? {}) },
    maxExceptionDays: { ...(raw['max-exception-days'] ?? {}) },
    delegate: [...(raw.delegate ?? [])],
    declared: Object.keys(raw),
  };
  if (raw.extends !== undefined) policy.extends = raw.extends;
  return policy;
}

/** Builds typed exceptions, adding a problem for each bad date or over-long exception. */
function readExceptions(
  raw: RawPolicy,
  file: string,
  today: Date,
  lineOf: (pointer: string) => number,
  problems: PolicyProblem[],
): PolicyException[] {
  const exceptions: PolicyException[] = [];
  for (const [index, entry] of (raw.exceptions ?? []).entries()) {
    const pointer = `/exceptions/${index}/expires`;
    const expiry = parseExpiry(entry.expires);
    if (!expiry) {
      problems.push({
        file,
        line: lineOf(pointer),
        pointer,
        message: `is ${JSON.stringify(entry.expires)}, not a date; write YYYY-MM-DD (e.g. 2027-03-01) or an ISO date-time with a time zone (2027-03-01T12:00:00Z)`,
      });
      continue;
    }
    const match: ExceptionMatch = { ...entry.match };
    if (match.cwe !== undefined) match.cwe = canonicalCwe(match.cwe);
    const exception: PolicyException = {
      match,
      reason: entry.reason,
      approvedBy: entry['approved-by'],
      expires: entry.expires,
      expiresAt: expiry.expiresAt,
      maxSeverity: entry.severity ?? 'critical',
      source: { file, line: lineOf(`/exceptions/${index}`), index },
    };
    const tooLong = exceptionTooLong(exception, expiry.lastDay, raw['max-exception-days'] ?? {}, today);
    if (tooLong) problems.push({ file, line: lineOf(pointer), pointer, message: tooLong });
    exceptions.push(exception);
  }
  return exceptions;
}

/**
 * Parses and validates a policy file (version 1; format in src/gate/POLICY.md) into a Policy.
 * Pure: the caller chooses which text to judge with (on pull requests, the base branch's), so a
 * change under review cannot loosen the rules that judge it.
 *
 * @param text the file's content
 * @param file the name used in every message, e.g. `.github/stopline/security-policy.yml@main`
 * @throws PolicyError (a ConfigurationError) listing every problem with its line, JSON pointer
 *   and fix: YAML syntax, unknown keys (with the closest known key), wrong types or values, an
 *   exception without reason, approved-by or expires, a bad date, an exception longer than
 *   `max-exception-days` allows.
 */
export function parsePolicy(text: string, file: string, options: ParsePolicyOptions): Policy {
  const lines = new LineCounter();
  // A BOM is what some Windows editors write; it is not the user's mistake to fix.
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new PolicyError(
      document.errors.map((error) => ({
        file,
        line: lines.linePos(error.pos[0]).line,
        pointer: '',
        message: `is not valid YAML: ${error.message.split('\n')[0]}; fix the syntax there`,
      })),
    );
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) {
    throw new PolicyError([{ file, pointer: '', message: 'is empty; a policy starts with `version: 1` (see POLICY.md)' }]);
  }
  if (!validatePolicy(value)) {
    // In file order, so the list reads top to bottom like the file.
    const found = (validatePolicy.errors ?? []).map((error) => toProblem(error, file, document, lines));
    throw new PolicyError(found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
  }
  const raw = value as RawPolicy;
  const problems: PolicyProblem[] = [];
  const exceptions = readExceptions(raw, file, options.today, (pointer) => lineOfPointer(document, lines, pointer), problems);
  if (problems.length > 0) throw new PolicyError(problems);
  return toPolicy(raw, file, exceptions);
}

/** `sha256:<hex>` of the policy text exactly as read, so the report pins which policy judged. */
export function policyHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

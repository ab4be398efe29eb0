import { createHash } from 'node:crypto';
import { cweFromText } from '../normalize/cwe.js';
import { describeValue, schemaProblems, type SchemaWording } from '../../config/schema-problems.js';
import { readYamlFile, type YamlFile } from '../../config/yaml-document.js';
import type { Category, Severity } from '../finding.js';
import { exceptionTooLong } from './exception-limit.js';
import { parseExpiry } from './expiry.js';
import type { Budgets, CategoryPolicy, Delegable, ExceptionMatch, FailOn, Policy, PolicyException, SuppressionMode } from './policy.js';
import { PolicyError, type PolicyProblem } from './policy-error.js';
// The schema in ./schema.ts compiled at build time (scripts/generate-validators.mjs): loading ajv
// and compiling it here would cost every gate run ~75 ms before it reads a single SARIF file.
import { validatePolicy } from './generated/validate-policy.js';

/** Options of parsePolicy. */
export interface ParsePolicyOptions {
  /** "Now", for exception lengths; passed in so parsing stays pure and testable. */
  today: Date;
}

/** How the schema's errors read in a policy file. */
const WORDING: SchemaWording = {
  versionOf: 'policy',
  requiredHints: {
    version: 'add `version: 1` at the top',
    match: 'add what it matches, e.g. `match: { rule: "js/xss", path: "src/legacy/**" }`',
    reason: 'add `reason:` saying why the finding is accepted',
    'approved-by': 'add `approved-by:` naming who approved it, e.g. "@acme/appsec"',
    expires: 'add `expires:` with a date such as 2027-03-01; exceptions without expiry are not allowed',
  },
  messages: {
    pattern: (error) => `is ${describeValue(error.data)}; write a CWE id such as CWE-79`,
    minProperties: () => 'matches nothing; name at least one of rule, id, cwe, path, url, fingerprint, tool',
    minimum: (error) => `must be at least ${String(error.params['limit'])}, not ${describeValue(error.data)}`,
    uniqueItems: () => 'lists the same value twice; remove the duplicate',
  },
};

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
  yaml: YamlFile,
  today: Date,
  problems: PolicyProblem[],
): PolicyException[] {
  const exceptions: PolicyException[] = [];
  for (const [index, entry] of (raw.exceptions ?? []).entries()) {
    const pointer = `/exceptions/${index}/expires`;
    const expiry = parseExpiry(entry.expires);
    if (!expiry) {
      problems.push(
        yaml.problemAt(
          pointer,
          `is ${JSON.stringify(entry.expires)}, not a date; write YYYY-MM-DD (e.g. 2027-03-01) or an ISO date-time with a time zone (2027-03-01T12:00:00Z)`,
        ),
      );
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
      source: { file: yaml.file, line: yaml.lineOf(`/exceptions/${index}`), index },
    };
    const tooLong = exceptionTooLong(exception, expiry.lastDay, raw['max-exception-days'] ?? {}, today);
    if (tooLong) problems.push(yaml.problemAt(pointer, tooLong));
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
  const yaml = readYamlFile(text, file, PolicyError);
  if (yaml.value === null) {
    throw new PolicyError([{ file, pointer: '', message: 'is empty; a policy starts with `version: 1` (see POLICY.md)' }]);
  }
  if (!validatePolicy(yaml.value)) throw new PolicyError(schemaProblems(validatePolicy.errors, yaml, WORDING));
  const raw = yaml.value as RawPolicy;
  const problems: PolicyProblem[] = [];
  const exceptions = readExceptions(raw, yaml, options.today, problems);
  if (problems.length > 0) throw new PolicyError(problems);
  return toPolicy(raw, file, exceptions);
}

/** `sha256:<hex>` of the policy text exactly as read, so the report pins which policy judged. */
export function policyHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

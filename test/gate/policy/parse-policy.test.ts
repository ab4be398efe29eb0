import { ConfigurationError } from '../../../src/runtime/errors.js';
import { DEFAULT_POLICY, DEFAULT_POLICY_YAML } from '../../../src/gate/policy/default-policy.js';
import { parsePolicy, policyHash } from '../../../src/gate/policy/parse-policy.js';
import { PolicyError } from '../../../src/gate/policy/policy-error.js';

const today = new Date('2026-05-01T10:00:00Z');
const FILE = 'security-policy.yml';
const parse = (text: string) => parsePolicy(text, FILE, { today });

/** The error parsePolicy throws for `text`. */
function errorOf(text: string): PolicyError {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as PolicyError;
  }
  throw new Error('expected the policy to be rejected');
}

const ISSUE_EXAMPLE = `version: 1
fail-on: high                 # default floor
categories:
  sast: { fail-on: high }
  sca: { fail-on: critical }
  dast: { fail-on: medium }
  secrets: { fail-on: low }
required: [sast, sca]
new-only: true
block:
  cwe: [CWE-89, cwe-0798]
  rules: ["js/sql-injection"]
  ids: [CVE-2021-44228]
paths:
  exclude: ["test/**", "**/vendor/**"]
tools:
  my-scanner: sast
exceptions:
  - match: { rule: "js/insecure-randomness", path: "scripts/**" }
    reason: "not used for security"
    approved-by: "@acme/appsec"
    expires: 2027-03-01
`;

describe('parsePolicy: valid policies', () => {
  it('reads the issue example into a typed policy', () => {
    const policy = parse(ISSUE_EXAMPLE);
    expect(policy.failOn).toBe('high');
    expect(policy.categories).toEqual({
      sast: { failOn: 'high' },
      sca: { failOn: 'critical' },
      dast: { failOn: 'medium' },
      secrets: { failOn: 'low' },
    });
    expect(policy.required).toEqual(['sast', 'sca']);
    expect(policy.newOnly).toBe(true);
    // CWE ids are normalized to the form findings carry.
    expect(policy.block).toEqual({ cwes: ['CWE-89', 'CWE-798'], rules: ['js/sql-injection'], ids: ['CVE-2021-44228'] });
    expect(policy.paths.exclude).toEqual(['test/**', '**/vendor/**']);
    expect(policy.tools).toEqual({ 'my-scanner': 'sast' });
    expect(policy.exceptions).toHaveLength(1);
    const [exception] = policy.exceptions;
    expect(exception).toMatchObject({
      match: { rule: 'js/insecure-randomness', path: 'scripts/**' },
      reason: 'not used for security',
      approvedBy: '@acme/appsec',
      expires: '2027-03-01',
      maxSeverity: 'critical',
      source: { file: FILE, line: 19, index: 0 },
    });
    // A date applies through the end of that day (UTC).
    expect(exception!.expiresAt.toISOString()).toBe('2027-03-02T00:00:00.000Z');
  });

  it('fills defaults like the built-in policy for a minimal file', () => {
    const policy = parse('version: 1\n');
    const { file: _file, declared: _declared, ...rest } = policy;
    const { file: _f, declared: _d, ...defaults } = DEFAULT_POLICY;
    expect(rest).toEqual(defaults);
    expect(policy.declared).toEqual(['version']);
  });

  it('accepts budgets, per-category budgets, max-exception-days, extends, delegate and ISO expiry', () => {
    const policy = parse(`version: 1
extends: acme/security-policies@v1:gate.yml
budgets: { medium: 10, low: 50 }
categories:
  sca: { budgets: { high: 0 } }
max-exception-days: { critical: 30, medium: 180 }
delegate: [exceptions]
exceptions:
  - match: { id: GHSA-xxxx-yyyy-zzzz }
    reason: fixed upstream next week
    approved-by: "@acme/appsec"
    expires: 2026-05-20T12:00:00Z
`);
    expect(policy.extends).toBe('acme/security-policies@v1:gate.yml');
    expect(policy.budgets).toEqual({ medium: 10, low: 50 });
    expect(policy.categories.sca).toEqual({ budgets: { high: 0 } });
    expect(policy.maxExceptionDays).toEqual({ critical: 30, medium: 180 });
    expect(policy.delegate).toEqual(['exceptions']);
    expect(policy.exceptions[0]!.expiresAt.toISOString()).toBe('2026-05-20T12:00:00.000Z');
  });

  it('ignores a byte order mark', () => {
    expect(parse('\uFEFFversion: 1\nfail-on: low\n').failOn).toBe('low');
  });

  it('hashes the exact text with sha256', () => {
    expect(policyHash('version: 1\n')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(policyHash('version: 1\n')).toBe(policyHash('version: 1\n'));
    expect(policyHash('version: 1\n')).not.toBe(policyHash('version: 1\n\n'));
  });

  it('documents a default policy that parses to DEFAULT_POLICY', () => {
    const policy = parse(DEFAULT_POLICY_YAML);
    expect(policy.failOn).toBe(DEFAULT_POLICY.failOn);
    expect(policy.newOnly).toBe(DEFAULT_POLICY.newOnly);
    expect(policy.required).toEqual(DEFAULT_POLICY.required);
    expect(DEFAULT_POLICY).toMatchObject({ failOn: 'high', required: [], newOnly: true, exceptions: [] });
    expect(DEFAULT_POLICY.block).toEqual({ cwes: [], rules: [], ids: [] });
    expect(DEFAULT_POLICY.paths.exclude).toEqual([]);
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });
});

describe('parsePolicy: errors name the file, the line, the pointer and the fix', () => {
  it('suggests the closest key for a typo', () => {
    expect(errorOf('version: 1\nfail_on: high\n').message).toBe(
      'security-policy.yml line 2: /fail_on is not a known key; did you mean `fail-on`?',
    );
  });

  it('finds typos in nested keys and transposed letters', () => {
    const error = errorOf('version: 1\nblock:\n  cwes: [CWE-79]\nexceptions:\n  - match: { rul: x }\n    reason: r\n    approved-by: a\n    expires: 2026-06-01\n');
    expect(error.message).toContain('security-policy.yml line 3: /block/cwes is not a known key; did you mean `cwe`?');
    expect(error.message).toContain('security-policy.yml line 5: /exceptions/0/match/rul is not a known key; did you mean `rule`?');
  });

  it('lists known keys when nothing is close', () => {
    expect(errorOf('version: 1\nzebra: 1\n').message).toContain('/zebra is not a known key; known keys here: version, extends, fail-on');
  });

  it('rejects an unknown category with a suggestion', () => {
    expect(errorOf('version: 1\ncategories:\n  sat: { fail-on: low }\n').message).toBe(
      'security-policy.yml line 3: /categories/sat is not a known key; did you mean `sast`?',
    );
    expect(errorOf('version: 1\nrequired: [sast, sac]\n').message).toContain(
      'line 2: /required/1 is string "sac", not one of sast, sca, dast, secrets, iac; did you mean `sca`?',
    );
    expect(errorOf('version: 1\ntools:\n  my-scanner: dynamic\n').message).toContain('line 3: /tools/my-scanner is string "dynamic"');
  });

  it('rejects a bad enum value with a suggestion', () => {
    expect(errorOf('version: 1\nfail-on: hgh\n').message).toBe(
      'security-policy.yml line 2: /fail-on is string "hgh", not one of info, low, medium, high, critical, none; did you mean `high`?',
    );
  });

  it('rejects wrong types', () => {
    const error = errorOf('version: 1\nnew-only: "yes"\nrequired: sast\npaths: ["a"]\nbudgets: { medium: -1 }\n');
    expect(error.problems.map((problem) => [problem.line, problem.pointer])).toEqual([
      [2, '/new-only'],
      [3, '/required'],
      [4, '/paths'],
      [5, '/budgets/medium'],
    ]);
    expect(error.message).toContain('/new-only must be a boolean, not string "yes"');
    expect(error.message).toContain('/required must be a list, not string "sast"');
    expect(error.message).toContain('/budgets/medium must be at least 0');
  });

  it('requires version 1', () => {
    expect(errorOf('fail-on: high\n').message).toContain('is missing `version`; add `version: 1` at the top');
    expect(errorOf('version: 2\n').message).toBe('security-policy.yml line 1: /version must be 1 (the only policy version), not number 2');
  });

  it('rejects an exception without reason, approved-by or expires', () => {
    const error = errorOf('version: 1\nexceptions:\n  - match: { rule: js/xss }\n');
    expect(error.problems.map((problem) => problem.message.split(';')[0])).toEqual([
      'is missing `reason`',
      'is missing `approved-by`',
      'is missing `expires`',
    ]);
    expect(error.problems.every((problem) => problem.line === 3 && problem.pointer === '/exceptions/0')).toBe(true);
  });

  it('rejects an exception that matches nothing, or a bad CWE', () => {
    expect(errorOf('version: 1\nexceptions:\n  - match: {}\n    reason: r\n    approved-by: a\n    expires: 2026-06-01\n').message).toContain(
      'line 3: /exceptions/0/match matches nothing; name at least one of rule',
    );
    expect(errorOf('version: 1\nblock:\n  cwe: [CWE79]\n').message).toContain('line 3: /block/cwe/0 is string "CWE79"; write a CWE id such as CWE-79');
    expect(errorOf('version: 1\nblock:\n  cwe: [79]\n').message).toContain('line 3: /block/cwe/0 must be a string, not number 79');
  });

  it('rejects bad dates', () => {
    for (const expires of ['2027-02-30', 'next week', '2027-3-1', '2027-03-01T12:00']) {
      const error = errorOf(`version: 1\nexceptions:\n  - match: { rule: x }\n    reason: r\n    approved-by: a\n    expires: "${expires}"\n`);
      expect(error.message).toBe(
        `security-policy.yml line 6: /exceptions/0/expires is "${expires}", not a date; write YYYY-MM-DD (e.g. 2027-03-01) or an ISO date-time with a time zone (2027-03-01T12:00:00Z)`,
      );
    }
    expect(errorOf('version: 1\nexceptions:\n  - match: { rule: x }\n    reason: r\n    approved-by: a\n    expires: 20270301\n').message).toContain(
      '/exceptions/0/expires must be a string, not number 20270301',
    );
  });

  it('rejects exceptions longer than max-exception-days allows for their severity', () => {
    const policy = (expires: string, severity = '') => `version: 1
max-exception-days: { critical: 30, high: 60, medium: 180 }
exceptions:
  - match: { rule: x }
    reason: r
    approved-by: a
    expires: ${expires}
${severity}`;
    // No `severity`: it may cover critical findings, so the critical limit applies.
    expect(() => parse(policy('2026-05-31'))).not.toThrow();
    const error = errorOf(policy('2026-06-01'));
    expect(error.message).toContain('security-policy.yml line 7: /exceptions/0/expires 2026-06-01 is 31 days after today (2026-05-01)');
    expect(error.message).toContain('allows 30 days for exceptions that may cover critical findings');
    expect(error.message).toContain('set an expiry on or before 2026-05-31');
    // Narrowing what it covers raises the limit: up to medium is 180 days.
    expect(() => parse(policy('2026-10-01', '    severity: medium\n'))).not.toThrow();
    expect(errorOf(policy('2026-12-01', '    severity: medium\n')).message).toContain('allows 180 days');
    // Low is not limited on its own, but an exception covering up to medium is.
    expect(() => parse(policy('2030-01-01', '    severity: low\n'))).not.toThrow();
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    expect(errorOf('version: 1\nrequired: [sast\n').problems[0]!.line).toBeGreaterThanOrEqual(2);
    const duplicate = errorOf('version: 1\nfail-on: high\nfail-on: none\n');
    expect(duplicate.message).toMatch(/^security-policy\.yml line 3: is not valid YAML: Map keys must be unique/);
  });

  it('rejects an empty file and a file that is not a mapping', () => {
    expect(errorOf('').message).toBe('security-policy.yml: is empty; a policy starts with `version: 1` (see POLICY.md)');
    expect(errorOf('# only a comment\n').message).toContain('is empty');
    expect(errorOf('- version: 1\n').message).toContain('must be a mapping, not a list');
  });

  it('lists every problem at once, in file order', () => {
    const error = errorOf('version: 1\nnew_only: true\nfail-on: hihg\n');
    expect(error.problems.map((problem) => problem.line)).toEqual([2, 3]);
    expect(error.message.split('\n')).toHaveLength(2);
  });
});

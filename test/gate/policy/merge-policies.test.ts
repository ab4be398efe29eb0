import { mergePolicies } from '../../../src/gate/policy/merge-policies.js';
import { parsePolicy } from '../../../src/gate/policy/parse-policy.js';
import { PolicyError } from '../../../src/gate/policy/policy-error.js';

const today = new Date('2026-05-01T10:00:00Z');
const central = (text: string) => parsePolicy(text, 'acme/policies@v1:gate.yml', { today });
const repository = (text: string) => parsePolicy(text, '.github/stopline/security-policy.yml', { today });
const merge = (parent: string, child: string) => mergePolicies(central(parent), repository(child), { today });

function mergeError(parent: string, child: string): PolicyError {
  try {
    merge(parent, child);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('expected the merge to be rejected');
}

const EXCEPTION = (rule: string, expires = '2026-06-01') =>
  `exceptions:\n  - match: { rule: "${rule}" }\n    reason: r\n    approved-by: "@acme/appsec"\n    expires: ${expires}\n`;

describe('mergePolicies: a child can only tighten', () => {
  it('takes a stricter fail-on and inherits when the child says nothing', () => {
    expect(merge('version: 1\nfail-on: high\n', 'version: 1\nfail-on: medium\n').failOn).toBe('medium');
    const inherited = merge('version: 1\nfail-on: medium\ncategories:\n  sca: { fail-on: critical }\n', 'version: 1\n');
    expect(inherited.failOn).toBe('medium');
    // The child's built-in default (high) does not flatten the parent's per-category floor.
    expect(inherited.categories.sca).toEqual({ failOn: 'critical' });
  });

  it('rejects a looser fail-on, top-level or per category, naming the child file', () => {
    const error = mergeError(
      'version: 1\nfail-on: medium\ncategories:\n  sca: { fail-on: high }\n',
      'version: 1\nfail-on: none\ncategories:\n  sca: { fail-on: critical }\n',
    );
    expect(error.message).toContain(".github/stopline/security-policy.yml: /fail-on is none, looser than acme/policies@v1:gate.yml's medium");
    expect(error.message).toContain("/categories/sca/fail-on is critical, looser than acme/policies@v1:gate.yml's high for sca");
  });

  it('applies a child category floor that is stricter than the parent', () => {
    const merged = merge('version: 1\nfail-on: high\n', 'version: 1\ncategories:\n  secrets: { fail-on: low }\n');
    expect(merged.failOn).toBe('high');
    expect(merged.categories).toEqual({ secrets: { failOn: 'low' } });
  });

  it('unions required and block, keeps the smaller budgets and exception limits', () => {
    const merged = merge(
      'version: 1\nrequired: [sast]\nblock: { cwe: [CWE-89] }\nbudgets: { medium: 10 }\nmax-exception-days: { critical: 30 }\n',
      'version: 1\nrequired: [sca]\nblock: { cwe: [CWE-79], ids: [CVE-2021-44228] }\nbudgets: { medium: 20, low: 5 }\nmax-exception-days: { critical: 60, high: 90 }\n',
    );
    expect(merged.required).toEqual(['sast', 'sca']);
    expect(merged.block).toEqual({ cwes: ['CWE-89', 'CWE-79'], rules: [], ids: ['CVE-2021-44228'] });
    expect(merged.budgets).toEqual({ medium: 10, low: 5 });
    expect(merged.maxExceptionDays).toEqual({ critical: 30, high: 90 });
  });

  it('lets a child turn new-only off but not on', () => {
    expect(merge('version: 1\n', 'version: 1\nnew-only: false\n').newOnly).toBe(false);
    expect(merge('version: 1\nnew-only: false\n', 'version: 1\n').newOnly).toBe(false);
    expect(mergeError('version: 1\nnew-only: false\n', 'version: 1\nnew-only: true\n').message).toContain('/new-only is true');
  });

  it('rejects child exceptions, excludes and tool mappings the parent does not delegate', () => {
    const error = mergeError('version: 1\n', `version: 1\npaths: { exclude: ["**"] }\ntools: { my-scanner: iac }\n${EXCEPTION('js/xss')}`);
    expect(error.problems.map((problem) => problem.pointer)).toEqual(['/paths/exclude', '/tools', '/exceptions']);
    expect(error.message).toContain('does not delegate `exceptions`');
    expect(error.problems[2]!.line).toBe(5);
  });

  it('keeps delegated child exceptions after the parent ones', () => {
    const merged = merge(`version: 1\ndelegate: [exceptions, paths]\n${EXCEPTION('a/parent')}`, `version: 1\npaths: { exclude: [docs/**] }\n${EXCEPTION('b/child')}`);
    expect(merged.exceptions.map((exception) => [exception.match.rule, exception.source.file])).toEqual([
      ['a/parent', 'acme/policies@v1:gate.yml'],
      ['b/child', '.github/stopline/security-policy.yml'],
    ]);
    expect(merged.paths.exclude).toEqual(['docs/**']);
    expect(merged.file).toBe('.github/stopline/security-policy.yml (extends acme/policies@v1:gate.yml)');
  });

  it("holds delegated child exceptions to the parent's max-exception-days and blocks", () => {
    const error = mergeError(
      'version: 1\ndelegate: [exceptions]\nmax-exception-days: { critical: 30 }\nblock: { rules: [js/sql-injection] }\n',
      `version: 1\n${EXCEPTION('js/sql-injection', '2026-09-01')}`,
    );
    expect(error.problems.map((problem) => problem.pointer)).toEqual(['/exceptions/0/expires', '/exceptions/0/match']);
    expect(error.message).toContain('allows 30 days');
    expect(error.message).toContain('names an item that acme/policies@v1:gate.yml blocks');
  });

  it('narrows delegate and refuses to widen it', () => {
    expect(merge('version: 1\ndelegate: [exceptions, tools]\n', 'version: 1\ndelegate: [tools]\n').delegate).toEqual(['tools']);
    expect(merge('version: 1\ndelegate: [exceptions]\n', 'version: 1\n').delegate).toEqual(['exceptions']);
    expect(mergeError('version: 1\n', 'version: 1\ndelegate: [paths]\n').message).toContain('/delegate lists paths');
  });

  it('rejects a child re-mapping a tool the parent maps', () => {
    expect(mergeError('version: 1\ndelegate: [tools]\ntools: { scanner: sast }\n', 'version: 1\ntools: { scanner: iac }\n').message).toContain(
      '/tools/scanner is iac, but acme/policies@v1:gate.yml maps scanner to sast',
    );
  });
});

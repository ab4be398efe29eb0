import { DEFAULT_POLICY } from '../../../src/gate/policy/default-policy.js';
import { mergePolicies } from '../../../src/gate/policy/merge-policies.js';
import { parsePolicy } from '../../../src/gate/policy/parse-policy.js';
import { PolicyError } from '../../../src/gate/policy/policy-error.js';
import { suppressionExempts, suppressionRefusal } from '../../../src/gate/policy/suppression.js';

const today = new Date('2026-05-01T10:00:00Z');
const parse = (text: string, file = 'security-policy.yml') => parsePolicy(text, file, { today });
const merge = (parent: string, child: string) =>
  mergePolicies(parse(parent, 'acme/policies@v1:gate.yml'), parse(child, '.github/stopline/security-policy.yml'), { today });

function errorOf(run: () => unknown): PolicyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

describe('policy key `suppressions`', () => {
  it('defaults to honor, in a file without it and in the built-in default', () => {
    expect(parse('version: 1\n').suppressions).toBe('honor');
    expect(DEFAULT_POLICY.suppressions).toBe('honor');
  });

  it.each(['honor', 'baseline-only', 'ignore'] as const)('reads %s', (mode) => {
    expect(parse(`version: 1\nsuppressions: ${mode}\n`).suppressions).toBe(mode);
  });

  it('rejects another value with its line, the pointer, the allowed values and a guess', () => {
    const error = errorOf(() => parse('version: 1\nsuppressions: baseline_only\n'));
    expect(error.message).toContain(
      'security-policy.yml line 2: /suppressions is string "baseline_only", not one of honor, baseline-only, ignore; did you mean `baseline-only`?',
    );
    expect(errorOf(() => parse('version: 1\nsuppressions: true\n')).message).toContain('/suppressions is boolean true, not one of honor, baseline-only, ignore');
  });

  it('a misspelt key names the right one', () => {
    expect(errorOf(() => parse('version: 1\nsuppression: ignore\n')).message).toContain('/suppression is not a known key; did you mean `suppressions`?');
  });
});

describe('merging `suppressions`: a child may only tighten', () => {
  it('takes the stricter mode, and inherits when the child says nothing', () => {
    expect(merge('version: 1\n', 'version: 1\nsuppressions: baseline-only\n').suppressions).toBe('baseline-only');
    expect(merge('version: 1\nsuppressions: baseline-only\n', 'version: 1\nsuppressions: ignore\n').suppressions).toBe('ignore');
    expect(merge('version: 1\nsuppressions: ignore\n', 'version: 1\n').suppressions).toBe('ignore');
    expect(merge('version: 1\nsuppressions: baseline-only\n', 'version: 1\nsuppressions: baseline-only\n').suppressions).toBe('baseline-only');
  });

  it('rejects a looser mode, naming the child file and the parent', () => {
    const error = errorOf(() => merge('version: 1\nsuppressions: baseline-only\n', 'version: 1\nsuppressions: honor\n'));
    expect(error.message).toContain(
      ".github/stopline/security-policy.yml: /suppressions is honor, looser than acme/policies@v1:gate.yml's baseline-only; a policy that extends another can only tighten it",
    );
    expect(errorOf(() => merge('version: 1\nsuppressions: ignore\n', 'version: 1\nsuppressions: baseline-only\n')).message).toContain(
      '/suppressions is baseline-only, looser',
    );
  });
});

describe('suppressionExempts', () => {
  const suppressed = { suppressed: true };
  const plain = { suppressed: false };

  it('honor: every suppressed finding, new or existing', () => {
    expect(suppressionExempts('honor', suppressed, 'new')).toBe(true);
    expect(suppressionExempts('honor', suppressed, 'existing')).toBe(true);
  });

  it('baseline-only: only findings already in the baseline; a new one stays open', () => {
    expect(suppressionExempts('baseline-only', suppressed, 'existing')).toBe(true);
    expect(suppressionExempts('baseline-only', suppressed, 'new')).toBe(false);
  });

  it('ignore: never', () => {
    expect(suppressionExempts('ignore', suppressed, 'existing')).toBe(false);
    expect(suppressionExempts('ignore', suppressed, 'new')).toBe(false);
  });

  it('a finding without a suppression is never exempt by this rule', () => {
    for (const mode of ['honor', 'baseline-only', 'ignore'] as const) {
      expect(suppressionExempts(mode, plain, 'existing')).toBe(false);
      expect(suppressionRefusal(mode, plain, 'new')).toBeUndefined();
    }
  });

  it('says why a suppression did not exempt, and nothing when it did', () => {
    expect(suppressionRefusal('honor', suppressed, 'new')).toBeUndefined();
    expect(suppressionRefusal('baseline-only', suppressed, 'existing')).toBeUndefined();
    expect(suppressionRefusal('baseline-only', suppressed, 'new')).toMatch(/it is new and the policy sets `suppressions: baseline-only`; only a policy exception/);
    expect(suppressionRefusal('ignore', suppressed, 'existing')).toMatch(/`suppressions: ignore`/);
  });
});

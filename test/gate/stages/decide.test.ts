import type { Category, Finding } from '../../../src/gate/finding.js';
import { DEFAULT_POLICY } from '../../../src/gate/policy/default-policy.js';
import { parsePolicy } from '../../../src/gate/policy/parse-policy.js';
import { evaluatePolicy } from '../../../src/gate/stages/evaluate.js';
import { makeFinding } from './make-finding.js';

const today = new Date('2026-05-01T10:00:00Z');
const policy = (text: string) => parsePolicy(`version: 1\n${text}`, 'security-policy.yml', { today });
const ALL: ReadonlySet<Category> = new Set(['sast', 'sca', 'dast', 'secrets', 'iac']);

function judge(text: string, findings: Finding[], options: { baseline?: string[]; inputs?: Category[] } = {}) {
  return evaluatePolicy(policy(text), findings, {
    ...(options.baseline ? { baseline: new Set(options.baseline) } : {}),
    categoriesWithInput: options.inputs ? new Set(options.inputs) : ALL,
    today,
  }).decision;
}

describe('decide: floors', () => {
  it('fails findings at or above fail-on and passes those below', () => {
    const high = makeFinding({ severity: 'high' });
    const medium = makeFinding({ severity: 'medium' });
    const decision = judge('fail-on: high\n', [medium, high]);
    expect(decision.verdict).toBe('fail');
    expect(decision.violations.map(({ finding, baseline, violation }) => ({ finding, baseline, violation }))).toEqual([
      { finding: high, baseline: 'new', violation: 'high sast finding at or above fail-on high' },
    ]);
    expect(decision.reasons).toEqual(['1 finding breaks the policy']);
    expect(judge('fail-on: critical\n', [medium, high])).toMatchObject({ verdict: 'pass', reasons: ['no finding breaks the policy (2 open findings below the floor)'] });
  });

  it('uses the per-category floor, and none never fails by severity', () => {
    const sca = makeFinding({ category: 'sca', severity: 'high' });
    const secret = makeFinding({ category: 'secrets', severity: 'low' });
    const decision = judge('fail-on: high\ncategories:\n  sca: { fail-on: none }\n  secrets: { fail-on: low }\n', [sca, secret]);
    expect(decision.violations.map((item) => [item.finding, item.violation])).toEqual([[secret, 'low secrets finding at or above categories.secrets.fail-on low']]);
  });

  it('uses the built-in default policy: high and critical fail', () => {
    const decision = evaluatePolicy(DEFAULT_POLICY, [makeFinding({ severity: 'critical' }), makeFinding({ severity: 'medium' })], { categoriesWithInput: ALL, today }).decision;
    expect(decision.violations.map((item) => item.finding.severity)).toEqual(['critical']);
  });

  it('lists violations most severe first', () => {
    const decision = judge('fail-on: low\n', [makeFinding({ severity: 'low' }), makeFinding({ severity: 'critical' }), makeFinding({ severity: 'medium' })]);
    expect(decision.violations.map((item) => item.finding.severity)).toEqual(['critical', 'medium', 'low']);
  });
});

describe('decide: new-only and baselines', () => {
  const old = makeFinding({ severity: 'critical', fingerprint: 'old' });
  const fresh = makeFinding({ severity: 'high', fingerprint: 'fresh' });

  it('lets only new findings fail with a baseline', () => {
    const decision = judge('new-only: true\n', [old, fresh], { baseline: ['old'] });
    expect(decision.violations.map((item) => item.finding)).toEqual([fresh]);
    expect(decision.counts.sast.critical.existing).toBe(1);
    expect(decision.counts.sast.high.new).toBe(1);
  });

  it('fails existing findings when new-only is off, or without a baseline', () => {
    expect(judge('new-only: false\n', [old], { baseline: ['old'] }).violations).toHaveLength(1);
    expect(judge('new-only: true\n', [old]).violations).toHaveLength(1);
    expect(judge('new-only: true\n', [old], { baseline: ['old'] })).toMatchObject({
      verdict: 'pass',
      reasons: ['no finding breaks the policy (1 open finding below the floor or existing)'],
    });
  });
});

describe('decide: blocks', () => {
  it('blocks regardless of severity, floor none and new-only', () => {
    const info = makeFinding({ severity: 'info', cwes: ['CWE-89'], fingerprint: 'old' });
    const decision = judge('fail-on: none\nnew-only: true\nblock: { cwe: [CWE-89] }\n', [info], { baseline: ['old'] });
    expect(decision.verdict).toBe('fail');
    expect(decision.violations[0]!.violation).toBe('blocked by the policy (cwe CWE-89)');
    expect(decision.reasons).toEqual(['1 finding breaks the policy (1 blocked)']);
  });

  it('lets an exception naming the blocked rule apply, but not a path-only exception', () => {
    const finding = makeFinding({ ruleId: 'js/sql-injection', severity: 'low', location: { kind: 'file', path: 'scripts/x.js' } });
    const exceptionFor = (match: string) =>
      `block: { rules: [js/sql-injection] }\nexceptions:\n  - match: ${match}\n    reason: r\n    approved-by: a\n    expires: 2026-12-01\n`;
    expect(judge(exceptionFor('{ path: "scripts/**" }'), [finding]).verdict).toBe('fail');
    const named = judge(exceptionFor('{ rule: js/sql-injection }'), [finding]);
    expect(named.verdict).toBe('pass');
    expect(named.counts.sast.low.excepted).toBe(1);
  });
});

describe('decide: suppressed and excepted findings never violate', () => {
  it('counts them in their own buckets', () => {
    const suppressed = makeFinding({ severity: 'critical', suppressed: true, cwes: ['CWE-89'] });
    const excepted = makeFinding({ severity: 'critical', ruleId: 'js/ok' });
    const decision = judge(
      'block: { cwe: [CWE-89] }\nexceptions:\n  - match: { rule: js/ok }\n    reason: r\n    approved-by: a\n    expires: 2026-12-01\n',
      [suppressed, excepted],
    );
    expect(decision.verdict).toBe('pass');
    expect(decision.counts.sast.critical).toEqual({ new: 0, existing: 0, suppressed: 1, excepted: 1 });
  });

  it('fails again once the exception expired', () => {
    const decision = judge('exceptions:\n  - match: { rule: js/xss }\n    reason: r\n    approved-by: a\n    expires: 2026-04-01\n', [makeFinding()]);
    expect(decision.verdict).toBe('fail');
  });
});

describe('decide: required categories and budgets', () => {
  it('fails for each required category without SARIF input', () => {
    const decision = judge('required: [sast, sca, secrets]\n', [], { inputs: ['sast'] });
    expect(decision).toMatchObject({
      verdict: 'fail',
      missingRequired: ['sca', 'secrets'],
      reasons: ['required category sca had no SARIF input', 'required category secrets had no SARIF input'],
    });
    expect(judge('required: [sast]\n', [], { inputs: ['sast'] })).toMatchObject({ verdict: 'pass', reasons: ['no open findings'] });
  });

  it('fails when a budget is exceeded, below the floor too', () => {
    const mediums = [1, 2, 3].map(() => makeFinding({ severity: 'medium' }));
    expect(judge('budgets: { medium: 3 }\n', mediums).verdict).toBe('pass');
    const decision = judge('budgets: { medium: 2 }\n', mediums);
    expect(decision).toMatchObject({
      verdict: 'fail',
      violations: [],
      budgetBreaches: [{ severity: 'medium', count: 3, budget: 2 }],
      reasons: ['3 medium findings exceed the budget of 2 (budgets.medium)'],
    });
  });

  it('applies per-category budgets and counts only new findings under new-only', () => {
    const findings = [
      makeFinding({ category: 'sca', severity: 'low', fingerprint: 'a' }),
      makeFinding({ category: 'sca', severity: 'low', fingerprint: 'b' }),
      makeFinding({ category: 'sast', severity: 'low', fingerprint: 'c' }),
    ];
    const text = 'categories:\n  sca: { budgets: { low: 1 } }\n';
    expect(judge(text, findings).reasons).toEqual(['2 sca low findings exceed the budget of 1 (categories.sca.budgets.low)']);
    expect(judge(text, findings, { baseline: ['a'] }).verdict).toBe('pass');
  });
});

describe('a pull request cannot loosen its own gate', () => {
  it('fails the finding under the base policy even though the head policy says fail-on: none', () => {
    const finding = makeFinding({ severity: 'high', ruleId: 'js/sql-injection' });
    const head = policy('fail-on: none\n');
    const base = policy('fail-on: high\n');
    const options = { categoriesWithInput: ALL, today };
    // The head's own file would pass it: that is exactly why the action parses the base's text.
    expect(evaluatePolicy(head, [finding], options).decision.verdict).toBe('pass');
    const decision = evaluatePolicy(base, [finding], options).decision;
    expect(decision.verdict).toBe('fail');
    expect(decision.violations[0]!.finding).toBe(finding);
  });
});

describe('evaluatePolicy', () => {
  it('runs scope before the decision: excluded findings cannot fail', () => {
    const evaluation = evaluatePolicy(policy('paths: { exclude: ["test/**"] }\n'), [makeFinding({ location: { kind: 'file', path: 'test/a.ts' } })], {
      categoriesWithInput: ALL,
      today,
    });
    expect(evaluation.scope.excluded).toHaveLength(1);
    expect(evaluation.decision.verdict).toBe('pass');
  });
});

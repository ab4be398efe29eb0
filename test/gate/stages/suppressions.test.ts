/**
 * The policy's `suppressions` decides which SARIF suppressions exempt a finding: a pull request
 * can write an in-source suppression for its own new finding, so stricter policies can refuse it.
 */
import { parsePolicy } from '../../../src/gate/policy/parse-policy.js';
import { evaluatePolicy } from '../../../src/gate/stages/evaluate.js';
import { makeFinding } from './make-finding.js';

const today = new Date('2026-05-01T10:00:00Z');
const policyWith = (mode: string) => parsePolicy(`version: 1\nfail-on: high\nsuppressions: ${mode}\n`, 'security-policy.yml', { today });

const existing = makeFinding({ ruleId: 'js/sql-injection', severity: 'high', suppressed: true, fingerprint: 'old' });
const added = makeFinding({ ruleId: 'js/sql-injection', severity: 'high', suppressed: true, fingerprint: 'new' });
const evaluate = (mode: string) =>
  evaluatePolicy(policyWith(mode), [existing, added], { baseline: new Set(['old']), categoriesWithInput: new Set(['sast']), today });

test('honor: every suppressed finding is exempt', () => {
  const result = evaluate('honor');
  expect(result.decision.verdict).toBe('pass');
  expect(result.decision.violations).toHaveLength(0);
});

test('baseline-only: a new finding suppressed in the change under review still violates', () => {
  const result = evaluate('baseline-only');
  expect(result.decision.verdict).toBe('fail');
  expect(result.decision.violations.map((v) => v.finding.fingerprint)).toEqual(['new']);
});

test('ignore: suppressions are reported but exempt nothing', () => {
  const result = evaluate('ignore');
  expect(result.decision.verdict).toBe('fail');
  // new-only (the default) keeps the existing finding from violating, suppressed or not.
  expect(result.decision.violations.map((v) => v.finding.fingerprint)).toEqual(['new']);
});

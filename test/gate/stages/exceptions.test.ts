import type { Finding } from '../../../src/gate/finding.js';
import type { PolicyBlock, PolicyException } from '../../../src/gate/policy/policy.js';
import { markBaseline } from '../../../src/gate/stages/baseline.js';
import { applyExceptions } from '../../../src/gate/stages/exceptions.js';
import { makeFinding } from './make-finding.js';

const today = new Date('2026-05-01T10:00:00Z');
const NO_BLOCK: PolicyBlock = { cwes: [], rules: [], ids: [] };

function exception(match: PolicyException['match'], expires = '2026-12-31', extra: Partial<PolicyException> = {}): PolicyException {
  const [year, month, day] = expires.split('-').map(Number) as [number, number, number];
  return {
    match,
    reason: 'accepted',
    approvedBy: '@acme/appsec',
    expires,
    expiresAt: new Date(Date.UTC(year, month - 1, day + 1)),
    maxSeverity: 'critical',
    source: { file: 'security-policy.yml', line: 1, index: 0 },
    ...extra,
  };
}

function run(findings: Finding[], exceptions: PolicyException[], block = NO_BLOCK) {
  return applyExceptions(markBaseline(findings, undefined), exceptions, { today, block });
}

describe('applyExceptions: matching', () => {
  it.each([
    ['rule', { rule: 'js/xss' }, { ruleId: 'js/xss' }, { ruleId: 'js/XSS' }],
    ['id, case-insensitively', { id: 'ghsa-aaaa-bbbb-cccc' }, { advisoryIds: ['GHSA-aaaa-bbbb-cccc'] }, { advisoryIds: ['GHSA-aaaa-bbbb-dddd'] }],
    ['id in the rule id', { id: 'CVE-2024-1' }, { ruleId: 'CVE-2024-1' }, { ruleId: 'CVE-2024-11' }],
    ['cwe, case-insensitively', { cwe: 'CWE-79' }, { cwes: ['cwe-79'] }, { cwes: ['CWE-798'] }],
    ['path glob', { path: 'scripts/**' }, { location: { kind: 'file', path: 'scripts/a/b.js' } }, { location: { kind: 'file', path: 'src/scripts/b.js' } }],
    ['url prefix', { url: 'https://app.example.com/admin' }, { location: { kind: 'url', url: 'https://app.example.com/admin/users' } }, { location: { kind: 'url', url: 'https://app.example.com/login' } }],
    ['url glob', { url: 'https://*.example.com/health' }, { location: { kind: 'url', url: 'https://api.example.com/health' } }, { location: { kind: 'url', url: 'https://api.example.org/health' } }],
    ['fingerprint', { fingerprint: 'f1' }, { fingerprint: 'f1' }, { fingerprint: 'F1' }],
    ['tool', { tool: 'semgrep' }, { tool: 'Semgrep' }, { tool: 'Semgrep Pro' }],
  ] as const)('matches by %s', (_name, match, hit, miss) => {
    const result = run([makeFinding(hit as Partial<Finding>), makeFinding(miss as Partial<Finding>)], [exception(match)]);
    expect(result.findings.map((item) => item.disposition)).toEqual(['excepted', 'open']);
    expect(result.findings[0]!.exception?.match).toEqual(match);
  });

  it('requires every given field to match', () => {
    const finding = makeFinding({ ruleId: 'js/xss', location: { kind: 'file', path: 'src/a.ts' } });
    const result = run([finding], [exception({ rule: 'js/xss', path: 'scripts/**' })]);
    expect(result.findings[0]!.disposition).toBe('open');
    expect(result.unused).toHaveLength(1);
  });

  it('does not match a path glob against findings without a file', () => {
    const result = run([makeFinding({ location: { kind: 'none' } })], [exception({ path: '**' })]);
    expect(result.findings[0]!.disposition).toBe('open');
  });

  it('reports suppressed findings as suppressed and does not use exceptions on them', () => {
    const result = run([makeFinding({ suppressed: true, ruleId: 'js/xss' })], [exception({ rule: 'js/xss' })]);
    expect(result.findings[0]!.disposition).toBe('suppressed');
    expect(result.unused).toHaveLength(1);
  });

  it('does not apply an exception to findings above its severity', () => {
    const result = run([makeFinding({ severity: 'critical' }), makeFinding({ severity: 'medium' })], [exception({ rule: 'js/xss' }, '2026-12-31', { maxSeverity: 'high' })]);
    expect(result.findings.map((item) => item.disposition)).toEqual(['open', 'excepted']);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]!.why).toContain('covers findings up to high');
  });
});

describe('applyExceptions: expiry and usage', () => {
  it('lists expired exceptions, stops applying them and counts what they would have matched', () => {
    const result = run([makeFinding()], [exception({ rule: 'js/xss' }, '2026-04-30')]);
    expect(result.findings[0]!.disposition).toBe('open');
    expect(result.expired).toHaveLength(1);
    expect(result.expired[0]).toMatchObject({ state: 'expired', matched: 1, daysLeft: -1 });
    expect(result.used).toEqual([]);
    expect(result.unused).toEqual([]);
  });

  it('still applies an exception on its expiry day', () => {
    const result = run([makeFinding()], [exception({ rule: 'js/xss' }, '2026-05-01')]);
    expect(result.findings[0]!.disposition).toBe('excepted');
    expect(result.expiring[0]).toMatchObject({ state: 'expiring', daysLeft: 0 });
  });

  it('warns for exceptions expiring within 14 days, used or not', () => {
    const result = run([makeFinding()], [exception({ rule: 'js/xss' }, '2026-05-15'), exception({ rule: 'other' }, '2026-05-10'), exception({ rule: 'js/xss' }, '2026-05-16')]);
    expect(result.expiring.map((use) => use.exception.expires)).toEqual(['2026-05-15', '2026-05-10']);
    expect(result.exceptions[2]!.state).toBe('active');
    expect(result.unused.map((use) => use.exception.match.rule)).toEqual(['other']);
    // Overlapping exceptions both count as used; the first one is the one recorded.
    expect(result.used).toHaveLength(2);
    expect(result.findings[0]!.exception!.expires).toBe('2026-05-15');
  });

  it('counts ISO date-time expiries to the instant', () => {
    const soon: PolicyException = { ...exception({ rule: 'js/xss' }), expires: '2026-05-01T09:00:00Z', expiresAt: new Date('2026-05-01T09:00:00Z') };
    expect(run([makeFinding()], [soon]).findings[0]!.disposition).toBe('open');
  });
});

describe('applyExceptions: blocked findings', () => {
  const block: PolicyBlock = { cwes: ['CWE-89'], rules: ['js/sql-injection'], ids: ['CVE-2021-44228'] };

  it('only excepts a blocked finding with an exception naming the block entry', () => {
    const sqli = makeFinding({ ruleId: 'js/sql-injection', cwes: ['CWE-89'], location: { kind: 'file', path: 'scripts/a.js' } });
    const byPath = run([sqli], [exception({ path: 'scripts/**' })], block);
    expect(byPath.findings[0]!.disposition).toBe('open');
    expect(byPath.findings[0]!.blocked).toEqual([
      { kind: 'cwe', value: 'CWE-89' },
      { kind: 'rule', value: 'js/sql-injection' },
    ]);
    expect(byPath.refused[0]!.why).toContain('blocked (cwe CWE-89, rule js/sql-injection)');
    expect(byPath.unused).toHaveLength(1);

    expect(run([sqli], [exception({ cwe: 'CWE-89', path: 'scripts/**' })], block).findings[0]!.disposition).toBe('excepted');
    expect(run([sqli], [exception({ rule: 'js/sql-injection' })], block).findings[0]!.disposition).toBe('excepted');
  });

  it('finds blocked advisory ids in rule ids and advisory ids, case-insensitively', () => {
    const log4j = makeFinding({ category: 'sca', ruleId: 'cve-2021-44228', tool: 'Trivy' });
    const result = run([log4j], [exception({ tool: 'trivy' }), exception({ id: 'CVE-2021-44228' })], block);
    expect(result.findings[0]!.disposition).toBe('excepted');
    expect(result.findings[0]!.exception!.match).toEqual({ id: 'CVE-2021-44228' });
    expect(result.refused).toEqual([]);
  });
});

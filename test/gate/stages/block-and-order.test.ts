import { markBaseline } from '../../../src/gate/stages/baseline.js';
import { blockHits, compileBlock } from '../../../src/gate/stages/block.js';
import { decide } from '../../../src/gate/stages/decide.js';
import { applyExceptions } from '../../../src/gate/stages/exceptions.js';
import { applyScope } from '../../../src/gate/stages/scope.js';
import { parsePolicy } from '../../../src/gate/policy/parse-policy.js';
import { makeFinding } from './make-finding.js';

const today = new Date('2026-05-01T10:00:00Z');

describe('compileBlock', () => {
  const block = { cwes: ['CWE-798', 'CWE-89'], rules: ['js/sql-injection'], ids: ['CVE-2021-44228', 'ghsa-aaaa-bbbb-cccc'] };

  it('reports hits in policy order (cwe, rule, id) and folds case as blockHits always did', () => {
    const finding = makeFinding({
      ruleId: 'js/sql-injection',
      cwes: ['cwe-89', 'CWE-798'],
      advisoryIds: ['GHSA-AAAA-BBBB-CCCC', 'cve-2021-44228'],
    });
    const expected = [
      { kind: 'cwe', value: 'CWE-798' },
      { kind: 'cwe', value: 'CWE-89' },
      { kind: 'rule', value: 'js/sql-injection' },
      { kind: 'id', value: 'CVE-2021-44228' },
      { kind: 'id', value: 'ghsa-aaaa-bbbb-cccc' },
    ];
    expect(compileBlock(block)(finding)).toEqual(expected);
    expect(blockHits(finding, block)).toEqual(expected);
  });

  it('matches a blocked advisory in the rule id, and nothing for an unrelated finding', () => {
    expect(compileBlock(block)(makeFinding({ ruleId: 'cve-2021-44228' }))).toEqual([{ kind: 'id', value: 'CVE-2021-44228' }]);
    expect(compileBlock(block)(makeFinding({ ruleId: 'js/xss', cwes: ['CWE-79'] }))).toEqual([]);
  });

  it('with empty lists hits nothing, and the shared empty result cannot be changed by a caller', () => {
    const hits = compileBlock({ cwes: [], rules: [], ids: [] })(makeFinding({ ruleId: 'js/sql-injection', cwes: ['CWE-89'] }));
    expect(hits).toEqual([]);
    expect(Object.isFrozen(hits)).toBe(true);
  });
});

describe('applyExceptions on many findings', () => {
  it('annotates the baselined items in place and returns them in input order', () => {
    const findings = [makeFinding({ ruleId: 'a' }), makeFinding({ ruleId: 'b', suppressed: true }), makeFinding({ ruleId: 'c' })];
    const baselined = markBaseline(findings, undefined);
    const result = applyExceptions(baselined, [], { today, block: { cwes: [], rules: [], ids: [] } });
    expect(result.findings).toBe(baselined);
    expect(result.findings.map((item) => [item.finding.ruleId, item.disposition])).toEqual([
      ['a', 'open'],
      ['b', 'suppressed'],
      ['c', 'open'],
    ]);
  });
});

describe('decide: order of violations', () => {
  it('lists violations most severe first, input order kept within a severity', () => {
    const policy = parsePolicy('version: 1\nfail-on: low\n', 'security-policy.yml', { today });
    const specs = [
      ['l1', 'low'],
      ['h1', 'high'],
      ['c1', 'critical'],
      ['h2', 'high'],
      ['l2', 'low'],
      ['c2', 'critical'],
    ] as const;
    const findings = specs.map(([ruleId, severity]) => makeFinding({ ruleId, severity }));
    const assessed = applyExceptions(markBaseline(findings, undefined), [], { today, block: policy.block }).findings;
    const decision = decide({ policy, findings: assessed, hasBaseline: false, categoriesWithInput: new Set(['sast']) });
    expect(decision.violations.map((v) => v.finding.ruleId)).toEqual(['c1', 'c2', 'h1', 'h2', 'l1', 'l2']);
  });
});

describe('applyScope on repeated paths', () => {
  it('gives every finding of one path the same answer, whatever order they come in', () => {
    const paths = ['test/a.ts', 'src/a.ts', 'test/a.ts', './test/a.ts', 'src/a.ts', 'lib/vendor/x.js'];
    const findings = paths.map((path) => makeFinding({ location: { kind: 'file', path } }));
    const result = applyScope(findings, ['test/**', '**/vendor/**']);
    expect(result.kept.map((f) => (f.location.kind === 'file' ? f.location.path : ''))).toEqual(['src/a.ts', 'src/a.ts']);
    expect(result.excluded.map((item) => item.glob)).toEqual(['test/**', 'test/**', 'test/**', '**/vendor/**']);
  });
});

import { mostSevereAnnotations, violationAnnotations } from '../../../src/gate/emit/annotations.js';
import type { Finding } from '../../../src/gate/finding.js';
import type { Violation } from '../../../src/gate/stages/decide.js';
import { capAnnotations } from '../../../src/report/annotations.js';
import { makeFinding } from '../stages/make-finding.js';

const violation = (overrides: Partial<Finding>, why = 'high sast finding at or above fail-on high'): Violation => ({
  finding: makeFinding(overrides),
  baseline: 'new',
  disposition: 'open',
  blocked: [],
  violation: why,
});

describe('violationAnnotations', () => {
  it('makes one error per violation with a repository file, placed on its lines', () => {
    const [annotation] = violationAnnotations([
      violation({ ruleId: 'js/sql', cwes: ['CWE-89'], location: { kind: 'file', path: 'src/db.ts', startLine: 4, endLine: 6, startColumn: 3 } }),
    ]);
    expect(annotation).toEqual({
      level: 'error',
      title: 'high js/sql (CWE-89)',
      message: 'Cross-site scripting\nCodeQL: high sast finding at or above fail-on high; severity from rule properties.security-severity 7.8',
      file: 'src/db.ts',
      startLine: 4,
      endLine: 6,
      severityRank: expect.any(Number),
    });
  });

  it('skips findings with no file in the repository', () => {
    expect(
      violationAnnotations([
        violation({ location: { kind: 'url', url: 'https://x.example' } }),
        violation({ location: { kind: 'none' } }),
        violation({ location: { kind: 'file', path: '/opt/elsewhere/a.c', startLine: 1 } }),
        violation({ location: { kind: 'file', path: 'C:\\elsewhere\\a.c', startLine: 1 } }),
      ]),
    ).toEqual([]);
  });

  it('ranks by severity first, then score, so the cap keeps the most severe', () => {
    const list = violationAnnotations([
      violation({ severity: 'high', securitySeverity: 8.9, location: { kind: 'file', path: 'high.ts' } }),
      violation({ severity: 'medium', location: { kind: 'file', path: 'medium.ts' } }),
      violation({ severity: 'critical', securitySeverity: 9.1, location: { kind: 'file', path: 'critical-low.ts' } }),
      violation({ severity: 'critical', securitySeverity: 10, location: { kind: 'file', path: 'critical-top.ts' } }),
    ]);
    expect(capAnnotations(list, 3).emitted.map((a) => a.file)).toEqual(['critical-top.ts', 'critical-low.ts', 'high.ts']);
  });
});

describe('mostSevereAnnotations', () => {
  it('chooses exactly what capAnnotations keeps from all of them, in the same order, and counts the rest', () => {
    const severities = ['critical', 'high', 'medium', 'low'] as const;
    const scores = [undefined, 9.9, 7.5, 5, 2.5];
    // Many ties (same severity and score) and some findings with nowhere to annotate.
    const list = Array.from({ length: 200 }, (_, i) =>
      violation({
        severity: severities[(i * 7) % 4]!,
        ...(scores[(i * 3) % 5] !== undefined ? { securitySeverity: scores[(i * 3) % 5]! } : {}),
        location: i % 9 === 0 ? { kind: 'url', url: 'https://x.example' } : { kind: 'file', path: `f${i}.ts`, startLine: i },
      }),
    );
    const all = violationAnnotations(list);
    for (const limit of [0, 1, 10, 50, 500]) {
      const expected = capAnnotations(all, limit);
      const chosen = mostSevereAnnotations(list, limit);
      expect(chosen.annotations).toEqual(expected.emitted);
      expect(chosen.omitted).toBe(expected.omitted.error);
    }
  });
});

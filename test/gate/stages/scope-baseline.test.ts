import { markBaseline } from '../../../src/gate/stages/baseline.js';
import { applyScope } from '../../../src/gate/stages/scope.js';
import { makeFinding } from './make-finding.js';

describe('applyScope', () => {
  it('excludes file findings matching a glob and names the glob', () => {
    const test = makeFinding({ location: { kind: 'file', path: 'test/app.test.ts' } });
    const vendored = makeFinding({ location: { kind: 'file', path: './lib/vendor/.hidden/x.js' } });
    const kept = makeFinding({ location: { kind: 'file', path: 'src/test.ts' } });
    const result = applyScope([test, vendored, kept], ['test/**', '**/vendor/**']);
    expect(result.kept).toEqual([kept]);
    expect(result.excluded).toEqual([
      { finding: test, glob: 'test/**' },
      { finding: vendored, glob: '**/vendor/**' },
    ]);
  });

  it('never excludes findings without a file location, even with **', () => {
    const url = makeFinding({ location: { kind: 'url', url: 'https://app.example.com/test/x' } });
    const none = makeFinding({ location: { kind: 'none' } });
    expect(applyScope([url, none], ['**', 'https*/**']).kept).toEqual([url, none]);
  });
});

describe('markBaseline', () => {
  it('marks findings whose fingerprint is in the baseline as existing', () => {
    const old = makeFinding({ fingerprint: 'abc' });
    const fresh = makeFinding({ fingerprint: 'def' });
    expect(markBaseline([old, fresh], new Set(['abc']))).toEqual([
      { finding: old, baseline: 'existing' },
      { finding: fresh, baseline: 'new' },
    ]);
  });

  it('treats every finding as new without a baseline', () => {
    expect(markBaseline([makeFinding({ fingerprint: 'abc' })], undefined)[0]!.baseline).toBe('new');
  });
});

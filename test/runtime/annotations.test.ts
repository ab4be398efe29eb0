import { emitAnnotations } from '../../src/runtime/annotations.js';
import type { Annotation } from '../../src/report/annotations.js';
import { captureStdout, isolateRunnerEnv } from './runner-env.js';

isolateRunnerEnv();

describe('emitAnnotations', () => {
  it('emits workflow commands with properties, most severe first, and returns what was left out', () => {
    const list: Annotation[] = [
      { level: 'warning', message: 'weak hash', file: 'src/a.ts', startLine: 3, severityRank: 4 },
      ...Array.from({ length: 12 }, (_, index): Annotation => ({
        level: 'error',
        message: `finding ${index}`,
        severityRank: index,
      })),
      {
        level: 'error',
        message: 'SQL injection\nin query',
        title: 'CWE-89: SQLi, high',
        file: 'src/db.ts',
        startLine: 10,
        endLine: 12,
        startColumn: 5,
        severityRank: 99,
      },
      { level: 'notice', message: 'baseline used' },
    ];
    const stdout = captureStdout();
    const omitted = emitAnnotations(list, 10);
    expect(omitted).toEqual({ error: 3, warning: 0, notice: 0 });
    const lines = stdout.lines();
    expect(lines).toHaveLength(12);
    expect(lines[0]).toBe(
      '::error title=CWE-89%3A SQLi%2C high,file=src/db.ts,line=10,endLine=12,col=5::SQL injection%0Ain query',
    );
    // Then findings 11 down to 3 (ranks), the lowest three omitted.
    expect(lines.slice(1, 10)).toEqual(Array.from({ length: 9 }, (_, index) => `::error::finding ${11 - index}`));
    expect(lines[10]).toBe('::warning file=src/a.ts,line=3::weak hash');
    expect(lines[11]).toBe('::notice::baseline used');
  });
});

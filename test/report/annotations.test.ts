import { capAnnotations, omittedNote } from '../../src/report/annotations.js';
import type { Annotation } from '../../src/report/annotations.js';

const make = (level: Annotation['level'], message: string, severityRank?: number): Annotation =>
  severityRank === undefined ? { level, message } : { level, message, severityRank };

describe('capAnnotations', () => {
  it('keeps the most severe of each level, ties in input order, errors then warnings then notices', () => {
    const list = [
      make('notice', 'n1'),
      make('warning', 'w-low', 1),
      make('error', 'e-a', 5),
      make('error', 'e-b'),
      make('warning', 'w-high', 9),
      make('error', 'e-c', 5),
      make('error', 'e-top', 10),
      make('warning', 'w-mid', 5),
    ];
    const { emitted, omitted } = capAnnotations(list, 2);
    expect(emitted.map((a) => a.message)).toEqual(['e-top', 'e-a', 'w-high', 'w-mid', 'n1']);
    expect(omitted).toEqual({ error: 2, warning: 1, notice: 0 });
  });

  it('defaults to GitHub’s 10 per level', () => {
    const list = Array.from({ length: 25 }, (_, index) => make('warning', `w${index}`));
    const { emitted, omitted } = capAnnotations(list);
    expect(emitted.map((a) => a.message)).toEqual(list.slice(0, 10).map((a) => a.message));
    expect(omitted).toEqual({ error: 0, warning: 15, notice: 0 });
  });

  it('does not reorder or mutate the caller’s list', () => {
    const list = [make('error', 'low', 1), make('error', 'high', 2)];
    capAnnotations(list, 1);
    expect(list.map((a) => a.message)).toEqual(['low', 'high']);
  });
});

describe('omittedNote', () => {
  it('is empty when nothing was left out', () => {
    expect(omittedNote({ error: 0, warning: 0, notice: 0 })).toBe('');
  });

  it('counts each level with the right plural', () => {
    expect(omittedNote({ error: 12, warning: 0, notice: 0 })).toBe(
      '12 more errors not annotated (GitHub shows at most 10 per level per step); see the summary table',
    );
    expect(omittedNote({ error: 1, warning: 3, notice: 1 })).toBe(
      '1 more error, 3 more warnings and 1 more notice not annotated (GitHub shows at most 10 per level per step); see the summary table',
    );
  });
});

import { table } from '../../src/report/markdown.js';
import { SUMMARY_LIMIT_BYTES, Summary, truncateUtf8, utf8Length } from '../../src/report/summary.js';

const NOTE = /\n*Summary truncated: (\d+) of (\d+) sections omitted( and 1 cut short)? to stay under GitHub's 1 MiB job-summary limit(; the full report is in `([^`]+)`)?\.\n$/;

/** Splits a rendered summary into its body and the parsed truncation note. */
function parts(rendered: string) {
  const match = NOTE.exec(rendered);
  if (!match) return { body: rendered, note: undefined };
  return {
    body: rendered.slice(0, match.index),
    note: { omitted: Number(match[1]), total: Number(match[2]), cutShort: match[3] !== undefined, path: match[5] },
  };
}

/** True when the text survives a UTF-8 round trip, i.e. no character was split. */
function isWholeUtf8(text: string): boolean {
  return !text.includes('\uFFFD') && Buffer.from(text, 'utf8').toString('utf8') === text;
}

describe('Summary', () => {
  it('joins sections with blank lines and ends with a newline', () => {
    const summary = new Summary().add('## Gate', 'passed').addSection('Findings', 'none').add('', '  ');
    expect(summary.sectionCount).toBe(2);
    expect(summary.render()).toBe('## Gate\n\npassed\n\n### Findings\n\nnone\n');
  });

  it('renders nothing when empty', () => {
    expect(new Summary().isEmpty).toBe(true);
    expect(new Summary().render()).toBe('');
  });

  it('is returned whole at exactly the limit, and truncated one byte below it', () => {
    const summary = new Summary().add('é'.repeat(100)).add('ü'.repeat(100));
    const full = summary.render();
    const size = utf8Length(full);
    expect(size).toBe(400 + 2 + 1);
    expect(summary.render(size)).toBe(full);
    const below = summary.render(size - 1);
    expect(utf8Length(below)).toBeLessThanOrEqual(size - 1);
    expect(parts(below).note).toBeDefined();
  });

  it('drops whole trailing sections first and says how many, and where the full report is', () => {
    const summary = new Summary({ fullReportPath: 'stopline-report.md' })
      .add('## Verdict: fail')
      .add('x'.repeat(500))
      .add('y'.repeat(500));
    const rendered = summary.render(600);
    expect(utf8Length(rendered)).toBeLessThanOrEqual(600);
    expect(rendered.startsWith('## Verdict: fail\n\n')).toBe(true);
    expect(parts(rendered).note).toEqual({ omitted: 2, total: 3, cutShort: false, path: 'stopline-report.md' });
    expect(rendered).toContain('the full report is in `stopline-report.md`.');
  });

  it('fills the room left with whole lines of the next section, so a table stays a table', () => {
    const rows = Array.from({ length: 200 }, (_, index) => [`rule-${index}`, `src/file-${index}.ts`, index]);
    const findings = table(['rule', 'file', 'line'], rows);
    const summary = new Summary().add('## Verdict: fail').addSection('Findings', findings).add('footer');
    const limit = 2000;
    const rendered = summary.render(limit);
    expect(utf8Length(rendered)).toBeLessThanOrEqual(limit);
    const { body, note } = parts(rendered);
    expect(note).toEqual({ omitted: 1, total: 3, cutShort: true, path: undefined });
    const shown = body.split('\n');
    const original = summary.render(Number.POSITIVE_INFINITY).split('\n');
    // Every line shown is a whole line of the original, in order.
    expect(shown).toEqual(original.slice(0, shown.length));
    expect(shown.at(-1)).toMatch(/^\| rule-\d+ \| src\/file-\d+\.ts \| \d+ \|$/);
    // And it used the room: one more row would not have fitted.
    expect(utf8Length(rendered) + utf8Length(original[shown.length]!) + 1).toBeGreaterThan(limit);
  });

  it('closes <details> and code fences left open by the cut, so the note stays visible', () => {
    const long = Array.from({ length: 100 }, (_, index) => `line ${index}`).join('\n');
    const summary = new Summary()
      .add('## Head')
      .add(`<details><summary>Log</summary>\n\n\`\`\`text\n${long}\n\`\`\`\n\n</details>`);
    const rendered = summary.render(400);
    expect(utf8Length(rendered)).toBeLessThanOrEqual(400);
    const { body, note } = parts(rendered);
    expect(note?.cutShort).toBe(true);
    expect(body).toMatch(/line \d+\n```\n\n<\/details>$/);
  });

  it('cuts inside the first line only as a last resort, never inside a character', () => {
    const summary = new Summary().add('🙂'.repeat(300)).add('more');
    for (const limit of [250, 251, 252, 253, 254, 300, 301]) {
      const rendered = summary.render(limit);
      expect(utf8Length(rendered)).toBeLessThanOrEqual(limit);
      expect(isWholeUtf8(rendered)).toBe(true);
      const { body, note } = parts(rendered);
      expect(note).toEqual({ omitted: 1, total: 2, cutShort: true, path: undefined });
      expect(body).toMatch(/^(🙂)+$/);
    }
  });

  it('stays within any limit, however small, with whole characters and the right counts', () => {
    const summary = new Summary({ fullReportPath: 'résumé/報告.md' });
    for (let index = 0; index < 30; index += 1) {
      summary.addSection(`Section ${index} — 検査`, `${'ä'.repeat(index * 7)}\nline two 🚦 ${index}\n${'z'.repeat(index)}`);
    }
    const full = summary.render(Number.POSITIVE_INFINITY);
    const fullSize = utf8Length(full);
    for (let limit = 0; limit <= fullSize + 3; limit += 7) {
      const rendered = summary.render(limit);
      expect(utf8Length(rendered)).toBeLessThanOrEqual(limit);
      expect(isWholeUtf8(rendered)).toBe(true);
      if (limit >= fullSize) {
        expect(rendered).toBe(full);
        continue;
      }
      const { body, note } = parts(rendered);
      if (note === undefined) {
        // Only a limit too small for the note itself gives the note alone, cut to fit.
        const noteAlone =
          "Summary truncated: 30 of 30 sections omitted to stay under GitHub's 1 MiB job-summary limit; the full report is in `résumé/報告.md`.\n";
        expect(limit).toBeLessThan(utf8Length(noteAlone) + 10);
        expect(noteAlone.startsWith(rendered)).toBe(true);
        continue;
      }
      expect(note.total).toBe(30);
      expect(note.path).toBe('résumé/報告.md');
      expect(full.startsWith(body)).toBe(true);
    }
  });

  it('handles a real 1 MiB case: many sections of multi-byte text', () => {
    const summary = new Summary();
    const row = '| 脆弱性 | src/サービス.ts | 🔥 critical |\n'.repeat(40);
    for (let index = 0; index < 600; index += 1) summary.add(`### Finding group ${index}`, row);
    const rendered = summary.render();
    expect(utf8Length(summary.render(Number.POSITIVE_INFINITY))).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
    expect(utf8Length(rendered)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(utf8Length(rendered)).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 2000);
    expect(isWholeUtf8(rendered)).toBe(true);
    expect(parts(rendered).note?.total).toBe(600);
  });
});

describe('truncateUtf8', () => {
  it('cuts at a character boundary', () => {
    expect(truncateUtf8('aé🙂', 1)).toBe('a');
    expect(truncateUtf8('aé🙂', 2)).toBe('a');
    expect(truncateUtf8('aé🙂', 3)).toBe('aé');
    expect(truncateUtf8('aé🙂', 6)).toBe('aé');
    expect(truncateUtf8('aé🙂', 7)).toBe('aé🙂');
    expect(truncateUtf8('aé🙂', 0)).toBe('');
  });
});

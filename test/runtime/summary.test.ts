import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { Summary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { writeSummary } from '../../src/runtime/summary.js';
import { captureStdout, fileCommand, isolateRunnerEnv, tempDir } from './runner-env.js';

isolateRunnerEnv();

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const bigSummary = () => {
  const summary = new Summary({ fullReportPath: 'report.md' });
  for (let index = 0; index < 700; index += 1) summary.addSection(`Group ${index}`, '| 🚦 | 検査 |\n'.repeat(100));
  return summary;
};

describe('writeSummary', () => {
  it('appends to GITHUB_STEP_SUMMARY and returns undefined', () => {
    const path = fileCommand(dir, 'GITHUB_STEP_SUMMARY');
    expect(writeSummary(new Summary().add('## One'))).toBeUndefined();
    expect(writeSummary(new Summary().add('## Two'))).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe('## One\n\n## Two\n');
  });

  it('returns the whole Markdown without writing when GITHUB_STEP_SUMMARY is unset (the CLI)', () => {
    const summary = bigSummary();
    const markdown = writeSummary(summary);
    expect(markdown).toBe(summary.render(Number.POSITIVE_INFINITY));
    expect(Buffer.byteLength(markdown!)).toBeGreaterThan(SUMMARY_LIMIT_BYTES);
  });

  it('keeps the step under 1 MiB counting what is already in the file', () => {
    const path = fileCommand(dir, 'GITHUB_STEP_SUMMARY');
    const earlier = `${'x'.repeat(99)}\n`.repeat(3000); // 300,000 bytes from an earlier call
    writeFileSync(path, earlier);
    writeSummary(bigSummary());
    const size = statSync(path).size;
    expect(size).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(size).toBeGreaterThan(SUMMARY_LIMIT_BYTES - 2000);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(earlier)).toBe(true);
    expect(text).toContain('Summary truncated: ');
    expect(text).toContain('the full report is in `report.md`.');
    expect(text).not.toContain('\uFFFD');
  });

  it('separates its content from earlier text that does not end in a blank line', () => {
    const path = fileCommand(dir, 'GITHUB_STEP_SUMMARY');
    writeFileSync(path, 'earlier');
    writeSummary(new Summary().add('## Mine'));
    expect(readFileSync(path, 'utf8')).toBe('earlier\n\n## Mine\n');
  });

  it('warns instead of writing when the step summary is already full', () => {
    const path = fileCommand(dir, 'GITHUB_STEP_SUMMARY');
    writeFileSync(path, 'x'.repeat(SUMMARY_LIMIT_BYTES - 100));
    const stdout = captureStdout();
    writeSummary(new Summary().add('## Late'));
    expect(statSync(path).size).toBe(SUMMARY_LIMIT_BYTES - 100);
    expect(stdout.lines()).toEqual([
      "::warning::The job summary for this step is full (1048476 of 1048576 bytes used), so Stopline's summary was not written; its results are in the step's outputs and log.",
    ]);
  });

  it('writes nothing for an empty summary', () => {
    const path = fileCommand(dir, 'GITHUB_STEP_SUMMARY');
    writeSummary(new Summary());
    expect(readFileSync(path, 'utf8')).toBe('');
  });
});

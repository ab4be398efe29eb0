import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeChunks } from '../../../src/actions/security-gate/write-chunks.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'write-chunks-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What writeChunks wrote for `chunks`, and what one string encoded at once would be. */
function written(chunks: string[]): { bytes: Buffer; expected: Buffer } {
  const file = path.join(dir, 'out.txt');
  writeChunks(file, chunks);
  return { bytes: readFileSync(file), expected: Buffer.from(chunks.join(''), 'utf8') };
}

describe('writeChunks', () => {
  it('writes the pieces in order as UTF-8, whatever their characters', () => {
    const chunks = ['{"a":', '"é ü 漢字"', ',', '"🔥🔥"', '', '\u2028', '"\ud800 lone"', '}\n'];
    const { bytes, expected } = written(chunks);
    expect(bytes.equals(expected)).toBe(true);
  });

  it('writes many small pieces and pieces larger than its buffer', () => {
    const chunks: string[] = [];
    for (let i = 0; i < 200_000; i += 1) chunks.push(i % 1000 === 0 ? `ß${'x'.repeat(i % 7)}🔥\n` : `,{"i":${i}}`);
    chunks.push('漢'.repeat(3 << 20), 'tail', 'a'.repeat(5 << 20));
    const { bytes, expected } = written(chunks);
    expect(bytes.length).toBe(expected.length);
    expect(bytes.equals(expected)).toBe(true);
  });

  it('writes an empty file for no pieces', () => {
    expect(written([]).bytes.length).toBe(0);
  });
});

import type { Finding } from '../../../src/gate/finding.js';
import { encodeMessages, findingMessage, MESSAGES_PER_PAGE, MessageStore, RunTexts } from '../../../src/gate/normalize/run-texts.js';
import { makeFinding } from '../stages/make-finding.js';

/** Messages that take every path: ASCII, other Latin-1, multi-byte, astral, empty, long, and lone surrogates. */
const TRICKY = [
  'plain ASCII',
  'café crème',
  '漢字 and 🔥 "quoted" \\ back',
  '',
  'x'.repeat(500),
  // A lone high surrogate at the end and a lone low one at the start of the next: joined, they
  // would pair up into one character.
  'ends high \ud83d',
  '\ude00 starts low',
  'lone \udc00 in the middle',
];

describe('RunTexts', () => {
  it('gives back every message as it was added, across pages, in any result order', () => {
    const count = 3 * MESSAGES_PER_PAGE + 17;
    const messages = new RunTexts(2 * count);
    const expected = new Map<number, string>();
    for (let i = 0; i < count; i += 1) {
      // Every other result index, backwards: results without a message lie in between.
      const resultIndex = 2 * (count - 1 - i);
      const message = `${TRICKY[i % TRICKY.length]!} #${i}`;
      messages.add(resultIndex, message);
      expected.set(resultIndex, message);
    }
    for (const [resultIndex, message] of expected) expect(messages.get(resultIndex)).toBe(message);
    expect(messages.get(1)).toBeUndefined();
    expect(messages.get(2 * count - 1)).toBeUndefined();
    expect(messages.get(-1)).toBeUndefined();
    expect(messages.get(2 * count)).toBeUndefined();
  });

  it('keeps a page with only well-formed messages as they are, ASCII or not, and one with a lone surrogate', () => {
    for (const page of [['ascii', 'only'], ['café', '漢字', '🔥'], TRICKY]) {
      const messages = new RunTexts(page.length);
      page.forEach((message, i) => messages.add(i, message));
      expect(page.map((_, i) => messages.get(i))).toEqual(page);
    }
  });

  it('takes a page encoded on another thread as it is', () => {
    const messages = new RunTexts(10);
    const encoded = encodeMessages(TRICKY);
    // As postMessage delivers it: a plain Uint8Array over the transferred memory.
    const { page, lengths } = structuredClone(encoded, { transfer: [encoded.page.buffer as ArrayBuffer] });
    messages.adopt({ page: Buffer.from(page.buffer, page.byteOffset, page.byteLength), lengths }, [9, 8, 7, 6, 5, 4, 3, 2]);
    expect([9, 8, 7, 6, 5, 4, 3, 2].map((i) => messages.get(i))).toEqual(TRICKY);
    expect(messages.get(0)).toBeUndefined();
  });

  it('encodes a page into memory of its own, which a worker can transfer', () => {
    const { page } = encodeMessages(['short']);
    expect(page.byteOffset).toBe(0);
    expect(page.buffer.byteLength).toBe(page.length);
  });

  it('keeps copies of UTF-8 bytes it is given (a window about to be reused), beside encoded messages', () => {
    const texts = new RunTexts(6);
    const window = Buffer.from('{"a":"é"}{"b":"漢字 🔥"}', 'utf8');
    const first = Buffer.byteLength('{"a":"é"}');
    texts.addBytes(4, window.subarray(0, first));
    texts.addBytes(1, window.subarray(first));
    // Longer than a page: a page of its own.
    const long = `{"c":"${'x'.repeat(100_000)}"}`;
    texts.addBytes(3, Buffer.from(long));
    texts.add(0, 'a message');
    window.fill(0);
    expect([0, 1, 2, 3, 4, 5].map((i) => texts.has(i))).toEqual([true, true, false, true, true, false]);
    expect(texts.get(4)).toBe('{"a":"é"}');
    expect(texts.get(1)).toBe('{"b":"漢字 🔥"}');
    expect(texts.get(3)).toBe(long);
    expect(texts.get(0)).toBe('a message');
    expect(texts.get(2)).toBeUndefined();
    expect(() => texts.addBytes(6, window)).toThrow("result index 6 is outside the run's 6 results");
  });

  it('refuses a result index outside the run', () => {
    const messages = new RunTexts(2);
    expect(() => messages.add(2, 'too far')).toThrow("result index 2 is outside the run's 2 results");
    expect(() => messages.adopt(encodeMessages(['a', 'b']), [0, -1])).toThrow("result index -1 is outside the run's 2 results");
  });
});

describe('MessageStore and findingMessage', () => {
  const at = (file: string, runIndex: number, resultIndex: number): Finding => {
    const finding = makeFinding({ origin: { file, runIndex, resultIndex } });
    finding.message = undefined;
    return finding;
  };

  it("finds a message by its finding's origin, run by run", () => {
    const store = new MessageStore();
    store.run('a.sarif', 0, 2).add(1, 'a run 0');
    store.run('a.sarif', 1, 2).add(1, 'a run 1');
    store.run('b.sarif', 0, 2).add(1, 'b run 0');
    expect([at('a.sarif', 0, 1), at('a.sarif', 1, 1), at('b.sarif', 0, 1), at('a.sarif', 0, 1)].map((finding) => findingMessage(finding, store))).toEqual([
      'a run 0',
      'a run 1',
      'b run 0',
      'a run 0',
    ]);
  });

  it('prefers the message a finding holds, and says which result lost its message', () => {
    const store = new MessageStore();
    store.run('a.sarif', 0, 1).add(0, 'from the store');
    expect(findingMessage({ ...at('a.sarif', 0, 0), message: 'its own' }, store)).toBe('its own');
    expect(() => findingMessage(at('a.sarif', 0, 5), store)).toThrow('the message of result 5 in run 0 of a.sarif was not kept');
    expect(() => findingMessage(at('c.sarif', 0, 0), undefined)).toThrow('the message of result 0 in run 0 of c.sarif was not kept');
  });
});

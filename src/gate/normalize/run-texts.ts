import { PerRun, type Finding } from '../finding.js';

/**
 * Texts of a run's results kept outside the JavaScript heap, for the streamed path (streamLogs):
 * the findings' messages (MessageStore) and the JSON of the results the filtered SARIF may keep.
 * A message is only ever shown for the few findings the report details, the summary lists or an
 * annotation names, yet held as a string on each of 300,000 findings it was ~28 MB that the
 * main thread's garbage collector copied at every scavenge until the findings were promoted; the
 * 25,000 kept results' JSON, read back just before the policy's stages, was another 14 MB it
 * copied twice while those stages ran. Here each run's texts are bytes in pages (buffers, which
 * the collector never copies), found by result index, and made into a string again only when
 * asked for.
 *
 * Messages are encoded a page at a time (encodeMessages): one call for hundreds of messages,
 * where one call each cost the worker thread twice its packing time. A page is UTF-8 when every
 * message on it is well-formed UTF-16, else each message on it is UTF-8 or, when not
 * well-formed, UTF-16 (two bytes a unit), so a lone surrogate comes back as it went in: UTF-8
 * would replace it.
 */

/** Messages encoded together (a page): ~50 KB of typical messages, under malloc's mmap threshold. */
export const MESSAGES_PER_PAGE = 512;

/** Bytes per page addBytes copies into (a longer text gets a page of its own). */
const COPY_PAGE_BYTES = 64 * 1024;

/** Messages encoded one after the other; `lengths[i]` is message i's length in bytes, negative when it is UTF-16. */
export interface EncodedMessages {
  /** A buffer of its own (not a slice of Node's pool), so a worker can transfer it. */
  page: Buffer;
  lengths: Int32Array;
}

/** Encodes `messages` one after the other (see EncodedMessages). */
export function encodeMessages(messages: readonly string[]): EncodedMessages {
  const lengths = new Int32Array(messages.length);
  // Well-formed strings concatenate to a string whose UTF-8 is theirs, one after the other (a
  // lone surrogate could pair up with its neighbour's): then one join and one write do it all.
  if (messages.every((message) => message.isWellFormed())) {
    const joined = messages.join('');
    const page = Buffer.allocUnsafeSlow(Buffer.byteLength(joined, 'utf8'));
    page.write(joined, 0, 'utf8');
    // As many bytes as units: all ASCII, one byte each.
    const ascii = page.length === joined.length;
    for (let i = 0; i < messages.length; i += 1) lengths[i] = ascii ? messages[i]!.length : Buffer.byteLength(messages[i]!, 'utf8');
    return { page, lengths };
  }
  let bytes = 0;
  for (let i = 0; i < messages.length; i += 1) {
    const message = messages[i]!;
    lengths[i] = message.isWellFormed() ? Buffer.byteLength(message, 'utf8') : -2 * message.length;
    bytes += Math.abs(lengths[i]!);
  }
  const page = Buffer.allocUnsafeSlow(bytes);
  for (let i = 0, at = 0; i < messages.length; i += 1) {
    page.write(messages[i]!, at, lengths[i]! >= 0 ? 'utf8' : 'utf16le');
    at += Math.abs(lengths[i]!);
  }
  return { page, lengths };
}

/** The message at `offset` of a page, with the signed `length` encodeMessages gave it. */
export function decodeMessage(page: Buffer, offset: number, length: number): string {
  return length >= 0 ? page.toString('utf8', offset, offset + length) : page.toString('utf16le', offset, offset - length);
}

/** Texts of one run's results (messages, or the results' JSON), by result index. */
export class RunTexts {
  private readonly pages: Buffer[] = [];
  /** Per result index: 1 + the index of its page, or 0 when the result has no text here. */
  private readonly pageOf: Int32Array;
  private readonly offsetOf: Int32Array;
  /** Signed, as encodeMessages gives them. */
  private readonly lengthOf: Int32Array;
  /** Messages added and not yet encoded, and their result indexes. */
  private pending: string[] = [];
  private pendingIndexes: number[] = [];
  /** The page addBytes copies into, its number, and how much of it is used. */
  private copying: Buffer | undefined;
  private copyingPage = 0;
  private copied = 0;

  /** `resultCount`: how many results the run has (its result indexes are below it). */
  constructor(resultCount: number) {
    this.pageOf = new Int32Array(resultCount);
    this.offsetOf = new Int32Array(resultCount);
    this.lengthOf = new Int32Array(resultCount);
  }

  /** Keeps `text` (a message) as result `resultIndex`'s, encoded with the next MESSAGES_PER_PAGE. */
  add(resultIndex: number, text: string): void {
    this.checkIndex(resultIndex);
    this.pending.push(text);
    this.pendingIndexes.push(resultIndex);
    if (this.pending.length >= MESSAGES_PER_PAGE) this.encodePending();
  }

  /**
   * Keeps UTF-8 `bytes` (copied: they may be a view into a window about to be reused) as the
   * text of result `resultIndex`.
   */
  addBytes(resultIndex: number, bytes: Uint8Array): void {
    this.checkIndex(resultIndex);
    if (this.copying === undefined || this.copied + bytes.length > this.copying.length) {
      // allocUnsafeSlow: a page of its own, not a slice of Node's shared pool.
      this.copying = Buffer.allocUnsafeSlow(Math.max(COPY_PAGE_BYTES, bytes.length));
      this.copyingPage = this.pages.push(this.copying);
      this.copied = 0;
    }
    this.copying.set(bytes, this.copied);
    this.pageOf[resultIndex] = this.copyingPage;
    this.offsetOf[resultIndex] = this.copied;
    this.lengthOf[resultIndex] = bytes.length;
    this.copied += bytes.length;
  }

  /** Keeps messages encoded elsewhere (a worker thread's page), as they are: message i is result `resultIndexes[i]`'s. */
  adopt(encoded: EncodedMessages, resultIndexes: ArrayLike<number>): void {
    const pageNumber = this.pages.push(encoded.page);
    let offset = 0;
    for (let i = 0; i < encoded.lengths.length; i += 1) {
      const resultIndex = resultIndexes[i]!;
      this.checkIndex(resultIndex);
      const length = encoded.lengths[i]!;
      this.pageOf[resultIndex] = pageNumber;
      this.offsetOf[resultIndex] = offset;
      this.lengthOf[resultIndex] = length;
      offset += Math.abs(length);
    }
  }

  /** Whether result `resultIndex` has a text here. */
  has(resultIndex: number): boolean {
    if (this.pending.length > 0) this.encodePending();
    return resultIndex >= 0 && resultIndex < this.pageOf.length && this.pageOf[resultIndex] !== 0;
  }

  /** The text of result `resultIndex`, or undefined when none was kept. */
  get(resultIndex: number): string | undefined {
    if (!this.has(resultIndex)) return undefined;
    return decodeMessage(this.pages[this.pageOf[resultIndex]! - 1]!, this.offsetOf[resultIndex]!, this.lengthOf[resultIndex]!);
  }

  private checkIndex(resultIndex: number): void {
    if (!(resultIndex >= 0 && resultIndex < this.pageOf.length)) {
      throw new RangeError(`result index ${resultIndex} is outside the run's ${this.pageOf.length} results`);
    }
  }

  private encodePending(): void {
    const indexes = this.pendingIndexes;
    const encoded = encodeMessages(this.pending);
    this.pending = [];
    this.pendingIndexes = [];
    this.adopt(encoded, indexes);
  }
}

/** Reads the message of a finding that does not hold its own (see Finding.message). */
export interface MessageSource {
  message(origin: Finding['origin']): string | undefined;
}

/** RunTexts of every run, found by a finding's origin. */
export class TextsByRun {
  private readonly runs = new PerRun<RunTexts>();

  /** The texts of one run (made on the first call for the run). */
  run(file: string, runIndex: number, resultCount: number): RunTexts {
    let texts = this.runs.get(file, runIndex);
    if (!texts) this.runs.set(file, runIndex, (texts = new RunTexts(resultCount)));
    return texts;
  }

  has(origin: Finding['origin']): boolean {
    return this.runs.get(origin.file, origin.runIndex)?.has(origin.resultIndex) ?? false;
  }

  text(origin: Finding['origin']): string | undefined {
    return this.runs.get(origin.file, origin.runIndex)?.get(origin.resultIndex);
  }
}

/** The messages of every run streamLogs read, by origin. */
export class MessageStore extends TextsByRun implements MessageSource {
  message(origin: Finding['origin']): string | undefined {
    return this.text(origin);
  }
}

/** A finding's message: its own, else the one `messages` kept for it. */
export function findingMessage(finding: Finding, messages: MessageSource | undefined): string {
  const message = finding.message ?? messages?.message(finding.origin);
  if (message === undefined) {
    throw new Error(`the message of result ${finding.origin.resultIndex} in run ${finding.origin.runIndex} of ${finding.origin.file} was not kept`);
  }
  return message;
}

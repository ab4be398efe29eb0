import type { ResultRange } from './result-stream.js';

/**
 * How two threads share one big run's results without a fixed split: the results are cut into
 * chunks; the main thread claims chunks from the front, the worker from the back, each as it
 * becomes free, through one word of shared memory. So each thread's share follows how fast it
 * actually runs on this machine at this moment, where a fixed split (45% to the main thread)
 * left one thread idle 0.2-0.5 s in many runs on a shared host. The main thread's shares stay
 * the run's first results and the worker's its last, in input order, as one thread reads them.
 */

/** A claimed chunk: its results and its number (chunks are numbered from the run's start). */
export interface ClaimedChunk extends ResultRange {
  chunk: number;
}

/** Results per chunk by default: about 1 MB of CodeQL results, 15 ms of one thread's work. */
export const CLAIM_RESULTS = 2048;

/** The front and back chunk numbers share one 32-bit word: 15 bits each. */
const MAX_CHUNKS = 1 << 15;
const BACK_SHIFT = 15;
const FRONT_MASK = MAX_CHUNKS - 1;

// The words of the shared Int32Array.
/** (back << BACK_SHIFT) | front: chunks front..back-1 are unclaimed. */
const STATE = 0;
/** Results in a chunk. */
const CHUNK_RESULTS = 1;
/** The run's result count. */
const COUNT = 2;
const WORDS = 3;

/** The claims on one run's results, over shared memory both threads hold. */
export class ResultClaims {
  private readonly words: Int32Array;

  /** Claims on `count` results in chunks of `chunkResults` (more when the run needs more than MAX_CHUNKS chunks). */
  static forRun(count: number, chunkResults = CLAIM_RESULTS): ResultClaims {
    const size = Math.max(1, Math.floor(chunkResults), Math.ceil(count / (MAX_CHUNKS - 1)));
    const claims = new ResultClaims(new SharedArrayBuffer(WORDS * Int32Array.BYTES_PER_ELEMENT));
    const chunks = Math.ceil(count / size);
    Atomics.store(claims.words, CHUNK_RESULTS, size);
    Atomics.store(claims.words, COUNT, count);
    Atomics.store(claims.words, STATE, chunks << BACK_SHIFT);
    return claims;
  }

  /** The same claims, on the other thread (from `shared`). */
  constructor(readonly shared: SharedArrayBuffer) {
    this.words = new Int32Array(shared);
  }

  /** Unclaimed chunks. */
  unclaimed(): number {
    const state = Atomics.load(this.words, STATE);
    return (state >>> BACK_SHIFT) - (state & FRONT_MASK);
  }

  /** Chunks claimed from the front so far (the front starts at chunk 0). */
  frontClaimed(): number {
    return Atomics.load(this.words, STATE) & FRONT_MASK;
  }

  /** Chunks claimed from the back so far (the back starts after the last chunk). */
  backClaimed(): number {
    return Math.ceil(this.words[COUNT]! / this.words[CHUNK_RESULTS]!) - (Atomics.load(this.words, STATE) >>> BACK_SHIFT);
  }

  /** The first unclaimed chunk, or undefined when none is left. */
  claimFront(): ClaimedChunk | undefined {
    return this.claim(false);
  }

  /** The last unclaimed chunk, or undefined when none is left. */
  claimBack(): ClaimedChunk | undefined {
    return this.claim(true);
  }

  /** Takes the front or back chunk with one compare-and-swap of the state word (again if the other thread won). */
  private claim(fromBack: boolean): ClaimedChunk | undefined {
    for (;;) {
      const state = Atomics.load(this.words, STATE);
      const front = state & FRONT_MASK;
      const back = state >>> BACK_SHIFT;
      if (front >= back) return undefined;
      const next = fromBack ? ((back - 1) << BACK_SHIFT) | front : (back << BACK_SHIFT) | (front + 1);
      if (Atomics.compareExchange(this.words, STATE, state, next) === state) return this.chunk(fromBack ? back - 1 : front);
    }
  }

  private chunk(chunk: number): ClaimedChunk {
    const size = this.words[CHUNK_RESULTS]!;
    return { chunk, from: chunk * size, to: Math.min((chunk + 1) * size, this.words[COUNT]!) };
  }
}

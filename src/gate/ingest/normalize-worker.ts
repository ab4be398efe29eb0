import { Worker, parentPort } from 'node:worker_threads';
import type { Run } from 'sarif';
import type { Category, Finding } from '../finding.js';
import { Packer, Unpacker, type PackedFindings } from '../normalize/finding-codec.js';
import type { RunTexts } from '../normalize/run-texts.js';
import { createRunNormalizer, type RunSummary } from '../normalize/normalize-run.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { ResultClaims, type ClaimedChunk } from './result-claims.js';
import type { SpanSlice } from './result-spans.js';
import { readSpanSlice } from './result-stream.js';

/**
 * A second thread for big runs: it reads, parses and normalizes the chunks of a run's results it
 * claims from the back (ResultClaims) while the main thread claims from the front, and sends its
 * findings back packed (finding-codec), chunk by chunk. Its computed fingerprints come back
 * unnumbered (deferRepeats): the main thread numbers the repeats in input order, so the findings
 * are exactly those one thread would make.
 */

/** What the worker is given (workerData). */
export interface NormalizeJob {
  /** The SARIF file on disk, and its name for messages and `origin.file`. */
  path: string;
  name: string;
  chunkBytes?: number;
  /** The run's envelope (as streamSarif yields it) and its index. */
  run: Run;
  runIndex: number;
  workspace: string;
  toolCategories?: Readonly<Record<string, Category>>;
  /** Where the run's results lie (all of them: the worker may claim any chunk). */
  slice: SpanSlice;
  /** The run's ResultClaims (its shared memory). */
  claims: SharedArrayBuffer;
}

type WorkerMessage =
  /** Findings of one chunk, in input order; a chunk's findings may come in several messages. */
  | { type: 'findings'; packed: PackedFindings; chunk: number }
  | { type: 'done'; summary: RunSummary }
  | { type: 'error'; message: string; configuration: boolean };

/**
 * Findings per message: enough that messaging is noise, and few enough that a pack's text and
 * columns stay under 128 KiB. Larger ones are allocated as fresh memory each time (V8's
 * large-object space, malloc's mmap threshold): at 4,096 per message, joining the text was 60%
 * of pack's time, and the worker spent 0.4 s more CPU on 300,000 results than at 512.
 */
const FINDINGS_PER_MESSAGE = 512;

/** The worker's side: normalizes the job's results and posts them. The worker entry calls it. */
export async function runNormalizeWorker(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('runNormalizeWorker runs in a worker thread');
  // The job comes as the first message: the thread is started before the run's scan ends.
  const job = await new Promise<NormalizeJob>((resolve) => port.once('message', resolve));
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  try {
    const normalizer = createRunNormalizer(job.run, job.runIndex, {
      file: job.name,
      workspace: job.workspace,
      ...(job.toolCategories ? { toolCategories: job.toolCategories } : {}),
      deferRepeats: true,
    });
    const packer = new Packer();
    let pending: Finding[] = [];
    let pendingChunk = -1;
    const flush = () => {
      if (pending.length === 0) return;
      const packed = packer.pack(pending);
      pending = [];
      post({ type: 'findings', packed, chunk: pendingChunk }, [packed.refs.buffer as ArrayBuffer, packed.numbers.buffer as ArrayBuffer, packed.messages.buffer as ArrayBuffer, packed.messageLengths.buffer as ArrayBuffer]);
    };
    const claims = new ResultClaims(job.claims);
    let chunk: ClaimedChunk | undefined;
    const claim = () => (chunk = claims.claimBack());
    const options = { displayName: job.name, ...(job.chunkBytes !== undefined ? { chunkBytes: job.chunkBytes } : {}) };
    // Chunks come from the back, so a later failure is an earlier one in the run: the worker goes
    // on claiming to the end and reports the earliest, which is what one thread would have hit
    // (the main thread's chunks, all before the worker's, are checked before this is thrown).
    let failure: unknown;
    for (let done = false; !done; ) {
      try {
        for await (const batch of readSpanSlice(job.path, job.slice, options, claim)) {
          // A batch lies in one chunk; a new chunk's first batch sends the last chunk's findings.
          if (chunk!.chunk !== pendingChunk) {
            flush();
            pendingChunk = chunk!.chunk;
          }
          for (const { resultIndex, result } of batch) {
            const finding = normalizer.normalizeResult(result, resultIndex);
            if (finding !== undefined) pending.push(finding);
          }
          if (pending.length >= FINDINGS_PER_MESSAGE) flush();
        }
        done = true;
      } catch (error) {
        // The rest of this chunk is skipped; the next claim starts a new read.
        failure = error;
        pending = [];
      }
    }
    if (failure !== undefined) throw failure;
    flush();
    post({ type: 'done', summary: normalizer.summary });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), configuration: error instanceof ConfigurationError });
  }
}

/** The main thread's side of one job. */
export interface RemoteNormalizer {
  /**
   * The job's findings, in input order (computed fingerprints unnumbered), once the worker is done;
   * throws what the worker threw.
   */
  findings(): AsyncGenerator<Finding[]>;
  /** The counts of the job's results (valid once `findings()` is done). */
  summary(): RunSummary;
  /** Stops the worker (when the main thread gives up early). */
  stop(): Promise<void>;
}

/** A worker thread started before it has a job, so its start (about 150 ms of loading the bundle) overlaps the scan. */
export interface NormalizeWorker {
  /** Gives the thread its one job; with `messages` (the run's), the findings' messages are kept there (see Unpacker). */
  normalize(job: NormalizeJob, messages?: RunTexts): RemoteNormalizer;
  /** Stops the thread, whether or not it had a job. */
  stop(): Promise<void>;
}

/**
 * Starts a worker thread running `script` (a bundle whose entry calls runNormalizeWorker). Once
 * it has its job, its messages are queued as they come, so the worker never waits for the main
 * thread, which takes them when its own share is done.
 */
export function startNormalizeWorker(script: URL): NormalizeWorker {
  const worker = new Worker(script);
  const queue: WorkerMessage[] = [];
  let failure: Error | undefined;
  let exited = false;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  worker.on('message', (message: WorkerMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error) => {
    failure ??= error;
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  const stop = async () => {
    await worker.terminate();
  };
  return {
    normalize(job, messages) {
      worker.postMessage(job);
      let summary: RunSummary | undefined;
      const unpacker = new Unpacker(messages);
      return {
        async *findings() {
          // Unpacked as they come (in the order they were packed, as the Unpacker needs), handed
          // out in input order once the worker is done: its chunks come from the back.
          const received: { chunk: number; findings: Finding[] }[] = [];
          for (;;) {
            const message = queue.shift();
            if (message === undefined) {
              if (failure) throw failure;
              if (exited) throw new Error('the normalize worker stopped before it finished');
              await new Promise<void>((resolve) => (wake = resolve));
              continue;
            }
            if (message.type === 'findings') received.push({ chunk: message.chunk, findings: unpacker.unpack(message.packed) });
            else if (message.type === 'error') throw message.configuration ? new ConfigurationError(message.message) : new Error(message.message);
            else {
              summary = message.summary;
              break;
            }
          }
          // A stable sort: a chunk's messages keep their order.
          received.sort((a, b) => a.chunk - b.chunk);
          for (const { findings } of received) yield findings;
        },
        summary() {
          if (summary === undefined) throw new Error('the normalize worker has not finished');
          return summary;
        },
        stop,
      };
    },
    stop,
  };
}

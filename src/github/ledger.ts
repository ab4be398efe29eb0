import { ConfigurationError } from '../runtime/errors.js';
import { silentLogger, type Logger } from '../runtime/logger.js';
import { emptyState, type LedgerState } from '../state/state.js';
import { parseState } from '../state/parse-state.js';
import { serializeState } from '../state/serialize-state.js';
import { backoffDelay, LEDGER_BACKOFF } from './backoff.js';
import type { GitHubClient } from './client.js';
import {
  listHistory,
  moveRef,
  readStateText,
  readHead,
  writeCommit,
  type LedgerHistoryEntry,
  type LedgerLocation,
} from './ledger-objects.js';
import { httpStatus } from './http-status.js';

export type { LedgerHistoryEntry } from './ledger-objects.js';

/** Where the ledger is and how hard to try. */
export interface LedgerOptions {
  owner: string;
  repo: string;
  /** Full ref name; default `refs/stopline/ledger` (outside branches, so no branch protection or UI clutter). */
  ref?: string;
  logger?: Logger;
  /** Compare-and-swap attempts before giving up; default 20. */
  maxAttempts?: number;
  /** The clock for commit dates and the empty state's `since`. */
  now?: () => Date;
  /** How to wait between attempts; tests replace it. */
  sleep?: (ms: number) => Promise<void>;
  /** Source of jitter in [0, 1); tests replace it. */
  random?: () => number;
}

/** The ledger as read: its state, and the commit it came from (null before the first write). */
export interface LedgerSnapshot {
  state: LedgerState;
  head: string | null;
}

/** A pure change: the new state, and whatever the caller wants back (e.g. "lease granted"). */
export type LedgerChange<T> = (state: LedgerState) => { state: LedgerState; result: T } | Promise<{ state: LedgerState; result: T }>;

/** What `update` did. */
export interface LedgerUpdateResult<T> {
  result: T;
  /** The state after the update (equal to the one read when nothing changed). */
  state: LedgerState;
  /** The ledger commit now at the ref: the new one, or the unchanged head (null if never written). */
  head: string | null;
  /** Attempts made, 1 when no other writer interfered. */
  attempts: number;
  /** False when `change` returned an equal state, so nothing was written. */
  changed: boolean;
}

export const DEFAULT_LEDGER_REF = 'refs/stopline/ledger';

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));


/**
 * Stopline's one store of record: `state.json` in a commit at a ref. `update` is compare-and-swap:
 * read the head, apply a pure change, write a commit whose parent is that head, and move the ref
 * without force. If another writer moved it first GitHub refuses the move, and the change is
 * re-applied on top of the new head after a jittered backoff. Every update is therefore applied to
 * the latest state exactly once, and the ref's linear history is the audit log.
 */
export class Ledger {
  private readonly at: LedgerLocation;
  private readonly logger: Logger;
  private readonly maxAttempts: number;
  private readonly now: () => Date;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(
    private readonly client: GitHubClient,
    options: LedgerOptions,
  ) {
    const ref = options.ref ?? DEFAULT_LEDGER_REF;
    // GitHub's ref API needs "refs/" plus at least two more components.
    if (!/^refs\/[^/\s]+\/[^\s]+$/.test(ref) || ref.includes('..') || ref.endsWith('/')) {
      throw new ConfigurationError(
        `ledger ref "${ref}" is not a full ref name; use something like "refs/stopline/ledger" or "refs/heads/stopline-ledger"`,
      );
    }
    this.at = { owner: options.owner, repo: options.repo, ref };
    this.logger = options.logger ?? silentLogger;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 20);
    this.now = options.now ?? (() => new Date());
    this.sleep = options.sleep ?? sleepFor;
    this.random = options.random ?? Math.random;
  }

  /** "refs/stopline/ledger in owner/repo", the name used in every message. */
  get name(): string {
    return `${this.at.ref} in ${this.at.owner}/${this.at.repo}`;
  }

  /** The current state; an empty (green, unfrozen) state when the ref does not exist yet. */
  async read(): Promise<LedgerSnapshot> {
    const head = await readHead(this.client, this.at);
    if (head === null) return { state: emptyState(this.now()), head };
    const text = await readStateText(this.client, this.at, head);
    if (text === null) {
      throw new ConfigurationError(
        `ledger ${this.name} points at commit ${head.slice(0, 7)}, which has no state.json: the ref is not a ` +
          'Stopline ledger. Choose another ref (input `ledger-ref`) or delete this one.',
      );
    }
    const where = `ledger state.json at ${this.at.ref} (${head.slice(0, 7)}) in ${this.at.owner}/${this.at.repo}`;
    return { state: parseState(text, where), head };
  }

  /**
   * Applies `change` to the latest state and commits the result, retrying on lost races (see the
   * class comment). `change` may run several times, so it must be pure: derive everything from the
   * state it is given. When it returns an equal state nothing is written.
   *
   * `from`: a snapshot the caller has just read, used for the first attempt instead of reading the
   * head again (two requests saved). A stale one costs nothing in safety: the ref moves only if it
   * is still at `from.head`, otherwise the change is re-applied on a fresh read.
   */
  async update<T>(message: string, change: LedgerChange<T>, options: { from?: LedgerSnapshot } = {}): Promise<LedgerUpdateResult<T>> {
    // The last commit we wrote but could not move the ref to, with the change's outcome for it.
    let written: { sha: string; state: LedgerState; result: T } | null = null;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      const snapshot = attempt === 1 && options.from ? options.from : await this.read();
      // A ref move whose answer was lost (a 5xx after success, then a 422 on the retry) shows up
      // here as our own commit at the head: the update is done, and applying it again would double it.
      if (written !== null && snapshot.head === written.sha) {
        this.logger.debug(`ledger ${this.name}: our commit ${written.sha.slice(0, 7)} is already the head`);
        return { result: written.result, state: written.state, head: written.sha, attempts: attempt - 1, changed: true };
      }
      this.logger.debug(`ledger ${this.name}: attempt ${attempt}, head ${snapshot.head?.slice(0, 7) ?? '(none)'}`);

      const before = serializeState(snapshot.state);
      // The change gets a copy, so a change that mutates its argument cannot hide its own edit.
      const outcome = await change(structuredClone(snapshot.state));
      const after = serializeState(outcome.state);
      if (after === before) {
        this.logger.debug(`ledger ${this.name}: no change, nothing written`);
        return { result: outcome.result, state: snapshot.state, head: snapshot.head, attempts: attempt, changed: false };
      }

      const commit = await this.write(after, snapshot.head, message);
      if ((await moveRef(this.client, this.at, snapshot.head, commit)) === 'moved') {
        this.logger.debug(`ledger ${this.name}: moved to ${commit.slice(0, 7)} (${message})`);
        return { result: outcome.result, state: outcome.state, head: commit, attempts: attempt, changed: true };
      }
      written = { sha: commit, state: outcome.state, result: outcome.result };
      if (attempt < this.maxAttempts) {
        const wait = backoffDelay(attempt, LEDGER_BACKOFF, this.random);
        this.logger.info(
          `ledger ${this.name} was moved by another writer (attempt ${attempt} of ${this.maxAttempts}); retrying in ${wait} ms`,
        );
        await this.sleep(wait);
      }
    }
    // One last look: the final move may have succeeded with its answer lost.
    const head = await readHead(this.client, this.at);
    if (written !== null && head === written.sha) {
      return { result: written.result, state: written.state, head, attempts: this.maxAttempts, changed: true };
    }
    throw new Error(
      `ledger ${this.name}: gave up after ${this.maxAttempts} attempts because other writers kept moving it; retry the step`,
    );
  }

  /** Writes the commit, naming the one case GitHub refuses for a fixable reason: an empty repository. */
  private async write(stateText: string, parent: string | null, message: string): Promise<string> {
    try {
      return await writeCommit(this.client, this.at, { stateText, parent, message, date: this.now() });
    } catch (error) {
      if (httpStatus(error) === 409) {
        throw new ConfigurationError(
          `ledger ${this.name}: GitHub refused to store objects (409), which it does while a repository has no commits; ` +
            'push an initial commit to the repository first',
          { cause: error },
        );
      }
      throw error;
    }
  }

  /** The ledger's commits, newest first, up to `limit`: the audit log. Empty before the first write. */
  async history(limit = 30): Promise<LedgerHistoryEntry[]> {
    const head = await readHead(this.client, this.at);
    if (head === null) return [];
    return listHistory(this.client, this.at, head, limit);
  }
}

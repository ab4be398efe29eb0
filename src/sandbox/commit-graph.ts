/**
 * Set operations on commit history that cost what differs, not the whole history: git's
 * "paint down to common" walk, ordered by generation numbers (a root is 1, any other commit is
 * one more than its highest parent) so that a commit is looked at only after everything above it.
 * Compare between two deployments of a 50,000-commit history walks the few commits between them
 * instead of all 50,000 (which took seconds per request).
 */
import type { CommitData } from './git-objects.js';
import type { Repo } from './store.js';

/** Commits never change once written, so what is derived from them is kept per repository. */
const generations = new WeakMap<Repo, Map<string, number>>();

const HEAD = 1;
const BASE = 2;

/**
 * The generation of every commit reachable from `sha` (memoized), computed without recursion so
 * that long linear histories cannot overflow the stack. Missing commits count as absent (0).
 */
export function generation(readCommit: (sha: string) => CommitData | undefined, repo: Repo, sha: string): number {
  let memo = generations.get(repo);
  if (!memo) generations.set(repo, (memo = new Map()));
  const known = memo.get(sha);
  if (known !== undefined) return known;
  const stack = [sha];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (memo.has(top)) {
      stack.pop();
      continue;
    }
    const commit = readCommit(top);
    if (!commit) {
      memo.set(top, 0);
      stack.pop();
      continue;
    }
    let highest = 0;
    let pending = false;
    for (const parent of commit.parents) {
      const parentGeneration = memo.get(parent);
      if (parentGeneration === undefined) {
        stack.push(parent);
        pending = true;
      } else if (parentGeneration > highest) highest = parentGeneration;
    }
    if (!pending) {
      memo.set(top, highest + 1);
      stack.pop();
    }
  }
  return memo.get(sha)!;
}

/** A max-heap of commits by generation. */
class GenerationQueue {
  private readonly items: { sha: string; generation: number }[] = [];

  get size(): number {
    return this.items.length;
  }

  push(sha: string, gen: number): void {
    const items = this.items;
    items.push({ sha, generation: gen });
    let at = items.length - 1;
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (items[up]!.generation >= items[at]!.generation) break;
      [items[up], items[at]] = [items[at]!, items[up]!];
      at = up;
    }
  }

  pop(): string {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let at = 0;
      for (;;) {
        const left = at * 2 + 1;
        const right = left + 1;
        let best = at;
        if (left < items.length && items[left]!.generation > items[best]!.generation) best = left;
        if (right < items.length && items[right]!.generation > items[best]!.generation) best = right;
        if (best === at) break;
        [items[best], items[at]] = [items[at]!, items[best]!];
        at = best;
      }
    }
    return top.sha;
  }
}

/**
 * Walks down from `heads` and `bases` at once, highest generation first, marking each commit with
 * where it is reachable from. A commit's marks are final when it is taken from the queue, since
 * everything that can reach it has a higher generation. `onTaken` returns true to stop; with
 * `untilShared`, the walk also stops once nothing queued is reachable from the heads alone.
 */
function paint(
  repo: Repo,
  read: (sha: string) => CommitData | undefined,
  heads: string[],
  bases: string[],
  options: { untilShared: boolean; onTaken: (sha: string, marks: number) => boolean },
): Map<string, number> {
  const marks = new Map<string, number>();
  const queue = new GenerationQueue();
  let queuedHeadOnly = 0;
  const mark = (sha: string, bits: number): void => {
    const before = marks.get(sha) ?? 0;
    const after = before | bits;
    if (after === before) return;
    if (before === 0) {
      if (!read(sha)) return;
      queue.push(sha, generation(read, repo, sha));
    }
    marks.set(sha, after);
    queuedHeadOnly += (after === HEAD ? 1 : 0) - (before === HEAD ? 1 : 0);
  };
  heads.forEach((sha) => mark(sha, HEAD));
  bases.forEach((sha) => mark(sha, BASE));
  while (queue.size > 0 && (!options.untilShared || queuedHeadOnly > 0)) {
    const sha = queue.pop();
    const bits = marks.get(sha)!;
    if (bits === HEAD) queuedHeadOnly -= 1;
    if (options.onTaken(sha, bits)) break;
    for (const parent of read(sha)?.parents ?? []) mark(parent, bits);
  }
  return marks;
}

/**
 * The commits reachable from `heads` but not from `bases` (git's `bases..heads`), and the
 * commits seen on the way that are reachable from `bases`: a walk down from `heads` that stops at
 * those visits exactly the result.
 */
export function onlyFrom(
  repo: Repo,
  read: (sha: string) => CommitData | undefined,
  heads: string[],
  bases: string[],
): { only: Set<string>; border: Set<string> } {
  const only = new Set<string>();
  const marks = paint(repo, read, heads, bases, {
    untilShared: true,
    onTaken: (sha, bits) => {
      if (bits === HEAD) only.add(sha);
      return false;
    },
  });
  const border = new Set<string>();
  for (const [sha, bits] of marks) if (bits & BASE) border.add(sha);
  return { only, border };
}

/** A best common ancestor of `a` and `b` (none of its descendants is common), or undefined. */
export function commonAncestor(repo: Repo, read: (sha: string) => CommitData | undefined, a: string, b: string): string | undefined {
  let found: string | undefined;
  paint(repo, read, [a], [b], {
    untilShared: false,
    onTaken: (sha, bits) => {
      if (bits !== (HEAD | BASE)) return false;
      found = sha;
      return true;
    },
  });
  return found;
}

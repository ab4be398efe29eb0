/**
 * One compare for many deployments. Comparing from the previous successful deployment to each
 * deployment costs one request per deployment (10,000 for 10,000 deployments, ten hours of a
 * GITHUB_TOKEN's 1,000 requests an hour). Instead, consecutive deployments of a chain are taken
 * together: one compare from the first one's base B to the last one's head T returns S, every
 * commit reachable from T and not from B, each with its parents, and each deployment's own range
 * is then worked out locally, exactly:
 *
 *   for a range base..head with head in S (or head = B), and base = B or B reachable from base
 *   inside S (some commit of base's closure in S has B as a parent, so B's history is base's too):
 *   commits(base..head) = closure_S(head) − closure_S(base)
 *
 * because everything reachable from head outside S is B's history, which base reaches too.
 * Ranges that do not meet the condition (a rollback to an older commit, a deployment of a branch
 * the span's head does not contain) are compared on their own.
 */
import type { ChangeRequest, CommitFact } from './types.js';

export interface Span {
  base: string;
  head: string;
  requests: ChangeRequest[];
}

/**
 * Groups the requests that have a base into spans of up to `size` consecutive requests of the
 * same chain (in the order their deployments reached their outcome). Requests without a base (a
 * chain's first deployment) cannot be answered from a compare and are returned apart.
 */
export function planSpans(requests: ChangeRequest[], size: number): { spans: Span[]; apart: ChangeRequest[] } {
  const apart: ChangeRequest[] = [];
  const byChain = new Map<string, ChangeRequest[]>();
  for (const request of requests) {
    if (request.base === request.head) continue;
    if (request.base === undefined) {
      apart.push(request);
      continue;
    }
    const list = byChain.get(request.chain);
    if (list) list.push(request);
    else byChain.set(request.chain, [request]);
  }
  const spans: Span[] = [];
  const step = Math.max(1, Math.floor(size));
  for (const list of byChain.values()) {
    list.sort((a, b) => a.at - b.at);
    for (let start = 0; start < list.length; start += step) {
      const group = list.slice(start, start + step);
      spans.push({ base: group[0]!.base!, head: group[group.length - 1]!.head, requests: group });
    }
  }
  return { spans, apart };
}

/** The requests of `span` answered from its commits, and those that must be compared on their own. */
export function answerFromSpan(span: Span, commits: CommitFact[]): { answered: Map<string, CommitFact[]>; unanswered: ChangeRequest[] } {
  const inSpan = new Map(commits.map((commit) => [commit.sha, commit]));
  const closures = new Map<string, Set<string>>();
  /** Commits of the span reachable from `sha`, and whether the span's base is reachable too. */
  const closure = (sha: string): { commits: Set<string>; rooted: boolean } => {
    const seen = new Set<string>();
    let rooted = sha === span.base;
    const stack = inSpan.has(sha) ? [sha] : [];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (seen.has(current)) continue;
      seen.add(current);
      for (const parent of inSpan.get(current)!.parents) {
        if (parent === span.base) rooted = true;
        else if (inSpan.has(parent) && !seen.has(parent)) stack.push(parent);
      }
    }
    closures.set(sha, seen);
    return { commits: seen, rooted };
  };
  const answered = new Map<string, CommitFact[]>();
  const unanswered: ChangeRequest[] = [];
  for (const request of span.requests) {
    // The span's own range is what the compare returned, whatever the history's shape.
    if (request.base === span.base && request.head === span.head) {
      answered.set(request.key, commits);
      continue;
    }
    const headKnown = request.head === span.base || inSpan.has(request.head);
    const base = request.base!;
    const baseSide = base === span.base ? { commits: new Set<string>(), rooted: true } : inSpan.has(base) ? closure(base) : undefined;
    if (!headKnown || !baseSide?.rooted) {
      unanswered.push(request);
      continue;
    }
    const headSide = request.head === span.base ? new Set<string>() : (closures.get(request.head) ?? closure(request.head).commits);
    // In the span's order (the compare's, oldest first), as a compare of the range would list them.
    answered.set(request.key, commits.filter((commit) => headSide.has(commit.sha) && !baseSide.commits.has(commit.sha)));
  }
  return { answered, unanswered };
}

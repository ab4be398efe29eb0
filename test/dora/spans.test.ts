/**
 * Ranges answered from one compare (src/dora/spans.ts) are exactly what a compare of each range
 * would give: checked against plain set arithmetic on random histories with merges, rollbacks and
 * side branches.
 */
import { answerFromSpan, planSpans } from '../../src/dora/spans.js';
import type { ChangeRequest, CommitFact } from '../../src/dora/types.js';
import { seededRandom as random } from '../../src/runtime/seeded-random.js';


function history(rand: () => number, size: number, mergeRate: number): Map<string, CommitFact> {
  const commits = new Map<string, CommitFact>();
  const shas: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const sha = `c${i}`;
    const parents: string[] = [];
    if (i > 0) parents.push(shas[i - 1]!);
    if (i > 2 && rand() < mergeRate) parents.push(shas[Math.floor(rand() * (i - 1))]!);
    commits.set(sha, { sha, authoredAt: new Date(i * 1000).toISOString(), message: sha, parents: [...new Set(parents)] });
    shas.push(sha);
    // A branch commit off the line, never merged: deployments of it cannot be answered from a span of the line.
    if (i > 0) commits.set(`s${i}`, { sha: `s${i}`, authoredAt: new Date(i * 1000 + 500).toISOString(), message: `s${i}`, parents: [shas[Math.floor(rand() * i)]!] });
  }
  return commits;
}

function ancestors(commits: Map<string, CommitFact>, sha: string): Set<string> {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...commits.get(current)!.parents);
  }
  return seen;
}

/** What GitHub's compare base...head lists: reachable from head, not from base, oldest first. */
function compare(commits: Map<string, CommitFact>, base: string, head: string): CommitFact[] {
  const excluded = ancestors(commits, base);
  const included = ancestors(commits, head);
  return [...commits.values()].filter((c) => included.has(c.sha) && !excluded.has(c.sha));
}

function deploymentsOver(rand: () => number, size: number, count: number, rollbackRate: number, branchRate = 0): string[] {
  const heads: string[] = [];
  let position = 1;
  for (let i = 0; i < count; i += 1) {
    if (i > 0 && rand() < rollbackRate) {
      heads.push(heads[Math.max(0, heads.length - 1 - Math.floor(rand() * 3))]!);
      continue;
    }
    position = Math.min(size - 1, position + Math.floor(rand() * 6));
    heads.push(rand() < branchRate ? `s${position}` : `c${position}`);
  }
  return heads;
}

const requestsFor = (heads: string[]): ChangeRequest[] =>
  heads.slice(1).map((head, i) => ({ key: `${heads[i]}...${head}#${i}`, chain: 'production', at: i, base: heads[i]!, head }));

test.each([
  ['a linear history', 0, 0, 0, 0],
  ['merges', 0.3, 0, 0, 1],
  ['merges and rollbacks', 0.3, 0.15, 0, 2],
  ['many merges, rollbacks and unmerged branches', 0.7, 0.1, 0.15, 3],
])('%s: every answered range equals its own compare', (_name, mergeRate, rollbackRate, branchRate, seed) => {
  let answeredCount = 0;
  let total = 0;
  for (let round = 0; round < 30; round += 1) {
    const rand = random(seed * 1000 + round);
    const commits = history(rand, 120, mergeRate);
    const requests = requestsFor(deploymentsOver(rand, 120, 25, rollbackRate, branchRate));
    const { spans } = planSpans(requests, 1 + Math.floor(rand() * 10));
    for (const span of spans) {
      const { answered, unanswered } = answerFromSpan(span, compare(commits, span.base, span.head));
      expect(answered.size + unanswered.length).toBe(span.requests.length);
      for (const request of span.requests) {
        const answer = answered.get(request.key);
        if (!answer) continue;
        expect([request.key, answer.map((c) => c.sha).sort()]).toEqual([request.key, compare(commits, request.base!, request.head).map((c) => c.sha).sort()]);
      }
      answeredCount += answered.size;
      total += span.requests.length;
    }
  }
  // Most ranges are answered from a shared compare; in a linear history without rollbacks, nearly all.
  expect(answeredCount / total).toBeGreaterThan(mergeRate === 0 ? 0.9 : 0.4);
});

test('a chain\'s first deployment and redeployments of the same commit are not spanned', () => {
  const requests: ChangeRequest[] = [
    { key: 'a@x', chain: 'p', at: 1, head: 'a', since: 'x' },
    { key: 'a...a', chain: 'p', at: 2, base: 'a', head: 'a' },
    { key: 'a...b', chain: 'p', at: 3, base: 'a', head: 'b' },
    { key: 'z...y', chain: 'q', at: 0, base: 'z', head: 'y' },
  ];
  const { spans, apart } = planSpans(requests, 10);
  expect(apart.map((r) => r.key)).toEqual(['a@x']);
  expect(spans.map((s) => [s.base, s.head, s.requests.map((r) => r.key)])).toEqual([['a', 'b', ['a...b']], ['z', 'y', ['z...y']]]);
});

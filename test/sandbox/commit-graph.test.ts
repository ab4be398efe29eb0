/**
 * The sandbox's history walks that cost what differs (src/sandbox/commit-graph.ts, used by compare,
 * pull request commits and merge bases) against plain set arithmetic over whole histories, on
 * random histories with merges, criss-cross merges and unrelated roots.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitsOnlyIn, mergeBase, readCommit, walkHistory } from '../../src/sandbox/git-ops.js';
import { SandboxSeeder } from '../support/dora-seed.js';
import { seededRandom as random } from '../../src/runtime/seeded-random.js';

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'stopline-commit-graph-'));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));


test.each([1, 2, 3, 4, 5, 6])('random history %i: commits only in one side, and merge bases, equal the whole-history answers', (seed) => {
  const rand = random(seed);
  const seeder = new SandboxSeeder(dataDir, 'sandbox-user', `graph-${seed}`);
  const shas: string[] = [];
  for (let i = 0; i < 150; i += 1) {
    // Mostly a commit on one of the recent ones (branches), some merges of two, a few new roots.
    const parents = i === 0 || rand() < 0.03 ? [] : [shas[Math.max(0, i - 1 - Math.floor(rand() * 6))]!];
    if (parents.length > 0 && rand() < 0.25) parents.push(shas[Math.floor(rand() * i)]!);
    // Committer dates out of order now and then: the walk must not trust them.
    const date = new Date(Date.UTC(2024, 0, 1) + (i + (rand() < 0.1 ? -20 : 0)) * 3_600_000).toISOString();
    shas.push(seeder.commit({ message: `c${i} ${seed}`, parents: [...new Set(parents)], authorDate: date }));
  }
  const { store, repo } = seeder;
  const ancestors = (sha: string) => new Set(walkHistory(store, repo, [sha]));
  for (let round = 0; round < 60; round += 1) {
    const a = shas[Math.floor(rand() * shas.length)]!;
    const b = shas[Math.floor(rand() * shas.length)]!;
    const ofA = ancestors(a);
    const ofB = ancestors(b);
    const expected = walkHistory(store, repo, [b], ofA);
    expect(commitsOnlyIn(store, repo, b, a)).toEqual(expected);
    const base = mergeBase(store, repo, a, b);
    const common = [...ofA].filter((sha) => ofB.has(sha));
    if (common.length === 0) {
      expect(base).toBeUndefined();
      continue;
    }
    // A common ancestor none of whose descendants is common (a best merge base, as git's).
    expect(common).toContain(base);
    expect(common.filter((sha) => sha !== base && ancestors(sha).has(base!))).toEqual([]);
    expect(readCommit(store, repo, base!)).toBeDefined();
  }
});

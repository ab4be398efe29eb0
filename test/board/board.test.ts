import { buildBoard } from '../../src/board/board.js';
import { isFreezeActive } from '../../src/lock/index.js';
import { renderBoard } from '../../src/board/render-board.js';
import { emptyState, type LedgerState } from '../../src/state/state.js';

const now = new Date('2026-11-21T15:00:00Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
const freeze = (since: number, until?: number) => ({ id: `f${since}`, reason: 'r', by: 'lead', since: at(since), until: until === undefined ? undefined : at(until), source: 'manual' as const });

describe('freezes', () => {
  test('a freeze is in force from its start until its end; without an end until lifted', () => {
    expect(isFreezeActive(freeze(-10, 10), now)).toBe(true);
    expect(isFreezeActive(freeze(-10), now)).toBe(true);
    expect(isFreezeActive(freeze(-20, -10), now)).toBe(false);
    expect(isFreezeActive(freeze(5, 10), now)).toBe(false);
    // The end is exclusive: at `until` the freeze is over.
    expect(isFreezeActive(freeze(-10, 0), now)).toBe(false);
  });
});

describe('buildBoard', () => {
  const base = emptyState(new Date(at(-600)));

  test('an empty ledger is green with nothing held', () => {
    const board = buildBoard(base, now);
    expect(board.overall).toBe('green');
    expect(board.leases).toEqual([]);
    expect(board.environments).toEqual([]);
  });

  test('red and frozen combine; ended and future freezes do not count', () => {
    const state: LedgerState = { ...base, line: { state: 'red', since: at(-5), firstBad: { sha: 'b'.repeat(40) } }, freezes: [freeze(-30, 30), freeze(-90, -60), freeze(60, 90)] };
    const board = buildBoard(state, now);
    expect(board.overall).toBe('red-and-frozen');
    expect(board.activeFreezes.map((f) => f.id)).toEqual(['f-30']);
    expect(board.endedFreezes.map((f) => f.id)).toEqual(['f-90']);
    expect(buildBoard({ ...state, freezes: [] }, now).overall).toBe('red');
    expect(buildBoard({ ...state, line: base.line }, now).overall).toBe('frozen');
  });

  test('leases past their expiry are marked expired; environments are sorted by name', () => {
    const lease = (expires: number, epoch: number) => ({ owner: { runId: epoch, runAttempt: 1 }, acquiredAt: at(-60), expiresAt: at(expires), epoch });
    const pointer = (version: string) => ({ releaseId: 'sha256:x', sha: 'a'.repeat(40), version, since: at(-10), verified: true });
    const board = buildBoard({ ...base, leases: { staging: lease(10, 1), production: lease(-1, 2) }, environments: { staging: pointer('2'), production: pointer('1') } }, now);
    expect(board.leases.map((l) => [l.environment, l.expired])).toEqual([['production', true], ['staging', false]]);
    expect(board.environments.map((e) => e.name)).toEqual(['production', 'staging']);
  });
});

describe('renderBoard', () => {
  test('names the first bad commit, its run and author, and links the ledger commit', () => {
    const state: LedgerState = { ...emptyState(now), line: { state: 'red', since: at(-42), firstBad: { sha: 'c0ffee'.padEnd(40, '0'), runId: 812, runUrl: 'https://github.com/o/r/actions/runs/812', author: 'dev-a' } } };
    const markdown = renderBoard(buildBoard(state, now), { repository: 'o/r', ledgerRef: 'refs/stopline/ledger', ledgerHead: 'd'.repeat(40), serverUrl: 'https://github.com', now })
      .map((section) => section.join('\n\n'))
      .join('\n\n');
    expect(markdown).toContain('The line is stopped: main is red');
    expect(markdown).toContain('| since | 2026-11-21 14:18 UTC (42m ago) |');
    expect(markdown).toContain('`c0ffee0`');
    expect(markdown).toContain('[run 812](https://github.com/o/r/actions/runs/812)');
    expect(markdown).toContain('@dev-a');
    expect(markdown).toContain(`[ddddddd](https://github.com/o/r/commit/${'d'.repeat(40)})`);
  });
});

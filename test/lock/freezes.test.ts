import { ConfigurationError } from '../../src/runtime/errors.js';
import { activeFreezes, applyRunEvent, freeze, lineVerdict, unfreeze } from '../../src/lock/index.js';
import { emptyState, parseState, serializeState, type LedgerState } from '../../src/state/index.js';
import { run } from './events.js';

const now = new Date('2026-11-21T14:00:00.000Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('freeze', () => {
  test('adds a manual freeze from now, with reason, who and optional until; the ledger schema accepts it', () => {
    const { state, freeze: created } = freeze(emptyState(now), { reason: ' release 2.4 ', by: 'lead', until: later(60), now });
    expect(created).toEqual({
      id: 'manual-20261121T140000Z',
      reason: 'release 2.4',
      by: 'lead',
      since: '2026-11-21T14:00:00.000Z',
      until: '2026-11-21T15:00:00.000Z',
      source: 'manual',
    });
    expect(state.freezes).toEqual([created]);
    expect(() => parseState(serializeState(state), 'ledger')).not.toThrow();
  });

  test('the same person freezing again for the same reason (a re-run of a killed step) is that freeze again, with the new until', () => {
    const first = freeze(emptyState(now), { reason: 'release', by: 'lead', until: later(60), now });
    const again = freeze(first.state, { reason: ' release ', by: 'lead', until: later(90), now: later(1) });
    expect(again.repeated).toBe(true);
    expect(again.state.freezes).toEqual([{ ...first.freeze, until: later(90).toISOString() }]);
    const open = freeze(again.state, { reason: 'release', by: 'lead', now: later(2) });
    expect(open.state.freezes).toEqual([{ id: first.freeze.id, reason: 'release', by: 'lead', since: first.freeze.since, source: 'manual' }]);
    // Another reason, or another person, is another freeze; so is one after the first lifted.
    expect(freeze(first.state, { reason: 'audit', by: 'lead', now }).repeated).toBe(false);
    expect(freeze(first.state, { reason: 'release', by: 'sec', now }).repeated).toBe(false);
    expect(freeze(first.state, { reason: 'release', by: 'lead', now: later(61) }).state.freezes).toHaveLength(2);
  });

    test('ids are unique when two freezes start in the same second, and the input is not mutated', () => {
    const first = freeze(emptyState(now), { reason: 'a', by: 'x', now }).state;
    const text = serializeState(first);
    const second = freeze(first, { reason: 'b', by: 'y', now });
    expect(second.freeze.id).toBe('manual-20261121T140000Z-2');
    expect(serializeState(first)).toBe(text);
  });

  test('an empty reason or an until that is not in the future is a ConfigurationError saying what to do', () => {
    expect(() => freeze(emptyState(now), { reason: '  ', by: 'x', now })).toThrow(ConfigurationError);
    expect(() => freeze(emptyState(now), { reason: '  ', by: 'x', now })).toThrow(/input 'reason' is empty; say why merges stop/);
    expect(() => freeze(emptyState(now), { reason: 'r', by: 'x', until: now, now })).toThrow(/input 'until' \(2026-11-21T14:00:00\.000Z\) is not in the future/);
  });

  test('a manual freeze with until stops being active at until', () => {
    const state = freeze(emptyState(now), { reason: 'r', by: 'x', until: later(30), now }).state;
    expect(activeFreezes(state, later(29))).toHaveLength(1);
    expect(activeFreezes(state, later(30))).toHaveLength(0);
  });
});

describe('unfreeze', () => {
  const scheduled = {
    id: 'schedule:weekend@2026-11-20T15:00:00.000Z',
    reason: 'weekend',
    by: 'weekend',
    since: '2026-11-20T15:00:00.000Z',
    until: '2026-11-23T07:00:00.000Z',
    source: 'schedule' as const,
  };
  const withFreezes = (): LedgerState => {
    let state: LedgerState = { ...emptyState(now), freezes: [scheduled] };
    state = freeze(state, { reason: 'release', by: 'lead', now }).state;
    state = freeze(state, { reason: 'audit', by: 'sec', now: later(1) }).state;
    return state;
  };

  test('without id ends every manual freeze but not the scheduled one, and says it still holds', () => {
    const result = unfreeze(withFreezes(), { by: 'lead', reason: 'shipped', now: later(2) });
    expect(result.ended.map((f) => f.reason)).toEqual(['release', 'audit']);
    expect(result.state.freezes).toEqual([scheduled]);
    expect(result.remaining).toEqual([scheduled]);
    expect(result.message).toBe(
      `unfrozen by @lead (manual-20261121T140000Z, manual-20261121T140100Z): shipped; still frozen by ${scheduled.id}`,
    );
  });

  test('with id ends only that freeze', () => {
    const result = unfreeze(withFreezes(), { by: 'lead', id: 'manual-20261121T140100Z', now: later(2) });
    expect(result.ended.map((f) => f.reason)).toEqual(['audit']);
    expect(result.state.freezes.map((f) => f.reason)).toEqual(['weekend', 'release']);
  });

  test('an unknown id or a scheduled id is a ConfigurationError with the way out', () => {
    expect(() => unfreeze(withFreezes(), { by: 'x', id: 'nope', now })).toThrow(/no freeze has id 'nope'; the freezes are: schedule:weekend@.*, manual-/);
    expect(() => unfreeze(emptyState(now), { by: 'x', id: 'nope', now })).toThrow(/nothing is frozen/);
    expect(() => unfreeze(withFreezes(), { by: 'x', id: scheduled.id, now })).toThrow(/comes from the freezes file \(\.github\/stopline\/freezes\.yml\); remove or change it there/);
  });

  test('nothing to unfreeze is not an error', () => {
    const result = unfreeze(emptyState(now), { by: 'x', now });
    expect(result.ended).toEqual([]);
    expect(result.message).toBe('nothing to unfreeze: no manual freeze holds');
  });
});

describe('freezes and the line are independent', () => {
  const options = { branch: 'main' };

  test('going green never lifts a freeze', () => {
    let state = applyRunEvent(emptyState(now), run(1, 'failure'), options).state;
    state = freeze(state, { reason: 'release', by: 'lead', now }).state;
    state = applyRunEvent(state, run(2, 'success'), options).state;
    expect(state.line.state).toBe('green');
    expect(lineVerdict(state, later(5))).toMatchObject({ state: 'frozen', locked: true, red: false });
  });

  test('a freeze (or its end) never releases a red line', () => {
    let state = applyRunEvent(emptyState(now), run(1, 'failure'), options).state;
    state = freeze(state, { reason: 'release', by: 'lead', until: later(10), now }).state;
    expect(lineVerdict(state, later(5))).toMatchObject({ state: 'red', red: true, frozen: true, locked: true });
    state = unfreeze(state, { by: 'lead', now: later(6) }).state;
    expect(lineVerdict(state, later(7))).toMatchObject({ state: 'red', frozen: false, locked: true });
    expect(lineVerdict(state, later(20)).locked).toBe(true);
  });

  test('a freeze written concurrently with a red→green transition survives it (both orders)', () => {
    const red = applyRunEvent(emptyState(now), run(1, 'failure'), options).state;
    const freezeFirst = applyRunEvent(freeze(red, { reason: 'r', by: 'x', now }).state, run(2, 'success'), options).state;
    const greenFirst = freeze(applyRunEvent(red, run(2, 'success'), options).state, { reason: 'r', by: 'x', now }).state;
    expect(serializeState(freezeFirst)).toBe(serializeState(greenFirst));
    expect(freezeFirst.freezes).toHaveLength(1);
  });
});

import { applyRunEvent, planRunEvent, STREAK_LIMIT, type RunEvent } from '../../src/lock/index.js';
import { parseState, serializeState, type LedgerState } from '../../src/state/index.js';
import { permutations, random, run, sha, shuffle, start } from './events.js';

const options = { branch: 'main' };
const applyAll = (events: readonly RunEvent[], state: LedgerState = start()): LedgerState =>
  events.reduce((current, event) => applyRunEvent(current, event, options).state, state);

describe('applyRunEvent: transitions', () => {
  test('a failure turns a green line red, recording the first bad commit, run, link and author', () => {
    const { state, transition } = applyRunEvent(start(), run(812, 'failure', { author: 'ana' }), options);
    expect(state.line).toMatchObject({
      state: 'red',
      since: run(812, 'failure').at,
      firstBad: { sha: sha(812), runId: 1812, runNumber: 812, workflow: 'CI', author: 'ana', runUrl: 'https://github.com/o/r/actions/runs/1812/attempts/1' },
    });
    expect(transition).toMatchObject({ kind: 'changed', from: 'green', to: 'red', run: 'CI #812', firstBadChanged: true });
    expect(transition.reason).toBe(`CI #812 failed on ${sha(812).slice(0, 7)} (@ana): main turns red; first bad commit ${sha(812).slice(0, 7)} (CI #812)`);
  });

  test.each(['failure', 'timed_out', 'startup_failure'] as const)('%s turns the line red', (conclusion) => {
    expect(applyRunEvent(start(), run(1, conclusion), options).state.line.state).toBe('red');
  });

  test('a success turns a red line green and clears the first bad commit', () => {
    const red = applyAll([run(1, 'failure')]);
    const { state, transition } = applyRunEvent(red, run(2, 'success'), options);
    expect(state.line.state).toBe('green');
    expect(state.line.firstBad).toBeUndefined();
    expect(state.line.since).toBe(run(2, 'success').at);
    expect(transition).toMatchObject({ kind: 'changed', from: 'red', to: 'green', firstBadChanged: true });
    expect(transition.reason).toMatch(/CI #2 passed on .*: main is green again/);
  });

  test('red keeps the FIRST bad commit while it stays red', () => {
    const { state, transition } = applyRunEvent(applyAll([run(1, 'success'), run(2, 'failure')]), run(3, 'failure'), options);
    expect(state.line.firstBad?.sha).toBe(sha(2));
    expect(state.line.since).toBe(run(2, 'failure').at);
    expect(transition).toMatchObject({ kind: 'unchanged', from: 'red', to: 'red', firstBadChanged: false });
    expect(transition.reason).toMatch(/main stays red; first bad commit/);
  });

  test('a success on a green line is unchanged', () => {
    const { transition } = applyRunEvent(applyAll([run(1, 'success')]), run(2, 'success'), options);
    expect(transition).toMatchObject({ kind: 'unchanged', from: 'green', to: 'green' });
  });

  test.each(['cancelled', 'skipped', 'neutral', 'action_required', 'stale'] as const)(
    '%s is ignored: the state is returned untouched and the ordering does not advance',
    (conclusion) => {
      const red = applyAll([run(1, 'failure')]);
      const { state, transition } = applyRunEvent(red, run(5, conclusion), options);
      expect(state).toBe(red);
      expect(transition).toMatchObject({ kind: 'ignored', from: 'red', to: 'red', firstBadChanged: false });
      expect(transition.reason).toContain(`ended \`${conclusion}\``);
      // Run #3 is older than the ignored #5 but still decides: #5 did not count.
      expect(applyRunEvent(state, run(3, 'success'), options).state.line.state).toBe('green');
    },
  );

  test('runs on another branch, of pull requests, merge groups or forks are ignored with the reason', () => {
    const green = start();
    const cases: [Partial<RunEvent>, RegExp][] = [
      [{ branch: 'feature-x' }, /ran on `feature-x`, not `main`/],
      [{ trigger: 'pull_request' }, /triggered by `pull_request`/],
      [{ trigger: 'merge_group' }, /triggered by `merge_group`/],
      [{ headRepository: 'mallory/r', repository: 'o/r' }, /mallory\/r's `main`, a fork's branch/],
    ];
    for (const [extra, reason] of cases) {
      const { state, transition } = applyRunEvent(green, run(9, 'failure', extra), options);
      expect(state).toBe(green);
      expect(transition.kind).toBe('ignored');
      expect(transition.reason).toMatch(reason);
    }
    // A push on the same repository counts (case of the name does not matter).
    expect(applyRunEvent(green, run(9, 'failure', { trigger: 'push', headRepository: 'O/R', repository: 'o/r' }), options).state.line.state).toBe('red');
  });

  test('an older event is stale and cannot change the color', () => {
    const green = applyAll([run(5, 'success')]);
    const { state, transition } = applyRunEvent(green, run(4, 'failure'), options);
    expect(state.line.state).toBe('green');
    expect(transition).toMatchObject({ kind: 'stale', from: 'green', to: 'green' });
    expect(transition.reason).toMatch(/CI #4 failed .*, but CI #5 is newer and decides; the line stays green/);
  });

  test('the same run attempt twice is stale ("applied already") and changes nothing', () => {
    const red = applyAll([run(5, 'failure')]);
    const { state, transition } = applyRunEvent(red, run(5, 'failure'), options);
    expect(serializeState(state)).toBe(serializeState(red));
    expect(transition.kind).toBe('stale');
    expect(transition.reason).toContain('it was applied already');
  });

  test('a higher attempt of the same run wins; a lower attempt arriving late is stale', () => {
    const rerunGreen = applyAll([run(7, 'failure'), run(7, 'success', { runAttempt: 2 })]);
    expect(rerunGreen.line.state).toBe('green');
    const late = applyRunEvent(applyAll([run(7, 'success', { runAttempt: 2 })]), run(7, 'failure'), options);
    expect(late.state.line.state).toBe('green');
    expect(late.transition.kind).toBe('stale');
  });

  test('a late failure inside the red streak moves the first bad commit back', () => {
    const red = applyAll([run(1, 'success'), run(4, 'failure')]);
    const { state, transition } = applyRunEvent(red, run(3, 'failure'), options);
    expect(state.line.firstBad?.sha).toBe(sha(3));
    expect(state.line.since).toBe(run(3, 'failure').at);
    expect(transition).toMatchObject({ kind: 'stale', firstBadChanged: true });
    expect(transition.reason).toContain(`first bad commit ${sha(3).slice(0, 7)} (CI #3)`);
  });

  test('a late success inside the red streak moves the first bad commit forward past it', () => {
    // #4 (green) finished after #5 and #6 (red): commit 3 is not to blame, commit 5 is.
    const red = applyAll([run(3, 'failure'), run(5, 'failure'), run(6, 'failure')]);
    expect(red.line.firstBad?.sha).toBe(sha(3));
    const { state, transition } = applyRunEvent(red, run(4, 'success', { minute: 30 }), options);
    expect(state.line.state).toBe('red');
    expect(state.line.firstBad?.sha).toBe(sha(5));
    expect(transition).toMatchObject({ kind: 'stale', firstBadChanged: true });
  });

  test('the input state is not mutated', () => {
    const before = applyAll([run(1, 'failure')]);
    const text = serializeState(before);
    applyRunEvent(before, run(2, 'success'), options);
    applyRunEvent(before, run(1, 'success', { runAttempt: 2 }), options);
    expect(serializeState(before)).toBe(text);
  });

  test('a malformed event is a TypeError naming the field (an adapter bug)', () => {
    expect(() => applyRunEvent(start(), run(1, 'failure', { runNumber: 0 }), options)).toThrow(/runNumber 0 is not a positive integer/);
    expect(() => applyRunEvent(start(), run(1, 'failure', { at: 'yesterday' }), options)).toThrow(/at "yesterday" is not an ISO 8601 time/);
  });

  test('the streak is bounded; the newest run stands in when a late success passes every kept one', () => {
    const failures = Array.from({ length: STREAK_LIMIT + 5 }, (_, i) => run(10 + i, 'failure'));
    const red = applyAll(failures);
    expect(red.line.workflows?.['CI']?.streak).toHaveLength(STREAK_LIMIT);
    expect(red.line.firstBad?.sha).toBe(sha(10));
    // A re-run of #20 that passed, arriving after #24: failures #10-#20 are no longer to blame.
    // #21 would be the exact answer, but it was beyond the kept streak, so the newest (#24) stands in.
    const lastKept = 10 + STREAK_LIMIT - 1;
    const after = applyRunEvent(red, run(lastKept + 1, 'success', { runAttempt: 2 }), options);
    expect(after.state.line.state).toBe('red');
    expect(after.state.line.firstBad?.sha).toBe(sha(10 + STREAK_LIMIT + 4));
  });
});

describe('applyRunEvent: several workflows', () => {
  const build = (n: number, conclusion: 'success' | 'failure', minute = n) =>
    run(n, conclusion, { workflow: 'Build', runId: 5000 + n, sha: sha(900 + n), minute });

  test('runs are ordered per workflow: a low run number of another workflow is not stale', () => {
    const state = applyAll([run(812, 'success'), build(3, 'failure', 900)]);
    expect(state.line.state).toBe('red');
    expect(state.line.firstBad).toMatchObject({ workflow: 'Build', runNumber: 3 });
  });

  test('the line stays red while any workflow is red, and says which', () => {
    const red = applyAll([run(1, 'failure', { minute: 1 }), build(1, 'failure', 2)]);
    expect(red.line.firstBad?.workflow).toBe('CI');
    const { state, transition } = applyRunEvent(red, run(2, 'success', { minute: 3 }), options);
    expect(state.line.state).toBe('red');
    expect(state.line.firstBad).toMatchObject({ workflow: 'Build', runNumber: 1 });
    expect(transition).toMatchObject({ kind: 'unchanged', firstBadChanged: true });
    expect(transition.reason).toContain('Build is still failing');
    expect(applyRunEvent(state, build(2, 'success', 4), options).state.line).toMatchObject({ state: 'green', since: build(2, 'success', 4).at });
  });
});

describe('applyRunEvent: order does not matter', () => {
  // In run order: green, red streak (2,3), green (4, finishing late), red streak (5,6,7).
  const sequence = [
    run(1, 'success'),
    run(2, 'failure'),
    run(3, 'failure'),
    run(4, 'success', { minute: 20 }),
    run(5, 'failure'),
    run(6, 'failure'),
    run(7, 'failure'),
  ];

  test('every permutation of an interleaved sequence ends in the same state as run order', () => {
    const inOrder = applyAll(sequence);
    expect(inOrder.line).toMatchObject({ state: 'red', since: sequence[4]!.at, firstBad: { sha: sha(5), runNumber: 5 } });
    const expected = serializeState(inOrder);
    let count = 0;
    for (const order of permutations(sequence)) {
      expect(serializeState(applyAll(order))).toBe(expected);
      count += 1;
    }
    expect(count).toBe(5040);
  });

  test('every permutation ending green (newest is a re-run that passed) ends green', () => {
    const events = [...sequence.slice(0, 6), run(6, 'success', { runAttempt: 2, minute: 40 })];
    const expected = serializeState(applyAll(events));
    expect(applyAll(events).line.state).toBe('green');
    for (const order of permutations(events)) expect(serializeState(applyAll(order))).toBe(expected);
  });

  test('random orders of a long two-workflow sequence with re-runs, duplicates and cancelled runs', () => {
    const next = random(20261121);
    const events: RunEvent[] = [];
    for (let n = 1; n <= 60; n += 1) {
      // Streaks shorter than STREAK_LIMIT, so the bounded list loses nothing.
      const red = Math.floor(n / 4) % 2 === 1;
      const workflow = n % 3 === 0 ? 'Build' : 'CI';
      const base = { workflow, runId: 7000 + n, minute: n + Math.floor(next() * 10) };
      events.push(run(n, red ? 'failure' : 'success', base));
      if (n % 7 === 0) events.push(run(n, red ? 'success' : 'failure', { ...base, runAttempt: 2, minute: n + 15 }));
      if (n % 5 === 0) events.push(run(n + 100, 'cancelled', base));
    }
    const withDuplicates = [...events, ...events.filter((_, i) => i % 4 === 0)];
    const expected = applyAll(events);
    for (let trial = 0; trial < 300; trial += 1) {
      const final = applyAll(shuffle(withDuplicates, next));
      expect(final.line).toEqual(expected.line);
    }
    // And it is the newest deciding run of each workflow that decides.
    const newest = (workflow: string) => events.filter((e) => e.workflow === workflow && e.conclusion !== 'cancelled').at(-1)!;
    const red = ['CI', 'Build'].some((workflow) => newest(workflow).conclusion === 'failure');
    expect(expected.line.state).toBe(red ? 'red' : 'green');
  });
});

describe('planRunEvent', () => {
  const plan = (event: RunEvent, retryFailed = true, state = start()) => planRunEvent(state, event, { branch: 'main', retryFailed });

  test('a first attempt that failed or timed out is retried once', () => {
    expect(plan(run(1, 'failure'))).toMatchObject({ action: 'retry' });
    expect(plan(run(1, 'timed_out'))).toMatchObject({ action: 'retry' });
    expect(plan(run(1, 'failure')).reason).toMatch(/re-running its failed jobs once/);
  });

  test('the re-run, a startup failure, a success, or retry-failed off are applied', () => {
    expect(plan(run(1, 'failure', { runAttempt: 2 })).action).toBe('apply');
    expect(plan(run(1, 'startup_failure')).action).toBe('apply');
    expect(plan(run(1, 'success')).action).toBe('apply');
    expect(plan(run(1, 'failure'), false).action).toBe('apply');
  });

  test('a failure older than a run already applied is applied, not retried (it cannot turn the line red)', () => {
    expect(plan(run(3, 'failure'), true, applyAll([run(4, 'success')])).action).toBe('apply');
  });

  test('runs that do not decide the line are ignored', () => {
    expect(plan(run(1, 'cancelled'))).toMatchObject({ action: 'ignore' });
    expect(plan(run(1, 'failure', { branch: 'dev' })).reason).toMatch(/not `main`/);
  });
});

describe('the line in the ledger', () => {
  test('a state with tracked workflows is valid against the ledger schema and round-trips', () => {
    const state = applyAll([run(1, 'success'), run(2, 'failure'), run(3, 'failure', { runAttempt: 2 })]);
    const text = serializeState(state);
    expect(serializeState(parseState(text, 'test ledger'))).toBe(text);
  });

  test('a version 1 ledger written before commit-lock (no workflows, red) still parses and then follows the runs', () => {
    const old = JSON.stringify({
      schemaVersion: 1,
      line: { state: 'red', since: '2026-05-01T09:00:00.000Z', firstBad: { sha: 'a'.repeat(40), runId: 12, author: 'dev' } },
      freezes: [],
      leases: {},
      environments: {},
      releases: {},
    });
    const state = parseState(old, 'old ledger');
    const { state: next, transition } = applyRunEvent(state, run(40, 'success'), options);
    expect(transition).toMatchObject({ kind: 'changed', from: 'red', to: 'green' });
    expect(next.line.firstBad).toBeUndefined();
  });

  test('the schema rejects a misspelt field inside the tracked runs', () => {
    const state = applyAll([run(1, 'failure')]);
    const text = serializeState(state).replace('"runAttempt"', '"runAtempt"');
    expect(() => parseState(text, 'bad ledger')).toThrow(/runAtempt is not a known field/);
  });
});

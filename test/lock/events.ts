import type { RunConclusion, RunEvent } from '../../src/lock/index.js';
import { emptyState, type LedgerState } from '../../src/state/index.js';

export const T0 = Date.parse('2026-11-21T12:00:00.000Z');
export const start = (): LedgerState => emptyState(new Date(T0));

/** A 40-hex sha that encodes `n`, so tests can tell commits apart. */
export const sha = (n: number): string => n.toString(16).padStart(40, 'c');

/** A run event on main; `minute` sets `at` (minutes after T0), default the run number. */
export function run(
  runNumber: number,
  conclusion: RunConclusion,
  extra: Partial<RunEvent> & { minute?: number } = {},
): RunEvent {
  const { minute, ...rest } = extra;
  const attempt = rest.runAttempt ?? 1;
  return {
    runId: 1000 + runNumber,
    runNumber,
    runAttempt: attempt,
    workflow: 'CI',
    sha: sha(runNumber),
    conclusion,
    url: `https://github.com/o/r/actions/runs/${1000 + runNumber}/attempts/${attempt}`,
    author: `dev${runNumber}`,
    branch: 'main',
    at: new Date(T0 + (minute ?? runNumber) * 60_000).toISOString(),
    ...rest,
  };
}


export function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (let i = 0; i < items.length; i += 1) {
    const rest = [...items.slice(0, i), ...items.slice(i + 1)];
    for (const tail of permutations(rest)) yield [items[i]!, ...tail];
  }
}

export { seededRandom as random } from '../../src/runtime/seeded-random.js';

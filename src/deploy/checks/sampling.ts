/**
 * How often to sample a check, and which samples a statistical judge may treat as independent.
 *
 * A query such as `rate(x[1m])` sampled every 10 s gives values whose windows overlap by five
 * sixths: neighbours share most of their requests, so they are not independent, and a rank test
 * that assumes they are rolls back healthy deploys far too often (bench/deploy-judge.bench.mjs
 * measures it). The longest range in the query (its "window") is therefore the shortest spacing
 * at which samples carry new information, and the first sample whose window lies wholly after a
 * change is one window after it.
 */
import type { Sample } from './sample.js';
import { plural } from '../../report/words.js';

const PROMQL_UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};

/**
 * Milliseconds of a PromQL duration such as `1m`, `90s` or `1h30m`, or undefined when it is not
 * one. PromQL's own grammar (it has `y`, which Stopline's input durations do not), so it is not
 * src/runtime/duration.ts.
 */
export function promDurationMs(text: string): number | undefined {
  const segment = /(\d+)(ms|[smhdwy])/y;
  let total = 0;
  let position = 0;
  while (position < text.length) {
    segment.lastIndex = position;
    const match = segment.exec(text);
    if (!match) return undefined;
    total += Number(match[1]) * PROMQL_UNIT_MS[match[2]!]!;
    position += match[0].length;
  }
  return position === 0 ? undefined : total;
}

/** A PromQL query with its string literals emptied (`"5.."` → `""`), so their text is not read as code. */
export function withoutStrings(query: string): string {
  return query.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
}

/**
 * The longest range selector or subquery range in a PromQL query (`[1m]`, `[5m:30s]`), in
 * milliseconds, or undefined when the query has none (a plain gauge). String literals are skipped,
 * so a regex such as `path=~"/v[0-9]"` is not read as a range.
 */
export function queryWindowMs(query: string): number | undefined {
  const code = withoutStrings(query);
  let longest: number | undefined;
  for (const match of code.matchAll(/\[\s*([0-9a-z]+)\s*(?::[^\]]*)?\]/g)) {
    const ms = promDurationMs(match[1]!);
    if (ms !== undefined && (longest === undefined || ms > longest)) longest = ms;
  }
  return longest;
}

export interface SamplingPlan {
  /** Query step: at least the window (independent samples), at most a sixth of the interval. */
  stepMs: number;
  /** The query's longest range, if any. */
  windowMs: number | undefined;
  /** Wait this long after a change before a sample describes only the new state (the window). */
  settleMs: number;
  /** Independent samples each interval adds. */
  samplesPerInterval: number;
  /** Set when the window leaves fewer than 3 samples an interval: say so before deploying. */
  note?: string;
}

/** Samples a statistical judge wants per interval: six, so two intervals give it twelve. */
export const SAMPLES_PER_INTERVAL = 6;

/**
 * The sampling plan of one check for a deploy judged every `intervalMs`.
 * @param minimumStepMs the finest step worth asking for (default 1 s, Prometheus' resolution here)
 */
export function planSampling(query: string, intervalMs: number, minimumStepMs = 1000): SamplingPlan {
  const windowMs = queryWindowMs(query);
  const wanted = Math.max(intervalMs / SAMPLES_PER_INTERVAL, minimumStepMs, windowMs ?? 0);
  const stepMs = Math.ceil(wanted / 1000) * 1000;
  const samplesPerInterval = Math.max(1, Math.floor(intervalMs / stepMs));
  const plan: SamplingPlan = { stepMs, windowMs, settleMs: windowMs ?? 0, samplesPerInterval };
  if (samplesPerInterval < 3 && windowMs !== undefined) {
    // A shorter range helps only when there is one shorter than this one; otherwise the interval is what is too short.
    const shorterMs = Math.ceil(Math.max(minimumStepMs, intervalMs / SAMPLES_PER_INTERVAL) / 1000) * 1000;
    const remedy =
      shorterMs < windowMs
        ? `a shorter range (at least two scrape intervals, e.g. [${formatMs(shorterMs)}]) gives more`
        : `a longer \`interval\` gives more (${formatMs(3 * stepMs)} gives 3)`;
    plan.note =
      `its range [${formatMs(windowMs)}] allows ${plural(samplesPerInterval, 'independent sample')} per ` +
      `${formatMs(intervalMs)} interval, so a statistical judge needs several intervals to see a change; ${remedy}`;
  }
  return plan;
}

function formatMs(ms: number): string {
  for (const [unit, size] of [['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${ms}ms`;
}

/**
 * The samples at least `spacingMs` apart, keeping the newest (so the latest state is always in)
 * and walking back in time. Samples must be in time order. With no spacing, all of them.
 */
export function independentSamples(samples: readonly Sample[], spacingMs: number | undefined): Sample[] {
  if (!spacingMs || samples.length < 2) return [...samples];
  const kept: Sample[] = [];
  let last = Infinity;
  for (let index = samples.length - 1; index >= 0; index -= 1) {
    const sample = samples[index]!;
    // A millisecond of slack: Prometheus' float-second timestamps do not always land exactly.
    if (last - sample.time >= spacingMs - 1) {
      kept.push(sample);
      last = sample.time;
    }
  }
  return kept.reverse();
}

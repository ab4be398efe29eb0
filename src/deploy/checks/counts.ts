/**
 * The counts of a `judge: proportion` check: its two queries (`errors` and `total`, each a
 * counter's `increase` or `rate` over one range), what the provider returns for them, and how
 * those samples become counts of events and requests per window.
 *
 * A sample of `increase(x[10s])` is the count of the 10 s ending at its time, and one of
 * `rate(x[10s])` that count per second, so times 10. Samples closer than the range overlap, so
 * only samples at least a range apart are summed (`independentSamples`, newest first): the
 * windows then tile the step without counting a request twice. Prometheus extrapolates both
 * functions to the window's edges, so its counts are estimates with a little more spread than
 * true counts; the judge measures that spread in the baseline (the design effect, proportion.ts).
 */
import type { CheckSpec } from './checks-file.js';
import type { Sample } from './sample.js';
import { independentSamples, promDurationMs, withoutStrings } from './sampling.js';

/** How a sample becomes a count: `increase` is one; `rate` is per second, so times the range. */
export type CountKind = 'increase' | 'rate';

export interface CountQuery {
  query: string;
  kind: CountKind;
}

/** The two queries of a `judge: proportion` check. */
export interface CountQueries {
  /** The events counted against the total, usually failed requests. */
  errors: CountQuery;
  /** Every request (the errors included). */
  total: CountQuery;
}

/** What the provider returned for the two queries of a `judge: proportion` check. */
export interface CountSeries {
  errors: readonly Sample[];
  total: readonly Sample[];
}

/** A check's samples: its query's, or for `judge: proportion` the two count series. */
export type CheckSamples = readonly Sample[] | CountSeries;

export function isCountSeries(value: unknown): value is CountSeries {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Array.isArray((value as CountSeries).errors) && Array.isArray((value as CountSeries).total);
}

/**
 * Reads what `check` needs through `read` (e.g. the provider's `range` for one time range): its
 * query, or for `judge: proportion` both count queries. A failure of either read rejects.
 */
export async function readCheckSamples(check: CheckSpec, read: (query: string) => Promise<Sample[]>): Promise<Sample[] | CountSeries> {
  if (!check.counts) return read(check.query);
  const [errors, total] = await Promise.all([read(check.counts.errors.query), read(check.counts.total.query)]);
  return { errors, total };
}

/** The ratio query that stands for a proportion check where one query is shown: `(errors) / (total)`. */
export function ratioQuery(errors: string, total: string): string {
  return `(${errors}) / (${total})`;
}

// Range functions whose value is not a count over the range.
const NOT_COUNTS = /^(irate|idelta|delta|deriv|predict_linear|resets|changes|holt_winters|double_exponential_smoothing|[a-z_]+_over_time)$/;

/**
 * How a count query's samples become counts, and its range; or what keeps it from being a count.
 * A count query is a counter's `increase(...[range])` or `rate(...[range])`, aggregated as needed
 * (`sum`, `+`), all over one range and not scaled: the judge divides errors by total itself.
 */
export function countQuery(query: string): { kind: CountKind; windowMs: number } | { problem: string } {
  const code = withoutStrings(query);
  const functions = new Set([...code.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*\(/g)].map((match) => match[1]!.toLowerCase()));
  const wrong = [...functions].filter((name) => NOT_COUNTS.test(name));
  if (wrong.length > 0) {
    return { problem: `uses ${wrong.map((name) => `${name}()`).join(', ')}, which is not a count over the range; use increase(...) or rate(...) of a counter` };
  }
  const kinds = (['increase', 'rate'] as const).filter((kind) => functions.has(kind));
  if (kinds.length === 0) {
    return { problem: 'is not a count; write a counter\'s increase over a range, e.g. `sum(increase(http_requests_total[10s]))` (or `rate(...)`, which the judge multiplies by the range)' };
  }
  if (kinds.length > 1) return { problem: 'mixes increase() and rate(); use one of them, so that every sample becomes a count the same way' };
  const operator = /[*/%^]/.exec(code.replace(/\[[^\]]*\]/g, '[]'));
  if (operator) {
    return { problem: `is scaled or divided (\`${operator[0]}\`); give the plain count, e.g. \`sum(increase(...[10s]))\`: the judge divides errors by total itself` };
  }
  const ranges = [...code.matchAll(/\[\s*([0-9a-z]+)\s*(?::[^\]]*)?\]/g)].map((match) => promDurationMs(match[1]!));
  const lengths = new Set(ranges.filter((ms): ms is number => ms !== undefined));
  if (lengths.size === 0) return { problem: `has no range; write ${kinds[0]}(counter[10s]) so that each sample counts one window` };
  if (lengths.size > 1) return { problem: 'has ranges of different lengths; use one range, so that each sample counts one window' };
  return { kind: kinds[0]!, windowMs: [...lengths][0]! };
}

/** The counts of one window: errors of total requests in the range ending at `time`. */
export interface CountWindow {
  time: number;
  errors: number;
  total: number;
}

export interface CountedWindows {
  /** Windows at least a range apart (they do not overlap), oldest first. */
  windows: CountWindow[];
  errors: number;
  total: number;
  /** Windows with a total but no errors sample, counted as 0 errors (a counter never incremented has no series). */
  missingErrors: number;
  /** Samples left out: not finite or negative. */
  dropped: number;
  /** Samples closer than the range were left out (they overlap their neighbours). */
  thinned: boolean;
}

function toCount(value: number, kind: CountKind, windowMs: number | undefined): number {
  return kind === 'rate' ? (value * (windowMs ?? 1000)) / 1000 : value;
}

/** The sample of `samples` (time-ordered) nearest to `time`, if one lies within `tolerance`. */
function nearest(samples: readonly Sample[], time: number, tolerance: number): Sample | undefined {
  let low = 0;
  let high = samples.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (samples[middle]!.time < time) low = middle + 1;
    else high = middle;
  }
  const candidates = [samples[low - 1], samples[low]].filter((sample): sample is Sample => sample !== undefined);
  const best = candidates.sort((a, b) => Math.abs(a.time - time) - Math.abs(b.time - time))[0];
  return best && Math.abs(best.time - time) <= tolerance ? best : undefined;
}

/**
 * The count windows of a proportion check's series: the total's samples at least a range apart,
 * each with the errors sample of the same time (none: 0 errors), both turned into counts.
 * @param windowMs the queries' range (CheckSpec.windowMs)
 */
export function countWindows(series: CountSeries, counts: CountQueries, windowMs: number | undefined): CountedWindows {
  const finiteTotal = series.total.filter((sample) => Number.isFinite(sample.value) && sample.value >= 0);
  const kept = independentSamples(finiteTotal, windowMs);
  const errorsKept = series.errors.filter((sample) => Number.isFinite(sample.value) && sample.value >= 0);
  // Samples of one range query share their times; half a range of slack pairs two queries' anyway.
  const tolerance = Math.max(1, (windowMs ?? 1000) / 2);
  const result: CountedWindows = {
    windows: [],
    errors: 0,
    total: 0,
    missingErrors: 0,
    dropped: series.total.length - finiteTotal.length + (series.errors.length - errorsKept.length),
    thinned: kept.length < finiteTotal.length,
  };
  for (const sample of kept) {
    const errorSample = nearest(errorsKept, sample.time, tolerance);
    if (!errorSample) result.missingErrors += 1;
    const window = {
      time: sample.time,
      errors: errorSample ? toCount(errorSample.value, counts.errors.kind, windowMs) : 0,
      total: toCount(sample.value, counts.total.kind, windowMs),
    };
    result.windows.push(window);
    result.errors += window.errors;
    result.total += window.total;
  }
  return result;
}

/**
 * The one series that shows a check's samples in charts, logs and reports: its samples as they
 * are, or for a proportion check each count window's proportion (errors / total; NaN without
 * requests).
 */
export function chartSamples(samples: CheckSamples, check: CheckSpec): Sample[] {
  if (!isCountSeries(samples)) return [...samples];
  if (!check.counts) return [];
  return countWindows(samples, check.counts, check.windowMs).windows.map((window) => ({ time: window.time, value: window.errors / window.total }));
}

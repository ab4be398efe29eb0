/** What every provider returns and every judge reads: a value of a metric at a moment. */
export interface Sample {
  /** Milliseconds since the Unix epoch. */
  time: number;
  value: number;
}

/** A range of time sampled every `step` (all in milliseconds since the epoch / milliseconds). */
export interface TimeRange {
  start: number;
  end: number;
  step: number;
}

/** The finite values of `samples` (NaN from 0/0 and ±Inf are dropped, as Kayenta drops NaN). */
export function finiteValues(samples: readonly Sample[]): number[] {
  const values: number[] = [];
  for (const sample of samples) if (Number.isFinite(sample.value)) values.push(sample.value);
  return values;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

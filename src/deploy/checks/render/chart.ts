/**
 * A check over time as a Mermaid `xychart-beta` (GitHub renders Mermaid in job summaries): the
 * metric as a line, its bound as a second line, and the deploy (and each later step) as a bar
 * reaching the top of the chart. xychart has no vertical rule and no gaps, so the marker is a
 * bar, and time buckets without samples are left out (the axis labels keep the real times).
 */
import { xyChartBlock } from '../../../report/mermaid.js';
import type { Sample } from '../sample.js';

export interface ChartMarker {
  time: number;
  /** Shown in the x-axis label of the marked bucket, e.g. `deploy` or `50%`. */
  label: string;
}

export interface ChartInput {
  title: string;
  /** Baseline and post-deploy samples, any order. */
  samples: readonly Sample[];
  /** When the deploy started; the x-axis counts from here. */
  deployAt: number;
  /** Extra marks, e.g. the start of each exposure step after the first. */
  markers?: readonly ChartMarker[];
  /** Drawn as a flat line: `max`, or the max-increase bound. */
  bound?: number;
  /** At most this many points (default 40): samples are averaged per time bucket. */
  maxPoints?: number;
}

/** A number as Mermaid's grammar reads it: plain decimal, no exponent. */
function chartNumber(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) < 1e-12) return '0';
  const text = String(Number(value.toPrecision(6)));
  if (!text.includes('e')) return text;
  return value.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
}

function relativeLabel(offsetMs: number): string {
  if (offsetMs === 0) return '0';
  const sign = offsetMs < 0 ? '-' : '+';
  let seconds = Math.round(Math.abs(offsetMs) / 1000);
  const hours = Math.floor(seconds / 3600);
  seconds -= hours * 3600;
  const minutes = Math.floor(seconds / 60);
  seconds -= minutes * 60;
  const parts = [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : ''].filter(Boolean);
  return `${sign}${parts.join('') || '0s'}`;
}

/** Round a bucket size up to a readable one (1 s, 5 s, 10 s, 15 s, 30 s, 1 m, 2 m, 5 m, ...). */
function niceBucket(ms: number): number {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200].map((seconds) => seconds * 1000);
  return steps.find((step) => step >= ms) ?? Math.ceil(ms / 3_600_000) * 3_600_000;
}

/** The chart as a fenced ```mermaid block, or undefined when there are no finite samples. */
export function renderCheckChart(input: ChartInput): string | undefined {
  const finite = input.samples.filter((sample) => Number.isFinite(sample.value)).sort((a, b) => a.time - b.time);
  if (finite.length === 0) return undefined;
  const maxPoints = input.maxPoints ?? 40;
  const first = finite[0]!.time;
  const last = finite.at(-1)!.time;
  const bucket = niceBucket(Math.max(1, (last - first) / maxPoints));
  // Buckets are aligned on the deploy, so one starts exactly there and the marker is exact.
  const indexOf = (time: number) => Math.floor((time - input.deployAt) / bucket);
  const sums = new Map<number, { sum: number; count: number }>();
  for (const sample of finite) {
    const index = indexOf(sample.time);
    const entry = sums.get(index) ?? { sum: 0, count: 0 };
    entry.sum += sample.value;
    entry.count += 1;
    sums.set(index, entry);
  }
  const marks = new Map<number, string>([[indexOf(input.deployAt), 'deploy']]);
  for (const marker of input.markers ?? []) marks.set(indexOf(marker.time), marker.label);
  for (const index of marks.keys()) if (!sums.has(index)) sums.set(index, { sum: NaN, count: 0 });
  const indexes = [...sums.keys()].sort((a, b) => a - b);
  const values = indexes.map((index) => sums.get(index)!);
  const points = values.map((entry) => (entry.count > 0 ? entry.sum / entry.count : NaN));
  // A marked bucket without samples (nothing measured yet) repeats its neighbour's value.
  for (let i = 0; i < points.length; i += 1) if (Number.isNaN(points[i]!)) points[i] = points[i - 1] ?? points.find((p) => !Number.isNaN(p)) ?? 0;

  const top = Math.max(...points, input.bound ?? -Infinity);
  const bottom = Math.min(0, ...points);
  const yMax = top <= bottom ? bottom + 1 : top + (top - bottom) * 0.1;
  const labels = indexes.map((index) => {
    const label = relativeLabel(index * bucket);
    const mark = marks.get(index);
    return mark ? `${label} ${mark}` : label;
  });
  return xyChartBlock({
    title: `${input.title} (bars: deploy${input.markers?.length ? ' and steps' : ''})`,
    categories: labels,
    yLabel: input.title,
    yMin: bottom,
    yMax,
    // Unmarked bars sit at the axis' bottom, so they have no height even when values go negative.
    bars: indexes.map((index) => (marks.has(index) ? yMax : bottom)),
    lines: input.bound === undefined ? [points] : [points, points.map(() => input.bound!)],
    format: chartNumber,
  });
}

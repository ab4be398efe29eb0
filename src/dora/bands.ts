/**
 * DORA's performance clusters, as published, and how a measured figure is placed in one.
 *
 * Sources (the tables are copied in words; the numbers are the reports'):
 * - dora-2024: Google Cloud / DORA, *Accelerate State of DevOps Report 2024*, the software
 *   delivery performance levels table (elite, high, medium, low).
 * - dora-2023: Google Cloud / DORA, *Accelerate State of DevOps Report 2023*, the software
 *   delivery performance clusters table (elite, high, medium, low).
 *
 * The clusters are descriptions of groups of teams, not thresholds, and they overlap and leave
 * gaps (2024: high and medium share "less than one day" recovery; nothing covers one day to one
 * week; 2023: medium and low share their frequency and lead-time ranges). A figure is therefore
 * placed in the best level whose range holds it, and a figure that no range holds (a gap, or
 * beyond the lowest range) is low. Change failure rate is a single typical value per cluster and
 * the clusters are not ordered by it (2024: high 20% but medium 10%), so a rate is placed in the
 * cluster whose value is nearest, the better cluster on a tie. Rework rate has no clusters.
 */

export type Level = 'elite' | 'high' | 'medium' | 'low';
export type BenchmarkName = 'dora-2024' | 'dora-2023';
export const BENCHMARKS: readonly (BenchmarkName | 'none')[] = ['dora-2024', 'dora-2023', 'none'];

/** A range of a cluster: `holds` tests a figure in the metric's unit (per day; hours). */
export interface RangeBand {
  level: Level;
  text: string;
  holds: (value: number) => boolean;
}

export interface PointBand {
  level: Level;
  text: string;
  /** The cluster's typical change failure rate, 0 to 1. */
  value: number;
}

export interface Benchmark {
  name: BenchmarkName;
  title: string;
  /** Best level first. Deployment frequency in deployments per day. */
  deploymentFrequency: RangeBand[];
  /** Best level first, in hours. */
  leadTime: RangeBand[];
  changeFailureRate: PointBand[];
  /** Best level first, in hours. */
  recoveryTime: RangeBand[];
}

const HOUR = 1;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
/** A month is 30 days and six months 182.5 days here; the reports give no exact lengths. */
const MONTH = 30 * DAY;
const SIX_MONTHS = 182.5 * DAY;

const below = (limit: number) => (value: number) => value < limit;
const from = (low: number, high: number) => (value: number) => value >= low && value < high;
// Frequencies in deployments per day: "between once per day and once per week" holds both ends.
const perDay = (low: number, high: number) => (value: number) => value >= low && value <= high;

const FREQUENCY_2024: RangeBand[] = [
  { level: 'elite', text: 'on demand (several deploys a day)', holds: (value) => value > 1 },
  { level: 'high', text: 'between once a day and once a week', holds: perDay(1 / 7, 1) },
  { level: 'medium', text: 'between once a week and once a month', holds: perDay(1 / 30, 1 / 7) },
  { level: 'low', text: 'between once a month and once every six months', holds: perDay(1 / 182.5, 1 / 30) },
];

const LEAD_TIME_2024: RangeBand[] = [
  { level: 'elite', text: 'less than one day', holds: below(DAY) },
  { level: 'high', text: 'between one day and one week', holds: from(DAY, WEEK) },
  { level: 'medium', text: 'between one week and one month', holds: from(WEEK, MONTH) },
  { level: 'low', text: 'between one month and six months', holds: from(MONTH, SIX_MONTHS) },
];

export const DORA_2024: Benchmark = {
  name: 'dora-2024',
  title: 'DORA 2024 (Accelerate State of DevOps Report 2024)',
  deploymentFrequency: FREQUENCY_2024,
  leadTime: LEAD_TIME_2024,
  changeFailureRate: [
    { level: 'elite', text: '5%', value: 0.05 },
    { level: 'high', text: '20%', value: 0.2 },
    { level: 'medium', text: '10%', value: 0.1 },
    { level: 'low', text: '40%', value: 0.4 },
  ],
  recoveryTime: [
    { level: 'elite', text: 'less than one hour', holds: below(HOUR) },
    { level: 'high', text: 'less than one day', holds: below(DAY) },
    { level: 'medium', text: 'less than one day', holds: below(DAY) },
    { level: 'low', text: 'between one week and one month', holds: from(WEEK, MONTH) },
  ],
};

export const DORA_2023: Benchmark = {
  name: 'dora-2023',
  title: 'DORA 2023 (Accelerate State of DevOps Report 2023)',
  deploymentFrequency: [
    FREQUENCY_2024[0]!,
    FREQUENCY_2024[1]!,
    FREQUENCY_2024[2]!,
    { level: 'low', text: 'between once a week and once a month', holds: perDay(1 / 30, 1 / 7) },
  ],
  leadTime: [
    LEAD_TIME_2024[0]!,
    LEAD_TIME_2024[1]!,
    LEAD_TIME_2024[2]!,
    { level: 'low', text: 'between one week and one month', holds: from(WEEK, MONTH) },
  ],
  changeFailureRate: [
    { level: 'elite', text: '5%', value: 0.05 },
    { level: 'high', text: '10%', value: 0.1 },
    { level: 'medium', text: '15%', value: 0.15 },
    { level: 'low', text: '64%', value: 0.64 },
  ],
  recoveryTime: [
    { level: 'elite', text: 'less than one hour', holds: below(HOUR) },
    { level: 'high', text: 'less than one day', holds: below(DAY) },
    { level: 'medium', text: 'between one day and one week', holds: from(DAY, WEEK) },
    { level: 'low', text: 'between one month and six months', holds: from(MONTH, SIX_MONTHS) },
  ],
};

export function benchmarkNamed(name: BenchmarkName): Benchmark {
  return name === 'dora-2023' ? DORA_2023 : DORA_2024;
}

/** Where a figure sits: the level and the cluster description it was matched to. */
export interface Placement {
  level: Level;
  /** The cluster's range or value, as the report words it; "outside every range" for the fallback. */
  band: string;
}

/** The best level whose range holds the figure; low when none does. */
export function placeInRange(bands: RangeBand[], value: number): Placement {
  const band = bands.find((candidate) => candidate.holds(value));
  return band ? { level: band.level, band: band.text } : { level: 'low', band: 'outside every cluster\'s range' };
}

/** The cluster whose typical rate is nearest; the better (earlier listed) one on a tie. */
export function placeNearest(bands: PointBand[], value: number): Placement {
  let best = bands[0]!;
  for (const band of bands) {
    // A tiny tolerance so that 0.15 between 0.1 and 0.2 counts as the tie it is despite floating point.
    if (Math.abs(band.value - value) < Math.abs(best.value - value) - 1e-12) best = band;
  }
  return { level: best.level, band: `nearest to ${best.text}` };
}

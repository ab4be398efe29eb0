/** How dora-report writes its figures for people (summary) and for steps (outputs). */
import type { Level } from '../../dora/bands.js';
import type { Change, Figure, MetricName } from '../../dora/metrics.js';
import { formatDuration } from '../../runtime/duration.js';

const HOUR_MS = 60 * 60 * 1000;

export const METRIC_TITLES: Record<MetricName, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTimeHours: 'Lead time for changes',
  changeFailureRate: 'Change failure rate',
  recoveryTimeHours: 'Failed deployment recovery time',
  reworkRate: 'Rework rate',
};

/** A duration in hours, as `5h 12m`, `2d 3h` or `45m`. */
export const formatHours = (hours: number): string => (hours === 0 ? '0m' : formatDuration(hours * HOUR_MS));

/** A share of 0..1 as a percentage with one decimal. */
export const formatRate = (rate: number): string => `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`;

/** Deployments per day; below one a day, per week too, which reads better. */
export function formatFrequency(perDay: number): string {
  const day = `${perDay >= 10 ? perDay.toFixed(1) : perDay.toFixed(2)} / day`;
  return perDay > 0 && perDay < 1 ? `${day} (${(perDay * 7).toFixed(1)} / week)` : day;
}

export function formatValue(metric: MetricName, value: number): string {
  switch (metric) {
    case 'deploymentFrequency':
      return formatFrequency(value);
    case 'leadTimeHours':
    case 'recoveryTimeHours':
      return formatHours(value);
    default:
      return formatRate(value);
  }
}

const LEVEL_MARK: Record<Level, string> = { elite: '🟢 elite', high: '🔵 high', medium: '🟡 medium', low: '🔴 low' };

export const formatLevel = (level: Level | null): string => (level === null ? '—' : LEVEL_MARK[level]);

/** `+0.40 / day (better; was 1.97 / day)`, `−1h 3m (better; was 6h 15m)`, `+2.1 pts (worse; was 10.3%)`. */
export function formatChange(metric: MetricName, change: Change | null, previous: Figure | null): string {
  if (!previous) return '—';
  if (previous.value === null) return 'no data before';
  // The short form: the per-week reading of a frequency would nest parentheses here.
  const was = metric === 'deploymentFrequency' ? formatFrequency(previous.value).replace(/ \(.*\)$/, '') : formatValue(metric, previous.value);
  if (!change) return `was ${was}`;
  if (change.direction === 'same') return `no change (was ${was})`;
  const sign = change.delta > 0 ? '+' : '−';
  const size = Math.abs(change.delta);
  let delta: string;
  if (metric === 'deploymentFrequency') delta = `${sign}${size.toFixed(2)} / day`;
  else if (metric === 'leadTimeHours' || metric === 'recoveryTimeHours') delta = `${sign}${formatHours(size)}`;
  else delta = `${sign}${(size * 100).toFixed(1)} pts`;
  const arrow = change.delta > 0 ? '▲' : '▼';
  return `${arrow} ${delta} (${change.direction}; was ${was})`;
}

/** An output value: a plain number, or empty when there is no data. */
export function outputValue(metric: MetricName, value: number | null): string {
  if (value === null) return '';
  const places = metric === 'deploymentFrequency' ? 3 : metric === 'leadTimeHours' || metric === 'recoveryTimeHours' ? 2 : 4;
  return String(Number(value.toFixed(places)));
}

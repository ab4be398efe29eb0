/** The deploy checks file, parsed (format in src/deploy/checks/README.md). */
import type { CountQueries } from './counts.js';
import type { DIRECTIONS, JUDGES, NO_DATA_POLICIES } from './schema.js';

export type JudgeKind = (typeof JUDGES)[number];
/** The bad direction: a change this way can fail the check. */
export type Direction = (typeof DIRECTIONS)[number];
export type NoDataPolicy = (typeof NO_DATA_POLICIES)[number];

/** `max-increase`: `50%` of the baseline, or an amount in the metric's unit. */
export type AllowedChange =
  | { kind: 'relative'; /** 0.5 for `50%` */ fraction: number; text: string }
  | { kind: 'absolute'; amount: number; text: string };

export type ProviderConfig =
  | { kind: 'prometheus'; url: string }
  | { kind: 'scrape'; url: string }
  | { kind: 'http'; url: string; /** JSON path of the number; `{query}` is replaced by the check's query */ value: string };

export interface CheckSpec {
  name: string;
  /**
   * What the provider evaluates. For `judge: proportion`, which reads `counts` instead, the ratio
   * `(errors) / (total)`: what a caller that reads one series per check shows and charts.
   */
  query: string;
  /** `judge: proportion`: the `errors` and `total` count queries (both over the range `windowMs`). */
  counts?: CountQueries;
  /** Every sample after the deploy must be at most this (`judge: proportion`: the step's proportion). */
  max?: number;
  /** Every sample after the deploy must be at least this (`judge: proportion`: the step's proportion). */
  min?: number;
  /**
   * How far the metric may move in the bad direction from the baseline (for `judge: proportion`,
   * the proportion: relative to the baseline's, or an absolute difference).
   */
  maxIncrease?: AllowedChange;
  judge: JudgeKind;
  direction: Direction;
  critical: boolean;
  noData: NoDataPolicy;
  /** The query's longest range (`[1m]`), when it has one: samples closer than this overlap. */
  windowMs?: number;
  /** 1-based line of the check in the file. */
  line: number;
}

export interface ChecksFile {
  /** The name used in messages, e.g. `.github/stopline/checks.yml` or `input 'checks'`. */
  file: string;
  provider: ProviderConfig;
  checks: CheckSpec[];
}

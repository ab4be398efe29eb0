/** What judging a check at one look produces: the verdict, Kayenta's classification, the numbers. */
import type { JudgeKind } from '../checks-file.js';

/** Kayenta's words: Pass, High, Low, Nodata, plus a measurement that failed. */
export type Classification = 'pass' | 'high' | 'low' | 'no-data' | 'error';

export type CheckVerdict = 'pass' | 'fail' | 'inconclusive';

/** Events (errors) counted among requests: the two numbers behind a proportion. */
export interface ErrorCount {
  errors: number;
  total: number;
}

/** Every number behind a verdict, so a summary can show why (undefined where it does not apply). */
export interface CheckNumbers {
  /** Median of the baseline (pre-deploy) samples; `proportion`: the baseline's errors / total. */
  baseline?: number;
  /**
   * Median of this step's samples so far; for a max/min failure, the worst sample.
   * `proportion`: the step's errors / total so far.
   */
  current?: number;
  /** (current − baseline) / baseline; undefined when the baseline is 0. */
  change?: number;
  /**
   * The limit `current` was held to: max, min, or baseline ± max-increase; `significance`
   * (`proportion`): the proportion at which this look fails, significant and past max-increase.
   */
  bound?: number;
  /** Which limit `bound` is. */
  boundKind?: 'max' | 'min' | 'max-increase' | 'significance';
  /**
   * Mann-Whitney W: pairs (after, before) with after > before, ties counting ½. `proportion`: the
   * two-proportion z (standard errors between the proportions, design effect included).
   */
  statistic?: number;
  /** Two-sided p-value of the rank-sum test; `proportion`: one-sided p of Fisher's exact test. */
  pValue?: number;
  /**
   * The level p had to beat at this look (α/K after the repeated-looks correction);
   * `proportion`: one-sided like its p-value, α/2K.
   */
  alpha?: number;
  /** Confidence interval of the shift (after − before) at `confLevel` (Kayenta's 98%). */
  confInt?: [number, number];
  confLevel?: number;
  /** Hodges-Lehmann estimate of the shift. */
  estimate?: number;
  /** Kayenta's effect-size filter: the interval must clear ¼ of |estimate|. */
  effectBound?: number;
  /** mean(after) / mean(before); `proportion`: current / baseline proportion. */
  ratio?: number;
  /** `proportion`: the errors and requests behind `baseline` and `current`. */
  counts?: { baseline: ErrorCount; current: ErrorCount };
  /**
   * `proportion`: the baseline's design effect, at least 1: how much more its windows' error
   * counts vary than binomial counts would; the test divides the counts by it.
   */
  designEffect?: number;
  /** Samples judged (`proportion`: count windows), after any thinning. */
  samples: {
    baseline: number;
    current: number;
    /** Samples that were NaN or infinite (0/0 ratios without traffic) and were left out. */
    dropped: number;
    /** Set when overlapping samples were thinned to this spacing for the rank test. */
    spacingMs?: number;
  };
}

export interface CheckResult {
  name: string;
  critical: boolean;
  judge: JudgeKind;
  /** 1-based look in the step (looks + 1 for the no-data extension). */
  look: number;
  verdict: CheckVerdict;
  classification: Classification;
  /** One sentence with the numbers: why this verdict. */
  reason: string;
  numbers: CheckNumbers;
  /** The verdict cannot change later in this step (a failure, or the last look). */
  settled: boolean;
  /** Inconclusive for want of data at the last planned look, under `no-data: inconclusive`. */
  extend?: boolean;
}

/** A measurement that failed (provider unreachable, bad response) in place of samples. */
export interface MeasurementError {
  error: string;
}

export function isMeasurementError(value: unknown): value is MeasurementError {
  return typeof value === 'object' && value !== null && typeof (value as MeasurementError).error === 'string';
}

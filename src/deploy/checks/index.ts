/**
 * The metric-verification core of `deploy` (format and method in README.md): the checks file,
 * the metric providers, the judges and their aggregation per step, and the renderers for the
 * progress lines and the charts. Import everything from here.
 */
export type { AllowedChange, CheckSpec, ChecksFile, Direction, JudgeKind, NoDataPolicy, ProviderConfig } from './checks-file.js';
export { ChecksFileError, parseChecksFile, type ChecksProblem } from './parse-checks.js';
export { CHECKS_FILE_SCHEMA } from './schema.js';
export { finiteValues, mean, median, type Sample, type TimeRange } from './sample.js';
export { independentSamples, planSampling, queryWindowMs, SAMPLES_PER_INTERVAL, type SamplingPlan } from './sampling.js';
export {
  chartSamples,
  countQuery,
  countWindows,
  isCountSeries,
  ratioQuery,
  readCheckSamples,
  type CheckSamples,
  type CountedWindows,
  type CountKind,
  type CountQueries,
  type CountQuery,
  type CountSeries,
  type CountWindow,
} from './counts.js';

export { createProvider } from './providers/create-provider.js';
export { HttpJsonProvider, type HttpJsonOptions } from './providers/http-json.js';
export { PrometheusProvider } from './providers/prometheus.js';
export { MetricQueryError, MetricSourceError, type MetricProvider, type ProviderOptions } from './providers/provider.js';
export { ScrapeProvider, type ScrapeOptions } from './providers/scrape.js';
export { parseScrapeQuery, ScrapeQueryError } from './providers/scrape-query.js';

export { judgeCheck, needsBaseline, type LookContext } from './judge/judge-check.js';
export { DEFAULT_ALPHA, KAYENTA_CONF_LEVEL, lookAlpha, type LooksCorrection } from './judge/looks.js';
export { EFFECT_FRACTION } from './judge/mann-whitney.js';
export { designEffect, judgeProportion } from './judge/proportion.js';
export { DEFAULT_THRESHOLDS, StepJudge, type ScoreThresholds, type StepDecision, type StepOptions, type StepVerdict } from './judge/step.js';
export { isMeasurementError, type CheckNumbers, type CheckResult, type CheckVerdict, type Classification, type ErrorCount, type MeasurementError } from './judge/verdict.js';

export { fisherCriticalCount, fisherExactTest, twoProportionZ, type ProportionTail } from './stats/fisher-exact.js';
export { logChoose, logGamma } from './stats/log-gamma.js';
export { pnorm, qnorm } from './stats/normal.js';
export { wilcoxTest, type Alternative, type WilcoxOptions, type WilcoxResult } from './stats/wilcox-test.js';

export { formatChange, formatP, formatValue, formatWithCounts } from './format-number.js';
export { renderCheckChart, type ChartInput, type ChartMarker } from './render/chart.js';
export { formatProgressLine, formatProgressLines } from './render/progress.js';
export { checksTable } from './render/summary-table.js';

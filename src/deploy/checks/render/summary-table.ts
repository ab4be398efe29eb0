/**
 * The per-step table of the job summary (issue 6, "Job summary"): per check the baseline, the
 * value after the deploy, the change, the bound, the statistic and the verdict with its reason.
 */
import { escapeMarkdown, table } from '../../../report/markdown.js';
import { formatChange, formatP, formatValue, formatWithCounts } from '../format-number.js';
import type { StepVerdict } from '../judge/step.js';
import type { CheckResult } from '../judge/verdict.js';

function boundCell(result: CheckResult): string {
  const numbers = result.numbers;
  if (numbers.boundKind === 'max') return `≤ ${formatValue(numbers.bound)} (max)`;
  if (numbers.boundKind === 'min') return `≥ ${formatValue(numbers.bound)} (min)`;
  if (numbers.boundKind === 'max-increase') {
    const below = numbers.baseline !== undefined && numbers.bound !== undefined && numbers.bound < numbers.baseline;
    return `${below ? '≥' : '≤'} ${formatValue(numbers.bound)} (max-increase)`;
  }
  if (numbers.boundKind === 'significance') {
    const below = numbers.baseline !== undefined && numbers.bound !== undefined && numbers.bound < numbers.baseline;
    return `fails at ${below ? '≤' : '≥'} ${formatValue(numbers.bound)}`;
  }
  if (numbers.confInt && numbers.confLevel !== undefined) {
    const level = `${Number((numbers.confLevel * 100).toPrecision(4))}%`;
    return `${level} CI [${formatValue(numbers.confInt[0])}, ${formatValue(numbers.confInt[1])}] vs ±${formatValue(numbers.effectBound)}`;
  }
  return '–';
}

function statisticCell(result: CheckResult): string {
  const numbers = result.numbers;
  if (numbers.statistic === undefined) return '–';
  if (result.judge === 'proportion') {
    const design = numbers.designEffect !== undefined && numbers.designEffect > 1 ? `, design effect ${formatValue(numbers.designEffect)}` : '';
    return `z ${numbers.statistic.toFixed(2)}, p ${formatP(numbers.pValue)} (α ${formatP(numbers.alpha)}, one-sided)${design}`;
  }
  const alpha = numbers.alpha === undefined ? '' : ` (α ${formatP(numbers.alpha)})`;
  return `W ${formatValue(numbers.statistic)}, p ${formatP(numbers.pValue)}${alpha}`;
}

function verdictCell(result: CheckResult): string {
  if (result.verdict === 'fail') return `❌ fail (${result.classification})`;
  if (result.verdict === 'pass') return result.classification === 'no-data' ? '✅ pass (no data)' : '✅ pass';
  return result.classification === 'error' ? '⏳ not measured' : '⏳ no data';
}

/** A GFM table of every check of a step at its last look. */
export function checksTable(verdict: StepVerdict): string {
  const rows = verdict.checks.map((result) => [
    `${escapeMarkdown(result.name)}${result.critical ? ' (critical)' : ''}`,
    formatWithCounts(result.numbers.baseline, result.numbers.counts?.baseline),
    formatWithCounts(result.numbers.current, result.numbers.counts?.current),
    result.numbers.change === undefined ? '–' : formatChange(result.numbers.change),
    boundCell(result),
    statisticCell(result),
    verdictCell(result),
    escapeMarkdown(result.reason),
  ]);
  return table(['check', 'baseline', 'after', 'change', 'bound', 'statistic', 'verdict', 'reason'], rows, [
    'left',
    'right',
    'right',
    'right',
    'left',
    'left',
    'left',
    'left',
  ]);
}

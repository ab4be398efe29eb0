/**
 * The line printed for each check after every interval of a deploy: what the metric was before,
 * what it is now, what it is held to, and the verdict so far.
 *
 *   [2/5] error-rate  baseline 0.0102  now 0.0115 (+12.7%)  bound ≤ 0.0153  pass so far
 *   [2/5] error-rate  baseline 0.0102  now 0.0981 (+862%)  98% CI [0.08, 0.09] vs ±0.021, p 1.2e-7  FAIL (high)
 *   [2/5] error-rate  baseline 0.0198 = 198/10000  now 0.041 = 82/2000 (+107%)  fails at ≥ 0.0295, p 3.1e-6 (α 0.002)  FAIL (high)
 */
import { formatChange, formatP, formatValue, formatWithCounts } from '../format-number.js';
import type { StepVerdict } from '../judge/step.js';
import type { CheckResult } from '../judge/verdict.js';

/** `judge: proportion`: where this look fails, and the test's p against its level. */
function proportionText(result: CheckResult): string {
  const numbers = result.numbers;
  const p = `p ${formatP(numbers.pValue)} (α ${formatP(numbers.alpha)})`;
  if (numbers.boundKind !== 'significance' || numbers.bound === undefined) return p;
  const below = numbers.baseline !== undefined && numbers.bound < numbers.baseline;
  return `fails at ${below ? '≤' : '≥'} ${formatValue(numbers.bound)}, ${p}`;
}

function boundText(result: CheckResult): string | undefined {
  const numbers = result.numbers;
  if (numbers.boundKind === 'max') return `bound ≤ ${formatValue(numbers.bound)} (max)`;
  if (numbers.boundKind === 'min') return `bound ≥ ${formatValue(numbers.bound)} (min)`;
  if (numbers.boundKind === 'max-increase') {
    const below = numbers.bound !== undefined && numbers.baseline !== undefined && numbers.bound < numbers.baseline;
    return `bound ${below ? '≥' : '≤'} ${formatValue(numbers.bound)}`;
  }
  if (numbers.confInt && numbers.confLevel !== undefined && numbers.effectBound !== undefined) {
    const level = `${Number((numbers.confLevel * 100).toPrecision(4))}%`;
    const p = numbers.pValue === undefined ? '' : `, p ${formatP(numbers.pValue)}`;
    return `${level} CI [${formatValue(numbers.confInt[0])}, ${formatValue(numbers.confInt[1])}] vs ±${formatValue(numbers.effectBound)}${p}`;
  }
  if (result.judge === 'proportion' && numbers.pValue !== undefined) return proportionText(result);
  return undefined;
}

function verdictText(result: CheckResult): string {
  if (result.verdict === 'fail') return `FAIL (${result.classification})`;
  if (result.verdict === 'pass') return result.settled ? 'pass' : 'pass so far';
  if (result.classification === 'error') return 'measurement failed, waiting';
  return result.extend ? 'no data, extending' : 'no data yet';
}

/** `[2/5]`, or `[6/5 extra]` for the one extension look `no-data: inconclusive` adds. */
function lookLabel(look: number, looks: number): string {
  return look > looks ? `[${look}/${looks} extra]` : `[${look}/${looks}]`;
}

/**
 * One check's line.
 * @param looks the step's planned looks, for the `[look/looks]` prefix
 * @param nameWidth pad the name to this width so the lines of one look align
 */
export function formatProgressLine(result: CheckResult, looks: number, nameWidth = result.name.length): string {
  const numbers = result.numbers;
  const parts = [lookLabel(result.look, looks), result.name.padEnd(nameWidth)];
  if (numbers.baseline !== undefined) parts.push(`baseline ${formatWithCounts(numbers.baseline, numbers.counts?.baseline)}`);
  if (numbers.current !== undefined) {
    const change = numbers.change !== undefined ? ` (${formatChange(numbers.change)})` : '';
    parts.push(`now ${formatWithCounts(numbers.current, numbers.counts?.current)}${change}`);
  } else {
    parts.push('now –');
  }
  const bound = boundText(result);
  if (bound) parts.push(bound);
  parts.push(verdictText(result));
  return parts.join('  ');
}

/** Every check's line for one look, aligned, then the step's decision so far. */
export function formatProgressLines(verdict: StepVerdict): string[] {
  const width = Math.max(...verdict.checks.map((check) => check.name.length));
  const lines = verdict.checks.map((check) => formatProgressLine({ ...check, look: verdict.look }, verdict.looks, width));
  const decision = verdict.decision === 'continue' ? 'continuing' : verdict.decision === 'extend' ? 'extending by one interval' : verdict.decision.toUpperCase();
  lines.push(`${lookLabel(verdict.look, verdict.looks)} step: ${decision}: ${verdict.reason}`);
  return lines;
}

/**
 * Judges a step of a deploy look by look and aggregates the checks as Kayenta's scorer does
 * (WeightedSumScorer with one group, ThresholdScoreClassifier): a critical check that fails fails
 * the step at once; otherwise the score is 100 · passing / (passing + failing) over the checks
 * decided so far; below `marginal` at any look the step fails, and at the last look it must reach
 * `pass`. Pure: the caller queries the provider and passes samples in.
 */
import type { CheckSpec } from '../checks-file.js';
import type { CheckSamples } from '../counts.js';
import { judgeCheck } from './judge-check.js';
import { DEFAULT_ALPHA, lookAlpha, type LooksCorrection } from './looks.js';
import type { CheckResult, MeasurementError } from './verdict.js';

export interface ScoreThresholds {
  /** The last look must score at least this (Kayenta's pass threshold). Default 95. */
  pass: number;
  /** Any look scoring below this fails the step at once (Kayenta's marginal). Default 75. */
  marginal: number;
}

export const DEFAULT_THRESHOLDS: ScoreThresholds = { pass: 95, marginal: 75 };

export interface StepOptions {
  /** Looks planned for the step: the deploy's `samples` input. */
  looks: number;
  /** Two-sided error rate per check over the whole step; default 0.02 (Kayenta's 98%). */
  alpha?: number;
  /** Default `bonferroni`; `none` reproduces Kayenta's uncorrected repeated test. */
  correction?: LooksCorrection;
  thresholds?: ScoreThresholds;
}

/** What to do after a look. */
export type StepDecision = 'continue' | 'extend' | 'pass' | 'fail';

export interface StepVerdict {
  look: number;
  looks: number;
  decision: StepDecision;
  /** 0–100, or undefined while no check is decided. */
  score: number | undefined;
  /** Why, in a sentence naming the checks that decided it. */
  reason: string;
  /** One result per check, in the file's order; a failed check keeps the look it failed at. */
  checks: CheckResult[];
  /** The two-sided significance level the rank tests used at this look (α/K). */
  alpha: number;
}

/**
 * One step's judge. Create it with the checks and their baselines, then call `judgeLook` after
 * every interval with each check's samples since the step began (cumulative), until the decision
 * is not `continue` (`extend` asks for exactly one more look).
 */
export class StepJudge {
  /** Results that can no longer change: failures, and every result of the last planned look. */
  private readonly settled = new Map<string, CheckResult>();
  private readonly verdicts: StepVerdict[] = [];
  private readonly thresholds: ScoreThresholds;
  private readonly alpha: number;
  private extended = false;
  private done = false;

  constructor(
    private readonly checks: readonly CheckSpec[],
    private readonly baselines: ReadonlyMap<string, CheckSamples>,
    private readonly options: StepOptions,
  ) {
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.alpha = lookAlpha(options.looks, options.alpha ?? DEFAULT_ALPHA, options.correction ?? 'bonferroni');
  }

  /** Every verdict so far, oldest first. */
  get history(): readonly StepVerdict[] {
    return this.verdicts;
  }

  /**
   * Judges the next look.
   * @param current each check's samples since the step began (cumulative; for `judge: proportion`
   *   its two count series), or the error that kept them from being read; a check missing from
   *   the map counts as no samples
   * @throws Error when called after the step was decided (a caller's bug)
   */
  judgeLook(current: ReadonlyMap<string, CheckSamples | MeasurementError>): StepVerdict {
    if (this.done) throw new Error('StepJudge.judgeLook: the step is already decided');
    const look = this.verdicts.length + 1;
    const context = { look, looks: this.options.looks, alpha: this.alpha };
    const results = this.checks.map((check) => {
      // A settled check is not tested again: the extension look judges only the checks that had
      // no data, so no check is tested more than the planned looks (see looks.ts).
      const before = this.settled.get(check.name);
      if (before) return before;
      const result = judgeCheck(check, this.baselines.get(check.name) ?? [], current.get(check.name) ?? [], context);
      if (result.settled) this.settled.set(check.name, result);
      return result;
    });
    const verdict = this.decide(look, results);
    this.verdicts.push(verdict);
    if (verdict.decision === 'extend') this.extended = true;
    if (verdict.decision === 'pass' || verdict.decision === 'fail') this.done = true;
    return verdict;
  }

  private decide(look: number, checks: CheckResult[]): StepVerdict {
    const looks = this.options.looks;
    const verdict = (decision: StepDecision, score: number | undefined, reason: string): StepVerdict => ({
      look,
      looks,
      decision,
      score,
      reason,
      checks,
      alpha: this.alpha,
    });
    const critical = checks.filter((check) => check.critical && check.verdict === 'fail');
    if (critical.length > 0) {
      return verdict('fail', 0, `critical check ${critical.map((check) => `${check.name} failed: ${check.reason}`).join('; ')}`);
    }
    const passing = checks.filter((check) => check.verdict === 'pass');
    const failing = checks.filter((check) => check.verdict === 'fail');
    const decided = passing.length + failing.length;
    const score = decided === 0 ? undefined : (100 * passing.length) / decided;
    const failingNames = failing.map((check) => check.name).join(', ');
    const scoreText = score === undefined ? '' : `score ${formatScore(score)}`;
    if (look < looks) {
      if (score !== undefined && score < this.thresholds.marginal) {
        return verdict('fail', score, `${scoreText} is below the marginal threshold ${this.thresholds.marginal} (failing: ${failingNames})`);
      }
      return verdict('continue', score, `look ${look} of ${looks}: ${score === undefined ? 'no check decided yet' : scoreText}${failing.length ? ` (failing: ${failingNames})` : ''}`);
    }
    const waiting = checks.filter((check) => check.extend);
    // Extending is worth an interval only if the step could still pass with every waiting check.
    const best = (100 * (passing.length + waiting.length)) / (decided + waiting.length);
    if (waiting.length > 0 && !this.extended && best >= this.thresholds.pass) {
      return verdict('extend', score, `no data yet for ${waiting.map((check) => check.name).join(', ')}: one more interval (no-data: inconclusive)`);
    }
    if (score === undefined) return verdict('fail', undefined, 'no check could be decided');
    if (score < this.thresholds.pass) {
      return verdict('fail', score, `${scoreText} is below the pass threshold ${this.thresholds.pass} (failing: ${failingNames})`);
    }
    return verdict('pass', score, `${scoreText}: ${passing.length} of ${checks.length} checks pass${failing.length ? ` (failing: ${failingNames})` : ''}`);
  }
}

function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/**
 * The loop the deploy action runs for one step, reduced to what these tests need: baseline from
 * the provider, then every interval the step's samples so far into a StepJudge, until it decides.
 * A `judge: proportion` check reads its two count queries (readCheckSamples).
 * Live providers are polled in the background by the caller (see `startPolling`).
 */
import {
  formatProgressLines,
  planSampling,
  readCheckSamples,
  StepJudge,
  type CheckSamples,
  type CheckSpec,
  type MeasurementError,
  type MetricProvider,
  type StepVerdict,
} from '../../../src/deploy/checks/index.js';

export interface StepRun {
  verdicts: StepVerdict[];
  lines: string[];
  baselines: Map<string, CheckSamples>;
  last: StepVerdict;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function runStep(
  provider: MetricProvider,
  checks: readonly CheckSpec[],
  options: { deployAt: number; baselineMs: number; intervalMs: number; looks: number },
): Promise<StepRun> {
  const plans = new Map(checks.map((check) => [check.name, planSampling(check.query, options.intervalMs)]));
  const baselines = new Map<string, CheckSamples>();
  for (const check of checks) {
    const plan = plans.get(check.name)!;
    const range = { start: options.deployAt - options.baselineMs, end: options.deployAt, step: plan.stepMs };
    baselines.set(check.name, await readCheckSamples(check, (query) => provider.range(query, range)));
  }
  const judge = new StepJudge(checks, baselines, { looks: options.looks });
  const verdicts: StepVerdict[] = [];
  const lines: string[] = [];
  for (let look = 1; ; look += 1) {
    await sleep(options.deployAt + look * options.intervalMs - Date.now());
    const current = new Map<string, CheckSamples | MeasurementError>();
    for (const check of checks) {
      const plan = plans.get(check.name)!;
      const range = { start: options.deployAt + plan.settleMs, end: Date.now(), step: plan.stepMs };
      try {
        current.set(check.name, await readCheckSamples(check, (query) => provider.range(query, range)));
      } catch (error) {
        current.set(check.name, { error: (error as Error).message });
      }
    }
    const verdict = judge.judgeLook(current);
    verdicts.push(verdict);
    lines.push(...formatProgressLines(verdict));
    if (verdict.decision === 'pass' || verdict.decision === 'fail') return { verdicts, lines, baselines, last: verdict };
  }
}

/** Polls a live provider every `everyMs` until stopped; failures are kept for the test to see. */
export function startPolling(provider: MetricProvider, everyMs: number): { stop(): Promise<void>; errors: unknown[] } {
  const errors: unknown[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      await provider.poll().catch((error: unknown) => errors.push(error));
      await sleep(everyMs);
    }
  })();
  return {
    errors,
    async stop() {
      running = false;
      await loop;
    },
  };
}

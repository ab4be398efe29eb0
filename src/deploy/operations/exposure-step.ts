/**
 * One exposure step of a deploy: run the deploy command with the step's weight, smoke test, then
 * every interval read every check and judge the step (src/deploy/checks' StepJudge), printing one
 * progress line per check and interval, until the judge passes or fails it.
 */
import { chartSamples, formatProgressLines, isMeasurementError, StepJudge, type CheckSamples } from '../checks/index.js';
import type { Logger } from '../../runtime/logger.js';
import type { ReleaseRef, StepReport } from '../report.js';
import type { SmokeSpec } from '../smoke-spec.js';
import type { MetricWatch } from './metric-watch.js';
import { pause } from './pause.js';
import { commandEnvironment, describeExit, runShell } from './shell.js';
import { runSmoke } from './smoke.js';
import { stoplineVariables } from './variables.js';

export interface StepContext {
  logger: Logger;
  now: () => Date;
  workspace: string;
  baseEnv: Readonly<Record<string, string | undefined>>;
  /** Aborts on cancellation or a lost lease: the command is killed and the step ends `cancelled`. */
  signal: AbortSignal;
}

export interface StepInput {
  environment: string;
  index: number;
  count: number;
  weight: number;
  release: ReleaseRef;
  deploymentId: number;
  run: string;
  smoke: SmokeSpec;
  smokeWindowMs: number;
  watch: MetricWatch | undefined;
  baselines: ReadonlyMap<string, CheckSamples>;
  intervalMs: number;
  /** Looks per step (the `samples` input). */
  looks: number;
}

export async function runExposureStep(context: StepContext, input: StepInput): Promise<StepReport> {
  const { logger } = context;
  const started = context.now();
  const label = `step ${input.index}/${input.count} (${input.weight}%)`;
  const report: StepReport = { index: input.index, weight: input.weight, startedAt: started.toISOString(), looks: [], samples: {}, outcome: 'failed', reason: '', durationMs: 0 };
  const end = (outcome: StepReport['outcome'], reason: string): StepReport => {
    report.outcome = outcome;
    report.reason = reason;
    report.durationMs = context.now().getTime() - started.getTime();
    logger.info(`${label}: ${outcome.toUpperCase()}: ${reason}`);
    return report;
  };
  const cancelled = () => end('cancelled', `stopped: ${String((context.signal.reason as Error | undefined)?.message ?? context.signal.reason ?? 'cancelled')}`);

  logger.info(`${label}: deploying ${input.release.name} ${input.release.version} to ${input.environment} with ${input.weight}% of traffic`);
  const env = commandEnvironment(context.baseEnv, stoplineVariables({ environment: input.environment, release: input.release, weight: input.weight, phase: 'deploy', deploymentId: input.deploymentId }));
  report.command = await runShell(input.run, { role: 'run', prefix: `[run ${input.weight}%]`, env, cwd: context.workspace, logger, signal: context.signal, now: context.now });
  if (context.signal.aborted) return cancelled();
  if (!report.command.ok) return end('failed', `the deploy command ${describeExit(report.command)}`);
  const deployedAt = context.now().getTime();
  report.deployedAt = deployedAt;

  const smoke = await runSmoke(input.smoke, { windowMs: input.smokeWindowMs, env, cwd: context.workspace, logger, prefix: '[smoke]', signal: context.signal, now: context.now });
  if (smoke) report.smoke = smoke;
  if (context.signal.aborted) return cancelled();
  if (smoke && !smoke.ok) return end('failed', smoke.reason ?? 'the smoke test failed');

  const watch = input.watch;
  if (watch === undefined) return end('passed', smoke ? 'the smoke test passed (no metric checks)' : 'the deploy command succeeded (no smoke test, no metric checks)');

  // The first look comes one interval after every check has settled (a sample's window then
  // holds only the new release) and the smoke test is done; samples count from the deploy.
  const judge = new StepJudge(watch.checks, input.baselines, { looks: input.looks });
  const firstLookBase = Math.max(context.now().getTime(), deployedAt + watch.settleMs);
  for (let look = 1; ; look += 1) {
    const elapsed = await pause(firstLookBase + look * input.intervalMs - context.now().getTime(), context.signal);
    if (!elapsed) return cancelled();
    const current = await watch.read(deployedAt);
    for (const check of watch.checks) {
      const value = current.get(check.name);
      if (value !== undefined && !isMeasurementError(value)) report.samples[check.name] = chartSamples(value, check);
    }
    const verdict = judge.judgeLook(current);
    report.looks.push(verdict);
    for (const line of formatProgressLines(verdict)) logger.info(line);
    if (verdict.decision === 'pass') return end('passed', verdict.reason);
    if (verdict.decision === 'fail') return end('failed', verdict.reason);
  }
}

/**
 * Rolling back a failed step: run `rollback` (default: `run` again with the environment's previous
 * verified release, at 100%), smoke test it, set the failed deployment `failure` with the reason,
 * and when the previous release runs again, create its deployment with `success` and a payload
 * whose `rollback-of` names the failed one (what dora-report counts), and point the ledger at it.
 */
import { createDeployment, earlierAttemptDeployments, setDeploymentStatus } from '../../github/deployments.js';
import { persist } from '../../github/persist.js';
import { markVerified, recordPromotion } from '../../release/promotion/index.js';
import type { RegisteredRelease } from '../../release/registry.js';
import { shortDigest } from '../../release/registry.js';
import { errorMessage } from '../../runtime/errors.js';
import type { EnvironmentPointer } from '../../state/state.js';
import type { PromoteContext } from '../../release/operations/promote.js';
import type { ReleaseRef, RollbackReport } from '../report.js';
import type { SmokeSpec } from '../smoke-spec.js';
import { commandEnvironment, describeExit, runShell } from './shell.js';
import { runSmoke } from './smoke.js';
import { stoplineVariables } from './variables.js';

/** The run's GitHub context (as promote has it), and where and how commands run. */
export interface RollbackContext extends PromoteContext {
  workspace: string;
  baseEnv: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
  /** Called once the failed deployment has its final status (post: then leaves it alone). */
  onClosed: () => void;
}

/** The previous release's verified files, fetched while the deploy ran (or the reason they could not be). */
export type PreparedTarget = { release: RegisteredRelease; ref: ReleaseRef } | { release: RegisteredRelease; error: string };

export interface RollbackInput {
  environment: string;
  /** The deployment that failed, and its release. */
  failedDeploymentId: number;
  failed: ReleaseRef;
  /** Why the step failed: the failed deployment's status says it. */
  reason: string;
  /** `rollback`; undefined: `run` again with the previous release. */
  rollback: string | undefined;
  run: string;
  smoke: SmokeSpec;
  smokeWindowMs: number;
  target: PreparedTarget | undefined;
}

/** GitHub keeps 140 characters of a status description. */
function clip(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export async function rollBack(context: RollbackContext, input: RollbackInput): Promise<RollbackReport> {
  const { logger } = context;
  const started = context.now();
  const report: RollbackReport = { outcome: 'failed', reason: '', startedAt: started.toISOString(), durationMs: 0 };
  const target = input.target;
  const ref = target && 'ref' in target ? target.ref : undefined;
  if (ref) report.target = ref;

  const finish = async (outcome: RollbackReport['outcome'], reason: string): Promise<RollbackReport> => {
    report.outcome = outcome;
    report.reason = reason;
    const restored = outcome === 'restored';
    const description = restored
      ? `rolled back${ref ? ` to ${ref.version}` : ''}: ${input.reason}`
      : `failed, and ${outcome === 'impossible' ? 'could not be rolled back' : 'the rollback failed'}: ${input.reason}`;
    await setDeploymentStatus(context.client, context.at, input.failedDeploymentId, { state: 'failure', description: clip(description), ...(context.runUrl ? { logUrl: context.runUrl } : {}) });
    context.onClosed();
    if (restored && ref && target) await recordRestored(context, input, target.release, ref, report);
    report.durationMs = context.now().getTime() - started.getTime();
    logger.info(`rollback: ${outcome.toUpperCase()}: ${reason}`);
    return report;
  };

  if (target && 'error' in target) {
    return finish('failed', `the files of release ${target.release.releaseId} (the previous verified release) could not be fetched and verified: ${target.error}`);
  }
  if (!ref && input.rollback === undefined) {
    return finish('impossible', `no other release was ever verified in ${input.environment}, and no \`rollback\` command is set, so there is nothing to roll back to`);
  }
  const command = input.rollback ?? input.run;
  logger.info(`rolling back ${input.environment}${ref ? ` to ${ref.name} ${ref.version} (release ${shortDigest(ref.releaseId)})` : ''} with ${input.rollback === undefined ? '`run`' : '`rollback`'}`);
  const env = commandEnvironment(context.baseEnv, stoplineVariables({ environment: input.environment, release: ref, weight: 100, phase: 'rollback' }));
  report.command = await runShell(command, { role: 'rollback', prefix: '[rollback]', env, cwd: context.workspace, logger, ...(context.signal ? { signal: context.signal } : {}), now: context.now });
  if (!report.command.ok) return finish('failed', `the rollback command ${describeExit(report.command)}`);
  const smoke = await runSmoke(input.smoke, { windowMs: input.smokeWindowMs, env, cwd: context.workspace, logger, prefix: '[smoke after rollback]', ...(context.signal ? { signal: context.signal } : {}), now: context.now });
  if (smoke) report.smoke = smoke;
  if (smoke && !smoke.ok) return finish('failed', `after the rollback, ${smoke.reason ?? 'the smoke test failed'}`);
  return finish('restored', ref ? `${ref.name} ${ref.version} runs again${smoke ? ' and passed the smoke test' : ''}` : `the rollback command succeeded${smoke ? ' and the smoke test passed' : ''}`);
}

/** The restored release's deployment (`success`, `rollback-of` the failed one) and the ledger pointer. */
async function recordRestored(context: RollbackContext, input: RollbackInput, release: RegisteredRelease, ref: ReleaseRef, report: RollbackReport): Promise<void> {
  // A re-run of a deploy killed during its rollback finishes that rollback's deployment (the
  // ledger may already name it) rather than adding a second one that would retire it.
  const earlier = context.run ? await earlierAttemptDeployments(context.client, context.at, { environment: input.environment, sha: ref.sha, run: context.run }) : [];
  const left = earlier.find((deployment) => deployment.payload['rollback-of'] === input.failedDeploymentId && deployment.payload.releaseId === ref.releaseId);
  const id = left
    ? left.id
    : (
        await createDeployment(context.client, {
          ...context.at,
          sha: ref.sha,
          environment: input.environment,
          description: `Stopline: rollback to ${ref.name} ${ref.version} (release ${shortDigest(ref.releaseId)}) after deployment ${input.failedDeploymentId} failed`,
          payload: {
            releaseId: ref.releaseId,
            digest: ref.digest,
            name: ref.name,
            version: ref.version,
            promotedFrom: null,
            'rollback-of': input.failedDeploymentId,
            rolledBackRelease: input.failed.releaseId,
            ...(context.run ? { run: context.run } : {}),
          },
        })
      ).id;
  report.deploymentId = id;
  if (left) context.logger.info(`deployment ${id}, the rollback an earlier attempt of this run started, is reused`);
  if (left?.state !== 'success') {
    await setDeploymentStatus(context.client, context.at, id, {
      state: 'success',
      description: clip(`rolled back from deployment ${input.failedDeploymentId} (${input.failed.version}): ${input.reason}`),
      ...(context.runUrl ? { logUrl: context.runUrl } : {}),
    });
  }
  // The ledger says what runs: the restored release, verified (it was, and it passed the smoke
  // test again). Only over the failed release's pointer: a promotion made meanwhile stands.
  try {
    const at = context.now();
    // Tried again when the write outlasts the client's retries; a try that did land is recognised by its deployment.
    const { result } = await persist(() => context.ledger.update<{ written: boolean; current: EnvironmentPointer | undefined }>(`deploy: ${input.environment} rolled back to ${ref.name} ${ref.version} (${ref.releaseId})`, (state) => {
      const current: EnvironmentPointer | undefined = state.environments[input.environment];
      if (current?.releaseId === ref.releaseId && current.deploymentId === id) return { state, result: { written: true, current } };
      if (current !== undefined && current.releaseId !== input.failed.releaseId) return { state, result: { written: false, current } };
      const promotion = { environment: input.environment, releaseId: ref.releaseId, record: release.record, at, promotedBy: context.actor, deploymentId: id, ...(context.runUrl ? { runUrl: context.runUrl } : {}) };
      const recorded = recordPromotion(state, promotion, current);
      if (recorded.result.kind !== 'recorded') return { state, result: { written: false, current } };
      return { state: markVerified(recorded.state, input.environment, ref.releaseId, at).state, result: { written: true, current } };
    }));
    if (!result.written) {
      context.logger.warning(`the ledger was not pointed back at ${ref.releaseId}: ${input.environment} now records ${result.current?.releaseId ?? 'no release'}, promoted meanwhile`);
    }
  } catch (error) {
    context.logger.warning(`the rollback ran, but the ledger could not record it (${errorMessage(error)}); the board shows ${input.failed.releaseId} until the next promotion`);
  }
}

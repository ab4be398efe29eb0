/**
 * What the `run`, `rollback` and smoke commands learn from their environment: which release to
 * deploy where, and how much traffic it gets.
 */
import type { ReleaseRef } from '../report.js';

export type DeployPhase = 'deploy' | 'rollback';

/**
 * STOPLINE_ENVIRONMENT, STOPLINE_RELEASE_PATH (its verified files), STOPLINE_RELEASE_ID,
 * STOPLINE_VERSION, STOPLINE_DIGEST, STOPLINE_WEIGHT (percent of traffic), and STOPLINE_PHASE
 * (`deploy`, or `rollback` when the default rollback runs `run` again with the previous release)
 * and STOPLINE_DEPLOYMENT_ID (the GitHub Deployment being judged). A rollback with no release to
 * name (nothing was verified before) gets empty release variables.
 */
export function stoplineVariables(input: { environment: string; release: ReleaseRef | undefined; weight: number; phase: DeployPhase; deploymentId?: number }): Record<string, string> {
  const release = input.release;
  return {
    STOPLINE_ENVIRONMENT: input.environment,
    STOPLINE_RELEASE_PATH: release?.path ?? '',
    STOPLINE_RELEASE_ID: release?.releaseId ?? '',
    STOPLINE_VERSION: release?.version ?? '',
    STOPLINE_DIGEST: release?.digest ?? '',
    STOPLINE_WEIGHT: String(input.weight),
    STOPLINE_PHASE: input.phase,
    STOPLINE_DEPLOYMENT_ID: input.deploymentId === undefined ? '' : String(input.deploymentId),
  };
}

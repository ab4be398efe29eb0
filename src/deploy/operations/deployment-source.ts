/**
 * Which deployment a deploy judges, and the verified files of its release. With `deployment-id`
 * (promote's output) that deployment, whose payload names the release; with only `release-id`,
 * a promotion made here by promote's own code (src/release/operations/promote.ts: the same rules,
 * the same byte checks, the same deployment and ledger pointer), so there is one way to move a
 * release into an environment.
 */
import { defaultBranch } from '../../github/default-branch.js';
import { FREEZES_FILE } from '../../lock/index.js';
import { readFreezeSchedule } from '../../lock/operations/schedule-source.js';
import { isIntegrityError } from '../../release/integrity-error.js';
import { readEnvironmentChain } from '../../release/operations/environments-source.js';
import { promoteRelease, type PromoteContext, type PromoteReport } from '../../release/operations/promote.js';
import { describeRefusals, environmentRule, promotionRule } from '../../release/promotion/index.js';
import type { RegisteredRelease } from '../../release/registry.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { readDeployment } from '../github/deployments.js';
import type { ReleaseRef } from '../report.js';
import { fetchReleaseFiles, releaseRef } from './release-files.js';

/** What promote needs (deploy may promote a `release-id` itself), and where the run started. */
export interface SourceContext extends PromoteContext {
  /** GITHUB_SHA. */
  commit?: string;
  eventPayload: Record<string, unknown>;
}

export interface SourceRequest {
  environment: string;
  deploymentId?: number;
  releaseId?: string;
  /** Where the verified files go (new or empty). */
  dir: string;
  workDir: string;
  artifactPath?: string;
}

export type DeploymentSource =
  | { ok: true; source: 'deployment-id' | 'release-id'; deploymentId: number; release: RegisteredRelease; ref: ReleaseRef; promotion?: PromoteReport }
  /** Nothing was deployed: promote's rules refused, or the bytes were not the release's. */
  | { ok: false; reason: string; promotion?: PromoteReport };

/**
 * Finds (or, for `release-id`, creates by promotion) the deployment and unpacks its release.
 * @throws ConfigurationError for a deployment that does not exist, belongs to another environment
 *   or was not made by Stopline, and for a release the ledger does not know
 */
export async function resolveDeployment(context: SourceContext, request: SourceRequest): Promise<DeploymentSource> {
  if (request.deploymentId !== undefined) return fromDeployment(context, request, request.deploymentId);
  if (request.releaseId !== undefined) return byPromotion(context, request, request.releaseId);
  throw new ConfigurationError("deploy needs a release: set 'deployment-id' (the output of promote) or 'release-id' (deploy then promotes it itself, by promote's rules)");
}

async function fromDeployment(context: SourceContext, request: SourceRequest, id: number): Promise<DeploymentSource> {
  const deployment = await readDeployment(context.client, context.at, id);
  if (deployment.environment !== request.environment) {
    throw new ConfigurationError(`input 'deployment-id': deployment ${id} is for environment "${deployment.environment}", not "${request.environment}"; pass the deployment promote created for ${request.environment}`);
  }
  const releaseId = deployment.payload.releaseId;
  if (typeof releaseId !== 'string') {
    throw new ConfigurationError(`input 'deployment-id': deployment ${id} was not created by Stopline's promote (its payload names no releaseId); promote the release first, or pass 'release-id'`);
  }
  if (request.releaseId !== undefined && !sameRelease(releaseId, request.releaseId)) {
    throw new ConfigurationError(`inputs 'deployment-id' and 'release-id' disagree: deployment ${id} deploys release ${releaseId}, not ${request.releaseId}; pass the two outputs of the same promote step, or only one of them`);
  }
  const { state } = await context.ledger.read();
  const record = state.releases[releaseId];
  if (record === undefined) {
    throw new ConfigurationError(`deployment ${id} names release ${releaseId}, which the ledger ${context.ledger.name} does not list; check 'ledger-ref' (it must be the one promote used)`);
  }
  const release: RegisteredRelease = { releaseId, record };
  try {
    const { manifest } = await fetchReleaseFiles(context, release, { dir: request.dir, workDir: request.workDir, ...(request.artifactPath ? { artifactPath: request.artifactPath } : {}) });
    return { ok: true, source: 'deployment-id', deploymentId: id, release, ref: releaseRef(release, manifest, request.dir) };
  } catch (error) {
    if (isIntegrityError(error)) return { ok: false, reason: error.message };
    throw error;
  }
}

/** A release-id input names the release: the whole id, or a prefix of it (with or without `sha256:`). */
function sameRelease(releaseId: string, input: string): boolean {
  const text = input.trim().toLowerCase();
  const hex = text.startsWith('sha256:') ? text.slice('sha256:'.length) : text;
  return hex.length > 0 && releaseId.toLowerCase().startsWith(`sha256:${hex}`);
}

async function byPromotion(context: SourceContext, request: SourceRequest, releaseId: string): Promise<DeploymentSource> {
  const branch = await defaultBranch(context.client, context.at, context.eventPayload);
  const chain = await readEnvironmentChain(context.client, context.at, branch);
  const fileRule = chain && chain.environments.length > 0 ? environmentRule(chain, request.environment) : undefined;
  const rule = promotionRule(request.environment, fileRule, {});
  const schedule = await readFreezeSchedule(context.client, context.at, { branch, file: FREEZES_FILE });
  context.logger.info(`promoting release ${releaseId} to ${request.environment} first, by promote's rules${chain ? ` (${chain.file})` : ''}: requires ${rule.require.join(', ') || 'no statuses'}`);
  const promotion = await promoteRelease(
    { client: context.client, at: context.at, ledger: context.ledger, logger: context.logger, now: context.now, actor: context.actor, ...(context.runUrl ? { runUrl: context.runUrl } : {}), ...(context.run ? { run: context.run } : {}) },
    {
      rule,
      name: context.at.repo,
      ...(context.commit ? { commit: context.commit } : {}),
      releaseId,
      path: request.dir,
      workDir: request.workDir,
      ...(request.artifactPath ? { artifactPath: request.artifactPath } : {}),
      ...(schedule ? { schedule } : {}),
    },
  );
  for (const note of promotion.notes) context.logger.info(note);
  if (promotion.outcome === 'refused') return { ok: false, reason: promotion.integrity ?? describeRefusals(request.environment, promotion.refusals), promotion };
  if (promotion.deploymentId === undefined) {
    return { ok: false, reason: `${request.environment} already runs ${releaseId}, but the ledger records no deployment for it; promote it again with promote, then deploy its deployment-id`, promotion };
  }
  const release = promotion.release!;
  return { ok: true, source: 'release-id', deploymentId: promotion.deploymentId, release, ref: releaseRef(release, promotion.manifest, request.dir), promotion };
}

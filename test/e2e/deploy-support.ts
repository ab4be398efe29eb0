/**
 * Shared set-up for deploy's end-to-end tests: releases whose files say which mode the sample
 * service should run in (`dist/mode`: good, bad or idle), an environment that already runs a
 * verified release (the rollback target), and the committed deploy bundle run as the runner runs
 * it (main, then `post:` with the saved state).
 */
import type { Ledger } from '../../src/github/ledger.js';
import { markVerified } from '../../src/release/promotion/index.js';
import { runAction, type ActionResult } from '../harness/run-action.js';
import { buildAction, expectClean, promoteAction, workspaceWith, type ReleaseSandbox, type Repo } from './release-support.js';

export const GATE = 'stopline/security-gate';

/** The deploy command of these tests: switches the sample service to the mode the release's files name. */
export const SWITCH_MODE = 'curl -fsS -X POST "$SERVICE_URL/mode/$(cat "$STOPLINE_RELEASE_PATH/dist/mode")"';

/** Builds a release whose `dist/mode` is `mode`, on a new commit whose security gate passed. */
export async function modeRelease(sb: ReleaseSandbox, at: Repo, mode: string): Promise<{ releaseId: string; sha: string }> {
  const sha = await sb.commit(at, `release ${mode}`);
  const built = await buildAction(sb, at, sha, { path: 'dist' }, { workspace: workspaceWith({ 'dist/mode': `${mode}\n`, 'dist/app.js': `console.log(${JSON.stringify(mode)});\n` }) });
  expectClean(built);
  await sb.setStatus(at, sha, GATE, 'success');
  return { releaseId: built.outputs['release-id']!, sha };
}

/** What a passed deploy leaves: `environment` runs `releaseId`, verified. Returns its deployment. */
export async function runsVerified(sb: ReleaseSandbox, at: Repo, environment: string, releaseId: string): Promise<number> {
  const promoted = await promoteAction(sb, at, at.headSha, { environment, 'release-id': releaseId, require: 'none' });
  expectClean(promoted);
  const { result } = await sb.ledger(at).update(`verify ${environment}`, (state) => markVerified(state, environment, releaseId, new Date()));
  expect(result.kind).toBe('verified');
  return Number(promoted.outputs['deployment-id']);
}

export interface DeployRun {
  inputs: Record<string, string>;
  runId?: number;
  env?: Record<string, string>;
  killAfterMs?: number;
  skipPost?: boolean;
  onStdout?: (chunk: string) => void;
}

export function deployAction(sb: ReleaseSandbox, at: Repo, run: DeployRun): Promise<ActionResult> {
  return runAction({
    action: 'actions/deploy/action.yml',
    repository: at.repository,
    apiUrl: sb.url,
    sha: at.headSha,
    inputs: run.inputs,
    runId: run.runId ?? 5000,
    ...(run.env ? { env: run.env } : {}),
    ...(run.killAfterMs !== undefined ? { killAfterMs: run.killAfterMs } : {}),
    ...(run.skipPost ? { skipPost: true } : {}),
    ...(run.onStdout ? { onStdout: run.onStdout } : {}),
  });
}

/** Deployment statuses, oldest first. */
export async function statesOf(sb: ReleaseSandbox, at: Repo, deploymentId: number): Promise<{ state: string; description: string }[]> {
  const { data } = await sb.octokit.rest.repos.listDeploymentStatuses({ owner: at.owner, repo: at.repo, deployment_id: deploymentId, per_page: 100 });
  return data.map((status) => ({ state: status.state, description: status.description ?? '' })).reverse();
}

export async function deploymentsOf(sb: ReleaseSandbox, at: Repo, environment: string) {
  const { data } = await sb.octokit.rest.repos.listDeployments({ owner: at.owner, repo: at.repo, environment, per_page: 100 });
  return data;
}

export async function ledgerState(ledger: Ledger) {
  return (await ledger.read()).state;
}

/** The JSON report a deploy wrote (the `report` output). */
export async function reportOf(result: ActionResult): Promise<import('../../src/deploy/report.js').DeployReport> {
  const { readFileSync } = await import('node:fs');
  return JSON.parse(readFileSync(result.outputs.report!, 'utf8'));
}

/** For failure messages: the step's log and the post step's. */
export function logOf(result: ActionResult): string {
  return `--- main (exit ${result.exitCode}${result.signal ? `, ${result.signal}` : ''})\n${result.stdout}\n${result.stderr}\n--- post\n${result.post?.stdout ?? '(none)'}\n${result.post?.stderr ?? ''}`;
}

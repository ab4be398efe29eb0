/**
 * Shared set-up for the build-once and promote end-to-end tests: a sandbox whose data directory
 * the test can reach (to tamper with a stored asset), repositories with commits, build outputs in
 * fresh workspaces, and the two committed bundles run as the runner runs them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { Ledger } from '../../src/github/ledger.js';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { runAction, type ActionResult } from '../harness/run-action.js';

export interface Repo {
  owner: string;
  repo: string;
  repository: string;
  headSha: string;
}

export interface ReleaseSandbox {
  sandbox: RunningSandbox;
  url: string;
  dataDir: string;
  /** How many answers so far were injected faults. */
  faulted(): number;
  octokit: Octokit;
  client: GitHubClient;
  createRepo(name: string): Promise<Repo>;
  /** A new commit on main (same tree, or with `files` added), returning its sha. */
  commit(at: Repo, message: string, files?: Record<string, string>): Promise<string>;
  /** The file the sandbox serves an asset's bytes from. */
  assetFile(at: Repo, assetId: number): string;
  ledger(at: Repo, now?: () => Date): Ledger;
  setStatus(at: Repo, sha: string, context: string, state: 'success' | 'failure' | 'pending'): Promise<void>;
  stop(): Promise<void>;
}

export async function startReleaseSandbox(): Promise<ReleaseSandbox> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stopline-release-sandbox-'));
  let faulted = 0;
  const sandbox = await startSandbox({ dataDir, port: 0, onExchange: (exchange) => void (faulted += exchange.faulted ? 1 : 0) });
  const octokit = new Octokit({ baseUrl: sandbox.url, auth: 'test-token', log: { debug() {}, info() {}, warn() {}, error() {} } });
  const client = createGitHubClient({ token: 'test-token', baseUrl: sandbox.url, retryAfterBaseMs: 1, throttle: false });
  return {
    sandbox,
    url: sandbox.url,
    dataDir,
    faulted: () => faulted,
    octokit,
    client,
    async createRepo(name) {
      const { data } = await octokit.rest.repos.createForAuthenticatedUser({ name, auto_init: true });
      const head = await octokit.rest.git.getRef({ owner: data.owner.login, repo: name, ref: `heads/${data.default_branch}` });
      return { owner: data.owner.login, repo: name, repository: data.full_name, headSha: head.data.object.sha };
    },
    async commit(at, message, files = {}) {
      const { data: ref } = await octokit.rest.git.getRef({ owner: at.owner, repo: at.repo, ref: 'heads/main' });
      const { data: parent } = await octokit.rest.git.getCommit({ owner: at.owner, repo: at.repo, commit_sha: ref.object.sha });
      let tree = parent.tree.sha;
      if (Object.keys(files).length > 0) {
        const entries = Object.entries(files).map(([path, content]) => ({ path, mode: '100644' as const, type: 'blob' as const, content }));
        tree = (await octokit.rest.git.createTree({ owner: at.owner, repo: at.repo, base_tree: parent.tree.sha, tree: entries })).data.sha;
      }
      const { data } = await octokit.rest.git.createCommit({ owner: at.owner, repo: at.repo, message, tree, parents: [parent.sha] });
      await octokit.rest.git.updateRef({ owner: at.owner, repo: at.repo, ref: 'heads/main', sha: data.sha });
      return data.sha;
    },
    assetFile(at, assetId) {
      return join(dataDir, 'repos', at.owner.toLowerCase(), at.repo.toLowerCase(), 'assets', String(assetId));
    },
    ledger(at, now) {
      return new Ledger(client, { owner: at.owner, repo: at.repo, ...(now ? { now } : {}), sleep: async () => {} });
    },
    async setStatus(at, sha, context, state) {
      await octokit.rest.repos.createCommitStatus({ owner: at.owner, repo: at.repo, sha, context, state, description: `${context} ${state}` });
    },
    async stop() {
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh workspace holding build outputs (path → content). */
export function workspaceWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'stopline-release-ws-'));
  for (const [name, content] of Object.entries(files)) {
    const file = join(root, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export const APP = { 'dist/app.js': 'console.log("shop");\n', 'dist/index.html': '<!doctype html><title>shop</title>\n', 'dist/assets/logo.svg': '<svg/>\n' };

export function buildAction(sb: ReleaseSandbox, at: Repo, sha: string, inputs: Record<string, string>, options: { workspace: string; runId?: number; node?: string }): Promise<ActionResult> {
  return runAction({
    ...(options.node ? { node: options.node } : {}),
    action: 'actions/build-once/action.yml',
    repository: at.repository,
    apiUrl: sb.url,
    sha,
    inputs,
    workspace: options.workspace,
    runId: options.runId ?? 1000,
    env: { GITHUB_WORKFLOW_REF: `${at.repository}/.github/workflows/release.yml@refs/heads/main`, RUNNER_ENVIRONMENT: 'github-hosted' },
  });
}

export function promoteAction(sb: ReleaseSandbox, at: Repo, sha: string, inputs: Record<string, string>, options: { workspace?: string; runId?: number; node?: string } = {}): Promise<ActionResult> {
  return runAction({
    ...(options.node ? { node: options.node } : {}),
    action: 'actions/promote/action.yml',
    repository: at.repository,
    apiUrl: sb.url,
    sha,
    inputs,
    ...(options.workspace ? { workspace: options.workspace } : {}),
    runId: options.runId ?? 2000,
  });
}

export function expectClean(result: ActionResult): void {
  if (result.exitCode !== 0) throw new Error(`step failed (${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
}

/** The step's error line (core.setFailed writes `::error::`). */
export function errorOf(result: ActionResult): string {
  return result.annotations.filter((a) => a.level === 'error').map((a) => a.message).join('\n');
}

/**
 * A sandbox per test file: started on an ephemeral port with its data in a fresh temporary
 * directory, plus helpers to create repositories in it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/rest';
import { startSandbox, type FaultOptions, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/index.js';

export interface TestSandbox {
  sandbox: RunningSandbox;
  url: string;
  octokit: Octokit;
  /** Creates `sandbox-user/<name>` with an initial commit on main; returns its head sha. */
  createRepo(name: string): Promise<{ owner: string; repo: string; repository: string; headSha: string }>;
  stop(): Promise<void>;
}

/** `onExchange` sees every request the sandbox answers, e.g. to count a client's requests. */
export async function startTestSandbox(faults?: FaultOptions, options: Pick<SandboxOptions, 'onExchange'> = {}): Promise<TestSandbox> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stopline-test-sandbox-'));
  const sandbox = await startSandbox({ dataDir, port: 0, faults, ...options });
  const octokit = new Octokit({ baseUrl: sandbox.url, auth: 'test-token', log: { debug() {}, info() {}, warn() {}, error() {} } });
  return {
    sandbox,
    url: sandbox.url,
    octokit,
    async createRepo(name) {
      const { data } = await octokit.rest.repos.createForAuthenticatedUser({ name, auto_init: true });
      const head = await octokit.rest.git.getRef({ owner: data.owner.login, repo: name, ref: `heads/${data.default_branch}` });
      return { owner: data.owner.login, repo: name, repository: data.full_name, headSha: head.data.object.sha };
    },
    async stop() {
      await sandbox.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

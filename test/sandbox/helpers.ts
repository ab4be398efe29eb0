import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Octokit } from '@octokit/rest';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/index.js';

/** A fresh data directory under the system temp folder. */
export const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'stopline-sandbox-'));

/** Starts a sandbox on an ephemeral loopback port with a fresh (or given) data directory. */
export async function start(options: Partial<SandboxOptions> = {}): Promise<RunningSandbox & { dataDir: string }> {
  const dataDir = options.dataDir ?? tempDir();
  const sandbox = await startSandbox({ ...options, dataDir, port: 0 });
  return Object.assign(sandbox, { dataDir });
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** An Octokit client against the sandbox; `auth: null` sends no Authorization header. */
export function client(sandbox: RunningSandbox, auth: string | null = 'x'): Octokit {
  return new Octokit({ baseUrl: sandbox.url, ...(auth === null ? {} : { auth }), log: quiet });
}

/** The status of a rejected Octokit call, with its response body, for error assertions. */
export async function failure(promise: Promise<unknown>): Promise<{ status: number; data: { message?: string; errors?: unknown[] }; headers: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { status: number; response?: { data: { message?: string }; headers: Record<string, string> } };
    return { status: e.status, data: e.response?.data ?? {}, headers: e.response?.headers ?? {} };
  }
  throw new Error('expected the request to fail');
}

/** Creates `owner/name` (auto-initialised) and returns the head commit of main. */
export async function initRepo(octokit: Octokit, name: string): Promise<{ owner: string; repo: string; head: string }> {
  const { data } = await octokit.rest.repos.createForAuthenticatedUser({ name, auto_init: true });
  const ref = await octokit.rest.git.getRef({ owner: data.owner.login, repo: name, ref: 'heads/main' });
  return { owner: data.owner.login, repo: name, head: ref.data.object.sha };
}

/** Writes one file on top of `parent` and returns the new commit (not moving any ref). */
export async function commitFile(
  octokit: Octokit, owner: string, repo: string, parent: string, filePath: string, content: string, date?: string,
): Promise<string> {
  const base = await octokit.rest.git.getCommit({ owner, repo, commit_sha: parent });
  const tree = await octokit.rest.git.createTree({ owner, repo, base_tree: base.data.tree.sha, tree: [{ path: filePath, mode: '100644', type: 'blob', content }] });
  const author = date ? { name: 'Tester', email: 'tester@example.com', date } : undefined;
  const commit = await octokit.rest.git.createCommit({ owner, repo, message: `write ${filePath}`, tree: tree.data.sha, parents: [parent], ...(author ? { author } : {}) });
  return commit.data.sha;
}

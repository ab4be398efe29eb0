/**
 * Where a CLI command talks to: GitHub (or GitHub Enterprise Server) when GITHUB_TOKEN is set,
 * otherwise an embedded sandbox persisted under `.stopline/`, with the repository created on
 * first use. Both are reached through the same GitHub adapters; only the base URL differs.
 */
import { Octokit } from '@octokit/rest';
import { ConfigurationError } from '../runtime/errors.js';
import { startSandbox } from '../sandbox/index.js';

export interface Target {
  apiUrl: string;
  token: string;
  repository: string;
  /** The default branch head, so a command has a commit to talk about when none is given. */
  defaultSha?: string;
  close(): Promise<void>;
}

export interface TargetOptions {
  env: NodeJS.ProcessEnv;
  repo?: string;
  /** Repository name used in the sandbox when none is given (the current folder's name). */
  defaultRepoName: string;
  dataDir: string;
  write: (text: string) => void;
}

const repoPattern = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

export async function openTarget(options: TargetOptions): Promise<Target> {
  const { env } = options;
  const token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (token) {
    const repository = options.repo ?? env.GITHUB_REPOSITORY;
    if (!repository || !repoPattern.test(repository)) {
      throw new ConfigurationError(`Invalid or missing repository '${repository ?? ''}': pass --repo owner/name (or set GITHUB_REPOSITORY).`);
    }
    return { apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''), token, repository, close: async () => {} };
  }

  const sandbox = await startSandbox({ dataDir: options.dataDir, port: 0 });
  try {
    const name = options.repo?.split('/')[1] ?? sanitizeRepoName(options.defaultRepoName);
    const repository = options.repo ?? `sandbox-user/${name}`;
    if (!repoPattern.test(repository)) throw new ConfigurationError(`Invalid repository '${repository}': expected owner/name.`);
    const [owner, repo] = repository.split('/');
    const octokit = new Octokit({ baseUrl: sandbox.url, auth: 'sandbox', log: { debug() {}, info() {}, warn() {}, error() {} } });
    let defaultBranch = 'main';
    try {
      defaultBranch = (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
      if (owner !== 'sandbox-user') await octokit.request('POST /orgs/{org}/repos', { org: owner, name: repo, auto_init: true });
      else await octokit.rest.repos.createForAuthenticatedUser({ name: repo, auto_init: true });
      options.write(`Created sandbox repository ${repository}\n`);
    }
    const head = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${defaultBranch}` });
    options.write(`Using the embedded sandbox in ${options.dataDir} (no GITHUB_TOKEN set)\n`);
    return { apiUrl: sandbox.url, token: 'sandbox', repository, defaultSha: head.data.object.sha, close: () => sandbox.close() };
  } catch (error) {
    await sandbox.close();
    throw error;
  }
}

/** A folder name as a valid repository name. */
function sanitizeRepoName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'project' : cleaned;
}

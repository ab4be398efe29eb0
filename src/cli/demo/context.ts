/** What every part of the demo story works with: the sandbox, the repository, and the pages it writes. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Octokit } from '@octokit/rest';
import { createGitHubClient, type GitHubClient } from '../../github/client.js';
import { userEmail } from '../../sandbox/shapes.js';
import { runAction, type ActionResult, type RunActionOptions } from '../local-runner.js';

export interface DemoPage {
  file: string;
  title: string;
  markdown: string;
}

/** What the demo's runs can be given; the reliability suites use all of it, the demo only `runnerRoot`. */
export interface DemoHooks {
  /** Where each step's runner directory is made (see RunActionOptions.runnerRoot); the caller removes it. */
  runnerRoot?: string;
  /** Added to every step's environment (e.g. STOPLINE_RETRY_UNIT_MS). */
  env?: Record<string, string>;
  /**
   * Asked after every step: true re-runs it once as the next run attempt, as "Re-run failed jobs"
   * does (the result of the re-run is the step's result).
   */
  rerun?: (action: string, result: ActionResult) => boolean | Promise<boolean>;
  /** Sees every step's final result, in order, and how many attempts it took. */
  onResult?: (action: string, result: ActionResult, attempts: number) => void;
  /** The client for the story's own reads through Stopline's code (the ledger history); default a plain one. */
  client?: GitHubClient;
}

export class DemoContext {
  readonly pages: DemoPage[] = [];
  /** A client of Stopline's kind (retries, throttling) on the same API, for the story's own reads. */
  readonly client: GitHubClient;

  constructor(
    readonly apiUrl: string,
    readonly octokit: Octokit,
    readonly repoRef: { owner: string; repo: string },
    /** The sample service's checkout: the workspace every action runs in. */
    readonly workspace: string,
    /** Where pages are written; undefined keeps them in `pages` only. */
    private readonly outDir: string | undefined,
    /** Prints one progress line. */
    readonly step: (text: string) => void,
    private readonly hooks: DemoHooks = {},
  ) {
    this.client = hooks.client ?? createGitHubClient({ token: 'demo', baseUrl: apiUrl });
  }

  get repository(): string {
    return `${this.repoRef.owner}/${this.repoRef.repo}`;
  }

  /** Runs an action's committed bundle as the runner does; a failing step stops the demo unless `mayFail`. */
  async run(action: string, options: Omit<RunActionOptions, 'action' | 'repository' | 'apiUrl'> & { mayFail?: boolean } = {}): Promise<ActionResult> {
    const { mayFail, ...rest } = options;
    const firstAttempt = rest.runAttempt ?? 1;
    const attempt = (runAttempt: number) =>
      runAction({
        action,
        repository: this.repository,
        apiUrl: this.apiUrl,
        token: 'demo',
        workspace: this.workspace,
        runnerRoot: this.hooks.runnerRoot,
        ...rest,
        env: { ...this.hooks.env, ...rest.env },
        runAttempt,
      });
    // A re-run starts on a fresh runner, from the checkout as it was before the failed attempt.
    const checkout = this.hooks.rerun ? mkdtempSync(join(tmpdir(), 'stopline-checkout-')) : undefined;
    if (checkout) cpSync(this.workspace, checkout, { recursive: true, verbatimSymlinks: true });
    let result = await attempt(firstAttempt);
    let attempts = 1;
    try {
      if (this.hooks.rerun && checkout && (await this.hooks.rerun(action, result))) {
        rmSync(this.workspace, { recursive: true, force: true });
        cpSync(checkout, this.workspace, { recursive: true, verbatimSymlinks: true });
        result = await attempt(firstAttempt + 1);
        attempts = 2;
      }
    } finally {
      if (checkout) rmSync(checkout, { recursive: true, force: true });
    }
    this.hooks.onResult?.(action, result, attempts);
    if (result.exitCode !== 0 && !mayFail) throw new Error(`${action} failed (exit ${result.exitCode}):\n${result.stdout}${result.stderr}`);
    return result;
  }

  /** Keeps a job summary as a page of the demo's output. */
  page(file: string, title: string, markdown: string): string {
    this.pages.push({ file, title, markdown });
    if (this.outDir === undefined) return file;
    const path = join(this.outDir, file);
    writeFileSync(path, markdown);
    return path;
  }

  /** The branch head. */
  async head(branch = 'main'): Promise<string> {
    return (await this.octokit.rest.git.getRef({ ...this.repoRef, ref: `heads/${branch}` })).data.object.sha;
  }

  /** Commits files (path → text) on top of `branch` and moves it; returns the new commit. */
  async commit(message: string, files: Record<string, string>, branch = 'main', author = 'sandbox-user'): Promise<string> {
    const parent = await this.head(branch);
    const { data: base } = await this.octokit.rest.git.getCommit({ ...this.repoRef, commit_sha: parent });
    const tree = Object.keys(files).length === 0
      ? base.tree
      : (await this.octokit.rest.git.createTree({ ...this.repoRef, base_tree: base.tree.sha, tree: Object.entries(files).map(([path, content]) => ({ path, mode: '100644' as const, type: 'blob' as const, content })) })).data;
    const { data } = await this.octokit.rest.git.createCommit({
      ...this.repoRef,
      message,
      tree: tree.sha,
      parents: [parent],
      author: { name: author, email: userEmail(author), date: new Date().toISOString() },
    });
    await this.octokit.rest.git.updateRef({ ...this.repoRef, ref: `heads/${branch}`, sha: data.sha });
    return data.sha;
  }
}

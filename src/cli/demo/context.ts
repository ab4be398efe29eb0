/** What every part of the demo story works with: the sandbox, the repository, and the pages it writes. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Octokit } from '@octokit/rest';
import { userEmail } from '../../sandbox/shapes.js';
import { runAction, type ActionResult, type RunActionOptions } from '../local-runner.js';

export interface DemoPage {
  file: string;
  title: string;
  markdown: string;
}

export class DemoContext {
  readonly pages: DemoPage[] = [];

  constructor(
    readonly apiUrl: string,
    readonly octokit: Octokit,
    readonly repoRef: { owner: string; repo: string },
    /** The sample service's checkout: the workspace every action runs in. */
    readonly workspace: string,
    private readonly outDir: string,
    /** Prints one progress line. */
    readonly step: (text: string) => void,
  ) {}

  get repository(): string {
    return `${this.repoRef.owner}/${this.repoRef.repo}`;
  }

  /** Runs an action's committed bundle as the runner does; a failing step stops the demo unless `mayFail`. */
  async run(action: string, options: Omit<RunActionOptions, 'action' | 'repository' | 'apiUrl'> & { mayFail?: boolean } = {}): Promise<ActionResult> {
    const { mayFail, ...rest } = options;
    const result = await runAction({ action, repository: this.repository, apiUrl: this.apiUrl, token: 'demo', workspace: this.workspace, ...rest });
    if (result.exitCode !== 0 && !mayFail) throw new Error(`${action} failed (exit ${result.exitCode}):\n${result.stdout}${result.stderr}`);
    return result;
  }

  /** Keeps a job summary as a page of the demo's output. */
  page(file: string, title: string, markdown: string): string {
    const path = join(this.outDir, file);
    writeFileSync(path, markdown);
    this.pages.push({ file, title, markdown });
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

import { ApiError, notFound } from '../api-error.js';
import { commitsOnlyIn, filesJson, flattenTree, mergeBase, readCommit, resolveCommitish, restCommitJson, walkHistory } from '../git-ops.js';
import { paginate } from '../pagination.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import { repoApiUrl, repoHtmlUrl, requireRepo } from '../shapes.js';

function dateQuery(ctx: RequestContext, name: string): number | undefined {
  const value = ctx.query.get(name);
  if (value === null) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new ApiError(400, `Invalid value for parameter '${name}': use ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)`);
  return time / 1000;
}

/** Lists commits from a ref, newest first; `path` keeps commits that changed that path (vs. the first parent). */
function listCommits(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const start = ctx.query.get('sha') ?? repo.record.default_branch;
  const head = resolveCommitish(ctx.store, repo, start);
  if (!head) {
    if (repo.refs.size === 0) throw new ApiError(409, 'Git Repository is empty.');
    throw notFound();
  }
  const since = dateQuery(ctx, 'since');
  const until = dateQuery(ctx, 'until');
  const path = ctx.query.get('path')?.replace(/^\/+|\/+$/g, '');
  const author = ctx.query.get('author')?.toLowerCase();
  const at = (treeSha: string | undefined) => {
    if (!treeSha || !path) return undefined;
    const files = flattenTree(ctx.store, repo, treeSha);
    // A directory "changes" when any file below it does: fingerprint all of them.
    return [...files].filter(([p]) => p === path || p.startsWith(`${path}/`)).map(([p, e]) => `${p}:${e.sha}`).join(',');
  };
  const shas = walkHistory(ctx.store, repo, [head]).filter((sha) => {
    const commit = readCommit(ctx.store, repo, sha)!;
    if (since !== undefined && commit.committer.time < since) return false;
    if (until !== undefined && commit.committer.time > until) return false;
    if (author && !commit.author.email.toLowerCase().includes(author) && commit.author.name.toLowerCase() !== author) return false;
    if (path) {
      const parent = commit.parents[0] ? readCommit(ctx.store, repo, commit.parents[0]) : undefined;
      return at(commit.tree) !== at(parent?.tree);
    }
    return true;
  });
  const { items, headers } = paginate(ctx, shas);
  return { status: 200, body: items.map((sha) => restCommitJson(ctx, repo, sha, readCommit(ctx.store, repo, sha)!)), headers };
}

function getCommit(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const sha = resolveCommitish(ctx.store, repo, ctx.params.ref!);
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ctx.params.ref}`);
  const commit = readCommit(ctx.store, repo, sha)!;
  const parentTree = commit.parents[0] ? readCommit(ctx.store, repo, commit.parents[0])?.tree : undefined;
  const files = filesJson(ctx, repo, parentTree, commit.tree, sha);
  const additions = files.reduce((n, f) => n + f.additions, 0);
  const deletions = files.reduce((n, f) => n + f.deletions, 0);
  return {
    status: 200,
    body: { ...restCommitJson(ctx, repo, sha, commit), stats: { total: additions + deletions, additions, deletions }, files },
  };
}

/** Commits in `head` but not in `base`, oldest first. */
export function commitsBetween(ctx: RequestContext, repoParam: ReturnType<typeof requireRepo>, base: string, head: string): string[] {
  return commitsOnlyIn(ctx.store, repoParam, head, base).reverse();
}

function compare(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const range = ctx.params.basehead!;
  const split = range.indexOf('...');
  if (split < 0) throw notFound();
  const baseName = range.slice(0, split);
  const headName = range.slice(split + 3);
  const base = resolveCommitish(ctx.store, repo, baseName);
  const head = resolveCommitish(ctx.store, repo, headName);
  if (!base || !head) throw notFound();
  const mb = mergeBase(ctx.store, repo, base, head);
  if (!mb) throw new ApiError(404, `No common ancestor between ${baseName} and ${headName}.`);
  const ahead = commitsBetween(ctx, repo, base, head);
  const behind = commitsBetween(ctx, repo, head, base);
  const status = base === head ? 'identical' : behind.length === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged';
  const { items, headers } = paginate(ctx, ahead, 250);
  const json = (sha: string) => restCommitJson(ctx, repo, sha, readCommit(ctx.store, repo, sha)!);
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return {
    status: 200,
    headers,
    body: {
      url: `${url}/compare/${range}`,
      html_url: `${html}/compare/${range}`,
      permalink_url: `${html}/compare/${repo.record.owner}:${base}...${repo.record.owner}:${head}`,
      diff_url: `${html}/compare/${range}.diff`,
      patch_url: `${html}/compare/${range}.patch`,
      base_commit: json(base),
      merge_base_commit: json(mb),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: items.map(json),
      files: filesJson(ctx, repo, readCommit(ctx.store, repo, mb)!.tree, readCommit(ctx.store, repo, head)!.tree, head),
    },
  };
}

export const commitRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/repos/{owner}/{repo}/commits', handler: listCommits },
  { method: 'GET', path: '/repos/{owner}/{repo}/compare/{basehead}', handler: compare },
  // {ref} is greedy (refs may hold slashes), so the longer status routes are matched first: see statuses.ts.
  { method: 'GET', path: '/repos/{owner}/{repo}/commits/{ref}', handler: getCommit },
];

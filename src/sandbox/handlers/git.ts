import { ApiError, notFound, unprocessable, validationFailed } from '../api-error.js';
import { encodeCommit, encodeTree, signatureTime, type TreeEntry } from '../git-objects.js';
import { entryType, flattenTree, gitCommitJson, isAncestor, readCommit, readTree, type FlatEntry } from '../git-ops.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import { bodyObject, callerLogin, isoNow, nodeId, optBool, optString, repoApiUrl, reqString, requireRepo, userEmail } from '../shapes.js';
import type { Repo } from '../store.js';

const SHA = /^[0-9a-f]{40}$/;
const MODES = new Set(['100644', '100755', '040000', '160000', '120000']);

function createBlob(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const content = reqString(body, 'content', 'Blob');
  const encoding = optString(body, 'encoding', 'Blob') ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'base64') {
    throw validationFailed({ resource: 'Blob', field: 'encoding', code: 'invalid', message: 'encoding must be utf-8 or base64' });
  }
  const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
  const sha = ctx.store.writeObject(repo, 'blob', bytes);
  return { status: 201, body: { sha, url: `${repoApiUrl(ctx.baseUrl, repo.record)}/git/blobs/${sha}` } };
}

function getBlob(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const sha = ctx.params.file_sha!;
  const object = ctx.store.readObject(repo, sha);
  if (object?.type !== 'blob') throw notFound();
  if ((ctx.headers.accept ?? '').includes('application/vnd.github.raw')) {
    return { status: 200, raw: { bytes: object.body, contentType: 'application/vnd.github.raw' } };
  }
  return {
    status: 200,
    body: {
      sha,
      node_id: nodeId('Blob', sha),
      size: object.body.length,
      url: `${repoApiUrl(ctx.baseUrl, repo.record)}/git/blobs/${sha}`,
      // GitHub wraps base64 at 60 characters per line.
      content: (object.body.toString('base64').match(/.{1,60}/g) ?? ['']).join('\n') + '\n',
      encoding: 'base64',
    },
  };
}

/** Builds tree objects bottom-up from a flat path map and returns the root tree id. */
function writeFlatTree(ctx: RequestContext, repo: Repo, files: Map<string, FlatEntry | { mode: '040000'; sha: string }>) {
  const build = (prefix: string): string => {
    const entries: TreeEntry[] = [];
    const subdirs = new Set<string>();
    for (const [path, entry] of files) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash >= 0) subdirs.add(rest.slice(0, slash));
      else entries.push({ mode: entry.mode, name: rest, sha: entry.sha });
    }
    for (const dir of subdirs) entries.push({ mode: '040000', name: dir, sha: build(`${prefix}${dir}/`) });
    return ctx.store.writeObject(repo, 'tree', encodeTree(entries));
  };
  return build('');
}

const invalidTree = (message: string) => new ApiError(422, message);

function createTree(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  if (!Array.isArray(body.tree)) throw validationFailed({ resource: 'Tree', field: 'tree', code: 'missing_field' });
  const baseTree = optString(body, 'base_tree', 'Tree');
  let files = new Map<string, FlatEntry>();
  if (baseTree !== undefined) {
    if (!readTree(ctx.store, repo, baseTree)) throw invalidTree('Invalid tree info: base_tree does not exist');
    files = flattenTree(ctx.store, repo, baseTree);
  }
  for (const [index, raw] of (body.tree as unknown[]).entries()) {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const path = entry.path;
    const mode = entry.mode;
    if (typeof path !== 'string' || !path || path.startsWith('/') || path.endsWith('/') || path.split('/').includes('')) {
      throw invalidTree(`tree.${index}.path is invalid: give a relative path like "dir/file.txt"`);
    }
    if (typeof mode !== 'string' || !MODES.has(mode)) {
      throw invalidTree(`tree.${index}.mode must be one of ${[...MODES].join(', ')}`);
    }
    const type = entry.type ?? entryType(mode);
    if (type !== entryType(mode)) throw invalidTree(`tree.${index}.type "${String(type)}" does not match mode ${mode}`);
    // Replacing or deleting a path also drops whatever a directory of that name held.
    for (const key of [...files.keys()]) if (key === path || key.startsWith(`${path}/`)) files.delete(key);
    if ('content' in entry && entry.content !== undefined) {
      if (entry.sha !== undefined) throw invalidTree(`tree.${index}: give either sha or content, not both`);
      if (typeof entry.content !== 'string' || type !== 'blob') throw invalidTree(`tree.${index}.content must be a string for a blob`);
      files.set(path, { mode, type: 'blob', sha: ctx.store.writeObject(repo, 'blob', Buffer.from(entry.content)) });
      continue;
    }
    if (entry.sha === null) continue; // deletion
    if (typeof entry.sha !== 'string' || !SHA.test(entry.sha)) throw invalidTree(`tree.${index}.sha must be a 40-character object id`);
    if (type === 'commit') {
      files.set(path, { mode, type: 'commit', sha: entry.sha }); // submodule: the commit lives elsewhere
      continue;
    }
    const object = ctx.store.readObject(repo, entry.sha);
    if (object?.type !== type) throw invalidTree(`Invalid tree info: tree.${index}.sha ${entry.sha} is not a ${String(type)} here`);
    if (type === 'tree') {
      for (const [sub, value] of flattenTree(ctx.store, repo, entry.sha)) files.set(`${path}/${sub}`, value);
    } else {
      files.set(path, { mode, type: 'blob', sha: entry.sha });
    }
  }
  const sha = writeFlatTree(ctx, repo, files);
  return { status: 201, body: treeJson(ctx, repo, sha, false) };
}

function treeJson(ctx: RequestContext, repo: Repo, sha: string, recursive: boolean) {
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const out: Record<string, unknown>[] = [];
  const visit = (treeSha: string, prefix: string) => {
    for (const entry of readTree(ctx.store, repo, treeSha) ?? []) {
      const type = entryType(entry.mode);
      const item: Record<string, unknown> = { path: prefix + entry.name, mode: entry.mode, type, sha: entry.sha };
      if (type === 'blob') {
        item.size = ctx.store.readObject(repo, entry.sha)?.body.length ?? 0;
        item.url = `${url}/git/blobs/${entry.sha}`;
      } else if (type === 'tree') item.url = `${url}/git/trees/${entry.sha}`;
      out.push(item);
      if (recursive && type === 'tree') visit(entry.sha, `${prefix}${entry.name}/`);
    }
  };
  visit(sha, '');
  return { sha, url: `${url}/git/trees/${sha}`, tree: out, truncated: false };
}

function getTree(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  let sha = ctx.params.tree_sha!;
  // GitHub accepts a commit id or a branch name here and shows that commit's tree.
  const commitSha = readCommit(ctx.store, repo, sha) ? sha : (repo.refs.get(`refs/heads/${sha}`) ?? repo.refs.get(`refs/tags/${sha}`));
  const commit = commitSha ? readCommit(ctx.store, repo, commitSha) : undefined;
  if (commit) sha = commit.tree;
  if (!readTree(ctx.store, repo, sha)) throw notFound();
  const recursive = ctx.query.has('recursive') && !['0', 'false'].includes(ctx.query.get('recursive') ?? '');
  return { status: 200, body: treeJson(ctx, repo, sha, recursive) };
}

/** Reads an author/committer object; the date defaults to the request's time. */
function signature(ctx: RequestContext, value: unknown, field: string, fallback?: { name: string; email: string; date: string }) {
  if (value === undefined || value === null) {
    if (fallback) return fallback;
    const login = callerLogin(ctx);
    return { name: login, email: userEmail(login), date: isoNow(ctx) };
  }
  const v = value as Record<string, unknown>;
  if (typeof v.name !== 'string' || typeof v.email !== 'string') {
    throw validationFailed({ resource: 'Commit', field, code: 'invalid', message: `${field} needs name and email` });
  }
  const date = v.date === undefined ? isoNow(ctx) : v.date;
  if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) {
    throw validationFailed({ resource: 'Commit', field: `${field}.date`, code: 'invalid', message: `${field}.date must be ISO 8601` });
  }
  return { name: v.name, email: v.email, date };
}

function createCommit(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const message = reqString(body, 'message', 'Commit');
  const tree = reqString(body, 'tree', 'Commit');
  if (!readTree(ctx.store, repo, tree)) throw unprocessable('Tree SHA does not exist');
  const parents = body.parents ?? [];
  if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string')) {
    throw validationFailed({ resource: 'Commit', field: 'parents', code: 'invalid' });
  }
  for (const parent of parents as string[]) {
    if (!readCommit(ctx.store, repo, parent)) throw unprocessable('Parent SHA does not exist or is not a commit object');
  }
  const author = signature(ctx, body.author, 'author');
  // GitHub copies the author into the committer when only the author is given.
  const committer = signature(ctx, body.committer, 'committer', body.author ? author : undefined);
  const data = {
    tree,
    parents: parents as string[],
    author: { name: author.name, email: author.email, ...signatureTime(author.date) },
    committer: { name: committer.name, email: committer.email, ...signatureTime(committer.date) },
    message,
  };
  const sha = ctx.store.writeObject(repo, 'commit', encodeCommit(data));
  return { status: 201, body: gitCommitJson(ctx, repo, sha, data) };
}

function getCommit(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const sha = ctx.params.commit_sha!;
  const commit = readCommit(ctx.store, repo, sha);
  if (!commit) throw notFound();
  return { status: 200, body: gitCommitJson(ctx, repo, sha, commit) };
}

function refJson(ctx: RequestContext, repo: Repo, name: string, sha: string) {
  const url = repoApiUrl(ctx.baseUrl, repo.record);
  const type = ctx.store.readObject(repo, sha)?.type ?? 'commit';
  return {
    ref: name,
    node_id: nodeId('Ref', `${repo.record.id}:${name}`),
    url: `${url}/git/${name}`,
    object: { type, sha, url: `${url}/git/${type}s/${sha}` },
  };
}

/** `{ref}` in the path is written without `refs/` (heads/main); accept it with the prefix too. */
const fullRef = (ref: string): string => (ref.startsWith('refs/') ? ref : `refs/${ref}`);

function getRef(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const name = fullRef(ctx.params.ref!);
  const sha = repo.refs.get(name);
  if (!sha) throw notFound();
  return { status: 200, body: refJson(ctx, repo, name, sha) };
}

function matchingRefs(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const prefix = fullRef(ctx.params.ref!);
  const names = [...repo.refs.keys()].filter((name) => name.startsWith(prefix)).sort();
  return { status: 200, body: names.map((name) => refJson(ctx, repo, name, repo.refs.get(name)!)) };
}

function requireObject(ctx: RequestContext, repo: Repo, sha: string): void {
  if (!SHA.test(sha) || !ctx.store.readObject(repo, sha)) throw unprocessable('Object does not exist');
}

function createRef(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const body = bodyObject(ctx);
  const ref = reqString(body, 'ref', 'Reference');
  const sha = reqString(body, 'sha', 'Reference');
  // GitHub's rule: a full ref name with at least two slashes (refs/heads/x, refs/stopline/ledger).
  if (!ref.startsWith('refs/') || ref.split('/').length < 3 || ref.split('/').includes('') || /\.\.|[\s~^:?*[\\]|\.lock$/.test(ref)) {
    throw unprocessable(`Reference name "${ref}" is invalid: it must start with 'refs' and have at least two slashes`);
  }
  requireObject(ctx, repo, sha);
  if (repo.refs.has(ref)) throw unprocessable('Reference already exists');
  repo.refs.set(ref, sha);
  ctx.store.saveRefs(repo);
  return { status: 201, body: refJson(ctx, repo, ref, sha), headers: { location: `${repoApiUrl(ctx.baseUrl, repo.record)}/git/${ref}` } };
}

/**
 * Moves a ref. Without `force`, the new commit must descend from the current one: that is the
 * compare-and-swap the ledger relies on, since a writer that read an older head builds on it and
 * its update is then not a fast forward.
 */
function updateRef(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const name = fullRef(ctx.params.ref!);
  const body = bodyObject(ctx);
  const sha = reqString(body, 'sha', 'Reference');
  const force = optBool(body, 'force', 'Reference') ?? false;
  const current = repo.refs.get(name);
  if (!current) throw unprocessable('Reference does not exist');
  requireObject(ctx, repo, sha);
  if (!force && current !== sha && !isAncestor(ctx.store, repo, current, sha)) {
    throw unprocessable('Update is not a fast forward');
  }
  repo.refs.set(name, sha);
  ctx.store.saveRefs(repo);
  if (name.startsWith('refs/heads/')) {
    repo.record.pushed_at = isoNow(ctx);
    ctx.store.saveRecord(repo);
  }
  return { status: 200, body: refJson(ctx, repo, name, sha) };
}

function deleteRef(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const name = fullRef(ctx.params.ref!);
  if (!repo.refs.delete(name)) throw unprocessable('Reference does not exist');
  ctx.store.saveRefs(repo);
  return { status: 204 };
}

export const gitRoutes: RouteDefinition[] = [
  { method: 'POST', path: '/repos/{owner}/{repo}/git/blobs', handler: createBlob },
  { method: 'GET', path: '/repos/{owner}/{repo}/git/blobs/{file_sha}', handler: getBlob },
  { method: 'POST', path: '/repos/{owner}/{repo}/git/trees', handler: createTree },
  { method: 'GET', path: '/repos/{owner}/{repo}/git/trees/{tree_sha}', handler: getTree },
  { method: 'POST', path: '/repos/{owner}/{repo}/git/commits', handler: createCommit },
  { method: 'GET', path: '/repos/{owner}/{repo}/git/commits/{commit_sha}', handler: getCommit },
  { method: 'GET', path: '/repos/{owner}/{repo}/git/ref/{ref}', handler: getRef },
  { method: 'GET', path: '/repos/{owner}/{repo}/git/matching-refs/{ref}', handler: matchingRefs },
  { method: 'POST', path: '/repos/{owner}/{repo}/git/refs', handler: createRef },
  { method: 'PATCH', path: '/repos/{owner}/{repo}/git/refs/{ref}', handler: updateRef },
  { method: 'DELETE', path: '/repos/{owner}/{repo}/git/refs/{ref}', handler: deleteRef },
];

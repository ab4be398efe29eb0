import { ApiError, validationFailed } from '../api-error.js';
import { encodeCommit, encodeTree, signatureTime } from '../git-objects.js';
import type { RepoRecord } from '../model.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import {
  bodyObject, callerLogin, isoNow, nodeId, optBool, optString, repoJson, reqString, requireRepo, simpleUser, userId,
} from '../shapes.js';
import type { Repo } from '../store.js';

/** GitHub's rule for repository names: letters, digits, '.', '-', '_'. */
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;

/** Makes the initial commit `auto_init` asks for: a README.md on `main`. */
function autoInit(ctx: RequestContext, repo: Repo, login: string): void {
  const r = repo.record;
  const readme = `# ${r.name}\n${r.description ? `\n${r.description}\n` : ''}`;
  const blob = ctx.store.writeObject(repo, 'blob', Buffer.from(readme));
  const tree = ctx.store.writeObject(repo, 'tree', encodeTree([{ mode: '100644', name: 'README.md', sha: blob }]));
  const when = signatureTime(isoNow(ctx));
  const signature = { name: login, email: `${userId(login)}+${login}@users.noreply.github.com`, ...when };
  const commit = ctx.store.writeObject(
    repo,
    'commit',
    encodeCommit({ tree, parents: [], author: signature, committer: signature, message: 'Initial commit' }),
  );
  repo.refs.set(`refs/heads/${r.default_branch}`, commit);
  ctx.store.saveRefs(repo);
}

function createRepo(ctx: RequestContext, owner: string, ownerType: 'User' | 'Organization') {
  const body = bodyObject(ctx);
  const name = reqString(body, 'name', 'Repository');
  if (!REPO_NAME.test(name)) throw validationFailed({ resource: 'Repository', field: 'name', code: 'invalid' });
  if (ctx.store.getRepo(owner, name)) {
    throw validationFailed({
      resource: 'Repository', field: 'name', code: 'custom', message: 'name already exists on this account',
    });
  }
  const visibility = optString(body, 'visibility', 'Repository');
  const now = isoNow(ctx);
  const record: RepoRecord = {
    id: ctx.store.nextId(),
    owner,
    ownerType,
    name,
    description: optString(body, 'description', 'Repository') ?? null,
    homepage: optString(body, 'homepage', 'Repository') ?? null,
    private: optBool(body, 'private', 'Repository') ?? (visibility !== undefined && visibility !== 'public'),
    default_branch: 'main',
    created_at: now,
    updated_at: now,
    pushed_at: now,
    collaborators: { [owner.toLowerCase()]: 'admin' },
    statuses: [],
    deployments: [],
    deploymentStatuses: [],
    releases: [],
    assets: [],
    labels: [],
    issues: [],
    issueEvents: [],
    runs: [],
    jobs: [],
    workflows: {},
  };
  const repo = ctx.store.createRepo(record);
  if (optBool(body, 'auto_init', 'Repository')) autoInit(ctx, repo, callerLogin(ctx));
  return { status: 201, body: repoJson(ctx, repo) };
}

/** The authenticated user, GitHub's private-user shape. */
function getUser(ctx: RequestContext) {
  if (!ctx.caller) throw new ApiError(401, 'Requires authentication');
  const user = simpleUser(ctx.baseUrl, ctx.caller.login);
  const repos = ctx.store.allRepos().filter((r) => r.record.owner.toLowerCase() === ctx.caller!.login.toLowerCase());
  return {
    status: 200,
    body: {
      ...user,
      node_id: nodeId('User', user.id),
      name: ctx.caller.login,
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: repos.filter((r) => !r.record.private).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2020-01-01T00:00:00Z',
      private_gists: 0,
      total_private_repos: repos.filter((r) => r.record.private).length,
      owned_private_repos: repos.filter((r) => r.record.private).length,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: false,
    },
  };
}

/** `repository` permission levels in GitHub's two vocabularies: role name → legacy permission. */
const LEGACY_PERMISSION: Record<string, string> = {
  admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read', none: 'none',
};

/**
 * A user's permission on a repository: the owner is admin, users seeded with
 * `PUT /_stopline/repos/{owner}/{repo}/collaborators/{username}` have what was seeded, anyone else
 * can read a public repository (and has no access to a private one).
 */
function collaboratorPermission(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const username = ctx.params.username!;
  const role = repo.record.collaborators[username.toLowerCase()] ?? (repo.record.private ? 'none' : 'read');
  return {
    status: 200,
    body: {
      permission: LEGACY_PERMISSION[role] ?? 'read',
      role_name: role,
      user: { ...simpleUser(ctx.baseUrl, username), role_name: role },
    },
  };
}

/** Sandbox-only: sets a collaborator's role (admin, maintain, write, triage, read, none). */
function seedCollaborator(ctx: RequestContext) {
  const repo = requireRepo(ctx);
  const role = reqString(bodyObject(ctx), 'permission', 'Collaborator');
  if (!(role in LEGACY_PERMISSION)) {
    throw validationFailed({
      resource: 'Collaborator', field: 'permission', code: 'invalid',
      message: `permission must be one of ${Object.keys(LEGACY_PERMISSION).join(', ')}`,
    });
  }
  repo.record.collaborators[ctx.params.username!.toLowerCase()] = role;
  ctx.store.saveRecord(repo);
  return collaboratorPermission(ctx);
}

export const repoRoutes: RouteDefinition[] = [
  { method: 'GET', path: '/user', handler: getUser },
  { method: 'POST', path: '/user/repos', handler: (ctx) => createRepo(ctx, callerLogin(ctx), 'User') },
  { method: 'POST', path: '/orgs/{org}/repos', handler: (ctx) => createRepo(ctx, ctx.params.org!, 'Organization') },
  { method: 'GET', path: '/repos/{owner}/{repo}', handler: (ctx) => ({ status: 200, body: repoJson(ctx, requireRepo(ctx)) }) },
  { method: 'GET', path: '/repos/{owner}/{repo}/collaborators/{username}/permission', handler: collaboratorPermission },
  {
    method: 'PUT', path: '/_stopline/repos/{owner}/{repo}/collaborators/{username}', sandboxOnly: true, handler: seedCollaborator,
  },
];

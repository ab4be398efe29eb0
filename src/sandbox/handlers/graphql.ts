/**
 * `POST /graphql`: the part of GitHub's GraphQL API that Stopline reads, answered from the same
 * records as the REST routes. Served: `repository(owner, name)` with `deployments(environments,
 * orderBy, first/last, after/before)` (statuses, commit, payload, state) and `pullRequests(states,
 * orderBy, baseRefName, headRefName, labels, ...)` (merge commit, labels, commits), `Commit`,
 * `PageInfo` with opaque cursors, and `rateLimit`. Names, types and nullability follow GitHub's
 * published schema (`@octokit/graphql-schema`; test/dora/github/graphql-schema.test.ts checks the
 * answers against it). Errors come back as GitHub sends them: HTTP 200 with `errors` (and no
 * `data` when the document does not validate).
 */
import { ApiError } from '../api-error.js';
import { isoFromSignature } from '../git-objects.js';
import { commitsOnlyIn, readCommit } from '../git-ops.js';
import { executeRequest, FieldError, type FieldSpec, type SchemaSpec } from '../graphql-execute.js';
import type { DeploymentRecord, DeploymentStatusRecord, IssueRecord } from '../model.js';
import type { RequestContext, RouteDefinition } from '../router.js';
import { nodeId, repoHtmlUrl } from '../shapes.js';
import type { Repo } from '../store.js';

/** What resolvers share during one request; the status index is built once per request. */
interface Context {
  ctx: RequestContext;
  statuses: WeakMap<Repo, Map<number, DeploymentStatusRecord[]>>;
}

/** GitHub's most records per page on a connection. */
const PAGE_LIMIT = 100;

const PAGE_ARGS = { first: 'Int', after: 'String', last: 'Int', before: 'String' } as const;

const cursorFor = (key: string | number): string => Buffer.from(`cursor:v2:${key}`).toString('base64');

function keyOf(cursor: string): string {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith('cursor:v2:') || Buffer.from(text).toString('base64').replace(/=+$/, '') !== cursor.replace(/=+$/, '')) {
    throw new FieldError(`\`${cursor}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS');
  }
  return text.slice('cursor:v2:'.length);
}

interface Page<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** One page of a connection, by GitHub's rules: `first` or `last` is required and at most 100. */
function page<T>(connection: string, items: T[], args: Record<string, unknown>, key: (item: T) => string | number): Page<T> {
  const first = args.first as number | undefined;
  const last = args.last as number | undefined;
  if (first === undefined && last === undefined) {
    throw new FieldError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${connection}\` connection.`, 'MISSING_PAGINATION_BOUNDARIES');
  }
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value === undefined) continue;
    if (value > PAGE_LIMIT) {
      throw new FieldError(`Requesting ${value} records on the \`${connection}\` connection exceeds the \`${name}\` limit of ${PAGE_LIMIT} records.`, 'EXCESSIVE_PAGINATION');
    }
    if (value < 0) throw new FieldError(`\`${name}\` on the ${connection} connection cannot be less than zero.`, 'INVALID_PAGINATION');
  }
  let start = 0;
  let end = items.length;
  const position = (cursor: string): number => {
    const wanted = keyOf(cursor);
    const index = items.findIndex((item) => String(key(item)) === wanted);
    if (index < 0) throw new FieldError(`\`${cursor}\` does not appear to be a valid cursor.`, 'INVALID_CURSOR_ARGUMENTS');
    return index;
  };
  if (typeof args.after === 'string') start = position(args.after) + 1;
  if (typeof args.before === 'string') end = Math.min(end, position(args.before));
  let slice = items.slice(start, Math.max(start, end));
  const afterSlice = slice.length;
  if (first !== undefined) slice = slice.slice(0, first);
  const hasNextPage = first !== undefined ? slice.length < afterSlice : end < items.length;
  let hasPreviousPage = start > 0;
  if (last !== undefined) {
    hasPreviousPage = slice.length > last;
    slice = slice.slice(Math.max(0, slice.length - last));
  }
  const edges = slice.map((node) => ({ cursor: cursorFor(key(node)), node }));
  return {
    totalCount: items.length,
    nodes: slice,
    edges,
    pageInfo: { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
  };
}

/** Sorts by an ISO time and then by id, in the direction asked (`ASC` or `DESC`). */
function ordered<T extends { id: number }>(items: T[], time: (item: T) => string, direction: unknown): T[] {
  const sorted = [...items].sort((a, b) => time(a).localeCompare(time(b)) || a.id - b.id);
  return direction === 'DESC' ? sorted.reverse() : sorted;
}

function statusesOf(context: Context, repo: Repo, deploymentId: number): DeploymentStatusRecord[] {
  let index = context.statuses.get(repo);
  if (!index) {
    // One pass over all statuses per request rather than one per deployment: 10,000 deployments
    // with 3 statuses each would otherwise cost 30,000 × 100 comparisons per page.
    index = new Map();
    for (const status of repo.record.deploymentStatuses) {
      const list = index.get(status.deployment_id);
      if (list) list.push(status);
      else index.set(status.deployment_id, [status]);
    }
    for (const list of index.values()) list.sort((a, b) => a.id - b.id);
    context.statuses.set(repo, index);
  }
  return index.get(deploymentId) ?? [];
}

/** A commit as the resolvers pass it around. */
interface CommitNode {
  repo: Repo;
  sha: string;
}

function commitNode(context: Context, repo: Repo, sha: string | null | undefined): CommitNode | null {
  if (!sha || !readCommit(context.ctx.store, repo, sha)) return null;
  return { repo, sha };
}

const DEPLOYMENT_STATE: Record<DeploymentStatusRecord['state'], string> = {
  success: 'ACTIVE', inactive: 'INACTIVE', failure: 'FAILURE', error: 'ERROR', pending: 'PENDING', queued: 'QUEUED', in_progress: 'IN_PROGRESS',
};

type DeploymentNode = { repo: Repo; record: DeploymentRecord };
type StatusNode = { repo: Repo; record: DeploymentStatusRecord };
type PullNode = { repo: Repo; record: IssueRecord };

const connectionOf = (node: string): Record<string, FieldSpec<Context>> => ({
  totalCount: { type: 'Int!' },
  nodes: { type: `[${node}]` },
  edges: { type: `[${node}Edge]` },
  pageInfo: { type: 'PageInfo!' },
});
const edgeOf = (node: string): Record<string, FieldSpec<Context>> => ({ cursor: { type: 'String!' }, node: { type: node } });

function pullState(record: IssueRecord): 'OPEN' | 'CLOSED' | 'MERGED' {
  if (record.pull?.merged_at) return 'MERGED';
  return record.state === 'open' ? 'OPEN' : 'CLOSED';
}

/** The commits of a pull request, oldest first: its head branch's commits that are not on its base (before the merge, once merged). */
function pullCommits(context: Context, repo: Repo, record: IssueRecord): string[] {
  const pull = record.pull!;
  const store = context.ctx.store;
  const head = repo.refs.get(`refs/heads/${pull.head}`);
  if (!head) return [];
  const merge = pull.merge_commit_sha ? readCommit(store, repo, pull.merge_commit_sha) : undefined;
  const base = merge?.parents[0] ?? repo.refs.get(`refs/heads/${pull.base}`);
  if (!base) return [];
  // GitHub lists at most 250 commits of a pull request.
  return commitsOnlyIn(store, repo, head, base).reverse().slice(0, 250);
}

const schema: SchemaSpec<Context> = {
  query: 'Query',
  enums: {
    OrderDirection: ['ASC', 'DESC'],
    DeploymentOrderField: ['CREATED_AT'],
    IssueOrderField: ['CREATED_AT', 'UPDATED_AT', 'COMMENTS'],
    LabelOrderField: ['NAME', 'CREATED_AT'],
    PullRequestState: ['OPEN', 'CLOSED', 'MERGED'],
  },
  inputs: {
    DeploymentOrder: { field: 'DeploymentOrderField!', direction: 'OrderDirection!' },
    IssueOrder: { field: 'IssueOrderField!', direction: 'OrderDirection!' },
    LabelOrder: { field: 'LabelOrderField!', direction: 'OrderDirection!' },
  },
  objects: {
    Query: {
      repository: {
        type: 'Repository',
        args: { owner: 'String!', name: 'String!', followRenames: 'Boolean' },
        resolve: (_root, args: { owner: string; name: string }, context) => {
          const repo = context.ctx.store.getRepo(args.owner, args.name);
          if (!repo) throw new FieldError(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`, 'NOT_FOUND');
          return repo;
        },
      },
      rateLimit: {
        type: 'RateLimit',
        args: { dryRun: 'Boolean' },
        resolve: () => ({ cost: 1, limit: 5000, nodeCount: 0, remaining: 4999, used: 1, resetAt: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z') }),
      },
    },
    RateLimit: { cost: { type: 'Int!' }, limit: { type: 'Int!' }, nodeCount: { type: 'Int!' }, remaining: { type: 'Int!' }, resetAt: { type: 'DateTime!' }, used: { type: 'Int!' } },
    Repository: {
      id: { type: 'ID!', resolve: (repo: Repo) => nodeId('Repository', repo.record.id) },
      databaseId: { type: 'Int', resolve: (repo: Repo) => repo.record.id },
      name: { type: 'String!', resolve: (repo: Repo) => repo.record.name },
      nameWithOwner: { type: 'String!', resolve: (repo: Repo) => `${repo.record.owner}/${repo.record.name}` },
      url: { type: 'URI!', resolve: (repo: Repo, _args, context) => repoHtmlUrl(context.ctx.baseUrl, repo.record) },
      deployments: {
        type: 'DeploymentConnection!',
        args: { ...PAGE_ARGS, environments: '[String!]', orderBy: 'DeploymentOrder' },
        resolve: (repo: Repo, args: { environments?: string[]; orderBy?: { direction: string } }) => {
          const environments = args.environments;
          const list = repo.record.deployments.filter((d) => !environments || environments.includes(d.environment));
          // GitHub's default order is {field: CREATED_AT, direction: ASC}.
          const sorted = ordered(list, (d) => d.created_at, args.orderBy?.direction ?? 'ASC');
          return page('deployments', sorted.map((record): DeploymentNode => ({ repo, record })), args, (node) => node.record.id);
        },
      },
      pullRequests: {
        type: 'PullRequestConnection!',
        args: { ...PAGE_ARGS, states: '[PullRequestState!]', orderBy: 'IssueOrder', baseRefName: 'String', headRefName: 'String', labels: '[String!]' },
        resolve: (repo: Repo, args: { states?: string[]; orderBy?: { field: string; direction: string }; baseRefName?: string; headRefName?: string; labels?: string[] }) => {
          const labels = args.labels?.map((l) => l.toLowerCase());
          const list = repo.record.issues.filter(
            (i) =>
              i.pull !== undefined &&
              (!args.states || args.states.includes(pullState(i))) &&
              (args.baseRefName === undefined || i.pull.base === args.baseRefName) &&
              (args.headRefName === undefined || i.pull.head === args.headRefName) &&
              (!labels || i.labels.some((name) => labels.includes(name.toLowerCase()))),
          );
          const field = args.orderBy?.field;
          if (field === 'COMMENTS') throw new FieldError('The sandbox does not order pull requests by COMMENTS');
          const sorted = ordered(list, (i) => (field === 'UPDATED_AT' ? i.updated_at : i.created_at), args.orderBy?.direction ?? 'ASC');
          return page('pullRequests', sorted.map((record): PullNode => ({ repo, record })), args, (node) => node.record.id);
        },
      },
    },
    DeploymentConnection: connectionOf('Deployment'),
    DeploymentEdge: edgeOf('Deployment'),
    Deployment: {
      id: { type: 'ID!', resolve: (d: DeploymentNode) => nodeId('Deployment', d.record.id) },
      databaseId: { type: 'Int', resolve: (d: DeploymentNode) => d.record.id },
      createdAt: { type: 'DateTime!', resolve: (d: DeploymentNode) => d.record.created_at },
      updatedAt: { type: 'DateTime!', resolve: (d: DeploymentNode) => d.record.updated_at },
      environment: { type: 'String', resolve: (d: DeploymentNode) => d.record.environment },
      latestEnvironment: { type: 'String', resolve: (d: DeploymentNode) => d.record.environment },
      originalEnvironment: { type: 'String', resolve: (d: DeploymentNode) => d.record.original_environment },
      commitOid: { type: 'String!', resolve: (d: DeploymentNode) => d.record.sha },
      commit: { type: 'Commit', resolve: (d: DeploymentNode, _args, context) => commitNode(context, d.repo, d.record.sha) },
      // GitHub keeps the payload as the JSON text it was given; none reads as null.
      payload: { type: 'String', resolve: (d: DeploymentNode) => (Object.keys(d.record.payload).length === 0 ? null : JSON.stringify(d.record.payload)) },
      task: { type: 'String', resolve: (d: DeploymentNode) => d.record.task },
      description: { type: 'String', resolve: (d: DeploymentNode) => d.record.description },
      state: {
        type: 'DeploymentState',
        resolve: (d: DeploymentNode, _args, context) => {
          const latest = statusesOf(context, d.repo, d.record.id).at(-1);
          return latest ? DEPLOYMENT_STATE[latest.state] : 'PENDING';
        },
      },
      latestStatus: {
        type: 'DeploymentStatus',
        resolve: (d: DeploymentNode, _args, context) => {
          const latest = statusesOf(context, d.repo, d.record.id).at(-1);
          return latest ? { repo: d.repo, record: latest } : null;
        },
      },
      statuses: {
        type: 'DeploymentStatusConnection',
        args: PAGE_ARGS,
        // Oldest first, in the order they were created.
        resolve: (d: DeploymentNode, args, context) =>
          page('statuses', statusesOf(context, d.repo, d.record.id).map((record): StatusNode => ({ repo: d.repo, record })), args, (node) => node.record.id),
      },
    },
    DeploymentStatusConnection: connectionOf('DeploymentStatus'),
    DeploymentStatusEdge: edgeOf('DeploymentStatus'),
    DeploymentStatus: {
      id: { type: 'ID!', resolve: (s: StatusNode) => nodeId('DeploymentStatus', s.record.id) },
      state: { type: 'DeploymentStatusState!', resolve: (s: StatusNode) => s.record.state.toUpperCase() },
      createdAt: { type: 'DateTime!', resolve: (s: StatusNode) => s.record.created_at },
      updatedAt: { type: 'DateTime!', resolve: (s: StatusNode) => s.record.updated_at },
      description: { type: 'String', resolve: (s: StatusNode) => s.record.description || null },
      environment: { type: 'String', resolve: (s: StatusNode) => s.record.environment },
      environmentUrl: { type: 'URI', resolve: (s: StatusNode) => s.record.environment_url || null },
      logUrl: { type: 'URI', resolve: (s: StatusNode) => s.record.log_url || null },
    },
    PullRequestConnection: connectionOf('PullRequest'),
    PullRequestEdge: edgeOf('PullRequest'),
    PullRequest: {
      id: { type: 'ID!', resolve: (p: PullNode) => nodeId('PullRequest', p.record.pull!.id) },
      databaseId: { type: 'Int', resolve: (p: PullNode) => p.record.pull!.id },
      number: { type: 'Int!', resolve: (p: PullNode) => p.record.number },
      title: { type: 'String!', resolve: (p: PullNode) => p.record.title },
      url: { type: 'URI!', resolve: (p: PullNode, _args, context) => `${repoHtmlUrl(context.ctx.baseUrl, p.repo.record)}/pull/${p.record.number}` },
      state: { type: 'PullRequestState!', resolve: (p: PullNode) => pullState(p.record) },
      merged: { type: 'Boolean!', resolve: (p: PullNode) => p.record.pull!.merged_at !== null },
      mergedAt: { type: 'DateTime', resolve: (p: PullNode) => p.record.pull!.merged_at },
      createdAt: { type: 'DateTime!', resolve: (p: PullNode) => p.record.created_at },
      updatedAt: { type: 'DateTime!', resolve: (p: PullNode) => p.record.updated_at },
      closedAt: { type: 'DateTime', resolve: (p: PullNode) => p.record.closed_at },
      baseRefName: { type: 'String!', resolve: (p: PullNode) => p.record.pull!.base },
      headRefName: { type: 'String!', resolve: (p: PullNode) => p.record.pull!.head },
      mergeCommit: { type: 'Commit', resolve: (p: PullNode, _args, context) => commitNode(context, p.repo, p.record.pull!.merge_commit_sha) },
      labels: {
        type: 'LabelConnection',
        args: { ...PAGE_ARGS, orderBy: 'LabelOrder' },
        resolve: (p: PullNode, args) => {
          const labels = p.record.labels.map((name) => p.repo.record.labels.find((l) => l.name.toLowerCase() === name.toLowerCase()) ?? { id: 0, name, color: 'ededed' });
          return page('labels', labels, args, (label) => label.name);
        },
      },
      commits: {
        type: 'PullRequestCommitConnection!',
        args: PAGE_ARGS,
        resolve: (p: PullNode, args, context) =>
          page('commits', pullCommits(context, p.repo, p.record).map((sha) => ({ repo: p.repo, sha, pull: p })), args, (node) => node.sha),
      },
    },
    LabelConnection: connectionOf('Label'),
    LabelEdge: edgeOf('Label'),
    Label: { name: { type: 'String!' }, color: { type: 'String!' } },
    PullRequestCommitConnection: connectionOf('PullRequestCommit'),
    PullRequestCommitEdge: edgeOf('PullRequestCommit'),
    PullRequestCommit: {
      id: { type: 'ID!', resolve: (c: CommitNode) => nodeId('PullRequestCommit', c.sha) },
      commit: { type: 'Commit!', resolve: (c: CommitNode) => ({ repo: c.repo, sha: c.sha }) },
    },
    CommitConnection: connectionOf('Commit'),
    CommitEdge: edgeOf('Commit'),
    Commit: {
      id: { type: 'ID!', resolve: (c: CommitNode) => nodeId('Commit', c.sha) },
      oid: { type: 'GitObjectID!', resolve: (c: CommitNode) => c.sha },
      abbreviatedOid: { type: 'String!', resolve: (c: CommitNode) => c.sha.slice(0, 7) },
      message: { type: 'String!', resolve: (c: CommitNode, _args, context) => readCommit(context.ctx.store, c.repo, c.sha)!.message },
      messageHeadline: { type: 'String!', resolve: (c: CommitNode, _args, context) => readCommit(context.ctx.store, c.repo, c.sha)!.message.split('\n')[0]! },
      authoredDate: { type: 'DateTime!', resolve: (c: CommitNode, _args, context) => isoFromSignature(readCommit(context.ctx.store, c.repo, c.sha)!.author) },
      committedDate: { type: 'DateTime!', resolve: (c: CommitNode, _args, context) => isoFromSignature(readCommit(context.ctx.store, c.repo, c.sha)!.committer) },
      url: { type: 'URI!', resolve: (c: CommitNode, _args, context) => `${repoHtmlUrl(context.ctx.baseUrl, c.repo.record)}/commit/${c.sha}` },
      parents: {
        type: 'CommitConnection!',
        args: PAGE_ARGS,
        resolve: (c: CommitNode, args, context) =>
          page('parents', readCommit(context.ctx.store, c.repo, c.sha)!.parents.map((sha): CommitNode => ({ repo: c.repo, sha })), args, (node) => node.sha),
      },
    },
    PageInfo: { hasNextPage: { type: 'Boolean!' }, hasPreviousPage: { type: 'Boolean!' }, startCursor: { type: 'String' }, endCursor: { type: 'String' } },
  },
};

function graphql(ctx: RequestContext) {
  const body = ctx.body;
  if (body === undefined || typeof body !== 'object' || body === null || Array.isArray(body)) throw new ApiError(400, 'Problems parsing JSON');
  const response = executeRequest(schema, body as Record<string, unknown>, { ctx, statuses: new WeakMap() });
  return { status: 200, body: response, headers: { 'x-ratelimit-resource': 'graphql' } };
}

export const graphqlRoutes: RouteDefinition[] = [{ method: 'POST', path: '/graphql', handler: graphql }];

/**
 * dora-report's GraphQL queries against GitHub's published schema (@octokit/graphql-schema), and
 * the sandbox's answers to them against the shape the schema gives those queries: each answer is
 * executed against the real schema with the answer itself as the root value, which fails on a
 * wrong type, a null in a non-null field or an unknown enum value, and drops anything not asked
 * for (so the result must equal the answer). Then the sandbox's GraphQL errors, paging and cursors.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema as githubSchema } from '@octokit/graphql-schema';
import { Octokit } from '@octokit/rest';
import { buildClientSchema, executeSync, parse, validate, type GraphQLSchema } from 'graphql';
import { DEPLOYMENTS_QUERY, PULL_REQUESTS_QUERY } from '../../../src/dora/github/queries.js';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { SandboxSeeder } from '../../support/dora-seed.js';

let schema: GraphQLSchema;
let sandbox: RunningSandbox;
let dataDir: string;
let octokit: Octokit;
const owner = 'sandbox-user';
const name = 'graphql';

beforeAll(async () => {
  schema = buildClientSchema(githubSchema.json as never);
  dataDir = mkdtempSync(join(tmpdir(), 'stopline-graphql-'));
  const seed = new SandboxSeeder(dataDir, owner, name);
  const root = seed.commit({ message: 'root', parents: [], authorDate: '2024-01-01T00:00:00Z' });
  let head = root;
  const start = Date.parse('2024-01-02T00:00:00Z');
  for (let i = 0; i < 250; i += 1) {
    head = seed.commit({ message: `change ${i}`, parents: [head], authorDate: new Date(start + i * 3_600_000).toISOString() });
    const created = new Date(start + i * 3_600_000 + 60_000).toISOString();
    const later = (minutes: number) => new Date(start + i * 3_600_000 + minutes * 60_000).toISOString();
    seed.deployment({
      sha: head,
      environment: i % 5 === 0 ? 'staging' : 'production',
      createdAt: created,
      ...(i % 7 === 0 ? { payload: { 'rollback-of': i, service: 'api' } } : {}),
      statuses:
        i % 11 === 0
          ? []
          : [
              { state: 'queued', at: created },
              { state: 'in_progress', at: later(2) },
              { state: i % 9 === 0 ? 'failure' : 'success', at: later(5), description: 'done' },
            ],
    });
  }
  // One deployment with 120 statuses: more than one page of them.
  seed.deployment({ sha: head, environment: 'production', createdAt: '2024-02-01T00:00:00Z', statuses: Array.from({ length: 120 }, (_, k) => ({ state: 'in_progress' as const, at: new Date(Date.parse('2024-02-01T00:00:00Z') + k * 1000).toISOString() })) });
  seed.setRef('refs/heads/main', head);
  // Merged pull requests: a squash merge whose branch still exists, and one whose branch is gone.
  const branchA = seed.commit({ message: 'wip 1', parents: [root], authorDate: '2023-12-20T00:00:00Z' });
  const branchB = seed.commit({ message: 'wip 2', parents: [branchA], authorDate: '2023-12-21T00:00:00Z' });
  seed.setRef('refs/heads/feature-a', branchB);
  const squash = seed.commit({ message: 'Feature A (#1)', parents: [head], authorDate: '2024-02-02T00:00:00Z' });
  seed.setRef('refs/heads/main', squash);
  seed.mergedPull({ title: 'Feature A', head: 'feature-a', mergeCommit: squash, mergedAt: '2024-02-02T00:00:00Z', createdAt: '2023-12-20T00:00:00Z', labels: ['hotfix', 'team:web'] });
  seed.mergedPull({ title: 'Gone', head: 'deleted-branch', mergeCommit: head, mergedAt: '2024-01-15T00:00:00Z', createdAt: '2024-01-14T00:00:00Z' });
  seed.save();
  sandbox = await startSandbox({ dataDir, port: 0 });
  octokit = new Octokit({ baseUrl: sandbox.url, auth: 'test', log: { debug() {}, info() {}, warn() {}, error() {} } });
});
afterAll(async () => {
  await sandbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Executes `query` against GitHub's schema with `data` as the root: equal output means `data` fits the query's shape. */
function conforms(query: string, variables: Record<string, unknown>, data: unknown): void {
  const result = executeSync({ schema, document: parse(query), rootValue: data, variableValues: variables });
  expect(result.errors?.map((e) => `${e.path?.join('.')}: ${e.message}`) ?? []).toEqual([]);
  expect(JSON.parse(JSON.stringify(result.data))).toEqual(data);
}

test('both queries validate against GitHub\'s published GraphQL schema', () => {
  for (const query of [DEPLOYMENTS_QUERY, PULL_REQUESTS_QUERY]) {
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  }
});

test('the schema check catches a query GitHub would refuse', () => {
  const wrong = DEPLOYMENTS_QUERY.replace('commitOid', 'commitSha');
  expect(validate(schema, parse(wrong)).map((error) => error.message)).toEqual(['Cannot query field "commitSha" on type "Deployment". Did you mean "commit" or "commitOid"?']);
});

test('the sandbox answers the deployments query page by page, each page in the schema\'s shape', async () => {
  const seen: number[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const variables: Record<string, unknown> = { owner, name, environments: ['production'], after };
    const data: any = await octokit.graphql(DEPLOYMENTS_QUERY, variables);
    conforms(DEPLOYMENTS_QUERY, variables, data);
    const connection = data.repository.deployments;
    for (const node of connection.nodes) seen.push(node.databaseId);
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    pages += 1;
  } while (after);
  // 200 production deployments of the 250 (every fifth went to staging) and the one with 120 statuses.
  expect(pages).toBe(3);
  expect(seen).toHaveLength(201);
  expect(new Set(seen).size).toBe(201);
  // Newest first.
  expect([...seen].sort((a, b) => b - a)).toEqual(seen);
});

test('the shape check catches an answer GitHub would never send', async () => {
  const variables = { owner, name, environments: ['production'], after: null };
  const data: any = await octokit.graphql(DEPLOYMENTS_QUERY, variables);
  const node = data.repository.deployments.nodes[1];
  const broken = (change: (copy: any) => void) => {
    const copy = JSON.parse(JSON.stringify(data));
    change(copy.repository.deployments.nodes[1]);
    return executeSync({ schema, document: parse(DEPLOYMENTS_QUERY), rootValue: copy, variableValues: variables });
  };
  expect(node.statuses.nodes.length).toBeGreaterThan(0);
  expect(broken((n) => (n.statuses.nodes[0].state = 'success')).errors?.[0]?.message).toContain('Enum "DeploymentStatusState" cannot represent value');
  expect(broken((n) => (n.commitOid = null)).errors?.[0]?.message).toContain('Cannot return null for non-nullable field Deployment.commitOid');
  expect(broken((n) => (n.databaseId = 'seven')).errors?.[0]?.message).toContain('Int cannot represent non-integer value');
  expect(() => conforms(DEPLOYMENTS_QUERY, variables, JSON.parse(JSON.stringify({ ...data, extra: 1 })))).toThrow();
});

test('deployment nodes carry GitHub\'s values: payload as JSON text, statuses oldest first in upper case, paging of statuses', async () => {
  const data: any = await octokit.graphql(DEPLOYMENTS_QUERY, { owner, name, environments: ['production'], after: null });
  const nodes = data.repository.deployments.nodes;
  const many = nodes[0];
  expect(many.statuses.nodes).toHaveLength(100);
  expect(many.statuses.pageInfo.hasNextPage).toBe(true);
  const withPayload = nodes.find((n: any) => n.payload !== null);
  expect(JSON.parse(withPayload.payload)).toMatchObject({ service: 'api' });
  const judged = nodes.find((n: any) => n.statuses.nodes.length === 3);
  expect(judged.statuses.nodes.map((s: any) => s.state)).toEqual(['QUEUED', 'IN_PROGRESS', expect.stringMatching(/^(SUCCESS|FAILURE)$/)]);
  expect(judged.statuses.nodes[2]).toMatchObject({ description: 'done', logUrl: expect.stringContaining('https://') });
  expect(nodes.some((n: any) => n.statuses.nodes.length === 0)).toBe(true);
});

test('the sandbox answers the pull requests query in the schema\'s shape', async () => {
  const variables = { owner, name, after: null };
  const data: any = await octokit.graphql(PULL_REQUESTS_QUERY, variables);
  conforms(PULL_REQUESTS_QUERY, variables, data);
  const [first, second] = data.repository.pullRequests.nodes;
  expect(first).toMatchObject({ title: 'Feature A', mergedAt: '2024-02-02T00:00:00Z', labels: { nodes: [{ name: 'hotfix' }, { name: 'team:web' }] } });
  expect(first.commits.nodes).toEqual([{ commit: { authoredDate: '2023-12-20T00:00:00Z' } }]);
  expect(second.commits.nodes).toEqual([]);
});

describe('GraphQL errors, as GitHub sends them (HTTP 200 with `errors`)', () => {
  const post = async (body: unknown) => {
    const response = await octokit.request('POST /graphql', { data: body } as never);
    return response.data as { data?: any; errors?: any[] };
  };

  test('an unknown field: only errors, with GitHub\'s code and path', async () => {
    const answer = await post({ query: 'query { repository(owner: "sandbox-user", name: "graphql") { deployments(first: 1) { nodes { commitSha } } } }' });
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: "Field 'commitSha' doesn't exist on type 'Deployment'",
        path: ['query', 'repository', 'deployments', 'nodes', 'commitSha'],
        extensions: { code: 'undefinedField', typeName: 'Deployment', fieldName: 'commitSha' },
      }),
    ]);
  });

  test('an unknown repository: data with null and a NOT_FOUND error', async () => {
    const answer = await post({ query: 'query($o: String!) { repository(owner: $o, name: "nope") { name } }', variables: { o: 'sandbox-user' } });
    expect(answer.data).toEqual({ repository: null });
    expect(answer.errors![0]).toMatchObject({ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'sandbox-user/nope'." });
  });

  test('paging limits and cursors', async () => {
    const none = await post({ query: '{ repository(owner: "sandbox-user", name: "graphql") { deployments { totalCount } } }' });
    expect(none.errors![0].message).toBe('You must provide a `first` or `last` value to properly paginate the `deployments` connection.');
    const tooMany = await post({ query: '{ repository(owner: "sandbox-user", name: "graphql") { deployments(first: 101) { totalCount } } }' });
    expect(tooMany.errors![0].message).toBe('Requesting 101 records on the `deployments` connection exceeds the `first` limit of 100 records.');
    const badCursor = await post({ query: '{ repository(owner: "sandbox-user", name: "graphql") { deployments(first: 1, after: "bogus") { totalCount } } }' });
    expect(badCursor.errors![0].message).toBe('`bogus` does not appear to be a valid cursor.');
    const last = await post({ query: '{ repository(owner: "sandbox-user", name: "graphql") { deployments(last: 2) { totalCount pageInfo { hasPreviousPage hasNextPage } nodes { databaseId } } } }' });
    expect(last.data.repository.deployments).toMatchObject({ totalCount: 251, pageInfo: { hasPreviousPage: true, hasNextPage: false } });
  });

  test('a syntax error, a missing variable, a wrong argument and a mutation', async () => {
    const syntax = await post({ query: '{ repository(owner: "a" name: "b") { name }' });
    expect(syntax.errors![0].message).toBe('Parse error on end of file at [1, 44]');
    const missing = await post({ query: 'query($o: String!) { repository(owner: $o, name: "graphql") { name } }' });
    expect(missing.errors![0].message).toBe('Variable $o of type String! was provided invalid value');
    const argument = await post({ query: '{ repository(owner: "sandbox-user", name: "graphql", colour: "red") { name } }' });
    expect(argument.errors![0].extensions).toMatchObject({ code: 'argumentNotAccepted', argumentName: 'colour' });
    const enumValue = await post({ query: '{ repository(owner: "sandbox-user", name: "graphql") { deployments(first: 1, orderBy: {field: CREATED_AT, direction: SIDEWAYS}) { totalCount } } }' });
    expect(enumValue.errors![0].message).toContain("Argument 'orderBy' on Field 'deployments' has an invalid value");
    const mutation = await post({ query: 'mutation { addStar(input: {starrableId: "x"}) { clientMutationId } }' });
    expect(mutation.errors![0].message).toContain('queries only');
    const noQuery = await post({ variables: {} });
    expect(noQuery.errors![0].message).toBe('A query attribute must be specified and must be a string.');
  });

  test('fragments, aliases and __typename', async () => {
    const answer = await post({
      query: `query { repo: repository(owner: "sandbox-user", name: "graphql") { __typename ...D } }
        fragment D on Repository { deployments(first: 1, environments: ["staging"]) { nodes { ... on Deployment { env: environment } } } }`,
    });
    expect(answer).toEqual({ data: { repo: { __typename: 'Repository', deployments: { nodes: [{ env: 'staging' }] } } } });
  });
});

import { createGitHubClient } from '../../src/github/client.js';
import { PermissionError } from '../../src/github/permissions.js';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { memoryLogger } from '../../src/runtime/logger.js';
import { scriptedFetch } from './fake-fetch.js';

const TOKEN = 'ghs_secretTokenValue123';
const repoBody = { id: 1, name: 'r', full_name: 'o/r' };

function client(fetch: typeof globalThis.fetch, extra: Partial<Parameters<typeof createGitHubClient>[0]> = {}) {
  const logger = memoryLogger();
  const octokit = createGitHubClient({ token: TOKEN, fetch, logger, retryAfterBaseMs: 1, minWriteIntervalMs: 0, ...extra });
  return { octokit, logger };
}

describe('createGitHubClient', () => {
  test('talks to api.github.com by default with the token and a stopline user agent', async () => {
    const fetch = scriptedFetch([{ status: 200, body: repoBody }]);
    const { octokit } = client(fetch);
    await octokit.rest.repos.get({ owner: 'o', repo: 'r' });
    expect(fetch.calls[0]!.url).toBe('https://api.github.com/repos/o/r');
    expect(fetch.calls[0]!.headers.authorization).toBe(`token ${TOKEN}`);
    expect(fetch.calls[0]!.headers['user-agent']).toMatch(/^stopline /);
  });

  test('honours a GHES base URL with a trailing slash', async () => {
    const fetch = scriptedFetch([{ status: 200, body: repoBody }]);
    const { octokit } = client(fetch, { baseUrl: 'https://ghe.example.com/api/v3/' });
    await octokit.rest.repos.get({ owner: 'o', repo: 'r' });
    expect(fetch.calls[0]!.url).toBe('https://ghe.example.com/api/v3/repos/o/r');
  });

  test('retries a 502 and a 503, then succeeds', async () => {
    const fetch = scriptedFetch([
      { status: 502, body: { message: 'Bad Gateway' } },
      { status: 503, body: { message: 'Service Unavailable' } },
      { status: 200, body: repoBody },
    ]);
    const { octokit } = client(fetch);
    const { data } = await octokit.rest.repos.get({ owner: 'o', repo: 'r' });
    expect(data.full_name).toBe('o/r');
    expect(fetch.calls).toHaveLength(3);
  });

  test('gives up after `retries` retries of a 5xx and throws the last error', async () => {
    const fetch = scriptedFetch(Array.from({ length: 3 }, () => ({ status: 500, body: { message: 'Server Error' } })));
    const { octokit } = client(fetch, { retries: 2 });
    await expect(octokit.rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toMatchObject({ status: 500 });
    expect(fetch.calls).toHaveLength(3);
  });

  test('does not retry a 422', async () => {
    const fetch = scriptedFetch([{ status: 422, body: { message: 'Update is not a fast forward' } }]);
    const { octokit } = client(fetch);
    await expect(
      octokit.rest.git.updateRef({ owner: 'o', repo: 'r', ref: 'stopline/ledger', sha: 'a'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });
    expect(fetch.calls).toHaveLength(1);
  });

  test('waits out a secondary rate limit with its retry-after, logging the wait but never the token', async () => {
    const fetch = scriptedFetch([
      {
        status: 403,
        headers: { 'retry-after': '30' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
      },
      { status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too many requests' } },
      { status: 201, body: { sha: 'b'.repeat(40), url: 'x' } },
    ]);
    const { octokit, logger } = client(fetch);
    const started = Date.now();
    await octokit.rest.git.createBlob({ owner: 'o', repo: 'r', content: 'x' });
    // retry-after 30 with a 1 ms base is 30 ms: the wait scales, so tests stay fast.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(fetch.calls).toHaveLength(3);
    const warnings = logger.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit on POST .*git\/blobs: waiting 0\.03s before retry 1 of 3/)]);
    expect(JSON.stringify(logger.lines)).not.toContain(TOKEN);
  });

  test('stops retrying a secondary rate limit after `retries`', async () => {
    const limited = {
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    };
    const fetch = scriptedFetch([limited, limited, limited]);
    const { octokit, logger } = client(fetch, { retries: 2 });
    await expect(octokit.rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toMatchObject({ status: 403 });
    expect(fetch.calls).toHaveLength(3);
    expect(logger.lines.at(-1)!.message).toMatch(/giving up after 2 retries/);
  });

  test('spaces writes minWriteIntervalMs apart; a loopback API gets no spacing by default', async () => {
    const blob = { status: 201, body: { sha: 'b'.repeat(40), url: 'x' } };
    const remote = client(scriptedFetch([blob, blob]), { minWriteIntervalMs: 150 }).octokit;
    let started = Date.now();
    await remote.rest.git.createBlob({ owner: 'o', repo: 'r', content: 'x' });
    await remote.rest.git.createBlob({ owner: 'o', repo: 'r', content: 'y' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);

    const local = client(scriptedFetch([blob, blob, blob]), { baseUrl: 'http://127.0.0.1:9/', minWriteIntervalMs: undefined }).octokit;
    started = Date.now();
    for (const content of ['a', 'b', 'c']) await local.rest.git.createBlob({ owner: 'o', repo: 'r', content });
    expect(Date.now() - started).toBeLessThan(500);
  });

  test('a read-only client spaces GraphQL queries 100 ms apart on a remote host, not 1 s', async () => {
    const page = { status: 200, body: { data: { viewer: { login: 'x' } } } };
    const reader = client(scriptedFetch([page, page, page]), { minWriteIntervalMs: undefined, readOnly: true }).octokit;
    const started = Date.now();
    for (let i = 0; i < 3; i += 1) await reader.graphql('query { viewer { login } }');
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('permission errors', () => {
  const refused = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'x' } };

  test('is not retried: a refusal does not go away by asking again', async () => {
    const fetch = scriptedFetch([refused]);
    const { octokit } = client(fetch);
    await expect(octokit.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: 'main' })).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    expect(fetch.calls).toHaveLength(1);
  });

  test.each([
    ['deployments', (o: ReturnType<typeof client>['octokit']) => o.rest.repos.createDeployment({ owner: 'o', repo: 'r', ref: 'main' }), 'POST /repos/{owner}/{repo}/deployments', 'deployments: write'],
    ['statuses', (o: ReturnType<typeof client>['octokit']) => o.rest.repos.createCommitStatus({ owner: 'o', repo: 'r', sha: 'a'.repeat(40), state: 'success' }), 'POST /repos/{owner}/{repo}/statuses/{sha}', 'statuses: write'],
    ['contents', (o: ReturnType<typeof client>['octokit']) => o.rest.git.updateRef({ owner: 'o', repo: 'r', ref: 'stopline/ledger', sha: 'a'.repeat(40) }), 'PATCH /repos/{owner}/{repo}/git/refs/{ref}', 'contents: write'],
    ['issues', (o: ReturnType<typeof client>['octokit']) => o.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 3, body: 'hi' }), 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments', 'issues: write'],
    ['actions (read)', (o: ReturnType<typeof client>['octokit']) => o.rest.actions.listWorkflowRunsForRepo({ owner: 'o', repo: 'r' }), 'GET /repos/{owner}/{repo}/actions/runs', 'actions: read'],
  ])('%s', async (_name, call, route, grant) => {
    const { octokit } = client(scriptedFetch([refused]));
    const error = (await call(octokit).catch((e: unknown) => e)) as PermissionError;
    expect(error).toBeInstanceOf(PermissionError);
    expect(error.message).toBe(
      `${route} was refused (403 Resource not accessible by integration): this step needs \`${grant}\` permission. ` +
        `Add \`permissions: ${grant}\` to the job (a \`permissions:\` block replaces the defaults, so list every permission the job uses).`,
    );
    expect(error.status).toBe(403);
    expect((error.cause as { status: number }).status).toBe(403);
  });

  test('a request made with a literal URL is matched by its path', async () => {
    const { octokit } = client(scriptedFetch([refused]), { baseUrl: 'https://ghe.example.com/api/v3' });
    const error = await octokit.request('POST /repos/acme/shop/deployments', { ref: 'main' }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^POST \/repos\/\{owner\}\/\{repo\}\/deployments was refused .*`deployments: write`/);
  });

  test('an unknown route still gets a permission message', async () => {
    const { octokit } = client(scriptedFetch([refused]));
    const error = await octokit.request('PUT /repos/{owner}/{repo}/topics', { owner: 'o', repo: 'r', names: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toMatch(/^PUT \/repos\/\{owner\}\/\{repo\}\/topics was refused \(403 Resource not accessible by integration\): the token lacks a permission/);
  });

  test('a 404 on a write to a repository collection explains private-repository access', async () => {
    const { octokit } = client(scriptedFetch([{ status: 404, body: { message: 'Not Found' } }]));
    const error = await octokit.rest.git.createBlob({ owner: 'o', repo: 'secret', content: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as Error).message).toMatch(
      /^POST \/repos\/\{owner\}\/\{repo\}\/git\/blobs was refused \(404 Not Found\): the token cannot see repository o\/secret\. If it is private, this step needs `contents: write`/,
    );
  });

  test('a 404 on a read stays a plain 404 (a missing ref is an answer, not a mistake)', async () => {
    const { octokit } = client(scriptedFetch([{ status: 404, body: { message: 'Not Found' } }]));
    const error = await octokit.rest.git.getRef({ owner: 'o', repo: 'r', ref: 'stopline/ledger' }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect((error as { status: number }).status).toBe(404);
  });

  test('other 403s are left alone', async () => {
    const { octokit } = client(scriptedFetch([{ status: 403, body: { message: 'Must have admin rights to Repository.' } }]));
    const error = await octokit.rest.repos.get({ owner: 'o', repo: 'r' }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ConfigurationError);
    expect((error as { status: number }).status).toBe(403);
  });
});

/**
 * Collection while the sandbox answers some requests with 500/502/503, secondary rate limits
 * (403 + retry-after) and 429s, on REST and GraphQL alike: the client retries, and the report is
 * exactly the one a calm GitHub gives.
 */
import { collectFacts } from '../../../src/dora/github/collect.js';
import { buildReport, type ReportSettings } from '../../../src/dora/report.js';
import { createGitHubClient } from '../../../src/github/client.js';
import type { SandboxExchange } from '../../../src/sandbox/index.js';
import { memoryLogger } from '../../../src/runtime/logger.js';
import { startTestSandbox, type TestSandbox } from '../../support/sandbox.js';
import { seedKnownHistory, type KnownHistory } from '../fixtures.js';

const NOW = new Date('2024-03-31T00:00:00Z');
let sb: TestSandbox;
let history: KnownHistory;
const exchanges: SandboxExchange[] = [];

beforeAll(async () => {
  sb = await startTestSandbox(undefined, { onExchange: (e) => void exchanges.push(e) });
  history = await seedKnownHistory(sb.octokit, 'faults', NOW);
}, 60_000);
afterAll(() => sb?.stop());

async function reportOnce(retries: number, spanSize?: number) {
  const settings: ReportSettings = {
    repository: `${history.repo.owner}/${history.repo.repo}`, environment: 'production', now: NOW, windowMs: 7 * 86_400_000,
    compare: true, benchmark: 'dora-2024', incidentLabel: 'incident',
  };
  const logger = memoryLogger();
  const client = createGitHubClient({ token: 'test', baseUrl: sb.url, retries, retryAfterBaseMs: 1, logger });
  // One request at a time, so the seeded faults fall on the same requests every run.
  const { facts } = await collectFacts(client, { at: history.repo, settings, logger, concurrency: 1, ...(spanSize !== undefined ? { spanSize } : {}) });
  return { report: buildReport(settings, facts), logger };
}

test('5xx, secondary rate limits and 429 during collection: the same report, every fault retried', async () => {
  const calm = await reportOnce(3);
  exchanges.length = 0;
  sb.sandbox.setFaults({ errorRate: 0.25, rateLimitRate: 0.15, tooManyRate: 0.1, retryAfterSeconds: 1, seed: 3 });
  try {
    // One compare per range (spanSize 1): more requests for the faults to hit.
    const stormy = await reportOnce(16, 1);
    expect(stormy.report).toEqual(calm.report);
    const faulted = exchanges.filter((e) => e.faulted);
    expect(faulted.length).toBeGreaterThan(3);
    // Faults hit both APIs: GraphQL (deployments, pull requests) and REST (compare, issues).
    expect(faulted.some((e) => e.path === '/graphql')).toBe(true);
    expect(faulted.some((e) => e.path !== '/graphql')).toBe(true);
    expect(new Set(faulted.map((e) => e.status))).toEqual(expect.objectContaining(new Set([403, 429])));
    expect(stormy.logger.lines.some((l) => l.level === 'warning' && /secondary rate limit/.test(l.message))).toBe(true);
    // And with ranges answered from one compare, as by default.
    expect((await reportOnce(16)).report).toEqual(calm.report);
  } finally {
    sb.sandbox.setFaults({});
  }
});

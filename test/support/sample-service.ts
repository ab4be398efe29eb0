/**
 * A small service that makes its own traffic and exposes it as Prometheus metrics, for deploy
 * tests: `http_requests_total{code="200"|"500"}` counters whose error rate follows a mode that a
 * deploy command can switch (`curl -s $URL/mode/bad`):
 *   good  requestsPerSecond requests a second, `errorRatio` of them failing
 *   bad   the same traffic with `badFactor` (10) times the error ratio
 *   idle  no traffic at all (rates are 0, so an error ratio is 0/0: no data)
 * Endpoints: GET /metrics (text exposition), GET|POST /mode/<mode>, GET /stats (JSON: counts and
 * the error ratio over the last `statsWindowMs`), GET /healthz. Runs in the test process; the
 * traffic timer is unref'd, the server is closed by stop().
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom as random } from '../../src/runtime/seeded-random.js';

export type ServiceMode = 'good' | 'bad' | 'idle';
export const SERVICE_MODES: readonly ServiceMode[] = ['good', 'bad', 'idle'];

export interface SampleServiceOptions {
  mode?: ServiceMode;
  /** Default 50. */
  requestsPerSecond?: number;
  /** Share of requests failing in `good` mode; default 0.02. */
  errorRatio?: number;
  /** `bad` multiplies the error ratio by this; default 10. */
  badFactor?: number;
  /** PRNG seed, so a run's traffic is reproducible; default 1. */
  seed?: number;
  /** How often traffic is generated; default 50 ms. */
  tickMs?: number;
  /** Window of the error ratio /stats reports; default 5 s. */
  statsWindowMs?: number;
}

export interface SampleService {
  /** http://127.0.0.1:PORT */
  url: string;
  metricsUrl: string;
  statsUrl: string;
  port: number;
  readonly mode: ServiceMode;
  setMode(mode: ServiceMode): void;
  /** Requests and errors served so far. */
  totals(): { requests: number; errors: number };
  stop(): Promise<void>;
}


export async function startSampleService(options: SampleServiceOptions = {}): Promise<SampleService> {
  let mode: ServiceMode = options.mode ?? 'good';
  const rps = options.requestsPerSecond ?? 50;
  const errorRatio = options.errorRatio ?? 0.02;
  const badFactor = options.badFactor ?? 10;
  const tickMs = options.tickMs ?? 50;
  const statsWindowMs = options.statsWindowMs ?? 5000;
  const next = random(options.seed ?? 1);
  // Both series exist from the start (at 0), as a client that pre-registers its labels does.
  const counts = { ok: 0, errors: 0 };
  const recent: { time: number; requests: number; errors: number }[] = [];
  let carry = 0;

  const timer = setInterval(() => {
    const now = Date.now();
    let requests = 0;
    let errors = 0;
    if (mode !== 'idle') {
      carry += (rps * tickMs) / 1000;
      requests = Math.floor(carry);
      carry -= requests;
      const p = Math.min(1, mode === 'bad' ? errorRatio * badFactor : errorRatio);
      for (let i = 0; i < requests; i += 1) if (next() < p) errors += 1;
    }
    counts.ok += requests - errors;
    counts.errors += errors;
    recent.push({ time: now, requests, errors });
    while (recent.length > 0 && recent[0]!.time < now - statsWindowMs) recent.shift();
  }, tickMs);
  timer.unref();

  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path === '/metrics') {
      response.setHeader('content-type', 'text/plain; version=0.0.4; charset=utf-8');
      response.end(
        [
          '# HELP http_requests_total Requests served, by status code.',
          '# TYPE http_requests_total counter',
          `http_requests_total{code="200"} ${counts.ok}`,
          `http_requests_total{code="500"} ${counts.errors}`,
          '# HELP sample_service_mode The current mode (1 for the active one).',
          '# TYPE sample_service_mode gauge',
          ...SERVICE_MODES.map((name) => `sample_service_mode{mode="${name}"} ${name === mode ? 1 : 0}`),
          '',
        ].join('\n'),
      );
      return;
    }
    const switchTo = /^\/mode\/([a-z]+)$/.exec(path)?.[1];
    if (switchTo !== undefined) {
      if (!SERVICE_MODES.includes(switchTo as ServiceMode)) {
        response.statusCode = 400;
        response.end(`unknown mode ${switchTo}; use one of ${SERVICE_MODES.join(', ')}\n`);
        return;
      }
      mode = switchTo as ServiceMode;
      response.end(`mode ${mode}\n`);
      return;
    }
    if (path === '/stats') {
      const requests = recent.reduce((sum, tick) => sum + tick.requests, 0);
      const errors = recent.reduce((sum, tick) => sum + tick.errors, 0);
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({ mode, requests: counts.ok + counts.errors, errors: counts.errors, window: { requests, errors, error_ratio: requests > 0 ? errors / requests : null } }),
      );
      return;
    }
    if (path === '/healthz') {
      response.end(mode === 'idle' ? 'idle\n' : 'ok\n');
      return;
    }
    response.statusCode = 404;
    response.end('not found\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    metricsUrl: `${url}/metrics`,
    statsUrl: `${url}/stats`,
    port,
    get mode() {
      return mode;
    },
    setMode(next) {
      mode = next;
    },
    totals: () => ({ requests: counts.ok + counts.errors, errors: counts.errors }),
    async stop() {
      clearInterval(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive sockets of clients would hold close() open for seconds.
      server.closeAllConnections();
      await closed;
    },
  };
}

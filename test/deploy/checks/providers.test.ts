import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ConfigurationError,
} from '../../../src/runtime/errors.js';
import {
  createProvider,
  HttpJsonProvider,
  MetricQueryError,
  MetricSourceError,
  PrometheusProvider,
  ScrapeProvider,
} from '../../../src/deploy/checks/index.js';
import { startSampleService, type SampleService } from '../../support/sample-service.js';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

/** A throwaway HTTP server answering with `handler`; every request body is recorded. */
async function fakeServer(handler: Handler): Promise<{ url: string; requests: { path: string; body: string }[]; close(): Promise<void> }> {
  const requests: { path: string; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      requests.push({ path: request.url ?? '', body });
      handler(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify(body));
};

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function errorOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('PrometheusProvider (against a fake API)', () => {
  test('instant and range queries: the form sent and the samples read', async () => {
    const server = await fakeServer((request, _body, response) => {
      if (request.url === '/api/v1/query') json(response, 200, { status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value: [1700000000.5, '0.25'] }] } });
      else json(response, 200, { status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: [[1700000000, '1'], [1700000010, 'NaN'], [1700000020, '+Inf']] }] } });
    });
    const provider = new PrometheusProvider(`${server.url}/`);
    expect(provider.url).toBe(server.url);
    expect(await provider.instant('sum(up)', 1700000000500)).toEqual([{ time: 1700000000500, value: 0.25 }]);
    expect(await provider.range('sum(up)', { start: 1700000000000, end: 1700000020000, step: 10_000 })).toEqual([
      { time: 1700000000000, value: 1 },
      { time: 1700000010000, value: NaN },
      { time: 1700000020000, value: Infinity },
    ]);
    expect(Object.fromEntries(new URLSearchParams(server.requests[0]!.body))).toEqual({ query: 'sum(up)', time: '1700000000.5' });
    expect(Object.fromEntries(new URLSearchParams(server.requests[1]!.body))).toEqual({ query: 'sum(up)', start: '1700000000', end: '1700000020', step: '10s' });
    await server.close();
  });

  test('a PromQL error is a MetricQueryError showing the query and Prometheus\' message', async () => {
    const server = await fakeServer((_request, _body, response) =>
      json(response, 400, { status: 'error', errorType: 'bad_data', error: 'invalid parameter "query": 1:9: parse error: unclosed left parenthesis' }),
    );
    const error = await errorOf(new PrometheusProvider(server.url).instant('sum(rate(x[1m])'));
    expect(error).toBeInstanceOf(MetricQueryError);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toBe(`Prometheus at ${server.url} rejected the query "sum(rate(x[1m])": invalid parameter "query": 1:9: parse error: unclosed left parenthesis`);
    expect(server.requests).toHaveLength(1); // a bad query is not retried
    await server.close();
  });

  test('several series, a string result and an empty one', async () => {
    let answer: unknown;
    const server = await fakeServer((_request, _body, response) => json(response, 200, answer));
    const provider = new PrometheusProvider(server.url);
    answer = { status: 'success', data: { resultType: 'vector', result: [{ metric: { code: '200' }, value: [1, '1'] }, { metric: { code: '500' }, value: [1, '2'] }] } };
    expect((await errorOf(provider.instant('http_requests_total'))).message).toBe(
      'the query "http_requests_total" returns 2 series ({code="200"}, {code="500"}); a check needs one: aggregate it, e.g. sum(...) or max(...)',
    );
    answer = { status: 'success', data: { resultType: 'string', result: [1, 'x'] } };
    expect(await errorOf(provider.instant('"x"'))).toBeInstanceOf(MetricQueryError);
    answer = { status: 'success', data: { resultType: 'vector', result: [] } };
    expect(await provider.instant('absent_metric')).toEqual([]);
    await server.close();
  });

  test('not the Prometheus API: says which URL answered what', async () => {
    const server = await fakeServer((_request, _body, response) => {
      response.statusCode = 404;
      response.setHeader('content-type', 'text/html');
      response.end('<html>not found</html>');
    });
    const error = await errorOf(new PrometheusProvider(`${server.url}/grafana`).instant('up'));
    expect(error).toBeInstanceOf(MetricSourceError);
    expect(error.message).toBe(
      `${server.url}/grafana/api/v1/query answered 404 Not Found with text/html, not Prometheus' API; is \`provider.prometheus\` the server's base URL (e.g. http://127.0.0.1:9090)?`,
    );
    await server.close();
  });

  test('5xx answers are retried, then reported', async () => {
    let calls = 0;
    const server = await fakeServer((_request, _body, response) => {
      calls += 1;
      if (calls < 3) json(response, 503, { status: 'error', errorType: 'timeout', error: 'query timed out' });
      else json(response, 200, { status: 'success', data: { resultType: 'scalar', result: [1, '4'] } });
    });
    expect(await new PrometheusProvider(server.url).instant('4', 1000)).toEqual([{ time: 1000, value: 4 }]);
    expect(calls).toBe(3);
    calls = -10;
    const error = await errorOf(new PrometheusProvider(server.url, { retries: 1 }).instant('slow'));
    expect(error.message).toBe(`Prometheus at ${server.url} failed on the query "slow": timeout: query timed out`);
    await server.close();
  });

  test('unreachable: a clear error naming the URL, after the retries', async () => {
    const port = await closedPort();
    const started = Date.now();
    const error = await errorOf(new PrometheusProvider(`http://127.0.0.1:${port}`).instant('up'));
    expect(error).toBeInstanceOf(MetricSourceError);
    expect((error as MetricSourceError).reason).toBe('unreachable');
    expect(error.message).toBe(`cannot reach Prometheus at http://127.0.0.1:${port} (ECONNREFUSED); check the URL and that the server is up`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(700); // 250 ms + 500 ms of backoff
  });

  test('a server that does not answer times out', async () => {
    const server = await fakeServer(() => {
      // never answers
    });
    const error = await errorOf(new PrometheusProvider(server.url, { timeoutMs: 200, retries: 0 }).instant('up'));
    expect(error).toMatchObject({ reason: 'timeout', message: `Prometheus at ${server.url} did not answer ${server.url}/api/v1/query within 0.2 s` });
    await server.close();
  });
});

describe('ScrapeProvider (fake endpoint and clock)', () => {
  let clock = 0;
  let body = '';
  const fetchStub = (async () => new Response(body, { status: 200, headers: { 'content-type': 'text/plain' } })) as unknown as typeof fetch;
  const exposition = (ok: number, errors: number) => `http_requests_total{code="200"} ${ok}\nhttp_requests_total{code="500"} ${errors}\nother_metric 1\n`;

  test('polls build a history; range and instant evaluate over it', async () => {
    const provider = new ScrapeProvider('http://svc/metrics', { fetch: fetchStub, now: () => clock, queries: ['sum(rate(http_requests_total[2s]))'] });
    for (let second = 0; second <= 4; second += 1) {
      clock = second * 1000;
      body = exposition(second * 100, second);
      await provider.poll();
    }
    expect(await provider.range('sum(rate(http_requests_total[2s]))', { start: 0, end: 4000, step: 1000 })).toEqual([
      { time: 1000, value: 101 },
      { time: 2000, value: 101 },
      { time: 3000, value: 101 },
      { time: 4000, value: 101 },
    ]);
    // Fresh enough: no new scrape.
    body = 'broken {';
    clock = 4500;
    expect(await provider.instant('sum(rate(http_requests_total[2s]))')).toEqual([{ time: 4000, value: 101 }]);
    // Only the queried metrics are kept.
    expect(await provider.instant('sum(other_metric)')).toEqual([]);
  });

  test('a body that is not the text format, an HTTP error, several series', async () => {
    const provider = new ScrapeProvider('http://svc/metrics', { fetch: fetchStub, now: () => clock });
    body = '<html>login</html>';
    clock = 10_000;
    const error = await errorOf(provider.poll());
    expect(error).toBeInstanceOf(MetricSourceError);
    expect(error.message).toBe('the metrics endpoint http://svc/metrics did not answer in Prometheus text format: line 1: "<html>login</html>" does not start with a metric name');
    body = exposition(1, 1);
    expect((await errorOf(provider.instant('http_requests_total'))).message).toBe(
      'the query "http_requests_total": http_requests_total matches 2 series; a check needs one number: wrap it in sum(...) or narrow the labels',
    );
    expect(await errorOf(provider.instant('histogram_quantile(0.5, x)'))).toBeInstanceOf(MetricQueryError);
    const failing = new ScrapeProvider('http://svc/metrics', { fetch: (async () => new Response('no', { status: 401, statusText: 'Unauthorized' })) as unknown as typeof fetch });
    expect((await errorOf(failing.poll())).message).toBe('the metrics endpoint http://svc/metrics answered 401 Unauthorized; check `provider.scrape`');
  });
});

describe('live providers against the sample service', () => {
  let service: SampleService;
  beforeAll(async () => {
    service = await startSampleService({ requestsPerSecond: 400, errorRatio: 0.02, tickMs: 25 });
  });
  afterAll(async () => {
    await service.stop();
  });
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const RATIO = 'sum(rate(http_requests_total{code=~"5.."}[1s])) / sum(rate(http_requests_total[1s]))';

  test('scrape: the error ratio follows the mode; idle gives 0/0 (no data)', async () => {
    const provider = createProvider({ kind: 'scrape', url: service.metricsUrl }, [RATIO]);
    expect(provider.live).toBe(true);
    const ratios = async (ms: number) => {
      const start = Date.now();
      while (Date.now() - start < ms) {
        await provider.poll();
        await sleep(250);
      }
      await provider.poll();
      return (await provider.range(RATIO, { start: start + 1000, end: Date.now(), step: 1000 })).map((sample) => sample.value);
    };
    service.setMode('good');
    const good = await ratios(2000);
    service.setMode('bad');
    const bad = await ratios(2500);
    service.setMode('idle');
    const idle = await ratios(2500);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(good.length).toBeGreaterThanOrEqual(3);
    expect(mean(good)).toBeGreaterThan(0.005);
    expect(mean(good)).toBeLessThan(0.05);
    expect(mean(bad)).toBeGreaterThan(0.12);
    expect(mean(bad)).toBeLessThan(0.3);
    expect(idle.slice(-3).every(Number.isNaN)).toBe(true);
    service.setMode('good');
  });

  test('http: reads a JSON path; null is no value; a wrong path says what is there', async () => {
    const provider = new HttpJsonProvider(service.statsUrl, '$.window.{query}', { queries: ['error_ratio', 'requests'] });
    await sleep(300);
    await provider.poll();
    const [ratio] = await provider.range('error_ratio', { start: 0, end: Date.now(), step: 1000 });
    expect(ratio!.value).toBeGreaterThanOrEqual(0);
    expect(ratio!.value).toBeLessThan(0.2);
    expect((await provider.instant('requests'))[0]!.value).toBeGreaterThan(0);
    const wrong = await errorOf(new HttpJsonProvider(service.statsUrl, '$.errors.ratio').instant('x'));
    expect(wrong).toBeInstanceOf(MetricQueryError);
    expect(wrong.message).toBe(`$.errors.ratio is not in the answer of ${service.statsUrl} (top-level keys: mode, requests, errors, window)`);
    expect((await errorOf(new HttpJsonProvider(service.statsUrl, '$.mode').instant('x'))).message).toBe(`$.mode in the answer of ${service.statsUrl} is "good", not a number`);
    expect((await errorOf(new HttpJsonProvider(service.metricsUrl, '$.x').instant('x'))).message).toMatch(/^the JSON endpoint .* did not answer JSON \(text\/plain/);
    service.setMode('idle');
    await sleep(5200); // the /stats window empties
    expect(await new HttpJsonProvider(service.statsUrl, '$.window.error_ratio').instant('x')).toEqual([]);
    service.setMode('good');
  }, 15_000);
});

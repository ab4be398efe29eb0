import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { silentLogger } from '../runtime/logger.js';
import { errorMessage } from '../runtime/errors.js';
import { ApiError, DOCS_URL } from './api-error.js';
import { FaultInjector } from './faults.js';
import { compileRoute, matchRoute, type Caller, type Reply, type RequestContext } from './router.js';
import { routes } from './routes.js';
import { Store } from './store.js';
import type { FaultOptions, RunningSandbox, SandboxExchange, SandboxOptions } from './types.js';

/** The documented test-only header that makes a request happen at a given time. */
export const TIME_HEADER = 'x-stopline-sandbox-time';

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const compiled = routes.map(compileRoute);

/** Reads `Authorization: token X` / `Bearer X`; a token `user:<login>` acts as that login. */
function parseCaller(header: string | undefined): Caller | undefined | 'invalid' {
  if (!header) return undefined;
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!match) return 'invalid';
  const token = match[1]!;
  const readonly = token.startsWith('readonly-');
  const bare = readonly ? token.slice('readonly-'.length) : token;
  const login = bare.startsWith('user:') && /^[A-Za-z0-9-]{1,39}$/.test(bare.slice(5)) ? bare.slice(5) : 'sandbox-user';
  return { login, readonly };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const errorReply = (error: ApiError): Reply => ({ status: error.status, body: error.body(), headers: error.headers });

/** Starts the sandbox; resolves once it listens. */
export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const logger = options.logger ?? silentLogger;
  const store = new Store(options.dataDir);
  const faults = new FaultInjector(options.faults ?? {});
  const host = options.host ?? '127.0.0.1';
  let baseUrl = '';

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const pathname = url.pathname.replace(/\/+$/, '') || '/';
    const rawBody = await readBody(req);
    const exchange: SandboxExchange = {
      method,
      route: undefined,
      path: pathname,
      query: Object.fromEntries(url.searchParams),
      requestContentType: req.headers['content-type'],
      requestBody: undefined,
      status: 0,
      responseContentType: undefined,
      responseBody: undefined,
      faulted: false,
    };
    const reply = await answer(req, method, url, pathname, rawBody, exchange);
    send(res, reply, exchange);
    options.onExchange?.(exchange);
  }

  async function answer(
    req: http.IncomingMessage, method: string, url: URL, pathname: string, rawBody: Buffer, exchange: SandboxExchange,
  ): Promise<Reply> {
    // The control route is never faulted nor delayed, so a test can always turn faults off again.
    if (pathname === '/_stopline/faults') return controlFaults(method, rawBody);
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    const matched = matchRoute(compiled, method, pathname);
    exchange.route = matched?.route.path;
    if (!matched?.route.sandboxOnly) {
      const fault = faults.next();
      if (fault) {
        exchange.faulted = true;
        return fault;
      }
    }
    if (!matched) return errorReply(new ApiError(404, 'Not Found'));
    const timeHeader = req.headers[TIME_HEADER];
    let now = new Date();
    if (timeHeader !== undefined) {
      const value = String(timeHeader);
      if (!ISO_8601.test(value) || Number.isNaN(Date.parse(value))) {
        return errorReply(new ApiError(400, `Invalid ${TIME_HEADER} header "${value}": give an ISO 8601 time such as 2024-05-01T12:00:00Z`));
      }
      now = new Date(value);
    }
    const caller = parseCaller(req.headers.authorization);
    if (caller === 'invalid') return errorReply(new ApiError(401, 'Bad credentials'));
    if (method !== 'GET') {
      if (!caller) return errorReply(new ApiError(401, 'Requires authentication'));
      if (caller.readonly) return errorReply(new ApiError(403, 'Resource not accessible by integration'));
    }
    let body: unknown;
    if (!matched.route.rawBody && rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        return errorReply(new ApiError(400, 'Problems parsing JSON'));
      }
    }
    exchange.requestBody = matched.route.rawBody ? rawBody : body;
    const ctx: RequestContext = {
      params: matched.params,
      query: url.searchParams,
      body,
      rawBody,
      headers: req.headers,
      now,
      caller,
      store,
      baseUrl,
      path: pathname,
      logger,
    };
    try {
      return matched.route.handler(ctx);
    } catch (error) {
      if (error instanceof ApiError) return errorReply(error);
      logger.error(`sandbox: ${method} ${pathname} failed: ${errorMessage(error)}`);
      return errorReply(new ApiError(500, 'Server Error'));
    }
  }

  function controlFaults(method: string, rawBody: Buffer): Reply {
    if (method === 'GET') return { status: 200, body: currentFaults };
    if (method !== 'PUT') return errorReply(new ApiError(404, 'Not Found'));
    try {
      const next = JSON.parse(rawBody.toString('utf8') || '{}') as FaultOptions;
      faults.set(next);
      currentFaults = next;
      logger.info(`sandbox: faults set to ${JSON.stringify(next)}`);
      return { status: 200, body: currentFaults };
    } catch (error) {
      return { status: 422, body: { message: `Invalid faults: ${errorMessage(error)}`, documentation_url: DOCS_URL } };
    }
  }

  function send(res: http.ServerResponse, reply: Reply, exchange: SandboxExchange): void {
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    exchange.status = reply.status;
    if (reply.raw) {
      headers['content-type'] = reply.raw.contentType;
      exchange.responseContentType = reply.raw.contentType;
      exchange.responseBody = reply.raw.bytes;
      res.writeHead(reply.status, headers).end(reply.raw.bytes);
      return;
    }
    if (reply.status === 204 || reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    headers['content-type'] = 'application/json; charset=utf-8';
    exchange.responseContentType = headers['content-type'];
    exchange.responseBody = reply.body;
    res.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
  }

  let currentFaults: FaultOptions = options.faults ?? {};
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error(`sandbox: request failed: ${errorMessage(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Server Error', documentation_url: DOCS_URL }));
    });
  });
  // Many concurrent clients (the ledger test runs 50 writers) keep connections alive.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.debug(`sandbox: serving ${options.dataDir} on ${baseUrl}`);

  return {
    url: baseUrl,
    port,
    setFaults(next: FaultOptions) {
      faults.set(next);
      currentFaults = next;
    },
    close() {
      // Every write already went to disk before its reply, so closing needs no flush of its own.
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

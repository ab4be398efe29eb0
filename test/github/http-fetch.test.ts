/**
 * The default fetch (node-fetch over node:http) does what Octokit needs: JSON, compressed and
 * binary bodies, error statuses, request bodies, and aborts.
 */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { createGitHubClient } from '../../src/github/client.js';
import { httpFetch } from '../../src/github/http-fetch.js';

let server: Server;
let url: string;
const received: { method?: string; body: string; auth?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method, body, auth: req.headers.authorization });
      if (req.url === '/gzip') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        return res.end(gzipSync(JSON.stringify({ compressed: 'ünïcode' })));
      }
      if (req.url === '/binary') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(Buffer.from([0, 1, 2, 253, 254, 255]));
      }
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 5_000).unref();
      if (req.url === '/repos/o/r') {
        res.writeHead(404, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ message: 'Not Found' }));
      }
      res.writeHead(201, { 'content-type': 'application/json', 'x-echo': 'yes' });
      res.end(JSON.stringify({ echoed: body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

test('decompresses gzip and decodes UTF-8', async () => {
  const response = await httpFetch(`${url}/gzip`);
  expect(await response.json()).toEqual({ compressed: 'ünïcode' });
});

test('keeps binary bodies byte for byte', async () => {
  const response = await httpFetch(`${url}/binary`);
  expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0, 1, 2, 253, 254, 255]);
});

test('sends request bodies and exposes headers', async () => {
  const response = await httpFetch(`${url}/post`, { method: 'POST', body: '{"a":"ä"}', headers: { 'content-type': 'application/json' } });
  expect(response.status).toBe(201);
  expect(response.headers.get('x-echo')).toBe('yes');
  expect(await response.json()).toEqual({ echoed: '{"a":"ä"}' });
});

test('an abort signal ends a request', async () => {
  const controller = new AbortController();
  const pending = httpFetch(`${url}/slow`, { signal: controller.signal });
  controller.abort();
  await expect(pending).rejects.toThrow(/abort/i);
});

test('through Octokit: a 404 is a RequestError with its status, and the token goes only into the header', async () => {
  const client = createGitHubClient({ token: 'tok-secret', baseUrl: url, retries: 0 });
  await expect(client.rest.repos.get({ owner: 'o', repo: 'r' })).rejects.toMatchObject({ status: 404 });
  expect(received.at(-1)?.auth).toBe('token tok-secret');
});

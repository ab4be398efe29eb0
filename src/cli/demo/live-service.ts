/**
 * The sample service as it runs in the demo's "production": an HTTP endpoint with `/healthz`,
 * `/metrics` (Prometheus text format, read by deploy's embedded `scrape` provider) and
 * `POST /mode/<good|bad>`, which the deploy command calls with the mode the released files say.
 * Traffic is simulated in process (500 requests a second, 2% failing); a bad release fails ten times as many
 * of them, which is what deploy's checks must catch.
 *
 * The failures are spread evenly (every 50th request, every 5th when bad), not drawn at random:
 * the demo and the crash suite run many healthy deploys, and with random failures each of them
 * would be rolled back by chance up to α (1%) of the time, which is the judge working as designed
 * but a story that fails now and then (the crash suite did, once in about ten CI runs). How the
 * judge does on random and bursty traffic is measured in bench/deploy-judge.bench.mjs and tested
 * with test/support/sample-service.ts.
 */
import { createServer, type Server } from 'node:http';

/** Every how many requests one fails: 2% when good, 20% when bad. */
const FAIL_EVERY = { good: 50, bad: 5 } as const;
/** Simulated requests per 20 ms tick: 500 a second, enough that a 1 s window sees ~10 errors even when healthy. */
const PER_TICK = 10;

export interface LiveService {
  url: string;
  stop(): Promise<void>;
}

export async function startLiveService(): Promise<LiveService> {
  let mode: keyof typeof FAIL_EVERY = 'good';
  const counts = { ok: 0, failed: 0 };
  let served = 0;
  const traffic = setInterval(() => {
    for (let i = 0; i < PER_TICK; i += 1) {
      served += 1;
      if (served % FAIL_EVERY[mode] === 0) counts.failed += 1;
      else counts.ok += 1;
    }
  }, 20);
  const server: Server = createServer((req, res) => {
    const switched = /^\/mode\/(good|bad)$/.exec(req.url ?? '');
    if (req.method === 'POST' && switched) {
      mode = switched[1] as keyof typeof FAIL_EVERY;
      res.end(`mode ${mode}\n`);
    } else if (req.url === '/metrics') {
      res.setHeader('content-type', 'text/plain; version=0.0.4');
      res.end(`# TYPE http_requests_total counter\nhttp_requests_total{code="200"} ${counts.ok}\nhttp_requests_total{code="500"} ${counts.failed}\n`);
    } else if (req.url === '/healthz') {
      res.end('ok\n');
    } else {
      res.statusCode = 404;
      res.end('not found\n');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      clearInterval(traffic);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The deploy command: tells the service which mode the released files carry (`dist/mode`). */
export const SWITCH_MODE = `node -e "const fs=require('fs');const mode=fs.readFileSync(process.env.STOPLINE_RELEASE_PATH+'/dist/mode','utf8').trim();fetch(process.env.SERVICE_URL+'/mode/'+mode,{method:'POST'}).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"`;

/** The checks, read straight from /metrics: the error ratio against a bound, and failed requests counted against the baseline's proportion (Fisher's exact test). */
export function checksFile(service: LiveService): string {
  return `provider:
  scrape: ${service.url}/metrics
checks:
  - name: error-rate
    query: 'sum(rate(http_requests_total{code=~"5.."}[1s])) / sum(rate(http_requests_total[1s]))'
    max: 0.05
    max-increase: 300%
    critical: true
  - name: failed-requests
    judge: proportion
    errors: 'sum(increase(http_requests_total{code=~"5.."}[1s]))'
    total: 'sum(increase(http_requests_total[1s]))'
    max-increase: 50%
`;
}

/**
 * A real Prometheus for tests (the Debian `prometheus` package, see
 * ../shared/design/REAL-TOOLS.md §4): started on 127.0.0.1 on a free port with a 1 s scrape
 * interval and a temporary storage directory, scraping the targets a test names, stopped (its
 * process killed by pid, its directory removed) by stop().
 *
 * Tests that need it use `describeWithPrometheus`: when the binary is missing they are skipped
 * with a loud message, except under CI (`CI=true`), where a missing binary fails the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The binary: $PROMETHEUS_BINARY, else `prometheus` on the PATH. */
export function findPrometheus(): string | undefined {
  const configured = process.env.PROMETHEUS_BINARY;
  const candidates = configured ? [configured] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'prometheus'));
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

const INSTALL_HINT = 'install it with `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends prometheus` or set PROMETHEUS_BINARY';

/**
 * `describe` for tests that need a real Prometheus. Binary missing: outside CI the block is
 * skipped with a warning; under CI=true it becomes one failing test, so CI never passes without
 * having run them.
 */
export function describeWithPrometheus(name: string, body: () => void): void {
  if (findPrometheus()) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      test('needs the prometheus binary', () => {
        throw new Error(`prometheus is not installed, and CI=true: these tests must run in CI; ${INSTALL_HINT}`);
      });
    });
    return;
  }
  const banner = '*'.repeat(100);
  console.warn(`${banner}\nSKIPPED "${name}": the prometheus binary is missing; ${INSTALL_HINT}\n${banner}`);
  describe.skip(name, body);
}

export interface ScrapeTarget {
  job: string;
  /** The full URL of the metrics, e.g. http://127.0.0.1:41234/metrics. */
  url: string;
}

export interface PrometheusOptions {
  targets: readonly ScrapeTarget[];
  /** Default `1s`. */
  scrapeInterval?: string;
  /** Milliseconds to wait for /-/ready; default 20 s. */
  readyTimeoutMs?: number;
}

export interface RunningPrometheus {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** Everything Prometheus wrote to stdout and stderr, for failure messages. */
  log(): string;
  /** Waits until `up{job="..."} == 1`: new targets take about 5 s to be picked up. */
  waitForTarget(job: string, timeoutMs?: number): Promise<void>;
  /** Waits until `query` returns at least one sample (e.g. until rate() windows have filled). */
  waitForData(query: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function configYaml(targets: readonly ScrapeTarget[], interval: string): string {
  const jobs = targets.map((target) => {
    const url = new URL(target.url);
    return [
      `  - job_name: ${JSON.stringify(target.job)}`,
      `    metrics_path: ${JSON.stringify(url.pathname)}`,
      `    scheme: ${url.protocol.replace(':', '')}`,
      '    static_configs:',
      `      - targets: [${JSON.stringify(url.host)}]`,
    ].join('\n');
  });
  return ['global:', `  scrape_interval: ${interval}`, `  evaluation_interval: ${interval}`, 'scrape_configs:', ...jobs, ''].join('\n');
}

async function instantQuery(url: string, query: string): Promise<{ value: [number, string] }[]> {
  const response = await fetch(`${url}/api/v1/query`, { method: 'POST', body: new URLSearchParams({ query }) });
  const body = (await response.json()) as { status: string; data?: { result: { value: [number, string] }[] } };
  return body.data?.result ?? [];
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timeout);
}

/** Starts Prometheus; retries on another port if the chosen one was taken meanwhile. */
export async function startPrometheus(options: PrometheusOptions): Promise<RunningPrometheus> {
  const binary = findPrometheus();
  if (!binary) throw new Error(`prometheus is not installed; ${INSTALL_HINT}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'stopline-prometheus-'));
  const configPath = join(dataDir, 'prometheus.yml');
  writeFileSync(configPath, configYaml(options.targets, options.scrapeInterval ?? '1s'));
  let lastLog = '';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(
      binary,
      [
        `--config.file=${configPath}`,
        `--storage.tsdb.path=${join(dataDir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--storage.tsdb.retention.time=1h',
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let log = '';
    child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const deadline = Date.now() + (options.readyTimeoutMs ?? 20_000);
    let ready = false;
    while (Date.now() < deadline && child.exitCode === null) {
      try {
        const response = await fetch(`${url}/-/ready`);
        if (response.ok) {
          ready = true;
          break;
        }
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    if (!ready) {
      lastLog = log;
      await stopChild(child);
      continue;
    }
    const running: RunningPrometheus = {
      url,
      port,
      pid: child.pid!,
      dataDir,
      log: () => log,
      async waitForTarget(job, timeoutMs = 30_000) {
        await running.waitForData(`up{job=${JSON.stringify(job)}} == 1`, timeoutMs);
      },
      async waitForData(query, timeoutMs = 30_000) {
        const until = Date.now() + timeoutMs;
        for (;;) {
          const result = await instantQuery(url, query).catch(() => []);
          if (result.some((series) => Number.isFinite(parseFloat(series.value[1])))) return;
          if (Date.now() > until) throw new Error(`Prometheus at ${url}: no data for ${query} after ${timeoutMs} ms\n${log}`);
          await sleep(250);
        }
      },
      async stop() {
        await stopChild(child);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
    return running;
  }
  rmSync(dataDir, { recursive: true, force: true });
  throw new Error(`Prometheus did not become ready after 3 attempts:\n${lastLog}`);
}

/**
 * One crash run's world: a fresh sandbox on its own data directory, the sample service's checkout,
 * the demo's context to run actions through, and a hook on every request the sandbox answers (the
 * kill counts them). A world is built once per scenario up to the step under test, then copied
 * (data directory and checkout) for every run: each run gets a fresh sandbox in the same state.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Octokit } from '@octokit/rest';
import { createGitHubClient, type GitHubClient } from '../../github/client.js';
import { startSandbox, type RunningSandbox, type SandboxExchange } from '../../sandbox/index.js';
import { DemoContext } from '../demo/context.js';
import { startLiveService, type LiveService } from '../demo/live-service.js';

/** The token every action and check uses (the sandbox accepts any). */
export const CRASH_TOKEN = 'crash';

/** How long the live service runs before its first deploy: a fresh one's first second of simulated traffic is too short a baseline. */
const WARM_UP_MS = 2_000;

/**
 * The live sample service deploy's checks read, one for a whole suite (runs are sequential):
 * started and warmed up on first use, and switched back to the good release for every world that
 * asks, as every scenario starts with a good release running.
 */
export class SharedService {
  private started: Promise<LiveService> | undefined;

  async forWorld(): Promise<LiveService> {
    const service = await (this.started ??= startLiveService().then(async (live) => {
      await sleep(WARM_UP_MS);
      return live;
    }));
    const answer = await fetch(`${service.url}/mode/good`, { method: 'POST' });
    if (!answer.ok) throw new Error(`the live service did not switch back to good: ${answer.status}`);
    return service;
  }

  async stop(): Promise<void> {
    if (this.started) await (await this.started).stop();
    this.started = undefined;
  }
}

export interface CrashWorld {
  readonly dir: string;
  readonly sandbox: RunningSandbox;
  readonly demo: DemoContext;
  readonly client: GitHubClient;
  /** The live sample service deploy's checks read (the suite's, running the good release when first asked). */
  service(): Promise<LiveService>;
  /** Called with every request the sandbox answers; the kill sets it while a step runs. */
  onExchange: ((exchange: SandboxExchange) => void) | undefined;
  /** Copies the data directory and the checkout; call while no request is in flight. */
  snapshot(into: string): WorldSnapshot;
  close(): Promise<void>;
}

/** A world frozen on disk, and the repository in it. */
export interface WorldSnapshot {
  dir: string;
  repoRef: { owner: string; repo: string };
}

function copyTree(from: string, to: string): void {
  // The checkout links node_modules (for the scanners): copied as a link, never followed.
  cpSync(from, to, { recursive: true, verbatimSymlinks: true });
}

async function open(dir: string, repoRef: { owner: string; repo: string } | undefined, shared: SharedService): Promise<CrashWorld> {
  const dataDir = join(dir, 'data');
  const workspace = join(dir, 'workspace');
  mkdirSync(workspace, { recursive: true });
  let world: CrashWorld | undefined;
  const sandbox = await startSandbox({ dataDir, port: 0, onExchange: (exchange) => world?.onExchange?.(exchange) });
  const octokit = new Octokit({ baseUrl: sandbox.url, auth: CRASH_TOKEN, log: { debug() {}, info() {}, warn() {}, error() {} } });
  let at = repoRef;
  if (at === undefined) {
    const { data } = await octokit.rest.repos.createForAuthenticatedUser({ name: 'crash-service', auto_init: true });
    at = { owner: data.owner.login, repo: data.name };
  }
  const pages = join(dir, 'pages');
  mkdirSync(pages, { recursive: true });
  // Outside `dir`, so snapshots do not copy the steps' runner files; removeWorld removes it.
  const demo = new DemoContext(sandbox.url, octokit, at, workspace, pages, () => undefined, { runnerRoot: runnerRootOf(dir) });
  const client = createGitHubClient({ token: CRASH_TOKEN, baseUrl: sandbox.url });
  let service: Promise<LiveService> | undefined;
  const repo = at;
  world = {
    dir,
    sandbox,
    demo,
    client,
    onExchange: undefined,
    service: () => (service ??= shared.forWorld()),
    snapshot(into) {
      rmSync(into, { recursive: true, force: true });
      copyTree(dir, into);
      return { dir: into, repoRef: repo };
    },
    async close() {
      world!.onExchange = undefined;
      await sandbox.close();
    },
  };
  return world;
}

/** A new world with an empty repository (`sandbox-user/crash-service`, one commit on main). */
export async function newWorld(shared: SharedService): Promise<CrashWorld> {
  return open(mkdtempSync(join(tmpdir(), 'stopline-crash-')), undefined, shared);
}

/** A fresh sandbox on a copy of `snapshot`. */
export async function worldFrom(snapshot: WorldSnapshot, shared: SharedService): Promise<CrashWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'stopline-crash-'));
  copyTree(snapshot.dir, dir);
  return open(dir, snapshot.repoRef, shared);
}

/** Puts the checkout back as the snapshot has it: a re-run starts on a fresh runner with a fresh checkout. */
export function restoreCheckout(world: CrashWorld, snapshot: WorldSnapshot): void {
  rmSync(world.demo.workspace, { recursive: true, force: true });
  copyTree(join(snapshot.dir, 'workspace'), world.demo.workspace);
}

export async function removeWorld(world: CrashWorld): Promise<void> {
  await world.close();
  rmSync(world.dir, { recursive: true, force: true });
  rmSync(runnerRootOf(world.dir), { recursive: true, force: true });
}

function runnerRootOf(dir: string): string {
  return `${dir}-runner`;
}

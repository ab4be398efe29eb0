/**
 * Runs a committed action bundle exactly as the GitHub runner does (the CLI, the demo and the
 * end-to-end tests all use it, so there is one way to run an action outside GitHub): a child process of `node`
 * with the inputs as INPUT_* variables (defaults from action.yml applied, as the runner does),
 * file commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY), the event payload
 * in GITHUB_EVENT_PATH, and then the `post:` script with the saved state as STATE_* variables.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

/**
 * The package's root. This file sits two levels down both as source (src/cli/) and bundled
 * (dist/chunks/), so the same relative step finds action.yml and actions/ in both cases.
 */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface ActionMetadata {
  name: string;
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

/** Reads an action.yml (path relative to the repository root). */
export function readActionMetadata(actionYml: string): ActionMetadata {
  const doc = parseYaml(readFileSync(join(packageRoot, actionYml), 'utf8')) as ActionMetadata;
  return { ...doc, inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} };
}

export interface RunActionOptions {
  /** action.yml path relative to the repository root, e.g. 'action.yml' or 'actions/deploy/action.yml'. */
  action: string;
  inputs?: Record<string, string>;
  /** Repository as owner/name (GITHUB_REPOSITORY). */
  repository: string;
  apiUrl: string;
  token?: string;
  event?: { name: string; payload: unknown };
  sha?: string;
  ref?: string;
  runId?: number;
  runAttempt?: number;
  workspace?: string;
  env?: Record<string, string>;
  /** Node binary; defaults to the one running the tests. */
  node?: string;
  /** Skip the post step even when action.yml declares one. */
  skipPost?: boolean;
  /** Kill the main step after this many ms (SIGKILL), to test crash safety. */
  killAfterMs?: number;
  /** Called with the main step's process once it is spawned, so a crash test can kill it at a point of its choosing. */
  onMainStep?: (child: ChildProcess) => void;
  /** Skip the post step when the main step died of SIGKILL: the runner it ran on is taken as lost with it. */
  skipPostIfKilled?: boolean;
  /** Called with each chunk the step writes to stdout, as it comes (the CLI shows progress). */
  onStdout?: (chunk: string) => void;
  /**
   * Where the step's own directory is made (its event and file-command files, RUNNER_TEMP, and the
   * workspace when none is given), created when missing; default the system's temporary
   * directory. It is left in place, as a job's files are for its later steps (outputs name files in
   * RUNNER_TEMP): the caller removes the root when its "job" is over.
   */
  runnerRoot?: string;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  state: Record<string, string>;
  env: Record<string, string>;
}

export interface ActionResult extends StepResult {
  post?: StepResult;
}

/** Parses a file written with the runner's file-command format: `name=value` or `name<<DELIM`. */
export function parseFileCommand(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  // @actions/core writes os.EOL, so a Windows runner's file has CRLF line ends.
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`file command '${name}': missing closing delimiter ${delimiter}`);
      values[name] = body.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`file command: malformed line '${line}'`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}

/** Parses workflow commands (`::error file=a,line=1::message`) from a step's stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    found.push({ level: match[1] as Annotation['level'], message: unescapeData(match[3]), properties });
  }
  return found;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** The runner's input variable name: upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Resolves an action.yml default the way the runner would for the expressions we use. */
function resolveDefault(value: string, token: string): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_all, expression: string) => {
    if (expression === 'github.token') return token;
    throw new Error(`harness: cannot evaluate default expression '${expression}'`);
  });
}

async function runStep(
  script: string, env: NodeJS.ProcessEnv, cwd: string, node: string, killAfterMs?: number, onStdout?: (chunk: string) => void, onSpawn?: (child: ChildProcess) => void,
): Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(node, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      onStdout?.(chunk.toString());
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (exitCode, signal) => {
      if (timer) clearTimeout(timer);
      resolvePromise({ exitCode, signal, stdout, stderr });
    });
  });
}

/** Runs the action's main step (and its post step) as the runner would. */
export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const metadata = readActionMetadata(options.action);
  const actionDir = join(packageRoot, dirname(options.action));
  const root = options.runnerRoot ?? tmpdir();
  mkdirSync(root, { recursive: true });
  const temp = mkdtempSync(join(root, 'stopline-harness-'));
  const workspace = options.workspace ?? join(temp, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  const token = options.token ?? 'harness-token';
  const eventPath = join(temp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event?.payload ?? {}));
  const files = {
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STATE: join(temp, 'state'),
    GITHUB_ENV: join(temp, 'env'),
    GITHUB_PATH: join(temp, 'path'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary.md'),
  };
  for (const path of Object.values(files)) writeFileSync(path, '');

  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    if (spec.default !== undefined) inputs[inputVariable(name)] = resolveDefault(String(spec.default), token);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) inputs[inputVariable(name)] = value;

  // Only what a runner provides: nothing leaks in from the test process but PATH and HOME.
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: options.apiUrl,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0],
    GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
    GITHUB_REF: options.ref ?? 'refs/heads/main',
    GITHUB_RUN_ID: String(options.runId ?? 1000),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_WORKFLOW: 'harness',
    GITHUB_ACTOR: 'sandbox-user',
    GITHUB_JOB: 'harness',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...files,
    ...options.env,
  };
  const node = options.node ?? process.execPath;
  const main = await runStep(join(actionDir, metadata.runs.main), { ...baseEnv, ...inputs }, workspace, node, options.killAfterMs, options.onStdout, options.onMainStep);
  const state = parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8'));
  const result: ActionResult = {
    ...main,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: parseAnnotations(main.stdout),
    state,
    env: parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')),
  };

  // The runner runs `post:` unless post-if says otherwise; our actions use the default always().
  if (metadata.runs.post && !options.skipPost && !(options.skipPostIfKilled && main.signal === 'SIGKILL')) {
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    writeFileSync(files.GITHUB_OUTPUT, '');
    writeFileSync(files.GITHUB_STEP_SUMMARY, '');
    const post = await runStep(join(actionDir, metadata.runs.post), { ...baseEnv, ...inputs, ...stateEnv }, workspace, node, undefined, options.onStdout);
    result.post = {
      ...post,
      outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      annotations: parseAnnotations(post.stdout),
      state: {},
      env: {},
    };
  }
  return result;
}

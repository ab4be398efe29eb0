/**
 * No action lets the token out (issue 8, "Secrets"): every action's committed bundle runs with a
 * recognisable token against the sandbox, and the token must not appear in any output, the job
 * summary, an annotation, a log line (other than the runner's own `::add-mask::` command, which is
 * how the runner learns to hide it), or any file the step wrote to the workspace or names in an
 * output.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, type ActionResult } from '../harness/run-action.js';
import { startTestSandbox, type TestSandbox } from '../support/sandbox.js';

const TOKEN = 'ghs_StoplineCanary0x5eCr3tT0ken8675309';

let sb: TestSandbox;
beforeAll(async () => {
  sb = await startTestSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) return [];
    return entry.isDirectory() ? filesBelow(path) : [path];
  });
}

function leaks(result: ActionResult, workspace: string): string[] {
  const found: string[] = [];
  const look = (where: string, text: string) => {
    if (text.includes(TOKEN)) found.push(where);
  };
  look('stdout', result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'));
  look('stderr', result.stderr);
  look('summary', result.summary);
  for (const [name, value] of Object.entries(result.outputs)) {
    look(`output ${name}`, value);
    if (value.startsWith('/') && existsSync(value) && statSync(value).isFile()) look(`file ${value} (output ${name})`, readFileSync(value, 'latin1'));
  }
  for (const annotation of result.annotations) look(`annotation ${annotation.level}`, annotation.message);
  for (const file of filesBelow(workspace)) look(`file ${file}`, readFileSync(file, 'latin1'));
  if (result.post) {
    look('post stdout', result.post.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'));
    look('post stderr', result.post.stderr);
  }
  return found;
}

test('no action lets its token into logs, summaries, outputs, annotations or files', async () => {
  const at = await sb.createRepo('secrets');
  const workspace = mkdtempSync(join(tmpdir(), 'stopline-secrets-'));
  const run = async (action: string, inputs: Record<string, string> = {}, event?: { name: string; payload: unknown }) => {
    const result = await runAction({ action, repository: at.repository, apiUrl: sb.url, token: TOKEN, workspace, inputs, sha: at.headSha, ...(event ? { event } : {}) });
    return { action, inputs, result, leaks: leaks(result, workspace) };
  };

  mkdirSync(join(workspace, 'scans'), { recursive: true });
  writeFileSync(join(workspace, 'scans', 'tool.sarif'), JSON.stringify({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'ESLint', rules: [{ id: 'no-eval' }] } }, results: [{ ruleId: 'no-eval', level: 'error', message: { text: 'eval is evil' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 3 } } }] }] }],
  }));
  mkdirSync(join(workspace, 'dist'), { recursive: true });
  writeFileSync(join(workspace, 'dist', 'app.js'), 'console.log("hello");\n');

  const runs = [];
  runs.push(await run('action.yml'));
  runs.push(await run('actions/commit-lock/action.yml', { command: 'lock', reason: 'release night' }));
  runs.push(await run('actions/commit-lock/action.yml', { command: 'unlock' }));
  runs.push(await run('actions/security-gate/action.yml', { sarif: 'scans', mode: 'warn' }, { name: 'push', payload: {} }));
  const build = await run('actions/build-once/action.yml', { path: 'dist' }, { name: 'push', payload: {} });
  runs.push(build);
  const promote = await run('actions/promote/action.yml', { environment: 'staging', require: 'none', path: 'release' }, { name: 'push', payload: {} });
  runs.push(promote);
  runs.push(await run('actions/deploy/action.yml', { environment: 'staging', 'deployment-id': promote.result.outputs['deployment-id'] ?? '', run: 'echo "deploying $STOPLINE_VERSION"' }, { name: 'push', payload: {} }));
  runs.push(await run('actions/dora-report/action.yml', { environment: 'staging', window: '7d' }, { name: 'schedule', payload: {} }));

  // Every action ran (a step that failed early would prove little).
  for (const { action, result } of runs) {
    if (result.exitCode !== 0) throw new Error(`${action} failed (${result.exitCode}):\n${result.stdout}\n${result.stderr}`);
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
  }
  expect(runs.flatMap(({ action, leaks: where }) => where.map((place) => `${action}: ${place}`))).toEqual([]);
}, 180_000);

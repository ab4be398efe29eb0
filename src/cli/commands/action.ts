/**
 * `stopline <action> [--input value ...]`: runs an action's committed bundle through the local
 * runner, with the same inputs as its action.yml, and prints what the runner would show: the log,
 * annotations, outputs and the job summary. Without GITHUB_TOKEN it runs against an embedded
 * sandbox kept in `.stopline/`, so every command works on a laptop with no account and no network.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { basename, join } from 'node:path';
import { ConfigurationError } from '../../runtime/errors.js';
import { readActionMetadata, runAction } from '../local-runner.js';
import { openTarget } from '../target.js';
import { lineWriter } from '../terminal.js';

export interface ActionCommand {
  /** The CLI command, e.g. `board`. */
  command: string;
  /** The action.yml it runs, relative to the package root. */
  action: string;
  summary: string;
}

/** Every action the CLI can run; later actions are added here as they land. */
export const actionCommands: ActionCommand[] = [
  { command: 'board', action: 'action.yml', summary: 'show line state, freezes, leases and what runs where' },
  { command: 'status', action: 'action.yml', summary: 'the board (same as `board`)' },
  { command: 'lock', action: 'actions/commit-lock/action.yml', summary: 'stop the line: check a change, apply a build result, freeze or unfreeze' },
  { command: 'gate', action: 'actions/security-gate/action.yml', summary: "judge SARIF by the security team's policy" },
  { command: 'build', action: 'actions/build-once/action.yml', summary: 'package build outputs once, name the release by digest, register it' },
  { command: 'promote', action: 'actions/promote/action.yml', summary: 'move a verified release into an environment' },
  { command: 'deploy', action: 'actions/deploy/action.yml', summary: 'deploy a release step by step, judge production metrics against the baseline, roll back on failure' },
  { command: 'dora', action: 'actions/dora-report/action.yml', summary: "DORA's five metrics from the repository's deployments, commits and incident issues" },
];

/** Options every action command takes besides the action's own inputs. */
const commonOptions = {
  repo: { type: 'string' },
  'event-name': { type: 'string' },
  'event-path': { type: 'string' },
  sha: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function actionHelp(spec: ActionCommand): string {
  const metadata = readActionMetadata(spec.action);
  const lines = [`stopline ${spec.command}: ${spec.summary}`, '', 'Options (the action\'s inputs):'];
  for (const [name, input] of Object.entries(metadata.inputs)) {
    const fallback = input.default !== undefined ? ` (default: ${input.default})` : '';
    lines.push(`  --${name}${fallback}`, `      ${(input.description ?? '').trim()}`);
  }
  lines.push(
    '',
    'Common options:',
    '  --repo owner/name   repository (default: GITHUB_REPOSITORY, or sandbox-user/<this folder> in the sandbox)',
    '  --event-name NAME   event the action sees (default: workflow_dispatch)',
    '  --event-path FILE   event payload JSON',
    '  --sha SHA           commit under test (default: GITHUB_SHA)',
    '',
    'Without GITHUB_TOKEN the command runs against an embedded sandbox stored in .stopline/.',
  );
  return lines.join('\n');
}

/** Runs one action command; returns the process exit code. */
export interface CliEnvironment {
  env: NodeJS.ProcessEnv;
  /** The folder the command runs in: the workspace, and where `.stopline/` is kept. */
  cwd: string;
}

export async function runActionCommand(spec: ActionCommand, args: string[], write: (text: string) => void, { env, cwd }: CliEnvironment): Promise<number> {
  const metadata = readActionMetadata(spec.action);
  const inputOptions = Object.fromEntries(Object.keys(metadata.inputs).map((name) => [name, { type: 'string' as const }]));
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...inputOptions, ...commonOptions }, strict: true, allowPositionals: false });
  } catch (error) {
    throw new ConfigurationError(`stopline ${spec.command}: ${(error as Error).message}. Valid options: ${Object.keys(metadata.inputs).map((n) => `--${n}`).join(', ')}, --repo, --event-name, --event-path, --sha.`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    write(actionHelp(spec) + '\n');
    return 0;
  }
  const inputs: Record<string, string> = {};
  for (const name of Object.keys(metadata.inputs)) {
    if (typeof values[name] === 'string') inputs[name] = values[name] as string;
  }
  const target = await openTarget({ env, repo: values.repo as string | undefined, defaultRepoName: basename(cwd), dataDir: join(cwd, '.stopline', 'sandbox'), write });
  const log = lineWriter(write);
  try {
    const eventPath = values['event-path'] as string | undefined;
    const result = await runAction({
      action: spec.action,
      inputs,
      repository: target.repository,
      apiUrl: target.apiUrl,
      token: target.token,
      event: { name: (values['event-name'] as string | undefined) ?? env.GITHUB_EVENT_NAME ?? 'workflow_dispatch', payload: eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : {} },
      sha: (values.sha as string | undefined) ?? env.GITHUB_SHA ?? target.defaultSha,
      workspace: cwd,
      onStdout: (chunk) => log.push(chunk),
    });
    log.flush();
    if (result.stderr) write(result.stderr);
    if (result.summary.trim() !== '') write(`\n${result.summary.trimEnd()}\n`);
    const outputs = Object.entries(result.outputs);
    if (outputs.length > 0) {
      write('\nOutputs:\n');
      for (const [name, value] of outputs) write(`  ${name} = ${value}\n`);
    }
    return result.exitCode ?? 1;
  } finally {
    await target.close();
  }
}

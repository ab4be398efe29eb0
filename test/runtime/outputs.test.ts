import { readFileSync } from 'node:fs';
import { getState, maskSecret, saveState, setOutput } from '../../src/runtime/outputs.js';
import { captureStdout, fileCommand, isolateRunnerEnv, parseFileCommands, tempDir } from './runner-env.js';

isolateRunnerEnv();

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('setOutput', () => {
  it('writes heredoc entries to GITHUB_OUTPUT that the runner parses back', () => {
    const path = fileCommand(dir, 'GITHUB_OUTPUT');
    const stdout = captureStdout();
    setOutput('verdict', 'fail');
    setOutput('findings', 12);
    setOutput('blocked', false);
    setOutput('report', 'line one\nline two with = and <<EOF');
    expect(parseFileCommands(path)).toEqual({
      verdict: 'fail',
      findings: '12',
      blocked: 'false',
      report: 'line one\nline two with = and <<EOF',
    });
    // No legacy ::set-output on stdout.
    expect(stdout.text()).not.toContain('::set-output');
    expect(readFileSync(path, 'utf8')).toMatch(/^verdict<<ghadelimiter_/);
  });

  it('logs the output instead of using ::set-output when GITHUB_OUTPUT is unset (CLI)', () => {
    const stdout = captureStdout();
    setOutput('verdict', 'pass');
    expect(stdout.lines()).toEqual(['output verdict: pass']);
  });
});

describe('saveState and getState', () => {
  it('write heredoc entries to GITHUB_STATE, which the runner hands to post as STATE_*', () => {
    const path = fileCommand(dir, 'GITHUB_STATE');
    saveState('lease-id', 'staging:42');
    saveState('epoch', 7);
    const saved = parseFileCommands(path);
    expect(saved).toEqual({ 'lease-id': 'staging:42', epoch: '7' });
    // What the runner does before the post step:
    for (const [name, value] of Object.entries(saved)) process.env[`STATE_${name}`] = value;
    expect(getState('lease-id')).toBe('staging:42');
    expect(getState('epoch')).toBe('7');
  });

  it('getState is undefined for state never saved', () => {
    expect(getState('lease-id')).toBeUndefined();
  });

  it('keep state in-process when GITHUB_STATE is unset, so the CLI can run main then post', () => {
    const stdout = captureStdout();
    saveState('lease-id', 'production:3');
    expect(getState('lease-id')).toBe('production:3');
    expect(stdout.text()).not.toContain('::save-state');
  });
});

describe('maskSecret', () => {
  it('masks the value, and each line of a multi-line value', () => {
    const stdout = captureStdout();
    maskSecret('-----BEGIN KEY-----\nabc123\n-----END KEY-----');
    expect(stdout.lines()).toEqual([
      '::add-mask::-----BEGIN KEY-----%0Aabc123%0A-----END KEY-----',
      '::add-mask::-----BEGIN KEY-----',
      '::add-mask::abc123',
      '::add-mask::-----END KEY-----',
    ]);
  });

  it('ignores the empty string, which would mask nothing useful', () => {
    const stdout = captureStdout();
    maskSecret('');
    expect(stdout.lines()).toEqual([]);
  });
});

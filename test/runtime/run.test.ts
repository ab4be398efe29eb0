import { ConfigurationError } from '../../src/runtime/errors.js';
import { runAction, runPost } from '../../src/runtime/run.js';
import { captureStdout, isolateRunnerEnv } from './runner-env.js';

isolateRunnerEnv();

describe('runAction', () => {
  it('leaves the exit code alone when main succeeds', async () => {
    const stdout = captureStdout();
    let ran = false;
    await runAction(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
    expect(process.exitCode).toBeUndefined();
    expect(stdout.lines()).toEqual([]);
  });

  it('fails with the ConfigurationError message as it stands', async () => {
    const stdout = captureStdout();
    await runAction(async () => {
      throw new ConfigurationError("input 'environment' is required; set it under 'with:'");
    });
    expect(process.exitCode).toBe(1);
    const errors = stdout.lines().filter((line) => line.startsWith('::error'));
    expect(errors).toEqual(["::error::input 'environment' is required; set it under 'with:'"]);
  });

  it('reports anything else as unexpected, with the stack only in the debug log', async () => {
    const stdout = captureStdout();
    await runAction(async () => {
      throw new TypeError('Cannot read properties of undefined (reading "sha").');
    });
    expect(process.exitCode).toBe(1);
    const lines = stdout.lines();
    expect(lines.filter((line) => line.startsWith('::error'))).toEqual([
      '::error::Stopline hit an unexpected error: Cannot read properties of undefined (reading "sha"). This is a bug or an outage; the stack trace is in the debug log.',
    ]);
    const debug = lines.filter((line) => line.startsWith('::debug::'));
    expect(debug.length).toBe(1);
    expect(debug[0]).toContain('TypeError: Cannot read properties');
    expect(debug[0]).toContain('run.test.ts');
  });

  it('copes with thrown non-errors and logs causes', async () => {
    const stdout = captureStdout();
    await runAction(async () => {
      throw 'just a string';
    });
    expect(stdout.lines()).toContain(
      '::error::Stopline hit an unexpected error: just a string. This is a bug or an outage; the stack trace is in the debug log.',
    );

    const second = captureStdout();
    await runAction(async () => {
      throw new ConfigurationError('policy.yml: bad', { cause: new Error('YAML line 3') });
    });
    expect(second.lines().some((line) => line.startsWith('::debug::caused by: Error: YAML line 3'))).toBe(true);
  });

  it('never rejects', async () => {
    captureStdout();
    await expect(runAction(() => Promise.reject(new Error('boom')))).resolves.toBeUndefined();
  });
});

describe('runPost', () => {
  it('turns a failure into a warning and never fails the job', async () => {
    const stdout = captureStdout();
    await runPost(async () => {
      throw new Error('ledger ref update was rejected 5 times.');
    });
    expect(process.exitCode).toBeUndefined();
    expect(stdout.lines().filter((line) => line.startsWith('::warning') || line.startsWith('::error'))).toEqual([
      "::warning::Stopline's cleanup step failed: ledger ref update was rejected 5 times. This is a bug or an outage; the stack trace is in the debug log.",
    ]);
  });

  it('passes a ConfigurationError message through as a warning', async () => {
    const stdout = captureStdout();
    await runPost(async () => {
      throw new ConfigurationError('no lease was saved; the main step did not take one');
    });
    expect(process.exitCode).toBeUndefined();
    expect(stdout.lines().filter((line) => line.startsWith('::warning'))).toEqual([
      "::warning::Stopline's cleanup step failed: no lease was saved; the main step did not take one",
    ]);
  });

  it('runs the post function', async () => {
    let ran = false;
    await runPost(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});

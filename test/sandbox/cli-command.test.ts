import { jest } from '@jest/globals';
import { parseSandboxArgs, sandboxCommand } from '../../src/cli/commands/sandbox.js';
import { isConfigurationError } from '../../src/runtime/errors.js';
import { tempDir } from './helpers.js';

test('parses options, merging STOPLINE_SANDBOX_FAULTS under the flags', () => {
  const options = parseSandboxArgs(['--data', '/tmp/x', '--port=0', '--error-rate', '0.2', '--latency-ms', '5'], {
    STOPLINE_SANDBOX_FAULTS: '{"errorRate":0.9,"tooManyRate":0.1}',
  });
  expect(options).toEqual({ dataDir: '/tmp/x', port: 0, host: '127.0.0.1', faults: { errorRate: 0.2, tooManyRate: 0.1, latencyMs: 5 } });
});

test.each([
  [[], '--data DIR is required'],
  [['--data', 'd', '--port', 'abc'], '--port must be a number'],
  [['--data', 'd', '--error-rate', '3'], 'errorRate must be a number from 0 to 1'],
  [['--data', 'd', '--frobnicate'], "Unknown option '--frobnicate'"],
])('rejects %j with a clear message', (args, message) => {
  let error: unknown;
  try {
    parseSandboxArgs(args as string[], {});
  } catch (e) {
    error = e;
  }
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toContain(message);
});

test('prints one line with the URL, serves, and stops cleanly on SIGTERM', async () => {
  const printed: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    const running = sandboxCommand(['--data', tempDir(), '--port', '0']);
    while (printed.length === 0) await new Promise((r) => setTimeout(r, 10));
    expect(printed).toHaveLength(1);
    const match = /^Stopline sandbox listening on (http:\/\/127\.0\.0\.1:\d+)\n$/.exec(printed[0]!);
    expect(match).not.toBeNull();
    expect((await fetch(`${match![1]}/user`, { headers: { authorization: 'token x' } })).status).toBe(200);
    process.emit('SIGTERM', 'SIGTERM');
    await running;
    await expect(fetch(`${match![1]}/user`)).rejects.toThrow();
  } finally {
    spy.mockRestore();
  }
});

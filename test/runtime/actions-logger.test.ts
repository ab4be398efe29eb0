import { actionsLogger } from '../../src/runtime/actions-logger.js';
import { consoleLogger } from '../../src/runtime/logger.js';
import { jest } from '@jest/globals';
import { captureStdout, isolateRunnerEnv } from './runner-env.js';

isolateRunnerEnv();

describe('actionsLogger', () => {
  it('writes each level through the runner commands', () => {
    const stdout = captureStdout();
    const logger = actionsLogger();
    logger.debug('checking lease');
    logger.info('lease taken');
    logger.warning('lease expires soon');
    logger.error('lease lost');
    expect(stdout.lines()).toEqual([
      '::debug::checking lease',
      'lease taken',
      '::warning::lease expires soon',
      '::error::lease lost',
    ]);
  });
});

describe('consoleLogger', () => {
  it('writes info to stdout, problems to stderr, and debug only when asked', () => {
    const stdout = captureStdout();
    const errors: string[] = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
      errors.push(String(chunk));
      return true;
    });
    consoleLogger().debug('hidden');
    consoleLogger({ debug: true }).debug('shown');
    consoleLogger().info('hello');
    consoleLogger().warning('careful');
    consoleLogger().error('broken');
    expect(stdout.text()).toBe('hello\n');
    expect(errors.join('')).toBe('debug: shown\nwarning: careful\nerror: broken\n');
  });
});

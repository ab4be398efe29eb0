import { ConfigurationError } from '../../src/runtime/errors.js';

/** Runs `read`, asserts it throws a ConfigurationError (a user mistake), and returns it. */
export function configurationErrorOf(read: () => unknown): ConfigurationError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError, but nothing was thrown');
}

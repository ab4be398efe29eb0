/**
 * A mistake the user can fix: a bad input, a policy that does not validate, a missing file.
 * The message names the input, file, JSON pointer or line, and says what to do. Anything else
 * that escapes an action is a bug or an outage and is reported as "unexpected".
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError;
}

/** The message of anything thrown, without assuming it is an Error. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Bytes that are not what a release says they are: a package whose digest differs from the
 * manifest's, a manifest that does not hash to its release id, a file inside a package that
 * differs from the manifest's list. Not a ConfigurationError (no input fixes it) and not a bug: it
 * is a verdict, and the message says which digest was expected and which was found
 * (cli/cli#9045: verification errors must be readable).
 */
export class IntegrityError extends Error {
  override readonly name = 'IntegrityError';
  constructor(
    message: string,
    /** What the release records, e.g. `sha256:…`; undefined when the problem is not a digest. */
    readonly expected?: string,
    /** What the bytes turned out to be. */
    readonly found?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isIntegrityError(error: unknown): error is IntegrityError {
  return error instanceof IntegrityError;
}

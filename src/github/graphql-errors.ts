/** GraphQL answers that carry `errors` (HTTP 200), turned into messages a user can act on. */
import { ConfigurationError, errorMessage } from '../runtime/errors.js';

interface GraphqlErrorLike {
  errors?: { type?: string; message?: string }[];
}

/**
 * Octokit throws a GraphqlResponseError when the answer has `errors`. A refusal (FORBIDDEN, or
 * "Resource not accessible by integration") is the job's permissions; a repository that cannot
 * be resolved is one the token cannot see. Anything else is passed on unchanged.
 */
export function explainGraphqlError(error: unknown, what: string, permissions: string): unknown {
  const errors = (error as GraphqlErrorLike | null)?.errors;
  if (!Array.isArray(errors)) return error;
  const refused = errors.find((e) => e.type === 'FORBIDDEN' || /not accessible by integration/i.test(e.message ?? ''));
  if (refused) {
    return new ConfigurationError(`GitHub refused to ${what}: ${refused.message ?? 'forbidden'}; this step needs ${permissions} in the job's permissions`, { cause: error });
  }
  const missing = errors.find((e) => e.type === 'NOT_FOUND');
  if (missing) {
    return new ConfigurationError(`GitHub could not ${what}: ${missing.message ?? 'not found'} (check the repository name and that the token can read it: ${permissions})`, { cause: error });
  }
  return new Error(`GitHub answered errors when asked to ${what}: ${errors.map((e) => e.message ?? errorMessage(e)).join('; ')}`, { cause: error });
}

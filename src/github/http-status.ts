/**
 * The HTTP status of a failed Octokit call, or undefined for anything else (a network error, a
 * bug). Octokit's RequestError is not a direct dependency, so it is recognised by shape.
 */
export function httpStatus(error: unknown): number | undefined {
  const value = (error as { status?: unknown } | null)?.status;
  return typeof value === 'number' ? value : undefined;
}

/** GitHub's documentation link, sent in every error body like GitHub does. */
export const DOCS_URL = 'https://docs.github.com/rest';

/** One entry of a 422 body's `errors` array. */
export interface ValidationDetail {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
  [key: string]: unknown;
}

/**
 * An error answer in GitHub's shape. Handlers throw it; the server turns it into
 * `{ message, documentation_url, errors? }` with the status code.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: ValidationDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The JSON body GitHub sends for this error. */
  body(): Record<string, unknown> {
    const body: Record<string, unknown> = { message: this.message, documentation_url: DOCS_URL };
    if (this.errors) body.errors = this.errors;
    body.status = String(this.status);
    return body;
  }
}

export const notFound = (): ApiError => new ApiError(404, 'Not Found');

/** GitHub's generic 422 "Validation Failed" with details. */
export const validationFailed = (...errors: ValidationDetail[]): ApiError =>
  new ApiError(422, 'Validation Failed', errors);

/** A 422 with a specific message, as the git data endpoints answer. */
export const unprocessable = (message: string): ApiError => new ApiError(422, message);

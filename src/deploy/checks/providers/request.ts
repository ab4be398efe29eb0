/** One HTTP request of a provider: a timeout, a few retries, and errors that name the URL. */
import { httpFetch } from '../../../github/http-fetch.js';
import { errorMessage } from '../../../runtime/errors.js';
import { MetricSourceError, type ProviderOptions } from './provider.js';

export interface TextResponse {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * GETs (or POSTs a form to) `url` and returns the answer as text, whatever its status.
 * @param what names the source in messages, e.g. `Prometheus at http://127.0.0.1:9090`
 * @throws MetricSourceError when the server cannot be reached or does not answer in time, after
 *   the retries; or when every attempt got a 5xx answer
 */
export async function request(
  url: string,
  what: string,
  options: ProviderOptions,
  form?: Record<string, string>,
): Promise<TextResponse> {
  const doFetch = options.fetch ?? httpFetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const attempts = 1 + (options.retries ?? 2);
  let failure: MetricSourceError | undefined;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (attempt > 0) await sleep(250 * 2 ** (attempt - 1));
    try {
      const init: RequestInit = { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json, text/plain;q=0.9, */*;q=0.1' } };
      if (form) {
        init.method = 'POST';
        init.headers = { ...init.headers, 'content-type': 'application/x-www-form-urlencoded' };
        init.body = new URLSearchParams(form).toString();
      }
      const response = await doFetch(url, init);
      const body = await response.text();
      const answer = { status: response.status, statusText: response.statusText, contentType: response.headers.get('content-type') ?? '', body };
      if (response.status >= 500 && attempt < attempts - 1) {
        failure = new MetricSourceError(url, 'response', `${what} answered ${response.status} ${response.statusText}`);
        continue;
      }
      return answer;
    } catch (error) {
      const name = (error as { name?: string }).name;
      if (name === 'AbortError' || name === 'TimeoutError') {
        failure = new MetricSourceError(url, 'timeout', `${what} did not answer ${url} within ${timeoutMs / 1000} s`, { cause: error });
      } else {
        const reason = (error as { code?: string }).code ?? errorMessage(error);
        failure = new MetricSourceError(url, 'unreachable', `cannot reach ${what} (${reason}); check the URL and that the server is up`, { cause: error });
      }
    }
  }
  throw failure!;
}

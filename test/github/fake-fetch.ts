/** A scripted `fetch` for client tests: answers in order and records what was asked. */
export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

export function scriptedFetch(answers: Answer[]): typeof fetch & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  const queue = [...answers];
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, key) => {
      headers[key] = value;
    });
    calls.push({ method: init?.method ?? 'GET', url: String(input), headers });
    const answer = queue.shift();
    if (!answer) throw new Error(`unexpected request ${init?.method} ${String(input)}`);
    const body = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(body, {
      status: answer.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...(answer.headers ?? {}) },
    });
  };
  return Object.assign(fake as typeof fetch, { calls });
}

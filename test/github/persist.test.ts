import { isTransientError, persist } from '../../src/github/persist.js';

const failure = (status: number, message = 'Bad Gateway') => Object.assign(new Error(message), { status });

describe('isTransientError', () => {
  it('takes server errors, 429 and rate limits as transient, refusals and bugs as not', () => {
    expect(isTransientError(failure(502))).toBe(true);
    expect(isTransientError(failure(503))).toBe(true);
    expect(isTransientError(failure(429, 'Too Many Requests'))).toBe(true);
    expect(isTransientError(failure(403, 'You have exceeded a secondary rate limit. Please wait a few minutes'))).toBe(true);
    expect(isTransientError(failure(403, 'Resource not accessible by integration'))).toBe(false);
    expect(isTransientError(failure(422, 'Validation Failed'))).toBe(false);
    expect(isTransientError(new TypeError('x is undefined'))).toBe(false);
  });
});

describe('persist', () => {
  const waits: number[] = [];
  const options = { sleep: async (ms: number) => void waits.push(ms), random: () => 0.5 };
  beforeEach(() => (waits.length = 0));

  it('tries a transiently failing write again, with a growing pause', async () => {
    let calls = 0;
    const result = await persist(async () => {
      calls += 1;
      if (calls < 3) throw failure(503);
      return 'written';
    }, options);
    expect(result).toBe('written');
    expect(calls).toBe(3);
    expect(waits).toEqual([500, 1000]);
  });

  it('gives up after the last attempt with the last error', async () => {
    let calls = 0;
    await expect(persist(async () => {
      calls += 1;
      throw failure(502, `Bad Gateway ${calls}`);
    }, options)).rejects.toThrow('Bad Gateway 3');
    expect(calls).toBe(3);
  });

  it('throws a refusal at once', async () => {
    let calls = 0;
    await expect(persist(async () => {
      calls += 1;
      throw failure(403, 'Resource not accessible by integration');
    }, options)).rejects.toThrow('Resource not accessible');
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });
});

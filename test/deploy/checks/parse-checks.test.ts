import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../../src/runtime/errors.js';
import { ChecksFileError, parseChecksFile } from '../../../src/deploy/checks/index.js';

const FILE = 'deploy/checks.yml';
const parse = (text: string) => parseChecksFile(text, FILE);

function errorOf(text: string): ChecksFileError {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ChecksFileError);
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ChecksFileError;
  }
  throw new Error('expected the checks file to be rejected');
}

const README = readFileSync(new URL('../../../src/deploy/checks/README.md', import.meta.url), 'utf8');
const README_EXAMPLE = /```yaml\n([\s\S]*?)```/.exec(README)![1]!;

describe('parseChecksFile: valid files', () => {
  test('reads the README example with its defaults', () => {
    const file = parse(README_EXAMPLE);
    expect(file.file).toBe(FILE);
    expect(file.provider).toEqual({ kind: 'prometheus', url: 'http://127.0.0.1:9090' });
    expect(file.checks).toHaveLength(3);
    expect(file.checks[0]).toEqual({
      name: 'error-rate',
      query: 'sum(rate(http_requests_total{code=~"5.."}[15s])) / sum(rate(http_requests_total[15s]))',
      max: 0.05,
      maxIncrease: { kind: 'relative', fraction: 0.5, text: '50%' },
      judge: 'mann-whitney',
      direction: 'increase',
      critical: true,
      noData: 'inconclusive',
      windowMs: 15_000,
      line: 5,
    });
    expect(file.checks[1]).toMatchObject({
      name: 'p95-latency',
      maxIncrease: { kind: 'absolute', amount: 0.1 },
      judge: 'threshold',
      direction: 'increase',
      critical: false,
      noData: 'inconclusive',
    });
    expect(file.checks[2]).toMatchObject({ name: 'throughput', direction: 'decrease', noData: 'fail', maxIncrease: { fraction: 0.3 } });
  });

  test('the issue example with the scrape provider, and inline flow style', () => {
    const file = parse(`provider: { scrape: "http://127.0.0.1:8080/metrics" }
checks:
  - { name: error-rate, query: 'sum(rate(http_requests_total{code=~"5.."}[1m])) / sum(rate(http_requests_total[1m]))', max: 0.02, judge: mann-whitney }
`);
    expect(file.provider).toEqual({ kind: 'scrape', url: 'http://127.0.0.1:8080/metrics' });
    expect(file.checks[0]).toMatchObject({ judge: 'mann-whitney', max: 0.02, windowMs: 60_000, line: 3 });
  });

  test('an http provider with {query} serves several checks', () => {
    const file = parse(`provider:
  http: { url: "http://127.0.0.1:8080/stats", value: "$.window.{query}" }
checks:
  - { name: errors, query: error_ratio, max: 0.1 }
  - { name: requests, query: requests, min: 1 }
`);
    expect(file.provider).toEqual({ kind: 'http', url: 'http://127.0.0.1:8080/stats', value: '$.window.{query}' });
    expect(file.checks.map((check) => check.windowMs)).toEqual([undefined, undefined]);
  });
});

describe('parseChecksFile: bad files name the line, the pointer and the fix', () => {
  test('1. YAML syntax', () => {
    const error = errorOf('provider:\n  prometheus: [http://x\nchecks: []\n');
    expect(error.problems[0]).toMatchObject({ file: FILE, pointer: '' });
    expect(error.message).toMatch(/^deploy\/checks\.yml line \d+: is not valid YAML: .*; fix the syntax there/);
  });

  test('2. empty file', () => {
    expect(errorOf('# nothing yet\n').message).toBe(
      'deploy/checks.yml line 1: is empty; it needs `provider:` (`prometheus: http://127.0.0.1:9090`, `scrape: http://127.0.0.1:8080/metrics` or `http: { url: ..., value: $.path }`) and `checks:`',
    );
  });

  test('3. unknown key with a did-you-mean, on the key\'s own line', () => {
    const error = errorOf(`provider:
  prometheus: http://127.0.0.1:9090
checks:
  - name: error-rate
    query: up
    max_increase: 50%
`);
    expect(error.problems).toEqual([
      { file: FILE, line: 6, pointer: '/checks/0/max_increase', message: 'is not a known key; did you mean `max-increase`?' },
    ]);
  });

  test('4. unknown provider', () => {
    const error = errorOf('provider:\n  datadog: https://api.datadoghq.com\nchecks:\n  - { name: a, query: up, max: 1 }\n');
    expect(error.message).toBe('deploy/checks.yml line 2: /provider/datadog is not a known provider; the providers are prometheus, scrape, http');
  });

  test('5. misspelt provider, and two providers', () => {
    expect(errorOf('provider:\n  promethus: http://x\nchecks:\n  - { name: a, query: up, max: 1 }\n').message).toContain(
      '/provider/promethus is not a known provider; did you mean `prometheus`?',
    );
    expect(errorOf('provider:\n  prometheus: http://a:9090\n  scrape: http://b/metrics\nchecks:\n  - { name: a, query: up, max: 1 }\n').message).toBe(
      'deploy/checks.yml line 2: /provider names 2 providers (prometheus, scrape); keep one: every check is read from the same provider',
    );
  });

  test('6. missing provider and checks', () => {
    const error = errorOf('version: 1\n');
    expect(error.problems.map((problem) => problem.message)).toEqual([
      'is missing `provider`; add `provider:` with one of `prometheus: http://127.0.0.1:9090`, `scrape: http://127.0.0.1:8080/metrics` or `http: { url: ..., value: $.path }`',
      'is missing `checks`; add `checks:`, a list of checks such as `- { name: error-rate, query: ..., max: 0.02 }`',
    ]);
  });

  test('7. wrong enum values with suggestions', () => {
    const error = errorOf(`provider: { prometheus: "http://127.0.0.1:9090" }
checks:
  - name: a
    query: up
    judge: mann_whitney
    direction: up
    no-data: skip
`);
    expect(error.problems).toEqual([
      { file: FILE, line: 5, pointer: '/checks/0/judge', message: 'is string "mann_whitney", not one of threshold, mann-whitney, proportion; did you mean `mann-whitney`?' },
      { file: FILE, line: 6, pointer: '/checks/0/direction', message: 'is string "up", not one of increase, decrease, either' },
      { file: FILE, line: 7, pointer: '/checks/0/no-data', message: 'is string "skip", not one of fail, pass, inconclusive' },
    ]);
  });

  test('8. max as a percentage, max-increase malformed or negative', () => {
    const error = errorOf(`provider: { prometheus: "http://127.0.0.1:9090" }
checks:
  - { name: a, query: up, max: 2% }
  - { name: b, query: up, max-increase: 50 percent }
  - { name: c, query: up, max-increase: -1 }
`);
    expect(error.problems.map((problem) => `${problem.line} ${problem.pointer} ${problem.message}`)).toEqual([
      "3 /checks/0/max is string \"2%\"; `max` and `min` are absolute numbers in the metric's unit (percentages are for `max-increase`)",
      '4 /checks/1/max-increase is string "50 percent"; write a percentage of the baseline such as `50%`, or a number in the metric\'s unit such as `0.01`',
      '5 /checks/2/max-increase is number -1; an allowed increase cannot be negative (use `direction` for the bad way)',
    ]);
  });

  test('9. a threshold check with nothing to check, min above max, duplicate names', () => {
    const error = errorOf(`provider: { prometheus: "http://127.0.0.1:9090" }
checks:
  - name: error-rate
    query: up
  - name: latency
    query: up
    min: 2
    max: 1
  - name: Error-Rate
    query: up
    judge: mann-whitney
`);
    expect(error.problems.map((problem) => `${problem.line} ${problem.pointer} ${problem.message}`)).toEqual([
      '3 /checks/0 has nothing to check; add `max`, `min` or `max-increase`, or `judge: mann-whitney` to compare with the baseline statistically',
      '7 /checks/1/min is 2, above `max` (1); no sample could pass',
      '9 /checks/2/name "Error-Rate" is also the name of check 1; give each check its own name',
    ]);
  });

  test('10. a URL that is not http(s)', () => {
    expect(errorOf('provider: { prometheus: "127.0.0.1:9090" }\nchecks:\n  - { name: a, query: up, max: 1 }\n').message).toBe(
      'deploy/checks.yml line 1: /provider/prometheus is "127.0.0.1:9090", not an http(s) URL; write it in full, e.g. http://127.0.0.1:9090',
    );
  });

  test('11. a query outside the scrape provider\'s language', () => {
    const error = errorOf(`provider:
  scrape: http://127.0.0.1:8080/metrics
checks:
  - name: p95
    query: histogram_quantile(0.95, sum by (le) (rate(x_bucket[1m])))
    max: 1
`);
    expect(error.problems[0]).toMatchObject({ line: 5, pointer: '/checks/0/query' });
    expect(error.problems[0]!.message).toContain('is outside what the scrape provider evaluates (column 1: histogram_quantile() is not in the scrape query language');
    expect(error.problems[0]!.message).toContain('for full PromQL use `provider: { prometheus: URL }`');
  });

  test('12. http provider: bad JSON path, several checks reading one number, missing value', () => {
    expect(errorOf('provider:\n  http: { url: "http://x/stats", value: "$..a" }\nchecks:\n  - { name: a, query: q, max: 1 }\n').message).toContain(
      '/provider/http/value "$..a" is not a JSON path: a name must follow "." at column 2',
    );
    expect(
      errorOf('provider:\n  http: { url: "http://x/stats", value: "$.ratio" }\nchecks:\n  - { name: a, query: q, max: 1 }\n  - { name: b, query: r, max: 1 }\n').message,
    ).toContain('/provider/http serves 2 checks but neither `url` nor `value` contains {query}');
    expect(errorOf('provider:\n  http: { url: "http://x/stats" }\nchecks:\n  - { name: a, query: q, max: 1 }\n').message).toContain(
      '/provider/http is missing `value`; add `value:`, the JSON path of the number',
    );
  });

  test('13. checks not a list, an empty list, a check not a mapping, wrong types', () => {
    expect(errorOf('provider: { prometheus: "http://a:1" }\nchecks: {}\n').message).toContain('/checks must be a list of checks');
    expect(errorOf('provider: { prometheus: "http://a:1" }\nchecks: []\n').message).toContain('/checks lists no checks');
    expect(errorOf('provider: { prometheus: "http://a:1" }\nchecks:\n  - up\n').message).toContain('/checks/0 must be a mapping, not string "up"');
    const error = errorOf('provider: { prometheus: "http://a:1" }\nchecks:\n  - { name: a, query: up, max: 1, critical: "yes" }\n');
    expect(error.message).toContain('/checks/0/critical must be a boolean, not string "yes"');
  });

  test('14. provider given as a bare URL, and the wrong version', () => {
    const error = errorOf('version: 2\nprovider: http://127.0.0.1:9090\nchecks:\n  - { name: a, query: up, max: 1 }\n');
    expect(error.problems.map((problem) => problem.message)).toEqual([
      'must be 1 (the only checks file version), not number 2',
      'must be a mapping naming one provider: `prometheus: http://127.0.0.1:9090`, `scrape: http://127.0.0.1:8080/metrics` or `http: { url: ..., value: $.path }`',
    ]);
  });
});

describe('parseChecksFile: judge proportion', () => {
  const PROMETHEUS = 'provider: { prometheus: "http://127.0.0.1:9090" }\nchecks:\n';

  test('reads the README example: counts, their kinds, one range, the ratio as the query', () => {
    const example = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!).find((block) => block.includes('judge: proportion'))!;
    const file = parse(example);
    const check = file.checks.find((spec) => spec.judge === 'proportion')!;
    expect(check).toEqual({
      name: 'errors',
      query: '(sum(increase(http_requests_total{code=~"5.."}[10s]))) / (sum(increase(http_requests_total[10s])))',
      counts: {
        errors: { query: 'sum(increase(http_requests_total{code=~"5.."}[10s]))', kind: 'increase' },
        total: { query: 'sum(increase(http_requests_total[10s]))', kind: 'increase' },
      },
      maxIncrease: { kind: 'relative', fraction: 0.5, text: '50%' },
      judge: 'proportion',
      direction: 'increase',
      critical: true,
      noData: 'inconclusive',
      windowMs: 10_000,
      line: check.line,
    });
  });

  test('rate() counts, an absolute max-increase, max and min on the proportion, the scrape provider', () => {
    const file = parse(`provider: { scrape: "http://127.0.0.1:8080/metrics" }
checks:
  - name: errors
    judge: proportion
    errors: sum(rate(http_requests_total{code="500"}[15s]))
    total: sum(rate(http_requests_total[15s]))
    max-increase: 0.01
    max: 0.2
    direction: either
`);
    expect(file.checks[0]).toMatchObject({
      counts: { errors: { kind: 'rate' }, total: { kind: 'rate' } },
      maxIncrease: { kind: 'absolute', amount: 0.01 },
      max: 0.2,
      direction: 'either',
      windowMs: 15_000,
    });
  });

  test('15. `judge: proportion` with `query` and without `errors`/`total`; `errors`/`total` without it', () => {
    const error = errorOf(`${PROMETHEUS}  - name: a
    judge: proportion
    query: sum(rate(x[1m]))
  - name: b
    judge: mann-whitney
    query: q
    errors: sum(increase(e[10s]))
  - name: c
    errors: sum(increase(e[10s]))
    total: sum(increase(t[10s]))
`);
    expect(error.problems.map((problem) => `${problem.line} ${problem.pointer} ${problem.message}`)).toEqual([
      '3 /checks/0 is missing `errors`; add `errors:`, the count of failed requests over a range, e.g. `sum(increase(http_requests_total{code=~"5.."}[10s]))`',
      '3 /checks/0 is missing `total`; add `total:`, the count of all requests over the same range, e.g. `sum(increase(http_requests_total[10s]))`',
      '5 /checks/0/query is not read by `judge: proportion`, which judges the counts `errors` and `total` (it divides them itself); remove `query`',
      '9 /checks/1/errors is read only by `judge: proportion`; add `judge: proportion` (and remove `query`) to judge the error counts, or remove `errors`',
      '10 /checks/2 is missing `query`; add `query:`, the expression the provider evaluates',
      '11 /checks/2/errors is read only by `judge: proportion`; add `judge: proportion` (and remove `query`) to judge the error counts, or remove `errors`',
      '12 /checks/2/total is read only by `judge: proportion`; add `judge: proportion` (and remove `query`) to judge the error counts, or remove `total`',
    ]);
  });

  test('16. counts that are not counter increases over one range, bounds a proportion cannot reach', () => {
    const error = errorOf(`${PROMETHEUS}  - name: a
    judge: proportion
    errors: sum(irate(e[10s]))
    total: sum(http_requests_total)
  - name: b
    judge: proportion
    errors: sum(increase(e[10s])) / 10
    total: sum(increase(t[10s])) + sum(rate(u[10s]))
  - name: c
    judge: proportion
    errors: sum(increase(e[10s]))
    total: sum(increase(t[1m]))
    max-increase: 2
    max: 5
`);
    expect(error.problems.map((problem) => `${problem.line} ${problem.pointer} ${problem.message}`)).toEqual([
      '5 /checks/0/errors uses irate(), which is not a count over the range; use increase(...) or rate(...) of a counter',
      '6 /checks/0/total is not a count; write a counter\'s increase over a range, e.g. `sum(increase(http_requests_total[10s]))` (or `rate(...)`, which the judge multiplies by the range)',
      '9 /checks/1/errors is scaled or divided (`/`); give the plain count, e.g. `sum(increase(...[10s]))`: the judge divides errors by total itself',
      '10 /checks/1/total mixes increase() and rate(); use one of them, so that every sample becomes a count the same way',
      '14 /checks/2/total counts over a different range than `errors`; give both the same range, so that each window has its errors and its requests',
      "15 /checks/2/max-increase is 2, more than a proportion can move; write a percentage of the baseline's proportion such as `50%`, or a difference below 1 such as `0.01`",
      '16 /checks/2/max is 5; a proportion lies between 0 and 1 (e.g. `max: 0.05` for 5%)',
    ]);
  });

  test('17. the http provider cannot count; the scrape provider must evaluate both count queries', () => {
    expect(errorOf('provider: { http: { url: "http://x/{query}", value: "$.v" } }\nchecks:\n  - { name: a, judge: proportion, errors: "increase(e[10s])", total: "increase(t[10s])" }\n').message).toContain(
      '/checks/0/judge is `proportion`, which needs counter increases over a range; the `http` provider reads one number per check: use `prometheus` or `scrape`, or `judge: mann-whitney` on a ratio',
    );
    const error = errorOf(`provider: { scrape: "http://127.0.0.1:8080/metrics" }
checks:
  - name: a
    judge: proportion
    errors: sum(increase(http_requests_total{code="500"}[10s]))
    total: sum by (job) (increase(http_requests_total[10s]))
`);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ line: 6, pointer: '/checks/0/total' });
    expect(error.problems[0]!.message).toMatch(/^is outside what the scrape provider evaluates/);
  });
});

import { parseExposition, ExpositionError, seriesKey } from '../../../src/deploy/checks/providers/exposition.js';
import { parseJsonPath, readJsonPath, JsonPathError } from '../../../src/deploy/checks/providers/json-path.js';
import { evaluateScrapeQuery, parseScrapeQuery, queryMetricNames, ScrapeQueryError, AmbiguousSeriesError, type Scrape } from '../../../src/deploy/checks/providers/scrape-query.js';

describe('exposition format', () => {
  test('reads samples, labels with escapes, special values and timestamps; skips comments', () => {
    const samples = parseExposition(`# HELP http_requests_total Requests.
# TYPE http_requests_total counter
http_requests_total{code="200",path="/a\\"b\\\\c"} 1027 1395066363000
http_requests_total{code="500"} 3
latency_seconds_bucket{le="+Inf"} 12
temperature NaN
free -Inf
up 1e3
# EOF
`);
    expect(samples).toEqual([
      { name: 'http_requests_total', labels: { code: '200', path: '/a"b\\c' }, value: 1027, timestamp: 1395066363000 },
      { name: 'http_requests_total', labels: { code: '500' }, value: 3 },
      { name: 'latency_seconds_bucket', labels: { le: '+Inf' }, value: 12 },
      { name: 'temperature', labels: {}, value: NaN },
      { name: 'free', labels: {}, value: -Infinity },
      { name: 'up', labels: {}, value: 1000 },
    ]);
  });

  test('a line that is not a sample names its line', () => {
    expect(() => parseExposition('ok 1\n<html>\n')).toThrow(new ExpositionError(2, '"<html>" does not start with a metric name'));
    expect(() => parseExposition('x{a="1} 2\n')).toThrow('line 1: label a has no closing quote');
    expect(() => parseExposition('x twelve\n')).toThrow('line 1: x has value "twelve", not a number');
  });

  test('series keys ignore label order', () => {
    expect(seriesKey('x', { b: '1', a: '2' })).toBe(seriesKey('x', { a: '2', b: '1' }));
  });
});

describe('scrape query language', () => {
  type Series = { name: string; labels: Record<string, string>; value: number };
  const entry = (name: string, labels: Record<string, string>, value: number): [string, Series] => [seriesKey(name, labels), { name, labels, value }];
  const counter = (time: number, ok: number, errors: number | undefined): Scrape => ({
    time,
    series: new Map([
      entry('http_requests_total', { code: '200' }, ok),
      ...(errors === undefined ? [] : [entry('http_requests_total', { code: '500' }, errors)]),
      entry('queue_depth', {}, 7),
    ]),
  });
  // 100 requests/s; errors appear at t = 2 s (the 500 series is created then).
  const history = [counter(0, 0, undefined), counter(1000, 100, undefined), counter(2000, 195, 5), counter(3000, 290, 10), counter(4000, 380, 20)];
  const ERROR_RATIO = 'sum(rate(http_requests_total{code=~"5.."}[2s])) / sum(rate(http_requests_total[2s]))';

  test('the issue\'s error ratio evaluates as PromQL would, a new series counting from 0', () => {
    const node = parseScrapeQuery(ERROR_RATIO);
    expect(queryMetricNames(node)).toEqual(['http_requests_total']);
    // At 4 s the window [2 s, 4 s]: errors 5 → 20 (15), all 200 → 400 (200): 7.5%.
    expect(evaluateScrapeQuery(node, history, 4000)).toBeCloseTo(15 / 200, 12);
    // At 2 s the window [0, 2 s]: the 500 series did not exist at 0: counted from 0 (5 of 200).
    expect(evaluateScrapeQuery(node, history, 2000)).toBeCloseTo(5 / 200, 12);
    // At 0 there is one scrape in the window: no rate, no data.
    expect(evaluateScrapeQuery(node, history, 0)).toBeUndefined();
  });

  test('increase, gauges, arithmetic, aggregates and precedence', () => {
    expect(evaluateScrapeQuery(parseScrapeQuery('sum(increase(http_requests_total[4s]))'), history, 4000)).toBe(400);
    expect(evaluateScrapeQuery(parseScrapeQuery('queue_depth * 2 + 1'), history, 4000)).toBe(15);
    expect(evaluateScrapeQuery(parseScrapeQuery('(queue_depth + 1) / 4'), history, 4000)).toBe(2);
    expect(evaluateScrapeQuery(parseScrapeQuery('count(http_requests_total)'), history, 4000)).toBe(2);
    expect(evaluateScrapeQuery(parseScrapeQuery('max(http_requests_total)'), history, 4000)).toBe(380);
    expect(evaluateScrapeQuery(parseScrapeQuery("avg(http_requests_total{code!='200'})"), history, 4000)).toBe(20);
    expect(evaluateScrapeQuery(parseScrapeQuery('rate(http_requests_total{code="200"}[1s])'), history, 4000)).toBe(90);
  });

  test('a counter reset counts from 0', () => {
    const restarted = [counter(0, 1000, 10), counter(1000, 1100, 10), counter(2000, 50, 0)];
    expect(evaluateScrapeQuery(parseScrapeQuery('rate(http_requests_total{code="200"}[2s])'), restarted, 2000)).toBe(75);
  });

  test('no series is no data; several series outside an aggregate is an error', () => {
    expect(evaluateScrapeQuery(parseScrapeQuery('sum(missing_total)'), history, 4000)).toBeUndefined();
    expect(evaluateScrapeQuery(parseScrapeQuery('missing_total / 2'), history, 4000)).toBeUndefined();
    expect(() => evaluateScrapeQuery(parseScrapeQuery('http_requests_total'), history, 4000)).toThrow(
      new AmbiguousSeriesError('http_requests_total matches 2 series; a check needs one number: wrap it in sum(...) or narrow the labels'),
    );
  });

  test.each([
    ['histogram_quantile(0.9, x)', 'column 1: histogram_quantile() is not in the scrape query language (only sum, avg, min, max, count over a metric, rate() or increase())'],
    ['sum by (code) (rate(x[1m]))', 'column 5: grouping (by) is not supported: a check needs one number'],
    ['x[1m]', 'column 2: a range [...] needs rate() or increase() around it, e.g. rate(x[1m])'],
    ['rate(x)', 'column 7: rate() needs a range, e.g. rate(x[1m])'],
    ['rate(x[soon])', 'column 7: [soon] is not a duration; write e.g. [30s] or [1m]'],
    ['x{code=~"5(.."}', 'column 9: "5(.." is not a valid regular expression'],
    ['x{code="5"', 'column 11: expected , or } in the label matchers'],
    ['sum(x', 'column 6: expected ")" at the end'],
    ['x offset 5m', 'column 3: unexpected "offset"'],
    ['', 'column 1: the query is empty'],
  ])('%p is refused: %s', (query, message) => {
    let error: unknown;
    try {
      parseScrapeQuery(query);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ScrapeQueryError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });
});

describe('JSON paths', () => {
  const document = { data: { 'error-rate': 0.01, items: [{ value: 3 }] }, list: [1, 2] };
  test.each([
    ['$.data.items[0].value', 3],
    ['data["error-rate"]', 0.01],
    ["$['data']['error-rate']", 0.01],
    ['$.list[1]', 2],
    ['$.data.missing', undefined],
    ['$.list.x', undefined],
  ])('%s → %p', (path, value) => expect(readJsonPath(document, parseJsonPath(path))).toBe(value));

  test('malformed paths say where', () => {
    expect(() => parseJsonPath('$.a[*]')).toThrow(new JsonPathError('"$.a[*]" is not a JSON path: expected [number] or ["name"] at column 4; write e.g. $.data.value or $.items[0]["error-rate"]'));
    expect(() => parseJsonPath('$.a b')).toThrow(JsonPathError);
  });
});

/**
 * PromQL over Prometheus' HTTP API (`/api/v1/query`, `/api/v1/query_range`; also VictoriaMetrics
 * and anything else that speaks it). Queries go as POSTed forms, so long PromQL is never cut by a
 * URL length limit.
 */
import type { Sample, TimeRange } from '../sample.js';
import { parseSampleValue } from './exposition.js';
import { MetricQueryError, MetricSourceError, type MetricProvider, type ProviderOptions } from './provider.js';
import { request, type TextResponse } from './request.js';

interface ApiAnswer {
  status: 'success' | 'error';
  errorType?: string;
  error?: string;
  data?: { resultType: 'vector' | 'matrix' | 'scalar' | 'string'; result: unknown };
}

type SeriesValue = [number, string];

function describeLabels(metric: Record<string, string> | undefined): string {
  const entries = Object.entries(metric ?? {});
  return entries.length === 0 ? '{}' : `{${entries.map(([key, value]) => `${key}="${value}"`).join(', ')}}`;
}

export class PrometheusProvider implements MetricProvider {
  readonly kind = 'prometheus';
  readonly live = false;
  private readonly what: string;

  constructor(
    readonly url: string,
    private readonly options: ProviderOptions = {},
  ) {
    this.url = url.replace(/\/+$/, '');
    this.what = `Prometheus at ${this.url}`;
  }

  async poll(): Promise<void> {}

  async instant(query: string, at?: number): Promise<Sample[]> {
    const time = (at ?? (this.options.now ?? Date.now)()) / 1000;
    return this.call('/api/v1/query', query, { query, time: String(time) });
  }

  async range(query: string, range: TimeRange): Promise<Sample[]> {
    return this.call('/api/v1/query_range', query, {
      query,
      start: String(range.start / 1000),
      end: String(range.end / 1000),
      step: `${Math.max(0.001, range.step / 1000)}s`,
    });
  }

  private async call(path: string, query: string, form: Record<string, string>): Promise<Sample[]> {
    const endpoint = `${this.url}${path}`;
    const response = await request(endpoint, this.what, this.options, form);
    const answer = this.read(endpoint, response);
    if (answer.status === 'error') {
      const detail = answer.error ?? 'no detail';
      // bad_data is a query Prometheus cannot parse or evaluate as written: the check's fault.
      if (answer.errorType === 'bad_data' || response.status === 400 || answer.errorType === 'execution') {
        throw new MetricQueryError(query, `${this.what} rejected the query ${JSON.stringify(query)}: ${detail}`);
      }
      throw new MetricSourceError(endpoint, 'response', `${this.what} failed on the query ${JSON.stringify(query)}: ${answer.errorType ?? 'error'}: ${detail}`);
    }
    return this.samples(query, answer);
  }

  private read(endpoint: string, response: TextResponse): ApiAnswer {
    let answer: ApiAnswer | undefined;
    try {
      answer = JSON.parse(response.body) as ApiAnswer;
    } catch {
      answer = undefined;
    }
    if (!answer || (answer.status !== 'success' && answer.status !== 'error')) {
      throw new MetricSourceError(
        endpoint,
        'response',
        `${endpoint} answered ${response.status} ${response.statusText} with ${response.contentType || 'no content type'}, not Prometheus' API; is \`provider.prometheus\` the server's base URL (e.g. http://127.0.0.1:9090)?`,
      );
    }
    return answer;
  }

  private samples(query: string, answer: ApiAnswer): Sample[] {
    const data = answer.data!;
    const toSample = ([time, value]: SeriesValue): Sample => ({ time: Math.round(time * 1000), value: parseSampleValue(value) ?? NaN });
    if (data.resultType === 'scalar') return [toSample(data.result as SeriesValue)];
    if (data.resultType === 'string') throw new MetricQueryError(query, `the query ${JSON.stringify(query)} returns a string; a check needs a number`);
    const series = data.result as { metric?: Record<string, string>; value?: SeriesValue; values?: SeriesValue[] }[];
    if (series.length > 1) {
      const shown = series.slice(0, 3).map((item) => describeLabels(item.metric)).join(', ');
      throw new MetricQueryError(
        query,
        `the query ${JSON.stringify(query)} returns ${series.length} series (${shown}${series.length > 3 ? ', ...' : ''}); a check needs one: aggregate it, e.g. sum(...) or max(...)`,
      );
    }
    if (series.length === 0) return [];
    const only = series[0]!;
    if (data.resultType === 'vector') return only.value ? [toSample(only.value)] : [];
    return (only.values ?? []).map(toSample);
  }
}

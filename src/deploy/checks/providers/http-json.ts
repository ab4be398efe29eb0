/**
 * Any JSON endpoint: reads the number at a JSON path. `{query}` in the URL is replaced by the
 * check's query (URL-encoded) and in the path by the query as is, so one stats endpoint serves
 * several checks (`value: $.{query}`) or each check has its own URL. Live, like `scrape`.
 */
import type { Sample, TimeRange } from '../sample.js';
import { parseSampleValue } from './exposition.js';
import { parseJsonPath, readJsonPath, type PathSegment } from './json-path.js';
import { MetricQueryError, MetricSourceError, type MetricProvider, type ProviderOptions } from './provider.js';
import { request } from './request.js';

export interface HttpJsonOptions extends ProviderOptions {
  /** The checks' queries, read by `poll()`. */
  queries?: readonly string[];
  retentionMs?: number;
}

export class HttpJsonProvider implements MetricProvider {
  readonly kind = 'http';
  readonly live = true;
  private readonly readings = new Map<string, Sample[]>();

  constructor(
    readonly url: string,
    private readonly valuePath: string,
    private readonly options: HttpJsonOptions = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private urlFor(query: string): string {
    return this.url.replaceAll('{query}', encodeURIComponent(query));
  }

  private pathFor(query: string): PathSegment[] {
    const path = this.valuePath.replaceAll('{query}', query);
    try {
      return parseJsonPath(path);
    } catch (error) {
      throw new MetricQueryError(query, (error as Error).message, { cause: error });
    }
  }

  /** Reads each query's value now, one request per distinct URL. */
  async poll(): Promise<void> {
    const queries = this.options.queries ?? [...this.readings.keys()];
    const byUrl = new Map<string, string[]>();
    for (const query of queries) byUrl.set(this.urlFor(query), [...(byUrl.get(this.urlFor(query)) ?? []), query]);
    await Promise.all(
      [...byUrl].map(async ([url, group]) => {
        const document = await this.fetchDocument(url);
        const time = this.now();
        for (const query of group) this.record(query, this.valueOf(query, url, document), time);
      }),
    );
  }

  private async fetchDocument(url: string): Promise<unknown> {
    const what = `the JSON endpoint ${url}`;
    const response = await request(url, what, this.options);
    if (response.status >= 400) throw new MetricSourceError(url, 'response', `${what} answered ${response.status} ${response.statusText}`);
    try {
      return JSON.parse(response.body);
    } catch {
      throw new MetricSourceError(url, 'response', `${what} did not answer JSON (${response.contentType || 'no content type'}: ${JSON.stringify(response.body.slice(0, 60))})`);
    }
  }

  private valueOf(query: string, url: string, document: unknown): number | undefined {
    const found = readJsonPath(document, this.pathFor(query));
    const path = this.valuePath.replaceAll('{query}', query);
    if (found === undefined) {
      const keys = document && typeof document === 'object' && !Array.isArray(document) ? Object.keys(document).slice(0, 10).join(', ') : typeof document;
      throw new MetricQueryError(query, `${path} is not in the answer of ${url} (top-level keys: ${keys || 'none'})`);
    }
    if (found === null) return undefined; // an explicit null: no value now
    // A number, or a string holding one ("0.25", "NaN", "+Inf"), as some endpoints write them.
    const value = typeof found === 'number' ? found : typeof found === 'string' ? parseSampleValue(found.trim()) : undefined;
    if (value === undefined) {
      throw new MetricQueryError(query, `${path} in the answer of ${url} is ${JSON.stringify(found).slice(0, 40)}, not a number`);
    }
    return value;
  }

  private record(query: string, value: number | undefined, time: number): void {
    const list = this.readings.get(query) ?? [];
    if (value !== undefined) list.push({ time, value });
    const oldest = time - (this.options.retentionMs ?? 3 * 3_600_000);
    while (list.length > 0 && list[0]!.time < oldest) list.shift();
    this.readings.set(query, list);
  }

  async instant(query: string): Promise<Sample[]> {
    const url = this.urlFor(query);
    const value = this.valueOf(query, url, await this.fetchDocument(url));
    const time = this.now();
    this.record(query, value, time);
    return value === undefined ? [] : [{ time, value }];
  }

  async range(query: string, range: TimeRange): Promise<Sample[]> {
    return (this.readings.get(query) ?? []).filter((sample) => sample.time >= range.start && sample.time <= range.end);
  }
}

/**
 * The embedded provider: reads Prometheus text exposition straight from a service's `/metrics`,
 * with no Prometheus server, and evaluates the query subset of scrape-query.ts over the scrapes it
 * has taken. It is live: poll it every step from before the baseline window on, because it knows
 * only what it has scraped.
 */
import type { Sample, TimeRange } from '../sample.js';
import { ExpositionError, parseExposition, seriesKey } from './exposition.js';
import { MetricQueryError, MetricSourceError, type MetricProvider, type ProviderOptions } from './provider.js';
import { request } from './request.js';
import { AmbiguousSeriesError, evaluateScrapeQuery, parseScrapeQuery, queryMetricNames, ScrapeQueryError, type QueryNode, type Scrape } from './scrape-query.js';

export interface ScrapeOptions extends ProviderOptions {
  /** Queries to be asked, so only their metrics are kept between scrapes (default: keep all). */
  queries?: readonly string[];
  /** Drop scrapes older than this; default 3 h (a 10 m baseline plus a long deploy). */
  retentionMs?: number;
  /** `instant()` reuses a scrape younger than this instead of scraping again; default 1 s. */
  freshMs?: number;
}

export class ScrapeProvider implements MetricProvider {
  readonly kind = 'scrape';
  readonly live = true;
  private readonly history: Scrape[] = [];
  private readonly parsed = new Map<string, QueryNode>();
  private readonly keep: Set<string> | undefined;
  private readonly what: string;
  private pending: Promise<void> | undefined;

  constructor(
    readonly url: string,
    private readonly options: ScrapeOptions = {},
  ) {
    this.what = `the metrics endpoint ${url}`;
    if (options.queries) {
      this.keep = new Set();
      for (const query of options.queries) for (const name of queryMetricNames(this.parse(query))) this.keep.add(name);
    }
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private parse(query: string): QueryNode {
    let node = this.parsed.get(query);
    if (!node) {
      try {
        node = parseScrapeQuery(query);
      } catch (error) {
        if (!(error instanceof ScrapeQueryError)) throw error;
        throw new MetricQueryError(query, `the scrape provider cannot evaluate ${JSON.stringify(query)}: ${error.message}`, { cause: error });
      }
      this.parsed.set(query, node);
    }
    return node;
  }

  /** Scrapes once and keeps the result (concurrent calls share one scrape). */
  poll(): Promise<void> {
    this.pending ??= this.scrape().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async scrape(): Promise<void> {
    const response = await request(this.url, this.what, this.options);
    if (response.status >= 400) {
      throw new MetricSourceError(this.url, 'response', `${this.what} answered ${response.status} ${response.statusText}; check \`provider.scrape\``);
    }
    let samples;
    try {
      samples = parseExposition(response.body);
    } catch (error) {
      if (!(error instanceof ExpositionError)) throw error;
      throw new MetricSourceError(this.url, 'response', `${this.what} did not answer in Prometheus text format: ${error.message}`, { cause: error });
    }
    const series = new Map<string, { name: string; labels: Record<string, string>; value: number }>();
    for (const sample of samples) {
      if (this.keep && !this.keep.has(sample.name)) continue;
      series.set(seriesKey(sample.name, sample.labels), { name: sample.name, labels: sample.labels, value: sample.value });
    }
    const time = this.now();
    this.history.push({ time, series });
    const oldest = time - (this.options.retentionMs ?? 3 * 3_600_000);
    while (this.history.length > 0 && this.history[0]!.time < oldest) this.history.shift();
  }

  private evaluate(query: string, node: QueryNode, at: number): number | undefined {
    try {
      return evaluateScrapeQuery(node, this.history, at);
    } catch (error) {
      if (error instanceof AmbiguousSeriesError) throw new MetricQueryError(query, `the query ${JSON.stringify(query)}: ${error.message}`);
      throw error;
    }
  }

  async instant(query: string): Promise<Sample[]> {
    const node = this.parse(query);
    const latest = this.history.at(-1);
    if (!latest || this.now() - latest.time > (this.options.freshMs ?? 1000)) await this.poll();
    const at = this.history.at(-1)!.time;
    const value = this.evaluate(query, node, at);
    return value === undefined ? [] : [{ time: at, value }];
  }

  async range(query: string, range: TimeRange): Promise<Sample[]> {
    const node = this.parse(query);
    const samples: Sample[] = [];
    for (const scrape of this.history) {
      if (scrape.time < range.start || scrape.time > range.end) continue;
      const value = this.evaluate(query, node, scrape.time);
      if (value !== undefined) samples.push({ time: scrape.time, value });
    }
    return samples;
  }
}

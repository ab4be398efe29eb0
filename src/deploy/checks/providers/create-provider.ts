import type { ProviderConfig } from '../checks-file.js';
import { HttpJsonProvider } from './http-json.js';
import { PrometheusProvider } from './prometheus.js';
import type { MetricProvider, ProviderOptions } from './provider.js';
import { ScrapeProvider } from './scrape.js';

/**
 * The provider a checks file names.
 * @param queries the checks' queries: the live providers read them on `poll()` (and `scrape`
 *   keeps only their metrics between scrapes)
 */
export function createProvider(config: ProviderConfig, queries: readonly string[], options: ProviderOptions = {}): MetricProvider {
  switch (config.kind) {
    case 'prometheus':
      return new PrometheusProvider(config.url, options);
    case 'scrape':
      return new ScrapeProvider(config.url, { ...options, queries });
    case 'http':
      return new HttpJsonProvider(config.url, config.value, { ...options, queries });
  }
}

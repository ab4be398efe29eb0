/**
 * Reads a deploy checks file (format in src/deploy/checks/README.md) into a ChecksFile. Pure: the
 * caller reads the file, or takes the inline YAML of the `checks` input, and passes its text.
 */
import { closest } from '../../config/closest.js';
import { ConfigFileError, inFileOrder, type ConfigProblem } from '../../config/problem.js';
import { describeValue, schemaProblems, type SchemaWording } from '../../config/schema-problems.js';
import { readYamlFile } from '../../config/yaml-document.js';
import type { AllowedChange, CheckSpec, ChecksFile, ProviderConfig } from './checks-file.js';
import { countQuery, ratioQuery, type CountQueries } from './counts.js';
// Compiled at build time (scripts/generate-validators.mjs), so no ajv at run time.
import { validateChecksFile } from './generated/validate-checks-file.js';
import { JsonPathError, parseJsonPath } from './providers/json-path.js';
import { parseScrapeQuery, ScrapeQueryError } from './providers/scrape-query.js';
import { queryWindowMs } from './sampling.js';
import { PROVIDERS } from './schema.js';

/** One thing wrong with a checks file: file, line, JSON pointer and the fix. */
export type ChecksProblem = ConfigProblem;

/** A checks file that cannot be used: a ConfigurationError listing every problem, one per line. */
export class ChecksFileError extends ConfigFileError {}

const PROVIDER_EXAMPLE = '`prometheus: http://127.0.0.1:9090`, `scrape: http://127.0.0.1:8080/metrics` or `http: { url: ..., value: $.path }`';

/** How the schema's errors read in a checks file. */
const WORDING: SchemaWording = {
  versionOf: 'checks file',
  requiredHints: {
    provider: `add \`provider:\` with one of ${PROVIDER_EXAMPLE}`,
    checks: 'add `checks:`, a list of checks such as `- { name: error-rate, query: ..., max: 0.02 }`',
    name: 'add `name:`, a short unique name such as `error-rate`',
    query: 'add `query:`, the expression the provider evaluates',
    errors: 'add `errors:`, the count of failed requests over a range, e.g. `sum(increase(http_requests_total{code=~"5.."}[10s]))`',
    total: 'add `total:`, the count of all requests over the same range, e.g. `sum(increase(http_requests_total[10s]))`',
    url: 'add `url:`, the JSON endpoint, e.g. `url: http://127.0.0.1:8080/stats`',
    value: 'add `value:`, the JSON path of the number, e.g. `value: $.errors.ratio`',
  },
  messages: {
    additionalProperties: (error) => {
      // The keys of `provider` are the providers (in the schema's order), so name them as such.
      if (error.instancePath !== '/provider') return undefined;
      const guess = closest((error.params as { additionalProperty: string }).additionalProperty, PROVIDERS);
      return `is not a known provider; ${guess ? `did you mean \`${guess}\`?` : `the providers are ${PROVIDERS.join(', ')}`}`;
    },
    type: (error) => {
      const pointer = error.instancePath;
      if (pointer === '/provider') return `must be a mapping naming one provider: ${PROVIDER_EXAMPLE}`;
      if (pointer === '/checks') return 'must be a list of checks (each starting with `- name: ...`)';
      if (/\/(max|min)$/.test(pointer) && typeof error.data === 'string' && error.data.trim().endsWith('%')) {
        return `is ${describeValue(error.data)}; \`max\` and \`min\` are absolute numbers in the metric's unit (percentages are for \`max-increase\`)`;
      }
      return undefined;
    },
    pattern: (error) =>
      `is ${describeValue(error.data)}; write a percentage of the baseline such as \`50%\`, or a number in the metric's unit such as \`0.01\``,
    minimum: (error) => `is ${describeValue(error.data)}; an allowed increase cannot be negative (use \`direction\` for the bad way)`,
    minProperties: () => `names no provider; add one of ${PROVIDER_EXAMPLE}`,
    maxProperties: (error) => {
      const names = Object.keys(error.data as object);
      return `names ${names.length} providers (${names.join(', ')}); keep one: every check is read from the same provider`;
    },
    maxLength: () => 'is too long; keep check names to 64 characters',
    minItems: () => 'lists no checks; add at least one, e.g. `- { name: error-rate, query: ..., max: 0.02 }`',
    // The keys a check's judge does not read (schema.ts: `query` for proportion, the counts otherwise).
    'false schema': (error) => {
      const key = error.instancePath.split('/').at(-1);
      if (key === 'query') return 'is not read by `judge: proportion`, which judges the counts `errors` and `total` (it divides them itself); remove `query`';
      if (key === 'errors' || key === 'total') {
        return `is read only by \`judge: proportion\`; add \`judge: proportion\` (and remove \`query\`) to judge the error counts, or remove \`${key}\``;
      }
      return undefined;
    },
  },
};

interface RawCheck {
  name: string;
  /** Absent exactly for `judge: proportion` (the schema's if/then/else). */
  query?: string;
  errors?: string;
  total?: string;
  max?: number;
  min?: number;
  'max-increase'?: number | string;
  judge?: CheckSpec['judge'];
  direction?: CheckSpec['direction'];
  critical?: boolean;
  'no-data'?: CheckSpec['noData'];
}

interface RawFile {
  version?: 1;
  provider: { prometheus?: string; scrape?: string; http?: { url: string; value: string } };
  checks: RawCheck[];
}

function allowedChange(value: number | string): AllowedChange {
  if (typeof value === 'number') return { kind: 'absolute', amount: value, text: String(value) };
  return { kind: 'relative', fraction: Number(value.slice(0, -1)) / 100, text: value };
}

/**
 * Parses and checks a deploy checks file.
 *
 * @param text the file's content (or the inline YAML of the `checks` input)
 * @param file the name used in every message, e.g. `deploy/checks.yml` or `input 'checks'`
 * @throws ChecksFileError (a ConfigurationError) listing every problem with its line, JSON pointer
 *   and fix: YAML syntax, unknown keys (with the closest known key), an unknown or second
 *   provider, wrong types, a URL that is not http(s), duplicate check names, a threshold check
 *   with nothing to check, `min` above `max`, a query outside the `scrape` provider's language, a
 *   bad JSON path, several `http` checks that would all read the same number; for `judge:
 *   proportion`, `query` given or `errors`/`total` missing, counts that are not counter increases
 *   over one range, the `http` provider, and bounds a proportion cannot reach.
 */
export function parseChecksFile(text: string, file: string): ChecksFile {
  const yaml = readYamlFile(text, file, ChecksFileError);
  if (yaml.value === null) {
    throw new ChecksFileError([{ file, line: 1, pointer: '', message: `is empty; it needs \`provider:\` (${PROVIDER_EXAMPLE}) and \`checks:\`` }]);
  }
  if (!validateChecksFile(yaml.value)) throw new ChecksFileError(schemaProblems(validateChecksFile.errors, yaml, WORDING));
  const raw = yaml.value as RawFile;
  const problems: ChecksProblem[] = [];
  const problem = (where: string, message: string) => problems.push(yaml.problemAt(where, message));

  const provider = readProvider(raw.provider, problem);
  const names = new Map<string, number>();
  const checks: CheckSpec[] = [];
  for (const [index, entry] of raw.checks.entries()) {
    const where = `/checks/${index}`;
    const seen = names.get(entry.name.toLowerCase());
    if (seen !== undefined) problem(`${where}/name`, `"${entry.name}" is also the name of check ${seen + 1}; give each check its own name`);
    names.set(entry.name.toLowerCase(), index);

    const judge = entry.judge ?? 'threshold';
    if (judge === 'threshold' && entry.max === undefined && entry.min === undefined && entry['max-increase'] === undefined) {
      problem(where, 'has nothing to check; add `max`, `min` or `max-increase`, or `judge: mann-whitney` to compare with the baseline statistically');
    }
    if (entry.max !== undefined && entry.min !== undefined && entry.min > entry.max) {
      problem(`${where}/min`, `is ${entry.min}, above \`max\` (${entry.max}); no sample could pass`);
    }
    const proportion = judge === 'proportion' ? readCounts(entry, where, provider, problem) : undefined;
    // A proportion check whose counts are unusable has its problems reported; nothing to build.
    if (judge === 'proportion' && !proportion) continue;
    if (provider?.kind === 'scrape' && judge !== 'proportion') scrapeCheck(entry.query!, `${where}/query`, problem);
    const check: CheckSpec = {
      name: entry.name,
      query: proportion?.query ?? entry.query!,
      judge,
      direction: entry.direction ?? 'increase',
      critical: entry.critical ?? false,
      noData: entry['no-data'] ?? 'inconclusive',
      line: yaml.lineOf(where),
    };
    if (entry.max !== undefined) check.max = entry.max;
    if (entry.min !== undefined) check.min = entry.min;
    if (entry['max-increase'] !== undefined) check.maxIncrease = allowedChange(entry['max-increase']);
    if (proportion) check.counts = proportion.counts;
    const windowMs = provider?.kind === 'http' ? undefined : (proportion?.windowMs ?? queryWindowMs(check.query));
    if (windowMs !== undefined) check.windowMs = windowMs;
    checks.push(check);
  }
  if (provider?.kind === 'http' && checks.length > 1 && !provider.url.includes('{query}') && !provider.value.includes('{query}')) {
    problem('/provider/http', `serves ${checks.length} checks but neither \`url\` nor \`value\` contains {query}, so every check would read the same number; put {query} where each check's query goes, e.g. \`value: $.{query}\``);
  }
  if (problems.length > 0) throw new ChecksFileError(inFileOrder(problems));
  return { file, provider: provider!, checks };
}

function scrapeCheck(query: string, where: string, problem: (where: string, message: string) => void): void {
  try {
    parseScrapeQuery(query);
  } catch (error) {
    if (!(error instanceof ScrapeQueryError)) throw error;
    problem(
      where,
      `is outside what the scrape provider evaluates (${error.message}); it reads metric names with label matchers, rate() and increase() of counters, sum/avg/min/max/count and + - * / — for full PromQL use \`provider: { prometheus: URL }\``,
    );
  }
}

/**
 * The count queries of a `judge: proportion` check (the schema has made sure that `errors` and
 * `total` are there and `query` is not), or undefined after reporting what is wrong with them.
 */
function readCounts(
  entry: RawCheck,
  where: string,
  provider: ProviderConfig | undefined,
  problem: (where: string, message: string) => void,
): { counts: CountQueries; query: string; windowMs: number } | undefined {
  let usable = true;
  const fail = (at: string, message: string) => {
    usable = false;
    problem(at, message);
  };
  if (provider?.kind === 'http') {
    fail(`${where}/judge`, 'is `proportion`, which needs counter increases over a range; the `http` provider reads one number per check: use `prometheus` or `scrape`, or `judge: mann-whitney` on a ratio');
  }
  const read = (key: 'errors' | 'total') => {
    const query = entry[key]!;
    if (provider?.kind === 'scrape') scrapeCheck(query, `${where}/${key}`, fail);
    const found = countQuery(query);
    if ('problem' in found) {
      fail(`${where}/${key}`, found.problem);
      return undefined;
    }
    return { query, ...found };
  };
  const errors = read('errors');
  const total = read('total');
  if (errors && total && errors.windowMs !== total.windowMs) {
    fail(`${where}/total`, 'counts over a different range than `errors`; give both the same range, so that each window has its errors and its requests');
  }
  const change = entry['max-increase'];
  if (typeof change === 'number' && change >= 1) {
    fail(`${where}/max-increase`, `is ${change}, more than a proportion can move; write a percentage of the baseline's proportion such as \`50%\`, or a difference below 1 such as \`0.01\``);
  }
  for (const key of ['max', 'min'] as const) {
    const bound = entry[key];
    if (bound !== undefined && (bound < 0 || bound > 1)) fail(`${where}/${key}`, `is ${bound}; a proportion lies between 0 and 1 (e.g. \`${key}: 0.05\` for 5%)`);
  }
  if (!usable || !errors || !total) return undefined;
  return {
    counts: { errors: { query: errors.query, kind: errors.kind }, total: { query: total.query, kind: total.kind } },
    query: ratioQuery(errors.query, total.query),
    windowMs: errors.windowMs,
  };
}

function checkUrl(url: string, where: string, problem: (where: string, message: string) => void): boolean {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.replace('{query}', 'q'));
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    problem(where, `is "${url}", not an http(s) URL; write it in full, e.g. http://127.0.0.1:9090`);
    return false;
  }
  return true;
}

function readProvider(raw: RawFile['provider'], problem: (where: string, message: string) => void): ProviderConfig | undefined {
  if (raw.prometheus !== undefined) {
    return checkUrl(raw.prometheus, '/provider/prometheus', problem) ? { kind: 'prometheus', url: raw.prometheus.replace(/\/+$/, '') } : undefined;
  }
  if (raw.scrape !== undefined) return checkUrl(raw.scrape, '/provider/scrape', problem) ? { kind: 'scrape', url: raw.scrape } : undefined;
  const http = raw.http!;
  const urlOk = checkUrl(http.url, '/provider/http/url', problem);
  try {
    parseJsonPath(http.value.replaceAll('{query}', 'query'));
  } catch (error) {
    if (!(error instanceof JsonPathError)) throw error;
    problem('/provider/http/value', error.message);
    return undefined;
  }
  return urlOk ? { kind: 'http', url: http.url, value: http.value } : undefined;
}

/**
 * Reads the Prometheus text exposition format (version 0.0.4, and the OpenMetrics text that
 * servers send in its place): one sample per line, `name{label="value",...} value [timestamp]`,
 * with `#` comments (HELP, TYPE, EOF) ignored. Histograms and summaries are just more samples
 * (`_bucket`, `_sum`, `_count`) in this format, so no type information is needed to read them.
 */

export interface ExpositionSample {
  name: string;
  labels: Record<string, string>;
  value: number;
  /** Milliseconds since the epoch, when the line carries one. */
  timestamp?: number;
}

/** A line that is not a sample: what the scrape provider reports, with the line number. */
export class ExpositionError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`line ${line}: ${detail}`);
  }
}

const NAME = /[a-zA-Z_:][a-zA-Z0-9_:]*/y;
const LABEL = /[a-zA-Z_][a-zA-Z0-9_]*/y;

/** A sample value as Go's ParseFloat reads it in this format (NaN, +Inf, -Inf included). */
export function parseSampleValue(text: string): number | undefined {
  switch (text) {
    case 'NaN':
      return NaN;
    case '+Inf':
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
    default:
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : undefined;
  }
}

function parseLine(line: string, lineNumber: number): ExpositionSample {
  const fail = (detail: string): never => {
    throw new ExpositionError(lineNumber, detail);
  };
  NAME.lastIndex = 0;
  const name = NAME.exec(line)?.[0] ?? fail(`"${line.slice(0, 40)}" does not start with a metric name`);
  let position = name.length;
  const labels: Record<string, string> = {};
  if (line[position] === '{') {
    position += 1;
    for (;;) {
      while (line[position] === ' ') position += 1;
      if (line[position] === '}') break;
      LABEL.lastIndex = position;
      const label = LABEL.exec(line)?.[0] ?? fail(`expected a label name at column ${position + 1}`);
      position += label.length;
      while (line[position] === ' ') position += 1;
      if (line[position] !== '=' || line[position + 1] !== '"') fail(`expected ="..." after label ${label}`);
      position += 2;
      let value = '';
      for (;;) {
        const char = line[position];
        if (char === undefined) fail(`label ${label} has no closing quote`);
        if (char === '"') break;
        if (char === '\\') {
          const next = line[position + 1];
          value += next === 'n' ? '\n' : next ?? '';
          position += 2;
        } else {
          value += char;
          position += 1;
        }
      }
      labels[label] = value;
      position += 1; // the closing quote
      while (line[position] === ' ') position += 1;
      if (line[position] === ',') position += 1;
      else if (line[position] !== '}') fail(`expected , or } after label ${label}`);
    }
    position += 1; // the closing brace
  }
  const rest = line.slice(position).trim().split(/\s+/);
  if (rest.length < 1 || rest[0] === '') fail(`${name} has no value`);
  const value = parseSampleValue(rest[0]!);
  if (value === undefined) fail(`${name} has value "${rest[0]}", not a number`);
  const sample: ExpositionSample = { name, labels, value: value! };
  if (rest[1] !== undefined) {
    const timestamp = Number(rest[1]);
    if (!Number.isFinite(timestamp)) fail(`${name} has timestamp "${rest[1]}", not a number`);
    sample.timestamp = timestamp;
  }
  return sample;
}

/** Every sample in an exposition document, in order. @throws ExpositionError at the first bad line */
export function parseExposition(text: string): ExpositionSample[] {
  const samples: ExpositionSample[] = [];
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    samples.push(parseLine(line, index + 1));
  }
  return samples;
}

/** A stable key for a series: its name and sorted labels. */
export function seriesKey(name: string, labels: Record<string, string>): string {
  const parts = Object.keys(labels)
    .sort()
    .map((key) => `${key}=${JSON.stringify(labels[key])}`);
  return `${name}{${parts.join(',')}}`;
}

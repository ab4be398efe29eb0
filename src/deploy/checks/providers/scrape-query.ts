/**
 * The query language of the `scrape` provider: the part of PromQL a deploy check needs, evaluated
 * over the scrapes the provider has taken itself (there is no server and no storage). Grammar:
 *
 *   expr      = term { ("+" | "-" | "*" | "/") term }        (* and / bind tighter; parentheses)
 *   term      = number | "(" expr ")" | aggregate | vector
 *   aggregate = ("sum" | "avg" | "min" | "max" | "count") "(" vector ")"
 *   vector    = ("rate" | "increase") "(" selector "[" duration "]" ")" | selector
 *   selector  = metric_name [ "{" matcher { "," matcher } "}" ]
 *   matcher   = label ("=" | "!=" | "=~" | "!~") "string"          (regexes anchored, as in PromQL)
 *
 * Every term is one number: an aggregate over the matching series, or a vector that matches
 * exactly one series. A term with no series (a counter that does not exist yet) has no value, and
 * then neither has the expression: no data, as in PromQL.
 */
import { promDurationMs } from '../sampling.js';

export type Matcher = { label: string; op: '=' | '!=' | '=~' | '!~'; value: string; regex?: RegExp };
export interface Selector {
  name: string;
  matchers: Matcher[];
}
export type VectorNode = { kind: 'selector'; selector: Selector } | { kind: 'rate' | 'increase'; selector: Selector; windowMs: number };
export type QueryNode =
  | { kind: 'number'; value: number }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: QueryNode; right: QueryNode }
  | { kind: 'aggregate'; op: 'sum' | 'avg' | 'min' | 'max' | 'count'; vector: VectorNode }
  | { kind: 'vector'; vector: VectorNode };

/** A query outside the subset, with the column and what the subset allows. */
export class ScrapeQueryError extends Error {
  constructor(
    readonly column: number,
    readonly detail: string,
  ) {
    super(`column ${column}: ${detail}`);
  }
}

type Token = { kind: 'name' | 'number' | 'string' | 'duration' | 'op'; text: string; column: number };

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < query.length) {
    const char = query[position]!;
    if (/\s/.test(char)) {
      position += 1;
      continue;
    }
    const column = position + 1;
    const rest = query.slice(position);
    let match: RegExpMatchArray | null;
    if (char === '"' || char === "'") {
      let end = position + 1;
      let value = '';
      while (end < query.length && query[end] !== char) {
        if (query[end] === '\\' && end + 1 < query.length) {
          const next = query[end + 1]!;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
          end += 2;
        } else {
          value += query[end];
          end += 1;
        }
      }
      if (end >= query.length) throw new ScrapeQueryError(column, 'a string has no closing quote');
      tokens.push({ kind: 'string', text: value, column });
      position = end + 1;
    } else if (char === '[') {
      const close = query.indexOf(']', position);
      if (close < 0) throw new ScrapeQueryError(column, 'a range [ has no closing ]');
      tokens.push({ kind: 'duration', text: query.slice(position + 1, close).trim(), column });
      position = close + 1;
    } else if ((match = rest.match(/^(=~|!~|!=|=|[-+*/(){},])/))) {
      tokens.push({ kind: 'op', text: match[0], column });
      position += match[0].length;
    } else if ((match = rest.match(/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/))) {
      tokens.push({ kind: 'number', text: match[0], column });
      position += match[0].length;
    } else if ((match = rest.match(/^[a-zA-Z_:][a-zA-Z0-9_:]*/))) {
      tokens.push({ kind: 'name', text: match[0], column });
      position += match[0].length;
    } else {
      throw new ScrapeQueryError(column, `"${char}" is not part of the scrape query language`);
    }
  }
  return tokens;
}

const AGGREGATES = new Set(['sum', 'avg', 'min', 'max', 'count']);
const FUNCTIONS = new Set(['rate', 'increase']);

/** Parses a query of the subset. @throws ScrapeQueryError naming the column and what is allowed */
export function parseScrapeQuery(query: string): QueryNode {
  const tokens = tokenize(query);
  let index = 0;
  const peek = () => tokens[index];
  const end = query.length + 1;
  const expect = (text: string): Token => {
    const token = tokens[index];
    if (token?.kind !== 'op' || token.text !== text) {
      throw new ScrapeQueryError(token?.column ?? end, `expected "${text}"${token ? ` but found "${token.text}"` : ' at the end'}`);
    }
    index += 1;
    return token;
  };

  const selector = (): Selector => {
    const token = tokens[index];
    if (token?.kind !== 'name') throw new ScrapeQueryError(token?.column ?? end, 'expected a metric name');
    index += 1;
    const matchers: Matcher[] = [];
    if (peek()?.text === '{' && peek()?.kind === 'op') {
      index += 1;
      while (!(peek()?.kind === 'op' && peek()?.text === '}')) {
        const label = tokens[index];
        if (label?.kind !== 'name') throw new ScrapeQueryError(label?.column ?? end, 'expected a label name in {...}');
        index += 1;
        const op = tokens[index];
        if (op?.kind !== 'op' || !['=', '!=', '=~', '!~'].includes(op.text)) {
          throw new ScrapeQueryError(op?.column ?? end, `expected =, !=, =~ or !~ after ${label.text}`);
        }
        index += 1;
        const value = tokens[index];
        if (value?.kind !== 'string') throw new ScrapeQueryError(value?.column ?? end, `expected a quoted value after ${label.text}${op.text}`);
        index += 1;
        const matcher: Matcher = { label: label.text, op: op.text as Matcher['op'], value: value.text };
        if (op.text === '=~' || op.text === '!~') {
          try {
            matcher.regex = new RegExp(`^(?:${value.text})$`);
          } catch (error) {
            throw new ScrapeQueryError(value.column, `"${value.text}" is not a valid regular expression (${(error as Error).message})`);
          }
        }
        matchers.push(matcher);
        if (peek()?.kind === 'op' && peek()?.text === ',') index += 1;
        else if (!(peek()?.kind === 'op' && peek()?.text === '}')) throw new ScrapeQueryError(peek()?.column ?? end, 'expected , or } in the label matchers');
      }
      index += 1;
    }
    return { name: token.text, matchers };
  };

  const vector = (): VectorNode => {
    const token = tokens[index];
    if (token?.kind === 'name' && FUNCTIONS.has(token.text) && tokens[index + 1]?.text === '(') {
      index += 2;
      const inner = selector();
      const range = tokens[index];
      if (range?.kind !== 'duration') throw new ScrapeQueryError(range?.column ?? end, `${token.text}() needs a range, e.g. ${token.text}(${inner.name}[1m])`);
      const windowMs = promDurationMs(range.text);
      if (!windowMs) throw new ScrapeQueryError(range.column, `[${range.text}] is not a duration; write e.g. [30s] or [1m]`);
      index += 1;
      expect(')');
      return { kind: token.text as 'rate' | 'increase', selector: inner, windowMs };
    }
    if (token?.kind === 'name' && (AGGREGATES.has(token.text) || tokens[index + 1]?.text === '(')) {
      throw new ScrapeQueryError(
        token.column,
        `${token.text}() is not in the scrape query language (only sum, avg, min, max, count over a metric, rate() or increase())`,
      );
    }
    if (tokens[index]?.kind === 'duration') throw new ScrapeQueryError(tokens[index]!.column, 'a range [...] needs rate() or increase() around it');
    const plain = selector();
    if (peek()?.kind === 'duration') throw new ScrapeQueryError(peek()!.column, `a range [...] needs rate() or increase() around it, e.g. rate(${plain.name}[1m])`);
    return { kind: 'selector', selector: plain };
  };

  const term = (): QueryNode => {
    const token = tokens[index];
    if (!token) throw new ScrapeQueryError(end, 'the query ends where a value was expected');
    if (token.kind === 'number') {
      index += 1;
      return { kind: 'number', value: Number(token.text) };
    }
    if (token.kind === 'op' && token.text === '(') {
      index += 1;
      const inner = expression();
      expect(')');
      return inner;
    }
    const grouping = (at: Token | undefined) => at?.kind === 'name' && (at.text === 'by' || at.text === 'without');
    if (token.kind === 'name' && AGGREGATES.has(token.text) && grouping(tokens[index + 1])) {
      throw new ScrapeQueryError(tokens[index + 1]!.column, `grouping (${tokens[index + 1]!.text}) is not supported: a check needs one number`);
    }
    if (token.kind === 'name' && AGGREGATES.has(token.text) && tokens[index + 1]?.text === '(') {
      index += 2;
      const inner = vector();
      expect(')');
      if (grouping(tokens[index])) {
        throw new ScrapeQueryError(tokens[index]!.column, `grouping (${tokens[index]!.text}) is not supported: a check needs one number`);
      }
      return { kind: 'aggregate', op: token.text as 'sum', vector: inner };
    }
    return { kind: 'vector', vector: vector() };
  };

  const product = (): QueryNode => {
    let left = term();
    while (peek()?.kind === 'op' && (peek()!.text === '*' || peek()!.text === '/')) {
      const op = tokens[index]!.text as '*' | '/';
      index += 1;
      left = { kind: 'binary', op, left, right: term() };
    }
    return left;
  };

  function expression(): QueryNode {
    let left = product();
    while (peek()?.kind === 'op' && (peek()!.text === '+' || peek()!.text === '-')) {
      const op = tokens[index]!.text as '+' | '-';
      index += 1;
      left = { kind: 'binary', op, left, right: product() };
    }
    return left;
  }

  if (tokens.length === 0) throw new ScrapeQueryError(1, 'the query is empty');
  const root = expression();
  if (index < tokens.length) throw new ScrapeQueryError(tokens[index]!.column, `unexpected "${tokens[index]!.text}"`);
  return root;
}

/** The metric names a query reads, so a provider can keep only those series between scrapes. */
export function queryMetricNames(node: QueryNode): string[] {
  const names = new Set<string>();
  const walk = (current: QueryNode) => {
    if (current.kind === 'binary') {
      walk(current.left);
      walk(current.right);
    } else if (current.kind === 'aggregate' || current.kind === 'vector') {
      names.add(current.vector.selector.name);
    }
  };
  walk(node);
  return [...names];
}

/** One scrape: when it was taken and every series it returned, by seriesKey. */
export interface Scrape {
  time: number;
  series: ReadonlyMap<string, { name: string; labels: Record<string, string>; value: number }>;
}

function matches(selector: Selector, name: string, labels: Record<string, string>): boolean {
  if (name !== selector.name) return false;
  for (const matcher of selector.matchers) {
    const value = labels[matcher.label] ?? '';
    const ok =
      matcher.op === '=' ? value === matcher.value : matcher.op === '!=' ? value !== matcher.value : matcher.regex!.test(value) === (matcher.op === '=~');
    if (!ok) return false;
  }
  return true;
}

/** Too many series for a term that must be one number: a mistake in the query. */
export class AmbiguousSeriesError extends Error {}

/**
 * The counter increase of one series between the oldest and newest scrape in the window ending at
 * `at`, or undefined with fewer than two scrapes there. No extrapolation to the window's edges
 * (Prometheus extrapolates), and a series absent from an earlier scrape of the window counts from
 * 0: clients create a labelled counter at its first increment, and that increment is real.
 */
function counterIncrease(history: readonly Scrape[], key: string, at: number, windowMs: number): { increase: number; seconds: number } | undefined {
  const inWindow = history.filter((scrape) => scrape.time <= at && scrape.time >= at - windowMs);
  if (inWindow.length < 2) return undefined;
  const values = inWindow.map((scrape) => scrape.series.get(key)?.value ?? 0);
  let increase = 0;
  for (let i = 1; i < values.length; i += 1) {
    const delta = values[i]! - values[i - 1]!;
    // A counter that went down was reset (the process restarted): it counted from 0 since.
    increase += delta >= 0 ? delta : values[i]!;
  }
  return { increase, seconds: (inWindow.at(-1)!.time - inWindow[0]!.time) / 1000 };
}

function vectorValues(vector: VectorNode, history: readonly Scrape[], at: number): number[] {
  const latest = [...history].reverse().find((scrape) => scrape.time <= at);
  if (!latest) return [];
  if (vector.kind === 'selector') {
    const values: number[] = [];
    for (const series of latest.series.values()) if (matches(vector.selector, series.name, series.labels)) values.push(series.value);
    return values;
  }
  // Every series seen in the window, so one that appeared during it is counted too.
  const keys = new Set<string>();
  for (const scrape of history) {
    if (scrape.time > at || scrape.time < at - vector.windowMs) continue;
    for (const [key, series] of scrape.series) if (matches(vector.selector, series.name, series.labels)) keys.add(key);
  }
  const values: number[] = [];
  for (const key of keys) {
    const result = counterIncrease(history, key, at, vector.windowMs);
    if (!result) continue;
    values.push(vector.kind === 'increase' ? result.increase : result.seconds > 0 ? result.increase / result.seconds : NaN);
  }
  return values;
}

/**
 * The value of a query at `at` (a scrape time) over the scrape history, or undefined when a term
 * has no series (no data).
 * @throws AmbiguousSeriesError when a term outside an aggregate matches several series
 */
export function evaluateScrapeQuery(node: QueryNode, history: readonly Scrape[], at: number): number | undefined {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'binary': {
      const left = evaluateScrapeQuery(node.left, history, at);
      const right = evaluateScrapeQuery(node.right, history, at);
      if (left === undefined || right === undefined) return undefined;
      if (node.op === '+') return left + right;
      if (node.op === '-') return left - right;
      if (node.op === '*') return left * right;
      return left / right;
    }
    case 'aggregate': {
      const values = vectorValues(node.vector, history, at);
      if (values.length === 0) return undefined;
      if (node.op === 'count') return values.length;
      if (node.op === 'min') return Math.min(...values);
      if (node.op === 'max') return Math.max(...values);
      const sum = values.reduce((total, value) => total + value, 0);
      return node.op === 'sum' ? sum : sum / values.length;
    }
    case 'vector': {
      const values = vectorValues(node.vector, history, at);
      if (values.length > 1) {
        throw new AmbiguousSeriesError(
          `${node.vector.selector.name} matches ${values.length} series; a check needs one number: wrap it in sum(...) or narrow the labels`,
        );
      }
      return values[0];
    }
  }
}

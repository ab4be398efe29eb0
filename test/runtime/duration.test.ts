import { formatDuration, parseDuration } from '../../src/runtime/duration.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('parseDuration', () => {
  it.each([
    ['30s', 30 * S],
    ['30m', 30 * M],
    ['2h', 2 * H],
    ['7d', 7 * D],
    ['1w', 7 * D],
    ['1h30m', H + 30 * M],
    ['1h 30m', H + 30 * M],
    ['2d 3h', 2 * D + 3 * H],
    ['1w2d3h4m5s6ms', 9 * D + 3 * H + 4 * M + 5 * S + 6],
    ['500ms', 500],
    ['0', 0],
    ['0s', 0],
    ['  45m  ', 45 * M],
  ])('reads %p as %p ms', (text, expected) => {
    expect(parseDuration(text, "input 'ttl'")).toBe(expected);
  });

  it.each(['', ' ', '30', '5x', '1.5h', '-5m', '30M', 'h', '1h30', '30m1h', '1m1m', 'soon', '1 h', '99999999999999999w'])(
    'rejects %p with a message naming where it came from and the fix',
    (text) => {
      let thrown: unknown;
      try {
        parseDuration(text, "input 'lease-ttl'");
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ConfigurationError);
      expect((thrown as Error).message).toBe(
        `input 'lease-ttl': '${text}' is not a duration; use a number and a unit such as 30m, 2h or 7d`,
      );
    },
  );
});

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [500, '500ms'],
    [999.6, '1s'],
    [1500, '1.5s'],
    [2000, '2s'],
    [9_999, '9.9s'],
    [45 * S, '45s'],
    [90 * S, '1m 30s'],
    [H + 30 * M, '1h 30m'],
    [H + 30 * M + 59 * S, '1h 30m'],
    [2 * D + 3 * H + 5 * M, '2d 3h'],
    [2 * D + 5 * M, '2d'],
    [3 * H, '3h'],
    [30 * D, '30d'],
    [-(H + 30 * M), '-1h 30m'],
  ])('writes %p ms as %p', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });

  it('round-trips through parseDuration for whole-unit values', () => {
    for (const text of ['1h 30m', '45s', '2d 3h', '30d', '12m']) {
      expect(formatDuration(parseDuration(text, 'test'))).toBe(text);
    }
  });

  it('refuses non-finite values', () => {
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

import { formatTimestamp, formatTimestampRelative } from '../../src/report/time.js';

test('timestamps read in minutes, UTC', () => {
  expect(formatTimestamp('2026-11-21T14:02:59.999Z')).toBe('2026-11-21 14:02 UTC');
  expect(formatTimestamp('not a time')).toBe('not a time');
});

test('relative times say ago or in', () => {
  const now = new Date('2026-11-21T15:00:00Z');
  expect(formatTimestampRelative('2026-11-21T14:18:00Z', now)).toBe('2026-11-21 14:18 UTC (42m ago)');
  expect(formatTimestampRelative('2026-11-21T15:27:00Z', now)).toBe('2026-11-21 15:27 UTC (in 27m)');
});

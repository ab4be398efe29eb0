import { readFileSync } from 'node:fs';
import { ConfigurationError } from '../../src/runtime/errors.js';
import { FreezeScheduleError, parseFreezeSchedule } from '../../src/lock/index.js';

const FILE = '.github/stopline/freezes.yml@main';
const parse = (text: string) => parseFreezeSchedule(text, FILE);

function errorOf(text: string): FreezeScheduleError {
  try {
    parse(text);
  } catch (error) {
    expect(error).toBeInstanceOf(FreezeScheduleError);
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as FreezeScheduleError;
  }
  throw new Error('expected the freezes file to be rejected');
}

const README_EXAMPLE = `# .github/stopline/freezes.yml
version: 1
timezone: Europe/Berlin          # default for every freeze below
freezes:
  - name: weekend
    reason: No merges over the weekend
    from: { day: friday, time: "16:00" }
    to: { day: monday, time: "08:00" }
  - name: year-end
    reason: Year-end holidays
    dates:
      - 2026-12-24
      - { from: 2026-12-31, to: 2027-01-02 }
  - name: us-release
    reason: US release night
    timezone: America/New_York
    dates: [2026-07-03]
`;

describe('parseFreezeSchedule: valid files', () => {
  test('reads the README example', () => {
    const schedule = parse(README_EXAMPLE);
    expect(schedule.file).toBe(FILE);
    expect(schedule.freezes).toEqual([
      {
        kind: 'weekly',
        name: 'weekend',
        reason: 'No merges over the weekend',
        timeZone: 'Europe/Berlin',
        line: 5,
        from: { day: 'friday', minutes: 16 * 60 },
        to: { day: 'monday', minutes: 8 * 60 },
      },
      {
        kind: 'dates',
        name: 'year-end',
        reason: 'Year-end holidays',
        timeZone: 'Europe/Berlin',
        line: 9,
        ranges: [
          { from: '2026-12-24', to: '2026-12-24' },
          { from: '2026-12-31', to: '2027-01-02' },
        ],
      },
      { kind: 'dates', name: 'us-release', reason: 'US release night', timeZone: 'America/New_York', line: 14, ranges: [{ from: '2026-07-03', to: '2026-07-03' }] },
    ]);
  });

  test('the example in src/lock/README.md parses (the docs do not drift)', () => {
    const readme = readFileSync(new URL('../../src/lock/README.md', import.meta.url), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    expect(parse(example!).freezes.map((f) => [f.name, f.kind, f.timeZone])).toEqual([
      ['weekend', 'weekly', 'Europe/Berlin'],
      ['year-end', 'dates', 'Europe/Berlin'],
      ['us-release', 'dates', 'America/New_York'],
    ]);
  });

  test('an empty file, or one with only comments, has no freezes', () => {
    expect(parse('').freezes).toEqual([]);
    expect(parse('# nothing frozen yet\n').freezes).toEqual([]);
    expect(parse('version: 1\n').freezes).toEqual([]);
  });

  test('touching and overlapping dates merge into one window; times like 8:00 are fine', () => {
    const schedule = parse(`timezone: UTC
freezes:
  - name: xmas
    reason: x
    dates: [2026-12-26, 2026-12-24, 2026-12-25, { from: 2026-12-25, to: 2026-12-27 }, 2026-12-30]
  - name: mornings
    reason: y
    from: { day: monday, time: "6:00" }
    to: { day: monday, time: "8:30" }
`);
    expect(schedule.freezes[0]).toMatchObject({ ranges: [{ from: '2026-12-24', to: '2026-12-27' }, { from: '2026-12-30', to: '2026-12-30' }] });
    expect(schedule.freezes[1]).toMatchObject({ from: { minutes: 360 }, to: { minutes: 510 } });
  });

  test('a byte-order mark is not an error', () => {
    expect(parse('\uFEFFversion: 1\n').freezes).toEqual([]);
  });
});

describe('parseFreezeSchedule: bad files say where and how to fix', () => {
  const cases: [string, string, RegExp][] = [
    ['YAML syntax', 'freezes:\n  - name: a\n    reason: [unclosed\n', /freezes\.yml@main line \d: is not valid YAML: .*; fix the syntax there/],
    ['unknown top-level key', 'version: 1\ntimezon: Europe/Berlin\n', /line 2: \/timezon is not a known key; did you mean `timezone`\?/],
    [
      'unknown key in a freeze',
      'timezone: UTC\nfreezes:\n  - name: a\n    reson: x\n    dates: [2026-12-24]\n',
      /line 3: \/freezes\/0 is missing `reason`; add `reason:`[^\n]*\n.*line 4: \/freezes\/0\/reson is not a known key; did you mean `reason`\?/s,
    ],
    [
      'capitalised or misspelt day',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    from: { day: Friday, time: "16:00" }\n    to: { day: mondya, time: "08:00" }\n',
      /line 5: \/freezes\/0\/from\/day is string "Friday", not one of monday, .*; did you mean `friday`\?\n.*line 6: \/freezes\/0\/to\/day is string "mondya", .*did you mean `monday`\?/s,
    ],
    [
      'time out of range',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    from: { day: friday, time: "25:00" }\n    to: { day: monday, time: "08:00" }\n',
      /line 5: \/freezes\/0\/from\/time is string "25:00"; write a 24-hour time HH:MM in quotes, e\.g\. "16:00"/,
    ],
    [
      'time written as a number',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    from: { day: friday, time: 1600 }\n    to: { day: monday, time: "08:00" }\n',
      /line 5: \/freezes\/0\/from\/time must be a string in quotes, e\.g\. "16:00", not number 1600/,
    ],
    [
      'misspelt time zone',
      'timezone: Europe/Berln\nfreezes: []\n',
      /line 1: \/timezone is "Europe\/Berln", not a time zone this runtime knows; did you mean "Europe\/Berlin"\?/,
    ],
    ['a city instead of a zone', 'timezone: Berlin\n', /did you mean "Europe\/Berlin"\?/],
    [
      'an unknown zone with nothing close',
      'freezes:\n  - name: a\n    reason: x\n    timezone: Mars/Olympus_Mons\n    dates: [2026-12-24]\n',
      /line 4: \/freezes\/0\/timezone is "Mars\/Olympus_Mons", not a time zone this runtime knows; write an IANA name such as "Europe\/Berlin"/,
    ],
    [
      'no time zone anywhere',
      'freezes:\n  - name: a\n    reason: x\n    dates: [2026-12-24]\n',
      /line 2: \/freezes\/0 has no time zone; add `timezone: Europe\/Berlin` \(an IANA name\) at the top of the file or to this freeze/,
    ],
    [
      'both weekly and dates',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    from: { day: friday, time: "16:00" }\n    to: { day: monday, time: "08:00" }\n    dates: [2026-12-24]\n',
      /line 3: \/freezes\/0 has both `from`\/`to` \(a weekly window\) and `dates`; split it into two freezes/,
    ],
    ['neither weekly nor dates', 'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n', /line 3: \/freezes\/0 says neither when nor how often; add a weekly window/],
    [
      'from without to',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    from: { day: friday, time: "16:00" }\n',
      /\/freezes\/0 has `from` but no `to`; a weekly window needs both/,
    ],
    [
      'an empty weekly window',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    from: { day: friday, time: "16:00" }\n    to: { day: friday, time: "16:00" }\n',
      /line 6: \/freezes\/0\/to is the same moment as `from`/,
    ],
    [
      'a date that does not exist',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    dates:\n      - 2026-02-30\n',
      /line 6: \/freezes\/0\/dates\/0 is "2026-02-30", not a real calendar date/,
    ],
    [
      'a range that ends before it starts',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    dates:\n      - { from: 2027-01-02, to: 2026-12-31 }\n',
      /line 6: \/freezes\/0\/dates\/0 ends \(2026-12-31\) before it starts \(2027-01-02\); swap `from` and `to`/,
    ],
    [
      'a date in another format',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    dates: ["24.12.2026"]\n',
      /line 5: \/freezes\/0\/dates\/0 is string "24\.12\.2026"; write a date as YYYY-MM-DD/,
    ],
    [
      'a date that is a number',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    dates: [20261224]\n',
      /\/freezes\/0\/dates\/0 is number 20261224; write a day as YYYY-MM-DD \(2026-12-24\) or a range as \{ from: 2026-12-31, to: 2027-01-02 \}/,
    ],
    [
      'two freezes with one name',
      'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    dates: [2026-12-24]\n  - name: A\n    reason: y\n    dates: [2026-12-25]\n',
      /line 6: \/freezes\/1\/name "A" is also the name of freeze 1; give each freeze its own name/,
    ],
    ['another version', 'version: 2\n', /line 1: \/version must be 1 \(the only freezes file version\), not number 2/],
    ['freezes not a list', 'timezone: UTC\nfreezes:\n  name: a\n', /line 3: \/freezes must be a list, not a mapping/],
    ['no dates listed', 'timezone: UTC\nfreezes:\n  - name: a\n    reason: x\n    dates: []\n', /\/freezes\/0\/dates lists no dates/],
  ];

  test.each(cases)('%s', (_name, text, message) => {
    const error = errorOf(text);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(FILE)).toBe(true);
    for (const problem of error.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
  });

  test('every problem is listed at once, in file order', () => {
    const error = errorOf('timezone: Europe/Berln\nfreezes:\n  - name: a\n    reason: x\n    dates: [2026-02-30]\n  - name: a\n    reason: y\n    dates: [2026-12-24]\n');
    expect(error.problems.map((problem) => problem.line)).toEqual([1, 5, 6]);
  });
});

import { readFlags } from '../../src/cli/flags.js';
import { isConfigurationError } from '../../src/runtime/errors.js';

const USAGE = 'Usage: stopline x [--runs N] [--out DIR] [--rate R]';
const read = (args: string[]) => readFlags(args, ['runs', 'out', 'rate'], USAGE);

test('--name value and --name=value; absent options are undefined', () => {
  const flags = read(['--runs', '5', '--out=dir', '--rate=0.25']);
  expect(flags.integer('runs', 1)).toBe(5);
  expect(flags.string('out')).toBe('dir');
  expect(flags.number('rate')).toBe(0.25);
  expect(read([]).integer('runs', 1)).toBeUndefined();
});

test.each([
  [['--frobnicate'], "Unknown option '--frobnicate'", 'string'],
  [['--runs'], "Option '--runs <value>' argument missing", 'string'],
  [['--out='], '--out needs a value', 'string'],
  [['--runs', '0'], '--runs must be a whole number of at least 1, got "0"', 'integer'],
  [['--runs', '2.5'], '--runs must be a whole number of at least 1, got "2.5"', 'integer'],
  [['--rate', 'abc'], '--rate must be a number, got "abc"', 'number'],
  [['positional'], "Unexpected argument 'positional'", 'string'],
] as const)('%j: a clear error that ends with the usage', (args, message, kind) => {
  let error: unknown;
  try {
    const flags = read([...args]);
    if (kind === 'integer') flags.integer('runs', 1);
    else if (kind === 'number') flags.number('rate');
    else flags.string('out');
  } catch (e) {
    error = e;
  }
  expect(isConfigurationError(error)).toBe(true);
  expect((error as Error).message).toContain(message);
  expect((error as Error).message.endsWith(USAGE)).toBe(true);
});

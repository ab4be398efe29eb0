import { EnvironmentsFileError, environmentRule, parseEnvironmentsFile } from '../../../src/release/promotion/index.js';

const FILE = '.github/stopline/environments.yml@main';

function problemsOf(text: string): string[] {
  try {
    parseEnvironmentsFile(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentsFileError);
    return (error as Error).message.split('\n');
  }
  throw new Error('expected the file to be refused');
}

test('a chain in order: from, require and soak per environment', () => {
  const chain = parseEnvironmentsFile(
    [
      'version: 1',
      'environments:',
      '  - name: staging',
      '    require: [stopline/security-gate]',
      '  - name: production',
      '    from: staging',
      '    soak: 30m',
      '    require: [stopline/security-gate, stopline/build]',
    ].join('\n'),
    FILE,
  );
  expect(chain.environments).toEqual([
    { name: 'staging', require: ['stopline/security-gate'], line: 3 },
    { name: 'production', from: 'staging', soakMs: 30 * 60_000, require: ['stopline/security-gate', 'stopline/build'], line: 5 },
  ]);
  expect(environmentRule(chain, 'production').from).toBe('staging');
});

test('an empty file declares nothing; soak: 0 is no soak', () => {
  expect(parseEnvironmentsFile('# nothing yet\n', FILE).environments).toEqual([]);
  const chain = parseEnvironmentsFile('environments:\n  - name: dev\n  - name: qa\n    from: dev\n    soak: 0\n', FILE);
  expect(chain.environments[1]).toEqual({ name: 'qa', from: 'dev', line: 3 });
});

test('a misspelt key is located, with the closest known key', () => {
  expect(problemsOf('environments:\n  - name: staging\n    requires: [x]\n')).toEqual([`${FILE} line 3: /environments/0/requires is not a known key; did you mean \`require\`?`]);
});

test('`from` must name an environment listed before: a typo gets "did you mean", a later one the order', () => {
  expect(problemsOf('environments:\n  - name: staging\n  - name: production\n    from: stagign\n')).toEqual([
    `${FILE} line 4: /environments/1/from is "stagign", which is not an environment listed before "production"; did you mean "staging"?`,
  ]);
  expect(problemsOf('environments:\n  - name: production\n    from: staging\n  - name: staging\n')[0]).toContain('"staging" is listed after "production"; list environments in the order');
  expect(problemsOf('environments:\n  - name: staging\n    from: staging\n')[0]).toContain('the environment itself');
});

test('every problem is reported at once, in line order', () => {
  const problems = problemsOf(['environments:', '  - name: staging', '  - name: staging', '  - name: production', '    from: staging', '    soak: soon', '  - name: qa', '    soak: 1h'].join('\n'));
  expect(problems).toEqual([
    `${FILE} line 3: /environments/1/name "staging" is listed twice; list each environment once`,
    `${FILE} line 6: /environments/2/soak is "soon", not a duration; write e.g. 30m, 2h or 1d`,
    `${FILE} line 8: /environments/3/soak needs \`from\`: a soak is how long the release must have run verified in the environment it is promoted from`,
  ]);
});

test('schema problems: a missing name, a wrong type, a numeric soak other than 0, bad YAML', () => {
  expect(problemsOf('environments:\n  - from: qa\n')).toEqual([`${FILE} line 2: /environments/0 is missing \`name\`; add \`name:\`, the environment's name as the deployments use it, e.g. \`name: staging\``]);
  expect(problemsOf('environments:\n  - name: qa\n    require: stopline/build\n')[0]).toContain('/environments/0/require must be a list, e.g. `require: [stopline/security-gate]`');
  expect(problemsOf('environments:\n  - name: qa\n    from: dev\n    soak: 30\n')[0]).toContain('/environments/0/soak is number 30; write a duration such as 30m');
  expect(problemsOf('environments: [\n')[0]).toMatch(/line \d: is not valid YAML/);
});

test('an environment the file does not list is a mistake, with the closest name', () => {
  const chain = parseEnvironmentsFile('environments:\n  - name: staging\n  - name: production\n', FILE);
  expect(() => environmentRule(chain, 'prodution')).toThrow(`input 'environment': "prodution" is not listed in ${FILE}; did you mean "production"?`);
});

/**
 * The harness reproduces the runner's contract: input defaults and names, file commands, the
 * event payload, annotations, and the post step with the state main saved.
 */
import { inputVariable, parseAnnotations, parseFileCommand, runAction } from './run-action.js';

const fixture = 'test/fixtures/actions/state-roundtrip/action.yml';
const base = { action: fixture, repository: 'o/r', apiUrl: 'http://127.0.0.1:9' };

test('inputs get action.yml defaults, hyphens are kept, github.token is the token', async () => {
  const result = await runAction({ ...base, token: 'tkn', inputs: { 'lease-ttl': '30m' }, event: { name: 'pull_request', payload: { action: 'opened' } } });
  expect(result.exitCode).toBe(0);
  expect(JSON.parse(result.outputs.echoed)).toEqual({ greeting: 'hello', leaseTtl: '30m', token: 'tkn', event: 'pull_request', action: 'opened', repo: 'o/r' });
});

test('annotations are parsed and the post step sees the saved state', async () => {
  const result = await runAction(base);
  expect(result.annotations).toEqual([{ level: 'warning', message: 'careful\nnext line', properties: { file: 'a.ts', line: '3' } }]);
  expect(result.state).toEqual({ lease: 'held by run 7' });
  expect(result.summary).toBe('### main ran\n');
  expect(result.post?.summary).toBe('### post saw: held by run 7\n');
});

test('the exit code is reported, and post still runs after a failed main (post-if: always)', async () => {
  const result = await runAction({ ...base, inputs: { greeting: 'crash' } });
  expect(result.exitCode).toBe(3);
  expect(result.post?.exitCode).toBe(0);
});

test('a step can be killed mid-run to test crash safety', async () => {
  const result = await runAction({ ...base, inputs: { greeting: 'hang' }, killAfterMs: 300, skipPost: true });
  expect(result.signal).toBe('SIGKILL');
  expect(result.post).toBeUndefined();
});

test('file commands: heredocs, plain lines and CRLF; malformed input is an error', () => {
  expect(parseFileCommand('a<<X\r\nline 1\r\nline 2\r\nX\r\nb=2\r\n')).toEqual({ a: 'line 1\nline 2', b: '2' });
  expect(() => parseFileCommand('a<<X\nno end\n')).toThrow('missing closing delimiter');
  expect(() => parseFileCommand('just text\n')).toThrow('malformed');
});

test('input names become INPUT_ variables as the runner makes them', () => {
  expect(inputVariable('lease-ttl')).toBe('INPUT_LEASE-TTL');
  expect(inputVariable('fail on')).toBe('INPUT_FAIL_ON');
  expect(parseAnnotations('::error title=T%2C1::a%25b\nplain\n')).toEqual([{ level: 'error', message: 'a%b', properties: { title: 'T,1' } }]);
});

/**
 * A build killed between storing its files and registering them leaves a draft nothing refers to;
 * the re-run of the same run deletes it, and only it.
 */
import { createReleaseDraft, draftRunOf, listStoplineDrafts } from '../../../src/release/storage/release-assets.js';
import { discardLeftByEarlierAttempts } from '../../../src/release/storage/index.js';
import { silentLogger } from '../../../src/runtime/logger.js';
import { startReleaseSandbox, type ReleaseSandbox } from '../../e2e/release-support.js';

let sb: ReleaseSandbox;
beforeAll(async () => {
  sb = await startReleaseSandbox();
});
afterAll(async () => {
  await sb?.stop();
});

const releaseId = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}` as const;

test('the run attempt that stored a draft is in its body, and only that marker is read back', () => {
  expect(draftRunOf('text\n\n<!-- stopline-run: 42/3 -->')).toEqual({ id: 42, attempt: 3 });
  expect(draftRunOf('no marker')).toBeUndefined();
  expect(draftRunOf(null)).toBeUndefined();
});

test("a re-run deletes its earlier attempts' unregistered drafts; registered ones, other runs' and its own attempt's stay", async () => {
  const at = await sb.createRepo('earlier-attempts');
  const draft = (n: number, run?: { id: number; attempt: number }) =>
    createReleaseDraft(sb.client, at, { releaseId: releaseId(n), name: 'shop', version: `1.0.${n}`, commit: at.headSha, digest: releaseId(9), ...(run ? { run } : {}) });
  const left = await draft(1, { id: 50, attempt: 1 });
  const registered = await draft(2, { id: 50, attempt: 1 });
  const otherRun = await draft(3, { id: 51, attempt: 1 });
  const sameAttempt = await draft(4, { id: 50, attempt: 2 });
  const unmarked = await draft(5);

  expect(await discardLeftByEarlierAttempts(sb.client, at, { id: 50, attempt: 1 }, new Set(), silentLogger)).toBe(0);
  expect(await discardLeftByEarlierAttempts(sb.client, at, { id: 50, attempt: 2 }, new Set([registered.id]), silentLogger)).toBe(1);
  const remaining = (await listStoplineDrafts(sb.client, at)).map((d) => d.id).sort((a, b) => a - b);
  expect(remaining).toEqual([registered.id, otherRun.id, sameAttempt.id, unmarked.id].sort((a, b) => a - b));
  expect(remaining).not.toContain(left.id);
});

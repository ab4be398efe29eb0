import { canMaintain, canWrite, decideExemption, decideFreezeExemption, parseRevert } from '../../src/lock/index.js';

const A = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('parseRevert', () => {
  test("git revert's message: title and body", () => {
    expect(parseRevert('Revert "Add cache"', `This reverts commit ${A}.`)).toEqual({ kind: 'revert', shas: [A], pulls: [] });
  });

  test("GitHub's Revert button: the reverted pull request, to resolve to its merge commit", () => {
    expect(parseRevert('Revert "Add cache"', 'Reverts acme/web-app.v2#812')).toEqual({
      kind: 'revert',
      shas: [],
      pulls: [{ owner: 'acme', repo: 'web-app.v2', number: 812 }],
    });
  });

  test('a title prefix alone never exempts', () => {
    expect(parseRevert('Revert "Add cache"', '')).toMatchObject({ kind: 'none', reason: expect.stringMatching(/the body does not say what it reverts/) });
    expect(parseRevert('Revert "Add cache"', null)).toMatchObject({ kind: 'none' });
    expect(parseRevert('Revert "Add cache"', 'reverting the cache change, it broke main')).toMatchObject({ kind: 'none' });
  });

  test('a body alone never exempts, nor a title that only looks like a revert', () => {
    const body = `This reverts commit ${A}.`;
    for (const title of ['Add cache', 'revert "Add cache"', 'Revert: Add cache', 'Reverting "Add cache"', 'Revert Add cache', 'Revert "Add cache', 'Revert ""', 'fix: Revert "Add cache"', 'Revert "Add cache" and more']) {
      expect(parseRevert(title, body)).toEqual({ kind: 'none', reason: 'the title does not read Revert "…"' });
    }
  });

  test('nested reverts and surrounding whitespace in the title are fine', () => {
    expect(parseRevert('  Revert "Revert "Add cache""  ', `This reverts commit ${A}.`)).toMatchObject({ kind: 'revert', shas: [A] });
  });

  test('an abbreviated sha is not enough, and says so', () => {
    expect(parseRevert('Revert "x"', 'This reverts commit a1b2c3d.')).toEqual({
      kind: 'none',
      reason: 'the body names an abbreviated sha (a1b2c3d); a revert must name the full 40-character sha ("This reverts commit <sha>.")',
    });
  });

  test('41 hex characters, a quoted line, or the sentence mid-line are not claims', () => {
    expect(parseRevert('Revert "x"', `This reverts commit ${A}0.`).kind).toBe('none');
    expect(parseRevert('Revert "x"', `> This reverts commit ${A}.`).kind).toBe('none');
    expect(parseRevert('Revert "x"', `As the docs say, This reverts commit ${A}.`).kind).toBe('none');
  });

  test('upper-case hex is normalised; several commits are all listed once; CRLF bodies work', () => {
    const body = `Reverting two.\r\n\r\nThis reverts commit ${A.toUpperCase()}.\r\n\r\nThis reverts commit ${B}.\r\nThis reverts commit ${A}.\r\n`;
    expect(parseRevert('Revert "two"', body)).toEqual({ kind: 'revert', shas: [A, B], pulls: [] });
  });

  test('a reverted merge commit names the merge, not the parent it reverted to', () => {
    const body = `This reverts commit ${A}, reversing\nchanges made to ${B}.`;
    expect(parseRevert('Revert "Merge pull request #9"', body)).toMatchObject({ shas: [A] });
  });
});

describe('decideExemption', () => {
  const range = [A, B];
  const base = { redRangeShas: range, labelPresent: false };

  test('a revert of a commit in the red range is exempt', () => {
    expect(decideExemption({ ...base, revertedShas: [A] })).toEqual({
      exempt: true,
      exemption: { kind: 'revert', lifts: 'red', revertedShas: [A] },
      reason: 'it reverts a1b2c3d, in the red range',
    });
    expect(decideExemption({ ...base, revertedShas: [A.toUpperCase(), B] }).exempt).toBe(true);
  });

  test('a revert of a commit outside the range (even alongside one inside) is not', () => {
    expect(decideExemption({ ...base, revertedShas: [C] })).toEqual({
      exempt: false,
      reason: 'it reverts ccccccc, which is not in the red range (first bad commit to head); it has no `stopline:fix` label',
    });
    expect(decideExemption({ ...base, revertedShas: [A, C] }).exempt).toBe(false);
    expect(decideExemption({ ...base, redRangeShas: [], revertedShas: [A] })).toMatchObject({ exempt: false, reason: expect.stringMatching(/no red range/) });
  });

  test('an abbreviated sha never matches a full one', () => {
    expect(decideExemption({ ...base, revertedShas: [A.slice(0, 7)] }).exempt).toBe(false);
  });

  test.each([
    ['admin', true],
    ['maintain', true],
    ['write', true],
    ['WRITE', true],
    ['triage', false],
    ['read', false],
    ['none', false],
    ['security-reviewer', false],
  ])('the fix label added by someone with %s access: exempt %s', (permission, exempt) => {
    const decision = decideExemption({ ...base, revertedShas: [], labelPresent: true, labelAddedBy: { login: 'ana', permission } });
    expect(decision.exempt).toBe(exempt);
    if (decision.exempt) expect(decision.exemption).toEqual({ kind: 'fix-label', lifts: 'red', label: 'stopline:fix', addedBy: 'ana', permission: permission.toLowerCase() });
    else expect(decision.reason).toBe(`it is not a revert; the \`stopline:fix\` label was added by @ana, who has ${permission} access; it counts only when added by someone with write, maintain or admin access`);
  });

  test('a label whose author is unknown, or no label, does not exempt; a custom label name is used in messages', () => {
    expect(decideExemption({ ...base, revertedShas: [], labelPresent: true, label: 'hotfix' })).toEqual({
      exempt: false,
      reason: 'it is not a revert; who added the `hotfix` label is unknown, so it does not count',
    });
    expect(decideExemption({ ...base, revertedShas: [], labelPresent: false, labelAddedBy: { login: 'ana', permission: 'admin' } }).exempt).toBe(false);
  });

  test('a verified revert wins over a label', () => {
    const decision = decideExemption({ ...base, revertedShas: [B], labelPresent: true, labelAddedBy: { login: 'ana', permission: 'write' } });
    expect(decision.exempt && decision.exemption.kind).toBe('revert');
  });
});

describe('decideFreezeExemption', () => {
  test.each([
    ['admin', true],
    ['maintain', true],
    ['write', false],
    ['triage', false],
    ['read', false],
  ])('the freeze-exempt label added with %s access: exempt %s', (permission, exempt) => {
    const decision = decideFreezeExemption({ labelPresent: true, labelAddedBy: { login: 'lead', permission } });
    expect(decision.exempt).toBe(exempt);
    if (decision.exempt) expect(decision.exemption).toMatchObject({ kind: 'freeze-label', lifts: 'freeze' });
    else expect(decision.reason).toMatch(/counts only when added by someone with maintain or admin access/);
  });

  test('no label: not exempt', () => {
    expect(decideFreezeExemption({ labelPresent: false })).toEqual({ exempt: false, reason: 'it has no `stopline:freeze-exempt` label' });
  });
});

test('permission helpers', () => {
  expect(['admin', 'maintain', 'write'].every(canWrite)).toBe(true);
  expect(['triage', 'read', 'none', ''].some(canWrite)).toBe(false);
  expect(['admin', 'maintain'].every(canMaintain)).toBe(true);
  expect(canMaintain('write')).toBe(false);
});

import { ResultClaims, type ClaimedChunk } from '../../../src/gate/ingest/result-claims.js';

describe('ResultClaims', () => {
  it('hands out every chunk once: the front from the start, the back from the end, until they meet', () => {
    const claims = ResultClaims.forRun(100, 30);
    const other = new ResultClaims(claims.shared);
    expect(claims.unclaimed()).toBe(4);
    expect(claims.claimFront()).toEqual({ chunk: 0, from: 0, to: 30 });
    expect(other.claimBack()).toEqual({ chunk: 3, from: 90, to: 100 });
    expect(claims.backClaimed()).toBe(1);
    expect(other.claimBack()).toEqual({ chunk: 2, from: 60, to: 90 });
    expect(claims.unclaimed()).toBe(1);
    expect(claims.claimFront()).toEqual({ chunk: 1, from: 30, to: 60 });
    expect(claims.claimFront()).toBeUndefined();
    expect(other.claimBack()).toBeUndefined();
    expect(other.backClaimed()).toBe(2);
  });

  it('has nothing to hand out for a run without results', () => {
    const claims = ResultClaims.forRun(0);
    expect(claims.unclaimed()).toBe(0);
    expect(claims.claimFront()).toBeUndefined();
    expect(claims.claimBack()).toBeUndefined();
  });

  it('makes chunks bigger when a run needs more chunks than one shared word can count', () => {
    const claims = ResultClaims.forRun(100_000_000, 10);
    const chunks = claims.unclaimed();
    expect(chunks).toBeLessThan(1 << 15);
    const first = claims.claimFront()!;
    const last = claims.claimBack()!;
    expect(first.from).toBe(0);
    expect(last.to).toBe(100_000_000);
    expect(last.chunk).toBe(chunks - 1);
  });

  it('covers the run exactly when both ends claim in any interleaving', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const claims = ResultClaims.forRun(1000, 7);
      const taken: ClaimedChunk[] = [];
      let random = seed;
      for (;;) {
        random = (random * 1103515245 + 12345) % 2 ** 31;
        const chunk = random % 3 === 0 ? claims.claimBack() : claims.claimFront();
        if (chunk === undefined) break;
        taken.push(chunk);
      }
      taken.sort((a, b) => a.from - b.from);
      expect(taken[0]!.from).toBe(0);
      for (let i = 1; i < taken.length; i += 1) expect(taken[i]!.from).toBe(taken[i - 1]!.to);
      expect(taken.at(-1)!.to).toBe(1000);
    }
  });
});

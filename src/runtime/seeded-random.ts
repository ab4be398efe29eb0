/**
 * mulberry32: a tiny seeded generator of numbers in [0, 1). The same seed gives the same sequence
 * on every run, so faults, simulated traffic, shuffles and seeded histories are reproducible.
 * (The benchmarks, plain .mjs files, use bench/stats.mjs's copy.)
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

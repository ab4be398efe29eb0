import type { ThrottlingOptions } from '@octokit/plugin-throttling';

/** The limiter group type the throttling plugin accepts for spacing mutating requests. */
export type WriteGroup = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;

/**
 * A replacement for the throttling plugin's write limiter, which otherwise waits 1 s between any
 * two mutating requests of the whole process (GitHub's advice against secondary rate limits). A
 * ledger update is four writes, so against a local API (the sandbox) that spacing would turn a
 * 50-writer race into minutes of sleeping while protecting nothing.
 *
 * The plugin only ever calls `group.key(id).schedule(options, task)`; this implements that call:
 * writes start in order, at least `intervalMs` apart. Bottleneck itself is the plugin's private
 * dependency, so it is not imported here.
 */
export function writeSpacing(intervalMs: number): WriteGroup {
  let nextStart = 0;
  const limiter = {
    schedule<R>(...args: unknown[]): Promise<R> {
      // schedule(task) or schedule(options, task): Bottleneck's two overloads.
      const task = args[args.length - 1] as () => R | Promise<R>;
      const now = Date.now();
      const start = Math.max(now, nextStart);
      nextStart = start + intervalMs;
      if (start <= now) return Promise.resolve().then(task);
      return new Promise<void>((resolve) => setTimeout(resolve, start - now)).then(task);
    },
  };
  return { key: () => limiter } as unknown as WriteGroup;
}

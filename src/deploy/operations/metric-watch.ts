/**
 * Reading the checks' metrics for a deploy: the query before anything starts (so a wrong URL or
 * a bad query stops the deploy before it begins), the baseline, and each interval's samples.
 * Live providers (`scrape`, `http`) know only what they have read themselves, so they are polled
 * in the background from the baseline window on; Prometheus answers from its own history.
 */
import {
  formatValue,
  planSampling,
  readCheckSamples,
  type CheckSamples,
  type CheckSpec,
  type ChecksFile,
  type MeasurementError,
  type MetricProvider,
  type Sample,
  type SamplingPlan,
} from '../checks/index.js';
import { ConfigurationError, errorMessage, isConfigurationError } from '../../runtime/errors.js';
import type { Logger } from '../../runtime/logger.js';
import { pause } from './pause.js';

export interface MetricWatchOptions {
  intervalMs: number;
  logger: Logger;
  now?: () => number;
}

export class MetricWatch {
  readonly plans: ReadonlyMap<string, SamplingPlan>;
  /** When background polling began (live providers), epoch ms. */
  pollingSince: number | undefined;
  private running = false;
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;
  private pollError: string | undefined;
  private readonly now: () => number;

  constructor(
    readonly provider: MetricProvider,
    readonly file: ChecksFile,
    private readonly options: MetricWatchOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.plans = new Map(file.checks.map((check) => [check.name, planSampling(check.query, options.intervalMs)]));
  }

  get checks(): readonly CheckSpec[] {
    return this.file.checks;
  }

  plan(check: CheckSpec): SamplingPlan {
    return this.plans.get(check.name)!;
  }

  /** The longest settle time of any check: the first look waits for it. */
  get settleMs(): number {
    return Math.max(0, ...[...this.plans.values()].map((plan) => plan.settleMs));
  }

  /** How often live providers are read: a quarter of the finest query step, between 250 ms and 5 s. */
  get pollEveryMs(): number {
    const finest = Math.min(...[...this.plans.values()].map((plan) => plan.stepMs));
    return Math.min(5_000, Math.max(250, Math.floor(finest / 4)));
  }

  /**
   * Queries every check once, now. Nothing has started yet, so any failure is the configuration's:
   * an unreachable source, a query the source rejects (shown with the query), several series.
   * @throws ConfigurationError naming the checks file, the check and the query
   */
  async preflight(): Promise<{ name: string; samples: Sample[] }[]> {
    const found: { name: string; samples: Sample[] }[] = [];
    if (this.provider.live) await this.wrap(undefined, () => this.provider.poll());
    for (const check of this.checks) {
      const samples = await this.wrap(check, () => this.provider.instant(check.query));
      found.push({ name: check.name, samples });
      const value = samples.at(-1)?.value;
      const now = value === undefined ? 'no value now' : `now ${formatValue(value)}`;
      this.options.logger.info(`check ${check.name}: ${now} (${this.provider.kind} ${this.provider.url})`);
      const note = this.plan(check).note;
      if (note) this.options.logger.info(`check ${check.name}: ${note}`);
    }
    return found;
  }

  private async wrap<T>(check: CheckSpec | undefined, read: () => Promise<T>): Promise<T> {
    try {
      return await read();
    } catch (error) {
      const where = check ? `${this.file.file} line ${check.line}, check "${check.name}"` : this.file.file;
      const message = `${where}: ${errorMessage(error)}. No deploy was started.`;
      if (isConfigurationError(error)) throw new ConfigurationError(message, { cause: error });
      throw new Error(message, { cause: error });
    }
  }

  /** Starts reading a live provider every `pollEveryMs` (nothing for Prometheus). */
  startPolling(): void {
    if (!this.provider.live || this.running) return;
    this.running = true;
    this.pollingSince = this.now();
    let warned: string | undefined;
    this.loop = (async () => {
      while (this.running) {
        try {
          await this.provider.poll();
          if (this.pollError !== undefined) this.options.logger.info(`${this.provider.url} answers again`);
          this.pollError = undefined;
        } catch (error) {
          this.pollError = errorMessage(error);
          if (warned !== this.pollError) this.options.logger.warning(`reading the metrics failed: ${this.pollError}`);
          warned = this.pollError;
        }
        await pause(this.pollEveryMs, this.stopping.signal);
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    await this.loop;
  }

  /**
   * Each check's samples from `start` to `end` (epoch ms) at its query step. A check whose
   * samples cannot be read gets no samples here, and the reason in `errors`.
   */
  async baseline(start: number, end: number): Promise<{ samples: Map<string, CheckSamples>; errors: string[] }> {
    const samples = new Map<string, CheckSamples>();
    const errors: string[] = [];
    for (const check of this.checks) {
      try {
        const range = { start, end, step: this.plan(check).stepMs };
        samples.set(check.name, end > start ? await readCheckSamples(check, (query) => this.provider.range(query, range)) : []);
      } catch (error) {
        samples.set(check.name, []);
        errors.push(`the baseline of ${check.name} could not be read: ${errorMessage(error)}`);
      }
    }
    return { samples, errors };
  }

  /**
   * Each check's samples of a step that went live at `deployedAt`, up to now: from `deployedAt`
   * plus the check's settle time (before it, a sample's window still holds the old release).
   * A failed read is a MeasurementError, which the judge never passes.
   */
  async read(deployedAt: number): Promise<Map<string, CheckSamples | MeasurementError>> {
    const end = this.now();
    const current = new Map<string, CheckSamples | MeasurementError>();
    for (const check of this.checks) {
      const plan = this.plan(check);
      const start = deployedAt + plan.settleMs;
      if (this.provider.live && this.pollError !== undefined) {
        current.set(check.name, { error: this.pollError });
        continue;
      }
      if (start >= end) {
        current.set(check.name, []);
        continue;
      }
      try {
        current.set(check.name, await readCheckSamples(check, (query) => this.provider.range(query, { start, end, step: plan.stepMs })));
      } catch (error) {
        current.set(check.name, { error: errorMessage(error) });
      }
    }
    return current;
  }
}

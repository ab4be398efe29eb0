import { DOCS_URL } from './api-error.js';
import type { FaultOptions } from './types.js';
import { seededRandom as seeded } from '../runtime/seeded-random.js';

/** A fault to answer instead of the route's own reply. */
export interface Fault {
  status: number;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}


const RATE_FIELDS = ['errorRate', 'rateLimitRate', 'tooManyRate'] as const;

const ERROR_MESSAGES: Record<number, string> = { 500: 'Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

/** Checks fault settings, naming the bad field: rates must be within 0..1 and add up to at most 1. */
export function validateFaults(faults: FaultOptions): FaultOptions {
  if (typeof faults !== 'object' || faults === null || Array.isArray(faults)) throw new Error('faults must be a JSON object');
  for (const field of RATE_FIELDS) {
    const value = faults[field];
    if (value !== undefined && (typeof value !== 'number' || !(value >= 0 && value <= 1))) {
      throw new Error(`faults.${field} must be a number from 0 to 1, got ${JSON.stringify(value)}`);
    }
  }
  const total = RATE_FIELDS.reduce((sum, f) => sum + (faults[f] ?? 0), 0);
  if (total > 1) throw new Error(`faults: errorRate + rateLimitRate + tooManyRate must be at most 1, got ${total}`);
  const statuses = faults.errorStatuses;
  if (statuses !== undefined && (!Array.isArray(statuses) || statuses.length === 0 || !statuses.every((s) => s in ERROR_MESSAGES))) {
    throw new Error(`faults.errorStatuses must be a non-empty list of 500, 502 and 503, got ${JSON.stringify(statuses)}`);
  }
  for (const field of ['retryAfterSeconds', 'latencyMs', 'seed'] as const) {
    const value = faults[field];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
      throw new Error(`faults.${field} must be a non-negative number, got ${JSON.stringify(value)}`);
    }
  }
  return faults;
}

/** Decides, request by request, whether to answer with a fault. */
export class FaultInjector {
  private random: () => number = Math.random;
  private options: FaultOptions = {};

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  set(options: FaultOptions): void {
    this.options = validateFaults({ ...options });
    this.random = options.seed === undefined ? Math.random : seeded(options.seed);
  }

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  /** Draws once per request; the three rates share one draw so their shares add up exactly. */
  next(): Fault | undefined {
    const { errorRate = 0, rateLimitRate = 0, tooManyRate = 0 } = this.options;
    if (errorRate + rateLimitRate + tooManyRate === 0) return undefined;
    const retryAfter = String(this.options.retryAfterSeconds ?? 1);
    const draw = this.random();
    if (draw < errorRate) {
      const statuses = this.options.errorStatuses ?? [500, 502, 503];
      const status = statuses[Math.floor(this.random() * statuses.length)]!;
      return { status, headers: {}, body: { message: ERROR_MESSAGES[status], documentation_url: DOCS_URL } };
    }
    if (draw < errorRate + rateLimitRate) {
      return {
        status: 403,
        headers: { 'retry-after': retryAfter },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        },
      };
    }
    if (draw < errorRate + rateLimitRate + tooManyRate) {
      return {
        status: 429,
        headers: { 'retry-after': retryAfter },
        body: { message: 'Too Many Requests', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' },
      };
    }
    return undefined;
  }
}

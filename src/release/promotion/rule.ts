/**
 * The rule one promotion follows: the environments file's entry for the environment, with the
 * step's inputs on top (an input that is set wins). Pure.
 */
import { ConfigurationError } from '../../runtime/errors.js';
import type { PromotionRule } from './checks.js';
import type { EnvironmentRule } from './environments-file.js';

/** What a promotion requires when neither the inputs nor the file say. */
export const DEFAULT_REQUIRED_STATUSES: readonly string[] = ['stopline/security-gate'];

/** The promotion inputs that can override the file; undefined: not set. */
export interface RuleInputs {
  from?: string;
  /** `[]` when the input says `none`. */
  require?: string[];
  soakMs?: number;
}

/**
 * @throws ConfigurationError when a soak is asked for without an environment to soak in, or an
 *   environment is to be promoted from itself
 */
export function promotionRule(environment: string, file: EnvironmentRule | undefined, inputs: RuleInputs): PromotionRule {
  const from = inputs.from ?? file?.from;
  const soakMs = inputs.soakMs ?? file?.soakMs ?? 0;
  if (from === environment) {
    throw new ConfigurationError(`input 'from': "${from}" is the environment being promoted to; name the environment the release comes from (e.g. staging for production)`);
  }
  if (soakMs > 0 && from === undefined) {
    throw new ConfigurationError(`input 'soak' needs 'from': a soak is how long the release must have run verified in the environment it is promoted from; set 'from', or leave 'soak' empty`);
  }
  const rule: PromotionRule = { environment, require: [...(inputs.require ?? file?.require ?? DEFAULT_REQUIRED_STATUSES)], soakMs };
  if (from !== undefined) rule.from = from;
  return rule;
}

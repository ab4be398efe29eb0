import { ConfigFileError, type ConfigProblem } from '../../config/problem.js';

/** One thing wrong with a policy file: where it is and what to do about it. */
export type PolicyProblem = ConfigProblem;

/**
 * A policy that cannot be used (it does not parse, or a child policy would loosen its parent): a
 * ConfigurationError listing every problem, one per line, so one edit fixes them all.
 */
export class PolicyError extends ConfigFileError {}

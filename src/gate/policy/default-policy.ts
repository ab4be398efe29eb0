import type { Policy } from './policy.js';

/**
 * The policy that applies when the repository has no policy file: fail on high and critical
 * findings of every category, only new ones when a baseline is given, SARIF suppressions honored,
 * nothing required, blocked or excluded, no exceptions. Frozen so no caller can change it for the next one.
 */
export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  version: 1,
  file: 'built-in default policy',
  failOn: 'high',
  categories: {},
  required: [],
  newOnly: true,
  suppressions: 'honor',
  block: { cwes: [], rules: [], ids: [] },
  paths: { exclude: [] },
  tools: {},
  exceptions: [],
  budgets: {},
  maxExceptionDays: {},
  delegate: [],
  declared: [],
} satisfies Policy);

/** The default policy written as a file, for POLICY.md and for users who want to start from it. */
export const DEFAULT_POLICY_YAML = `version: 1
fail-on: high
required: []
new-only: true
`;

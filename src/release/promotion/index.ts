/** Promotion's rules (pure): the environments file, choosing the release, the checks, the pointer. */
export { parseEnvironmentsFile, environmentRule, EnvironmentsFileError, ENVIRONMENTS_FILE, type EnvironmentChain, type EnvironmentRule, type EnvironmentsProblem } from './environments-file.js';
export { selectRelease, findReleaseById, type Selection, type SelectionResult } from './select-release.js';
export {
  promotionChecks,
  freezeCheck,
  refusalsOf,
  waitingUntil,
  describeRefusals,
  type CheckInput,
  type CheckName,
  type PromotionCheck,
  type PromotionRule,
  type Refusal,
  type StatusFact,
} from './checks.js';
export { recordPromotion, markVerified, pointerOf, type Promotion, type PromotionWrite, type VerifyResult } from './pointer.js';
export { promotionRule, DEFAULT_REQUIRED_STATUSES, type RuleInputs } from './rule.js';

/** commit-lock's domain (pure): the line, freezes, the freezes file, verdicts, statuses, exemptions. See README.md. */
export {
  RUN_CONCLUSIONS,
  NON_DECIDING,
  isDeciding,
  colorOf,
  compareRuns,
  runLabel,
  shortSha,
  type RunConclusion,
  type RunEvent,
  type RunKey,
  type LineColor,
} from './run-event.js';
export {
  applyRunEvent,
  planRunEvent,
  STREAK_LIMIT,
  type LineOptions,
  type LineTransition,
  type LineUpdate,
  type RunPlan,
  type RunPlanOptions,
} from './line.js';
export {
  freeze,
  unfreeze,
  activeFreezes,
  isFreezeActive,
  type FreezeRequest,
  type FreezeResult,
  type UnfreezeRequest,
  type UnfreezeResult,
} from './freezes.js';
export {
  parseFreezeSchedule,
  emptySchedule,
  FreezeScheduleError,
  FREEZES_FILE,
  type FreezeSchedule,
  type ScheduledFreeze,
  type WeeklyFreeze,
  type DatedFreeze,
  type WeeklyTime,
  type ScheduleProblem,
} from './parse-schedule.js';
export { WEEKDAYS, type Weekday } from './schedule-schema.js';
export { activeScheduledFreezes, nextScheduledFreeze, type ScheduledWindow } from './schedule.js';
export { reconcileScheduledFreezes, type ReconcileResult } from './reconcile.js';
export { lineVerdict, lockChange, describeFirstBadCommit, type LineVerdict, type VerdictOptions } from './verdict.js';
export { changeStatus, type ChangeStatus, type ChangeStatusOptions } from './change-status.js';
export {
  parseRevert,
  decideExemption,
  decideFreezeExemption,
  canWrite,
  canMaintain,
  DEFAULT_FIX_LABEL,
  DEFAULT_FREEZE_EXEMPT_LABEL,
  type Exemption,
  type ExemptionDecision,
  type ExemptionInput,
  type FreezeExemptionInput,
  type LabelActor,
  type PullReference,
  type RepoPermission,
  type RevertClaim,
} from './exemption.js';
export { shortTime, canonicalTimeZone } from './zoned-time.js';

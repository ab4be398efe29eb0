import { SEVERITIES, isAtLeast, type Severity } from '../finding.js';
import { daysFrom, isoDay } from './expiry.js';
import type { Policy, PolicyException } from './policy.js';

/**
 * The longest an exception covering findings up to `maxSeverity` may run: the smallest
 * `max-exception-days` among the severities it covers. Undefined when none is set. The smallest,
 * because an exception for "up to high" also covers medium and low findings, and must satisfy
 * every limit it could be used under.
 */
export function exceptionDayLimit(
  maxExceptionDays: Policy['maxExceptionDays'],
  maxSeverity: Severity,
): { days: number; severity: Severity } | undefined {
  let limit: { days: number; severity: Severity } | undefined;
  for (const severity of SEVERITIES) {
    const days = maxExceptionDays[severity];
    if (days === undefined || !isAtLeast(maxSeverity, severity)) continue;
    if (!limit || days < limit.days) limit = { days, severity };
  }
  return limit;
}

/**
 * Why an exception runs longer than the policy allows, counted from `today`, or undefined when it
 * is within the limit. The message ends with the fix.
 */
export function exceptionTooLong(
  exception: Pick<PolicyException, 'expires' | 'expiresAt' | 'maxSeverity'>,
  lastDay: Date,
  maxExceptionDays: Policy['maxExceptionDays'],
  today: Date,
): string | undefined {
  const limit = exceptionDayLimit(maxExceptionDays, exception.maxSeverity);
  if (!limit) return undefined;
  const days = daysFrom(today, lastDay);
  if (days <= limit.days) return undefined;
  const narrower =
    exception.maxSeverity === 'info'
      ? ''
      : ', or add `severity:` with the most severe level the exception has to cover if that is lower';
  return (
    `${exception.expires} is ${days} days after today (${isoDay(today)}), but max-exception-days ` +
    `allows ${limit.days} days for exceptions that may cover ${limit.severity} findings ` +
    `(this one covers up to ${exception.maxSeverity}); set an expiry on or before ` +
    `${isoDay(new Date(today.getTime() + limit.days * 86_400_000))}${narrower}`
  );
}

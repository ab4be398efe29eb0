import type { PolicyException } from '../policy/policy.js';

/** `rule js/x, path scripts/**`: an exception's match in words. */
export function describeMatch(exception: PolicyException): string {
  return Object.entries(exception.match)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
}

/** `security-policy.yml line 12`: where an exception was written. */
export function describeSource(exception: PolicyException): string {
  return `${exception.source.file} line ${exception.source.line}`;
}

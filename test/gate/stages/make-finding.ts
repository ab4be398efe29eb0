import type { Finding } from '../../../src/gate/finding.js';

let counter = 0;

/** A normalized finding with sensible defaults; tests override only what they are about. */
export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  counter += 1;
  return {
    tool: 'CodeQL',
    category: 'sast',
    categorySource: 'built-in',
    ruleId: 'js/xss',
    message: 'Cross-site scripting',
    severity: 'high',
    severitySource: 'rule properties.security-severity 7.8',
    cwes: [],
    advisoryIds: [],
    location: { kind: 'file', path: 'src/app.ts', startLine: 10 },
    fingerprint: `fp-${counter}`,
    fingerprintSource: 'computed',
    suppressed: false,
    origin: { file: 'codeql.sarif', runIndex: 0, resultIndex: counter },
    ...overrides,
  };
}

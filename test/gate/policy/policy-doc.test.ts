import { readFileSync } from 'node:fs';
import { parsePolicy } from '../../../src/gate/policy/parse-policy.js';

// POLICY.md is what users copy from: its complete example must stay a valid policy.
it('the complete example in POLICY.md parses', () => {
  const doc = readFileSync(new URL('../../../src/gate/POLICY.md', import.meta.url), 'utf8');
  const example = /## A complete example\s+```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  const policy = parsePolicy(example!, 'POLICY.md', { today: new Date('2026-12-01T00:00:00Z') });
  expect(policy.exceptions[0]!.maxSeverity).toBe('medium');
  expect(policy.suppressions).toBe('baseline-only');
  expect(policy.categories.sca).toEqual({ failOn: 'critical', budgets: { high: 5 } });
});

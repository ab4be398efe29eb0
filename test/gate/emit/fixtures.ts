import type { Log, Result } from 'sarif';
import { parsePolicy } from '../../../src/gate/policy/parse-policy.js';
import type { Policy } from '../../../src/gate/policy/policy.js';
import type { GateReport } from '../../../src/gate/emit/report.js';
import { judge, type GateInput, type GateOutcome } from '../../../src/gate/pipeline.js';

export const today = new Date('2026-05-01T10:00:00Z');
export const workspace = '/home/runner/work/app/app';

/** A policy from YAML lines after `version: 1`. */
export function policy(text = ''): Policy {
  return parsePolicy(`version: 1\n${text}`, 'security-policy.yml', { today });
}

export interface ResultSpec {
  rule: string;
  level?: 'error' | 'warning' | 'note' | 'none';
  path?: string;
  line?: number;
  message?: string;
  score?: string;
  suppressed?: boolean;
  url?: string;
}

/** A one-run SARIF log for `tool` with a rule per distinct rule id. */
export function sarifLog(tool: string, specs: ResultSpec[], extra: { ruleProperties?: Record<string, Record<string, unknown>> } = {}): Log {
  const ruleIds = [...new Set(specs.map((spec) => spec.rule))];
  const results: Result[] = specs.map((spec, index) => {
    const result: Result = {
      ruleId: spec.rule,
      ruleIndex: ruleIds.indexOf(spec.rule),
      level: spec.level ?? 'error',
      message: { text: spec.message ?? `${spec.rule} problem ${index}` },
    };
    if (spec.url) result.locations = [{ physicalLocation: { artifactLocation: { uri: spec.url } } }];
    else if (spec.path !== undefined) {
      result.locations = [{ physicalLocation: { artifactLocation: { uri: spec.path }, region: { startLine: spec.line ?? 1 } } }];
    }
    if (spec.score !== undefined) result.properties = { 'security-severity': spec.score };
    if (spec.suppressed) result.suppressions = [{ kind: 'inSource', justification: 'false positive' }];
    return result;
  });
  return {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool,
            version: '1.0.0',
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: `rule ${id}` }, ...(extra.ruleProperties?.[id] ? { properties: extra.ruleProperties[id] } : {}) })),
          },
        },
        results,
      },
    ],
  };
}

/** Runs the gate with defaults for everything the test does not set. */
export function run(overrides: Partial<GateInput> & Pick<GateInput, 'logs'>) {
  return judge({
    policy: policy(),
    policySource: { description: 'workspace (.github/stopline/security-policy.yml)', hash: 'sha256:abc' },
    workspace,
    today,
    mode: 'enforce',
    ...overrides,
  });
}

/** The filtered SARIF file the action writes (from `sarifChunks()`), parsed. */
export function writtenSarif(outcome: Pick<GateOutcome, 'sarifChunks'>): Log {
  return JSON.parse([...outcome.sarifChunks()].join('')) as Log;
}

/** The report file the action writes (from `reportChunks()`), parsed. */
export function writtenReport(outcome: Pick<GateOutcome, 'reportChunks'>): GateReport {
  return JSON.parse(reportText(outcome)) as GateReport;
}

/** The report file's text, exactly as the action writes it. */
export function reportText(outcome: Pick<GateOutcome, 'reportChunks'>): string {
  return [...outcome.reportChunks()].join('');
}

/** deploy's inputs, read and checked once: every mistake is found before anything is deployed. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { needsBaseline, parseChecksFile, type ChecksFile } from '../../deploy/checks/index.js';
import { parseLeaseSettings, type LeaseSettings } from '../../deploy/lease/index.js';
import { parseSmoke, type SmokeSpec } from '../../deploy/smoke-spec.js';
import { parseSteps } from '../../deploy/steps.js';
import { DEFAULT_LEDGER_REF } from '../../github/ledger.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { getDurationInput, getIntegerInput, getOptionalInput, getRequiredInput, getSecretInput } from '../../runtime/inputs.js';
import { inputs } from './io.js';

export interface DeploySettings {
  environment: string;
  deploymentId: number | undefined;
  releaseId: string | undefined;
  run: string;
  /** Undefined: `run` again with the previous verified release. */
  rollback: string | undefined;
  smoke: SmokeSpec;
  /** Undefined: no metric checks (the smoke test alone decides). */
  checks: ChecksFile | undefined;
  steps: number[];
  baselineMs: number;
  intervalMs: number;
  samples: number;
  lease: LeaseSettings;
  /** Absolute. */
  artifactPath: string | undefined;
  ledgerRef: string;
  token: string;
}

export const DEFAULT_BASELINE = '10m';
export const DEFAULT_INTERVAL = '1m';
export const DEFAULT_SAMPLES = 5;

/** Inline YAML rather than a path: several lines, or a top-level key of a checks file. */
function isInlineChecks(text: string): boolean {
  return /[\r\n]/.test(text) || /^\s*(provider|checks|version)\s*:/.test(text);
}

/**
 * The `checks` input: a checks file (relative to the workspace) or the file's YAML itself.
 * @throws ConfigurationError for a missing file or a file that does not parse, with every problem
 */
export function readChecks(value: string | undefined, workspace: string): ChecksFile | undefined {
  if (value === undefined) return undefined;
  if (isInlineChecks(value)) return parseChecksFile(value, `input '${inputs.checks}'`);
  const file = path.resolve(workspace, value);
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new ConfigurationError(`input '${inputs.checks}': ${value} is not a file in the workspace (${workspace}); give the path of a checks file (check out the repository first), or the checks as inline YAML`);
  }
  return parseChecksFile(readFileSync(file, 'utf8'), value);
}

export function readSettings(workspace: string): DeploySettings {
  const deploymentText = getOptionalInput(inputs.deploymentId);
  if (deploymentText !== undefined && !/^\d+$/.test(deploymentText)) {
    throw new ConfigurationError(`input '${inputs.deploymentId}': '${deploymentText}' is not a deployment id; pass the \`deployment-id\` output of promote (a number)`);
  }
  const releaseId = getOptionalInput(inputs.releaseId);
  if (deploymentText === undefined && releaseId === undefined) {
    throw new ConfigurationError(`deploy needs a release: set '${inputs.deploymentId}' (the output of promote) or '${inputs.releaseId}' (deploy then promotes it itself, by promote's rules)`);
  }
  const intervalMs = getDurationInput(inputs.interval, DEFAULT_INTERVAL)!;
  if (intervalMs < 1000) throw new ConfigurationError(`input '${inputs.interval}': ${intervalMs} ms is too short; use at least 1s (the default is ${DEFAULT_INTERVAL})`);
  const baselineMs = getDurationInput(inputs.baseline, DEFAULT_BASELINE)!;
  const checks = readChecks(getOptionalInput(inputs.checks), workspace);
  const needBaseline = checks?.checks.filter(needsBaseline) ?? [];
  if (baselineMs === 0 && needBaseline.length > 0) {
    throw new ConfigurationError(
      `input '${inputs.baseline}': 0 leaves nothing to compare with, but ${needBaseline.map((check) => check.name).join(', ')} compare with the baseline (max-increase, mann-whitney or proportion); set a baseline window such as ${DEFAULT_BASELINE}`,
    );
  }
  const artifactPath = getOptionalInput(inputs.artifactPath);
  return {
    environment: getRequiredInput(inputs.environment),
    deploymentId: deploymentText === undefined ? undefined : Number(deploymentText),
    releaseId,
    run: getRequiredInput(inputs.run),
    rollback: getOptionalInput(inputs.rollback),
    smoke: parseSmoke(getOptionalInput(inputs.smoke)),
    checks,
    steps: parseSteps(getOptionalInput(inputs.steps), `input '${inputs.steps}'`),
    baselineMs,
    intervalMs,
    samples: getIntegerInput(inputs.samples, DEFAULT_SAMPLES, { min: 1, max: 1000 }),
    lease: parseLeaseSettings({ leaseTtl: getOptionalInput(inputs.leaseTtl), lockTimeout: getOptionalInput(inputs.lockTimeout) }),
    artifactPath: artifactPath === undefined ? undefined : path.resolve(workspace, artifactPath),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF,
    token: getSecretInput(inputs.token, { required: true }),
  };
}

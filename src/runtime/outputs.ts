import * as core from '@actions/core';

/**
 * Outputs, `post:` state and log masking. Outputs and state go through the runner's file
 * commands (`GITHUB_OUTPUT`, `GITHUB_STATE`); the legacy `::set-output` and `::save-state`
 * stdout commands are never used, as GitHub deprecated them. Outside a runner (the CLI), outputs
 * are logged and state is kept in this process's environment, so main and post run in one
 * process can still hand values over.
 */

/** Sets a step output. Numbers and booleans are written as their usual text (`3`, `true`). */
export function setOutput(name: string, value: string | number | boolean): void {
  if (process.env['GITHUB_OUTPUT']) {
    core.setOutput(name, String(value));
  } else {
    core.info(`output ${name}: ${String(value)}`);
  }
}

/** Saves a value for this action's `post:` step, which reads it with getState. */
export function saveState(name: string, value: string | number | boolean): void {
  if (process.env['GITHUB_STATE']) {
    core.saveState(name, String(value));
  } else {
    // The runner would expose it to the post step as STATE_<name>; do the same in-process.
    process.env[`STATE_${name}`] = String(value);
  }
}

/** A value the main step saved with saveState, or undefined when it saved none (or an empty one). */
export function getState(name: string): string | undefined {
  const value = core.getState(name);
  return value === '' ? undefined : value;
}

/**
 * Registers a value with the runner's log masking. Each line of a multi-line value is masked
 * too, because the runner matches masks line by line when it prints a multi-line log.
 */
export function maskSecret(value: string): void {
  if (value === '') return;
  core.setSecret(value);
  if (/[\r\n]/.test(value)) {
    for (const line of value.split(/\r?\n/)) {
      if (line.trim() !== '') core.setSecret(line);
    }
  }
}

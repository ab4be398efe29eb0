import * as core from '@actions/core';
import { errorMessage, isConfigurationError } from './errors.js';

/**
 * The wrapper every action entry calls. It turns whatever main throws into exactly one clear
 * failure: a ConfigurationError's message as it stands (it already says what to fix), anything
 * else as an unexpected error with its stack in the debug log. It never throws and never calls
 * process.exit: setFailed sets process.exitCode, so pending output and file commands still flush.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    logDetails(error);
    if (isConfigurationError(error)) {
      core.setFailed(error.message);
    } else {
      core.setFailed(
        `Stopline hit an unexpected error: ${withoutFinalStop(errorMessage(error))}. This is a bug or an outage; the stack trace is in the debug log.`,
      );
    }
  }
}

/**
 * Fails the step with a verdict (a gate that found violations, a deploy that rolled back): the
 * action worked and its answer is "no". One error line and exit code 1, as core.setFailed does,
 * without runAction's "unexpected error" wording, and without throwing, so outputs and the
 * summary written before it still count.
 */
export function failStep(message: string): void {
  core.setFailed(message);
}

/**
 * The wrapper for `post:` steps (cleanup: releasing a lease, closing a deployment). A failed
 * cleanup becomes a warning and never fails the job, as in actions/checkout: the main step's
 * verdict is what matters, and what post leaves behind expires on its own.
 */
export async function runPost(post: () => Promise<void>): Promise<void> {
  try {
    await post();
  } catch (error) {
    logDetails(error);
    const message = isConfigurationError(error)
      ? error.message
      : `${withoutFinalStop(errorMessage(error))}. This is a bug or an outage; the stack trace is in the debug log.`;
    core.warning(`Stopline's cleanup step failed: ${message}`);
  }
}

/** Stacks and causes go to the debug log only: they help maintainers and would bury the message. */
function logDetails(error: unknown): void {
  try {
    if (error instanceof Error && error.stack) core.debug(error.stack);
    if (error instanceof Error && error.cause !== undefined) {
      const cause = error.cause;
      core.debug(`caused by: ${cause instanceof Error && cause.stack ? cause.stack : errorMessage(cause)}`);
    }
  } catch {
    // Logging must not turn one failure into two; the message itself still gets reported.
  }
}

// "...: connection reset." + ". This is a bug" would print two full stops.
function withoutFinalStop(message: string): string {
  return message.replace(/\.+\s*$/, '');
}

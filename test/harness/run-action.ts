/**
 * The test harness: runs the committed bundle of an action the way the runner does. It is the
 * same local runner the CLI and the demo use (src/cli/local-runner.ts), so tests exercise the one
 * path users get.
 */
export { runAction, readActionMetadata, parseFileCommand, parseAnnotations, inputVariable, packageRoot } from '../../src/cli/local-runner.js';
export type { ActionResult, StepResult, Annotation, RunActionOptions, ActionMetadata } from '../../src/cli/local-runner.js';

/**
 * The embedded GitHub-compatible REST API: `startSandbox` serves the part of GitHub's API that
 * Stopline uses, persisted in a directory, with fault injection and a test-only time header.
 * See README.md beside this file.
 */
export { startSandbox, TIME_HEADER } from './server.js';
export { routes } from './routes.js';
export { validateFaults } from './faults.js';
export type { RouteDefinition } from './router.js';
export type { FaultOptions, RunningSandbox, SandboxExchange, SandboxOptions } from './types.js';

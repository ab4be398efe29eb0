import * as core from '@actions/core';
import type { Logger } from './logger.js';

/**
 * A Logger that writes through @actions/core, so warnings and errors show as annotations and
 * debug lines appear only when step debugging is on.
 *
 * It lives apart from logger.ts on purpose: domain modules import logger.ts, and must not pull
 * @actions/core in with it.
 */
export function actionsLogger(): Logger {
  return {
    debug: (message) => core.debug(message),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    error: (message) => core.error(message),
  };
}

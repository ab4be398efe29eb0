/**
 * What domain code may say while it works. Domain modules take a Logger as a parameter and never
 * import @actions/core, so they run the same under the runner, the CLI and the tests.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** A logger that drops everything: the default where nobody listens. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
};

/** A logger that keeps every line, for tests. */
export function memoryLogger(): Logger & { lines: { level: keyof Logger; message: string }[] } {
  const lines: { level: keyof Logger; message: string }[] = [];
  const at = (level: keyof Logger) => (message: string) => void lines.push({ level, message });
  return { lines, debug: at('debug'), info: at('info'), warning: at('warning'), error: at('error') };
}

/**
 * A logger for the terminal (the CLI): info to stdout, warnings and errors to stderr with a
 * prefix, debug only when asked for. It uses no @actions/* code, so it is safe to import anywhere.
 */
export function consoleLogger(options: { debug?: boolean } = {}): Logger {
  return {
    debug: (message) => {
      if (options.debug) process.stderr.write(`debug: ${message}\n`);
    },
    info: (message) => void process.stdout.write(`${message}\n`),
    warning: (message) => void process.stderr.write(`warning: ${message}\n`),
    error: (message) => void process.stderr.write(`error: ${message}\n`),
  };
}

/**
 * `stopline sandbox --data DIR [--port N] [--host H] [--error-rate X] [--rate-limit-rate X]
 * [--too-many-rate X] [--retry-after N] [--latency-ms N] [--seed N]`: serves the embedded
 * GitHub-compatible API until SIGTERM or SIGINT. Faults may also come from the environment variable
 * STOPLINE_SANDBOX_FAULTS (JSON FaultOptions); command-line options win over it.
 */
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import { startSandbox, validateFaults, type FaultOptions } from '../../sandbox/index.js';

const USAGE =
  'Usage: stopline sandbox --data DIR [--port N] [--host H] [--error-rate X] [--rate-limit-rate X] [--too-many-rate X] [--retry-after N] [--latency-ms N] [--seed N]';

const NUMBER_OPTIONS: Record<string, keyof FaultOptions> = {
  '--error-rate': 'errorRate',
  '--rate-limit-rate': 'rateLimitRate',
  '--too-many-rate': 'tooManyRate',
  '--retry-after': 'retryAfterSeconds',
  '--latency-ms': 'latencyMs',
  '--seed': 'seed',
};

export interface SandboxCommandOptions {
  dataDir: string;
  port: number;
  host: string;
  faults: FaultOptions;
}

/** Parses the command line (and STOPLINE_SANDBOX_FAULTS) into options, or throws a ConfigurationError naming the option. */
export function parseSandboxArgs(args: string[], env: Record<string, string | undefined> = process.env): SandboxCommandOptions {
  let faults: FaultOptions = {};
  const fromEnv = env.STOPLINE_SANDBOX_FAULTS;
  if (fromEnv) {
    try {
      faults = JSON.parse(fromEnv) as FaultOptions;
    } catch (error) {
      throw new ConfigurationError(`STOPLINE_SANDBOX_FAULTS is not valid JSON (${errorMessage(error)}): give e.g. {"errorRate":0.1}`);
    }
  }
  let dataDir: string | undefined;
  let port = 0;
  let host = '127.0.0.1';
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new ConfigurationError(`${flag} needs a value.\n${USAGE}`);
      return v;
    };
    const number = (): number => {
      const raw = value();
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new ConfigurationError(`${flag} must be a number, got "${raw}".\n${USAGE}`);
      return n;
    };
    if (flag === '--data') dataDir = value();
    else if (flag === '--port') {
      port = number();
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`--port must be 0..65535, got ${port}`);
    } else if (flag === '--host') host = value();
    else if (flag in NUMBER_OPTIONS) faults = { ...faults, [NUMBER_OPTIONS[flag]!]: number() };
    else throw new ConfigurationError(`Unknown option "${flag}".\n${USAGE}`);
  }
  if (!dataDir) throw new ConfigurationError(`--data DIR is required: the directory where the sandbox keeps its state.\n${USAGE}`);
  try {
    validateFaults(faults);
  } catch (error) {
    throw new ConfigurationError(`${errorMessage(error)} (from the command line or STOPLINE_SANDBOX_FAULTS)`);
  }
  return { dataDir, port, host, faults };
}

/**
 * Starts the sandbox, prints `Stopline sandbox listening on <url>` and resolves once a SIGTERM or
 * SIGINT has closed it. Every change is on disk before its reply, so stopping loses nothing.
 */
export async function sandboxCommand(args: string[], logger: Logger = silentLogger): Promise<void> {
  const options = parseSandboxArgs(args);
  const sandbox = await startSandbox({ dataDir: options.dataDir, port: options.port, host: options.host, faults: options.faults, logger });
  process.stdout.write(`Stopline sandbox listening on ${sandbox.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      logger.info(`sandbox: ${signal} received, stopping`);
      sandbox.close().then(resolve, (error: unknown) => {
        logger.error(`sandbox: close failed: ${errorMessage(error)}`);
        resolve();
      });
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

/**
 * `stopline sandbox --data DIR [--port N] [--host H] [--error-rate X] [--rate-limit-rate X]
 * [--too-many-rate X] [--retry-after N] [--latency-ms N] [--seed N]`: serves the embedded
 * GitHub-compatible API until SIGTERM or SIGINT. Faults may also come from the environment variable
 * STOPLINE_SANDBOX_FAULTS (JSON FaultOptions); command-line options win over it.
 */
import { ConfigurationError, errorMessage } from '../../runtime/errors.js';
import { silentLogger, type Logger } from '../../runtime/logger.js';
import { startSandbox, validateFaults, type FaultOptions } from '../../sandbox/index.js';
import { readFlags } from '../flags.js';

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
  const flags = readFlags(args, ['data', 'port', 'host', ...Object.keys(NUMBER_OPTIONS).map((flag) => flag.slice(2))], USAGE);
  const dataDir = flags.string('data');
  const port = flags.number('port') ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`--port must be 0..65535, got ${port}`);
  const host = flags.string('host') ?? '127.0.0.1';
  for (const [flag, field] of Object.entries(NUMBER_OPTIONS)) {
    const value = flags.number(flag.slice(2));
    if (value !== undefined) faults = { ...faults, [field]: value };
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

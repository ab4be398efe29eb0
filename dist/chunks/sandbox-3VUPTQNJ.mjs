import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  readFlags
} from "./chunk-NLQNWBIA.mjs";
import {
  startSandbox,
  validateFaults
} from "./chunk-VB7OTCK4.mjs";
import {
  silentLogger
} from "./chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-W2U6OBLC.mjs";
import "./chunk-NBEAZCIL.mjs";

// src/cli/commands/sandbox.ts
var USAGE = "Usage: stopline sandbox --data DIR [--port N] [--host H] [--error-rate X] [--rate-limit-rate X] [--too-many-rate X] [--retry-after N] [--latency-ms N] [--seed N]", NUMBER_OPTIONS = {
  "--error-rate": "errorRate",
  "--rate-limit-rate": "rateLimitRate",
  "--too-many-rate": "tooManyRate",
  "--retry-after": "retryAfterSeconds",
  "--latency-ms": "latencyMs",
  "--seed": "seed"
};
function parseSandboxArgs(args, env = process.env) {
  let faults = {}, fromEnv = env.STOPLINE_SANDBOX_FAULTS;
  if (fromEnv)
    try {
      faults = JSON.parse(fromEnv);
    } catch (error) {
      throw new ConfigurationError(`STOPLINE_SANDBOX_FAULTS is not valid JSON (${errorMessage(error)}): give e.g. {"errorRate":0.1}`);
    }
  let flags = readFlags(args, ["data", "port", "host", ...Object.keys(NUMBER_OPTIONS).map((flag) => flag.slice(2))], USAGE), dataDir = flags.string("data"), port = flags.number("port") ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`--port must be 0..65535, got ${port}`);
  let host = flags.string("host") ?? "127.0.0.1";
  for (let [flag, field] of Object.entries(NUMBER_OPTIONS)) {
    let value = flags.number(flag.slice(2));
    value !== void 0 && (faults = { ...faults, [field]: value });
  }
  if (!dataDir) throw new ConfigurationError(`--data DIR is required: the directory where the sandbox keeps its state.
${USAGE}`);
  try {
    validateFaults(faults);
  } catch (error) {
    throw new ConfigurationError(`${errorMessage(error)} (from the command line or STOPLINE_SANDBOX_FAULTS)`);
  }
  return { dataDir, port, host, faults };
}
async function sandboxCommand(args, logger = silentLogger) {
  let options = parseSandboxArgs(args), sandbox = await startSandbox({ dataDir: options.dataDir, port: options.port, host: options.host, faults: options.faults, logger });
  process.stdout.write(`Stopline sandbox listening on ${sandbox.url}
`), await new Promise((resolve) => {
    let stop = (signal) => {
      process.off("SIGTERM", stop), process.off("SIGINT", stop), logger.info(`sandbox: ${signal} received, stopping`), sandbox.close().then(resolve, (error) => {
        logger.error(`sandbox: close failed: ${errorMessage(error)}`), resolve();
      });
    };
    process.on("SIGTERM", stop), process.on("SIGINT", stop);
  });
}
export {
  parseSandboxArgs,
  sandboxCommand
};

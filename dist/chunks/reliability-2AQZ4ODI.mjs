import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-W2U6OBLC.mjs";
import "./chunk-NBEAZCIL.mjs";

// src/cli/reliability/index.ts
var SUITES = {
  crash: {
    summary: "SIGKILL each action at seeded points, re-run it, check the state: [--runs N] [--seed S] [--out DIR] [--only TEXT]",
    load: async () => (await import("./crash-KH2RIUFQ.mjs")).crashCommand
  },
  faults: {
    summary: "the demo story under 502/503s, secondary rate limits and latency: [--runs N] [--seed S] [--concurrency C] [--out DIR]",
    load: async () => (await import("./faults-OL6NWP3I.mjs")).faultsCommand
  }
};
function reliabilityUsage() {
  return ["Usage: stopline reliability <suite> [options]", "", "Suites:", ...Object.entries(SUITES).map(([name, suite]) => `  ${name.padEnd(8)} ${suite.summary}`), ""].join(`
`);
}
async function reliabilityCommand(args, write, cwd) {
  let [name, ...rest] = args;
  if (name === void 0 || name === "--help" || name === "-h")
    return write(reliabilityUsage()), name === void 0 ? 2 : 0;
  let suite = SUITES[name];
  if (!suite) throw new ConfigurationError(`unknown reliability suite '${name}'; choose one of: ${Object.keys(SUITES).join(", ")}.
${reliabilityUsage()}`);
  return (await suite.load())(rest, write, cwd);
}
export {
  reliabilityCommand,
  reliabilityUsage
};

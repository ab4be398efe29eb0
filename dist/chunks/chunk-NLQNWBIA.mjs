import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  ConfigurationError,
  errorMessage
} from "./chunk-W2U6OBLC.mjs";

// src/cli/flags.ts
import { parseArgs } from "node:util";
function readFlags(args, names, usage) {
  let values;
  try {
    let options = Object.fromEntries(names.map((name) => [name, { type: "string" }]));
    values = parseArgs({ args, options, strict: !0, allowPositionals: !1 }).values;
  } catch (error) {
    throw new ConfigurationError(`${errorMessage(error).replace(/\. To specify .*$/s, "")}.
${usage}`);
  }
  let string = (name) => {
    let value = values[name];
    if (value === "") throw new ConfigurationError(`--${name} needs a value.
${usage}`);
    return value;
  };
  return {
    string,
    number(name) {
      let raw = string(name);
      if (raw === void 0) return;
      let value = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(value)) throw new ConfigurationError(`--${name} must be a number, got "${raw}".
${usage}`);
      return value;
    },
    integer(name, min) {
      let raw = string(name);
      if (raw !== void 0) {
        if (!/^\d+$/.test(raw) || Number(raw) < min) throw new ConfigurationError(`--${name} must be a whole number of at least ${min}, got "${raw}".
${usage}`);
        return Number(raw);
      }
    }
  };
}

export {
  readFlags
};

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-NBEAZCIL.mjs";

// cjs-builtin:http
var require_http = __commonJS({
  "cjs-builtin:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// src/runtime/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
  constructor(message, options) {
    super(message, options);
  }
};
function isConfigurationError(error) {
  return error instanceof ConfigurationError;
}
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/runtime/logger.ts
var silentLogger = {
  debug() {
  },
  info() {
  },
  warning() {
  },
  error() {
  }
};

export {
  ConfigurationError,
  isConfigurationError,
  errorMessage,
  silentLogger,
  require_http
};

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
  silentLogger,
  require_http
};

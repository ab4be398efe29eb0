import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);

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

export {
  ConfigurationError,
  isConfigurationError,
  errorMessage
};

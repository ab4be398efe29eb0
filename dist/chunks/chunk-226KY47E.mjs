import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  ConfigurationError,
  errorMessage
} from "./chunk-HRGOWHIX.mjs";

// src/github/graphql-errors.ts
function explainGraphqlError(error, what, permissions) {
  let errors = error?.errors;
  if (!Array.isArray(errors)) return error;
  let refused = errors.find((e) => e.type === "FORBIDDEN" || /not accessible by integration/i.test(e.message ?? ""));
  if (refused)
    return new ConfigurationError(`GitHub refused to ${what}: ${refused.message ?? "forbidden"}; this step needs ${permissions} in the job's permissions`, { cause: error });
  let missing = errors.find((e) => e.type === "NOT_FOUND");
  return missing ? new ConfigurationError(`GitHub could not ${what}: ${missing.message ?? "not found"} (check the repository name and that the token can read it: ${permissions})`, { cause: error }) : new Error(`GitHub answered errors when asked to ${what}: ${errors.map((e) => e.message ?? errorMessage(e)).join("; ")}`, { cause: error });
}

export {
  explainGraphqlError
};

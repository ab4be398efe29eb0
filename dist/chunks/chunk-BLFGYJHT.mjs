import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  backoffDelay
} from "./chunk-NLRKADAM.mjs";
import {
  httpStatus
} from "./chunk-ILX4OWII.mjs";
import {
  errorMessage
} from "./chunk-W2U6OBLC.mjs";

// src/github/persist.ts
function isTransientError(error) {
  let status = httpStatus(error);
  return status === void 0 ? !1 : status >= 500 || status === 429 ? !0 : status === 403 && /rate limit/i.test(errorMessage(error));
}
var PERSIST_BACKOFF = { baseMs: 1e3, capMs: 5e3 };
async function persist(write, options = {}) {
  let attempts = Math.max(1, options.attempts ?? 3), sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt += 1)
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isTransientError(error)) throw error;
      await sleep(backoffDelay(attempt, PERSIST_BACKOFF, options.random));
    }
}

export {
  persist
};

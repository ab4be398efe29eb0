import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  runNormalizeWorker
} from "../../chunks/chunk-CE7ZAS2W.mjs";
import "../../chunks/chunk-ZT56QPP4.mjs";
import "../../chunks/chunk-W2U6OBLC.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/security-gate/worker.ts
await runNormalizeWorker();

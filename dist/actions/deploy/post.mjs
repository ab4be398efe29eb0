import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  cleanUpDeploy,
  inputs,
  readSaved
} from "../../chunks/chunk-FTYWX65B.mjs";
import "../../chunks/chunk-DYQ4WL53.mjs";
import "../../chunks/chunk-JWJT2LSP.mjs";
import {
  DEFAULT_LEDGER_REF,
  Ledger
} from "../../chunks/chunk-BCYSXLF5.mjs";
import "../../chunks/chunk-EQGZYBKQ.mjs";
import {
  actionsLogger,
  getOptionalInput,
  getSecretInput,
  getState,
  readRunnerContext,
  runPost
} from "../../chunks/chunk-LSF6ILQF.mjs";
import {
  createGitHubClient
} from "../../chunks/chunk-IRRYM6HR.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-OMPALNQI.mjs";
import "../../chunks/chunk-HRGOWHIX.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/deploy/post.ts
await runPost(async () => {
  let saved = readSaved(getState);
  if (saved.ticket === void 0 && saved.deploymentId === void 0) return;
  let context = readRunnerContext(), logger = actionsLogger(), { owner, repo } = context.repository, client = createGitHubClient({ token: getSecretInput(inputs.token, { required: !0 }), baseUrl: context.apiUrl, logger }), ledger = new Ledger(client, { owner, repo, ref: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF, logger });
  await cleanUpDeploy(
    {
      client,
      at: { owner, repo },
      ledger,
      logger,
      owner: { runId: context.runId, runAttempt: context.runAttempt },
      ...context.runUrl ? { runUrl: context.runUrl } : {}
    },
    saved
  );
});

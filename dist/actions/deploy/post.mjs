import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  cleanUpDeploy,
  inputs,
  readSaved
} from "../../chunks/chunk-QC25IBZN.mjs";
import "../../chunks/chunk-SOCNKIB6.mjs";
import "../../chunks/chunk-5T2OFXH5.mjs";
import {
  DEFAULT_LEDGER_REF,
  Ledger
} from "../../chunks/chunk-6TMN66IG.mjs";
import "../../chunks/chunk-DGBGI2VE.mjs";
import "../../chunks/chunk-D2MBDJUK.mjs";
import "../../chunks/chunk-ZT56QPP4.mjs";
import {
  actionsLogger,
  getOptionalInput,
  getSecretInput,
  getState,
  readRunnerContext,
  runPost
} from "../../chunks/chunk-PWAGTHLM.mjs";
import {
  createGitHubClient
} from "../../chunks/chunk-C5ZH2PAF.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-OMPALNQI.mjs";
import "../../chunks/chunk-WQ52ZJEV.mjs";
import "../../chunks/chunk-W2U6OBLC.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/deploy/post.ts
await runPost(async () => {
  let saved = readSaved(getState);
  if (saved.ticket === void 0 && saved.deploymentId === void 0) return;
  let context = readRunnerContext(), logger = actionsLogger(), { owner, repo } = context.repository, client = createGitHubClient({ token: getSecretInput(inputs.token, { required: !0 }), baseUrl: context.apiUrl, retryAfterBaseMs: context.retryUnitMs, logger }), ledger = new Ledger(client, { owner, repo, ref: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF, logger });
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

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  cleanUpDeploy,
  inputs,
  readSaved
} from "../../chunks/chunk-WL5BHZRT.mjs";
import "../../chunks/chunk-2K5RBOXY.mjs";
import "../../chunks/chunk-YJNRMGBW.mjs";
import {
  DEFAULT_LEDGER_REF,
  Ledger
} from "../../chunks/chunk-UITPQSYK.mjs";
import "../../chunks/chunk-BLFGYJHT.mjs";
import "../../chunks/chunk-NLRKADAM.mjs";
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
  createRunnerClient
} from "../../chunks/chunk-ILX4OWII.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-OMPALNQI.mjs";
import "../../chunks/chunk-WQ52ZJEV.mjs";
import "../../chunks/chunk-W2U6OBLC.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/deploy/post.ts
await runPost(async () => {
  let saved = readSaved(getState);
  if (saved.ticket === void 0 && saved.deploymentId === void 0) return;
  let context = readRunnerContext(), logger = actionsLogger(), { owner, repo } = context.repository, client = createRunnerClient(context, getSecretInput(inputs.token, { required: !0 }), logger), ledger = new Ledger(client, { owner, repo, ref: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF, logger });
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

/**
 * deploy's `post:` step (`post-if: always()`): closes a deployment the main step left
 * `in_progress` (it was cancelled, timed out or crashed) and releases the environment's lease if
 * this run still holds it. It reads only the token and ledger inputs, so a broken input elsewhere
 * cannot keep it from cleaning up, and it never fails the job.
 */
import { cleanUpDeploy, readSaved } from '../../deploy/operations/cleanup.js';
import { createRunnerClient } from '../../github/client.js';
import { DEFAULT_LEDGER_REF, Ledger } from '../../github/ledger.js';
import { actionsLogger } from '../../runtime/actions-logger.js';
import { readRunnerContext } from '../../runtime/context.js';
import { getOptionalInput, getSecretInput } from '../../runtime/inputs.js';
import { getState } from '../../runtime/outputs.js';
import { runPost } from '../../runtime/run.js';
import { inputs } from './io.js';

await runPost(async () => {
  const saved = readSaved(getState);
  // The main step stopped before it took a lease or started a deployment: nothing to clean up.
  if (saved.ticket === undefined && saved.deploymentId === undefined) return;
  const context = readRunnerContext();
  const logger = actionsLogger();
  const { owner, repo } = context.repository;
  const client = createRunnerClient(context, getSecretInput(inputs.token, { required: true }), logger);
  const ledger = new Ledger(client, { owner, repo, ref: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF, logger });
  await cleanUpDeploy(
    {
      client,
      at: { owner, repo },
      ledger,
      logger,
      owner: { runId: context.runId, runAttempt: context.runAttempt },
      ...(context.runUrl ? { runUrl: context.runUrl } : {}),
    },
    saved,
  );
});

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  PermissionError,
  httpStatus
} from "./chunk-ILX4OWII.mjs";
import {
  silentLogger
} from "./chunk-WQ52ZJEV.mjs";
import {
  errorMessage
} from "./chunk-W2U6OBLC.mjs";

// src/lock/github/workflow-runs.ts
async function getWorkflowRun(client, at, runId) {
  let { data } = await client.rest.actions.getWorkflowRun({ owner: at.owner, repo: at.repo, run_id: runId }), author = data.head_commit?.author;
  return {
    id: data.id,
    name: data.name ?? "",
    runNumber: data.run_number,
    runAttempt: data.run_attempt ?? 1,
    status: data.status ?? "completed",
    conclusion: data.conclusion ?? null,
    headSha: data.head_sha,
    headBranch: data.head_branch ?? null,
    event: data.event,
    htmlUrl: data.html_url,
    actor: data.actor?.login,
    triggeringActor: data.triggering_actor?.login ?? data.actor?.login,
    headCommitAuthor: author ? { name: author.name, email: author.email } : void 0,
    headCommitTitle: data.head_commit?.message.split(`
`)[0]
  };
}
var RETRYABLE_CONCLUSIONS = ["failure", "timed_out"];
async function rerunFailedJobsOnce(client, at, run, options = {}) {
  let logger = options.logger ?? silentLogger, maxAttempts = options.maxAttempts ?? 2;
  if (run.status !== "completed")
    return { rerun: !1, reason: "not-completed", detail: `run ${run.id} is ${run.status} (attempt ${run.runAttempt})` };
  if (!run.conclusion || !RETRYABLE_CONCLUSIONS.includes(run.conclusion))
    return { rerun: !1, reason: "not-retryable", detail: `run ${run.id} concluded ${run.conclusion ?? "nothing"}` };
  if (run.runAttempt >= maxAttempts)
    return {
      rerun: !1,
      reason: "already-retried",
      detail: `run ${run.id} failed on attempt ${run.runAttempt} of at most ${maxAttempts}`
    };
  try {
    await client.rest.actions.reRunWorkflowFailedJobs({ owner: at.owner, repo: at.repo, run_id: run.id });
  } catch (error) {
    let status = httpStatus(error);
    if (error instanceof PermissionError || status !== 403 && status !== 409 && status !== 422) throw error;
    let message = errorMessage(error);
    return /already running/i.test(message) ? { rerun: !1, reason: "not-completed", detail: `run ${run.id} is running again: ${message}` } : (logger.warning(`Could not re-run the failed jobs of run ${run.id}: ${message}`), { rerun: !1, reason: "refused", detail: message });
  }
  return logger.info(`Re-running the failed jobs of run ${run.id} (attempt ${run.runAttempt + 1}); waiting for its result.`), { rerun: !0, runId: run.id, nextAttempt: run.runAttempt + 1 };
}

export {
  getWorkflowRun,
  rerunFailedJobsOnce
};

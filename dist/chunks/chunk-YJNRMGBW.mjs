import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-ILX4OWII.mjs";

// src/github/deployments.ts
async function createDeployment(client, deployment) {
  let { data } = await client.rest.repos.createDeployment({
    owner: deployment.owner,
    repo: deployment.repo,
    ref: deployment.sha,
    environment: deployment.environment,
    description: deployment.description,
    payload: deployment.payload,
    auto_merge: !1,
    required_contexts: [],
    task: "deploy"
  }), id = data.id;
  if (typeof id != "number") throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
  return { id };
}
async function setDeploymentStatus(client, at, deploymentId, status) {
  await client.rest.repos.createDeploymentStatus({
    owner: at.owner,
    repo: at.repo,
    deployment_id: deploymentId,
    state: status.state,
    description: status.description.slice(0, 140),
    ...status.logUrl ? { log_url: status.logUrl } : {}
  });
}
async function deleteDeployment(client, at, deploymentId) {
  try {
    await client.rest.repos.deleteDeployment({ owner: at.owner, repo: at.repo, deployment_id: deploymentId });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}
async function latestDeploymentState(client, at, deploymentId) {
  let { data } = await client.rest.repos.listDeploymentStatuses({ owner: at.owner, repo: at.repo, deployment_id: deploymentId, per_page: 1 });
  return data[0]?.state;
}
function runOf(payload) {
  let run = payload !== null && typeof payload == "object" ? payload.run : void 0;
  if (run === null || typeof run != "object") return;
  let { id, attempt } = run;
  return typeof id == "number" && typeof attempt == "number" ? { id, attempt } : void 0;
}
async function earlierAttemptDeployments(client, at, query) {
  if (query.run.attempt <= 1) return [];
  let { data } = await client.rest.repos.listDeployments({ owner: at.owner, repo: at.repo, environment: query.environment, sha: query.sha, per_page: 100 }), found = [];
  for (let deployment of data) {
    let run = runOf(deployment.payload);
    run?.id !== query.run.id || run.attempt >= query.run.attempt || found.push({ id: deployment.id, payload: deployment.payload, state: await latestDeploymentState(client, at, deployment.id) });
  }
  return found;
}

export {
  createDeployment,
  setDeploymentStatus,
  deleteDeployment,
  latestDeploymentState,
  earlierAttemptDeployments
};

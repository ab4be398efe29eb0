import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-IRRYM6HR.mjs";

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

export {
  createDeployment,
  setDeploymentStatus,
  deleteDeployment
};

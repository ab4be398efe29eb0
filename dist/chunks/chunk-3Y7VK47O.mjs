import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  SWITCH_MODE,
  buildAndPromote,
  checksFile,
  lockStory,
  releaseStory,
  runScanners,
  sampleServiceFiles,
  startLiveService,
  writeFiles
} from "./chunk-DXZBR7YZ.mjs";
import {
  TIME_HEADER,
  seededRandom
} from "./chunk-VB7OTCK4.mjs";
import {
  Ledger
} from "./chunk-UITPQSYK.mjs";

// src/cli/demo/deploy-story.ts
import { rmSync } from "node:fs";
import { join } from "node:path";
var runIds = 7e3;
async function deploy(demo, service, environment, deploymentId, extra = {}) {
  return demo.run("actions/deploy/action.yml", {
    inputs: {
      environment,
      "deployment-id": deploymentId,
      run: SWITCH_MODE,
      smoke: `${service.url}/healthz`,
      checks: checksFile(service),
      baseline: "3s",
      interval: "1s",
      samples: "3",
      ...extra
    },
    env: { SERVICE_URL: service.url },
    runId: runIds += 1,
    event: { name: "push", payload: {} },
    mayFail: !0
  });
}
async function deployStory(demo, good) {
  let service = await startLiveService();
  try {
    let staging = await deploy(demo, service, "staging", good.deploymentId);
    demo.page("09-deploy-staging.md", "Deploy to staging: checked against the baseline, verified", staging.summary), demo.step(`deploy 1.4.0 to staging: ${staging.outputs.verdict} (error rate judged every second against the 3 s baseline; release verified in staging)`), rmSync(join(demo.workspace, "release"), { recursive: !0, force: !0 });
    let promote = await demo.run("actions/promote/action.yml", { inputs: { environment: "production", from: "staging" }, sha: good.sha, event: { name: "push", payload: {} } });
    demo.step(`promote 1.4.0 to production from staging: deployment #${promote.outputs["deployment-id"]}`);
    let production = await deploy(demo, service, "production", promote.outputs["deployment-id"] ?? "", { steps: "50,100" });
    demo.page("10-deploy-production.md", "Deploy to production in two steps (50%, 100%)", production.summary), demo.step(`deploy 1.4.0 to production in steps 50%,100%: ${production.outputs.verdict}`), await demo.commit("Cache the config in memory", {}, "main", "dev-c");
    let bad = await buildAndPromote(demo, { version: "1.5.0", mode: "bad" }), rolled = await deploy(demo, service, "staging", bad.deploymentId);
    demo.page("11-deploy-rolled-back.md", "Deploy 1.5.0 to staging: 10\xD7 the error rate, rolled back", rolled.summary), demo.step(`deploy 1.5.0 to staging: ${rolled.outputs.verdict} (10\xD7 the error rate; staging runs 1.4.0 again)`);
  } finally {
    await service.stop();
  }
}

// src/cli/demo/dora-story.ts
var HOUR = 36e5, DAY = 24 * HOUR;
async function seedQuarter(demo, now) {
  let { octokit, repoRef } = demo, at = (time) => ({ headers: { [TIME_HEADER]: new Date(time).toISOString() } }), rand = seededRandom(7), start = now.getTime() - 90 * DAY, parent = (await octokit.rest.git.getRef({ ...repoRef, ref: "heads/main" })).data.object.sha, { data: root } = await octokit.rest.git.getCommit({ ...repoRef, commit_sha: parent }), commits = 0, deployments = 0, previousGood;
  for (let day = 0; day < 89; day += 1) {
    let date = new Date(start + day * DAY);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    let deployAt = start + day * DAY + (9 + Math.floor(rand() * 8)) * HOUR, count = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < count; i += 1) {
      let authored = deployAt - (2 + rand() * 40) * HOUR, { data } = await octokit.rest.git.createCommit({
        ...repoRef,
        message: `change ${day}.${i}`,
        tree: root.tree.sha,
        parents: [parent],
        author: { name: "dev", email: "dev@example.com", date: new Date(authored).toISOString() }
      });
      parent = data.sha, commits += 1;
    }
    let roll = rand(), rolledBack = day === 40, failed = !rolledBack && roll < 0.08, { data: deployment } = await octokit.rest.repos.createDeployment({
      ...repoRef,
      ref: parent,
      environment: "production",
      required_contexts: [],
      auto_merge: !1,
      payload: rolledBack && previousGood !== void 0 ? { "rollback-of": previousGood } : {},
      ...at(deployAt)
    }), id = deployment.id;
    await octokit.rest.repos.createDeploymentStatus({ ...repoRef, deployment_id: id, state: "in_progress", ...at(deployAt + 6e4) }), await octokit.rest.repos.createDeploymentStatus({ ...repoRef, deployment_id: id, state: failed ? "failure" : "success", ...at(deployAt + (5 + rand() * 20) * 6e4) }), day === 60 && await octokit.rest.issues.create({ ...repoRef, title: `Checkout errors after deployment ${id}`, body: `Deployment ${id} (${parent.slice(0, 7)}) broke checkout for some users.`, labels: ["incident"], ...at(deployAt + 2 * HOUR) }), failed || (previousGood = id), deployments += 1;
  }
  return await octokit.rest.git.createRef({ ...repoRef, ref: "refs/heads/history", sha: parent }), { deployments, commits };
}
async function doraStory(demo) {
  let seeded = await seedQuarter(demo, /* @__PURE__ */ new Date());
  demo.step(`seeded a quarter of production history: ${seeded.deployments} deployments, ${seeded.commits} commits, a rollback and an incident`);
  let report = await demo.run("actions/dora-report/action.yml", { inputs: { window: "30d" }, event: { name: "schedule", payload: {} } });
  demo.page("20-dora.md", "DORA's metrics for production, last 30 days against the 30 before", report.summary);
  let o = report.outputs;
  demo.step(`dora-report: ${o["deployment-frequency"]} deployments/day, lead time ${o["lead-time-hours"]} h, change failure rate ${o["change-failure-rate"]}, recovery ${o["recovery-time-hours"]} h, rework ${o["rework-rate"]} (${o.deployments} deployments judged)`);
}

// src/cli/demo/gate-story.ts
import { rmSync as rmSync2 } from "node:fs";
import { join as join2 } from "node:path";
async function gate(demo, sha, file, title) {
  rmSync2(join2(demo.workspace, "scans"), { recursive: !0, force: !0 }), runScanners(demo.workspace);
  let result = await demo.run("actions/security-gate/action.yml", { inputs: { sarif: "scans" }, sha, event: { name: "push", payload: {} }, mayFail: !0 });
  return demo.page(file, title, result.summary), { verdict: result.outputs.verdict ?? "error", violations: result.outputs.violations ?? "?" };
}
async function gateStory(demo, today) {
  let leaky = sampleServiceFiles({ withSecret: !0, today });
  writeFiles(demo.workspace, leaky);
  let leakySha = await demo.commit("Add the converter endpoint", leaky, "main", "dev-a"), first = await gate(demo, leakySha, "02-gate-fail.md", "Security gate: a hard-coded secret fails the gate");
  demo.step(`security gate on ${leakySha.slice(0, 7)} (ESLint + secretlint SARIF): verdict ${first.verdict}, ${first.violations} violation(s)`);
  let fixed = sampleServiceFiles({ withSecret: !1, today });
  writeFiles(demo.workspace, fixed);
  let fixedSha = await demo.commit("Read the AWS secret from the environment", { "src/config.js": fixed["src/config.js"] }, "main", "dev-a"), second = await gate(demo, fixedSha, "03-gate-pass.md", "Security gate: the secret moved to the environment; an exception expires soon");
  demo.step(`security gate on ${fixedSha.slice(0, 7)}: verdict ${second.verdict}, ${second.violations} violation(s) (an exception expires in 5 days: warned)`);
}

// src/cli/demo/story.ts
async function demoStory(demo) {
  let { step } = demo, today = /* @__PURE__ */ new Date(), board = async (file, title) => {
    let result = await demo.run("action.yml", { sha: await demo.head() }), path = demo.page(file, title, result.summary);
    step(`board: ${result.outputs.state}; ${result.outputs.leases} lease(s) \u2192 ${path}`);
  };
  await board("01-board-empty.md", "The board before anything happened"), await gateStory(demo, today), await lockStory(demo);
  let release = await releaseStory(demo);
  await deployStory(demo, release), await doraStory(demo);
  let history = await new Ledger(demo.client, demo.repoRef).history(100), historyMd = ["## Ledger history", "", `\`refs/stopline/ledger\` in ${demo.repository}, newest first: every change is a commit made by compare-and-swap.`, "", ...history.map((c) => `- \`${c.sha.slice(0, 7)}\` ${c.message}`)].join(`
`) + `
`;
  demo.page("90-ledger-history.md", "The ledger: every change is a commit", historyMd), step(`ledger: ${history.length} commits of history`), await board("99-board.md", "The board at the end");
}

export {
  demoStory
};

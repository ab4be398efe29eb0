import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  packageRoot,
  runAction
} from "./chunk-CDU2TK4R.mjs";
import {
  TIME_HEADER,
  seededRandom,
  startSandbox,
  userEmail
} from "./chunk-CI7U3NYI.mjs";
import {
  Ledger
} from "./chunk-BCYSXLF5.mjs";
import "./chunk-EQGZYBKQ.mjs";
import "./chunk-4GZASXPD.mjs";
import {
  escapeHtml
} from "./chunk-QCQTAWKE.mjs";
import {
  createGitHubClient
} from "./chunk-IRRYM6HR.mjs";
import {
  Octokit
} from "./chunk-ERRCEJ7W.mjs";
import "./chunk-OMPALNQI.mjs";
import {
  require_http
} from "./chunk-HRGOWHIX.mjs";
import {
  __toESM
} from "./chunk-NBEAZCIL.mjs";

// src/cli/demo/index.ts
import { mkdirSync as mkdirSync4, mkdtempSync, rmSync as rmSync4, writeFileSync as writeFileSync4 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join8, resolve } from "node:path";

// src/cli/demo-page.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function mermaidScript() {
  let file = join(packageRoot, "node_modules", "mermaid", "dist", "mermaid.min.js");
  return existsSync(file) ? `<script>${readFileSync(file, "utf8").replace(/<\/script/gi, "<\\/script")}</script>
<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });</script>` : "";
}
function mermaidBlocks(html) {
  return html.replace(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g, (_whole, source) => `<pre class="mermaid">${source}</pre>`);
}
async function renderDemoPage(title, pages) {
  let { marked } = await import("./marked.esm-KBTH7FTP.mjs"), body = pages.map((page) => `<section><h1 class="step">${escapeHtml(page.title)} <small>${escapeHtml(page.file)}</small></h1>
${mermaidBlocks(marked.parse(page.markdown, { async: !1, gfm: !0 }))}</section>`).join(`
`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; max-width: 1012px; margin: 2em auto; color: #1f2328; }
section { border: 1px solid #d0d7de; border-radius: 6px; padding: 0 1.5em 1em; margin-bottom: 2em; }
h1.step { font-size: 1em; color: #59636e; border-bottom: 1px solid #d0d7de; padding: .5em 0; }
h1.step small { font-weight: normal; }
table { border-collapse: collapse; } th, td { border: 1px solid #d0d7de; padding: 4px 12px; }
code { background: #eff1f3; padding: .1em .3em; border-radius: 4px; }
</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
${mermaidScript()}
</body></html>
`;
}

// src/cli/demo/context.ts
import { writeFileSync } from "node:fs";
import { join as join2 } from "node:path";
var DemoContext = class {
  constructor(apiUrl, octokit, repoRef, workspace, outDir, step) {
    this.apiUrl = apiUrl;
    this.octokit = octokit;
    this.repoRef = repoRef;
    this.workspace = workspace;
    this.outDir = outDir;
    this.step = step;
  }
  apiUrl;
  octokit;
  repoRef;
  workspace;
  outDir;
  step;
  pages = [];
  get repository() {
    return `${this.repoRef.owner}/${this.repoRef.repo}`;
  }
  /** Runs an action's committed bundle as the runner does; a failing step stops the demo unless `mayFail`. */
  async run(action, options = {}) {
    let { mayFail, ...rest } = options, result = await runAction({ action, repository: this.repository, apiUrl: this.apiUrl, token: "demo", workspace: this.workspace, ...rest });
    if (result.exitCode !== 0 && !mayFail) throw new Error(`${action} failed (exit ${result.exitCode}):
${result.stdout}${result.stderr}`);
    return result;
  }
  /** Keeps a job summary as a page of the demo's output. */
  page(file, title, markdown) {
    let path = join2(this.outDir, file);
    return writeFileSync(path, markdown), this.pages.push({ file, title, markdown }), path;
  }
  /** The branch head. */
  async head(branch = "main") {
    return (await this.octokit.rest.git.getRef({ ...this.repoRef, ref: `heads/${branch}` })).data.object.sha;
  }
  /** Commits files (path → text) on top of `branch` and moves it; returns the new commit. */
  async commit(message, files, branch = "main", author = "sandbox-user") {
    let parent = await this.head(branch), { data: base } = await this.octokit.rest.git.getCommit({ ...this.repoRef, commit_sha: parent }), tree = Object.keys(files).length === 0 ? base.tree : (await this.octokit.rest.git.createTree({ ...this.repoRef, base_tree: base.tree.sha, tree: Object.entries(files).map(([path, content]) => ({ path, mode: "100644", type: "blob", content })) })).data, { data } = await this.octokit.rest.git.createCommit({
      ...this.repoRef,
      message,
      tree: tree.sha,
      parents: [parent],
      author: { name: author, email: userEmail(author), date: (/* @__PURE__ */ new Date()).toISOString() }
    });
    return await this.octokit.rest.git.updateRef({ ...this.repoRef, ref: `heads/${branch}`, sha: data.sha }), data.sha;
  }
};

// src/cli/demo/deploy-story.ts
import { rmSync as rmSync2 } from "node:fs";
import { join as join5 } from "node:path";

// src/cli/demo/live-service.ts
var import_node_http = __toESM(require_http(), 1);
var ERROR_RATIO = { good: 0.02, bad: 0.2 }, PER_TICK = 10;
async function startLiveService() {
  let mode = "good", counts = { ok: 0, failed: 0 }, next = seededRandom(11), traffic = setInterval(() => {
    for (let i = 0; i < PER_TICK; i += 1)
      next() < ERROR_RATIO[mode] ? counts.failed += 1 : counts.ok += 1;
  }, 20), server = (0, import_node_http.createServer)((req, res) => {
    let switched = /^\/mode\/(good|bad)$/.exec(req.url ?? "");
    req.method === "POST" && switched ? (mode = switched[1], res.end(`mode ${mode}
`)) : req.url === "/metrics" ? (res.setHeader("content-type", "text/plain; version=0.0.4"), res.end(`# TYPE http_requests_total counter
http_requests_total{code="200"} ${counts.ok}
http_requests_total{code="500"} ${counts.failed}
`)) : req.url === "/healthz" ? res.end(`ok
`) : (res.statusCode = 404, res.end(`not found
`));
  });
  await new Promise((resolve2) => server.listen(0, "127.0.0.1", resolve2));
  let { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      clearInterval(traffic), await new Promise((resolve2) => server.close(() => resolve2()));
    }
  };
}
var SWITCH_MODE = `node -e "const fs=require('fs');const mode=fs.readFileSync(process.env.STOPLINE_RELEASE_PATH+'/dist/mode','utf8').trim();fetch(process.env.SERVICE_URL+'/mode/'+mode,{method:'POST'}).then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"`;
function checksFile(service) {
  return `provider:
  scrape: ${service.url}/metrics
checks:
  - name: error-rate
    query: 'sum(rate(http_requests_total{code=~"5.."}[1s])) / sum(rate(http_requests_total[1s]))'
    max: 0.05
    max-increase: 300%
    critical: true
  - name: failed-requests
    judge: proportion
    errors: 'sum(increase(http_requests_total{code=~"5.."}[1s]))'
    total: 'sum(increase(http_requests_total[1s]))'
    max-increase: 50%
`;
}

// src/cli/demo/release-story.ts
import { mkdirSync as mkdirSync2, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join4 } from "node:path";

// src/cli/demo/scanners.ts
import { spawnSync } from "node:child_process";
import { existsSync as existsSync2, mkdirSync, symlinkSync } from "node:fs";
import { join as join3 } from "node:path";
function run(workspace, command, args, okStatuses) {
  let bin = join3(packageRoot, "node_modules", ".bin", command);
  if (!existsSync2(bin)) throw new Error(`${command} is not installed: run \`npm ci\` in ${packageRoot} first (the demo uses the development dependencies)`);
  let result = spawnSync(bin, args, { cwd: workspace, encoding: "utf8", timeout: 12e4 });
  if (result.status === null || !okStatuses.includes(result.status))
    throw new Error(`${command} ${args.join(" ")} exited ${result.status ?? result.signal}:
${result.stdout}
${result.stderr}`);
}
function runScanners(workspace) {
  return existsSync2(join3(workspace, "node_modules")) || symlinkSync(join3(packageRoot, "node_modules"), join3(workspace, "node_modules"), "dir"), mkdirSync(join3(workspace, "scans"), { recursive: !0 }), run(workspace, "eslint", ["-f", "@microsoft/eslint-formatter-sarif", "-o", "scans/eslint.sarif", "src/"], [0, 1]), run(workspace, "secretlint", ["--format", "@secretlint/secretlint-formatter-sarif", "--output", "scans/secretlint.sarif", "src/**/*"], [0, 1]), ["scans/eslint.sarif", "scans/secretlint.sarif"];
}

// src/cli/demo/release-story.ts
async function buildAndPromote(demo, options) {
  let sha = await demo.head();
  rmSync(join4(demo.workspace, "dist"), { recursive: !0, force: !0 }), mkdirSync2(join4(demo.workspace, "dist"), { recursive: !0 }), writeFileSync2(join4(demo.workspace, "dist", "version.json"), `${JSON.stringify({ version: options.version, commit: sha })}
`), writeFileSync2(join4(demo.workspace, "dist", "server.js"), `module.exports = require('../src/server.js');
`), writeFileSync2(join4(demo.workspace, "dist", "mode"), `${options.mode}
`);
  let push = { name: "push", payload: {} }, build = await demo.run("actions/build-once/action.yml", { inputs: { path: "dist", version: options.version }, sha, event: push });
  options.pages && demo.page(options.pages.build, "Build once: one release, named by its digest", build.summary), demo.step(`build-once ${options.version} at ${sha.slice(0, 7)}: release ${build.outputs["release-id"]?.slice(0, 19)}\u2026, package ${build.outputs.digest?.slice(0, 19)}\u2026`), rmSync(join4(demo.workspace, "scans"), { recursive: !0, force: !0 }), runScanners(demo.workspace);
  let gate2 = await demo.run("actions/security-gate/action.yml", { inputs: { sarif: "scans" }, sha, event: push });
  demo.step(`security gate at ${sha.slice(0, 7)}: ${gate2.outputs.verdict} (commit status stopline/security-gate set)`), rmSync(join4(demo.workspace, "release"), { recursive: !0, force: !0 });
  let promote = await demo.run("actions/promote/action.yml", { inputs: { environment: "staging" }, sha, event: push });
  return options.pages && demo.page(options.pages.promote, "Promote: the same bytes to staging, verified by digest", promote.summary), demo.step(`promote ${options.version} to staging: deployment #${promote.outputs["deployment-id"]}, the package verified by digest and unpacked`), { releaseId: build.outputs["release-id"] ?? "", sha, deploymentId: promote.outputs["deployment-id"] ?? "" };
}
function releaseStory(demo) {
  return buildAndPromote(demo, { version: "1.4.0", mode: "good", pages: { build: "07-build-once.md", promote: "08-promote-staging.md" } });
}

// src/cli/demo/deploy-story.ts
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
    demo.page("09-deploy-staging.md", "Deploy to staging: checked against the baseline, verified", staging.summary), demo.step(`deploy 1.4.0 to staging: ${staging.outputs.verdict} (error rate judged every second against the 3 s baseline; release verified in staging)`), rmSync2(join5(demo.workspace, "release"), { recursive: !0, force: !0 });
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
import { rmSync as rmSync3 } from "node:fs";
import { join as join7 } from "node:path";

// src/cli/demo/sample-service.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { dirname, join as join6 } from "node:path";
function fakeAwsSecret() {
  let alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from({ length: 40 }, (_, i) => alphabet[(i * 7 + 39) % alphabet.length]).join("");
}
var SERVER = `'use strict';
// The sample service: answers /, /healthz and /metrics (Prometheus text format).
const http = require('http');
const childProcess = require('child_process');
const config = require('./config');

const counts = {};
function count(code) { counts[code] = (counts[code] || 0) + 1; }

module.exports = function start(port) {
  return http.createServer((req, res) => {
    if (req.url === '/metrics') {
      res.end(Object.entries(counts).map(([code, n]) => 'http_requests_total{code="' + code + '"} ' + n).join('\\n') + '\\n');
      return;
    }
    if (req.url && req.url.startsWith('/convert')) {
      // Flagged by eslint-plugin-security: a command built from the request.
      childProcess.exec('convert ' + req.url.slice(9), () => {});
    }
    count(200);
    res.end(JSON.stringify({ ok: true, region: config.region }));
  }).listen(port);
};
`, ESLINT_CONFIG = `import pluginSecurity from 'eslint-plugin-security';
export default [
  pluginSecurity.configs.recommended,
  { files: ['**/*.js'], languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs' }, rules: { 'no-eval': 'error' } },
];
`;
function securityPolicy(today) {
  return `# The security team's policy (src/gate/POLICY.md).
version: 1
fail-on: high
categories:
  secrets: { fail-on: low }
required: [sast, secrets]
exceptions:
  - match: { rule: "security/detect-child-process", path: "src/server.js" }
    reason: "the converter input is validated upstream; tracked in SEC-142"
    approved-by: "@demo/appsec"
    expires: ${new Date(today.getTime() + 432e6).toISOString().slice(0, 10)}
`;
}
function freezesFile(today) {
  let day = (offset) => new Date(today.getTime() + offset * 864e5).toISOString().slice(0, 10);
  return `# Scheduled freezes (src/lock/README.md).
timezone: Europe/Berlin
freezes:
  - name: quarter-end
    reason: Quarter-end release freeze
    dates:
      - { from: ${day(30)}, to: ${day(31)} }
`;
}
function sampleServiceFiles(options) {
  let config = options.withSecret ? `module.exports = { region: 'eu-central-1', AWS_SECRET_ACCESS_KEY: "${fakeAwsSecret()}" };
` : `module.exports = { region: 'eu-central-1', AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY };
`;
  return {
    "src/server.js": SERVER,
    "src/config.js": config,
    "eslint.config.mjs": ESLINT_CONFIG,
    ".secretlintrc.json": `${JSON.stringify({ rules: [{ id: "@secretlint/secretlint-rule-preset-recommend" }] })}
`,
    ".github/stopline/security-policy.yml": securityPolicy(options.today),
    ".github/stopline/freezes.yml": freezesFile(options.today)
  };
}
function writeFiles(root, files) {
  for (let [path, text] of Object.entries(files))
    mkdirSync3(dirname(join6(root, path)), { recursive: !0 }), writeFileSync3(join6(root, path), text);
}

// src/cli/demo/gate-story.ts
async function gate(demo, sha, file, title) {
  rmSync3(join7(demo.workspace, "scans"), { recursive: !0, force: !0 }), runScanners(demo.workspace);
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

// src/cli/demo/lock-story.ts
async function completedRun(demo, sha, conclusion) {
  let { data } = await demo.octokit.request("POST /_stopline/repos/{owner}/{repo}/actions/runs", {
    ...demo.repoRef,
    name: "CI",
    head_sha: sha,
    head_branch: "main",
    status: "completed",
    conclusion,
    jobs: [{ name: "build", status: "completed", conclusion }]
  });
  return data.id;
}
async function runEvent(demo, runId) {
  let { data } = await demo.octokit.rest.actions.getWorkflowRun({ ...demo.repoRef, run_id: runId });
  return { name: "workflow_run", payload: { action: "completed", workflow_run: data, repository: { full_name: demo.repository, default_branch: "main" } } };
}
async function pullEvent(demo, number) {
  let { data } = await demo.octokit.rest.pulls.get({ ...demo.repoRef, pull_number: number });
  return { name: "pull_request", payload: { action: "synchronize", pull_request: data, repository: { full_name: demo.repository, default_branch: "main" } } };
}
async function lockStatus(demo, sha) {
  let { data } = await demo.octokit.rest.repos.getCombinedStatusForRef({ ...demo.repoRef, ref: sha }), status = data.statuses.find((candidate) => candidate.context === "stopline/commit-lock");
  return status ? `${status.state} ("${status.description}")` : "none";
}
async function openPull(demo, branch, title, body, base) {
  let { data: parent } = await demo.octokit.rest.git.getCommit({ ...demo.repoRef, commit_sha: base }), { data: commit } = await demo.octokit.rest.git.createCommit({ ...demo.repoRef, message: title, tree: parent.tree.sha, parents: [base] });
  await demo.octokit.rest.git.createRef({ ...demo.repoRef, ref: `refs/heads/${branch}`, sha: commit.sha });
  let { data: pull } = await demo.octokit.rest.pulls.create({ ...demo.repoRef, head: branch, base: "main", title, body });
  return { number: pull.number, sha: commit.sha };
}
async function lockStory(demo) {
  let lock = "actions/commit-lock/action.yml", base = await demo.head(), waiting = await openPull(demo, "feature/search", "Add search", "A feature that waits while main is red.", base), bad = await demo.commit("Switch the config loader", {}, "main", "dev-b"), failed = await completedRun(demo, bad, "failure"), retried = await demo.run(lock, { event: await runEvent(demo, failed) });
  demo.step(`commit-lock: CI failed on ${bad.slice(0, 7)}; line ${retried.outputs.state}: re-running the failed jobs once first (a flaky failure must not stop the line)`), await demo.octokit.request("PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}", { ...demo.repoRef, run_id: failed, status: "completed", conclusion: "failure" });
  let red = await demo.run(lock, { event: await runEvent(demo, failed) });
  demo.page("04-lock-red.md", "Commit lock: the re-run failed too; main is red", red.summary), demo.step(`commit-lock: the re-run failed too; line ${red.outputs.state}, first bad ${red.outputs["first-bad"]?.slice(0, 7)}; PR #${waiting.number}: ${await lockStatus(demo, waiting.sha)}`);
  let revert = await openPull(demo, "revert-config", 'Revert "Switch the config loader"', `This reverts commit ${bad}.`, bad), check = await demo.run(lock, { event: await pullEvent(demo, revert.number) });
  demo.page("05-lock-revert.md", "Commit lock: a verified revert may land while red", check.summary), demo.step(`commit-lock: revert PR #${revert.number}: ${await lockStatus(demo, revert.sha)}`), await demo.octokit.rest.git.updateRef({ ...demo.repoRef, ref: "heads/main", sha: revert.sha });
  let passed = await completedRun(demo, revert.sha, "success"), green = await demo.run(lock, { event: await runEvent(demo, passed) });
  demo.page("06-lock-green.md", "Commit lock: the revert landed; main is green and waiting changes are released", green.summary), demo.step(`commit-lock: the revert landed and CI passed; line ${green.outputs.state}; PR #${waiting.number}: ${await lockStatus(demo, waiting.sha)} without a new push`);
}

// src/cli/demo/index.ts
async function demoCommand(args, write, cwd) {
  let outDir = resolve(cwd, args[0] ?? "demo-output"), dataDir = resolve(cwd, ".stopline", "demo"), started = Date.now(), step = (text) => write(`[${((Date.now() - started) / 1e3).toFixed(1).padStart(5)}s] ${text}
`);
  rmSync4(dataDir, { recursive: !0, force: !0 }), rmSync4(outDir, { recursive: !0, force: !0 }), mkdirSync4(outDir, { recursive: !0 });
  let workspace = mkdtempSync(join8(tmpdir(), "stopline-demo-workspace-")), sandbox = await startSandbox({ dataDir, port: 0 });
  try {
    step(`sandbox listening on ${sandbox.url} (data in ${dataDir})`);
    let octokit = new Octokit({ baseUrl: sandbox.url, auth: "demo" }), { data: repoData } = await octokit.rest.repos.createForAuthenticatedUser({ name: "demo-service", auto_init: !0 }), demo = new DemoContext(sandbox.url, octokit, { owner: repoData.owner.login, repo: repoData.name }, workspace, outDir, step);
    step(`created repository ${demo.repository}; the sample service's checkout is ${workspace}`);
    let today = /* @__PURE__ */ new Date(), board = async (file, title) => {
      let result = await demo.run("action.yml", { sha: await demo.head() }), path = demo.page(file, title, result.summary);
      step(`board: ${result.outputs.state}; ${result.outputs.leases} lease(s) \u2192 ${path}`);
    };
    await board("01-board-empty.md", "The board before anything happened"), await gateStory(demo, today), await lockStory(demo);
    let release = await releaseStory(demo);
    await deployStory(demo, release), await doraStory(demo);
    let history = await new Ledger(createGitHubClient({ token: "demo", baseUrl: sandbox.url }), demo.repoRef).history(100), historyMd = ["## Ledger history", "", `\`refs/stopline/ledger\` in ${demo.repository}, newest first: every change is a commit made by compare-and-swap.`, "", ...history.map((c) => `- \`${c.sha.slice(0, 7)}\` ${c.message}`)].join(`
`) + `
`;
    return demo.page("90-ledger-history.md", "The ledger: every change is a commit", historyMd), step(`ledger: ${history.length} commits of history`), await board("99-board.md", "The board at the end"), writeFileSync4(join8(outDir, "index.html"), await renderDemoPage("Stopline demo", demo.pages)), step(`done in ${((Date.now() - started) / 1e3).toFixed(1)}s`), write(`
Job summaries: ${outDir}/
Open ${join8(outDir, "index.html")} to see them rendered.
`), 0;
  } finally {
    await sandbox.close(), rmSync4(workspace, { recursive: !0, force: !0 });
  }
}
export {
  demoCommand
};

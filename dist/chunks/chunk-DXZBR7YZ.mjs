import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  packageRoot,
  runAction
} from "./chunk-7MRLUMYU.mjs";
import {
  userEmail
} from "./chunk-VB7OTCK4.mjs";
import {
  createGitHubClient
} from "./chunk-ILX4OWII.mjs";
import {
  require_http
} from "./chunk-WQ52ZJEV.mjs";
import {
  __toESM
} from "./chunk-NBEAZCIL.mjs";

// src/cli/demo/context.ts
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var DemoContext = class {
  constructor(apiUrl, octokit, repoRef, workspace, outDir, step, hooks = {}) {
    this.apiUrl = apiUrl;
    this.octokit = octokit;
    this.repoRef = repoRef;
    this.workspace = workspace;
    this.outDir = outDir;
    this.step = step;
    this.hooks = hooks;
    this.client = hooks.client ?? createGitHubClient({ token: "demo", baseUrl: apiUrl });
  }
  apiUrl;
  octokit;
  repoRef;
  workspace;
  outDir;
  step;
  hooks;
  pages = [];
  /** A client of Stopline's kind (retries, throttling) on the same API, for the story's own reads. */
  client;
  get repository() {
    return `${this.repoRef.owner}/${this.repoRef.repo}`;
  }
  /** Runs an action's committed bundle as the runner does; a failing step stops the demo unless `mayFail`. */
  async run(action, options = {}) {
    let { mayFail, ...rest } = options, firstAttempt = rest.runAttempt ?? 1, attempt = (runAttempt) => runAction({
      action,
      repository: this.repository,
      apiUrl: this.apiUrl,
      token: "demo",
      workspace: this.workspace,
      runnerRoot: this.hooks.runnerRoot,
      ...rest,
      env: { ...this.hooks.env, ...rest.env },
      runAttempt
    }), checkout = this.hooks.rerun ? mkdtempSync(join(tmpdir(), "stopline-checkout-")) : void 0;
    checkout && cpSync(this.workspace, checkout, { recursive: !0, verbatimSymlinks: !0 });
    let result = await attempt(firstAttempt), attempts = 1;
    try {
      this.hooks.rerun && checkout && await this.hooks.rerun(action, result) && (rmSync(this.workspace, { recursive: !0, force: !0 }), cpSync(checkout, this.workspace, { recursive: !0, verbatimSymlinks: !0 }), result = await attempt(firstAttempt + 1), attempts = 2);
    } finally {
      checkout && rmSync(checkout, { recursive: !0, force: !0 });
    }
    if (this.hooks.onResult?.(action, result, attempts), result.exitCode !== 0 && !mayFail) throw new Error(`${action} failed (exit ${result.exitCode}):
${result.stdout}${result.stderr}`);
    return result;
  }
  /** Keeps a job summary as a page of the demo's output. */
  page(file, title, markdown) {
    if (this.pages.push({ file, title, markdown }), this.outDir === void 0) return file;
    let path = join(this.outDir, file);
    return writeFileSync(path, markdown), path;
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

// src/cli/demo/live-service.ts
var import_node_http = __toESM(require_http(), 1), FAIL_EVERY = { good: 50, bad: 5 }, PER_TICK = 10;
async function startLiveService() {
  let mode = "good", counts = { ok: 0, failed: 0 }, served = 0, traffic = setInterval(() => {
    for (let i = 0; i < PER_TICK; i += 1)
      served += 1, served % FAIL_EVERY[mode] === 0 ? counts.failed += 1 : counts.ok += 1;
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
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  let { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      clearInterval(traffic), await new Promise((resolve) => server.close(() => resolve()));
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

// src/cli/demo/scanners.ts
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { join as join2 } from "node:path";
function run(workspace, command, args, okStatuses) {
  let bin = join2(packageRoot, "node_modules", ".bin", command);
  if (!existsSync(bin)) throw new Error(`${command} is not installed: run \`npm ci\` in ${packageRoot} first (the demo uses the development dependencies)`);
  let result = spawnSync(bin, args, { cwd: workspace, encoding: "utf8", timeout: 12e4 });
  if (result.status === null || !okStatuses.includes(result.status))
    throw new Error(`${command} ${args.join(" ")} exited ${result.status ?? result.signal}:
${result.stdout}
${result.stderr}`);
}
function runScanners(workspace) {
  return existsSync(join2(workspace, "node_modules")) || symlinkSync(join2(packageRoot, "node_modules"), join2(workspace, "node_modules"), "dir"), mkdirSync(join2(workspace, "scans"), { recursive: !0 }), run(workspace, "eslint", ["-f", "@microsoft/eslint-formatter-sarif", "-o", "scans/eslint.sarif", "src/"], [0, 1]), run(workspace, "secretlint", ["--format", "@secretlint/secretlint-formatter-sarif", "--output", "scans/secretlint.sarif", "src/**/*"], [0, 1]), ["scans/eslint.sarif", "scans/secretlint.sarif"];
}

// src/cli/demo/release-story.ts
import { mkdirSync as mkdirSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join3 } from "node:path";
function writeBuildOutput(workspace, build) {
  rmSync2(join3(workspace, "dist"), { recursive: !0, force: !0 }), mkdirSync2(join3(workspace, "dist"), { recursive: !0 }), writeFileSync2(join3(workspace, "dist", "version.json"), `${JSON.stringify({ version: build.version, commit: build.sha })}
`), writeFileSync2(join3(workspace, "dist", "server.js"), `module.exports = require('../src/server.js');
`), writeFileSync2(join3(workspace, "dist", "mode"), `${build.mode}
`);
}
async function buildAndPromote(demo, options) {
  let sha = await demo.head();
  writeBuildOutput(demo.workspace, { ...options, sha });
  let push = { name: "push", payload: {} }, build = await demo.run("actions/build-once/action.yml", { inputs: { path: "dist", version: options.version }, sha, event: push });
  options.pages && demo.page(options.pages.build, "Build once: one release, named by its digest", build.summary), demo.step(`build-once ${options.version} at ${sha.slice(0, 7)}: release ${build.outputs["release-id"]?.slice(0, 19)}\u2026, package ${build.outputs.digest?.slice(0, 19)}\u2026`), rmSync2(join3(demo.workspace, "scans"), { recursive: !0, force: !0 }), runScanners(demo.workspace);
  let gate = await demo.run("actions/security-gate/action.yml", { inputs: { sarif: "scans" }, sha, event: push });
  demo.step(`security gate at ${sha.slice(0, 7)}: ${gate.outputs.verdict} (commit status stopline/security-gate set)`), rmSync2(join3(demo.workspace, "release"), { recursive: !0, force: !0 });
  let promote = await demo.run("actions/promote/action.yml", { inputs: { environment: "staging" }, sha, event: push });
  return options.pages && demo.page(options.pages.promote, "Promote: the same bytes to staging, verified by digest", promote.summary), demo.step(`promote ${options.version} to staging: deployment #${promote.outputs["deployment-id"]}, the package verified by digest and unpacked`), { releaseId: build.outputs["release-id"] ?? "", sha, deploymentId: promote.outputs["deployment-id"] ?? "" };
}
function releaseStory(demo) {
  return buildAndPromote(demo, { version: "1.4.0", mode: "good", pages: { build: "07-build-once.md", promote: "08-promote-staging.md" } });
}

// src/cli/demo/sample-service.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync3 } from "node:fs";
import { dirname, join as join4 } from "node:path";
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
    mkdirSync3(dirname(join4(root, path)), { recursive: !0 }), writeFileSync3(join4(root, path), text);
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

export {
  DemoContext,
  startLiveService,
  SWITCH_MODE,
  checksFile,
  runScanners,
  writeBuildOutput,
  buildAndPromote,
  releaseStory,
  sampleServiceFiles,
  writeFiles,
  completedRun,
  runEvent,
  pullEvent,
  openPull,
  lockStory
};

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  checkInvariants
} from "./chunk-MT7AXP3P.mjs";
import {
  readFlags
} from "./chunk-NLQNWBIA.mjs";
import {
  DemoContext,
  SWITCH_MODE,
  buildAndPromote,
  checksFile,
  completedRun,
  openPull,
  pullEvent,
  runEvent,
  runScanners,
  sampleServiceFiles,
  startLiveService,
  writeBuildOutput,
  writeFiles
} from "./chunk-DXZBR7YZ.mjs";
import "./chunk-7MRLUMYU.mjs";
import {
  seededRandom,
  startSandbox
} from "./chunk-VB7OTCK4.mjs";
import {
  latestDeploymentState
} from "./chunk-YJNRMGBW.mjs";
import {
  Ledger,
  canonicalJson
} from "./chunk-UITPQSYK.mjs";
import {
  readCommitStatuses
} from "./chunk-ILGHWTEF.mjs";
import "./chunk-NLRKADAM.mjs";
import "./chunk-ZT56QPP4.mjs";
import "./chunk-4GZASXPD.mjs";
import {
  bullets,
  code,
  codeBlock,
  escapeMarkdown,
  heading,
  table
} from "./chunk-PUDO2UNH.mjs";
import {
  createGitHubClient
} from "./chunk-ILX4OWII.mjs";
import {
  Octokit
} from "./chunk-ERRCEJ7W.mjs";
import "./chunk-OMPALNQI.mjs";
import "./chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-W2U6OBLC.mjs";
import "./chunk-NBEAZCIL.mjs";

// src/cli/reliability/crash.ts
import { mkdirSync as mkdirSync2, mkdtempSync as mkdtempSync2, readFileSync, rmSync as rmSync3, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join3, resolve } from "node:path";

// src/cli/reliability/crash-checks.ts
var STEP_WORKFLOW = "Stopline";
async function observe(client, at, state, outputs) {
  let environments = {};
  for (let [name, pointer] of Object.entries(state.environments)) {
    let deployment = "none";
    pointer.deploymentId !== void 0 && (deployment = await latestDeploymentState(client, at, pointer.deploymentId) ?? "no status"), environments[name] = { releaseId: pointer.releaseId, verified: pointer.verified, deployment };
  }
  let heads = {};
  heads.main = (await client.rest.git.getRef({ ...at, ref: "heads/main" })).data.object.sha;
  for (let pull of await client.paginate(client.rest.pulls.list, { ...at, state: "open", per_page: 100 })) heads[`#${pull.number}`] = pull.head.sha;
  let statuses = {};
  for (let [name, sha] of Object.entries(heads)) {
    let found = await readCommitStatuses(client, at, sha);
    statuses[name] = Object.fromEntries([...found].filter(([context]) => context.startsWith("stopline/")).map(([context, status]) => [context, status.state]).sort());
  }
  let issues = await client.paginate(client.rest.issues.listForRepo, { ...at, state: "open", per_page: 100 }), runs = await client.paginate(client.rest.actions.listWorkflowRunsForRepo, { ...at, per_page: 100 }), registered = new Set(Object.values(state.releases).map((release) => release.storage?.githubReleaseId)), drafts = (await client.paginate(client.rest.repos.listReleases, { ...at, per_page: 100 })).filter((release) => release.draft && release.tag_name.startsWith("stopline/"));
  return {
    outputs,
    line: `${state.line.state}${state.line.firstBad ? ` since ${state.line.firstBad.sha.slice(0, 7)}` : ""}`,
    freezes: state.freezes.map((freeze) => `${freeze.source}: ${freeze.reason}`).sort(),
    environments,
    releases: Object.values(state.releases).map((release) => `${release.name} ${release.version} at ${release.sha.slice(0, 7)}`).sort(),
    leases: Object.keys(state.leases).sort(),
    statuses,
    openIssues: issues.filter((issue) => !issue.pull_request).map((issue) => issue.title).sort(),
    runs: runs.filter((run) => run.name !== STEP_WORKFLOW).map((run) => `${run.name} #${run.run_number} attempt ${run.run_attempt ?? 1}: ${run.status}${run.conclusion ? `/${run.conclusion}` : ""}`).sort(),
    unregisteredDrafts: drafts.filter((draft) => !registered.has(draft.id)).length
  };
}
function differences(expected, actual) {
  let found = [];
  for (let key of Object.keys(expected)) {
    let want = canonicalJson(expected[key]), got = canonicalJson(actual[key]);
    want !== got && found.push(`after the re-run, ${key} is ${got}, where an uninterrupted run ends with ${want}`);
  }
  return found;
}
function samePromotion(a, b) {
  return a.releaseId === b.releaseId && a.since === b.since;
}
function promotionsKept(before, after, when) {
  let problems = [];
  for (let [environment, pointer] of Object.entries(before.environments)) {
    let now = after.environments[environment];
    now === void 0 ? problems.push(`${when}: ${environment} lost its promotion of ${pointer.releaseId} (${pointer.since}); it points at nothing`) : !samePromotion(pointer, now) && Date.parse(now.since) <= Date.parse(pointer.since) && problems.push(`${when}: ${environment} points at ${now.releaseId} (${now.since}), older than the completed promotion of ${pointer.releaseId} (${pointer.since})`);
  }
  return problems;
}
var sameOwner = (a, b) => a.runId === b.runId && a.runAttempt === b.runAttempt;
function leaseWithinTtl(afterKill, killed, killedAt, ttlMs) {
  let problems = [];
  for (let [environment, lease] of Object.entries(afterKill.leases))
    sameOwner(lease.owner, killed) && Date.parse(lease.expiresAt) > killedAt + ttlMs + 1e3 && problems.push(`the killed attempt's lease on ${environment} runs until ${lease.expiresAt}, beyond its TTL (${ttlMs / 1e3}s) after the kill at ${new Date(killedAt).toISOString()}`);
  return problems;
}
function rerunNotBlocked(afterKill, killed, report, rerunStarted) {
  let held = Object.entries(afterKill.leases).filter(([, lease2]) => sameOwner(lease2.owner, killed));
  if (held.length === 0) return [];
  if (!report?.lease) return [`the killed attempt held the lease on ${held.map(([environment2]) => environment2).join(", ")}, and the re-run reported no lease of its own`];
  let [environment, lease] = held[0], latest = Math.max(rerunStarted, Date.parse(lease.expiresAt)) + 5e3;
  return Date.parse(report.lease.acquiredAt) > latest ? [`the re-run took the lease on ${environment} at ${report.lease.acquiredAt}, after the killed attempt's lease had lapsed (${lease.expiresAt}) and the few seconds polling takes`] : [];
}

// src/cli/reliability/crash-report.ts
function countBy(items, key) {
  let counts = /* @__PURE__ */ new Map();
  for (let item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
var seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
function runRow(run) {
  let point = `after ${run.point.afterRequests} of ${run.point.ofRequests} requests +${run.point.delayMs} ms`;
  return [
    String(run.index),
    escapeMarkdown(run.scenario),
    escapeMarkdown(run.point.window),
    `${point}<br>${code(run.point.after)}`,
    run.killed ? `killed after ${run.requestsBeforeKill} requests` : "finished first",
    run.rerun ? code(run.rerun.outcome) : "",
    escapeMarkdown(run.lease ?? ""),
    run.problems.length === 0 ? "ok" : `**${run.problems.length}**`,
    seconds(run.durationMs)
  ];
}
function renderCrashReport(report) {
  let { runs } = report, killed = runs.filter((run) => run.killed), problems = runs.flatMap((run) => run.problems.map((problem) => ({ run, problem }))), perAction = countBy(runs, (run) => run.action).map(([action, count]) => {
    let ofAction = runs.filter((run) => run.action === action);
    return [code(action), count, ofAction.filter((run) => run.killed).length, ofAction.filter((run) => run.problems.length > 0).length];
  }), perScenario = countBy(runs, (run) => run.scenario).map(([scenario, count]) => {
    let ofScenario = runs.filter((run) => run.scenario === scenario), calibration = report.calibrations[scenario];
    return [
      escapeMarkdown(scenario),
      count,
      ofScenario.filter((run) => run.killed).length,
      calibration ? `${calibration.requests} requests, ${seconds(calibration.durationMs)}, ${code(calibration.outcome)}` : "",
      calibration ? seconds(calibration.setupMs) : ""
    ];
  }), rerunOutcomes = countBy(killed, (run) => `${run.scenario}: ${run.rerun?.outcome ?? "none"}`).map(([outcome, count]) => [escapeMarkdown(outcome), count]), leases = killed.filter((run) => run.lease !== void 0), invariantTotals = runs.reduce(
    (sum, run) => ({
      deployments: sum.deployments + (run.invariants?.deployments ?? 0),
      ledgerCommits: sum.ledgerCommits + (run.invariants?.ledgerCommits ?? 0),
      expired: sum.expired + (run.invariants?.leasesExpired ?? 0)
    }),
    { deployments: 0, ledgerCommits: 0, expired: 0 }
  );
  return [
    heading("Crash safety", 1),
    "",
    `Seed ${report.seed}: ${runs.length} runs, ${killed.length} killed with SIGKILL (the others finished before their kill point), ${killed.filter((run) => run.rerun).length} re-run as attempt 2 of the same run, **${problems.length} problem(s)**, in ${seconds(report.durationMs)}.`,
    "",
    "Each run starts a fresh sandbox on a copy of its scenario's world, kills the step after its Nth sandbox request at a random moment before the next (both drawn from an uninterrupted calibration run), skips the `post:` step (the runner died with it), re-runs the step on a fresh checkout, and checks: the re-run ends where the uninterrupted run ends (outputs, line, freezes, environments, releases, statuses, issues, runs); no completed promotion is lost; the killed attempt's lease lapses within its TTL and does not keep the re-run waiting beyond it; and the shared invariants (no lease held, no deployment unfinished, the ledger history replays).",
    "",
    heading("Kills per action"),
    "",
    table(["action", "runs", "killed", "runs with problems"], perAction, ["left", "right", "right", "right"]),
    "",
    heading("Scenarios"),
    "",
    table(["scenario", "runs", "killed", "uninterrupted step", "setup"], perScenario, ["left", "right", "right", "left", "right"]),
    "",
    heading("Kill windows"),
    "",
    table(["window", "runs"], countBy(runs, (run) => run.point.window).map(([window, count]) => [escapeMarkdown(window), count]), ["left", "right"]),
    "",
    heading("Re-run outcomes"),
    "",
    table(["scenario: outcome", "runs"], rerunOutcomes, ["left", "right"]),
    "",
    heading("Leases left by killed deploys"),
    "",
    leases.length === 0 ? "No killed deploy held a lease." : bullets(leases.map((run) => `run ${run.index} (${run.runVisible ? "run visible to the token" : "run hidden from the token"}): ${escapeMarkdown(run.lease)}`)),
    "",
    `Across all runs the invariants looked at ${invariantTotals.deployments} deployments and ${invariantTotals.ledgerCommits} ledger commits; ${invariantTotals.expired} lapsed lease(s) were left behind.`,
    "",
    heading("Problems"),
    "",
    problems.length === 0 ? "None." : problems.map(({ run, problem }) => `${heading(`Run ${run.index}: ${escapeMarkdown(run.scenario)}`, 3)}

${codeBlock(problem)}`).join(`

`),
    "",
    heading("Runs"),
    "",
    table(["#", "scenario", "window", "kill point", "killed", "re-run", "lease", "problems", "time"], runs.map(runRow)),
    ""
  ].join(`
`);
}

// src/cli/reliability/crash-scenarios.ts
import { rmSync } from "node:fs";
import { join } from "node:path";
var push = { name: "push", payload: {} }, anywhere = { name: "anywhere", range: (seen) => [0, seen.length] }, statusIndex = (seen, state, from = 0) => seen.findIndex((exchange, i) => i >= from && exchange.route === "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses" && exchange.method === "POST" && exchange.state === state), duringChecks = {
  name: "during checks",
  range(seen) {
    let start = statusIndex(seen, "in_progress");
    if (start < 0) return null;
    let verdict = seen.findIndex((exchange, i) => i > start && exchange.route?.endsWith("/statuses") === !0 && exchange.state !== "in_progress");
    return [start + 1, verdict < 0 ? seen.length : verdict];
  }
}, duringRollback = {
  name: "during rollback",
  range(seen) {
    let failure = statusIndex(seen, "failure");
    return failure < 0 ? null : [failure, seen.length];
  }
}, CRASH_LEASE_TTL_MS = 1e4;
async function deployStep(world, environment, source, extra = {}) {
  let service = await world.service();
  return {
    action: "actions/deploy/action.yml",
    options: {
      inputs: {
        environment,
        ...source,
        run: SWITCH_MODE,
        smoke: `${service.url}/healthz`,
        checks: checksFile(service),
        baseline: "2s",
        interval: "1s",
        samples: "1",
        "lease-ttl": `${CRASH_LEASE_TTL_MS / 1e3}s`,
        "lock-timeout": "60s",
        ...extra
      },
      env: { SERVICE_URL: service.url },
      event: push
    }
  };
}
async function sampleService(world) {
  let files = sampleServiceFiles({ withSecret: !1, today: /* @__PURE__ */ new Date() });
  return writeFiles(world.demo.workspace, files), world.demo.commit("Add the sample service", files, "main", "dev-a");
}
async function gate(world, sha) {
  rmSync(join(world.demo.workspace, "scans"), { recursive: !0, force: !0 }), runScanners(world.demo.workspace), await world.demo.run("actions/security-gate/action.yml", { inputs: { sarif: "scans" }, sha, event: push });
}
async function deployed(world, environment, deploymentId, runId) {
  let spec = await deployStep(world, environment, { "deployment-id": deploymentId }), result = await world.demo.run(spec.action, { ...spec.options, runId });
  if (result.outputs.verdict !== "success") throw new Error(`setup: deploy to ${environment} ended ${result.outputs.verdict}`);
}
async function stagingVerified(world) {
  await sampleService(world);
  let good = await buildAndPromote(world.demo, { version: "1.4.0", mode: "good" });
  return await deployed(world, "staging", good.deploymentId, 5001), rmSync(join(world.demo.workspace, "release"), { recursive: !0, force: !0 }), { releaseId: good.releaseId, sha: good.sha, deploymentId: good.deploymentId };
}
var lockAction = "actions/commit-lock/action.yml";
async function waitingPull(world, waitsWhile) {
  let base = await sampleService(world), pull = await openPull(world.demo, "feature/search", "Add search", `A feature that waits while ${waitsWhile}.`, base);
  return String(pull.number);
}
async function lineRed(world) {
  let { demo } = world, waiting = await waitingPull(world, "main is red"), bad = await demo.commit("Switch the config loader", {}, "main", "dev-b"), failed = await completedRun(demo, bad, "failure");
  return await demo.run(lockAction, { event: await runEvent(demo, failed) }), await demo.octokit.request("PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}", { ...demo.repoRef, run_id: failed, status: "completed", conclusion: "failure" }), { bad, failed: String(failed), waiting };
}
var CRASH_SCENARIOS = [
  {
    name: "security-gate",
    action: "security-gate",
    async setup(world) {
      let sha = await sampleService(world);
      return runScanners(world.demo.workspace), { sha };
    },
    step: async (_world, data) => ({ action: "actions/security-gate/action.yml", options: { inputs: { sarif: "scans" }, sha: data.sha, event: push } }),
    outcome: ["verdict", "violations"],
    windows: [anywhere]
  },
  {
    name: "commit-lock auto: a failure, re-run first",
    action: "commit-lock",
    async setup(world) {
      let waiting = await waitingPull(world, "main is red"), bad = await world.demo.commit("Switch the config loader", {}, "main", "dev-b"), failed = await completedRun(world.demo, bad, "failure");
      return { failed: String(failed), waiting };
    },
    step: async (world, data) => ({ action: lockAction, options: { event: await runEvent(world.demo, Number(data.failed)) } }),
    outcome: ["state", "locked"],
    windows: [anywhere]
  },
  {
    name: "commit-lock auto: main turns red",
    action: "commit-lock",
    setup: lineRed,
    step: async (world, data) => ({ action: lockAction, options: { event: await runEvent(world.demo, Number(data.failed)) } }),
    outcome: ["state", "locked", "first-bad"],
    windows: [anywhere]
  },
  {
    name: "commit-lock auto: a revert lands, main turns green",
    action: "commit-lock",
    async setup(world) {
      let { demo } = world, red = await lineRed(world);
      await demo.run(lockAction, { event: await runEvent(demo, Number(red.failed)) });
      let revert = await openPull(demo, "revert-config", 'Revert "Switch the config loader"', `This reverts commit ${red.bad}.`, red.bad);
      await demo.octokit.rest.git.updateRef({ ...demo.repoRef, ref: "heads/main", sha: revert.sha });
      let passed = await completedRun(demo, revert.sha, "success");
      return { ...red, passed: String(passed) };
    },
    step: async (world, data) => ({ action: lockAction, options: { event: await runEvent(world.demo, Number(data.passed)) } }),
    outcome: ["state", "locked"],
    windows: [anywhere]
  },
  {
    name: "commit-lock check: a revert while red",
    action: "commit-lock",
    async setup(world) {
      let { demo } = world, red = await lineRed(world);
      await demo.run(lockAction, { event: await runEvent(demo, Number(red.failed)) });
      let revert = await openPull(demo, "revert-config", 'Revert "Switch the config loader"', `This reverts commit ${red.bad}.`, red.bad);
      return { ...red, revert: String(revert.number) };
    },
    step: async (world, data) => ({ action: lockAction, options: { inputs: { command: "check" }, event: await pullEvent(world.demo, Number(data.revert)) } }),
    outcome: ["state", "locked"],
    windows: [anywhere]
  },
  {
    name: "commit-lock lock: a manual freeze",
    action: "commit-lock",
    async setup(world) {
      return { waiting: await waitingPull(world, "frozen") };
    },
    step: async () => ({ action: lockAction, options: { inputs: { command: "lock", reason: "release week" }, event: { name: "workflow_dispatch", payload: {} } } }),
    outcome: ["state", "locked"],
    windows: [anywhere]
  },
  {
    name: "commit-lock unlock: the freeze ends",
    action: "commit-lock",
    async setup(world) {
      let waiting = await waitingPull(world, "frozen");
      return await world.demo.run(lockAction, { inputs: { command: "lock", reason: "release week" }, event: { name: "workflow_dispatch", payload: {} } }), { waiting };
    },
    step: async () => ({ action: lockAction, options: { inputs: { command: "unlock", reason: "released" }, event: { name: "workflow_dispatch", payload: {} } } }),
    outcome: ["state", "locked"],
    windows: [anywhere]
  },
  {
    name: "build-once",
    action: "build-once",
    async setup(world) {
      let sha = await sampleService(world);
      return writeBuildOutput(world.demo.workspace, { version: "1.4.0", mode: "good", sha }), { sha };
    },
    step: async (_world, data) => ({ action: "actions/build-once/action.yml", options: { inputs: { path: "dist", version: "1.4.0" }, sha: data.sha, event: push } }),
    // The release id names the manifest, which records when and by which run attempt it was built.
    outcome: ["version"],
    windows: [anywhere]
  },
  {
    name: "promote to staging",
    action: "promote",
    async setup(world) {
      let sha = await sampleService(world);
      return writeBuildOutput(world.demo.workspace, { version: "1.4.0", mode: "good", sha }), await world.demo.run("actions/build-once/action.yml", { inputs: { path: "dist", version: "1.4.0" }, sha, event: push }), await gate(world, sha), { sha };
    },
    step: async (_world, data) => ({ action: "actions/promote/action.yml", options: { inputs: { environment: "staging" }, sha: data.sha, event: push } }),
    outcome: ["release-id", "version"],
    windows: [anywhere]
  },
  {
    name: "promote to production from staging",
    action: "promote",
    setup: stagingVerified,
    step: async (_world, data) => ({ action: "actions/promote/action.yml", options: { inputs: { environment: "production", from: "staging" }, sha: data.sha, event: push } }),
    outcome: ["release-id", "version"],
    windows: [anywhere]
  },
  {
    name: "deploy to staging",
    action: "deploy",
    async setup(world) {
      await sampleService(world);
      let good = await buildAndPromote(world.demo, { version: "1.4.0", mode: "good" });
      return { releaseId: good.releaseId, deploymentId: good.deploymentId };
    },
    step: (world, data) => deployStep(world, "staging", { "deployment-id": data.deploymentId }),
    outcome: ["verdict", "deployment-id"],
    windows: [duringChecks, anywhere],
    leaseTtlMs: CRASH_LEASE_TTL_MS
  },
  {
    name: "deploy to production by release id, in two steps",
    action: "deploy",
    setup: stagingVerified,
    step: (world, data) => deployStep(world, "production", { "release-id": data.releaseId }, { steps: "50,100" }),
    outcome: ["verdict"],
    windows: [duringChecks, anywhere],
    leaseTtlMs: CRASH_LEASE_TTL_MS
  },
  {
    name: "deploy a bad release: rolled back",
    action: "deploy",
    async setup(world) {
      let before = await stagingVerified(world);
      await world.demo.commit("Cache the config in memory", {}, "main", "dev-c");
      let bad = await buildAndPromote(world.demo, { version: "1.5.0", mode: "bad" });
      return { good: before.releaseId, releaseId: bad.releaseId, deploymentId: bad.deploymentId };
    },
    step: (world, data) => deployStep(world, "staging", { "deployment-id": data.deploymentId }),
    outcome: ["verdict", "deployment-id"],
    windows: [duringRollback, duringChecks, anywhere],
    leaseTtlMs: CRASH_LEASE_TTL_MS
  }
];

// src/cli/reliability/crash-world.ts
import { cpSync, mkdirSync, mkdtempSync, rmSync as rmSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var CRASH_TOKEN = "crash", WARM_UP_MS = 2e3, SharedService = class {
  started;
  async forWorld() {
    let service = await (this.started ??= startLiveService().then(async (live) => (await sleep(WARM_UP_MS), live))), answer = await fetch(`${service.url}/mode/good`, { method: "POST" });
    if (!answer.ok) throw new Error(`the live service did not switch back to good: ${answer.status}`);
    return service;
  }
  async stop() {
    this.started && await (await this.started).stop(), this.started = void 0;
  }
};
function copyTree(from, to) {
  cpSync(from, to, { recursive: !0, verbatimSymlinks: !0 });
}
async function open(dir, repoRef, shared) {
  let dataDir = join2(dir, "data"), workspace = join2(dir, "workspace");
  mkdirSync(workspace, { recursive: !0 });
  let world, sandbox = await startSandbox({ dataDir, port: 0, onExchange: (exchange) => world?.onExchange?.(exchange) }), octokit = new Octokit({ baseUrl: sandbox.url, auth: CRASH_TOKEN, log: { debug() {
  }, info() {
  }, warn() {
  }, error() {
  } } }), at = repoRef;
  if (at === void 0) {
    let { data } = await octokit.rest.repos.createForAuthenticatedUser({ name: "crash-service", auto_init: !0 });
    at = { owner: data.owner.login, repo: data.name };
  }
  let pages = join2(dir, "pages");
  mkdirSync(pages, { recursive: !0 });
  let demo = new DemoContext(sandbox.url, octokit, at, workspace, pages, () => {
  }, { runnerRoot: runnerRootOf(dir) }), client = createGitHubClient({ token: CRASH_TOKEN, baseUrl: sandbox.url }), service, repo = at;
  return world = {
    dir,
    sandbox,
    demo,
    client,
    onExchange: void 0,
    service: () => service ??= shared.forWorld(),
    snapshot(into) {
      return rmSync2(into, { recursive: !0, force: !0 }), copyTree(dir, into), { dir: into, repoRef: repo };
    },
    async close() {
      world.onExchange = void 0, await sandbox.close();
    }
  }, world;
}
async function newWorld(shared) {
  return open(mkdtempSync(join2(tmpdir(), "stopline-crash-")), void 0, shared);
}
async function worldFrom(snapshot, shared) {
  let dir = mkdtempSync(join2(tmpdir(), "stopline-crash-"));
  return copyTree(snapshot.dir, dir), open(dir, snapshot.repoRef, shared);
}
function restoreCheckout(world, snapshot) {
  rmSync2(world.demo.workspace, { recursive: !0, force: !0 }), copyTree(join2(snapshot.dir, "workspace"), world.demo.workspace);
}
async function removeWorld(world) {
  await world.close(), rmSync2(world.dir, { recursive: !0, force: !0 }), rmSync2(runnerRootOf(world.dir), { recursive: !0, force: !0 });
}
function runnerRootOf(dir) {
  return `${dir}-runner`;
}

// src/cli/reliability/crash.ts
function stateOf(body) {
  let state = body !== null && typeof body == "object" ? body.state : void 0;
  return typeof state == "string" ? state : void 0;
}
async function runStep(world, spec, run, control = {}) {
  let child, startedAt = Date.now(), requests = 0, mainDone = !1, mainMs = 0, killedAt, timer, kill = () => {
    child && child.exitCode === null && child.signalCode === null && child.kill("SIGKILL") && (killedAt = Date.now());
  }, arm = (delayMs) => {
    delayMs <= 0 ? kill() : timer = setTimeout(kill, delayMs);
  };
  world.onExchange = (exchange) => {
    mainDone || (requests += 1, control.record?.push({ at: Date.now() - startedAt, method: exchange.method, route: exchange.route, state: stateOf(exchange.requestBody) }), control.kill && requests === control.kill.after && arm(control.kill.delayMs));
  };
  try {
    return { result: await world.demo.run(spec.action, {
      ...spec.options,
      runId: run.id,
      runAttempt: run.attempt,
      mayFail: !0,
      skipPostIfKilled: !0,
      onMainStep: (spawned) => {
        child = spawned, startedAt = Date.now(), spawned.once("exit", () => {
          mainDone = !0, mainMs = Date.now() - startedAt;
        }), control.kill?.after === 0 && arm(control.kill.delayMs);
      }
    }), requests, mainMs, ...killedAt !== void 0 ? { killedAt } : {} };
  } finally {
    timer && clearTimeout(timer), world.onExchange = void 0;
  }
}
async function startStepRun(world) {
  let { data } = await world.demo.octokit.request("POST /_stopline/repos/{owner}/{repo}/actions/runs", {
    ...world.demo.repoRef,
    name: STEP_WORKFLOW,
    head_branch: "main",
    status: "in_progress",
    jobs: [{ name: "step", status: "in_progress" }]
  });
  return data.id;
}
async function moveRun(world, runId, body) {
  await world.demo.octokit.request("PATCH /_stopline/repos/{owner}/{repo}/actions/runs/{run_id}", { ...world.demo.repoRef, run_id: runId, ...body });
}
async function rerunStepRun(world, runId) {
  await moveRun(world, runId, { status: "completed", conclusion: "failure" }), await world.demo.octokit.rest.actions.reRunWorkflowFailedJobs({ ...world.demo.repoRef, run_id: runId }), await moveRun(world, runId, { status: "in_progress" });
}
async function ledgerState(world) {
  return (await new Ledger(world.client, world.demo.repoRef).read()).state;
}
function outcomeOf(scenario, result) {
  return { exit: String(result.exitCode), ...Object.fromEntries(scenario.outcome.map((name) => [name, result.outputs[name] ?? ""])) };
}
var describeOutcome = (outcome) => Object.entries(outcome).map(([name, value]) => `${name}=${value.length > 20 ? `${value.slice(0, 19)}\u2026` : value}`).join(" ");
async function prepare(scenario, root, shared, log) {
  let setupStarted = Date.now(), setupWorld = await newWorld(shared), snapshot, data;
  try {
    data = await scenario.setup(setupWorld), snapshot = setupWorld.snapshot(join3(root, `scenario-${CRASH_SCENARIOS.indexOf(scenario)}`));
  } finally {
    await removeWorld(setupWorld);
  }
  let setupMs = Date.now() - setupStarted, world = await worldFrom(snapshot, shared);
  try {
    let spec = await scenario.step(world, data), runId = await startStepRun(world), seen = [], started = Date.now(), step = await runStep(world, spec, { id: runId, attempt: 1 }, { record: seen }), durationMs = Date.now() - started;
    await moveRun(world, runId, { status: "completed", conclusion: step.result.exitCode === 0 ? "success" : "failure" });
    let outcome = outcomeOf(scenario, step.result), invariants = await checkInvariants(world.client, world.demo.repoRef);
    if (!invariants.ok) throw new Error(`the uninterrupted run of "${scenario.name}" breaks the invariants: ${invariants.problems.join("; ")}`);
    let observation = await observe(world.client, world.demo.repoRef, await ledgerState(world), outcome), calibration = { requests: seen.length, durationMs, exitCode: step.result.exitCode, outcome: describeOutcome(outcome), setupMs };
    return log(`calibrated "${scenario.name}": set up in ${(setupMs / 1e3).toFixed(1)}s; the step makes ${seen.length} requests in ${(durationMs / 1e3).toFixed(1)}s and ends ${calibration.outcome}`), { scenario, snapshot, data, seen, exitMs: Math.max(seen.at(-1)?.at ?? 0, step.mainMs), observation, calibration };
  } finally {
    await removeWorld(world);
  }
}
function drawKillPoint(prepared, turn, random) {
  let { seen } = prepared, windows = prepared.scenario.windows.map((window2) => ({ window: window2, range: window2.range(seen) })).filter((w) => w.range !== null), { window, range } = windows[turn % windows.length], [from, to] = range, after = from + Math.floor(random() * (to - from + 1)), startAt = after === 0 ? 0 : seen[after - 1].at, nextAt = after < seen.length ? seen[after].at : prepared.exitMs, last = after === 0 ? void 0 : seen[after - 1];
  return {
    window: window.name,
    afterRequests: after,
    ofRequests: seen.length,
    after: last ? `${last.method} ${last.route ?? "?"}${last.state ? ` (${last.state})` : ""}` : "start",
    delayMs: Math.round(random() * Math.max(0, nextAt - startAt))
  };
}
function readDeployReport(result) {
  let path = result.outputs.report;
  if (path)
    try {
      return JSON.parse(readFileSync(path, "utf8"));
    } catch {
      return;
    }
}
function leaseNote(afterKill, killed, report) {
  let held = Object.entries(afterKill.leases).find(([, lease]) => lease.owner.runId === killed.runId && lease.owner.runAttempt === killed.runAttempt);
  if (!held) return;
  let reclaimed = report?.lease?.reclaimed;
  return `held ${held[0]}; re-run ${reclaimed ? `took it over (${reclaimed.replace(/^.*\((.*)\)$/, "$1")})` : "did not report a takeover"} after waiting ${report?.lease ? `${(report.lease.waitedMs / 1e3).toFixed(1)}s` : "?"}`;
}
async function crashRun(index, prepared, turn, shared, random) {
  let started = Date.now(), { scenario } = prepared, point = drawKillPoint(prepared, turn, random), runVisible = scenario.leaseTtlMs === void 0 || random() < 0.5, result = { index, scenario: scenario.name, action: scenario.action, point, killed: !1, requestsBeforeKill: 0, runVisible, problems: [], durationMs: 0 }, world = await worldFrom(prepared.snapshot, shared);
  try {
    let spec = await scenario.step(world, prepared.data), before = await ledgerState(world), runId = runVisible ? await startStepRun(world) : 9e5 + index, attempt1 = await runStep(world, spec, { id: runId, attempt: 1 }, { kill: { after: point.afterRequests, delayMs: point.delayMs } });
    if (result.requestsBeforeKill = attempt1.requests, result.killed = attempt1.result.signal === "SIGKILL", !result.killed)
      runVisible && await moveRun(world, runId, { status: "completed", conclusion: attempt1.result.exitCode === 0 ? "success" : "failure" });
    else {
      let killedAt = attempt1.killedAt ?? Date.now(), afterKill = await ledgerState(world), killedOwner = { runId, runAttempt: 1 };
      result.problems.push(...promotionsKept(before, afterKill, "at the kill")), scenario.leaseTtlMs !== void 0 && result.problems.push(...leaseWithinTtl(afterKill, killedOwner, killedAt, scenario.leaseTtlMs)), runVisible && await rerunStepRun(world, runId), restoreCheckout(world, prepared.snapshot);
      let rerunStarted = Date.now(), attempt2 = await runStep(world, spec, { id: runId, attempt: 2 }), outcome = outcomeOf(scenario, attempt2.result);
      result.rerun = { exitCode: attempt2.result.exitCode, outcome: describeOutcome(outcome), durationMs: Date.now() - rerunStarted }, runVisible && await moveRun(world, runId, { status: "completed", conclusion: attempt2.result.exitCode === 0 ? "success" : "failure" }), attempt2.result.signal !== null && result.problems.push(`the re-run died of ${attempt2.result.signal}`);
      let final = await ledgerState(world);
      if (result.problems.push(...promotionsKept(afterKill, final, "after the re-run")), scenario.leaseTtlMs !== void 0) {
        let report = readDeployReport(attempt2.result);
        result.problems.push(...rerunNotBlocked(afterKill, killedOwner, report, rerunStarted));
        let note = leaseNote(afterKill, killedOwner, report);
        note && (result.lease = note);
      }
      let observation = await observe(world.client, world.demo.repoRef, final, outcome), differ = differences(prepared.observation, observation);
      result.problems.push(...differ), (differ.length > 0 || attempt2.result.exitCode !== prepared.calibration.exitCode) && result.problems.push(`re-run log (exit ${attempt2.result.exitCode}):
${tail(attempt2.result.stdout + attempt2.result.stderr)}`);
    }
    let invariants = await checkInvariants(world.client, world.demo.repoRef);
    result.invariants = invariants.counts, result.problems.push(...invariants.problems);
  } catch (error) {
    result.problems.push(`the run could not be completed: ${errorMessage(error)}`);
  } finally {
    await removeWorld(world), result.durationMs = Date.now() - started;
  }
  return result;
}
function tail(text, lines = 30) {
  return text.trimEnd().split(`
`).slice(-lines).map((line) => `    ${line}`).join(`
`);
}
function scenarioOrder(scenarios, random) {
  let order = [...scenarios];
  for (let i = order.length - 1; i > 0; i -= 1) {
    let j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
async function runCrashSuite(options) {
  let started = Date.now(), log = options.log ?? (() => {
  }), scenarios = options.only ? CRASH_SCENARIOS.filter((scenario) => options.only.some((text) => scenario.name.includes(text))) : [...CRASH_SCENARIOS];
  if (scenarios.length === 0) throw new ConfigurationError(`no crash scenario matches ${options.only.join(", ")}; scenarios: ${CRASH_SCENARIOS.map((s) => s.name).join("; ")}`);
  let random = seededRandom(options.seed), order = scenarioOrder(scenarios, random), root = mkdtempSync2(join3(tmpdir2(), "stopline-crash-snapshots-")), prepared = /* @__PURE__ */ new Map(), runs = [], shared = new SharedService();
  try {
    for (let index = 1; index <= options.runs; index += 1) {
      let scenario = order[(index - 1) % order.length];
      prepared.has(scenario) || prepared.set(scenario, await prepare(scenario, root, shared, log));
      let run = await crashRun(index, prepared.get(scenario), Math.floor((index - 1) / order.length), shared, random);
      runs.push(run), log(describeRun(run, options.runs));
    }
  } finally {
    await shared.stop(), rmSync3(root, { recursive: !0, force: !0 });
  }
  let calibrations = Object.fromEntries([...prepared.values()].map((p) => [p.scenario.name, p.calibration]));
  return { seed: options.seed, runs, calibrations, durationMs: Date.now() - started };
}
function describeRun(run, total) {
  let where = `after request ${run.point.afterRequests} of ${run.point.ofRequests} +${run.point.delayMs} ms (${run.point.window})`, what = run.killed ? `killed ${where}; re-run ${run.rerun?.outcome ?? "?"}` : `finished before the kill point (${where})`, verdict = run.problems.length === 0 ? "ok" : `${run.problems.length} problem(s): ${run.problems[0].split(`
`)[0]}`;
  return `run ${run.index}/${total} ${run.scenario}: ${what}; ${verdict} (${(run.durationMs / 1e3).toFixed(1)}s)`;
}
var USAGE = "Usage: stopline reliability crash [--runs N] [--seed S] [--out DIR] [--only TEXT[,TEXT...]]";
function parseArgs(args) {
  let flags = readFlags(args, ["runs", "seed", "out", "only"], USAGE), only = flags.string("only")?.split(",").map((text) => text.trim()).filter(Boolean);
  return { runs: flags.integer("runs", 1) ?? 50, seed: flags.integer("seed", 0) ?? 1, out: flags.string("out") ?? "reliability-output", ...only ? { only } : {} };
}
async function crashCommand(args, write, cwd) {
  let options = parseArgs(args), started = Date.now(), report = await runCrashSuite({
    runs: options.runs,
    seed: options.seed,
    ...options.only ? { only: options.only } : {},
    log: (line) => write(`[${((Date.now() - started) / 1e3).toFixed(1).padStart(6)}s] ${line}
`)
  }), outDir = resolve(cwd, options.out);
  mkdirSync2(outDir, { recursive: !0 });
  let path = join3(outDir, "crash-report.md");
  writeFileSync(path, renderCrashReport(report));
  let problems = report.runs.reduce((sum, run) => sum + run.problems.length, 0);
  return write(`
${report.runs.length} runs, ${report.runs.filter((run) => run.killed).length} killed, ${problems} problem(s) in ${(report.durationMs / 1e3).toFixed(1)}s. Report: ${path}
`), problems === 0 ? 0 : 1;
}
export {
  crashCommand,
  runCrashSuite
};

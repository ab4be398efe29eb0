import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  demoStory
} from "./chunk-3Y7VK47O.mjs";
import {
  checkInvariants
} from "./chunk-MT7AXP3P.mjs";
import {
  readFlags
} from "./chunk-NLQNWBIA.mjs";
import {
  DemoContext
} from "./chunk-DXZBR7YZ.mjs";
import "./chunk-7MRLUMYU.mjs";
import {
  startSandbox
} from "./chunk-VB7OTCK4.mjs";
import "./chunk-YJNRMGBW.mjs";
import {
  Ledger
} from "./chunk-UITPQSYK.mjs";
import "./chunk-NLRKADAM.mjs";
import "./chunk-ZT56QPP4.mjs";
import "./chunk-4GZASXPD.mjs";
import {
  bullets,
  code,
  heading,
  table
} from "./chunk-PUDO2UNH.mjs";
import {
  createGitHubClient
} from "./chunk-ILX4OWII.mjs";
import "./chunk-ERRCEJ7W.mjs";
import "./chunk-OMPALNQI.mjs";
import "./chunk-WQ52ZJEV.mjs";
import {
  errorMessage
} from "./chunk-W2U6OBLC.mjs";
import "./chunk-NBEAZCIL.mjs";

// src/cli/reliability/faults.ts
import { mkdirSync as mkdirSync2, writeFileSync } from "node:fs";
import { join as join2, resolve } from "node:path";

// src/cli/reliability/fault-report.ts
function runVerdict(run) {
  return run.storyError !== void 0 ? "stopped" : run.problems.length > 0 ? "invariants broken" : run.differences.length > 0 ? "wrong results" : "ok";
}
var seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`, sum = (values) => values.reduce((total, n) => total + n, 0);
function median(values) {
  let sorted = [...values].sort((a, b) => a - b), middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? 0 : sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function renderFaultReport(report) {
  let { runs } = report, kinds = [...new Set(runs.flatMap((run) => Object.keys(run.faults)))].sort(), ok = runs.filter((run) => runVerdict(run) === "ok").length, requests = sum(runs.map((run) => run.requests)), faults = sum(runs.map((run) => sum(Object.values(run.faults)))), reruns = sum(runs.map((run) => run.reruns.length)), problems = sum(runs.map((run) => run.problems.length)), wrong = runs.filter((run) => run.differences.length > 0).length, stopped = runs.filter((run) => run.storyError !== void 0).length, wall = runs.map((run) => run.wallMs), parts = [
    heading("Fault injection: the demo story under faults", 1),
    "",
    `**${ok} of ${runs.length} runs ok**: correct results (the fault-free run's), no lease held, no deployment left in progress, and a ledger whose history replays to its state.`,
    "",
    bullets([
      `Faults: ${code(JSON.stringify(report.faults))}, seed ${report.seed} + run number; the actions' retry waits scaled to ${report.retryUnitMs} ms a second (${code("STOPLINE_RETRY_UNIT_MS")}).`,
      'A step that failed after its retries was re-run once as the next attempt ("Re-run failed jobs"), after checking the invariants without it.',
      `${runs.length} runs, ${report.concurrency} at a time, in ${seconds(report.wallMs)}; the fault-free reference run took ${seconds(report.reference.wallMs)} and ${report.reference.requests} requests.`
    ]),
    "",
    heading("Totals"),
    "",
    table(
      ["runs", "ok", "requests", "faults", ...kinds, "step re-runs", "invariant problems", "runs with wrong results", "runs stopped", "time per run (median, max)"],
      [[
        runs.length,
        ok,
        requests,
        faults,
        ...kinds.map((kind) => sum(runs.map((run) => run.faults[kind] ?? 0))),
        reruns,
        problems,
        wrong,
        stopped,
        `${seconds(median(wall))}, ${seconds(Math.max(0, ...wall))}`
      ]]
    ),
    ""
  ];
  report.referenceProblems.length > 0 && parts.push(heading("The reference run went wrong"), "", bullets(report.referenceProblems), ""), parts.push(
    heading("Runs"),
    "",
    table(
      ["run", "seed", "verdict", "requests", ...kinds, "re-runs", "problems", "time"],
      runs.map((run) => [run.index, run.seed ?? "", runVerdict(run), run.requests, ...kinds.map((kind) => run.faults[kind] ?? 0), run.reruns.length, run.problems.length, seconds(run.wallMs)])
    ),
    ""
  );
  let rerun = runs.filter((run) => run.reruns.length > 0);
  rerun.length > 0 && parts.push(
    heading("Steps re-run"),
    "",
    bullets(rerun.flatMap((run) => run.reruns.map((r) => `run ${run.index}, step ${r.step} (${code(r.action)}): ${r.reason.replace(/\s+/g, " ")}`))),
    ""
  );
  for (let run of runs.filter((candidate) => runVerdict(candidate) !== "ok"))
    parts.push(heading(`Run ${run.index}: ${runVerdict(run)}`, 3), ""), run.storyError && parts.push(`Stopped: ${run.storyError}`, ""), run.problems.length > 0 && parts.push(bullets(run.problems), ""), run.differences.length > 0 && parts.push(bullets(run.differences), ""), parts.push("<details><summary>progress</summary>", "", bullets(run.log.map((line) => line.replace(/\s+/g, " "))), "", "</details>", "");
  return `${parts.join(`
`)}
`;
}

// src/cli/reliability/fault-run.ts
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/cli/reliability/story-outcome.ts
var COMPARED_OUTPUTS = {
  "action.yml": ["state", "line", "frozen", "leases"],
  "actions/security-gate/action.yml": ["verdict", "findings", "new", "violations"],
  "actions/commit-lock/action.yml": ["state", "locked", "first-bad"],
  "actions/build-once/action.yml": ["release-id", "digest", "version"],
  "actions/promote/action.yml": ["release-id", "digest", "version", "sha", "deployment-id", "promoted"],
  "actions/deploy/action.yml": ["verdict", "deployment-id"],
  "actions/dora-report/action.yml": ["deployment-frequency", "lead-time-hours", "change-failure-rate", "recovery-time-hours", "rework-rate", "deployments"]
}, DORA_ACTION = "actions/dora-report/action.yml", Tokens = class {
  seen = /* @__PURE__ */ new Map();
  counts = /* @__PURE__ */ new Map();
  token(kind, value) {
    let key = `${kind}\0${value}`, token = this.seen.get(key);
    if (token === void 0) {
      let n = (this.counts.get(kind) ?? 0) + 1;
      this.counts.set(kind, n), token = `${kind}#${n}`, this.seen.set(key, token);
    }
    return token;
  }
  /** A value as compared: commits and digests tokenized, deployment ids when `name` says so. */
  normalize(name, value) {
    return /^[0-9a-f]{40}$/.test(value) ? this.token("commit", value) : /^sha256:[0-9a-f]{64}$/.test(value) ? this.token("sha256", value) : name === "deployment-id" && value !== "" ? this.token("deployment", value) : value;
  }
};
function stepOutcome(action, result, tokens) {
  let outputs = {};
  for (let name of COMPARED_OUTPUTS[action] ?? []) {
    let value = result.outputs[name];
    value !== void 0 && (outputs[name] = tokens.normalize(name, value));
  }
  return { action, exit: result.exitCode, ...result.post ? { postExit: result.post.exitCode } : {}, outputs };
}
function ledgerOutcome(state, tokens) {
  let releaseToken = (id) => id === void 0 ? null : tokens.normalize("release-id", id), environments = Object.fromEntries(
    Object.entries(state.environments).sort(([a], [b]) => a.localeCompare(b)).map(([name, pointer]) => [
      name,
      { release: releaseToken(pointer.releaseId), version: pointer.version ?? null, verified: pointer.verified, previous: releaseToken(pointer.previousReleaseId), from: pointer.promotedFrom ?? null }
    ])
  ), releases = Object.entries(state.releases).map(([id, record]) => ({ id: releaseToken(id), version: record.version, commit: tokens.normalize("sha", record.sha), verifiedIn: Object.keys(record.verified ?? {}).sort() })).sort((a, b) => a.version.localeCompare(b.version));
  return {
    line: state.line.state,
    freezes: state.freezes.length,
    leases: Object.keys(state.leases).sort(),
    waiting: Object.values(state.leaseQueues ?? {}).reduce((sum2, queue) => sum2 + queue.waiting.length, 0),
    environments,
    releases
  };
}
var STEP_NAME = (action) => action === "action.yml" ? "board" : action.split("/")[1] ?? action;
function outcomeDifferences(expected, actual, compareDora = !0) {
  let differences = [], count = Math.max(expected.steps.length, actual.steps.length);
  for (let i = 0; i < count; i += 1) {
    let want2 = expected.steps[i], got2 = actual.steps[i];
    if (want2 === void 0 || got2 === void 0) {
      differences.push(`step ${i + 1}: ${got2 ? `${STEP_NAME(got2.action)} ran, but a fault-free run ends before it` : `${STEP_NAME(want2.action)} never ran`}`);
      continue;
    }
    let name = `step ${i + 1} (${STEP_NAME(want2.action)})`;
    if (want2.action !== got2.action) {
      differences.push(`${name}: ran ${STEP_NAME(got2.action)} instead`);
      continue;
    }
    if (want2.exit !== got2.exit && differences.push(`${name}: exit ${got2.exit}, expected ${want2.exit}`), (want2.postExit ?? null) !== (got2.postExit ?? null) && differences.push(`${name}: post step exit ${got2.postExit}, expected ${want2.postExit}`), !(!compareDora && want2.action === DORA_ACTION))
      for (let output of /* @__PURE__ */ new Set([...Object.keys(want2.outputs), ...Object.keys(got2.outputs)]))
        want2.outputs[output] !== got2.outputs[output] && differences.push(`${name}: output ${output} is ${JSON.stringify(got2.outputs[output] ?? null)}, expected ${JSON.stringify(want2.outputs[output] ?? null)}`);
  }
  let want = JSON.stringify(expected.ledger), got = JSON.stringify(actual.ledger);
  return want !== got && differences.push(`the ledger ends as ${got}, expected ${want}`), differences;
}

// src/cli/reliability/fault-run.ts
var SUITE_FAULTS = { errorRate: 0.2, errorStatuses: [502, 503], rateLimitRate: 0.05, retryAfterSeconds: 1, latencyMs: 50 };
function faultKind(exchange) {
  return exchange.status === 403 ? "403 secondary rate limit" : exchange.status === 429 ? "429 too many requests" : String(exchange.status);
}
function failedJob(action, result) {
  return result.post !== void 0 && result.post.exitCode !== 0 ? !0 : !(result.exitCode === 0 || action === "actions/security-gate/action.yml" && result.outputs.verdict === "fail" || action === "actions/deploy/action.yml" && result.outputs.verdict === "rolled-back");
}
function lastError(result) {
  let step = result.post !== void 0 && result.post.exitCode !== 0 ? result.post : result, annotated = (level) => step.annotations.filter((a) => a.level === level).at(-1)?.message, thrown = step.stderr.split(`
`).find((line) => /^\w*(Error|Exception)\b/.test(line.trim()))?.trim(), text = annotated("error") ?? thrown ?? annotated("warning") ?? step.stderr.trim().split(`
`).at(-1) ?? "";
  return `${step === result ? "" : "post: "}${text || `exit ${step.exitCode}`}`.slice(0, 400);
}
function stderrTail(result) {
  let stderr = `${result.stderr}${result.post?.stderr ?? ""}`.trim();
  return stderr === "" ? "" : ` (stderr: ${stderr.split(`
`).slice(-12).join(" \u23CE ")})`;
}
async function runFaultStory(options) {
  let started = Date.now(), dir = mkdtempSync(join(tmpdir(), "stopline-faults-")), workspace = join(dir, "workspace");
  mkdirSync(workspace);
  let result = {
    index: options.index,
    seed: options.faults.seed,
    wallMs: 0,
    requests: 0,
    faults: {},
    reruns: [],
    problems: [],
    counts: void 0,
    storyError: void 0,
    outcome: { steps: [], ledger: {}, doraDay: void 0 },
    log: []
  }, sandbox = await startSandbox({
    dataDir: join(dir, "data"),
    port: 0,
    faults: options.faults,
    onExchange: (exchange) => {
      if (result.requests += 1, exchange.faulted) {
        let kind = faultKind(exchange);
        result.faults[kind] = (result.faults[kind] ?? 0) + 1;
      }
    }
  }), client = createGitHubClient({ token: "demo", baseUrl: sandbox.url, retries: options.setupRetries ?? 10, retryAfterBaseMs: options.retryUnitMs }), tokens = new Tokens(), stepNumber = 0;
  try {
    let { data } = await client.rest.repos.createForAuthenticatedUser({ name: "demo-service", auto_init: !0 }), repoRef = { owner: data.owner.login, repo: data.name }, demo = new DemoContext(sandbox.url, client, repoRef, workspace, void 0, (text) => result.log.push(`[${((Date.now() - started) / 1e3).toFixed(1)}s, ${result.requests} requests] ${text}`), {
      runnerRoot: join(dir, "runner"),
      client,
      env: { STOPLINE_RETRY_UNIT_MS: String(options.retryUnitMs) },
      rerun: async (action, step) => {
        if (!failedJob(action, step)) return !1;
        result.reruns.push({ step: stepNumber + 1, action, reason: lastError(step) }), result.log.push(`step ${stepNumber + 1} (${action}) failed: ${lastError(step)}${stderrTail(step)}`);
        let report = await checkInvariants(client, repoRef);
        return result.problems.push(...report.problems.map((problem) => `after step ${stepNumber + 1} (${action}) failed, before its re-run: ${problem}`)), !0;
      },
      onResult: (action, step) => {
        stepNumber += 1, result.outcome.steps.push(stepOutcome(action, step, tokens)), action === DORA_ACTION && (result.outcome.doraDay = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)), failedJob(action, step) && result.log.push(`step ${stepNumber} (${action}) failed again: ${lastError(step)}${stderrTail(step)}`);
      }
    });
    try {
      await demoStory(demo);
    } catch (error) {
      result.storyError = errorMessage(error).split(`
`)[0].slice(0, 400);
    }
    let invariants = await checkInvariants(client, repoRef);
    result.counts = invariants.counts, result.problems.push(...invariants.problems), result.outcome.ledger = ledgerOutcome((await new Ledger(client, repoRef).read()).state, tokens);
  } catch (error) {
    result.storyError ??= `checking the run failed: ${errorMessage(error)}`;
  } finally {
    await sandbox.close(), rmSync(dir, { recursive: !0, force: !0 }), result.wallMs = Date.now() - started;
  }
  return result;
}

// src/cli/reliability/faults.ts
async function runFaultSuite(options) {
  let started = Date.now(), faults = options.faults ?? SUITE_FAULTS, retryUnitMs = options.retryUnitMs ?? 5, references = /* @__PURE__ */ new Map(), reference = runFaultStory({ index: 0, faults: {}, retryUnitMs }), referenceFor = async (day) => {
    let first = await reference;
    if (day === void 0 || first.outcome.doraDay === day) return first;
    let other = references.get(day);
    return other === void 0 && (other = runFaultStory({ index: 0, faults: {}, retryUnitMs }), references.set(day, other)), other;
  }, judged = [], next = 0, worker = async () => {
    for (; next < options.runs; ) {
      next += 1;
      let index = next, run = await runFaultStory({ index, faults: { ...faults, seed: options.seed + index }, retryUnitMs }), expected = await referenceFor(run.outcome.doraDay), differences = outcomeDifferences(expected.outcome, run.outcome, expected.outcome.doraDay === run.outcome.doraDay), entry = { ...run, differences };
      judged.push(entry), options.progress?.(entry, judged.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, options.runs)) }, worker));
  let referenceRun = await reference;
  return {
    faults,
    retryUnitMs,
    seed: options.seed,
    concurrency: options.concurrency,
    reference: referenceRun,
    // A reference that itself broke an invariant or stopped early makes every comparison moot.
    referenceProblems: [...referenceRun.problems, ...referenceRun.storyError ? [referenceRun.storyError] : []],
    runs: judged.sort((a, b) => a.index - b.index),
    wallMs: Date.now() - started
  };
}
var USAGE = "Usage: stopline reliability faults [--runs N] [--seed S] [--concurrency C] [--out DIR]";
function parseArgs(args) {
  let flags = readFlags(args, ["runs", "seed", "concurrency", "out"], USAGE);
  return {
    runs: flags.integer("runs", 1) ?? 100,
    seed: flags.integer("seed", 0) ?? 0,
    concurrency: flags.integer("concurrency", 1) ?? 2,
    out: flags.string("out") ?? "reliability-output"
  };
}
async function faultsCommand(args, write, cwd) {
  let options = parseArgs(args);
  write(`fault suite: ${options.runs} runs of the demo story, ${options.concurrency} at a time, seeds ${options.seed + 1}..${options.seed + options.runs}
`);
  let report = await runFaultSuite({
    ...options,
    progress: (run, done) => {
      let faults = Object.values(run.faults).reduce((sum2, n) => sum2 + n, 0);
      write(`[${done}/${options.runs}] run ${run.index}: ${runVerdict(run)}; ${run.requests} requests, ${faults} faults, ${run.reruns.length} re-run(s), ${(run.wallMs / 1e3).toFixed(1)}s
`);
    }
  }), outDir = resolve(cwd, options.out);
  mkdirSync2(outDir, { recursive: !0 });
  let path = join2(outDir, "faults.md");
  writeFileSync(path, renderFaultReport(report));
  let failed = report.runs.filter((run) => runVerdict(run) !== "ok").length;
  return write(`${report.runs.length - failed} of ${report.runs.length} runs ok in ${(report.wallMs / 1e3).toFixed(0)}s; report: ${path}
`), failed === 0 && report.referenceProblems.length === 0 ? 0 : 1;
}
export {
  faultsCommand,
  runFaultSuite
};

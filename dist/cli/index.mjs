#!/usr/bin/env node
import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  readActionMetadata,
  runAction
} from "../chunks/chunk-7MRLUMYU.mjs";
import {
  startSandbox
} from "../chunks/chunk-VB7OTCK4.mjs";
import "../chunks/chunk-4GZASXPD.mjs";
import {
  Octokit
} from "../chunks/chunk-ERRCEJ7W.mjs";
import "../chunks/chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError
} from "../chunks/chunk-W2U6OBLC.mjs";
import "../chunks/chunk-NBEAZCIL.mjs";

// src/cli/commands/action.ts
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { basename, join } from "node:path";

// src/cli/target.ts
var repoPattern = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
async function openTarget(options) {
  let { env } = options, token = env.GITHUB_TOKEN ?? env.GH_TOKEN;
  if (token) {
    let repository = options.repo ?? env.GITHUB_REPOSITORY;
    if (!repository || !repoPattern.test(repository))
      throw new ConfigurationError(`Invalid or missing repository '${repository ?? ""}': pass --repo owner/name (or set GITHUB_REPOSITORY).`);
    return { apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""), token, repository, close: async () => {
    } };
  }
  let sandbox = await startSandbox({ dataDir: options.dataDir, port: 0 });
  try {
    let name = options.repo?.split("/")[1] ?? sanitizeRepoName(options.defaultRepoName), repository = options.repo ?? `sandbox-user/${name}`;
    if (!repoPattern.test(repository)) throw new ConfigurationError(`Invalid repository '${repository}': expected owner/name.`);
    let [owner, repo] = repository.split("/"), octokit = new Octokit({ baseUrl: sandbox.url, auth: "sandbox", log: { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } } }), defaultBranch = "main";
    try {
      defaultBranch = (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    } catch (error) {
      if (error.status !== 404) throw error;
      owner !== "sandbox-user" ? await octokit.request("POST /orgs/{org}/repos", { org: owner, name: repo, auto_init: !0 }) : await octokit.rest.repos.createForAuthenticatedUser({ name: repo, auto_init: !0 }), options.write(`Created sandbox repository ${repository}
`);
    }
    let head = await octokit.rest.git.getRef({ owner, repo, ref: `heads/${defaultBranch}` });
    return options.write(`Using the embedded sandbox in ${options.dataDir} (no GITHUB_TOKEN set)
`), { apiUrl: sandbox.url, token: "sandbox", repository, defaultSha: head.data.object.sha, close: () => sandbox.close() };
  } catch (error) {
    throw await sandbox.close(), error;
  }
}
function sanitizeRepoName(name) {
  let cleaned = name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
  return cleaned === "" ? "project" : cleaned;
}

// src/cli/terminal.ts
function translateWorkflowCommands(chunk) {
  return chunk.split(`
`).flatMap((line) => {
    let match = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!match) return [line];
    let [, command, data] = match, text = data.replace(/%0A/g, `
`).replace(/%0D/g, "\r").replace(/%25/g, "%");
    switch (command) {
      case "error":
      case "warning":
      case "notice":
        return [`${command}: ${text}`];
      case "group":
        return [`\u25B6 ${text}`];
      case "debug":
      case "add-mask":
      case "endgroup":
      case "save-state":
      case "set-output":
        return [];
      default:
        return [line];
    }
  }).join(`
`);
}
function lineWriter(write) {
  let pending = "";
  return {
    push(chunk) {
      pending += chunk;
      let end = pending.lastIndexOf(`
`);
      end < 0 || (write(translateWorkflowCommands(pending.slice(0, end + 1))), pending = pending.slice(end + 1));
    },
    flush() {
      pending !== "" && write(translateWorkflowCommands(pending) + `
`), pending = "";
    }
  };
}

// src/cli/commands/action.ts
var actionCommands = [
  { command: "board", action: "action.yml", summary: "show line state, freezes, leases and what runs where" },
  { command: "status", action: "action.yml", summary: "the board (same as `board`)" },
  { command: "lock", action: "actions/commit-lock/action.yml", summary: "stop the line: check a change, apply a build result, freeze or unfreeze" },
  { command: "gate", action: "actions/security-gate/action.yml", summary: "judge SARIF by the security team's policy" },
  { command: "build", action: "actions/build-once/action.yml", summary: "package build outputs once, name the release by digest, register it" },
  { command: "promote", action: "actions/promote/action.yml", summary: "move a verified release into an environment" },
  { command: "deploy", action: "actions/deploy/action.yml", summary: "deploy a release step by step, judge production metrics against the baseline, roll back on failure" },
  { command: "dora", action: "actions/dora-report/action.yml", summary: "DORA's five metrics from the repository's deployments, commits and incident issues" }
], commonOptions = {
  repo: { type: "string" },
  "event-name": { type: "string" },
  "event-path": { type: "string" },
  sha: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function actionHelp(spec) {
  let metadata = readActionMetadata(spec.action), lines = [`stopline ${spec.command}: ${spec.summary}`, "", "Options (the action's inputs):"];
  for (let [name, input] of Object.entries(metadata.inputs)) {
    let fallback = input.default !== void 0 ? ` (default: ${input.default})` : "";
    lines.push(`  --${name}${fallback}`, `      ${(input.description ?? "").trim()}`);
  }
  return lines.push(
    "",
    "Common options:",
    "  --repo owner/name   repository (default: GITHUB_REPOSITORY, or sandbox-user/<this folder> in the sandbox)",
    "  --event-name NAME   event the action sees (default: workflow_dispatch)",
    "  --event-path FILE   event payload JSON",
    "  --sha SHA           commit under test (default: GITHUB_SHA)",
    "",
    "Without GITHUB_TOKEN the command runs against an embedded sandbox stored in .stopline/."
  ), lines.join(`
`);
}
async function runActionCommand(spec, args, write, { env, cwd }) {
  let metadata = readActionMetadata(spec.action), inputOptions = Object.fromEntries(Object.keys(metadata.inputs).map((name) => [name, { type: "string" }])), parsed;
  try {
    parsed = parseArgs({ args, options: { ...inputOptions, ...commonOptions }, strict: !0, allowPositionals: !1 });
  } catch (error) {
    throw new ConfigurationError(`stopline ${spec.command}: ${error.message}. Valid options: ${Object.keys(metadata.inputs).map((n) => `--${n}`).join(", ")}, --repo, --event-name, --event-path, --sha.`);
  }
  let values = parsed.values;
  if (values.help)
    return write(actionHelp(spec) + `
`), 0;
  let inputs = {};
  for (let name of Object.keys(metadata.inputs))
    typeof values[name] == "string" && (inputs[name] = values[name]);
  let target = await openTarget({ env, repo: values.repo, defaultRepoName: basename(cwd), dataDir: join(cwd, ".stopline", "sandbox"), write }), log = lineWriter(write);
  try {
    let eventPath = values["event-path"], result = await runAction({
      action: spec.action,
      inputs,
      repository: target.repository,
      apiUrl: target.apiUrl,
      token: target.token,
      event: { name: values["event-name"] ?? env.GITHUB_EVENT_NAME ?? "workflow_dispatch", payload: eventPath ? JSON.parse(readFileSync(eventPath, "utf8")) : {} },
      sha: values.sha ?? env.GITHUB_SHA ?? target.defaultSha,
      workspace: cwd,
      onStdout: (chunk) => log.push(chunk)
    });
    log.flush(), result.stderr && write(result.stderr), result.summary.trim() !== "" && write(`
${result.summary.trimEnd()}
`);
    let outputs = Object.entries(result.outputs);
    if (outputs.length > 0) {
      write(`
Outputs:
`);
      for (let [name, value] of outputs) write(`  ${name} = ${value}
`);
    }
    return result.exitCode ?? 1;
  } finally {
    await target.close();
  }
}

// src/cli/main.ts
var usage = () => [
  "Usage: stopline <command> [options]",
  "",
  "Actions (options are the action's inputs; add --help for the list):",
  ...actionCommands.map((c) => `  ${c.command.padEnd(10)} ${c.summary}`),
  "",
  "Tools:",
  "  sandbox    serve the embedded GitHub-compatible API: stopline sandbox --data DIR [--port N]",
  "  demo       run the whole pipeline on the embedded sandbox and write demo-output/",
  "  reliability the reliability suites on the embedded sandbox: stopline reliability <suite> (--help lists them)",
  ""
].join(`
`);
async function runCli(argv, write, environment = { env: process.env, cwd: process.cwd() }) {
  let [command, ...args] = argv;
  try {
    if (command === void 0 || command === "help" || command === "--help" || command === "-h")
      return write(usage()), command === void 0 ? 2 : 0;
    if (command === "sandbox") {
      let { sandboxCommand } = await import("../chunks/sandbox-3VUPTQNJ.mjs");
      return await sandboxCommand(args), 0;
    }
    if (command === "demo") {
      let { demoCommand } = await import("../chunks/demo-LBE4PLZW.mjs");
      return await demoCommand(args, write, environment.cwd);
    }
    if (command === "reliability") {
      let { reliabilityCommand } = await import("../chunks/reliability-2AQZ4ODI.mjs");
      return await reliabilityCommand(args, write, environment.cwd);
    }
    let action = actionCommands.find((c) => c.command === command);
    return action ? await runActionCommand(action, args, write, environment) : (write(`stopline: unknown command '${command}'.

${usage()}`), 2);
  } catch (error) {
    return write(isConfigurationError(error) ? `stopline: ${error.message}
` : `stopline: unexpected error: ${errorMessage(error)}
`), 1;
  }
}

// src/cli/index.ts
process.exitCode = await runCli(process.argv.slice(2), (text) => process.stdout.write(text));

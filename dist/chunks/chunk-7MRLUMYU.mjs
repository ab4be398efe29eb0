import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-4GZASXPD.mjs";
import {
  __toESM
} from "./chunk-NBEAZCIL.mjs";

// src/cli/local-runner.ts
var import_yaml = __toESM(require_dist(), 1);
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var packageRoot = fileURLToPath(new URL("../..", import.meta.url));
function readActionMetadata(actionYml) {
  let doc = (0, import_yaml.parse)(readFileSync(join(packageRoot, actionYml), "utf8"));
  return { ...doc, inputs: doc.inputs ?? {}, outputs: doc.outputs ?? {} };
}
function parseFileCommand(text) {
  let values = {}, lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line === "") continue;
    let heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      let [, name, delimiter] = heredoc, body = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      if (i >= lines.length) throw new Error(`file command '${name}': missing closing delimiter ${delimiter}`);
      values[name] = body.join(`
`);
      continue;
    }
    let eq = line.indexOf("=");
    if (eq < 0) throw new Error(`file command: malformed line '${line}'`);
    values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}
function parseAnnotations(stdout) {
  let found = [];
  for (let line of stdout.split(`
`)) {
    let match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    let properties = {};
    for (let pair of (match[2] ?? "").split(",").filter(Boolean)) {
      let eq = pair.indexOf("=");
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    found.push({ level: match[1], message: unescapeData(match[3]), properties });
  }
  return found;
}
var unescapeData = (s) => s.replace(/%0D/g, "\r").replace(/%0A/g, `
`).replace(/%25/g, "%"), unescapeProperty = (s) => unescapeData(s).replace(/%3A/g, ":").replace(/%2C/g, ",");
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function resolveDefault(value, token) {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_all, expression) => {
    if (expression === "github.token") return token;
    throw new Error(`harness: cannot evaluate default expression '${expression}'`);
  });
}
async function runStep(script, env, cwd, node, killAfterMs, onStdout, onSpawn) {
  return new Promise((resolvePromise, reject) => {
    let child = spawn(node, [script], { env, cwd, stdio: ["ignore", "pipe", "pipe"] });
    onSpawn?.(child);
    let stdout = "", stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk.toString(), onStdout?.(chunk.toString());
    }), child.stderr.on("data", (chunk) => stderr += chunk.toString());
    let timer = killAfterMs === void 0 ? void 0 : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("error", reject), child.on("close", (exitCode, signal) => {
      timer && clearTimeout(timer), resolvePromise({ exitCode, signal, stdout, stderr });
    });
  });
}
async function runAction(options) {
  let metadata = readActionMetadata(options.action), actionDir = join(packageRoot, dirname(options.action)), root = options.runnerRoot ?? tmpdir();
  mkdirSync(root, { recursive: !0 });
  let temp = mkdtempSync(join(root, "stopline-harness-")), workspace = options.workspace ?? join(temp, "workspace");
  mkdirSync(workspace, { recursive: !0 });
  let runnerTemp = join(temp, "runner-temp");
  mkdirSync(runnerTemp, { recursive: !0 });
  let token = options.token ?? "harness-token", eventPath = join(temp, "event.json");
  writeFileSync(eventPath, JSON.stringify(options.event?.payload ?? {}));
  let files = {
    GITHUB_OUTPUT: join(temp, "output"),
    GITHUB_STATE: join(temp, "state"),
    GITHUB_ENV: join(temp, "env"),
    GITHUB_PATH: join(temp, "path"),
    GITHUB_STEP_SUMMARY: join(temp, "summary.md")
  };
  for (let path of Object.values(files)) writeFileSync(path, "");
  let inputs = {};
  for (let [name, spec] of Object.entries(metadata.inputs))
    spec.default !== void 0 && (inputs[inputVariable(name)] = resolveDefault(String(spec.default), token));
  for (let [name, value] of Object.entries(options.inputs ?? {})) inputs[inputVariable(name)] = value;
  let baseEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: options.apiUrl,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: options.repository.split("/")[0],
    GITHUB_EVENT_NAME: options.event?.name ?? "workflow_dispatch",
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: options.sha ?? "0000000000000000000000000000000000000000",
    GITHUB_REF: options.ref ?? "refs/heads/main",
    GITHUB_RUN_ID: String(options.runId ?? 1e3),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_RUN_NUMBER: "1",
    GITHUB_WORKFLOW: "harness",
    GITHUB_ACTOR: "sandbox-user",
    GITHUB_JOB: "harness",
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    ...files,
    ...options.env
  }, node = options.node ?? process.execPath, main = await runStep(join(actionDir, metadata.runs.main), { ...baseEnv, ...inputs }, workspace, node, options.killAfterMs, options.onStdout, options.onMainStep), state = parseFileCommand(readFileSync(files.GITHUB_STATE, "utf8")), result = {
    ...main,
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, "utf8")),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
    annotations: parseAnnotations(main.stdout),
    state,
    env: parseFileCommand(readFileSync(files.GITHUB_ENV, "utf8"))
  };
  if (metadata.runs.post && !options.skipPost && !(options.skipPostIfKilled && main.signal === "SIGKILL")) {
    let stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    writeFileSync(files.GITHUB_OUTPUT, ""), writeFileSync(files.GITHUB_STEP_SUMMARY, "");
    let post = await runStep(join(actionDir, metadata.runs.post), { ...baseEnv, ...inputs, ...stateEnv }, workspace, node, void 0, options.onStdout);
    result.post = {
      ...post,
      outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, "utf8")),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, "utf8"),
      annotations: parseAnnotations(post.stdout),
      state: {},
      env: {}
    };
  }
  return result;
}

export {
  packageRoot,
  readActionMetadata,
  runAction
};

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  describeRefusals,
  environmentRule,
  promoteRelease,
  promotionRule,
  readEnvironmentChain
} from "../../chunks/chunk-3JVHGDVU.mjs";
import "../../chunks/chunk-UMO4C3A5.mjs";
import {
  FREEZES_FILE,
  defaultBranch,
  readFreezeSchedule
} from "../../chunks/chunk-K7ML6T2D.mjs";
import "../../chunks/chunk-YJNRMGBW.mjs";
import {
  DEFAULT_LEDGER_REF,
  Ledger
} from "../../chunks/chunk-UITPQSYK.mjs";
import {
  formatTimestamp
} from "../../chunks/chunk-TD5AZCCC.mjs";
import "../../chunks/chunk-DX4TYTDS.mjs";
import "../../chunks/chunk-ILGHWTEF.mjs";
import "../../chunks/chunk-BLFGYJHT.mjs";
import "../../chunks/chunk-NLRKADAM.mjs";
import "../../chunks/chunk-ZT56QPP4.mjs";
import "../../chunks/chunk-4GZASXPD.mjs";
import {
  Summary,
  writeSummary
} from "../../chunks/chunk-CFSETTC6.mjs";
import {
  bullets,
  code,
  codeLink,
  heading,
  table
} from "../../chunks/chunk-PUDO2UNH.mjs";
import {
  actionsLogger,
  failStep,
  getDurationInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
  readRunnerContext,
  runAction,
  setOutput
} from "../../chunks/chunk-PWAGTHLM.mjs";
import {
  createRunnerClient
} from "../../chunks/chunk-ILX4OWII.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-OMPALNQI.mjs";
import "../../chunks/chunk-WQ52ZJEV.mjs";
import "../../chunks/chunk-W2U6OBLC.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/promote/main.ts
import path from "node:path";

// src/actions/promote/io.ts
var inputs = {
  environment: "environment",
  name: "name",
  from: "from",
  releaseId: "release-id",
  require: "require",
  soak: "soak",
  path: "path",
  artifactPath: "artifact-path",
  freezesFile: "freezes-file",
  ledgerRef: "ledger-ref",
  token: "token"
}, outputs = {
  releaseId: "release-id",
  digest: "digest",
  version: "version",
  sha: "sha",
  path: "path",
  deploymentId: "deployment-id",
  promoted: "promoted"
};

// src/actions/promote/render-summary.ts
function describeSelection(selection) {
  return selection === void 0 ? "" : selection.kind === "release-id" ? `the release named by \`release-id\` (${selection.input})` : selection.kind === "from" ? `what ${selection.environment} runs` : `the release of ${selection.name} built from ${code(selection.commit.slice(0, 7))}`;
}
function checkRow(check) {
  let label = check.name === "status" ? `status ${code(check.subject ?? "")}` : check.name;
  return [check.ok ? "\u2705" : check.passesAt ? "\u23F3" : "\u274C", label, check.detail];
}
function renderPromoteSummary(report, context) {
  let summary = new Summary(), { release, manifest } = report, what = manifest ? `${manifest.name} ${manifest.version}` : release ? `${release.record.name} ${release.record.version}` : "a release", headline = report.outcome === "promoted" ? `Promoted ${what} to ${report.environment}` : report.outcome === "current" ? `${report.environment} already runs ${what}` : report.outcome === "waiting" ? `Waiting: ${what} can be promoted to ${report.environment} from ${formatTimestamp(report.waitingUntil)}` : `Not promoted to ${report.environment}`, reasons = report.integrity ? [report.integrity] : report.refusals.map((refusal) => `${refusal.reason}; ${refusal.fix}.`);
  summary.add(heading(headline, 2), reasons.length > 0 ? bullets(reasons) : "");
  let rows = [["chosen", describeSelection(report.selection)]];
  return release && (rows.push(["release id", code(release.releaseId)], ["package digest", code(release.record.digest)]), rows.push(["commit", codeLink(release.record.sha.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${release.record.sha}`)]), rows.push(["built", formatTimestamp(release.record.createdAt)])), report.previous && rows.push([`${report.environment} ran`, `${code(report.previous.releaseId)}${report.previous.version ? ` (${report.previous.version})` : ""} since ${formatTimestamp(report.previous.since)}`]), report.files !== void 0 && rows.push(["files", `${report.files} verified and unpacked into ${code(context.path)}`]), report.deploymentId !== void 0 && rows.push(["deployment", String(report.deploymentId)]), summary.add(table(["", ""], rows)), report.checks.length > 0 && summary.add(heading("Checks", 3), table(["", "rule", "measured"], report.checks.map(checkRow))), report.notes.length > 0 && summary.add(heading("Notes", 3), bullets(report.notes)), summary;
}

// src/actions/promote/settings.ts
function readSettings() {
  let environment = getRequiredInput(inputs.environment), require2 = getListInput(inputs.require);
  return {
    environment,
    name: getOptionalInput(inputs.name),
    from: getOptionalInput(inputs.from),
    releaseId: getOptionalInput(inputs.releaseId),
    require: require2.length === 0 ? void 0 : require2.length === 1 && require2[0].toLowerCase() === "none" ? [] : require2,
    soakMs: getDurationInput(inputs.soak),
    path: getOptionalInput(inputs.path) ?? "release",
    artifactPath: getOptionalInput(inputs.artifactPath),
    freezesFile: getOptionalInput(inputs.freezesFile) ?? FREEZES_FILE,
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF,
    token: getSecretInput(inputs.token, { required: !0 })
  };
}

// src/actions/promote/main.ts
async function main() {
  let settings = readSettings(), context = readRunnerContext(), logger = actionsLogger(), { owner, repo } = context.repository, at = { owner, repo }, client = createRunnerClient(context, settings.token, logger), ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger }), branch = await defaultBranch(client, at, context.eventPayload), chain = await readEnvironmentChain(client, at, branch), fileRule = chain && chain.environments.length > 0 ? environmentRule(chain, settings.environment) : void 0, rule = promotionRule(settings.environment, fileRule, {
    ...settings.from !== void 0 ? { from: settings.from } : {},
    ...settings.require !== void 0 ? { require: settings.require } : {},
    ...settings.soakMs !== void 0 ? { soakMs: settings.soakMs } : {}
  }), schedule = await readFreezeSchedule(client, at, { branch, file: settings.freezesFile }), target = path.resolve(context.workspace, settings.path);
  logger.info(`promoting to ${rule.environment}${rule.from ? ` from ${rule.from}` : ""}; requires ${rule.require.join(", ") || "no statuses"}${chain ? ` (rules: ${chain.file})` : ""}`);
  let report = await promoteRelease(
    { client, at, ledger, logger, now: () => /* @__PURE__ */ new Date(), actor: context.actor || "unknown", ...context.runUrl ? { runUrl: context.runUrl } : {}, ...context.runId > 0 ? { run: { id: context.runId, attempt: context.runAttempt } } : {} },
    {
      rule,
      name: settings.name ?? repo,
      ...context.sha ? { commit: context.sha } : {},
      ...settings.releaseId !== void 0 ? { releaseId: settings.releaseId } : {},
      path: target,
      workDir: context.runnerTemp,
      ...settings.artifactPath !== void 0 ? { artifactPath: path.resolve(context.workspace, settings.artifactPath) } : {},
      ...schedule ? { schedule } : {}
    }
  );
  await writeSummary(renderPromoteSummary(report, { repository: `${owner}/${repo}`, serverUrl: context.serverUrl, path: target }));
  for (let note of report.notes) logger.info(note);
  if (report.outcome === "refused") {
    failStep(report.integrity ?? describeRefusals(rule.environment, report.refusals));
    return;
  }
  let release = report.release;
  if (report.outcome === "waiting") {
    setOutput(outputs.releaseId, release.releaseId), setOutput(outputs.digest, release.record.digest), setOutput(outputs.version, release.record.version), setOutput(outputs.sha, release.record.sha), setOutput(outputs.path, ""), setOutput(outputs.deploymentId, ""), setOutput(outputs.promoted, !1), logger.info(`not promoted yet: ${describeRefusals(rule.environment, report.refusals)} Waiting until ${report.waitingUntil}.`);
    return;
  }
  setOutput(outputs.releaseId, release.releaseId), setOutput(outputs.digest, release.record.digest), setOutput(outputs.version, release.record.version), setOutput(outputs.sha, release.record.sha), setOutput(outputs.path, target), setOutput(outputs.deploymentId, report.deploymentId ?? ""), setOutput(outputs.promoted, report.outcome === "promoted"), logger.info(`${rule.environment} ${report.outcome === "promoted" ? "now runs" : "already ran"} ${release.releaseId} (${release.record.name} ${release.record.version})`);
}

// src/actions/promote/index.ts
await runAction(main);

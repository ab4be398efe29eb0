import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  Summary,
  actionsLogger,
  formatDuration,
  getOptionalInput,
  getSecretInput,
  readRunnerContext,
  runAction,
  setOutput,
  writeSummary
} from "../../chunks/chunk-5JVREBWN.mjs";
import {
  Ledger
} from "../../chunks/chunk-WSUUQUCY.mjs";
import {
  code,
  createGitHubClient,
  heading,
  link,
  table
} from "../../chunks/chunk-7FZZ2GYI.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-BCR7UG24.mjs";
import "../../chunks/chunk-HRGOWHIX.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/board/board.ts
function isFreezeActive(freeze, now) {
  return Date.parse(freeze.since) > now.getTime() ? !1 : freeze.until === void 0 || Date.parse(freeze.until) > now.getTime();
}
function buildBoard(state, now) {
  let activeFreezes = state.freezes.filter((f) => isFreezeActive(f, now)), endedFreezes = state.freezes.filter((f) => !isFreezeActive(f, now) && Date.parse(f.since) <= now.getTime()), leases = Object.entries(state.leases).map(([environment, lease]) => ({ ...lease, environment, expired: Date.parse(lease.expiresAt) <= now.getTime() })).sort((a, b) => a.environment.localeCompare(b.environment)), environments = Object.entries(state.environments).map(([name, pointer]) => ({ ...pointer, name })).sort((a, b) => a.name.localeCompare(b.name)), red = state.line.state === "red", frozen = activeFreezes.length > 0;
  return { overall: red && frozen ? "red-and-frozen" : red ? "red" : frozen ? "frozen" : "green", line: state.line, activeFreezes, endedFreezes, leases, environments, releases: Object.keys(state.releases).length };
}

// src/report/time.ts
function formatTimestamp(iso) {
  let date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function formatTimestampRelative(iso, now) {
  let delta = Date.parse(iso) - now.getTime();
  if (Number.isNaN(delta)) return iso;
  let age = formatDuration(Math.abs(delta));
  return `${formatTimestamp(iso)} (${delta > 0 ? `in ${age}` : `${age} ago`})`;
}

// src/board/render-board.ts
var HEADLINE = {
  green: "\u{1F7E2} The line is green: merges and deploys may go",
  red: "\u{1F534} The line is stopped: main is red",
  frozen: "\u{1F9CA} Frozen: merges and deploys wait for the freeze to end",
  "red-and-frozen": "\u{1F534}\u{1F9CA} Stopped and frozen: main is red and a freeze is in force"
}, since = formatTimestampRelative, short = (sha) => code(sha.slice(0, 7));
function renderBoard(board, context) {
  let { now } = context, sections = [[heading(`Stopline board: ${context.repository}`, 2), `**${HEADLINE[board.overall]}**`]], line = board.line, lineRows = [["since", context.ledgerHead ? since(line.since, now) : "no build result recorded yet"]];
  if (line.state === "red" && line.firstBad) {
    let bad = line.firstBad;
    lineRows.push(["first bad commit", short(bad.sha)]), bad.runUrl && lineRows.push(["failing run", link(bad.runId !== void 0 ? `run ${bad.runId}` : "run", bad.runUrl)]), bad.author && lineRows.push(["author", `@${bad.author}`]);
  }
  sections.push([heading("Line", 3), table(["state", line.state], lineRows)]);
  let freezes = [heading("Freezes", 3)];
  sections.push(freezes), board.activeFreezes.length === 0 ? freezes.push("No freeze is in force.") : freezes.push(
    table(
      ["reason", "by", "since", "until", "source"],
      board.activeFreezes.map((f) => [f.reason, f.by, since(f.since, now), f.until ? formatTimestamp(f.until) : "until lifted", f.source])
    )
  ), board.endedFreezes.length > 0 && freezes.push(`${board.endedFreezes.length} earlier freeze(s) have ended.`);
  let leases = [heading("Deploy leases", 3)];
  sections.push(leases), board.leases.length === 0 ? leases.push("No environment is leased: no deploy is running.") : leases.push(
    table(
      ["environment", "held by", "since", "expires", "epoch"],
      board.leases.map((l) => [
        l.environment,
        `run ${l.owner.runId} attempt ${l.owner.runAttempt}${l.owner.workflow ? ` (${l.owner.workflow})` : ""}`,
        since(l.acquiredAt, now),
        l.expired ? `**expired** ${since(l.expiresAt, now)}: the next deploy takes it over` : since(l.expiresAt, now),
        l.epoch
      ])
    )
  );
  let environments = [heading("What runs where", 3)];
  sections.push(environments), board.environments.length === 0 ? environments.push("Nothing has been deployed through Stopline yet.") : environments.push(
    table(
      ["environment", "release", "version", "commit", "since", "verified"],
      board.environments.map((e) => [e.name, code(e.releaseId.slice(0, 19)), e.version ?? "", short(e.sha), since(e.since, now), e.verified ? "\u2705 yes" : "\u23F3 not yet"])
    )
  );
  let ledger = context.ledgerHead ? `Read from ${code(context.ledgerRef)} at ${link(context.ledgerHead.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${context.ledgerHead}`)}; ${board.releases} release(s) registered.` : `The ledger ${code(context.ledgerRef)} does not exist yet: Stopline creates it on its first write.`;
  return sections.push([ledger]), sections;
}

// src/actions/board/io.ts
var inputs = {
  token: "token",
  ledgerRef: "ledger-ref"
}, outputs = {
  line: "line",
  frozen: "frozen",
  leases: "leases",
  environments: "environments"
};

// src/actions/board/main.ts
function readSettings() {
  return {
    token: getSecretInput(inputs.token, { required: !0 }),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? "refs/stopline/ledger"
  };
}
async function main() {
  let settings = readSettings(), context = readRunnerContext(), logger = actionsLogger(), client = createGitHubClient({ token: settings.token, baseUrl: context.apiUrl, logger }), { owner, repo } = context.repository, ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger }), { state, head } = await ledger.read(), now = /* @__PURE__ */ new Date(), board = buildBoard(state, now);
  logger.info(`line ${board.line.state}; ${board.activeFreezes.length} active freeze(s); ${board.leases.filter((l) => !l.expired).length} lease(s) held; ${board.environments.length} environment(s)`), setOutput(outputs.line, board.line.state), setOutput(outputs.frozen, board.activeFreezes.length > 0), setOutput(outputs.leases, board.leases.filter((l) => !l.expired).length), setOutput(
    outputs.environments,
    JSON.stringify(Object.fromEntries(board.environments.map((e) => [e.name, { release: e.releaseId, version: e.version, sha: e.sha, since: e.since, verified: e.verified }])))
  );
  let summary = new Summary();
  for (let section of renderBoard(board, { repository: `${owner}/${repo}`, ledgerRef: settings.ledgerRef, ledgerHead: head, serverUrl: context.serverUrl, now }))
    summary.add(...section);
  await writeSummary(summary);
}

// src/actions/board/index.ts
await runAction(main);

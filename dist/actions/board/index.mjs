import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  activeFreezes,
  defaultBranch,
  isFreezeActive,
  lineVerdict,
  readFreezeSchedule,
  reconcileScheduledFreezes
} from "../../chunks/chunk-K7ML6T2D.mjs";
import {
  Ledger
} from "../../chunks/chunk-UITPQSYK.mjs";
import {
  formatTimestamp,
  formatTimestampRelative
} from "../../chunks/chunk-TD5AZCCC.mjs";
import "../../chunks/chunk-DX4TYTDS.mjs";
import "../../chunks/chunk-ILGHWTEF.mjs";
import "../../chunks/chunk-NLRKADAM.mjs";
import "../../chunks/chunk-ZT56QPP4.mjs";
import "../../chunks/chunk-4GZASXPD.mjs";
import {
  Summary,
  writeSummary
} from "../../chunks/chunk-CFSETTC6.mjs";
import {
  code,
  heading,
  link,
  table
} from "../../chunks/chunk-PUDO2UNH.mjs";
import {
  actionsLogger,
  getOptionalInput,
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

// src/actions/board/main.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/board/board.ts
function buildBoard(ledgerState, now, options = {}) {
  let state = reconcileScheduledFreezes(ledgerState, options.schedule, now).state, verdict = lineVerdict(state, now, { branch: options.branch ?? "main", timeZone: options.schedule?.freezes[0]?.timeZone ?? "UTC" }), active = activeFreezes(state, now), endedFreezes = ledgerState.freezes.filter((f) => !isFreezeActive(f, now) && Date.parse(f.since) <= now.getTime()), leases = Object.entries(state.leases).map(([environment, lease]) => ({ ...lease, environment, expired: Date.parse(lease.expiresAt) <= now.getTime(), waiting: state.leaseQueues?.[environment]?.waiting.length ?? 0 })).sort((a, b) => a.environment.localeCompare(b.environment)), environments = Object.entries(state.environments).map(([name, pointer]) => {
    let digest = state.releases[pointer.releaseId]?.digest;
    return { ...pointer, name, ...digest ? { digest } : {} };
  }).sort((a, b) => a.name.localeCompare(b.name)), red = state.line.state === "red", frozen = active.length > 0;
  return { overall: red && frozen ? "red-and-frozen" : red ? "red" : frozen ? "frozen" : "green", verdict, line: state.line, activeFreezes: active, endedFreezes, leases, environments, releases: Object.keys(state.releases).length };
}

// src/board/render-board.ts
var HEADLINE = {
  green: "\u{1F7E2} The line is green: merges and deploys may go",
  red: "\u{1F534} The line is stopped: main is red",
  frozen: "\u{1F9CA} Frozen: merges and deploys wait for the freeze to end",
  "red-and-frozen": "\u{1F534}\u{1F9CA} Stopped and frozen: main is red and a freeze is in force"
}, since = formatTimestampRelative, short = (sha) => code(sha.slice(0, 7));
function renderBoard(board, context) {
  let { now } = context, sections = [[heading(`Stopline board: ${context.repository}`, 2), `**${HEADLINE[board.overall]}**`, board.verdict.reason]], line = board.line, lineRows = [["since", context.ledgerHead ? since(line.since, now) : "no build result recorded yet"]];
  if (line.state === "red" && line.firstBad) {
    let bad = line.firstBad;
    lineRows.push(["first bad commit", short(bad.sha)]);
    let runName = bad.workflow && bad.runNumber !== void 0 ? `${bad.workflow} #${bad.runNumber}` : bad.runId !== void 0 ? `run ${bad.runId}` : "run";
    bad.runUrl && lineRows.push(["failing run", link(runName, bad.runUrl)]), bad.author && lineRows.push(["author", `@${bad.author}`]);
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
      ["environment", "held by", "since", "expires", "epoch", "waiting"],
      board.leases.map((l) => [
        l.environment,
        `run ${l.owner.runId} attempt ${l.owner.runAttempt}${l.owner.workflow ? ` (${l.owner.workflow})` : ""}`,
        since(l.acquiredAt, now),
        l.expired ? `**expired** ${since(l.expiresAt, now)}: the next deploy takes it over` : since(l.expiresAt, now),
        l.epoch,
        l.waiting
      ])
    )
  );
  let environments = [heading("What runs where", 3)];
  sections.push(environments), board.environments.length === 0 ? environments.push("Nothing has been deployed through Stopline yet.") : environments.push(
    table(
      ["environment", "release", "version", "digest", "commit", "deployed", "by", "verified"],
      board.environments.map((e) => [
        e.name,
        code(e.releaseId.slice(0, 19)),
        e.version ?? "",
        e.digest ? code(e.digest.slice(0, 19)) : "\u2014",
        short(e.sha),
        since(e.since, now),
        [e.promotedBy ? `@${e.promotedBy}` : "", e.promotedFrom ? `from ${e.promotedFrom}` : ""].filter(Boolean).join(" ") || "\u2014",
        e.verified ? `\u2705 yes${e.verifiedAt ? ` (${since(e.verifiedAt, now)})` : ""}` : "\u23F3 not yet"
      ])
    )
  );
  let ledger = context.ledgerHead ? `Read from ${code(context.ledgerRef)} at ${link(context.ledgerHead.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${context.ledgerHead}`)}; ${board.releases} release(s) registered.` : `The ledger ${code(context.ledgerRef)} does not exist yet: Stopline creates it on its first write.`;
  return sections.push([ledger]), sections;
}

// src/actions/board/io.ts
var inputs = {
  token: "token",
  ledgerRef: "ledger-ref",
  branch: "branch",
  freezesFile: "freezes-file",
  boardFile: "board-file"
}, outputs = {
  state: "state",
  board: "board",
  line: "line",
  frozen: "frozen",
  leases: "leases",
  environments: "environments"
};

// src/actions/board/main.ts
function readSettings() {
  return {
    token: getSecretInput(inputs.token, { required: !0 }),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? "refs/stopline/ledger",
    branch: getOptionalInput(inputs.branch),
    freezesFile: getOptionalInput(inputs.freezesFile) ?? ".github/stopline/freezes.yml",
    boardFile: getOptionalInput(inputs.boardFile) ?? "stopline-board.json"
  };
}
async function main() {
  let settings = readSettings(), context = readRunnerContext(), logger = actionsLogger(), client = createRunnerClient(context, settings.token, logger), { owner, repo } = context.repository, ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger }), branch = settings.branch ?? await defaultBranch(client, { owner, repo }, context.eventPayload), [{ state, head }, schedule] = await Promise.all([ledger.read(), readFreezeSchedule(client, { owner, repo }, { branch, file: settings.freezesFile })]), now = /* @__PURE__ */ new Date(), board = buildBoard(state, now, { branch, ...schedule ? { schedule } : {} });
  logger.info(`${branch} ${board.verdict.state}: ${board.verdict.reason}; line ${board.line.state}; ${board.activeFreezes.length} active freeze(s); ${board.leases.filter((l) => !l.expired).length} lease(s) held; ${board.environments.length} environment(s)`);
  let boardFile = resolve(context.workspace, settings.boardFile);
  await writeFile(boardFile, `${JSON.stringify({ repository: `${owner}/${repo}`, branch, asOf: now.toISOString(), ledger: { ref: settings.ledgerRef, head }, ...board }, null, 2)}
`), setOutput(outputs.state, board.verdict.state), setOutput(outputs.board, boardFile), setOutput(outputs.line, board.line.state), setOutput(outputs.frozen, board.activeFreezes.length > 0), setOutput(outputs.leases, board.leases.filter((l) => !l.expired).length), setOutput(
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

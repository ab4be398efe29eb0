import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  latestDeploymentState
} from "./chunk-YJNRMGBW.mjs";
import {
  DEFAULT_LEDGER_REF,
  Ledger,
  canonicalJson,
  listHistory,
  parseState,
  readHead,
  readStateText,
  sameState
} from "./chunk-UITPQSYK.mjs";
import {
  httpStatus
} from "./chunk-ILX4OWII.mjs";
import {
  errorMessage
} from "./chunk-W2U6OBLC.mjs";

// src/cli/reliability/ledger-replay.ts
var RELEASE_IDENTITY = ["name", "version", "sha", "digest", "contentDigest", "createdAt", "repository", "size", "storage"], short = (sha) => sha.slice(0, 7);
function identityOf(record) {
  return canonicalJson(RELEASE_IDENTITY.map((field) => record[field] ?? null));
}
function runAfter(a, b) {
  return a.runNumber > b.runNumber || a.runNumber === b.runNumber && a.runAttempt > b.runAttempt;
}
function highestEpoch(state, environment) {
  return Math.max(state.leases[environment]?.epoch ?? 0, state.leaseQueues?.[environment]?.lastEpoch ?? 0);
}
function stateProblems(commit) {
  let problems = [];
  for (let [environment, pointer] of Object.entries(commit.state.environments))
    commit.state.releases[pointer.releaseId] === void 0 && problems.push(`ledger commit ${short(commit.sha)}: ${environment} points at ${pointer.releaseId}, which the release registry does not record`);
  return problems;
}
var describeCommit = (commit) => `ledger commit ${short(commit.sha)} ("${commit.message.split(`
`)[0]}")`;
function linkProblems(parent, after) {
  return after.parents.length === 1 && after.parents[0] === parent.sha ? [] : [`${describeCommit(after)}: parents [${after.parents.map(short).join(", ")}], expected [${short(parent.sha)}]: the history is not linear`];
}
function stepProblems(before, after, direct) {
  let at = describeCommit(after), problems = [];
  direct && sameState(before.state, after.state) && problems.push(`${at}: repeats its parent's state (a write applied twice)`), after.state.schemaVersion < before.state.schemaVersion && problems.push(`${at}: schema version went down from ${before.state.schemaVersion} to ${after.state.schemaVersion}`);
  for (let [id, old] of Object.entries(before.state.releases)) {
    let now = after.state.releases[id];
    if (now === void 0) {
      problems.push(`${at}: release ${id} (${old.version}) was dropped from the registry`);
      continue;
    }
    identityOf(now) !== identityOf(old) && problems.push(`${at}: release ${id} changed its identity (name, version, commit, digest or storage)`);
    for (let [environment, when] of Object.entries(old.verified ?? {}))
      now.verified?.[environment] !== when && problems.push(`${at}: release ${id} lost its verification in ${environment} (${when})`);
  }
  for (let [environment, old] of Object.entries(before.state.environments)) {
    let now = after.state.environments[environment];
    if (now === void 0) {
      problems.push(`${at}: the ${environment} pointer (${old.releaseId}) was removed`);
      continue;
    }
    let samePromotion = now.releaseId === old.releaseId && now.since === old.since;
    !samePromotion && now.previousReleaseId !== old.releaseId && problems.push(
      `${at}: ${environment} moved from ${old.releaseId} to ${now.releaseId} without naming it as replaced (previousReleaseId ${now.previousReleaseId ?? "absent"}): a promotion was overwritten unseen`
    ), samePromotion && old.verified && (!now.verified || now.verifiedAt !== old.verifiedAt) && problems.push(`${at}: ${environment}'s verification of ${old.releaseId} was withdrawn or re-timed`);
  }
  for (let [workflow, old] of Object.entries(before.state.line.workflows ?? {})) {
    let now = after.state.line.workflows?.[workflow];
    now === void 0 ? problems.push(`${at}: the line forgot workflow "${workflow}"`) : runAfter(old.last, now.last) && problems.push(`${at}: the line's "${workflow}" went back from run ${old.last.runNumber}.${old.last.runAttempt} to ${now.last.runNumber}.${now.last.runAttempt}`);
  }
  let environments = /* @__PURE__ */ new Set([...Object.keys(before.state.leases), ...Object.keys(after.state.leases), ...Object.keys(before.state.leaseQueues ?? {})]);
  for (let environment of environments) {
    let was = highestEpoch(before.state, environment), is = highestEpoch(after.state, environment);
    is < was && problems.push(`${at}: ${environment}'s lease epoch went back from ${was} to ${is} (epochs must never repeat)`);
    let granted = after.state.leases[environment], previous = before.state.leases[environment];
    granted !== void 0 && granted.epoch !== previous?.epoch && granted.epoch <= was && problems.push(`${at}: ${environment}'s lease was granted epoch ${granted.epoch}, not above the ${was} granted before`);
  }
  return problems;
}
function replayProblems(history, head) {
  let problems = [], first = history[0];
  first !== void 0 && first.parents.length !== 0 && problems.push(`ledger commit ${short(first.sha)}: the oldest commit has parents [${first.parents.map(short).join(", ")}]; the history read is incomplete`);
  let lastRead;
  history.forEach((commit, index) => {
    if (index > 0 && problems.push(...linkProblems(history[index - 1], commit)), commit.state === void 0) return;
    let read = commit;
    problems.push(...stateProblems(read)), lastRead !== void 0 && problems.push(...stepProblems(lastRead, read, lastRead === history[index - 1])), lastRead = read;
  });
  let last = history.at(-1);
  return head === null ? last !== void 0 && problems.push("the ledger ref is missing, but its history was read") : last === void 0 ? problems.push(`the ledger ref points at ${short(head.sha)}, but no history was read`) : (last.sha !== head.sha && problems.push(`the ledger ref points at ${short(head.sha)}, but its history ends at ${short(last.sha)}`), last.state !== void 0 && head.state !== void 0 && !sameState(last.state, head.state) && problems.push(`the state read at the ledger ref differs from its last commit ${short(last.sha)}`)), problems;
}

// src/cli/reliability/invariants.ts
var UNFINISHED = /* @__PURE__ */ new Set(["in_progress", "queued", "pending"]), HISTORY_LIMIT = 1e4;
async function checkInvariants(client, repo, options = {}) {
  let now = options.now ?? /* @__PURE__ */ new Date(), ref = options.ledgerRef ?? DEFAULT_LEDGER_REF, problems = [], counts = {
    ledgerCommits: 0,
    releases: 0,
    environments: 0,
    leasesHeld: 0,
    leasesExpired: 0,
    waiters: 0,
    deployments: 0,
    deploymentsUnfinished: 0
  };
  return await checkLedger(client, { ...repo, ref }, now, problems, counts), await checkDeployments(client, repo, problems, counts), { ok: problems.length === 0, problems, counts };
}
async function checkLedger(client, at, now, problems, counts) {
  let ledger = new Ledger(client, at), headSha = await readHead(client, at), history = [];
  if (headSha !== null) {
    let entries = await listHistory(client, at, headSha, HISTORY_LIMIT);
    counts.ledgerCommits = entries.length;
    let texts = await inBatches(entries.reverse(), (entry) => readStateText(client, at, entry.sha));
    entries.forEach((entry, index) => {
      let text = texts[index], where = `ledger state.json at ${at.ref} (${entry.sha.slice(0, 7)})`, state2;
      if (text === null) problems.push(`${where} is missing`);
      else
        try {
          state2 = parseState(text, where);
        } catch (error) {
          problems.push(errorMessage(error));
        }
      history.push({ sha: entry.sha, parents: entry.parents, message: entry.message, state: state2 });
    });
  }
  let head;
  try {
    head = await ledger.read();
  } catch (error) {
    if (httpStatus(error) !== void 0) throw error;
    problems.push(`the ledger's head state cannot be read: ${errorMessage(error)}`);
  }
  if (problems.push(...replayProblems(history, headSha === null ? null : { sha: head?.head ?? headSha, state: head?.state })), head === void 0) return;
  let state = head.state;
  counts.releases = Object.keys(state.releases).length, counts.environments = Object.keys(state.environments).length;
  for (let [environment, lease] of Object.entries(state.leases))
    Date.parse(lease.expiresAt) > now.getTime() ? (counts.leasesHeld += 1, problems.push(
      `${environment}'s deploy lease is held by run ${lease.owner.runId} attempt ${lease.owner.runAttempt} (epoch ${lease.epoch}) until ${lease.expiresAt}`
    )) : counts.leasesExpired += 1;
  for (let [environment, queue] of Object.entries(state.leaseQueues ?? {})) {
    counts.waiters += queue.waiting.length;
    for (let waiter of queue.waiting)
      problems.push(`run ${waiter.owner.runId} attempt ${waiter.owner.runAttempt} still waits for ${environment}'s deploy lease (ticket ${waiter.ticket})`);
  }
}
async function checkDeployments(client, repo, problems, counts) {
  let deployments = await client.paginate(client.rest.repos.listDeployments, { ...repo, per_page: 100 });
  counts.deployments = deployments.length;
  let latestStates = await inBatches(deployments, (deployment) => latestDeploymentState(client, repo, deployment.id));
  deployments.forEach((deployment, index) => {
    let latest = latestStates[index];
    (latest === void 0 || UNFINISHED.has(latest)) && (counts.deploymentsUnfinished += 1, problems.push(
      `deployment ${deployment.id} (${deployment.environment}, ${deployment.sha.slice(0, 7)}) is left ` + (latest === void 0 ? "without a status (GitHub shows it pending)" : latest)
    ));
  });
}
async function inBatches(items, read, size = 8) {
  let results = [];
  for (let start = 0; start < items.length; start += size)
    results.push(...await Promise.all(items.slice(start, start + size).map(read)));
  return results;
}

export {
  checkInvariants
};

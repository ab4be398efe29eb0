import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  rerunFailedJobsOnce
} from "../../chunks/chunk-2K5RBOXY.mjs";
import {
  DEFAULT_FREEZE_EXEMPT_LABEL,
  RUN_CONCLUSIONS,
  applyRunEvent,
  changeStatus,
  colorOf,
  decideExemption,
  decideFreezeExemption,
  defaultBranch,
  describeFirstBadCommit,
  freeze,
  isDeciding,
  lineVerdict,
  lockChange,
  parseRevert,
  planRunEvent,
  readFreezeSchedule,
  reconcileScheduledFreezes,
  shortSha,
  unfreeze
} from "../../chunks/chunk-K7ML6T2D.mjs";
import {
  Ledger
} from "../../chunks/chunk-UITPQSYK.mjs";
import {
  formatTimestamp
} from "../../chunks/chunk-TD5AZCCC.mjs";
import "../../chunks/chunk-DX4TYTDS.mjs";
import {
  fitStatusDescription,
  setCommitStatus
} from "../../chunks/chunk-ILGHWTEF.mjs";
import "../../chunks/chunk-NLRKADAM.mjs";
import "../../chunks/chunk-ZT56QPP4.mjs";
import "../../chunks/chunk-4GZASXPD.mjs";
import {
  Summary,
  writeSummary
} from "../../chunks/chunk-CFSETTC6.mjs";
import {
  code,
  escapeMarkdown,
  heading,
  link,
  table
} from "../../chunks/chunk-PUDO2UNH.mjs";
import {
  actionsLogger,
  getBooleanInput,
  getChoiceInput,
  getOptionalInput,
  getSecretInput,
  notice,
  parseDuration,
  readRunnerContext,
  runAction,
  setOutput
} from "../../chunks/chunk-PWAGTHLM.mjs";
import {
  PermissionError,
  createRunnerClient,
  httpStatus
} from "../../chunks/chunk-ILX4OWII.mjs";
import "../../chunks/chunk-ERRCEJ7W.mjs";
import "../../chunks/chunk-OMPALNQI.mjs";
import {
  silentLogger
} from "../../chunks/chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError,
  errorMessage
} from "../../chunks/chunk-W2U6OBLC.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/lock/github/commit-author.ts
async function findCommitAuthor(client, at, sha) {
  let commit = (await client.rest.repos.listCommits({ owner: at.owner, repo: at.repo, sha, per_page: 1 }).catch((error) => {
    if (!(httpStatus(error) === 404 || httpStatus(error) === 422))
      throw error;
  }))?.data[0];
  if (!(!commit || !commit.sha.startsWith(sha.toLowerCase())))
    return {
      login: commit.author?.login || void 0,
      name: commit.commit.author?.name ?? "",
      email: commit.commit.author?.email ?? ""
    };
}

// src/lock/github/bulk-statuses.ts
var COMMIT_LOCK_CONTEXT = "stopline/commit-lock";
async function setStatusOnShas(client, at, options) {
  let logger = options.logger ?? silentLogger, shas = [...new Set(options.shas.map((sha) => sha.toLowerCase()))], context = options.context ?? COMMIT_LOCK_CONTEXT, description = fitStatusDescription(options.description), concurrency = Math.max(1, Math.floor(options.concurrency ?? 8)), progressEvery = Math.max(1, Math.floor(options.progressEvery ?? 50)), done = /* @__PURE__ */ new Map(), next = 0, finished = 0, fatal, worker = async () => {
    for (; !fatal && next < shas.length; ) {
      let sha = shas[next++];
      try {
        await setCommitStatus(client, {
          owner: at.owner,
          repo: at.repo,
          sha,
          context,
          state: options.state,
          description,
          ...options.targetUrl ? { targetUrl: options.targetUrl } : {}
        }), done.set(sha, !0);
      } catch (error) {
        if (error instanceof PermissionError) {
          fatal ??= error;
          return;
        }
        done.set(sha, { sha, status: httpStatus(error), message: errorMessage(error) }), logger.warning(`Could not set ${context} on ${sha.slice(0, 7)}: ${errorMessage(error)}`);
      }
      finished += 1, finished % progressEvery === 0 && finished < shas.length && logger.info(`${context}: ${options.state} set on ${finished} of ${shas.length} commits`);
    }
  };
  if (await Promise.all(Array.from({ length: Math.min(concurrency, shas.length) }, worker)), fatal) throw fatal;
  let set = shas.filter((sha) => done.get(sha) === !0), failed = shas.map((sha) => done.get(sha)).filter((r) => r !== void 0 && r !== !0);
  return logger.info(
    `${context}: ${options.state} set on ${set.length} of ${shas.length} commits` + (failed.length ? `; ${failed.length} failed: ${failed.map((f) => f.sha.slice(0, 7)).join(", ")}` : "")
  ), { total: shas.length, set, failed };
}

// src/lock/github/pull-requests.ts
function toInfo(pull) {
  return {
    number: pull.number,
    title: pull.title,
    body: pull.body ?? "",
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    baseRef: pull.base.ref,
    labels: pull.labels.map((l) => l.name ?? "").filter((name) => name !== ""),
    author: pull.user?.login,
    draft: pull.draft ?? !1,
    state: pull.state === "closed" ? "closed" : "open",
    mergedAt: pull.merged_at,
    mergeCommitSha: pull.merge_commit_sha,
    htmlUrl: pull.html_url
  };
}
async function listOpenPullRequests(client, at, options) {
  let logger = options.logger ?? silentLogger, found = [], pages = client.paginate.iterator(client.rest.pulls.list, {
    owner: at.owner,
    repo: at.repo,
    state: "open",
    base: options.base,
    // Oldest first: a pull request opened while the pages are read lands on a later page
    // instead of shifting the ones already read (newest first would repeat or skip entries).
    sort: "created",
    direction: "asc",
    per_page: 100
  }), page = 0;
  for await (let response of pages) {
    page += 1;
    for (let pull of response.data) found.push(toInfo(pull));
    page > 1 && logger.debug(`Listed ${found.length} open pull requests into ${options.base} (${page} pages)`);
  }
  return found;
}
async function getPullRequest(client, at, pullNumber) {
  let { data } = await client.rest.pulls.get({ owner: at.owner, repo: at.repo, pull_number: pullNumber });
  return toInfo(data);
}

// src/lock/github/label-provenance.ts
var ROLES = ["admin", "maintain", "write", "triage", "read"];
async function findLabeler(client, at, issueNumber, label, logger = silentLogger) {
  let wanted = label.toLowerCase(), latest, seen = 0, pages = client.paginate.iterator(client.rest.issues.listEvents, {
    owner: at.owner,
    repo: at.repo,
    issue_number: issueNumber,
    per_page: 100
  });
  for await (let response of pages) {
    for (let item of response.data) {
      let event = item;
      (event.event === "labeled" || event.event === "unlabeled") && event.label?.name?.toLowerCase() === wanted && (latest = { event: event.event, login: event.actor?.login, at: event.created_at ?? "" });
    }
    seen += response.data.length, seen > 100 && logger.debug(`Read ${seen} events of #${issueNumber} looking for label "${label}"`);
  }
  if (!(!latest || latest.event !== "labeled" || !latest.login))
    return { login: latest.login, at: latest.at };
}
async function getRepositoryRole(client, at, login) {
  try {
    let { data } = await client.rest.repos.getCollaboratorPermissionLevel({ owner: at.owner, repo: at.repo, username: login }), role = data.role_name?.toLowerCase();
    if (role && ROLES.includes(role)) return role;
    let base = data.permission;
    return base === "admin" || base === "write" || base === "read" ? base : "none";
  } catch (error) {
    if (httpStatus(error) === 404) return "none";
    throw error;
  }
}
async function labelProvenance(client, at, issueNumber, label, logger = silentLogger) {
  let labeler = await findLabeler(client, at, issueNumber, label, logger);
  if (!labeler) return;
  let permission = await getRepositoryRole(client, at, labeler.login);
  return { login: labeler.login, permission, at: labeler.at };
}

// src/lock/github/red-range.ts
function toRangeCommit(c) {
  return {
    sha: c.sha,
    authorLogin: c.author?.login || void 0,
    authorName: c.commit.author?.name ?? "",
    title: c.commit.message.split(`
`)[0] ?? ""
  };
}
async function listRedRange(client, at, options) {
  let logger = options.logger ?? silentLogger, perPage = Math.min(100, Math.max(1, options.perPage ?? 100)), maxCommits = options.maxCommits ?? 1e4, after = [], firstBad, onBranch = !0, total = 0, requests = 0;
  for (let page = 1; ; page += 1) {
    let { data } = await client.rest.repos.compareCommitsWithBasehead({
      owner: at.owner,
      repo: at.repo,
      basehead: `${options.firstBad}...${options.head}`,
      per_page: perPage,
      page
    });
    requests += 1, page === 1 && (firstBad = toRangeCommit(data.base_commit), onBranch = data.status === "ahead" || data.status === "identical", total = data.total_commits);
    for (let c of data.commits) after.push(toRangeCommit(c));
    if (page > 1 && logger.debug(`Read ${after.length} of ${total} commits of the red range`), data.commits.length < perPage || after.length >= total) break;
    if (after.length >= maxCommits) {
      logger.warning(`The red range has ${total} commits; reading only the first ${after.length}.`);
      break;
    }
  }
  return { commits: onBranch && firstBad ? [firstBad, ...after] : after, firstBadOnBranch: onBranch, requests };
}

// src/lock/operations/exemptions.ts
function redRangeReader(client, at, verdict, logger) {
  let range;
  return () => verdict.firstBad ? (range ??= listRedRange(client, at, { firstBad: verdict.firstBad.sha, head: verdict.branch, ...logger ? { logger } : {} }).then(
    (found) => found.commits.map((commit) => commit.sha)
  ), range) : Promise.resolve([]);
}
async function findExemptions(client, at, pull, verdict, options) {
  let { labels } = options, found = { exemptions: [], notes: [] };
  if (verdict.red) {
    let claim = parseRevert(pull.title, pull.body), revertedShas = [];
    if (claim.kind === "revert") {
      revertedShas.push(...claim.shas);
      for (let reference of claim.pulls) {
        if (reference.owner.toLowerCase() !== at.owner.toLowerCase() || reference.repo.toLowerCase() !== at.repo.toLowerCase()) continue;
        let reverted = await getPullRequest(client, at, reference.number);
        reverted.mergeCommitSha && revertedShas.push(reverted.mergeCommitSha);
      }
    }
    let labelPresent = pull.labels.includes(labels.fix);
    if (claim.kind === "revert" || labelPresent) {
      let labelAddedBy = labelPresent ? await labelProvenance(client, at, pull.number, labels.fix, options.logger) : void 0, decision = decideExemption({
        revertedShas,
        redRangeShas: revertedShas.length > 0 ? await options.redRange() : [],
        labelPresent,
        ...labelAddedBy ? { labelAddedBy } : {},
        label: labels.fix
      });
      found.notes.push(decision.reason), decision.exempt && found.exemptions.push(decision.exemption);
    }
  }
  if (verdict.frozen && pull.labels.includes(labels.freeze)) {
    let labelAddedBy = await labelProvenance(client, at, pull.number, labels.freeze, options.logger), decision = decideFreezeExemption({ labelPresent: !0, ...labelAddedBy ? { labelAddedBy } : {}, label: labels.freeze });
    found.notes.push(decision.reason), decision.exempt && found.exemptions.push(decision.exemption);
  }
  return found;
}

// src/lock/github/tracking-issue.ts
var RED_ISSUE_LABEL = "stopline:red";
function redIssueTitle(branch) {
  return `${branch} is red`;
}
function marker(branch) {
  return `<!-- stopline:commit-lock branch=${encodeURIComponent(branch)} -->`;
}
function renderRedIssueBody(details) {
  let sha = details.firstBadSha.slice(0, 7), run = details.runNumber !== void 0 ? `${details.workflow ? `${details.workflow} ` : ""}run #${details.runNumber}` : "the failing run", lines = [
    marker(details.branch),
    `${code(details.branch)} is red since ${formatTimestamp(details.since)}: merges into it wait until it is green again.`,
    "",
    `- First bad commit: ${code(sha)}${details.firstBadTitle ? ` ${escapeMarkdown(details.firstBadTitle)}` : ""} (${code(details.firstBadSha)})`,
    `- Failing run: ${details.runUrl ? link(run, details.runUrl) : escapeMarkdown(run)}`,
    `- Author: ${details.author ? `@${details.author}` : "unknown"}`,
    "",
    'To land a fix while the line is red, revert a commit of the red range with GitHub\'s "Revert" button (the pull request keeps the `This reverts commit <sha>` line), or have someone with write access add the fix label to the pull request. This issue closes itself when the branch is green again.'
  ];
  return details.note && lines.push("", details.note), `${lines.join(`
`)}
`;
}
function renderGreenComment(details) {
  let run = details.runNumber !== void 0 ? `run #${details.runNumber}` : "a successful run", where = details.runUrl ? link(run, details.runUrl) : escapeMarkdown(run), at = details.sha ? ` at ${code(details.sha.slice(0, 7))}` : "";
  return `${code(details.branch)} is green again since ${formatTimestamp(details.since)} (${where}${at}). Waiting pull requests were released.`;
}
async function findRedIssues(client, at, branch, options = {}) {
  let found = [], items = await client.paginate(client.rest.issues.listForRepo, {
    owner: at.owner,
    repo: at.repo,
    state: "open",
    labels: options.label ?? RED_ISSUE_LABEL,
    per_page: 100
  });
  for (let issue of items) {
    if (issue.pull_request) continue;
    let body = issue.body ?? "";
    (body.includes(marker(branch)) || issue.title === redIssueTitle(branch)) && found.push({ number: issue.number, title: issue.title, body, htmlUrl: issue.html_url });
  }
  return found.sort((a, b) => a.number - b.number);
}
async function ensureLabel(client, at, name) {
  try {
    await client.rest.issues.createLabel({
      owner: at.owner,
      repo: at.repo,
      name,
      color: "b60205",
      description: "Stopline: the branch is red; merges wait"
    });
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
  }
}
async function openOrUpdateRedIssue(client, at, details, options = {}) {
  let logger = options.logger ?? silentLogger, label = options.label ?? RED_ISSUE_LABEL, title = redIssueTitle(details.branch), body = renderRedIssueBody(details), [existing] = await findRedIssues(client, at, details.branch, options);
  if (existing) {
    if (existing.title === title && existing.body === body) return { ...existing, action: "unchanged" };
    let { data: data2 } = await client.rest.issues.update({ owner: at.owner, repo: at.repo, issue_number: existing.number, title, body });
    return logger.info(`Updated issue #${data2.number} "${title}"`), { number: data2.number, title, body, htmlUrl: data2.html_url, action: "updated" };
  }
  await ensureLabel(client, at, label);
  let { data } = await client.rest.issues.create({ owner: at.owner, repo: at.repo, title, body, labels: [label] });
  return logger.info(`Opened issue #${data.number} "${title}": ${data.html_url}`), { number: data.number, title, body, htmlUrl: data.html_url, action: "created" };
}
async function closeRedIssues(client, at, branch, comment, options = {}) {
  let logger = options.logger ?? silentLogger, open = await findRedIssues(client, at, branch, options);
  for (let issue of open)
    await client.rest.issues.createComment({ owner: at.owner, repo: at.repo, issue_number: issue.number, body: comment }), await client.rest.issues.update({ owner: at.owner, repo: at.repo, issue_number: issue.number, state: "closed", state_reason: "completed" }), logger.info(`Closed issue #${issue.number} "${issue.title}"`);
  return open.map((issue) => issue.number);
}

// src/lock/operations/broadcast.ts
async function broadcastVerdict(client, at, verdict, options) {
  let pulls = await listOpenPullRequests(client, at, { base: verdict.branch, ...options.logger ? { logger: options.logger } : {} }), groups = /* @__PURE__ */ new Map(), redRange = redRangeReader(client, at, verdict, options.logger);
  for (let pull of pulls) {
    let exemptions = verdict.locked ? (await findExemptions(client, at, pull, verdict, { labels: options.labels, redRange, ...options.logger ? { logger: options.logger } : {} })).exemptions : [], status2 = changeStatus(verdict, { event: "pull_request", exempt: exemptions }), key = `${status2.state}\0${status2.description}`, group = groups.get(key);
    group || groups.set(key, group = { state: status2.state, description: status2.description, pulls: [], shas: [] }), group.pulls.push(pull.number), group.shas.push(pull.headSha);
  }
  let failed = [];
  for (let group of groups.values()) {
    let result = await setStatusOnShas(client, at, {
      shas: group.shas,
      state: group.state,
      description: group.description,
      ...options.targetUrl ? { targetUrl: options.targetUrl } : {},
      ...options.logger ? { logger: options.logger } : {}
    });
    failed.push(...result.failed);
  }
  return { pulls: pulls.length, groups: [...groups.values()].map(({ state, description, pulls: numbers }) => ({ state, description, pulls: numbers })), failed };
}

// src/lock/operations/line-change.ts
function verdictOptions(context) {
  return { branch: context.branch, timeZone: context.schedule?.freezes[0]?.timeZone ?? "UTC" };
}
function currentVerdict(context, state) {
  let now = context.now();
  return lineVerdict(reconcileScheduledFreezes(state, context.schedule, now).state, now, verdictOptions(context));
}
async function changeLine(context, message, change, from) {
  let update = await context.ledger.update(message, (state) => {
    let now = context.now(), before2 = lineVerdict(state, now, verdictOptions(context)), reconcile3 = reconcileScheduledFreezes(state, context.schedule, now), next = change(reconcile3.state, now);
    return { state: next.state, result: { result: next.result, before: before2, after: lineVerdict(next.state, now, verdictOptions(context)), reconcile: reconcile3 } };
  }, from ? { from } : {}), { result, before, after, reconcile: reconcile2 } = update.result, outcome = { result, before, after, reconcile: reconcile2, written: update.changed, lock: update.changed ? lockChange(before, after) : "none" };
  return outcome.lock !== "none" && (context.logger.info(`the line ${outcome.lock === "locked" ? "locked" : "opened"}: ${after.reason}; telling the open pull requests`), outcome.broadcast = await tellWaiting(context, after)), outcome;
}
async function tellWaiting(context, verdict) {
  return broadcastVerdict(context.client, context.at, verdict, {
    labels: context.labels,
    logger: context.logger,
    ...context.targetUrl ? { targetUrl: context.targetUrl } : {}
  });
}
async function trackRedLine(context, transition, after) {
  let { client, at, branch } = context;
  if (after.red && after.firstBad && (transition.kind === "changed" || transition.firstBadChanged)) {
    let bad = after.firstBad, author = bad.author ?? (await findCommitAuthor(client, at, bad.sha))?.login, issue = await openOrUpdateRedIssue(client, at, {
      branch,
      firstBadSha: bad.sha,
      ...author ? { author } : {},
      ...bad.runUrl ? { runUrl: bad.runUrl } : {},
      ...bad.runNumber !== void 0 ? { runNumber: bad.runNumber } : {},
      ...bad.workflow ? { workflow: bad.workflow } : {},
      since: after.since,
      ...after.frozen ? { note: `The line is also frozen: ${after.reason}` } : {}
    });
    return `issue #${issue.number} ${issue.action} (${describeFirstBadCommit(bad)})`;
  }
  if (transition.kind === "changed" && transition.to === "green") {
    let closed = await closeRedIssues(client, at, branch, renderGreenComment({ branch, since: after.since }));
    return closed.length > 0 ? `closed issue ${closed.map((n) => `#${n}`).join(", ")}` : void 0;
  }
}

// src/lock/operations/commands.ts
function describeChange(change, happened) {
  let { reconcile: reconcile2 } = change;
  for (let freeze2 of reconcile2.added) happened.push(`scheduled freeze "${freeze2.reason}" started (${freeze2.by})`);
  for (let freeze2 of reconcile2.removed) happened.push(`scheduled freeze "${freeze2.reason}" ended`);
  for (let freeze2 of reconcile2.expired) happened.push(`freeze "${freeze2.reason}" expired`);
  if (change.broadcast) {
    let { broadcast } = change, groups = broadcast.groups.map((group) => `${group.pulls.length} ${group.state} ("${group.description}")`).join(", ");
    happened.push(`told ${broadcast.pulls} open pull request(s): ${groups || "none open"}${broadcast.failed.length > 0 ? `; ${broadcast.failed.length} status(es) could not be set` : ""}`);
  }
}
async function applyRun(context, event, options) {
  let happened = [], snapshot = await context.ledger.read(), { state } = snapshot, plan = planRunEvent(state, event, { branch: context.branch, retryFailed: options.retryFailed });
  if (plan.action === "ignore") {
    let sentence = `ignored ${event.workflow} #${event.runNumber}: ${plan.reason}`;
    return { verdict: currentVerdict(context, state), happened: [sentence], ignored: sentence };
  }
  if (plan.action === "retry") {
    let rerun = await rerunFailedJobsOnce(context.client, context.at, { id: event.runId, runAttempt: event.runAttempt, status: "completed", conclusion: event.conclusion }, { logger: context.logger });
    if (rerun.rerun) {
      let sentence = `${event.workflow} #${event.runNumber} failed on ${shortSha(event.sha)}: re-running its failed jobs once (attempt ${rerun.nextAttempt} decides), so a flaky failure does not stop the line`;
      return context.logger.info(sentence), { verdict: currentVerdict(context, state), happened: [sentence] };
    }
    if (rerun.reason === "not-completed") {
      let sentence = `${event.workflow} #${event.runNumber} failed on ${shortSha(event.sha)}, but ${rerun.detail}: its re-run's own event decides`;
      return context.logger.info(sentence), { verdict: currentVerdict(context, state), happened: [sentence] };
    }
    happened.push(`not re-run (${rerun.detail}): the failure counts`);
  }
  if (isDeciding(event.conclusion) && colorOf(event.conclusion) === "red") {
    let author = await findCommitAuthor(context.client, context.at, event.sha);
    author?.login && (event = { ...event, author: author.login });
  }
  let change = await changeLine(context, `commit-lock: ${event.workflow} #${event.runNumber} ${event.conclusion} on ${shortSha(event.sha)}`, (current) => {
    let update = applyRunEvent(current, event, { branch: context.branch });
    return { state: update.state, result: update.transition };
  }, snapshot), transition = change.result;
  happened.push(transition.reason), context.logger.info(transition.reason);
  let last = state.line.workflows?.[event.workflow]?.last, again = transition.kind === "stale" && last?.runId === event.runId && last.runAttempt === event.runAttempt;
  again && (change.broadcast = await tellWaiting(context, change.after)), describeChange(change, happened);
  let tracked = await trackRedLine(context, again ? { ...transition, kind: "changed" } : transition, change.after);
  return tracked && happened.push(tracked), { verdict: change.after, happened, change };
}
async function lock(context, request) {
  if (request.reason.trim() === "") throw new ConfigurationError("`lock` needs a `reason`: say why merges must wait (it is shown on every waiting change)");
  let change = await changeLine(context, `commit-lock: freeze by ${request.by}: ${request.reason}`, (state, now) => {
    let frozen = freeze(state, { reason: request.reason, by: request.by, ...request.until ? { until: request.until } : {}, now });
    return { state: frozen.state, result: frozen };
  });
  change.result.repeated && !change.broadcast && (change.broadcast = await tellWaiting(context, change.after));
  let happened = [`froze ${change.after.branch}: "${request.reason}" by ${request.by}${request.until ? `, until ${request.until.toISOString()}` : ", until unlocked"}`];
  return describeChange(change, happened), { verdict: change.after, happened, change };
}
async function unlock(context, request) {
  let change = await changeLine(context, `commit-lock: unfreeze by ${request.by}${request.reason ? `: ${request.reason}` : ""}`, (state, now) => {
    let thawed = unfreeze(state, { by: request.by, ...request.reason ? { reason: request.reason } : {}, now });
    return { state: thawed.state, result: thawed.message };
  });
  change.written || (change.broadcast = await tellWaiting(context, change.after));
  let happened = [change.result];
  return describeChange(change, happened), { verdict: change.after, happened, change };
}
async function reconcile(context) {
  let change = await changeLine(context, "commit-lock: scheduled freezes", (state) => ({ state, result: void 0 })), happened = [];
  return describeChange(change, happened), happened.length === 0 && happened.push("scheduled freezes are up to date; nothing changed"), { verdict: change.after, happened, change };
}
async function status(context) {
  let { state } = await context.ledger.read();
  return { verdict: currentVerdict(context, state), happened: [] };
}
async function check(context, change) {
  let { client, at } = context, { state } = await context.ledger.read(), verdict = currentVerdict(context, state), baseRef = change.kind === "pull_request" ? change.pull.baseRef : change.baseRef, pull = change.kind === "pull_request" ? change.pull : void 0, outcome, notes = [];
  if (baseRef !== context.branch)
    outcome = { state: "success", description: `targets ${baseRef}; the lock guards ${context.branch}` };
  else {
    verdict.locked && pull === void 0 && change.kind === "merge_group" && change.pullNumber !== void 0 && (pull = await getPullRequest(client, at, change.pullNumber));
    let found = verdict.locked && pull ? await findExemptions(client, at, pull, verdict, { labels: context.labels, redRange: redRangeReader(client, at, verdict, context.logger), logger: context.logger }) : void 0;
    notes.push(...found?.notes ?? []), outcome = changeStatus(verdict, { event: change.kind, exempt: found?.exemptions ?? [] });
  }
  await setCommitStatus(client, {
    owner: at.owner,
    repo: at.repo,
    sha: change.sha,
    context: COMMIT_LOCK_CONTEXT,
    state: outcome.state,
    description: outcome.description,
    ...context.targetUrl ? { targetUrl: context.targetUrl } : {}
  });
  let what = pull ? `pull request #${pull.number}` : `merge group ${shortSha(change.sha)}`, sentence = `${COMMIT_LOCK_CONTEXT} = ${outcome.state} on ${what} (${shortSha(change.sha)}): ${outcome.description}`;
  return context.logger.info(sentence), {
    verdict,
    happened: [sentence, ...notes],
    status: { sha: change.sha, state: outcome.state, description: outcome.description, ...pull ? { pull: pull.number } : {}, notes }
  };
}

// src/lock/operations/run-event-payload.ts
var text = (value) => typeof value == "string" && value !== "" ? value : void 0, count = (value) => typeof value == "number" && Number.isInteger(value) && value > 0 ? value : void 0;
function runEventFromPayload(payload) {
  let run = payload.workflow_run;
  if (run == null || typeof run != "object")
    throw new ConfigurationError("the workflow_run event has no `workflow_run` object: run commit-lock `auto` on `on: workflow_run: types: [completed]`");
  let status2 = text(payload.action) ?? text(run.status) ?? "unknown";
  if (status2 !== "completed") return { event: void 0, status: status2 };
  let conclusion = text(run.conclusion), missing = [
    ["id", count(run.id)],
    ["run_number", count(run.run_number)],
    ["head_sha", text(run.head_sha)],
    ["head_branch", text(run.head_branch)],
    ["conclusion", conclusion]
  ].filter(([, value]) => value === void 0);
  if (missing.length > 0)
    throw new ConfigurationError(`the workflow_run event payload lacks ${missing.map(([name]) => `workflow_run.${name}`).join(", ")}: is it a real \`workflow_run\` payload?`);
  if (!RUN_CONCLUSIONS.includes(conclusion))
    throw new ConfigurationError(`workflow_run.conclusion is ${JSON.stringify(conclusion)}, not one of ${RUN_CONCLUSIONS.join(", ")}`);
  let event = {
    runId: count(run.id),
    runNumber: count(run.run_number),
    runAttempt: count(run.run_attempt) ?? 1,
    workflow: text(run.name) ?? "workflow",
    sha: text(run.head_sha),
    conclusion,
    url: text(run.html_url) ?? "",
    branch: text(run.head_branch),
    at: text(run.updated_at) ?? (/* @__PURE__ */ new Date()).toISOString()
  }, author = text(run.triggering_actor?.login) ?? text(run.actor?.login);
  author !== void 0 && (event.author = author);
  let trigger = text(run.event);
  trigger !== void 0 && (event.trigger = trigger);
  let headRepository = text(run.head_repository?.full_name);
  headRepository !== void 0 && (event.headRepository = headRepository);
  let repository = text(run.repository?.full_name);
  return repository !== void 0 && (event.repository = repository), { event, status: status2 };
}

// src/actions/commit-lock/io.ts
var inputs = {
  command: "command",
  branch: "branch",
  reason: "reason",
  until: "until",
  fixLabel: "fix-label",
  retryFailed: "retry-failed",
  freezesFile: "freezes-file",
  ledgerRef: "ledger-ref",
  token: "token"
}, outputs = {
  state: "state",
  locked: "locked",
  reason: "reason",
  since: "since",
  firstBad: "first-bad"
};

// src/actions/commit-lock/render-summary.ts
var HEADLINE = { green: "\u{1F7E2} green: changes may merge", red: "\u{1F534} red: changes wait", frozen: "\u{1F9CA} frozen: changes wait" };
function renderLockSummary(report, context) {
  let { verdict } = report, summary = new Summary();
  summary.add(heading(`Commit lock: ${verdict.branch} is ${HEADLINE[verdict.state]}`, 2), verdict.reason);
  let rows = [
    ["state", verdict.state],
    ["since", formatTimestamp(verdict.since)]
  ];
  if (verdict.firstBad) {
    let bad = verdict.firstBad;
    rows.push(["first bad commit", link(bad.sha.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${bad.sha}`)]), bad.runUrl && rows.push(["failing run", link(bad.workflow && bad.runNumber !== void 0 ? `${bad.workflow} #${bad.runNumber}` : "run", bad.runUrl)]), bad.author && rows.push(["author", `@${bad.author}`]);
  }
  return summary.add(table(["", ""], rows)), verdict.freezes.length > 0 && summary.add(
    heading("Freezes in force", 3),
    table(
      ["reason", "by", "since", "until", "source"],
      verdict.freezes.map((freeze2) => [freeze2.reason, freeze2.by, formatTimestamp(freeze2.since), freeze2.until ? formatTimestamp(freeze2.until) : "until unlocked", freeze2.source])
    )
  ), summary.add(heading(`This run (${context.command})`, 3), report.happened.length > 0 ? report.happened.map((line) => `- ${line}`).join(`
`) : "Read the line; changed nothing."), summary;
}

// src/actions/commit-lock/settings.ts
var COMMANDS = ["auto", "check", "lock", "unlock", "status"];
function parseUntil(text2, now) {
  if (text2 !== void 0) {
    if (/^\d{4}-\d{2}-\d{2}/.test(text2)) {
      let at = Date.parse(text2);
      if (Number.isNaN(at) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(text2))
        throw new ConfigurationError(`input 'until': '${text2}' is not an ISO 8601 time with a zone; write e.g. 2026-12-01T08:00:00Z, or a duration such as 2h`);
      return new Date(at);
    }
    return new Date(now.getTime() + parseDuration(text2, "input 'until'"));
  }
}
function readSettings(now) {
  return {
    command: getChoiceInput(inputs.command, COMMANDS, "auto"),
    branch: getOptionalInput(inputs.branch),
    reason: getOptionalInput(inputs.reason) ?? "",
    until: parseUntil(getOptionalInput(inputs.until), now),
    fixLabel: getOptionalInput(inputs.fixLabel) ?? "stopline:fix",
    retryFailed: getBooleanInput(inputs.retryFailed, !0),
    freezesFile: getOptionalInput(inputs.freezesFile) ?? ".github/stopline/freezes.yml",
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? "refs/stopline/ledger",
    token: getSecretInput(inputs.token, { required: !0 })
  };
}

// src/actions/commit-lock/main.ts
var CHECK_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "merge_group"]);
function resolveCommand(settings, eventName) {
  return settings.command !== "auto" ? settings.command : eventName === "workflow_run" ? "run" : CHECK_EVENTS.has(eventName) ? "check" : "reconcile";
}
function asObject(value) {
  return value !== null && typeof value == "object" ? value : void 0;
}
function checkedChange(context) {
  let payload = context.eventPayload;
  if (context.eventName === "merge_group") {
    let group = asObject(payload.merge_group), sha = group?.head_sha;
    if (typeof sha != "string") throw new ConfigurationError("the merge_group event payload has no merge_group.head_sha");
    let baseRef = String(group?.base_ref ?? "").replace(/^refs\/heads\//, ""), number = /\/pr-(\d+)-[0-9a-f]+$/.exec(String(group?.head_ref ?? ""))?.[1];
    return { kind: "merge_group", sha, baseRef, ...number ? { pullNumber: Number(number) } : {} };
  }
  let pull = asObject(payload.pull_request), head = asObject(pull?.head), base = asObject(pull?.base);
  if (!pull || typeof head?.sha != "string" || typeof pull.number != "number")
    throw new ConfigurationError(`\`check\` needs a pull_request or merge_group event; this is ${context.eventName || "no event"} (run \`check\` on pull_request, or use \`status\`)`);
  let labels = Array.isArray(pull.labels) ? pull.labels.map((label) => String(asObject(label)?.name ?? "")).filter((name) => name !== "") : [];
  return {
    kind: "pull_request",
    sha: head.sha,
    pull: { number: pull.number, title: String(pull.title ?? ""), body: typeof pull.body == "string" ? pull.body : "", labels, baseRef: String(base?.ref ?? "") }
  };
}
async function main() {
  let settings = readSettings(/* @__PURE__ */ new Date()), context = readRunnerContext(), logger = actionsLogger(), client = createRunnerClient(context, settings.token, logger), at = context.repository, branch = settings.branch ?? await defaultBranch(client, at, context.eventPayload), command = resolveCommand(settings, context.eventName), schedule = await readFreezeSchedule(client, at, { branch, file: settings.freezesFile }), lockContext = {
    client,
    at,
    ledger: new Ledger(client, { owner: at.owner, repo: at.repo, ref: settings.ledgerRef, logger }),
    branch,
    schedule,
    labels: { fix: settings.fixLabel, freeze: DEFAULT_FREEZE_EXEMPT_LABEL },
    logger,
    now: () => /* @__PURE__ */ new Date(),
    ...context.runUrl ? { targetUrl: context.runUrl } : {}
  }, report;
  switch (command) {
    case "run": {
      let parsed = runEventFromPayload(context.eventPayload);
      parsed.event === void 0 ? (report = await status(lockContext), report.ignored = `ignored: the workflow run is ${parsed.status}, not completed (run commit-lock on \`workflow_run: types: [completed]\`)`, report.happened.push(report.ignored)) : report = await applyRun(lockContext, parsed.event, { retryFailed: settings.retryFailed });
      break;
    }
    case "check":
      report = await check(lockContext, checkedChange(context));
      break;
    case "lock":
      report = await lock(lockContext, { reason: settings.reason, by: context.actor || "unknown", ...settings.until ? { until: settings.until } : {} });
      break;
    case "unlock":
      report = await unlock(lockContext, { reason: settings.reason, by: context.actor || "unknown" });
      break;
    case "reconcile":
      report = await reconcile(lockContext);
      break;
    default:
      report = await status(lockContext);
  }
  report.ignored && notice(report.ignored);
  let { verdict } = report;
  setOutput(outputs.state, verdict.state), setOutput(outputs.locked, verdict.locked), setOutput(outputs.reason, verdict.reason), setOutput(outputs.since, verdict.since), setOutput(outputs.firstBad, verdict.firstBad?.sha ?? "");
  let label = settings.command === "auto" ? `auto \u2192 ${command === "run" ? "workflow run" : command}` : settings.command;
  await writeSummary(renderLockSummary(report, { command: label, repository: `${at.owner}/${at.repo}`, serverUrl: context.serverUrl }));
}

// src/actions/commit-lock/index.ts
await runAction(main);

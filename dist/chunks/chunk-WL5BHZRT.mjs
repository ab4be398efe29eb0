import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  getWorkflowRun
} from "./chunk-2K5RBOXY.mjs";
import {
  latestDeploymentState,
  setDeploymentStatus
} from "./chunk-YJNRMGBW.mjs";
import {
  persist
} from "./chunk-BLFGYJHT.mjs";
import {
  formatDuration,
  parseDuration
} from "./chunk-PWAGTHLM.mjs";
import {
  silentLogger
} from "./chunk-WQ52ZJEV.mjs";
import {
  ConfigurationError,
  errorMessage,
  isConfigurationError
} from "./chunk-W2U6OBLC.mjs";

// src/deploy/lease/acquire.ts
import { randomUUID } from "node:crypto";

// src/deploy/lease/describe.ts
function describeOwner(owner) {
  let workflow = owner.workflow ? ` of "${owner.workflow}"` : "", actor = owner.actor ? ` by @${owner.actor}` : "";
  return `run ${owner.runId} attempt ${owner.runAttempt}${workflow}${actor}`;
}
function describeLease(lease) {
  return `${describeOwner(lease.owner)} since ${lease.acquiredAt} (epoch ${lease.epoch}, expires ${lease.expiresAt})`;
}
function describeWaiter(waiter) {
  return `${describeOwner(waiter.owner)} (waiting since ${waiter.enqueuedAt})`;
}
function describeReclaim(lease, reason) {
  return reason === "expired" ? `its TTL ran out at ${lease.expiresAt} without a renewal` : "its run has completed without releasing it (no `post:` step ran)";
}
function describeStale(waiter, reason) {
  return reason === "no-heartbeat" ? `it has not polled since ${waiter.heartbeatAt}` : "its run has completed";
}

// src/deploy/lease/errors.ts
var LeaseTimeoutError = class extends Error {
  constructor(message, environment, holder, ahead, waitedMs) {
    super(message);
    this.environment = environment;
    this.holder = holder;
    this.ahead = ahead;
    this.waitedMs = waitedMs;
  }
  environment;
  holder;
  ahead;
  waitedMs;
  name = "LeaseTimeoutError";
};
function isLeaseTimeoutError(error) {
  return error instanceof LeaseTimeoutError;
}

// src/deploy/lease/rules.ts
function ownerKey(owner) {
  return `${owner.runId}/${owner.runAttempt}`;
}
function sameOwner(a, b) {
  return a.runId === b.runId && a.runAttempt === b.runAttempt;
}
function reclaimReason(lease, now, finished) {
  return Date.parse(lease.expiresAt) <= now.getTime() ? "expired" : finished.has(ownerKey(lease.owner)) ? "owner-finished" : null;
}
function staleReason(waiter, now, staleAfterMs, finished) {
  return now.getTime() - Date.parse(waiter.heartbeatAt) >= staleAfterMs ? "no-heartbeat" : finished.has(ownerKey(waiter.owner)) ? "owner-finished" : null;
}
function waitingLine(state, environment) {
  return state.leaseQueues?.[environment]?.waiting ?? [];
}
function whomToWatch(state, environment, ticket, now) {
  let lease = state.leases[environment];
  if (lease !== void 0 && lease.ticket === ticket) return null;
  let line = waitingLine(state, environment), index = line.findIndex((w) => w.ticket === ticket), ahead = index === -1 ? line.at(-1) : line[index - 1];
  return ahead !== void 0 ? ahead.owner : lease === void 0 || Date.parse(lease.expiresAt) <= now.getTime() ? null : lease.owner;
}
function withEarlierAttempts(finished, state, environment, owner) {
  if (owner.runId <= 0 || owner.runAttempt <= 1) return finished;
  let earlier = [state.leases[environment]?.owner, ...waitingLine(state, environment).map((w) => w.owner)].filter(
    (other) => other !== void 0 && other.runId === owner.runId && other.runAttempt < owner.runAttempt
  );
  return earlier.length === 0 ? finished : /* @__PURE__ */ new Set([...finished, ...earlier.map(ownerKey)]);
}
function withQueue(state, environment, queue) {
  return { ...state, leaseQueues: { ...state.leaseQueues, [environment]: queue } };
}
function lastEpochOf(state, environment) {
  return Math.max(state.leases[environment]?.epoch ?? 0, state.leaseQueues?.[environment]?.lastEpoch ?? 0);
}
function takeTurn(state, request) {
  let { environment, claimant, now } = request, finished = withEarlierAttempts(request.finished, state, environment, claimant.owner), at = now.toISOString(), current = state.leases[environment], stored = waitingLine(state, environment), dropped = [], line = stored.filter((waiter) => {
    if (waiter.ticket === claimant.ticket) return !0;
    let reason2 = staleReason(waiter, now, request.staleAfterMs, finished);
    return reason2 !== null && dropped.push({ waiter, reason: reason2 }), reason2 === null;
  });
  if (current?.ticket !== void 0 && current.ticket === claimant.ticket) {
    let rest = line.filter((w) => w.ticket !== claimant.ticket);
    return { state: rest.length === stored.length ? state : withQueue(state, environment, { waiting: rest, lastEpoch: lastEpochOf(state, environment) }), result: { kind: "granted", lease: current, alreadyHeld: !0, dropped } };
  }
  let reason = current === void 0 ? null : reclaimReason(current, now, finished), free = current === void 0 || reason !== null, index = line.findIndex((w) => w.ticket === claimant.ticket);
  if (free && (index === 0 || index === -1 && line.length === 0)) {
    let epoch = lastEpochOf(state, environment) + 1, lease = {
      owner: claimant.owner,
      acquiredAt: at,
      expiresAt: new Date(now.getTime() + request.ttlMs).toISOString(),
      epoch,
      ticket: claimant.ticket
    }, next2 = withQueue(
      { ...state, leases: { ...state.leases, [environment]: lease } },
      environment,
      { waiting: line.slice(index + 1), lastEpoch: epoch }
    ), reclaimed = current !== void 0 && reason !== null ? { lease: current, reason } : void 0;
    return { state: next2, result: { kind: "granted", lease, ...reclaimed && { reclaimed }, alreadyHeld: !1, dropped } };
  }
  let joined = index === -1, waiting = joined ? [...line, { owner: claimant.owner, ticket: claimant.ticket, enqueuedAt: at, heartbeatAt: at }] : line.map((w, i) => i === index && request.heartbeat ? { ...w, heartbeatAt: at } : w), position = joined ? waiting.length : index + 1;
  return {
    state: joined || dropped.length > 0 || request.heartbeat ? withQueue(state, environment, { waiting, lastEpoch: lastEpochOf(state, environment) }) : state,
    result: {
      kind: "waiting",
      position,
      joined,
      holder: free ? null : current,
      ahead: waiting.slice(0, position - 1),
      dropped
    }
  };
}
function leaveLine(state, environment, ticket) {
  let line = waitingLine(state, environment);
  if (!line.some((w) => w.ticket === ticket)) return { state, result: !1 };
  let queue = { waiting: line.filter((w) => w.ticket !== ticket), lastEpoch: lastEpochOf(state, environment) };
  return { state: withQueue(state, environment, queue), result: !0 };
}
function claimMismatch(lease, claim) {
  return lease === void 0 ? "not-held" : sameOwner(lease.owner, claim.owner) ? claim.epoch !== void 0 ? claim.epoch === lease.epoch ? null : "stale-epoch" : claim.ticket !== void 0 && claim.ticket === lease.ticket ? null : "stale-epoch" : "other-owner";
}
function releaseClaim(state, environment, claim) {
  let left = claim.ticket === void 0 ? { state, result: !1 } : leaveLine(state, environment, claim.ticket), lease = left.state.leases[environment], mismatch = claimMismatch(lease, claim);
  if (mismatch !== null || lease === void 0)
    return { state: left.state, result: { released: !1, reason: mismatch ?? "not-held", holder: lease ?? null, leftLine: left.result } };
  let { [environment]: _released, ...leases } = left.state.leases;
  return { state: withQueue({ ...left.state, leases }, environment, {
    waiting: waitingLine(left.state, environment),
    lastEpoch: lastEpochOf(left.state, environment)
  }), result: { released: !0, lease, leftLine: left.result } };
}
function renewClaim(state, environment, claim, now, ttlMs) {
  let lease = state.leases[environment], mismatch = claimMismatch(lease, claim);
  if (mismatch !== null || lease === void 0)
    return { state, result: { renewed: !1, reason: mismatch ?? "not-held", holder: lease ?? null } };
  let renewed = { ...lease, expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
  return { state: { ...state, leases: { ...state.leases, [environment]: renewed } }, result: { renewed: !0, lease: renewed } };
}

// src/deploy/lease/liveness.ts
function workflowRunLookup(client, repository) {
  return async (runId) => {
    let run = await getWorkflowRun(client, repository, runId);
    return { status: run.status, runAttempt: run.runAttempt };
  };
}
function ownerAttemptFinished(owner, run) {
  return run.status === "completed" || run.runAttempt > owner.runAttempt;
}
var RunLiveness = class {
  constructor(lookup, options) {
    this.lookup = lookup;
    this.recheckMs = options.recheckMs, this.now = options.now ?? (() => /* @__PURE__ */ new Date()), this.logger = options.logger ?? silentLogger;
  }
  lookup;
  finishedOwners = /* @__PURE__ */ new Set();
  checkedAt = /* @__PURE__ */ new Map();
  warned = /* @__PURE__ */ new Set();
  recheckMs;
  now;
  logger;
  /** Owners (ownerKey) known to have finished: what the rules take as `finished`. */
  get finished() {
    return this.finishedOwners;
  }
  /** Looks the owner's run up unless it was checked within `recheckMs`; true when it has finished. */
  async check(owner) {
    let key = ownerKey(owner);
    if (this.finishedOwners.has(key)) return !0;
    if (owner.runId <= 0) return !1;
    let at = this.now().getTime(), last = this.checkedAt.get(key);
    if (last !== void 0 && at - last < this.recheckMs) return !1;
    this.checkedAt.set(key, at);
    try {
      if (ownerAttemptFinished(owner, await this.lookup(owner.runId)))
        return this.finishedOwners.add(key), !0;
    } catch (error) {
      let message = `could not check whether ${describeOwner(owner)} is still running (${errorMessage(error)}); its lease or place in line stands until its TTL or heartbeat runs out`;
      this.warned.has(key) ? this.logger.debug(message) : this.logger.warning(message), this.warned.add(key);
    }
    return !1;
  }
};

// src/deploy/lease/timing.ts
var DEFAULT_LEASE_TIMING = {
  pollMinMs: 2e3,
  pollMaxMs: 15e3,
  heartbeatMs: 6e4,
  staleAfterMs: 3e5,
  runCheckMs: 3e4,
  reportMs: 6e4
};
function resolveLeaseTiming(overrides = {}) {
  let timing = { ...DEFAULT_LEASE_TIMING, ...overrides };
  for (let [name, value] of Object.entries(timing))
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`lease timing ${name} must be a positive number of milliseconds, got ${value}`);
  if (timing.pollMaxMs < timing.pollMinMs) throw new RangeError(`lease timing pollMaxMs (${timing.pollMaxMs}) is below pollMinMs (${timing.pollMinMs})`);
  if (timing.staleAfterMs < 2 * (timing.heartbeatMs + timing.pollMaxMs))
    throw new RangeError(
      `lease timing staleAfterMs (${timing.staleAfterMs}) must be at least 2 \xD7 (heartbeatMs + pollMaxMs) = ${2 * (timing.heartbeatMs + timing.pollMaxMs)}, or live waiters would be dropped`
    );
  return timing;
}
function pollDelay(quietPolls, timing, random = Math.random) {
  let ceiling = Math.min(timing.pollMaxMs, timing.pollMinMs * 2 ** Math.min(Math.max(0, quietPolls), 30));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}

// src/deploy/lease/acquire.ts
var MAX_FAILED_POLLS = 3;
function newLeaseTicket() {
  return randomUUID();
}
function pause(ms, signal) {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    let done = () => {
      clearTimeout(timer), signal?.removeEventListener("abort", done), resolve();
    }, timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: !0 });
  });
}
function abortReason(signal) {
  return signal.reason ?? new Error("the wait for the lease was cancelled");
}
function describeAhead(ahead) {
  if (ahead.length === 0) return "";
  let shown = ahead.slice(0, 3).map(describeWaiter).join(", ");
  return `${ahead.length} ahead: ${shown}${ahead.length > 3 ? ", \u2026" : ""}`;
}
async function acquireLease(options) {
  let { ledger, environment, owner, runs } = options;
  if (!(options.ttlMs > 0)) throw new RangeError(`acquireLease: ttlMs must be positive, got ${options.ttlMs}`);
  if (!(options.timeoutMs >= 0)) throw new RangeError(`acquireLease: timeoutMs must not be negative, got ${options.timeoutMs}`);
  let timing = resolveLeaseTiming(options.timing), logger = options.logger ?? silentLogger, now = options.now ?? (() => /* @__PURE__ */ new Date()), random = options.random ?? Math.random, ticket = options.ticket ?? newLeaseTicket(), claimant = { owner, ticket }, liveness = new RunLiveness(runs, { recheckMs: timing.runCheckMs, now, logger }), started = now().getTime(), deadline = started + options.timeoutMs, message = `lease ${environment}: turn of run ${owner.runId} attempt ${owner.runAttempt}`, known = null, lastHeartbeat = Number.NEGATIVE_INFINITY, inLine = !1, attempted = !1, quietPolls = 0, failedPolls = 0, lastView = "", lastReport = Number.NEGATIVE_INFINITY;
  try {
    for (; ; ) {
      if (options.signal?.aborted) throw abortReason(options.signal);
      if (known !== null) {
        let watched = whomToWatch(known, environment, ticket, now());
        watched !== null && await liveness.check(watched);
      }
      let at = now(), heartbeat = at.getTime() - lastHeartbeat >= timing.heartbeatMs;
      attempted = !0;
      let update;
      try {
        update = await ledger.update(
          message,
          (state) => takeTurn(state, { environment, claimant, now: at, ttlMs: options.ttlMs, staleAfterMs: timing.staleAfterMs, finished: liveness.finished, heartbeat })
        ), failedPolls = 0;
      } catch (error) {
        if (failedPolls += 1, isConfigurationError(error) || failedPolls >= MAX_FAILED_POLLS || now().getTime() >= deadline) throw error;
        logger.warning(`Could not read or update the lease on environment "${environment}" (${errorMessage(error)}); trying again.`), await pause(pollDelay(failedPolls, timing, random), options.signal);
        continue;
      }
      known = update.state;
      let result = update.result;
      logDropped(logger, environment, result.dropped);
      let waitedMs = now().getTime() - started;
      if (result.kind === "granted") {
        let { lease } = result;
        return result.reclaimed && logger.warning(
          `Took over the lease on environment "${environment}" from ${describeOwner(result.reclaimed.lease.owner)}: ${describeReclaim(result.reclaimed.lease, result.reclaimed.reason)}.`
        ), logger.info(
          `Holding the lease on environment "${environment}" (epoch ${lease.epoch}) after waiting ${formatDuration(waitedMs)}; it expires at ${lease.expiresAt} unless renewed.`
        ), {
          environment,
          owner,
          ticket,
          epoch: lease.epoch,
          acquiredAt: lease.acquiredAt,
          expiresAt: lease.expiresAt,
          waitedMs,
          ...result.reclaimed && { reclaimed: result.reclaimed }
        };
      }
      result.joined && inLine && logger.warning(`This deploy's place in line for environment "${environment}" was dropped as stale; it joined again at the back.`), inLine = !0, (heartbeat || result.joined) && (lastHeartbeat = at.getTime()), options.onWait?.({ position: result.position, joined: result.joined, holder: result.holder, ahead: result.ahead, waitedMs });
      let view = `${result.position}|${result.holder?.epoch ?? "-"}|${result.ahead.map((w) => w.ticket).join(",")}`;
      quietPolls = view === lastView ? quietPolls + 1 : 0, (view !== lastView || at.getTime() - lastReport >= timing.reportMs) && (logger.info(describeWait(environment, result, waitedMs, options.timeoutMs)), lastReport = at.getTime()), lastView = view;
      let remaining = deadline - now().getTime();
      if (remaining <= 0) throw timeoutError(environment, result, waitedMs, options.timeoutMs);
      await pause(Math.min(pollDelay(quietPolls, timing, random), remaining), options.signal);
    }
  } catch (error) {
    throw attempted && await leaveQuietly(ledger, environment, owner, ticket, logger, timing.staleAfterMs), error;
  }
}
function logDropped(logger, environment, dropped) {
  for (let { waiter, reason } of dropped)
    logger.info(`Dropped ${describeOwner(waiter.owner)} from the line for environment "${environment}": ${describeStale(waiter, reason)}.`);
}
function describeWait(environment, result, waitedMs, timeoutMs) {
  let holder = result.holder ? `held by ${describeLease(result.holder)}` : "free, but others are first in line", ahead = describeAhead(result.ahead);
  return `Waiting for the lease on environment "${environment}": number ${result.position} in line${ahead ? ` (${ahead})` : ""}; it is ${holder}. Waited ${formatDuration(waitedMs)} of ${formatDuration(timeoutMs)} (lock-timeout).`;
}
function timeoutError(environment, result, waitedMs, timeoutMs) {
  let holder = result.holder ? `it is held by ${describeLease(result.holder)}` : `it is free, but ${describeWaiter(result.ahead[0])} is first in line`, ahead = result.holder && result.ahead.length > 0 ? `; ${describeAhead(result.ahead)}` : "", hint = result.holder ? ` Raise lock-timeout, or cancel that run if it is stuck (its lease lapses at ${result.holder.expiresAt} unless renewed).` : " Raise lock-timeout.";
  return new LeaseTimeoutError(
    `Gave up waiting for the lease on environment "${environment}" after ${formatDuration(waitedMs)} (lock-timeout ${formatDuration(timeoutMs)}): ${holder}${ahead}.${hint}`,
    environment,
    result.holder,
    result.ahead,
    waitedMs
  );
}
async function leaveQuietly(ledger, environment, owner, ticket, logger, staleAfterMs) {
  try {
    await ledger.update(`lease ${environment}: run ${owner.runId} attempt ${owner.runAttempt} leaves the line`, (state) => leaveLine(state, environment, ticket));
  } catch (error) {
    logger.warning(
      `Could not leave the line for environment "${environment}" (${errorMessage(error)}); others drop this deploy's place once it has not polled for ${formatDuration(staleAfterMs)}.`
    );
  }
}

// src/deploy/lease/release.ts
async function releaseLease(target, claim) {
  let { ledger, environment, owner } = target, logger = target.logger ?? silentLogger, who = describeOwner(owner), { result } = await ledger.update(
    `lease ${environment}: release by run ${owner.runId} attempt ${owner.runAttempt}`,
    (state) => releaseClaim(state, environment, { owner, ...claim })
  ), left = result.leftLine ? " It also left the line." : "";
  if (result.released) {
    let message2 = `Released the lease on environment "${environment}" (epoch ${result.lease.epoch}) held by ${who}.${left}`;
    return logger.info(message2), { ...result, message: message2 };
  }
  let claimed = claim.epoch !== void 0 ? `epoch ${claim.epoch}` : "its ticket", why = result.reason === "not-held" ? "nobody holds it" : result.reason === "other-owner" ? `it is held by ${describeLease(result.holder)}` : `this run's claim (${claimed}) is not the lease in force, ${describeLease(result.holder)}; it was reclaimed and taken again since`, message = `Did not release the lease on environment "${environment}" for ${who}: ${why}. Nothing was changed.${left}`;
  return result.reason === "not-held" ? logger.info(message) : logger.warning(message), { ...result, message };
}

// src/deploy/lease/keep-alive.ts
async function renewLease(target, epoch, ttlMs) {
  let { ledger, environment, owner } = target, now = (target.now ?? (() => /* @__PURE__ */ new Date()))(), { result } = await ledger.update(
    `lease ${environment}: renewal by run ${owner.runId} attempt ${owner.runAttempt}`,
    (state) => renewClaim(state, environment, { owner, epoch }, now, ttlMs)
  );
  if (result.renewed) return result;
  let holder = result.holder ? `it is now held by ${describeLease(result.holder)}` : "nobody holds it any more";
  return { ...result, message: `The lease on environment "${environment}" (epoch ${epoch}) was lost: ${holder}.` };
}
function keepLeaseAlive(target, lease, options) {
  let logger = target.logger ?? silentLogger, everyMs = options.everyMs ?? Math.floor(options.ttlMs / 3);
  if (!(everyMs > 0) || everyMs >= options.ttlMs)
    throw new RangeError(`keepLeaseAlive: everyMs (${everyMs}) must be positive and below ttlMs (${options.ttlMs})`);
  let stopped = !1, timer, inFlight = Promise.resolve(), lost, expiresAt = lease.expiresAt, schedule = (ms) => {
    stopped || (timer = setTimeout(() => {
      inFlight = renewOnce();
    }, ms), timer.unref());
  }, renewOnce = async () => {
    try {
      let outcome = await renewLease(target, lease.epoch, options.ttlMs);
      if (stopped) return;
      if (outcome.renewed) {
        expiresAt = outcome.lease.expiresAt, logger.debug(`Renewed the lease on environment "${target.environment}" (epoch ${lease.epoch}) until ${expiresAt}.`), schedule(everyMs);
        return;
      }
      lost = outcome, stopped = !0, logger.error(outcome.message), options.onLost?.(outcome);
    } catch (error) {
      if (stopped) return;
      let retryMs = Math.max(1, Math.floor(everyMs / 4));
      logger.warning(
        `Could not renew the lease on environment "${target.environment}" (${errorMessage(error)}); retrying in ${formatDuration(retryMs)}, before it expires at ${expiresAt}.`
      ), schedule(retryMs);
    }
  };
  return schedule(everyMs), {
    async stop() {
      stopped = !0, timer && clearTimeout(timer), await inFlight;
    },
    get lost() {
      return lost;
    },
    get expiresAt() {
      return expiresAt;
    }
  };
}

// src/deploy/lease/settings.ts
var DEFAULT_LEASE_TTL = "30m", DEFAULT_LOCK_TIMEOUT = "10m";
function parseLeaseSettings(inputs2) {
  let ttlText = inputs2.leaseTtl?.trim() || DEFAULT_LEASE_TTL, ttlMs = parseDuration(ttlText, "input 'lease-ttl'");
  if (ttlMs < 1e4)
    throw new ConfigurationError(`input 'lease-ttl': '${ttlText}' is too short; use at least 10s (the default is ${DEFAULT_LEASE_TTL})`);
  let timeoutMs = parseDuration(inputs2.lockTimeout?.trim() || DEFAULT_LOCK_TIMEOUT, "input 'lock-timeout'");
  return { ttlMs, timeoutMs };
}

// src/deploy/operations/cleanup.ts
var SAVED = {
  environment: "environment",
  ticket: "lease-ticket",
  epoch: "lease-epoch",
  leaseReleased: "lease-released",
  deployment: "deployment-id",
  closed: "deployment-closed"
};
function readSaved(get) {
  let number = (text) => text !== void 0 && /^\d+$/.test(text) ? Number(text) : void 0, saved = { leaseReleased: get(SAVED.leaseReleased) === "true", closed: get(SAVED.closed) === "true" }, environment = get(SAVED.environment), ticket = get(SAVED.ticket), epoch = number(get(SAVED.epoch)), deploymentId = number(get(SAVED.deployment));
  return environment !== void 0 && (saved.environment = environment), ticket !== void 0 && (saved.ticket = ticket), epoch !== void 0 && (saved.epoch = epoch), deploymentId !== void 0 && (saved.deploymentId = deploymentId), saved;
}
async function cleanUpDeploy(context, saved) {
  let done = [];
  if (saved.deploymentId !== void 0 && !saved.closed) {
    let deploymentId = saved.deploymentId;
    try {
      await persist(async () => await latestDeploymentState(context.client, context.at, deploymentId) !== "in_progress" ? !1 : (await setDeploymentStatus(context.client, context.at, deploymentId, {
        state: "error",
        description: "the deploy step ended before it finished (cancelled, timed out or failed); closed by its post step",
        ...context.runUrl ? { logUrl: context.runUrl } : {}
      }), !0)) && done.push(`deployment ${deploymentId} was still in progress: set to error`);
    } catch (error) {
      context.logger.warning(`could not close deployment ${saved.deploymentId} (${errorMessage(error)}); the next deploy of ${saved.environment ?? "the environment"} will`);
    }
  }
  if (saved.environment !== void 0 && saved.ticket !== void 0 && !saved.leaseReleased) {
    let target = { ledger: context.ledger, environment: saved.environment, owner: context.owner, logger: context.logger }, claim = { ...saved.epoch !== void 0 ? { epoch: saved.epoch } : {}, ticket: saved.ticket };
    (await persist(() => releaseLease(target, claim))).released && done.push(`released the lease on ${saved.environment}`);
  }
  for (let line of done) context.logger.info(line);
  return done;
}

// src/actions/deploy/io.ts
var inputs = {
  environment: "environment",
  deploymentId: "deployment-id",
  releaseId: "release-id",
  run: "run",
  rollback: "rollback",
  smoke: "smoke",
  checks: "checks",
  steps: "steps",
  baseline: "baseline",
  interval: "interval",
  samples: "samples",
  leaseTtl: "lease-ttl",
  lockTimeout: "lock-timeout",
  artifactPath: "artifact-path",
  ledgerRef: "ledger-ref",
  token: "token"
}, outputs = {
  verdict: "verdict",
  deploymentId: "deployment-id",
  report: "report"
};

export {
  describeOwner,
  isLeaseTimeoutError,
  workflowRunLookup,
  newLeaseTicket,
  acquireLease,
  releaseLease,
  keepLeaseAlive,
  parseLeaseSettings,
  SAVED,
  readSaved,
  cleanUpDeploy,
  inputs,
  outputs
};

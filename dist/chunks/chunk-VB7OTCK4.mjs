import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  require_http,
  silentLogger
} from "./chunk-WQ52ZJEV.mjs";
import {
  errorMessage
} from "./chunk-W2U6OBLC.mjs";
import {
  __toESM
} from "./chunk-NBEAZCIL.mjs";

// src/runtime/seeded-random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    return t = Math.imul(t ^ t >>> 15, t | 1), t ^= t + Math.imul(t ^ t >>> 7, t | 61), ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/sandbox/api-error.ts
var DOCS_URL = "https://docs.github.com/rest", ApiError = class extends Error {
  constructor(status, message, errors, headers = {}) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
  status;
  errors;
  headers;
  /** The JSON body GitHub sends for this error. */
  body() {
    let body = { message: this.message, documentation_url: DOCS_URL };
    return this.errors && (body.errors = this.errors), body.status = String(this.status), body;
  }
}, notFound = () => new ApiError(404, "Not Found"), validationFailed = (...errors) => new ApiError(422, "Validation Failed", errors), unprocessable = (message) => new ApiError(422, message);

// src/sandbox/faults.ts
var RATE_FIELDS = ["errorRate", "rateLimitRate", "tooManyRate"], ERROR_MESSAGES = { 500: "Server Error", 502: "Bad Gateway", 503: "Service Unavailable" };
function validateFaults(faults) {
  if (typeof faults != "object" || faults === null || Array.isArray(faults)) throw new Error("faults must be a JSON object");
  for (let field of RATE_FIELDS) {
    let value = faults[field];
    if (value !== void 0 && (typeof value != "number" || !(value >= 0 && value <= 1)))
      throw new Error(`faults.${field} must be a number from 0 to 1, got ${JSON.stringify(value)}`);
  }
  let total = RATE_FIELDS.reduce((sum, f) => sum + (faults[f] ?? 0), 0);
  if (total > 1) throw new Error(`faults: errorRate + rateLimitRate + tooManyRate must be at most 1, got ${total}`);
  let statuses = faults.errorStatuses;
  if (statuses !== void 0 && (!Array.isArray(statuses) || statuses.length === 0 || !statuses.every((s) => s in ERROR_MESSAGES)))
    throw new Error(`faults.errorStatuses must be a non-empty list of 500, 502 and 503, got ${JSON.stringify(statuses)}`);
  for (let field of ["retryAfterSeconds", "latencyMs", "seed"]) {
    let value = faults[field];
    if (value !== void 0 && (typeof value != "number" || !Number.isFinite(value) || value < 0))
      throw new Error(`faults.${field} must be a non-negative number, got ${JSON.stringify(value)}`);
  }
  return faults;
}
var FaultInjector = class {
  random = Math.random;
  options = {};
  constructor(options = {}) {
    this.set(options);
  }
  set(options) {
    this.options = validateFaults({ ...options }), this.random = options.seed === void 0 ? Math.random : seededRandom(options.seed);
  }
  get latencyMs() {
    return this.options.latencyMs ?? 0;
  }
  /** Draws once per request; the three rates share one draw so their shares add up exactly. */
  next() {
    let { errorRate = 0, rateLimitRate = 0, tooManyRate = 0 } = this.options;
    if (errorRate + rateLimitRate + tooManyRate === 0) return;
    let retryAfter = String(this.options.retryAfterSeconds ?? 1), draw = this.random();
    if (draw < errorRate) {
      let statuses = this.options.errorStatuses ?? [500, 502, 503], status = statuses[Math.floor(this.random() * statuses.length)];
      return { status, headers: {}, body: { message: ERROR_MESSAGES[status], documentation_url: DOCS_URL } };
    }
    if (draw < errorRate + rateLimitRate)
      return {
        status: 403,
        headers: { "retry-after": retryAfter },
        body: {
          message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
          documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"
        }
      };
    if (draw < errorRate + rateLimitRate + tooManyRate)
      return {
        status: 429,
        headers: { "retry-after": retryAfter },
        body: { message: "Too Many Requests", documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api" }
      };
  }
};

// src/sandbox/server.ts
var import_node_http = __toESM(require_http(), 1);
import { setTimeout as sleep } from "node:timers/promises";

// src/sandbox/router.ts
var GREEDY = /* @__PURE__ */ new Set(["ref", "basehead", "path"]);
function compileRoute(route) {
  let names = [], pattern = route.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{(\w+)\}/g, (_, name) => (names.push(name), GREEDY.has(name) ? "(.+)" : "([^/]+)"));
  return { route, regex: new RegExp(`^${pattern}$`), names };
}
function matchRoute(table, method, pathname) {
  for (let compiled2 of table) {
    if (compiled2.route.method !== method) continue;
    let match = compiled2.regex.exec(pathname);
    if (!match) continue;
    let params = {};
    return compiled2.names.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1]);
    }), { route: compiled2.route, params };
  }
}

// src/sandbox/commit-graph.ts
var generations = /* @__PURE__ */ new WeakMap(), HEAD = 1, BASE = 2;
function generation(readCommit2, repo, sha) {
  let memo = generations.get(repo);
  memo || generations.set(repo, memo = /* @__PURE__ */ new Map());
  let known = memo.get(sha);
  if (known !== void 0) return known;
  let stack = [sha];
  for (; stack.length > 0; ) {
    let top = stack[stack.length - 1];
    if (memo.has(top)) {
      stack.pop();
      continue;
    }
    let commit = readCommit2(top);
    if (!commit) {
      memo.set(top, 0), stack.pop();
      continue;
    }
    let highest = 0, pending = !1;
    for (let parent of commit.parents) {
      let parentGeneration = memo.get(parent);
      parentGeneration === void 0 ? (stack.push(parent), pending = !0) : parentGeneration > highest && (highest = parentGeneration);
    }
    pending || (memo.set(top, highest + 1), stack.pop());
  }
  return memo.get(sha);
}
var GenerationQueue = class {
  items = [];
  get size() {
    return this.items.length;
  }
  push(sha, gen) {
    let items = this.items;
    items.push({ sha, generation: gen });
    let at = items.length - 1;
    for (; at > 0; ) {
      let up = at - 1 >> 1;
      if (items[up].generation >= items[at].generation) break;
      [items[up], items[at]] = [items[at], items[up]], at = up;
    }
  }
  pop() {
    let items = this.items, top = items[0], last = items.pop();
    if (items.length > 0) {
      items[0] = last;
      let at = 0;
      for (; ; ) {
        let left = at * 2 + 1, right = left + 1, best = at;
        if (left < items.length && items[left].generation > items[best].generation && (best = left), right < items.length && items[right].generation > items[best].generation && (best = right), best === at) break;
        [items[best], items[at]] = [items[at], items[best]], at = best;
      }
    }
    return top.sha;
  }
};
function paint(repo, read, heads, bases, options) {
  let marks = /* @__PURE__ */ new Map(), queue = new GenerationQueue(), queuedHeadOnly = 0, mark = (sha, bits) => {
    let before = marks.get(sha) ?? 0, after = before | bits;
    if (after !== before) {
      if (before === 0) {
        if (!read(sha)) return;
        queue.push(sha, generation(read, repo, sha));
      }
      marks.set(sha, after), queuedHeadOnly += (after === HEAD ? 1 : 0) - (before === HEAD ? 1 : 0);
    }
  };
  for (heads.forEach((sha) => mark(sha, HEAD)), bases.forEach((sha) => mark(sha, BASE)); queue.size > 0 && (!options.untilShared || queuedHeadOnly > 0); ) {
    let sha = queue.pop(), bits = marks.get(sha);
    if (bits === HEAD && (queuedHeadOnly -= 1), options.onTaken(sha, bits)) break;
    for (let parent of read(sha)?.parents ?? []) mark(parent, bits);
  }
  return marks;
}
function onlyFrom(repo, read, heads, bases) {
  let only = /* @__PURE__ */ new Set(), marks = paint(repo, read, heads, bases, {
    untilShared: !0,
    onTaken: (sha, bits) => (bits === HEAD && only.add(sha), !1)
  }), border = /* @__PURE__ */ new Set();
  for (let [sha, bits] of marks) bits & BASE && border.add(sha);
  return { only, border };
}
function commonAncestor(repo, read, a, b) {
  let found;
  return paint(repo, read, [a], [b], {
    untilShared: !1,
    onTaken: (sha, bits) => bits !== (HEAD | BASE) ? !1 : (found = sha, !0)
  }), found;
}

// src/sandbox/git-objects.ts
import { createHash } from "node:crypto";
function encodeObject(type, body) {
  return Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
}
function hashObject(type, body) {
  return createHash("sha1").update(encodeObject(type, body)).digest("hex");
}
function decodeObject(raw) {
  let nul = raw.indexOf(0), [type] = raw.subarray(0, nul).toString("latin1").split(" ");
  return { type, body: raw.subarray(nul + 1) };
}
function sortKey(entry) {
  return Buffer.from(entry.mode === "040000" ? `${entry.name}/` : entry.name);
}
function encodeTree(entries) {
  let sorted2 = [...entries].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
  return Buffer.concat(
    sorted2.flatMap((e) => [
      // Git writes directory modes without the leading zero the API shows.
      Buffer.from(`${e.mode.replace(/^0+/, "")} ${e.name}\0`),
      Buffer.from(e.sha, "hex")
    ])
  );
}
function decodeTree(body) {
  let entries = [], at = 0;
  for (; at < body.length; ) {
    let space = body.indexOf(32, at), nul = body.indexOf(0, space), mode = body.subarray(at, space).toString("latin1").padStart(6, "0"), name = body.subarray(space + 1, nul).toString("utf8"), sha = body.subarray(nul + 1, nul + 21).toString("hex");
    entries.push({ mode, name, sha }), at = nul + 21;
  }
  return entries;
}
var formatSignature = (s) => `${s.name} <${s.email}> ${s.time} ${s.tz}`;
function encodeCommit(commit) {
  let lines = [`tree ${commit.tree}`, ...commit.parents.map((p) => `parent ${p}`)];
  return lines.push(`author ${formatSignature(commit.author)}`, `committer ${formatSignature(commit.committer)}`), Buffer.from(`${lines.join(`
`)}

${commit.message}`);
}
function parseSignature(text) {
  let match = /^(.*) <(.*)> (-?\d+) ([+-]\d{4})$/.exec(text);
  return match ? { name: match[1], email: match[2], time: Number(match[3]), tz: match[4] } : { name: text, email: "", time: 0, tz: "+0000" };
}
function decodeCommit(body) {
  let text = body.toString("utf8"), split = text.indexOf(`

`), header = split < 0 ? text : text.slice(0, split), message = split < 0 ? "" : text.slice(split + 2), commit = {
    tree: "",
    parents: [],
    author: parseSignature(""),
    committer: parseSignature(""),
    message
  };
  for (let line of header.split(`
`)) {
    let space = line.indexOf(" "), key = line.slice(0, space), value = line.slice(space + 1);
    key === "tree" ? commit.tree = value : key === "parent" ? commit.parents.push(value) : key === "author" ? commit.author = parseSignature(value) : key === "committer" && (commit.committer = parseSignature(value));
  }
  return commit;
}
function signatureTime(iso) {
  let time = Math.floor(Date.parse(iso) / 1e3), zone = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  return { time, tz: zone ? `${zone[1]}${zone[2]}${zone[3]}` : "+0000" };
}
function isoFromSignature(s) {
  let offsetMinutes = (s.tz.startsWith("-") ? -1 : 1) * (Number(s.tz.slice(1, 3)) * 60 + Number(s.tz.slice(3, 5)));
  return offsetMinutes === 0 ? new Date(s.time * 1e3).toISOString().replace(".000Z", "Z") : `${new Date(s.time * 1e3 + offsetMinutes * 6e4).toISOString().slice(0, 19)}${s.tz.slice(0, 3)}:${s.tz.slice(3)}`;
}

// src/sandbox/shapes.ts
import { createHash as createHash2 } from "node:crypto";
function userId(login) {
  return createHash2("sha1").update(login.toLowerCase()).digest().readUInt32BE(0) % 9e7 + 1e6;
}
function nodeId(kind, id) {
  return Buffer.from(`0${kind.length}:${kind}${id}`).toString("base64").replace(/=+$/, "");
}
var userEmail = (login) => `${userId(login)}+${login}@users.noreply.github.com`;
function simpleUser(baseUrl, login, type = "User") {
  let api = `${baseUrl}/users/${login}`, id = userId(login);
  return {
    login,
    id,
    node_id: nodeId(type, id),
    avatar_url: `${baseUrl}/_stopline/avatars/${id}`,
    gravatar_id: "",
    url: api,
    html_url: `${baseUrl}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    user_view_type: "public",
    site_admin: !1
  };
}
var repoApiUrl = (baseUrl, r) => `${baseUrl}/repos/${r.owner}/${r.name}`, repoHtmlUrl = (baseUrl, r) => `${baseUrl}/${r.owner}/${r.name}`;
function repoJson(ctx, repo) {
  let r = repo.record, url = repoApiUrl(ctx.baseUrl, r), html = repoHtmlUrl(ctx.baseUrl, r), openIssues = r.issues.filter((i) => i.state === "open").length, host = new URL(ctx.baseUrl).host;
  return {
    id: r.id,
    node_id: nodeId("Repository", r.id),
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    private: r.private,
    visibility: r.private ? "private" : "public",
    owner: simpleUser(ctx.baseUrl, r.owner, r.ownerType),
    html_url: html,
    description: r.description,
    fork: !1,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://${host}/${r.owner}/${r.name}.git`,
    hooks_url: `${url}/hooks`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@${host}:${r.owner}/${r.name}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    svn_url: html,
    homepage: r.homepage,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: r.default_branch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: !1,
    topics: [],
    has_issues: !0,
    has_projects: !0,
    has_wiki: !0,
    has_pages: !1,
    has_downloads: !0,
    has_discussions: !1,
    archived: !1,
    disabled: !1,
    license: null,
    allow_forking: !0,
    web_commit_signoff_required: !1,
    pushed_at: r.pushed_at,
    created_at: r.created_at,
    updated_at: r.updated_at,
    permissions: { admin: !0, maintain: !0, push: !0, triage: !0, pull: !0 },
    network_count: 0,
    subscribers_count: 0
  };
}
function requireRepo(ctx) {
  let repo = ctx.store.getRepo(ctx.params.owner ?? "", ctx.params.repo ?? "");
  if (!repo) throw notFound();
  return repo;
}
function callerLogin(ctx) {
  if (!ctx.caller) throw new ApiError(401, "Requires authentication");
  return ctx.caller.login;
}
function bodyObject(ctx) {
  if (ctx.body === void 0) return {};
  if (typeof ctx.body != "object" || ctx.body === null || Array.isArray(ctx.body))
    throw new ApiError(400, "Problems parsing JSON");
  return ctx.body;
}
var invalidField = (resource, field) => validationFailed({ resource, field, code: "invalid" });
function optString(body, field, resource) {
  let value = body[field];
  if (value != null) {
    if (typeof value != "string") throw invalidField(resource, field);
    return value;
  }
}
function reqString(body, field, resource) {
  let value = optString(body, field, resource);
  if (value === void 0) throw validationFailed({ resource, field, code: "missing_field" });
  return value;
}
function optBool(body, field, resource) {
  let value = body[field];
  if (value != null) {
    if (typeof value != "boolean") throw invalidField(resource, field);
    return value;
  }
}
function optStringArray(body, field, resource) {
  let value = body[field];
  if (value != null) {
    if (!Array.isArray(value) || value.some((v) => typeof v != "string")) throw invalidField(resource, field);
    return value;
  }
}
function idParam(ctx, name) {
  let value = Number(ctx.params[name]);
  if (!Number.isInteger(value) || value < 1) throw notFound();
  return value;
}
var isoNow = (ctx) => ctx.now.toISOString().replace(/\.\d{3}Z$/, "Z");

// src/sandbox/git-ops.ts
var decoded = /* @__PURE__ */ new WeakMap();
function readCommit(store, repo, sha) {
  let cache = decoded.get(repo);
  cache || decoded.set(repo, cache = /* @__PURE__ */ new Map());
  let known = cache.get(sha);
  if (known) return known;
  let object = store.readObject(repo, sha);
  if (object?.type !== "commit") return;
  let commit = decodeCommit(object.body);
  return cache.set(sha, commit), commit;
}
function readTree(store, repo, sha) {
  let object = store.readObject(repo, sha);
  return object?.type === "tree" ? decodeTree(object.body) : void 0;
}
var entryType = (mode) => mode === "040000" ? "tree" : mode === "160000" ? "commit" : "blob";
function flattenTree(store, repo, sha, prefix = "", out = /* @__PURE__ */ new Map()) {
  for (let entry of readTree(store, repo, sha) ?? []) {
    let path2 = prefix + entry.name, type = entryType(entry.mode);
    type === "tree" ? flattenTree(store, repo, entry.sha, `${path2}/`, out) : out.set(path2, { mode: entry.mode, type, sha: entry.sha });
  }
  return out;
}
function resolveCommitish(store, repo, ref) {
  let candidates = [ref, `refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`];
  for (let name of candidates) {
    let sha = repo.refs.get(name);
    if (sha) return peelToCommit(store, repo, sha);
  }
  if (/^[0-9a-f]{40}$/.test(ref)) return readCommit(store, repo, ref) ? ref : void 0;
  if (/^[0-9a-f]{7,39}$/.test(ref)) {
    for (let head of new Set(repo.refs.values()))
      for (let sha of walkHistory(store, repo, [head])) if (sha.startsWith(ref)) return sha;
  }
}
function peelToCommit(store, repo, sha) {
  let object = store.readObject(repo, sha);
  if (object?.type === "commit") return sha;
  if (object?.type === "tag") {
    let target = /^object ([0-9a-f]{40})/m.exec(object.body.toString("utf8"));
    return target ? peelToCommit(store, repo, target[1]) : void 0;
  }
}
function walkHistory(store, repo, heads, stop = /* @__PURE__ */ new Set()) {
  let seen = /* @__PURE__ */ new Set(), queue = [], push = (sha) => {
    if (seen.has(sha) || stop.has(sha)) return;
    let commit = readCommit(store, repo, sha);
    commit && (seen.add(sha), queue.push({ sha, time: commit.committer.time }));
  };
  heads.forEach(push);
  let out = [];
  for (; queue.length; ) {
    let best = 0;
    for (let i = 1; i < queue.length; i++) queue[i].time > queue[best].time && (best = i);
    let [next] = queue.splice(best, 1);
    out.push(next.sha);
    for (let parent of readCommit(store, repo, next.sha).parents) push(parent);
  }
  return out;
}
function isAncestor(store, repo, ancestor, descendant) {
  let seen = /* @__PURE__ */ new Set(), queue = [descendant];
  for (let i = 0; i < queue.length; i++) {
    let current = queue[i];
    if (current === ancestor) return !0;
    seen.has(current) || (seen.add(current), queue.push(...readCommit(store, repo, current)?.parents ?? []));
  }
  return !1;
}
function mergeBase(store, repo, a, b) {
  return commonAncestor(repo, (sha) => readCommit(store, repo, sha), a, b);
}
function commitsOnlyIn(store, repo, head, base) {
  let { border } = onlyFrom(repo, (sha) => readCommit(store, repo, sha), [head], [base]);
  return walkHistory(store, repo, [head], border);
}
function gitCommitJson(ctx, repo, sha, commit) {
  let url = repoApiUrl(ctx.baseUrl, repo.record), html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return {
    sha,
    node_id: nodeId("Commit", sha),
    url: `${url}/git/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    author: { name: commit.author.name, email: commit.author.email, date: isoFromSignature(commit.author) },
    committer: { name: commit.committer.name, email: commit.committer.email, date: isoFromSignature(commit.committer) },
    tree: { sha: commit.tree, url: `${url}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({ sha: p, url: `${url}/git/commits/${p}`, html_url: `${html}/commit/${p}` })),
    verification: { verified: !1, reason: "unsigned", signature: null, payload: null, verified_at: null }
  };
}
function accountFor(ctx, email) {
  let match = /^(\d+)\+([^@]+)@users\.noreply\.github\.com$/.exec(email);
  return match && userId(match[2]) === Number(match[1]) ? simpleUser(ctx.baseUrl, match[2]) : null;
}
function restCommitJson(ctx, repo, sha, commit) {
  let url = repoApiUrl(ctx.baseUrl, repo.record), html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return {
    sha,
    node_id: nodeId("Commit", sha),
    url: `${url}/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    comments_url: `${url}/commits/${sha}/comments`,
    commit: {
      url: `${url}/git/commits/${sha}`,
      author: { name: commit.author.name, email: commit.author.email, date: isoFromSignature(commit.author) },
      committer: { name: commit.committer.name, email: commit.committer.email, date: isoFromSignature(commit.committer) },
      message: commit.message,
      tree: { sha: commit.tree, url: `${url}/git/trees/${commit.tree}` },
      comment_count: 0,
      verification: { verified: !1, reason: "unsigned", signature: null, payload: null, verified_at: null }
    },
    author: accountFor(ctx, commit.author.email),
    committer: accountFor(ctx, commit.committer.email),
    parents: commit.parents.map((p) => ({ sha: p, url: `${url}/commits/${p}`, html_url: `${html}/commit/${p}` }))
  };
}
function diffTrees(store, repo, fromTree, toTree) {
  let before = fromTree ? flattenTree(store, repo, fromTree) : /* @__PURE__ */ new Map(), after = flattenTree(store, repo, toTree), changes = [];
  for (let [path2, entry] of after) {
    let old = before.get(path2);
    old ? (old.sha !== entry.sha || old.mode !== entry.mode) && changes.push({ filename: path2, status: "modified", sha: entry.sha, before: old.sha }) : changes.push({ filename: path2, status: "added", sha: entry.sha });
  }
  for (let [path2, entry] of before) after.has(path2) || changes.push({ filename: path2, status: "removed", sha: entry.sha });
  return changes.sort((a, b) => a.filename < b.filename ? -1 : 1);
}
function lineStats(store, repo, before, after) {
  let lines = (sha) => {
    if (!sha) return [];
    let object = store.readObject(repo, sha);
    return object?.type !== "blob" || object.body.length === 0 ? [] : object.body.toString("utf8").replace(/\n$/, "").split(`
`);
  }, counts = /* @__PURE__ */ new Map();
  for (let line of lines(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  let additions = 0;
  for (let line of lines(after)) {
    let left = counts.get(line) ?? 0;
    left > 0 ? counts.set(line, left - 1) : additions++;
  }
  let deletions = [...counts.values()].reduce((sum, n) => sum + n, 0);
  return { additions, deletions, changes: additions + deletions };
}
function filesJson(ctx, repo, fromTree, toTree, ref) {
  let url = repoApiUrl(ctx.baseUrl, repo.record), html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return diffTrees(ctx.store, repo, fromTree, toTree).map((change) => {
    let stats = lineStats(
      ctx.store,
      repo,
      change.status === "added" ? void 0 : change.before ?? change.sha,
      change.status === "removed" ? void 0 : change.sha
    );
    return {
      sha: change.sha,
      filename: change.filename,
      status: change.status,
      ...stats,
      blob_url: `${html}/blob/${ref}/${change.filename}`,
      raw_url: `${html}/raw/${ref}/${change.filename}`,
      contents_url: `${url}/contents/${change.filename}?ref=${ref}`
    };
  });
}

// src/sandbox/pagination.ts
function pageParams(ctx, defaultPerPage = 30) {
  let rawPer = ctx.query.get("per_page"), rawPage = ctx.query.get("page"), perPage = rawPer === null ? defaultPerPage : Number(rawPer), page2 = rawPage === null ? 1 : Number(rawPage);
  if (!Number.isInteger(perPage) || perPage < 1)
    throw validationFailed({ resource: "Search", field: "per_page", code: "invalid" });
  if (!Number.isInteger(page2) || page2 < 1) throw validationFailed({ resource: "Search", field: "page", code: "invalid" });
  return { perPage: Math.min(perPage, 100), page: page2 };
}
function paginate(ctx, items, defaultPerPage = 30) {
  let { perPage, page: page2 } = pageParams(ctx, defaultPerPage), lastPage = Math.max(1, Math.ceil(items.length / perPage)), slice = items.slice((page2 - 1) * perPage, page2 * perPage), link = (target, rel) => {
    let query = new URLSearchParams(ctx.query);
    return query.set("per_page", String(perPage)), query.set("page", String(target)), `<${ctx.baseUrl}${ctx.path}?${query.toString()}>; rel="${rel}"`;
  }, links = [];
  return page2 > 1 && links.push(link(Math.min(page2 - 1, lastPage), "prev")), page2 < lastPage && links.push(link(page2 + 1, "next"), link(lastPage, "last")), page2 > 1 && links.push(link(1, "first")), { items: slice, headers: links.length ? { link: links.join(", ") } : {} };
}

// src/sandbox/handlers/actions.ts
var RUN_STATUSES = ["queued", "in_progress", "completed", "waiting", "requested", "pending"], CONCLUSIONS = ["success", "failure", "neutral", "cancelled", "skipped", "timed_out", "action_required", "stale", "startup_failure"];
function runJson(ctx, repo, run) {
  let url = `${repoApiUrl(ctx.baseUrl, repo.record)}/actions/runs/${run.id}`, commit = readCommit(ctx.store, repo, run.head_sha), { owner, ...rest } = repoJson(ctx, repo), repository = { ...rest, owner };
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId("WorkflowRun", run.id),
    check_suite_id: run.id + 1,
    check_suite_node_id: nodeId("CheckSuite", run.id + 1),
    head_branch: run.head_branch,
    head_sha: run.head_sha,
    path: run.path,
    display_title: run.display_title,
    run_number: run.run_number,
    run_attempt: run.run_attempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflow_id,
    url,
    html_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.created_at,
    updated_at: run.updated_at,
    run_started_at: run.run_started_at,
    actor: simpleUser(ctx.baseUrl, run.actor),
    triggering_actor: simpleUser(ctx.baseUrl, run.actor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoApiUrl(ctx.baseUrl, repo.record)}/check-suites/${run.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: run.run_attempt > 1 ? `${url}/attempts/${run.run_attempt - 1}` : null,
    workflow_url: `${repoApiUrl(ctx.baseUrl, repo.record)}/actions/workflows/${run.workflow_id}`,
    head_commit: commit ? {
      id: run.head_sha,
      tree_id: commit.tree,
      message: commit.message,
      timestamp: isoFromSignature(commit.committer),
      author: { name: commit.author.name, email: commit.author.email },
      committer: { name: commit.committer.name, email: commit.committer.email }
    } : null,
    repository,
    head_repository: repository
  };
}
function jobJson(ctx, repo, run, job) {
  let api = repoApiUrl(ctx.baseUrl, repo.record);
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${api}/actions/runs/${run.id}`,
    run_attempt: job.run_attempt,
    node_id: nodeId("CheckRun", job.id),
    head_sha: run.head_sha,
    head_branch: run.head_branch,
    url: `${api}/actions/jobs/${job.id}`,
    html_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: job.created_at,
    started_at: job.started_at,
    completed_at: job.completed_at,
    name: job.name,
    steps: [],
    check_run_url: `${api}/check-runs/${job.id}`,
    labels: ["ubuntu-latest"],
    runner_id: null,
    runner_name: null,
    runner_group_id: null,
    runner_group_name: null,
    workflow_name: run.name
  };
}
function requireRun(ctx, repo) {
  let id = idParam(ctx, "run_id"), run = repo.record.runs.find((r) => r.id === id);
  if (!run) throw notFound();
  return run;
}
function listRuns(ctx) {
  let repo = requireRepo(ctx), q = (name) => ctx.query.get(name), status = q("status"), list = repo.record.runs.filter(
    (r) => (!q("branch") || r.head_branch === q("branch")) && (!q("event") || r.event === q("event")) && (!q("head_sha") || r.head_sha === q("head_sha")) && (!q("actor") || r.actor.toLowerCase() === q("actor").toLowerCase()) && // `status` takes a status or a conclusion, as on GitHub.
    (!status || r.status === status || r.conclusion === status)
  ).sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id), { items, headers } = paginate(ctx, list);
  return { status: 200, headers, body: { total_count: list.length, workflow_runs: items.map((r) => runJson(ctx, repo, r)) } };
}
function rerunFailed(ctx) {
  let repo = requireRepo(ctx), run = requireRun(ctx, repo);
  if (run.status !== "completed") throw new ApiError(403, "This workflow is already running");
  let jobs = repo.record.jobs.filter((j) => j.run_id === run.id && j.run_attempt === run.run_attempt), failed = jobs.filter((j) => ["failure", "cancelled", "timed_out"].includes(j.conclusion ?? ""));
  if (!failed.length) throw new ApiError(403, "There are no failed jobs to re-run");
  let now = isoNow(ctx);
  run.run_attempt++, run.status = "queued", run.conclusion = null, run.updated_at = now, run.run_started_at = now;
  for (let job of jobs) {
    let again = failed.includes(job);
    repo.record.jobs.push({
      ...job,
      id: ctx.store.nextId(),
      run_attempt: run.run_attempt,
      status: again ? "queued" : job.status,
      conclusion: again ? null : job.conclusion,
      started_at: again ? now : job.started_at,
      completed_at: again ? null : job.completed_at,
      created_at: again ? now : job.created_at
    });
  }
  return ctx.store.saveRecord(repo), { status: 201, body: {} };
}
function listJobs(ctx) {
  let repo = requireRepo(ctx), run = requireRun(ctx, repo), filter = ctx.query.get("filter") ?? "latest";
  if (filter !== "latest" && filter !== "all") throw validationFailed({ resource: "Job", field: "filter", code: "invalid" });
  let jobs = repo.record.jobs.filter((j) => j.run_id === run.id && (filter === "all" || j.run_attempt === run.run_attempt)), { items, headers } = paginate(ctx, jobs);
  return { status: 200, headers, body: { total_count: jobs.length, jobs: items.map((j) => jobJson(ctx, repo, run, j)) } };
}
function oneOf(value, allowed, field) {
  if (value != null) {
    if (typeof value != "string" || !allowed.includes(value))
      throw validationFailed({ resource: "WorkflowRun", field, code: "invalid", message: `${field} must be one of ${allowed.join(", ")}` });
    return value;
  }
}
function applyRunState(ctx, repo, run, body) {
  let status = oneOf(body.status, RUN_STATUSES, "status") ?? run.status, conclusion = oneOf(body.conclusion, CONCLUSIONS, "conclusion") ?? (status === "completed" ? run.conclusion ?? "success" : null);
  run.status = status, run.conclusion = status === "completed" ? conclusion : null, run.updated_at = isoNow(ctx);
  for (let job of repo.record.jobs.filter((j) => j.run_id === run.id && j.run_attempt === run.run_attempt))
    status === "completed" && job.status !== "completed" && (job.status = "completed", job.conclusion = run.conclusion, job.completed_at = isoNow(ctx));
}
function seedRun(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), name = optString(body, "name", "WorkflowRun") ?? "CI", path2 = optString(body, "path", "WorkflowRun") ?? `.github/workflows/${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.yml`, branch = optString(body, "head_branch", "WorkflowRun") ?? repo.record.default_branch, headSha = optString(body, "head_sha", "WorkflowRun") ?? resolveCommitish(ctx.store, repo, branch);
  if (!headSha || !readCommit(ctx.store, repo, headSha))
    throw validationFailed({ resource: "WorkflowRun", field: "head_sha", code: "invalid", message: "head_sha must name a commit of this repository (or head_branch an existing branch)" });
  let workflowId = repo.record.workflows[path2] ??= ctx.store.nextId(), now = isoNow(ctx), number = repo.record.runs.filter((r) => r.workflow_id === workflowId).length + 1, commit = readCommit(ctx.store, repo, headSha), run = {
    id: ctx.store.nextId(),
    name,
    path: path2,
    workflow_id: workflowId,
    run_number: number,
    run_attempt: 1,
    event: optString(body, "event", "WorkflowRun") ?? "push",
    status: "queued",
    conclusion: null,
    head_branch: branch,
    head_sha: headSha,
    display_title: optString(body, "display_title", "WorkflowRun") ?? commit.message.split(`
`)[0] ?? name,
    actor: optString(body, "actor", "WorkflowRun") ?? callerLogin(ctx),
    created_at: now,
    updated_at: now,
    run_started_at: now
  }, jobs = Array.isArray(body.jobs) ? body.jobs : [{ name: "build" }];
  for (let job of jobs)
    repo.record.jobs.push({
      id: ctx.store.nextId(),
      run_id: run.id,
      run_attempt: 1,
      name: typeof job.name == "string" ? job.name : "build",
      status: oneOf(job.status, RUN_STATUSES, "jobs[].status") ?? "queued",
      conclusion: oneOf(job.conclusion, CONCLUSIONS, "jobs[].conclusion") ?? null,
      started_at: now,
      completed_at: job.status === "completed" ? now : null,
      created_at: now
    });
  return repo.record.runs.push(run), applyRunState(ctx, repo, run, body), ctx.store.saveRecord(repo), { status: 201, body: runJson(ctx, repo, run) };
}
function updateRun(ctx) {
  let repo = requireRepo(ctx), run = requireRun(ctx, repo);
  return applyRunState(ctx, repo, run, bodyObject(ctx)), ctx.store.saveRecord(repo), { status: 200, body: runJson(ctx, repo, run) };
}
var actionRoutes = [
  { method: "GET", path: "/repos/{owner}/{repo}/actions/runs", handler: listRuns },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/actions/runs/{run_id}",
    handler: (ctx) => {
      let repo = requireRepo(ctx);
      return { status: 200, body: runJson(ctx, repo, requireRun(ctx, repo)) };
    }
  },
  { method: "POST", path: "/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs", handler: rerunFailed },
  { method: "GET", path: "/repos/{owner}/{repo}/actions/runs/{run_id}/jobs", handler: listJobs },
  { method: "POST", path: "/_stopline/repos/{owner}/{repo}/actions/runs", sandboxOnly: !0, handler: seedRun },
  { method: "PATCH", path: "/_stopline/repos/{owner}/{repo}/actions/runs/{run_id}", sandboxOnly: !0, handler: updateRun }
];

// src/sandbox/handlers/commits.ts
function dateQuery(ctx, name) {
  let value = ctx.query.get(name);
  if (value === null) return;
  let time = Date.parse(value);
  if (Number.isNaN(time)) throw new ApiError(400, `Invalid value for parameter '${name}': use ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)`);
  return time / 1e3;
}
function listCommits(ctx) {
  let repo = requireRepo(ctx), start = ctx.query.get("sha") ?? repo.record.default_branch, head = resolveCommitish(ctx.store, repo, start);
  if (!head)
    throw repo.refs.size === 0 ? new ApiError(409, "Git Repository is empty.") : notFound();
  let since = dateQuery(ctx, "since"), until = dateQuery(ctx, "until"), path2 = ctx.query.get("path")?.replace(/^\/+|\/+$/g, ""), author = ctx.query.get("author")?.toLowerCase(), at = (treeSha) => !treeSha || !path2 ? void 0 : [...flattenTree(ctx.store, repo, treeSha)].filter(([p]) => p === path2 || p.startsWith(`${path2}/`)).map(([p, e]) => `${p}:${e.sha}`).join(","), shas = walkHistory(ctx.store, repo, [head]).filter((sha) => {
    let commit = readCommit(ctx.store, repo, sha);
    if (since !== void 0 && commit.committer.time < since || until !== void 0 && commit.committer.time > until || author && !commit.author.email.toLowerCase().includes(author) && commit.author.name.toLowerCase() !== author) return !1;
    if (path2) {
      let parent = commit.parents[0] ? readCommit(ctx.store, repo, commit.parents[0]) : void 0;
      return at(commit.tree) !== at(parent?.tree);
    }
    return !0;
  }), { items, headers } = paginate(ctx, shas);
  return { status: 200, body: items.map((sha) => restCommitJson(ctx, repo, sha, readCommit(ctx.store, repo, sha))), headers };
}
function getCommit(ctx) {
  let repo = requireRepo(ctx), sha = resolveCommitish(ctx.store, repo, ctx.params.ref);
  if (!sha) throw new ApiError(422, `No commit found for SHA: ${ctx.params.ref}`);
  let commit = readCommit(ctx.store, repo, sha), parentTree = commit.parents[0] ? readCommit(ctx.store, repo, commit.parents[0])?.tree : void 0, files = filesJson(ctx, repo, parentTree, commit.tree, sha), additions = files.reduce((n, f) => n + f.additions, 0), deletions = files.reduce((n, f) => n + f.deletions, 0);
  return {
    status: 200,
    body: { ...restCommitJson(ctx, repo, sha, commit), stats: { total: additions + deletions, additions, deletions }, files }
  };
}
function commitsBetween(ctx, repoParam, base, head) {
  return commitsOnlyIn(ctx.store, repoParam, head, base).reverse();
}
function compare(ctx) {
  let repo = requireRepo(ctx), range = ctx.params.basehead, split = range.indexOf("...");
  if (split < 0) throw notFound();
  let baseName = range.slice(0, split), headName = range.slice(split + 3), base = resolveCommitish(ctx.store, repo, baseName), head = resolveCommitish(ctx.store, repo, headName);
  if (!base || !head) throw notFound();
  let mb = mergeBase(ctx.store, repo, base, head);
  if (!mb) throw new ApiError(404, `No common ancestor between ${baseName} and ${headName}.`);
  let ahead = commitsBetween(ctx, repo, base, head), behind = commitsBetween(ctx, repo, head, base), status = base === head ? "identical" : behind.length === 0 ? "ahead" : ahead.length === 0 ? "behind" : "diverged", { items, headers } = paginate(ctx, ahead, 250), json = (sha) => restCommitJson(ctx, repo, sha, readCommit(ctx.store, repo, sha)), url = repoApiUrl(ctx.baseUrl, repo.record), html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return {
    status: 200,
    headers,
    body: {
      url: `${url}/compare/${range}`,
      html_url: `${html}/compare/${range}`,
      permalink_url: `${html}/compare/${repo.record.owner}:${base}...${repo.record.owner}:${head}`,
      diff_url: `${html}/compare/${range}.diff`,
      patch_url: `${html}/compare/${range}.patch`,
      base_commit: json(base),
      merge_base_commit: json(mb),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits: items.map(json),
      files: filesJson(ctx, repo, readCommit(ctx.store, repo, mb).tree, readCommit(ctx.store, repo, head).tree, head)
    }
  };
}
var commitRoutes = [
  { method: "GET", path: "/repos/{owner}/{repo}/commits", handler: listCommits },
  { method: "GET", path: "/repos/{owner}/{repo}/compare/{basehead}", handler: compare },
  // {ref} is greedy (refs may hold slashes), so the longer status routes are matched first: see statuses.ts.
  { method: "GET", path: "/repos/{owner}/{repo}/commits/{ref}", handler: getCommit }
];

// src/sandbox/handlers/contents.ts
var MAX_INLINE_CONTENT = 1024 * 1024, contentType = (mode) => mode === "040000" ? "dir" : mode === "160000" ? "submodule" : mode === "120000" ? "symlink" : "file", encodePath = (path2) => path2.split("/").map(encodeURIComponent).join("/");
function lookup(ctx, repo, rootTree, segments) {
  let entry = { mode: "040000", name: "", sha: rootTree };
  for (let segment of segments) {
    if (entry?.mode !== "040000") return;
    entry = readTree(ctx.store, repo, entry.sha)?.find((e) => e.name === segment);
  }
  return entry;
}
function symlinkTarget(target, linkSegments) {
  if (target.startsWith("/")) return;
  let out = linkSegments.slice(0, -1);
  for (let part of target.split("/"))
    if (!(part === "" || part === "."))
      if (part === "..") {
        if (out.length === 0) return;
        out.pop();
      } else out.push(part);
  return out.length > 0 ? out : void 0;
}
function submoduleUrl(ctx, repo, rootTree, path2) {
  let file = lookup(ctx, repo, rootTree, [".gitmodules"]), text = file ? ctx.store.readObject(repo, file.sha)?.body.toString("utf8") : void 0;
  for (let section of (text ?? "").split(/^\s*\[/m))
    if (/^\s*path\s*=\s*(.+?)\s*$/m.exec(section)?.[1] === path2)
      return /^\s*url\s*=\s*(.+?)\s*$/m.exec(section)?.[1];
}
function entryJson(ctx, repo, ref, path2, entry, type) {
  let api = repoApiUrl(ctx.baseUrl, repo.record), html = repoHtmlUrl(ctx.baseUrl, repo.record), self = `${api}/contents/${encodePath(path2)}?ref=${encodeURIComponent(ref)}`, hasBlob = type === "file" || type === "symlink", git = type === "dir" ? `${api}/git/trees/${entry.sha}` : hasBlob ? `${api}/git/blobs/${entry.sha}` : null, page2 = type === "submodule" ? null : `${html}/${type === "dir" ? "tree" : "blob"}/${encodePath(ref)}/${encodePath(path2)}`;
  return {
    name: entry.name,
    path: path2,
    sha: entry.sha,
    size: hasBlob ? ctx.store.readObject(repo, entry.sha)?.body.length ?? 0 : 0,
    url: self,
    html_url: page2,
    git_url: git,
    download_url: hasBlob ? `${html}/raw/${encodePath(ref)}/${encodePath(path2)}` : null,
    // GitHub's listings call a submodule a "file" (kept for backwards compatibility).
    type: type === "submodule" ? "file" : type,
    _links: { self, git, html: page2 }
  };
}
function fileJson(ctx, repo, ref, path2, entry) {
  let bytes = ctx.store.readObject(repo, entry.sha)?.body ?? Buffer.alloc(0), inline = bytes.length <= MAX_INLINE_CONTENT;
  return {
    ...entryJson(ctx, repo, ref, path2, entry, "file"),
    type: "file",
    // GitHub wraps base64 at 60 characters per line, as for blobs.
    content: inline ? (bytes.toString("base64").match(/.{1,60}/g) ?? []).map((line) => `${line}
`).join("") : "",
    encoding: inline ? "base64" : "none"
  };
}
function getContent(ctx) {
  let repo = requireRepo(ctx), ref = ctx.query.get("ref") || repo.record.default_branch, commitSha = resolveCommitish(ctx.store, repo, ref);
  if (!commitSha)
    throw new ApiError(404, repo.refs.size === 0 ? "This repository is empty." : `No commit found for the ref ${ref}`);
  let rootTree = readCommit(ctx.store, repo, commitSha).tree, segments = ctx.params.path.split("/").filter((segment) => segment !== ""), entry = lookup(ctx, repo, rootTree, segments);
  if (!entry || segments.length === 0) throw notFound();
  let type = contentType(entry.mode), accept = String(ctx.headers.accept ?? "");
  if (type === "symlink") {
    let targetText = ctx.store.readObject(repo, entry.sha)?.body.toString("utf8") ?? "", target = symlinkTarget(targetText, segments), followed = target ? lookup(ctx, repo, rootTree, target) : void 0;
    if (followed && contentType(followed.mode) === "file")
      segments.splice(0, segments.length, ...target), entry = followed, type = "file";
    else
      return { status: 200, body: { ...entryJson(ctx, repo, ref, segments.join("/"), entry, type), target: targetText } };
  }
  let path2 = segments.join("/");
  if (type === "file")
    return /vnd\.github(\.v3)?\.raw/.test(accept) ? { status: 200, raw: { bytes: ctx.store.readObject(repo, entry.sha)?.body ?? Buffer.alloc(0), contentType: "application/vnd.github.raw" } } : { status: 200, body: fileJson(ctx, repo, ref, path2, entry) };
  if (type === "submodule") {
    let url = submoduleUrl(ctx, repo, rootTree, path2);
    if (!url) throw notFound();
    return { status: 200, body: { ...entryJson(ctx, repo, ref, path2, entry, type), type: "submodule", submodule_git_url: url } };
  }
  let entries = (readTree(ctx.store, repo, entry.sha) ?? []).map(
    (child) => entryJson(ctx, repo, ref, `${path2}/${child.name}`, child, contentType(child.mode))
  );
  return /vnd\.github(\.v3)?\.object/.test(accept) ? { status: 200, body: { ...entryJson(ctx, repo, ref, path2, entry, type), entries } } : { status: 200, body: entries };
}
var contentRoutes = [
  { method: "GET", path: "/repos/{owner}/{repo}/contents/{path}", handler: getContent }
];

// src/sandbox/handlers/statuses.ts
var STATES = ["error", "failure", "pending", "success"];
function statusJson(ctx, repo, s) {
  let creator = simpleUser(ctx.baseUrl, s.creator);
  return {
    url: `${repoApiUrl(ctx.baseUrl, repo.record)}/statuses/${s.sha}`,
    avatar_url: creator.avatar_url,
    id: s.id,
    node_id: nodeId("StatusContext", s.id),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
    creator
  };
}
function createStatus(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), sha = ctx.params.sha, state = reqString(body, "state", "Status");
  if (!STATES.includes(state))
    throw validationFailed({ resource: "Status", field: "state", code: "custom", message: `state is not included in the list: ${STATES.join(", ")}` });
  let commit = resolveCommitish(ctx.store, repo, sha);
  if (!commit || !commit.startsWith(sha.toLowerCase())) throw new ApiError(422, `No commit found for SHA: ${sha}`);
  let now = isoNow(ctx), record = {
    id: ctx.store.nextId(),
    sha: commit,
    state,
    target_url: optString(body, "target_url", "Status") ?? null,
    description: optString(body, "description", "Status") ?? null,
    context: optString(body, "context", "Status") ?? "default",
    creator: callerLogin(ctx),
    created_at: now,
    updated_at: now
  };
  return repo.record.statuses.push(record), ctx.store.saveRecord(repo), { status: 201, body: statusJson(ctx, repo, record) };
}
function statusesFor(ctx, repo) {
  let sha = resolveCommitish(ctx.store, repo, ctx.params.ref), list = sha ? repo.record.statuses.filter((s) => s.sha === sha) : [];
  return { sha, list: [...list].sort((a, b) => b.id - a.id) };
}
function listStatuses(ctx) {
  let repo = requireRepo(ctx), { items, headers } = paginate(ctx, statusesFor(ctx, repo).list);
  return { status: 200, body: items.map((s) => statusJson(ctx, repo, s)), headers };
}
function combine(list) {
  let latest = /* @__PURE__ */ new Map();
  for (let s of [...list].sort((a, b) => b.id - a.id)) latest.has(s.context) || latest.set(s.context, s);
  let values = [...latest.values()];
  return { state: values.some((s) => s.state === "error" || s.state === "failure") ? "failure" : values.length === 0 || values.some((s) => s.state === "pending") ? "pending" : "success", latest: values };
}
function combinedStatus(ctx) {
  let repo = requireRepo(ctx), { sha, list } = statusesFor(ctx, repo);
  if (!sha) throw new ApiError(404, `No commit found for SHA: ${ctx.params.ref}`);
  let { state, latest } = combine(list), { items, headers } = paginate(ctx, latest, 100), url = repoApiUrl(ctx.baseUrl, repo.record), { owner, ...repository } = repoJson(ctx, repo);
  return {
    status: 200,
    headers,
    body: {
      state,
      statuses: items.map((s) => {
        let { creator: _creator, ...simple } = statusJson(ctx, repo, s);
        return simple;
      }),
      sha,
      total_count: latest.length,
      repository: { ...repository, owner },
      commit_url: `${url}/commits/${sha}`,
      url: `${url}/commits/${sha}/status`
    }
  };
}
var statusRoutes = [
  { method: "POST", path: "/repos/{owner}/{repo}/statuses/{sha}", handler: createStatus },
  { method: "GET", path: "/repos/{owner}/{repo}/commits/{ref}/statuses", handler: listStatuses },
  { method: "GET", path: "/repos/{owner}/{repo}/commits/{ref}/status", handler: combinedStatus }
];

// src/sandbox/handlers/deployments.ts
var STATES2 = ["error", "failure", "inactive", "in_progress", "queued", "pending", "success"];
function deploymentJson(ctx, repo, d) {
  let url = `${repoApiUrl(ctx.baseUrl, repo.record)}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: nodeId("Deployment", d.id),
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.original_environment,
    environment: d.environment,
    description: d.description,
    creator: simpleUser(ctx.baseUrl, d.creator),
    created_at: d.created_at,
    updated_at: d.updated_at,
    statuses_url: `${url}/statuses`,
    repository_url: repoApiUrl(ctx.baseUrl, repo.record),
    transient_environment: d.transient_environment,
    production_environment: d.production_environment,
    performed_via_github_app: null
  };
}
function statusJson2(ctx, repo, s) {
  let deploymentUrl = `${repoApiUrl(ctx.baseUrl, repo.record)}/deployments/${s.deployment_id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: nodeId("DeploymentStatus", s.id),
    state: s.state,
    creator: simpleUser(ctx.baseUrl, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.target_url,
    // Optional URI fields are left out when unset rather than sent as "" (not a URI).
    ...s.log_url ? { log_url: s.log_url } : {},
    ...s.environment_url ? { environment_url: s.environment_url } : {},
    created_at: s.created_at,
    updated_at: s.updated_at,
    deployment_url: deploymentUrl,
    repository_url: repoApiUrl(ctx.baseUrl, repo.record),
    performed_via_github_app: null
  };
}
function parsePayload(value) {
  if (value == null || value === "") return {};
  if (typeof value == "string")
    try {
      let parsed = JSON.parse(value);
      if (parsed && typeof parsed == "object" && !Array.isArray(parsed)) return parsed;
    } catch {
    }
  else if (typeof value == "object" && !Array.isArray(value)) return value;
  throw validationFailed({ resource: "Deployment", field: "payload", code: "invalid", message: "payload must be a JSON object" });
}
function createDeployment(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), ref = reqString(body, "ref", "Deployment"), sha = resolveCommitish(ctx.store, repo, ref);
  if (!sha) throw new ApiError(422, `No ref found for: ${ref}`);
  let required = optStringArray(body, "required_contexts", "Deployment"), { latest } = combine(repo.record.statuses.filter((s) => s.sha === sha)), failing = (required ?? latest.map((s) => s.context)).filter((c) => latest.find((s) => s.context === c)?.state !== "success");
  if (failing.length)
    throw new ApiError(409, `Conflict: Commit status checks failed for ${ref}.`, [
      { contexts: failing.map((context) => ({ context, state: latest.find((s) => s.context === context)?.state ?? "missing" })), resource: "Deployment", field: "required_contexts", code: "invalid" }
    ]);
  let environment = optString(body, "environment", "Deployment") ?? "production", now = isoNow(ctx), record = {
    id: ctx.store.nextId(),
    sha,
    ref,
    task: optString(body, "task", "Deployment") ?? "deploy",
    payload: parsePayload(body.payload),
    original_environment: environment,
    environment,
    description: optString(body, "description", "Deployment") ?? null,
    transient_environment: optBool(body, "transient_environment", "Deployment") ?? !1,
    production_environment: optBool(body, "production_environment", "Deployment") ?? environment === "production",
    creator: callerLogin(ctx),
    created_at: now,
    updated_at: now
  };
  return repo.record.deployments.push(record), ctx.store.saveRecord(repo), { status: 201, body: deploymentJson(ctx, repo, record) };
}
function listDeployments(ctx) {
  let repo = requireRepo(ctx), filters = ["sha", "ref", "task", "environment"], list = repo.record.deployments.filter((d) => filters.every((f) => !ctx.query.has(f) || d[f] === ctx.query.get(f))).sort((a, b) => b.id - a.id), { items, headers } = paginate(ctx, list);
  return { status: 200, body: items.map((d) => deploymentJson(ctx, repo, d)), headers };
}
function requireDeployment(ctx, repo) {
  let id = idParam(ctx, "deployment_id"), deployment = repo.record.deployments.find((d) => d.id === id);
  if (!deployment) throw notFound();
  return deployment;
}
var latestStatus = (repo, id) => repo.record.deploymentStatuses.filter((s) => s.deployment_id === id).sort((a, b) => b.id - a.id)[0];
function deleteDeployment(ctx) {
  let repo = requireRepo(ctx), deployment = requireDeployment(ctx, repo), alone = repo.record.deployments.filter((d) => d.environment === deployment.environment).length === 1;
  if (latestStatus(repo, deployment.id)?.state === "success" && !alone)
    throw new ApiError(422, "We cannot delete an active deployment unless it is the only deployment in a given environment.");
  return repo.record.deployments = repo.record.deployments.filter((d) => d.id !== deployment.id), repo.record.deploymentStatuses = repo.record.deploymentStatuses.filter((s) => s.deployment_id !== deployment.id), ctx.store.saveRecord(repo), { status: 204 };
}
function createStatus2(ctx) {
  let repo = requireRepo(ctx), deployment = requireDeployment(ctx, repo), body = bodyObject(ctx), state = reqString(body, "state", "DeploymentStatus");
  if (!STATES2.includes(state))
    throw validationFailed({ resource: "DeploymentStatus", field: "state", code: "custom", message: `state is not included in the list: ${STATES2.join(", ")}` });
  let environment = optString(body, "environment", "DeploymentStatus");
  environment && (deployment.environment = environment);
  let now = isoNow(ctx), login = callerLogin(ctx), logUrl = optString(body, "log_url", "DeploymentStatus"), environmentUrl = optString(body, "environment_url", "DeploymentStatus") ?? "", targetUrl = optString(body, "target_url", "DeploymentStatus") ?? logUrl ?? `${repoHtmlUrl(ctx.baseUrl, repo.record)}/deployments`, add = (d, s, extra = {}) => {
    let record2 = {
      id: ctx.store.nextId(),
      deployment_id: d.id,
      state: s,
      description: "",
      environment: d.environment,
      target_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/deployments`,
      log_url: "",
      environment_url: "",
      creator: login,
      created_at: now,
      updated_at: now,
      ...extra
    };
    return repo.record.deploymentStatuses.push(record2), d.updated_at = now, record2;
  }, record = add(deployment, state, {
    description: optString(body, "description", "DeploymentStatus") ?? "",
    target_url: targetUrl,
    log_url: logUrl ?? targetUrl,
    environment_url: environmentUrl
  });
  if (state === "success" && (optBool(body, "auto_inactive", "DeploymentStatus") ?? !0))
    for (let other of repo.record.deployments)
      other.id === deployment.id || other.environment !== deployment.environment || other.id > deployment.id || latestStatus(repo, other.id)?.state === "success" && add(other, "inactive");
  return ctx.store.saveRecord(repo), { status: 201, body: statusJson2(ctx, repo, record) };
}
function listStatuses2(ctx) {
  let repo = requireRepo(ctx), deployment = requireDeployment(ctx, repo), list = repo.record.deploymentStatuses.filter((s) => s.deployment_id === deployment.id).sort((a, b) => b.id - a.id), { items, headers } = paginate(ctx, list);
  return { status: 200, body: items.map((s) => statusJson2(ctx, repo, s)), headers };
}
function getStatus(ctx) {
  let repo = requireRepo(ctx), deployment = requireDeployment(ctx, repo), id = idParam(ctx, "status_id"), status = repo.record.deploymentStatuses.find((s) => s.id === id && s.deployment_id === deployment.id);
  if (!status) throw notFound();
  return { status: 200, body: statusJson2(ctx, repo, status) };
}
var deploymentRoutes = [
  { method: "POST", path: "/repos/{owner}/{repo}/deployments", handler: createDeployment },
  { method: "GET", path: "/repos/{owner}/{repo}/deployments", handler: listDeployments },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/deployments/{deployment_id}",
    handler: (ctx) => {
      let repo = requireRepo(ctx);
      return { status: 200, body: deploymentJson(ctx, repo, requireDeployment(ctx, repo)) };
    }
  },
  { method: "DELETE", path: "/repos/{owner}/{repo}/deployments/{deployment_id}", handler: deleteDeployment },
  { method: "POST", path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", handler: createStatus2 },
  { method: "GET", path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses", handler: listStatuses2 },
  { method: "GET", path: "/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}", handler: getStatus }
];

// src/sandbox/handlers/git.ts
var SHA = /^[0-9a-f]{40}$/, MODES = /* @__PURE__ */ new Set(["100644", "100755", "040000", "160000", "120000"]);
function createBlob(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), content = reqString(body, "content", "Blob"), encoding = optString(body, "encoding", "Blob") ?? "utf-8";
  if (encoding !== "utf-8" && encoding !== "base64")
    throw validationFailed({ resource: "Blob", field: "encoding", code: "invalid", message: "encoding must be utf-8 or base64" });
  let bytes = Buffer.from(content, encoding === "base64" ? "base64" : "utf8"), sha = ctx.store.writeObject(repo, "blob", bytes);
  return { status: 201, body: { sha, url: `${repoApiUrl(ctx.baseUrl, repo.record)}/git/blobs/${sha}` } };
}
function getBlob(ctx) {
  let repo = requireRepo(ctx), sha = ctx.params.file_sha, object = ctx.store.readObject(repo, sha);
  if (object?.type !== "blob") throw notFound();
  return (ctx.headers.accept ?? "").includes("application/vnd.github.raw") ? { status: 200, raw: { bytes: object.body, contentType: "application/vnd.github.raw" } } : {
    status: 200,
    body: {
      sha,
      node_id: nodeId("Blob", sha),
      size: object.body.length,
      url: `${repoApiUrl(ctx.baseUrl, repo.record)}/git/blobs/${sha}`,
      // GitHub wraps base64 at 60 characters per line.
      content: (object.body.toString("base64").match(/.{1,60}/g) ?? [""]).join(`
`) + `
`,
      encoding: "base64"
    }
  };
}
function writeFlatTree(ctx, repo, files) {
  let build = (prefix) => {
    let entries = [], subdirs = /* @__PURE__ */ new Set();
    for (let [path2, entry] of files) {
      if (!path2.startsWith(prefix)) continue;
      let rest = path2.slice(prefix.length), slash = rest.indexOf("/");
      slash >= 0 ? subdirs.add(rest.slice(0, slash)) : entries.push({ mode: entry.mode, name: rest, sha: entry.sha });
    }
    for (let dir of subdirs) entries.push({ mode: "040000", name: dir, sha: build(`${prefix}${dir}/`) });
    return ctx.store.writeObject(repo, "tree", encodeTree(entries));
  };
  return build("");
}
var invalidTree = (message) => new ApiError(422, message);
function createTree(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx);
  if (!Array.isArray(body.tree)) throw validationFailed({ resource: "Tree", field: "tree", code: "missing_field" });
  let baseTree = optString(body, "base_tree", "Tree"), files = /* @__PURE__ */ new Map();
  if (baseTree !== void 0) {
    if (!readTree(ctx.store, repo, baseTree)) throw invalidTree("Invalid tree info: base_tree does not exist");
    files = flattenTree(ctx.store, repo, baseTree);
  }
  for (let [index, raw] of body.tree.entries()) {
    let entry = raw ?? {}, path2 = entry.path, mode = entry.mode;
    if (typeof path2 != "string" || !path2 || path2.startsWith("/") || path2.endsWith("/") || path2.split("/").includes(""))
      throw invalidTree(`tree.${index}.path is invalid: give a relative path like "dir/file.txt"`);
    if (typeof mode != "string" || !MODES.has(mode))
      throw invalidTree(`tree.${index}.mode must be one of ${[...MODES].join(", ")}`);
    let type = entry.type ?? entryType(mode);
    if (type !== entryType(mode)) throw invalidTree(`tree.${index}.type "${String(type)}" does not match mode ${mode}`);
    for (let key of [...files.keys()]) (key === path2 || key.startsWith(`${path2}/`)) && files.delete(key);
    if ("content" in entry && entry.content !== void 0) {
      if (entry.sha !== void 0) throw invalidTree(`tree.${index}: give either sha or content, not both`);
      if (typeof entry.content != "string" || type !== "blob") throw invalidTree(`tree.${index}.content must be a string for a blob`);
      files.set(path2, { mode, type: "blob", sha: ctx.store.writeObject(repo, "blob", Buffer.from(entry.content)) });
      continue;
    }
    if (entry.sha === null) continue;
    if (typeof entry.sha != "string" || !SHA.test(entry.sha)) throw invalidTree(`tree.${index}.sha must be a 40-character object id`);
    if (type === "commit") {
      files.set(path2, { mode, type: "commit", sha: entry.sha });
      continue;
    }
    if (ctx.store.readObject(repo, entry.sha)?.type !== type) throw invalidTree(`Invalid tree info: tree.${index}.sha ${entry.sha} is not a ${String(type)} here`);
    if (type === "tree")
      for (let [sub, value] of flattenTree(ctx.store, repo, entry.sha)) files.set(`${path2}/${sub}`, value);
    else
      files.set(path2, { mode, type: "blob", sha: entry.sha });
  }
  let sha = writeFlatTree(ctx, repo, files);
  return { status: 201, body: treeJson(ctx, repo, sha, !1) };
}
function treeJson(ctx, repo, sha, recursive) {
  let url = repoApiUrl(ctx.baseUrl, repo.record), out = [], visit = (treeSha, prefix) => {
    for (let entry of readTree(ctx.store, repo, treeSha) ?? []) {
      let type = entryType(entry.mode), item = { path: prefix + entry.name, mode: entry.mode, type, sha: entry.sha };
      type === "blob" ? (item.size = ctx.store.readObject(repo, entry.sha)?.body.length ?? 0, item.url = `${url}/git/blobs/${entry.sha}`) : type === "tree" && (item.url = `${url}/git/trees/${entry.sha}`), out.push(item), recursive && type === "tree" && visit(entry.sha, `${prefix}${entry.name}/`);
    }
  };
  return visit(sha, ""), { sha, url: `${url}/git/trees/${sha}`, tree: out, truncated: !1 };
}
function getTree(ctx) {
  let repo = requireRepo(ctx), sha = ctx.params.tree_sha, commitSha = readCommit(ctx.store, repo, sha) ? sha : repo.refs.get(`refs/heads/${sha}`) ?? repo.refs.get(`refs/tags/${sha}`), commit = commitSha ? readCommit(ctx.store, repo, commitSha) : void 0;
  if (commit && (sha = commit.tree), !readTree(ctx.store, repo, sha)) throw notFound();
  let recursive = ctx.query.has("recursive") && !["0", "false"].includes(ctx.query.get("recursive") ?? "");
  return { status: 200, body: treeJson(ctx, repo, sha, recursive) };
}
function signature(ctx, value, field, fallback) {
  if (value == null) {
    if (fallback) return fallback;
    let login = callerLogin(ctx);
    return { name: login, email: userEmail(login), date: isoNow(ctx) };
  }
  let v = value;
  if (typeof v.name != "string" || typeof v.email != "string")
    throw validationFailed({ resource: "Commit", field, code: "invalid", message: `${field} needs name and email` });
  let date = v.date === void 0 ? isoNow(ctx) : v.date;
  if (typeof date != "string" || Number.isNaN(Date.parse(date)))
    throw validationFailed({ resource: "Commit", field: `${field}.date`, code: "invalid", message: `${field}.date must be ISO 8601` });
  return { name: v.name, email: v.email, date };
}
function createCommit(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), message = reqString(body, "message", "Commit"), tree = reqString(body, "tree", "Commit");
  if (!readTree(ctx.store, repo, tree)) throw unprocessable("Tree SHA does not exist");
  let parents = body.parents ?? [];
  if (!Array.isArray(parents) || parents.some((p) => typeof p != "string"))
    throw validationFailed({ resource: "Commit", field: "parents", code: "invalid" });
  for (let parent of parents)
    if (!readCommit(ctx.store, repo, parent)) throw unprocessable("Parent SHA does not exist or is not a commit object");
  let author = signature(ctx, body.author, "author"), committer = signature(ctx, body.committer, "committer", body.author ? author : void 0), data = {
    tree,
    parents,
    author: { name: author.name, email: author.email, ...signatureTime(author.date) },
    committer: { name: committer.name, email: committer.email, ...signatureTime(committer.date) },
    message
  }, sha = ctx.store.writeObject(repo, "commit", encodeCommit(data));
  return { status: 201, body: gitCommitJson(ctx, repo, sha, data) };
}
function getCommit2(ctx) {
  let repo = requireRepo(ctx), sha = ctx.params.commit_sha, commit = readCommit(ctx.store, repo, sha);
  if (!commit) throw notFound();
  return { status: 200, body: gitCommitJson(ctx, repo, sha, commit) };
}
function refJson(ctx, repo, name, sha) {
  let url = repoApiUrl(ctx.baseUrl, repo.record), type = ctx.store.readObject(repo, sha)?.type ?? "commit";
  return {
    ref: name,
    node_id: nodeId("Ref", `${repo.record.id}:${name}`),
    url: `${url}/git/${name}`,
    object: { type, sha, url: `${url}/git/${type}s/${sha}` }
  };
}
var fullRef = (ref) => ref.startsWith("refs/") ? ref : `refs/${ref}`;
function getRef(ctx) {
  let repo = requireRepo(ctx), name = fullRef(ctx.params.ref), sha = repo.refs.get(name);
  if (!sha) throw notFound();
  return { status: 200, body: refJson(ctx, repo, name, sha) };
}
function matchingRefs(ctx) {
  let repo = requireRepo(ctx), prefix = fullRef(ctx.params.ref);
  return { status: 200, body: [...repo.refs.keys()].filter((name) => name.startsWith(prefix)).sort().map((name) => refJson(ctx, repo, name, repo.refs.get(name))) };
}
function requireObject(ctx, repo, sha) {
  if (!SHA.test(sha) || !ctx.store.readObject(repo, sha)) throw unprocessable("Object does not exist");
}
function createRef(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), ref = reqString(body, "ref", "Reference"), sha = reqString(body, "sha", "Reference");
  if (!ref.startsWith("refs/") || ref.split("/").length < 3 || ref.split("/").includes("") || /\.\.|[\s~^:?*[\\]|\.lock$/.test(ref))
    throw unprocessable(`Reference name "${ref}" is invalid: it must start with 'refs' and have at least two slashes`);
  if (requireObject(ctx, repo, sha), repo.refs.has(ref)) throw unprocessable("Reference already exists");
  return repo.refs.set(ref, sha), ctx.store.saveRefs(repo), { status: 201, body: refJson(ctx, repo, ref, sha), headers: { location: `${repoApiUrl(ctx.baseUrl, repo.record)}/git/${ref}` } };
}
function updateRef(ctx) {
  let repo = requireRepo(ctx), name = fullRef(ctx.params.ref), body = bodyObject(ctx), sha = reqString(body, "sha", "Reference"), force = optBool(body, "force", "Reference") ?? !1, current = repo.refs.get(name);
  if (!current) throw unprocessable("Reference does not exist");
  if (requireObject(ctx, repo, sha), !force && current !== sha && !isAncestor(ctx.store, repo, current, sha))
    throw unprocessable("Update is not a fast forward");
  return repo.refs.set(name, sha), ctx.store.saveRefs(repo), name.startsWith("refs/heads/") && (repo.record.pushed_at = isoNow(ctx), ctx.store.saveRecord(repo)), { status: 200, body: refJson(ctx, repo, name, sha) };
}
function deleteRef(ctx) {
  let repo = requireRepo(ctx), name = fullRef(ctx.params.ref);
  if (!repo.refs.delete(name)) throw unprocessable("Reference does not exist");
  return ctx.store.saveRefs(repo), { status: 204 };
}
var gitRoutes = [
  { method: "POST", path: "/repos/{owner}/{repo}/git/blobs", handler: createBlob },
  { method: "GET", path: "/repos/{owner}/{repo}/git/blobs/{file_sha}", handler: getBlob },
  { method: "POST", path: "/repos/{owner}/{repo}/git/trees", handler: createTree },
  { method: "GET", path: "/repos/{owner}/{repo}/git/trees/{tree_sha}", handler: getTree },
  { method: "POST", path: "/repos/{owner}/{repo}/git/commits", handler: createCommit },
  { method: "GET", path: "/repos/{owner}/{repo}/git/commits/{commit_sha}", handler: getCommit2 },
  { method: "GET", path: "/repos/{owner}/{repo}/git/ref/{ref}", handler: getRef },
  { method: "GET", path: "/repos/{owner}/{repo}/git/matching-refs/{ref}", handler: matchingRefs },
  { method: "POST", path: "/repos/{owner}/{repo}/git/refs", handler: createRef },
  { method: "PATCH", path: "/repos/{owner}/{repo}/git/refs/{ref}", handler: updateRef },
  { method: "DELETE", path: "/repos/{owner}/{repo}/git/refs/{ref}", handler: deleteRef }
];

// src/sandbox/graphql-document.ts
var GraphqlSyntaxError = class extends Error {
  constructor(message, location) {
    super(message);
    this.location = location;
  }
  location;
}, PUNCT_NAMES = {
  "{": "LCURLY",
  "}": "RCURLY",
  "(": "LPAREN",
  ")": "RPAREN",
  "[": "LBRACKET",
  "]": "RBRACKET",
  ":": "COLON",
  "!": "BANG",
  $: "VAR_SIGN",
  "=": "EQUALS",
  "@": "DIR_SIGN",
  "...": "ELLIPSIS",
  "|": "PIPE",
  "&": "AMP"
};
function tokenize(source) {
  let tokens = [], at = 0, line = 1, lineStart = 0, loc = () => ({ line, column: at - lineStart + 1 });
  for (; at < source.length; ) {
    let char = source[at];
    if (char === `
`) {
      at += 1, line += 1, lineStart = at;
      continue;
    }
    if (char === " " || char === "	" || char === "\r" || char === "," || char === "\uFEFF") {
      at += 1;
      continue;
    }
    if (char === "#") {
      for (; at < source.length && source[at] !== `
`; ) at += 1;
      continue;
    }
    let start = loc();
    if (source.startsWith("...", at)) {
      tokens.push({ kind: "PUNCT", text: "...", value: "...", loc: start }), at += 3;
      continue;
    }
    if ("{}()[]:!$=@|&".includes(char)) {
      tokens.push({ kind: "PUNCT", text: char, value: char, loc: start }), at += 1;
      continue;
    }
    let name = /^[_A-Za-z][_0-9A-Za-z]*/.exec(source.slice(at, at + 256));
    if (name) {
      tokens.push({ kind: "NAME", text: name[0], value: name[0], loc: start }), at += name[0].length;
      continue;
    }
    let number = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(source.slice(at, at + 64));
    if (number) {
      tokens.push({ kind: number[2] || number[3] ? "FLOAT" : "INT", text: number[0], value: number[0], loc: start }), at += number[0].length;
      continue;
    }
    if (source.startsWith('"""', at)) {
      let end = source.indexOf('"""', at + 3);
      if (end < 0) throw new GraphqlSyntaxError(`Parse error on unterminated string at [${start.line}, ${start.column}]`, start);
      let raw = source.slice(at + 3, end);
      tokens.push({ kind: "STRING", text: source.slice(at, end + 3), value: blockString(raw), loc: start });
      for (let c of raw) c === `
` && (line += 1);
      at = end + 3, raw.includes(`
`) && (lineStart = source.lastIndexOf(`
`, end) + 1);
      continue;
    }
    if (char === '"') {
      let value = "", end = at + 1;
      for (; end < source.length && source[end] !== '"'; end += 1) {
        let c = source[end];
        if (c === `
`) break;
        if (c !== "\\") {
          value += c;
          continue;
        }
        let escape = source[end + 1], simple = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: `
`, r: "\r", t: "	" };
        if (escape !== void 0 && escape in simple)
          value += simple[escape], end += 1;
        else if (escape === "u" && /^[0-9A-Fa-f]{4}$/.test(source.slice(end + 2, end + 6)))
          value += String.fromCharCode(parseInt(source.slice(end + 2, end + 6), 16)), end += 5;
        else
          throw new GraphqlSyntaxError(`Parse error on bad escape in string at [${start.line}, ${start.column}]`, start);
      }
      if (source[end] !== '"') throw new GraphqlSyntaxError(`Parse error on unterminated string at [${start.line}, ${start.column}]`, start);
      tokens.push({ kind: "STRING", text: source.slice(at, end + 1), value, loc: start }), at = end + 1;
      continue;
    }
    throw new GraphqlSyntaxError(`Parse error on "${char}" (UNKNOWN_CHAR) at [${start.line}, ${start.column}]`, start);
  }
  return tokens.push({ kind: "EOF", text: "", value: "", loc: loc() }), tokens;
}
function blockString(raw) {
  let lines = raw.replace(/\\"""/g, '"""').split(/\r\n|\r|\n/), indent = Number.POSITIVE_INFINITY;
  for (let text of lines.slice(1)) {
    let lead = /^[ \t]*/.exec(text)[0].length;
    lead < text.length && (indent = Math.min(indent, lead));
  }
  let trimmed = lines.map((text, index) => index === 0 || indent === Number.POSITIVE_INFINITY ? text : text.slice(indent));
  for (; trimmed.length > 0 && trimmed[0].trim() === ""; ) trimmed.shift();
  for (; trimmed.length > 0 && trimmed[trimmed.length - 1].trim() === ""; ) trimmed.pop();
  return trimmed.join(`
`);
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  at = 0;
  peek() {
    return this.tokens[this.at];
  }
  next() {
    return this.tokens[this.at++];
  }
  fail(token = this.peek()) {
    let { line, column } = token.loc, shown = token.kind === "EOF" ? "end of file" : `"${token.text}" (${token.kind === "PUNCT" ? PUNCT_NAMES[token.text] : token.kind === "NAME" ? "IDENTIFIER" : token.kind})`;
    throw new GraphqlSyntaxError(`Parse error on ${shown} at [${line}, ${column}]`, token.loc);
  }
  isPunct(text) {
    let token = this.peek();
    return token.kind === "PUNCT" && token.text === text;
  }
  expectPunct(text) {
    return this.isPunct(text) || this.fail(), this.next();
  }
  expectName(word) {
    let token = this.peek();
    return (token.kind !== "NAME" || word !== void 0 && token.text !== word) && this.fail(), this.next();
  }
  document() {
    let operations = [], fragments = /* @__PURE__ */ new Map();
    for (this.peek().kind === "EOF" && this.fail(); this.peek().kind !== "EOF"; ) {
      let token = this.peek();
      if (this.isPunct("{"))
        operations.push({ operation: "query", name: void 0, variables: [], selections: this.selectionSet(), loc: token.loc });
      else if (token.kind === "NAME" && (token.text === "query" || token.text === "mutation" || token.text === "subscription"))
        operations.push(this.operation());
      else if (token.kind === "NAME" && token.text === "fragment") {
        let fragment = this.fragment();
        fragments.set(fragment.name, fragment);
      } else
        this.fail();
    }
    return { operations, fragments };
  }
  operation() {
    let keyword = this.next(), name = this.peek().kind === "NAME" ? this.next().text : void 0, variables = [];
    if (this.isPunct("(")) {
      for (this.next(); !this.isPunct(")"); ) {
        let dollar = this.expectPunct("$"), variable = this.expectName().text;
        this.expectPunct(":");
        let type = this.typeRef(), defaultValue;
        this.isPunct("=") && (this.next(), defaultValue = this.value(!0)), this.directives(), variables.push({ name: variable, type, defaultValue, loc: dollar.loc });
      }
      this.next();
    }
    return this.directives(), { operation: keyword.text, name, variables, selections: this.selectionSet(), loc: keyword.loc };
  }
  fragment() {
    let keyword = this.next(), name = this.expectName();
    name.text === "on" && this.fail(name), this.expectName("on");
    let typeCondition = this.expectName().text;
    return this.directives(), { name: name.text, typeCondition, selections: this.selectionSet(), loc: keyword.loc };
  }
  typeRef() {
    let type;
    return this.isPunct("[") ? (this.next(), type = { kind: "List", of: this.typeRef() }, this.expectPunct("]")) : type = { kind: "Named", name: this.expectName().text }, this.isPunct("!") ? (this.next(), { kind: "NonNull", of: type }) : type;
  }
  selectionSet() {
    this.expectPunct("{");
    let selections = [];
    for (this.isPunct("}") && this.fail(); !this.isPunct("}"); ) selections.push(this.selection());
    return this.next(), selections;
  }
  selection() {
    let token = this.peek();
    if (this.isPunct("...")) {
      this.next();
      let after = this.peek();
      if (after.kind === "NAME" && after.text !== "on")
        return this.next(), { kind: "FragmentSpread", name: after.text, directives: this.directives(), loc: token.loc };
      let typeCondition;
      after.kind === "NAME" && (this.next(), typeCondition = this.expectName().text);
      let directives2 = this.directives();
      return { kind: "InlineFragment", typeCondition, directives: directives2, selections: this.selectionSet(), loc: token.loc };
    }
    let first = this.expectName(), alias, name = first.text;
    this.isPunct(":") && (this.next(), alias = first.text, name = this.expectName().text);
    let args = this.isPunct("(") ? this.arguments(!1) : {}, directives = this.directives(), selections = this.isPunct("{") ? this.selectionSet() : void 0;
    return { kind: "Field", alias, name, args, directives, selections, loc: first.loc };
  }
  arguments(constant) {
    this.expectPunct("(");
    let args = {};
    for (this.isPunct(")") && this.fail(); !this.isPunct(")"); ) {
      let name = this.expectName().text;
      this.expectPunct(":"), args[name] = this.value(constant);
    }
    return this.next(), args;
  }
  directives() {
    let directives = [];
    for (; this.isPunct("@"); ) {
      this.next();
      let name = this.expectName().text;
      directives.push({ name, args: this.isPunct("(") ? this.arguments(!1) : {} });
    }
    return directives;
  }
  value(constant) {
    let token = this.peek();
    if (token.kind === "PUNCT") {
      if (token.text === "$" && !constant)
        return this.next(), { kind: "Variable", name: this.expectName().text };
      if (token.text === "[") {
        this.next();
        let values = [];
        for (; !this.isPunct("]"); ) values.push(this.value(constant));
        return this.next(), { kind: "List", values };
      }
      if (token.text === "{") {
        this.next();
        let fields = {};
        for (; !this.isPunct("}"); ) {
          let name = this.expectName().text;
          this.expectPunct(":"), fields[name] = this.value(constant);
        }
        return this.next(), { kind: "Object", fields };
      }
      this.fail();
    }
    switch (this.next(), token.kind) {
      case "INT":
        return { kind: "Int", value: Number(token.text) };
      case "FLOAT":
        return { kind: "Float", value: Number(token.text) };
      case "STRING":
        return { kind: "String", value: token.value };
      case "NAME":
        return token.text === "true" || token.text === "false" ? { kind: "Boolean", value: token.text === "true" } : token.text === "null" ? { kind: "Null" } : { kind: "Enum", value: token.text };
      default:
        return this.fail(token);
    }
  }
};
function parseDocument(source) {
  return new Parser(tokenize(source)).document();
}
function printType(type) {
  return type.kind === "Named" ? type.name : type.kind === "List" ? `[${printType(type.of)}]` : `${printType(type.of)}!`;
}

// src/sandbox/graphql-execute.ts
var FieldError = class extends Error {
  constructor(message, type) {
    super(message);
    this.type = type;
  }
  type;
}, NullBubble = class extends Error {
};
function parseTypeText(text) {
  let trimmed = text.trim();
  return trimmed.endsWith("!") ? { kind: "NonNull", of: parseTypeText(trimmed.slice(0, -1)) } : trimmed.startsWith("[") ? { kind: "List", of: parseTypeText(trimmed.slice(1, -1)) } : { kind: "Named", name: trimmed };
}
var namedType = (type) => type.kind === "Named" ? type.name : namedType(type.of), SCALARS = /* @__PURE__ */ new Set(["String", "Int", "Float", "Boolean", "ID", "DateTime", "URI", "GitObjectID", "HTML", "GitTimestamp", "Date"]), TYPENAME = { type: "String!" };
function executeRequest(schema2, request, context, rootValue = {}) {
  if (typeof request.query != "string") return { errors: [{ message: "A query attribute must be specified and must be a string." }] };
  let document;
  try {
    document = parseDocument(request.query);
  } catch (error) {
    if (error instanceof GraphqlSyntaxError) return { errors: [{ message: error.message, locations: [error.location] }] };
    throw error;
  }
  return new Execution(schema2, document, context).run(request, rootValue);
}
var Execution = class {
  constructor(schema2, document, context) {
    this.schema = schema2;
    this.document = document;
    this.context = context;
  }
  schema;
  document;
  context;
  errors = [];
  variables = {};
  run(request, rootValue) {
    let { operations } = this.document, wanted = typeof request.operationName == "string" && request.operationName !== "" ? request.operationName : void 0, operation = wanted ? operations.find((o) => o.name === wanted) : operations.length === 1 ? operations[0] : void 0;
    if (!operation)
      return { errors: [{ message: wanted ? `No operation named "${wanted}"` : "An operation name is required" }] };
    if (operation.operation !== "query")
      return { errors: [{ message: `The sandbox answers queries only; ${operation.operation} operations are not served`, locations: [operation.loc] }] };
    if (this.validate(operation.selections, this.schema.query, ["query"], new Set(operation.variables.map((v) => v.name))), this.errors.length > 0) return { errors: this.errors };
    let given = request.variables && typeof request.variables == "object" && !Array.isArray(request.variables) ? request.variables : {};
    for (let definition of operation.variables) {
      let value = given[definition.name];
      value === void 0 && definition.defaultValue && (value = this.literal(definition.defaultValue, definition.type));
      let problem = this.checkInput(value, definition.type);
      problem && this.errors.push({
        message: `Variable $${definition.name} of type ${printType(definition.type)} was provided invalid value`,
        locations: [definition.loc],
        extensions: { value: value ?? null, problems: [{ path: [], explanation: problem }] }
      }), value !== void 0 && (this.variables[definition.name] = value);
    }
    if (this.errors.length > 0) return { errors: this.errors };
    let data;
    try {
      data = this.selectionSet(operation.selections, this.schema.query, rootValue, []);
    } catch (error) {
      if (!(error instanceof NullBubble)) throw error;
      data = null;
    }
    return this.errors.length > 0 ? { data, errors: this.errors } : { data };
  }
  // ---- validation, before anything runs ----
  fieldSpec(typeName, field) {
    return field === "__typename" ? TYPENAME : this.schema.objects[typeName]?.[field];
  }
  validate(selections, typeName, path2, declared, seenFragments = /* @__PURE__ */ new Set()) {
    for (let selection of selections) {
      for (let directive of selection.directives) this.validateVariables(Object.values(directive.args), declared, path2, selection.loc);
      if (selection.kind === "FragmentSpread") {
        let fragment = this.document.fragments.get(selection.name);
        if (!fragment) {
          this.errors.push({ message: `Fragment ${selection.name} was used, but not defined`, locations: [selection.loc], path: [...path2, `... ${selection.name}`], extensions: { code: "useAndDefineFragment", fragmentName: selection.name } });
          continue;
        }
        if (!this.sameType(fragment.typeCondition, typeName, selection.loc, path2, `...${selection.name}`) || seenFragments.has(selection.name)) continue;
        this.validate(fragment.selections, typeName, path2, declared, /* @__PURE__ */ new Set([...seenFragments, selection.name]));
        continue;
      }
      if (selection.kind === "InlineFragment") {
        if (selection.typeCondition && !this.sameType(selection.typeCondition, typeName, selection.loc, path2, `... on ${selection.typeCondition}`)) continue;
        this.validate(selection.selections, typeName, path2, declared, seenFragments);
        continue;
      }
      let here = [...path2, selection.alias ?? selection.name], spec = this.fieldSpec(typeName, selection.name);
      if (!spec) {
        this.errors.push({
          message: `Field '${selection.name}' doesn't exist on type '${typeName}'`,
          locations: [selection.loc],
          path: here,
          extensions: { code: "undefinedField", typeName, fieldName: selection.name }
        });
        continue;
      }
      let accepted = spec.args ?? {};
      for (let name of Object.keys(selection.args))
        name in accepted || this.errors.push({
          message: `Field '${selection.name}' doesn't accept argument '${name}'`,
          locations: [selection.loc],
          path: [...here, name],
          extensions: { code: "argumentNotAccepted", name: selection.name, typeName: "Field", argumentName: name }
        });
      let missing = Object.entries(accepted).filter(([name, type]) => type.endsWith("!") && !(name in selection.args)).map(([name]) => name);
      missing.length > 0 && this.errors.push({
        message: `Field '${selection.name}' is missing required arguments: ${missing.join(", ")}`,
        locations: [selection.loc],
        path: here,
        extensions: { code: "missingRequiredArguments", className: "Field", name: selection.name, arguments: missing.join(", ") }
      }), this.validateVariables(Object.values(selection.args), declared, here, selection.loc);
      let returns = namedType(parseTypeText(spec.type)), isObject = returns in this.schema.objects;
      isObject && !selection.selections ? this.errors.push({
        message: `Field must have selections (field '${selection.name}' returns ${returns} but has no selections. Did you mean '${selection.name} { ... }'?)`,
        locations: [selection.loc],
        path: here,
        extensions: { code: "selectionMismatch", nodeName: `field '${selection.name}'`, typeName: returns }
      }) : !isObject && selection.selections ? this.errors.push({
        message: `Selections can't be made on scalars (field '${selection.name}' returns ${returns} but has selections [${selection.selections.map((s) => s.kind === "Field" ? s.name : "...").join(", ")}])`,
        locations: [selection.loc],
        path: here,
        extensions: { code: "selectionMismatch", nodeName: `field '${selection.name}'`, typeName: returns }
      }) : isObject && selection.selections && this.validate(selection.selections, returns, here, declared, seenFragments);
    }
  }
  sameType(condition, typeName, loc, path2, shown) {
    if (condition === typeName) return !0;
    let known = condition in this.schema.objects;
    return this.errors.push({
      message: known ? `Fragment on ${condition} can't be spread inside ${typeName}` : `No such type ${condition}, so it can't be a fragment condition`,
      locations: [loc],
      path: [...path2, shown],
      extensions: known ? { code: "cannotSpreadFragment", typeName: condition, parentName: typeName } : { code: "undefinedType", typeName: condition }
    }), !1;
  }
  validateVariables(values, declared, path2, loc) {
    for (let value of values)
      value.kind === "Variable" && !declared.has(value.name) ? this.errors.push({ message: `Variable $${value.name} is used by ${path2[path2.length - 1]} but not declared`, locations: [loc], path: path2, extensions: { code: "variableNotDefined", variableName: value.name } }) : value.kind === "List" ? this.validateVariables(value.values, declared, path2, loc) : value.kind === "Object" && this.validateVariables(Object.values(value.fields), declared, path2, loc);
  }
  // ---- input values ----
  /** Why `value` is not a valid input of `type`, or undefined when it is. */
  checkInput(value, type) {
    if (type.kind === "NonNull") return value == null ? "Expected value to not be null" : this.checkInput(value, type.of);
    if (value == null) return;
    if (type.kind === "List") {
      let items = Array.isArray(value) ? value : [value];
      for (let item of items) {
        let problem = this.checkInput(item, type.of);
        if (problem) return problem;
      }
      return;
    }
    let name = type.name, enumValues = this.schema.enums[name];
    if (enumValues) return typeof value == "string" && enumValues.includes(value) ? void 0 : `Expected "${String(value)}" to be one of: ${enumValues.join(", ")}`;
    let fields = this.schema.inputs[name];
    if (fields) {
      if (typeof value != "object" || Array.isArray(value)) return `Expected value to be an object for ${name}`;
      for (let key of Object.keys(value)) if (!(key in fields)) return `Field is not defined on ${name}: ${key}`;
      for (let [key, fieldType] of Object.entries(fields)) {
        let problem = this.checkInput(value[key], parseTypeText(fieldType));
        if (problem) return problem;
      }
      return;
    }
    return name === "Int" ? Number.isInteger(value) ? void 0 : `Could not coerce value ${JSON.stringify(value)} to Int` : name === "Float" ? typeof value == "number" ? void 0 : `Could not coerce value ${JSON.stringify(value)} to Float` : name === "Boolean" ? typeof value == "boolean" ? void 0 : `Could not coerce value ${JSON.stringify(value)} to Boolean` : SCALARS.has(name) ? typeof value == "string" || name === "ID" && typeof value == "number" ? void 0 : `Could not coerce value ${JSON.stringify(value)} to ${name}` : `Unknown input type ${name}`;
  }
  /** The JS value of a literal (or variable), typed by `type` for lists given as one value. */
  literal(value, type) {
    let inner = type.kind === "NonNull" ? type.of : type;
    switch (value.kind) {
      case "Variable":
        return this.variables[value.name];
      case "Null":
        return null;
      case "List":
        return value.values.map((item) => this.literal(item, inner.kind === "List" ? inner.of : inner));
      case "Object": {
        let fields = inner.kind === "Named" ? this.schema.inputs[inner.name] ?? {} : {};
        return Object.fromEntries(Object.entries(value.fields).map(([key, field]) => [key, this.literal(field, parseTypeText(fields[key] ?? "String"))]));
      }
      case "Enum":
      case "String":
      case "Int":
      case "Float":
      case "Boolean":
        return inner.kind === "List" ? [value.value] : value.value;
    }
  }
  arguments(spec, given, fieldName) {
    let args = {};
    for (let [name, literal] of Object.entries(given)) {
      let type = parseTypeText(spec.args?.[name] ?? "String"), value = this.literal(literal, type);
      if (value === void 0) continue;
      if (this.checkInput(value, type))
        throw new FieldError(`Argument '${name}' on Field '${fieldName}' has an invalid value (${JSON.stringify(value)}). Expected type '${printType(type)}'.`);
      args[name] = value;
    }
    return args;
  }
  // ---- execution ----
  included(selection) {
    for (let directive of selection.directives) {
      let condition = directive.args.if ? this.literal(directive.args.if, { kind: "Named", name: "Boolean" }) : void 0;
      if (directive.name === "skip" && condition === !0 || directive.name === "include" && condition === !1) return !1;
    }
    return !0;
  }
  /** The fields to resolve, with fragments flattened in document order. */
  collect(selections, out = []) {
    for (let selection of selections)
      this.included(selection) && (selection.kind === "Field" ? out.push(selection) : selection.kind === "InlineFragment" ? this.collect(selection.selections, out) : this.collect(this.document.fragments.get(selection.name)?.selections ?? [], out));
    return out;
  }
  selectionSet(selections, typeName, parent, path2) {
    let result = {};
    for (let field of this.collect(selections)) {
      let key = field.alias ?? field.name, here = [...path2, key];
      if (field.name === "__typename") {
        result[key] = typeName;
        continue;
      }
      let spec = this.fieldSpec(typeName, field.name), type = parseTypeText(spec.type), value;
      try {
        let args = this.arguments(spec, field.args, field.name);
        value = spec.resolve ? spec.resolve(parent, args, this.context) : parent?.[field.name];
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        if (this.errors.push({ ...error.type ? { type: error.type } : {}, path: here, locations: [field.loc], message: error.message }), value = null, type.kind === "NonNull") throw new NullBubble();
      }
      result[key] = this.complete(value, type, field, here, `${typeName}.${field.name}`);
    }
    return result;
  }
  complete(value, type, field, path2, where) {
    if (type.kind === "NonNull") {
      if (value == null)
        throw this.errors.push({ message: `Cannot return null for non-nullable field ${where}`, path: path2, locations: [field.loc] }), new NullBubble();
      return this.complete(value, type.of, field, path2, where);
    }
    if (value == null) return null;
    try {
      return type.kind === "List" ? value.map((item, index) => this.complete(item, type.of, field, [...path2, index], where)) : type.name in this.schema.objects ? this.selectionSet(field.selections ?? [], type.name, value, path2) : value;
    } catch (error) {
      if (error instanceof NullBubble) return null;
      throw error;
    }
  }
};

// src/sandbox/handlers/graphql.ts
var PAGE_LIMIT = 100, PAGE_ARGS = { first: "Int", after: "String", last: "Int", before: "String" }, cursorFor = (key) => Buffer.from(`cursor:v2:${key}`).toString("base64");
function keyOf(cursor) {
  let text = Buffer.from(cursor, "base64").toString("utf8");
  if (!text.startsWith("cursor:v2:") || Buffer.from(text).toString("base64").replace(/=+$/, "") !== cursor.replace(/=+$/, ""))
    throw new FieldError(`\`${cursor}\` does not appear to be a valid cursor.`, "INVALID_CURSOR_ARGUMENTS");
  return text.slice(10);
}
function page(connection, items, args, key) {
  let first = args.first, last = args.last;
  if (first === void 0 && last === void 0)
    throw new FieldError(`You must provide a \`first\` or \`last\` value to properly paginate the \`${connection}\` connection.`, "MISSING_PAGINATION_BOUNDARIES");
  for (let [name, value] of [["first", first], ["last", last]])
    if (value !== void 0) {
      if (value > PAGE_LIMIT)
        throw new FieldError(`Requesting ${value} records on the \`${connection}\` connection exceeds the \`${name}\` limit of ${PAGE_LIMIT} records.`, "EXCESSIVE_PAGINATION");
      if (value < 0) throw new FieldError(`\`${name}\` on the ${connection} connection cannot be less than zero.`, "INVALID_PAGINATION");
    }
  let start = 0, end = items.length, position = (cursor) => {
    let wanted = keyOf(cursor), index = items.findIndex((item) => String(key(item)) === wanted);
    if (index < 0) throw new FieldError(`\`${cursor}\` does not appear to be a valid cursor.`, "INVALID_CURSOR_ARGUMENTS");
    return index;
  };
  typeof args.after == "string" && (start = position(args.after) + 1), typeof args.before == "string" && (end = Math.min(end, position(args.before)));
  let slice = items.slice(start, Math.max(start, end)), afterSlice = slice.length;
  first !== void 0 && (slice = slice.slice(0, first));
  let hasNextPage = first !== void 0 ? slice.length < afterSlice : end < items.length, hasPreviousPage = start > 0;
  last !== void 0 && (hasPreviousPage = slice.length > last, slice = slice.slice(Math.max(0, slice.length - last)));
  let edges = slice.map((node) => ({ cursor: cursorFor(key(node)), node }));
  return {
    totalCount: items.length,
    nodes: slice,
    edges,
    pageInfo: { hasNextPage, hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null }
  };
}
function ordered(items, time, direction) {
  let sorted2 = [...items].sort((a, b) => time(a).localeCompare(time(b)) || a.id - b.id);
  return direction === "DESC" ? sorted2.reverse() : sorted2;
}
function statusesOf(context, repo, deploymentId) {
  let index = context.statuses.get(repo);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (let status of repo.record.deploymentStatuses) {
      let list = index.get(status.deployment_id);
      list ? list.push(status) : index.set(status.deployment_id, [status]);
    }
    for (let list of index.values()) list.sort((a, b) => a.id - b.id);
    context.statuses.set(repo, index);
  }
  return index.get(deploymentId) ?? [];
}
function commitNode(context, repo, sha) {
  return !sha || !readCommit(context.ctx.store, repo, sha) ? null : { repo, sha };
}
var DEPLOYMENT_STATE = {
  success: "ACTIVE",
  inactive: "INACTIVE",
  failure: "FAILURE",
  error: "ERROR",
  pending: "PENDING",
  queued: "QUEUED",
  in_progress: "IN_PROGRESS"
}, connectionOf = (node) => ({
  totalCount: { type: "Int!" },
  nodes: { type: `[${node}]` },
  edges: { type: `[${node}Edge]` },
  pageInfo: { type: "PageInfo!" }
}), edgeOf = (node) => ({ cursor: { type: "String!" }, node: { type: node } });
function pullState(record) {
  return record.pull?.merged_at ? "MERGED" : record.state === "open" ? "OPEN" : "CLOSED";
}
function pullCommits(context, repo, record) {
  let pull = record.pull, store = context.ctx.store, head = repo.refs.get(`refs/heads/${pull.head}`);
  if (!head) return [];
  let base = (pull.merge_commit_sha ? readCommit(store, repo, pull.merge_commit_sha) : void 0)?.parents[0] ?? repo.refs.get(`refs/heads/${pull.base}`);
  return base ? commitsOnlyIn(store, repo, head, base).reverse().slice(0, 250) : [];
}
var schema = {
  query: "Query",
  enums: {
    OrderDirection: ["ASC", "DESC"],
    DeploymentOrderField: ["CREATED_AT"],
    IssueOrderField: ["CREATED_AT", "UPDATED_AT", "COMMENTS"],
    LabelOrderField: ["NAME", "CREATED_AT"],
    PullRequestState: ["OPEN", "CLOSED", "MERGED"]
  },
  inputs: {
    DeploymentOrder: { field: "DeploymentOrderField!", direction: "OrderDirection!" },
    IssueOrder: { field: "IssueOrderField!", direction: "OrderDirection!" },
    LabelOrder: { field: "LabelOrderField!", direction: "OrderDirection!" }
  },
  objects: {
    Query: {
      repository: {
        type: "Repository",
        args: { owner: "String!", name: "String!", followRenames: "Boolean" },
        resolve: (_root, args, context) => {
          let repo = context.ctx.store.getRepo(args.owner, args.name);
          if (!repo) throw new FieldError(`Could not resolve to a Repository with the name '${args.owner}/${args.name}'.`, "NOT_FOUND");
          return repo;
        }
      },
      rateLimit: {
        type: "RateLimit",
        args: { dryRun: "Boolean" },
        resolve: () => ({ cost: 1, limit: 5e3, nodeCount: 0, remaining: 4999, used: 1, resetAt: new Date(Date.now() + 36e5).toISOString().replace(/\.\d{3}Z$/, "Z") })
      }
    },
    RateLimit: { cost: { type: "Int!" }, limit: { type: "Int!" }, nodeCount: { type: "Int!" }, remaining: { type: "Int!" }, resetAt: { type: "DateTime!" }, used: { type: "Int!" } },
    Repository: {
      id: { type: "ID!", resolve: (repo) => nodeId("Repository", repo.record.id) },
      databaseId: { type: "Int", resolve: (repo) => repo.record.id },
      name: { type: "String!", resolve: (repo) => repo.record.name },
      nameWithOwner: { type: "String!", resolve: (repo) => `${repo.record.owner}/${repo.record.name}` },
      url: { type: "URI!", resolve: (repo, _args, context) => repoHtmlUrl(context.ctx.baseUrl, repo.record) },
      deployments: {
        type: "DeploymentConnection!",
        args: { ...PAGE_ARGS, environments: "[String!]", orderBy: "DeploymentOrder" },
        resolve: (repo, args) => {
          let environments = args.environments, list = repo.record.deployments.filter((d) => !environments || environments.includes(d.environment)), sorted2 = ordered(list, (d) => d.created_at, args.orderBy?.direction ?? "ASC");
          return page("deployments", sorted2.map((record) => ({ repo, record })), args, (node) => node.record.id);
        }
      },
      pullRequests: {
        type: "PullRequestConnection!",
        args: { ...PAGE_ARGS, states: "[PullRequestState!]", orderBy: "IssueOrder", baseRefName: "String", headRefName: "String", labels: "[String!]" },
        resolve: (repo, args) => {
          let labels = args.labels?.map((l) => l.toLowerCase()), list = repo.record.issues.filter(
            (i) => i.pull !== void 0 && (!args.states || args.states.includes(pullState(i))) && (args.baseRefName === void 0 || i.pull.base === args.baseRefName) && (args.headRefName === void 0 || i.pull.head === args.headRefName) && (!labels || i.labels.some((name) => labels.includes(name.toLowerCase())))
          ), field = args.orderBy?.field;
          if (field === "COMMENTS") throw new FieldError("The sandbox does not order pull requests by COMMENTS");
          let sorted2 = ordered(list, (i) => field === "UPDATED_AT" ? i.updated_at : i.created_at, args.orderBy?.direction ?? "ASC");
          return page("pullRequests", sorted2.map((record) => ({ repo, record })), args, (node) => node.record.id);
        }
      }
    },
    DeploymentConnection: connectionOf("Deployment"),
    DeploymentEdge: edgeOf("Deployment"),
    Deployment: {
      id: { type: "ID!", resolve: (d) => nodeId("Deployment", d.record.id) },
      databaseId: { type: "Int", resolve: (d) => d.record.id },
      createdAt: { type: "DateTime!", resolve: (d) => d.record.created_at },
      updatedAt: { type: "DateTime!", resolve: (d) => d.record.updated_at },
      environment: { type: "String", resolve: (d) => d.record.environment },
      latestEnvironment: { type: "String", resolve: (d) => d.record.environment },
      originalEnvironment: { type: "String", resolve: (d) => d.record.original_environment },
      commitOid: { type: "String!", resolve: (d) => d.record.sha },
      commit: { type: "Commit", resolve: (d, _args, context) => commitNode(context, d.repo, d.record.sha) },
      // GitHub keeps the payload as the JSON text it was given; none reads as null.
      payload: { type: "String", resolve: (d) => Object.keys(d.record.payload).length === 0 ? null : JSON.stringify(d.record.payload) },
      task: { type: "String", resolve: (d) => d.record.task },
      description: { type: "String", resolve: (d) => d.record.description },
      state: {
        type: "DeploymentState",
        resolve: (d, _args, context) => {
          let latest = statusesOf(context, d.repo, d.record.id).at(-1);
          return latest ? DEPLOYMENT_STATE[latest.state] : "PENDING";
        }
      },
      latestStatus: {
        type: "DeploymentStatus",
        resolve: (d, _args, context) => {
          let latest = statusesOf(context, d.repo, d.record.id).at(-1);
          return latest ? { repo: d.repo, record: latest } : null;
        }
      },
      statuses: {
        type: "DeploymentStatusConnection",
        args: PAGE_ARGS,
        // Oldest first, in the order they were created.
        resolve: (d, args, context) => page("statuses", statusesOf(context, d.repo, d.record.id).map((record) => ({ repo: d.repo, record })), args, (node) => node.record.id)
      }
    },
    DeploymentStatusConnection: connectionOf("DeploymentStatus"),
    DeploymentStatusEdge: edgeOf("DeploymentStatus"),
    DeploymentStatus: {
      id: { type: "ID!", resolve: (s) => nodeId("DeploymentStatus", s.record.id) },
      state: { type: "DeploymentStatusState!", resolve: (s) => s.record.state.toUpperCase() },
      createdAt: { type: "DateTime!", resolve: (s) => s.record.created_at },
      updatedAt: { type: "DateTime!", resolve: (s) => s.record.updated_at },
      description: { type: "String", resolve: (s) => s.record.description || null },
      environment: { type: "String", resolve: (s) => s.record.environment },
      environmentUrl: { type: "URI", resolve: (s) => s.record.environment_url || null },
      logUrl: { type: "URI", resolve: (s) => s.record.log_url || null }
    },
    PullRequestConnection: connectionOf("PullRequest"),
    PullRequestEdge: edgeOf("PullRequest"),
    PullRequest: {
      id: { type: "ID!", resolve: (p) => nodeId("PullRequest", p.record.pull.id) },
      databaseId: { type: "Int", resolve: (p) => p.record.pull.id },
      number: { type: "Int!", resolve: (p) => p.record.number },
      title: { type: "String!", resolve: (p) => p.record.title },
      url: { type: "URI!", resolve: (p, _args, context) => `${repoHtmlUrl(context.ctx.baseUrl, p.repo.record)}/pull/${p.record.number}` },
      state: { type: "PullRequestState!", resolve: (p) => pullState(p.record) },
      merged: { type: "Boolean!", resolve: (p) => p.record.pull.merged_at !== null },
      mergedAt: { type: "DateTime", resolve: (p) => p.record.pull.merged_at },
      createdAt: { type: "DateTime!", resolve: (p) => p.record.created_at },
      updatedAt: { type: "DateTime!", resolve: (p) => p.record.updated_at },
      closedAt: { type: "DateTime", resolve: (p) => p.record.closed_at },
      baseRefName: { type: "String!", resolve: (p) => p.record.pull.base },
      headRefName: { type: "String!", resolve: (p) => p.record.pull.head },
      mergeCommit: { type: "Commit", resolve: (p, _args, context) => commitNode(context, p.repo, p.record.pull.merge_commit_sha) },
      labels: {
        type: "LabelConnection",
        args: { ...PAGE_ARGS, orderBy: "LabelOrder" },
        resolve: (p, args) => {
          let labels = p.record.labels.map((name) => p.repo.record.labels.find((l) => l.name.toLowerCase() === name.toLowerCase()) ?? { id: 0, name, color: "ededed" });
          return page("labels", labels, args, (label) => label.name);
        }
      },
      commits: {
        type: "PullRequestCommitConnection!",
        args: PAGE_ARGS,
        resolve: (p, args, context) => page("commits", pullCommits(context, p.repo, p.record).map((sha) => ({ repo: p.repo, sha, pull: p })), args, (node) => node.sha)
      }
    },
    LabelConnection: connectionOf("Label"),
    LabelEdge: edgeOf("Label"),
    Label: { name: { type: "String!" }, color: { type: "String!" } },
    PullRequestCommitConnection: connectionOf("PullRequestCommit"),
    PullRequestCommitEdge: edgeOf("PullRequestCommit"),
    PullRequestCommit: {
      id: { type: "ID!", resolve: (c) => nodeId("PullRequestCommit", c.sha) },
      commit: { type: "Commit!", resolve: (c) => ({ repo: c.repo, sha: c.sha }) }
    },
    CommitConnection: connectionOf("Commit"),
    CommitEdge: edgeOf("Commit"),
    Commit: {
      id: { type: "ID!", resolve: (c) => nodeId("Commit", c.sha) },
      oid: { type: "GitObjectID!", resolve: (c) => c.sha },
      abbreviatedOid: { type: "String!", resolve: (c) => c.sha.slice(0, 7) },
      message: { type: "String!", resolve: (c, _args, context) => readCommit(context.ctx.store, c.repo, c.sha).message },
      messageHeadline: { type: "String!", resolve: (c, _args, context) => readCommit(context.ctx.store, c.repo, c.sha).message.split(`
`)[0] },
      authoredDate: { type: "DateTime!", resolve: (c, _args, context) => isoFromSignature(readCommit(context.ctx.store, c.repo, c.sha).author) },
      committedDate: { type: "DateTime!", resolve: (c, _args, context) => isoFromSignature(readCommit(context.ctx.store, c.repo, c.sha).committer) },
      url: { type: "URI!", resolve: (c, _args, context) => `${repoHtmlUrl(context.ctx.baseUrl, c.repo.record)}/commit/${c.sha}` },
      parents: {
        type: "CommitConnection!",
        args: PAGE_ARGS,
        resolve: (c, args, context) => page("parents", readCommit(context.ctx.store, c.repo, c.sha).parents.map((sha) => ({ repo: c.repo, sha })), args, (node) => node.sha)
      }
    },
    PageInfo: { hasNextPage: { type: "Boolean!" }, hasPreviousPage: { type: "Boolean!" }, startCursor: { type: "String" }, endCursor: { type: "String" } }
  }
};
function graphql(ctx) {
  let body = ctx.body;
  if (body === void 0 || typeof body != "object" || body === null || Array.isArray(body)) throw new ApiError(400, "Problems parsing JSON");
  return { status: 200, body: executeRequest(schema, body, { ctx, statuses: /* @__PURE__ */ new WeakMap() }), headers: { "x-ratelimit-resource": "graphql" } };
}
var graphqlRoutes = [{ method: "POST", path: "/graphql", handler: graphql }];

// src/sandbox/handlers/issues.ts
function labelJson(ctx, repo, l) {
  return {
    id: l.id,
    node_id: nodeId("Label", l.id),
    url: `${repoApiUrl(ctx.baseUrl, repo.record)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    // Pull request listings require a string here, so an unset description is empty, not null.
    description: l.description ?? "",
    default: l.default
  };
}
var findLabel = (repo, name) => repo.record.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
function issueJson(ctx, repo, i) {
  let url = repoApiUrl(ctx.baseUrl, repo.record), html = repoHtmlUrl(ctx.baseUrl, repo.record), issueUrl = `${url}/issues/${i.number}`, assignees = i.assignees.map((login) => simpleUser(ctx.baseUrl, login)), json = {
    id: i.id,
    node_id: nodeId("Issue", i.id),
    url: issueUrl,
    repository_url: url,
    labels_url: `${issueUrl}/labels{/name}`,
    comments_url: `${issueUrl}/comments`,
    events_url: `${issueUrl}/events`,
    html_url: `${html}/${i.pull ? "pull" : "issues"}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.state_reason,
    title: i.title,
    body: i.body,
    user: simpleUser(ctx.baseUrl, i.user),
    labels: i.labels.map((name) => findLabel(repo, name)).filter((l) => l !== void 0).map((l) => labelJson(ctx, repo, l)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: i.locked,
    active_lock_reason: null,
    comments: (repo.record.issueComments ?? []).filter((c) => c.issue_number === i.number).length,
    closed_at: i.closed_at,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_by: null,
    author_association: i.user.toLowerCase() === repo.record.owner.toLowerCase() ? "OWNER" : "COLLABORATOR",
    timeline_url: `${issueUrl}/timeline`,
    performed_via_github_app: null,
    reactions: {
      url: `${issueUrl}/reactions`,
      total_count: 0,
      "+1": 0,
      "-1": 0,
      laugh: 0,
      confused: 0,
      heart: 0,
      hooray: 0,
      eyes: 0,
      rocket: 0
    }
  };
  return i.pull && (json.draft = i.pull.draft, json.pull_request = {
    url: `${url}/pulls/${i.number}`,
    html_url: `${html}/pull/${i.number}`,
    diff_url: `${html}/pull/${i.number}.diff`,
    patch_url: `${html}/pull/${i.number}.patch`,
    merged_at: i.pull.merged_at
  }), json;
}
function addEvent(ctx, repo, issue, event, extra = {}) {
  repo.record.issueEvents.push({
    id: ctx.store.nextId(),
    issue_number: issue.number,
    event,
    actor: callerLogin(ctx),
    created_at: isoNow(ctx),
    ...extra
  });
}
function applyLabels(ctx, repo, issue, names) {
  for (let name of names) {
    let label = findLabel(repo, name);
    label || (label = { id: ctx.store.nextId(), name, color: "ededed", description: null, default: !1 }, repo.record.labels.push(label)), !issue.labels.some((l) => l.toLowerCase() === name.toLowerCase()) && (issue.labels.push(label.name), addEvent(ctx, repo, issue, "labeled", { label: { name: label.name, color: label.color } }));
  }
}
function removeLabelNamed(ctx, repo, issue, name) {
  let index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (index < 0) return !1;
  let [removed] = issue.labels.splice(index, 1);
  return addEvent(ctx, repo, issue, "unlabeled", { label: { name: removed, color: findLabel(repo, removed)?.color ?? "ededed" } }), !0;
}
var nextNumber = (repo) => repo.record.issues.reduce((max, i) => Math.max(max, i.number), 0) + 1;
function createIssue(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), title = reqString(body, "title", "Issue"), now = isoNow(ctx), assignee = optString(body, "assignee", "Issue"), issue = {
    id: ctx.store.nextId(),
    number: nextNumber(repo),
    title,
    body: optString(body, "body", "Issue") ?? null,
    state: "open",
    state_reason: null,
    user: callerLogin(ctx),
    labels: [],
    assignees: optStringArray(body, "assignees", "Issue") ?? (assignee ? [assignee] : []),
    locked: !1,
    created_at: now,
    updated_at: now,
    closed_at: null
  };
  return repo.record.issues.push(issue), applyLabels(ctx, repo, issue, labelNames(body.labels)), ctx.store.saveRecord(repo), { status: 201, body: issueJson(ctx, repo, issue) };
}
function labelNames(value) {
  if (value == null) return [];
  let list = Array.isArray(value) ? value : typeof value == "object" && Array.isArray(value.labels) ? value.labels : void 0;
  if (!list) throw validationFailed({ resource: "Label", field: "labels", code: "invalid" });
  return list.map((item) => {
    let name = typeof item == "string" ? item : item?.name;
    if (typeof name != "string" || !name) throw validationFailed({ resource: "Label", field: "labels", code: "invalid" });
    return name;
  });
}
function requireIssue(ctx, repo, param = "issue_number") {
  let number = idParam(ctx, param), issue = repo.record.issues.find((i) => i.number === number);
  if (!issue) throw notFound();
  return issue;
}
function setState(ctx, repo, issue, state, reason) {
  if (!(state === void 0 || state === issue.state)) {
    if (state !== "open" && state !== "closed")
      throw validationFailed({ resource: "Issue", field: "state", code: "invalid", message: "state must be open or closed" });
    issue.state = state, issue.closed_at = state === "closed" ? isoNow(ctx) : null, issue.state_reason = state === "closed" ? reason ?? "completed" : "reopened", addEvent(ctx, repo, issue, state === "closed" ? "closed" : "reopened");
  }
}
function updateIssue(ctx) {
  let repo = requireRepo(ctx), issue = requireIssue(ctx, repo), body = bodyObject(ctx), title = optString(body, "title", "Issue");
  if (title !== void 0 && title !== issue.title && (addEvent(ctx, repo, issue, "renamed", { rename: { from: issue.title, to: title } }), issue.title = title), "body" in body && (issue.body = optString(body, "body", "Issue") ?? null), setState(ctx, repo, issue, body.state, optString(body, "state_reason", "Issue")), body.labels !== void 0) {
    let wanted = labelNames(body.labels);
    for (let name of [...issue.labels])
      wanted.some((w) => w.toLowerCase() === name.toLowerCase()) || removeLabelNamed(ctx, repo, issue, name);
    applyLabels(ctx, repo, issue, wanted);
  }
  let assignees = optStringArray(body, "assignees", "Issue");
  return assignees && (issue.assignees = assignees), issue.updated_at = isoNow(ctx), ctx.store.saveRecord(repo), { status: 200, body: issueJson(ctx, repo, issue) };
}
function sortIssues(ctx, list, sorts) {
  let sort = ctx.query.get("sort") ?? "created";
  if (!sorts.includes(sort)) throw validationFailed({ resource: "Issue", field: "sort", code: "invalid" });
  let direction = ctx.query.get("direction") ?? "desc", key = (i) => sort === "updated" ? i.updated_at : i.created_at, ordered2 = [...list].sort((a, b) => key(a).localeCompare(key(b)) || a.number - b.number);
  return direction === "asc" ? ordered2 : ordered2.reverse();
}
function listIssues(ctx) {
  let repo = requireRepo(ctx), state = ctx.query.get("state") ?? "open", labels = (ctx.query.get("labels") ?? "").split(",").map((l) => l.trim().toLowerCase()).filter(Boolean), since = ctx.query.get("since");
  if (since !== null && Number.isNaN(Date.parse(since)))
    throw new ApiError(422, "Validation Failed", [{ resource: "Issue", field: "since", code: "invalid" }]);
  let creator = ctx.query.get("creator")?.toLowerCase(), list = repo.record.issues.filter(
    (i) => (state === "all" || i.state === state) && labels.every((l) => i.labels.some((name) => name.toLowerCase() === l)) && (since === null || Date.parse(i.updated_at) >= Date.parse(since)) && (!creator || i.user.toLowerCase() === creator)
  ), { items, headers } = paginate(ctx, sortIssues(ctx, list, ["created", "updated", "comments"]));
  return { status: 200, body: items.map((i) => issueJson(ctx, repo, i)), headers };
}
function createLabel(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), name = reqString(body, "name", "Label");
  if (findLabel(repo, name)) throw validationFailed({ resource: "Label", code: "already_exists", field: "name" });
  let color = (optString(body, "color", "Label") ?? "ededed").replace(/^#/, "");
  if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed({ resource: "Label", code: "invalid", field: "color" });
  let label = {
    id: ctx.store.nextId(),
    name,
    color: color.toLowerCase(),
    description: optString(body, "description", "Label") ?? null,
    default: !1
  };
  return repo.record.labels.push(label), ctx.store.saveRecord(repo), { status: 201, body: labelJson(ctx, repo, label) };
}
function issueLabels(ctx, repo, issue) {
  return issue.labels.map((n) => findLabel(repo, n)).filter((l) => l !== void 0).map((l) => labelJson(ctx, repo, l));
}
function addLabels(ctx) {
  let repo = requireRepo(ctx), issue = requireIssue(ctx, repo);
  return applyLabels(ctx, repo, issue, labelNames(ctx.body)), issue.updated_at = isoNow(ctx), ctx.store.saveRecord(repo), { status: 200, body: issueLabels(ctx, repo, issue) };
}
function removeLabel(ctx) {
  let repo = requireRepo(ctx), issue = requireIssue(ctx, repo);
  if (!removeLabelNamed(ctx, repo, issue, ctx.params.name)) throw new ApiError(404, "Label does not exist");
  return issue.updated_at = isoNow(ctx), ctx.store.saveRecord(repo), { status: 200, body: issueLabels(ctx, repo, issue) };
}
function listEvents(ctx) {
  let repo = requireRepo(ctx), issue = requireIssue(ctx, repo), url = repoApiUrl(ctx.baseUrl, repo.record), events = repo.record.issueEvents.filter((e) => e.issue_number === issue.number), { items, headers } = paginate(ctx, events);
  return {
    status: 200,
    headers,
    body: items.map(({ issue_number: _n, ...e }) => ({
      ...e,
      node_id: nodeId(`${e.event}Event`, e.id),
      url: `${url}/issues/events/${e.id}`,
      actor: simpleUser(ctx.baseUrl, e.actor),
      commit_id: null,
      commit_url: null,
      performed_via_github_app: null,
      ...e.event === "closed" || e.event === "reopened" ? { state_reason: issue.state_reason } : {}
    }))
  };
}
function commentJson(ctx, repo, c) {
  let url = repoApiUrl(ctx.baseUrl, repo.record), issue = repo.record.issues.find((i) => i.number === c.issue_number);
  return {
    id: c.id,
    node_id: nodeId("IssueComment", c.id),
    url: `${url}/issues/comments/${c.id}`,
    html_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/${issue?.pull ? "pull" : "issues"}/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: simpleUser(ctx.baseUrl, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${url}/issues/${c.issue_number}`,
    author_association: c.user.toLowerCase() === repo.record.owner.toLowerCase() ? "OWNER" : "COLLABORATOR",
    performed_via_github_app: null
  };
}
function createComment(ctx) {
  let repo = requireRepo(ctx), issue = requireIssue(ctx, repo), text = reqString(bodyObject(ctx), "body", "IssueComment"), now = isoNow(ctx), comment = { id: ctx.store.nextId(), issue_number: issue.number, body: text, user: callerLogin(ctx), created_at: now, updated_at: now };
  return (repo.record.issueComments ??= []).push(comment), issue.updated_at = now, ctx.store.saveRecord(repo), { status: 201, body: commentJson(ctx, repo, comment) };
}
function listComments(ctx) {
  let repo = requireRepo(ctx), issue = requireIssue(ctx, repo), comments = (repo.record.issueComments ?? []).filter((c) => c.issue_number === issue.number), { items, headers } = paginate(ctx, comments);
  return { status: 200, body: items.map((c) => commentJson(ctx, repo, c)), headers };
}
var issueRoutes = [
  { method: "POST", path: "/repos/{owner}/{repo}/issues", handler: createIssue },
  { method: "GET", path: "/repos/{owner}/{repo}/issues", handler: listIssues },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/issues/{issue_number}",
    handler: (ctx) => {
      let repo = requireRepo(ctx);
      return { status: 200, body: issueJson(ctx, repo, requireIssue(ctx, repo)) };
    }
  },
  { method: "PATCH", path: "/repos/{owner}/{repo}/issues/{issue_number}", handler: updateIssue },
  { method: "POST", path: "/repos/{owner}/{repo}/labels", handler: createLabel },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/labels",
    handler: (ctx) => {
      let repo = requireRepo(ctx), { items, headers } = paginate(ctx, repo.record.labels);
      return { status: 200, body: items.map((l) => labelJson(ctx, repo, l)), headers };
    }
  },
  { method: "POST", path: "/repos/{owner}/{repo}/issues/{issue_number}/labels", handler: addLabels },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    handler: (ctx) => {
      let repo = requireRepo(ctx), { items, headers } = paginate(ctx, issueLabels(ctx, repo, requireIssue(ctx, repo)));
      return { status: 200, body: items, headers };
    }
  },
  { method: "DELETE", path: "/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", handler: removeLabel },
  { method: "GET", path: "/repos/{owner}/{repo}/issues/{issue_number}/events", handler: listEvents },
  { method: "POST", path: "/repos/{owner}/{repo}/issues/{issue_number}/comments", handler: createComment },
  { method: "GET", path: "/repos/{owner}/{repo}/issues/{issue_number}/comments", handler: listComments }
];

// src/sandbox/handlers/pulls.ts
function branchName(repo, value) {
  let colon = value.indexOf(":");
  return colon < 0 ? value : value.slice(0, colon).toLowerCase() === repo.record.owner.toLowerCase() ? value.slice(colon + 1) : `\0${value}`;
}
var branchSha = (repo, branch) => repo.refs.get(`refs/heads/${branch}`);
function side(ctx, repo, branch, recordedSha) {
  return {
    label: `${repo.record.owner}:${branch}`,
    ref: branch,
    // A deleted branch keeps the last sha GitHub saw; the sandbox falls back to the merge commit's absence: empty.
    sha: branchSha(repo, branch) ?? recordedSha ?? "0".repeat(40),
    user: simpleUser(ctx.baseUrl, repo.record.owner, repo.record.ownerType),
    repo: repoJson(ctx, repo)
  };
}
function pullLinks(ctx, repo, i, headSha) {
  let url = repoApiUrl(ctx.baseUrl, repo.record), html = repoHtmlUrl(ctx.baseUrl, repo.record);
  return {
    url: `${url}/pulls/${i.number}`,
    html_url: `${html}/pull/${i.number}`,
    diff_url: `${html}/pull/${i.number}.diff`,
    patch_url: `${html}/pull/${i.number}.patch`,
    issue_url: `${url}/issues/${i.number}`,
    commits_url: `${url}/pulls/${i.number}/commits`,
    review_comments_url: `${url}/pulls/${i.number}/comments`,
    review_comment_url: `${url}/pulls/comments{/number}`,
    comments_url: `${url}/issues/${i.number}/comments`,
    statuses_url: `${url}/statuses/${headSha}`
  };
}
function pullJson(ctx, repo, i, full) {
  let pull = i.pull, issue = issueJson(ctx, repo, i), head = side(ctx, repo, pull.head, void 0), base = side(ctx, repo, pull.base, void 0), links = pullLinks(ctx, repo, i, head.sha), json = {
    ...links,
    id: pull.id,
    node_id: nodeId("PullRequest", pull.id),
    number: i.number,
    state: i.state,
    locked: i.locked,
    title: i.title,
    user: issue.user,
    body: i.body,
    labels: issue.labels,
    milestone: null,
    active_lock_reason: null,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    merged_at: pull.merged_at,
    merge_commit_sha: pull.merge_commit_sha,
    assignee: issue.assignee,
    assignees: issue.assignees,
    requested_reviewers: [],
    requested_teams: [],
    head,
    base,
    _links: Object.fromEntries(
      [
        ["self", "url"],
        ["html", "html_url"],
        ["issue", "issue_url"],
        ["comments", "comments_url"],
        ["review_comments", "review_comments_url"],
        ["review_comment", "review_comment_url"],
        ["commits", "commits_url"],
        ["statuses", "statuses_url"]
      ].map(([rel, key]) => [rel, { href: links[key] }])
    ),
    author_association: issue.author_association,
    auto_merge: null,
    draft: pull.draft
  };
  if (full) {
    let headSha = branchSha(repo, pull.head), baseSha = branchSha(repo, pull.base), commits = headSha && baseSha ? commitsBetween(ctx, repo, baseSha, headSha) : [], mb = headSha && baseSha ? mergeBase(ctx.store, repo, baseSha, headSha) : void 0, changes = mb && headSha ? diffTrees(ctx.store, repo, readCommit(ctx.store, repo, mb).tree, readCommit(ctx.store, repo, headSha).tree) : [], additions = 0, deletions = 0;
    for (let c of changes) {
      let s = lineStats(ctx.store, repo, c.status === "added" ? void 0 : c.before ?? c.sha, c.status === "removed" ? void 0 : c.sha);
      additions += s.additions, deletions += s.deletions;
    }
    Object.assign(json, {
      merged: pull.merged_at !== null,
      // GitHub computes mergeability in the background and answers null until it knows; so does the sandbox.
      mergeable: null,
      rebaseable: null,
      mergeable_state: "unknown",
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: pull.maintainer_can_modify,
      commits: commits.length,
      additions,
      deletions,
      changed_files: changes.length
    });
  }
  return json;
}
function createPull(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), headRaw = reqString(body, "head", "PullRequest"), base = reqString(body, "base", "PullRequest"), head = branchName(repo, headRaw), headSha = branchSha(repo, head), baseSha = branchSha(repo, base);
  if (!headSha) throw validationFailed({ resource: "PullRequest", field: "head", code: "invalid" });
  if (!baseSha) throw validationFailed({ resource: "PullRequest", field: "base", code: "invalid" });
  if (commitsBetween(ctx, repo, baseSha, headSha).length === 0)
    throw validationFailed({ resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${head}` });
  if (repo.record.issues.some((i) => i.pull && i.state === "open" && i.pull.head === head && i.pull.base === base))
    throw validationFailed({ resource: "PullRequest", code: "custom", message: `A pull request already exists for ${repo.record.owner}:${head}.` });
  let title = optString(body, "title", "PullRequest");
  if (title === void 0 && body.issue === void 0) throw validationFailed({ resource: "PullRequest", field: "title", code: "missing_field" });
  let now = isoNow(ctx), issue = {
    id: ctx.store.nextId(),
    number: nextNumber(repo),
    title: title ?? head,
    body: optString(body, "body", "PullRequest") ?? null,
    state: "open",
    state_reason: null,
    user: callerLogin(ctx),
    labels: [],
    assignees: [],
    locked: !1,
    created_at: now,
    updated_at: now,
    closed_at: null,
    pull: {
      id: ctx.store.nextId(),
      head,
      base,
      draft: optBool(body, "draft", "PullRequest") ?? !1,
      maintainer_can_modify: optBool(body, "maintainer_can_modify", "PullRequest") ?? !0,
      merged_at: null,
      merge_commit_sha: null
    }
  };
  return repo.record.issues.push(issue), ctx.store.saveRecord(repo), { status: 201, body: pullJson(ctx, repo, issue, !0) };
}
function requirePull(ctx, repo) {
  let issue = requireIssue(ctx, repo, "pull_number");
  if (!issue.pull) throw new ApiError(404, "Not Found");
  return issue;
}
function listPulls(ctx) {
  let repo = requireRepo(ctx), state = ctx.query.get("state") ?? "open";
  if (!["open", "closed", "all"].includes(state)) throw validationFailed({ resource: "PullRequest", field: "state", code: "invalid" });
  let head = ctx.query.get("head"), base = ctx.query.get("base"), list = repo.record.issues.filter(
    (i) => i.pull && (state === "all" || i.state === state) && (!head || branchName(repo, head) === i.pull.head) && (!base || i.pull.base === base)
  ), { items, headers } = paginate(ctx, sortIssues(ctx, list, ["created", "updated", "popularity", "long-running"]));
  return { status: 200, body: items.map((i) => pullJson(ctx, repo, i, !1)), headers };
}
function updatePull(ctx) {
  let repo = requireRepo(ctx), issue = requirePull(ctx, repo), body = bodyObject(ctx);
  issue.title = optString(body, "title", "PullRequest") ?? issue.title, "body" in body && (issue.body = optString(body, "body", "PullRequest") ?? null);
  let base = optString(body, "base", "PullRequest");
  if (base !== void 0) {
    if (!branchSha(repo, base)) throw validationFailed({ resource: "PullRequest", field: "base", code: "invalid" });
    issue.pull.base = base;
  }
  return issue.pull.maintainer_can_modify = optBool(body, "maintainer_can_modify", "PullRequest") ?? issue.pull.maintainer_can_modify, setState(ctx, repo, issue, body.state), issue.updated_at = isoNow(ctx), ctx.store.saveRecord(repo), { status: 200, body: pullJson(ctx, repo, issue, !0) };
}
function pullCommits2(ctx) {
  let repo = requireRepo(ctx), issue = requirePull(ctx, repo), headSha = branchSha(repo, issue.pull.head), baseSha = branchSha(repo, issue.pull.base), shas = headSha && baseSha ? commitsBetween(ctx, repo, baseSha, headSha).slice(0, 250) : [], { items, headers } = paginate(ctx, shas);
  return { status: 200, body: items.map((sha) => restCommitJson(ctx, repo, sha, readCommit(ctx.store, repo, sha))), headers };
}
var pullRoutes = [
  { method: "POST", path: "/repos/{owner}/{repo}/pulls", handler: createPull },
  { method: "GET", path: "/repos/{owner}/{repo}/pulls", handler: listPulls },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/pulls/{pull_number}",
    handler: (ctx) => {
      let repo = requireRepo(ctx);
      return { status: 200, body: pullJson(ctx, repo, requirePull(ctx, repo), !0) };
    }
  },
  { method: "PATCH", path: "/repos/{owner}/{repo}/pulls/{pull_number}", handler: updatePull },
  { method: "GET", path: "/repos/{owner}/{repo}/pulls/{pull_number}/commits", handler: pullCommits2 }
];

// src/sandbox/handlers/releases.ts
import { createHash as createHash3 } from "node:crypto";
function assetJson(ctx, repo, a) {
  let release = repo.record.releases.find((r) => r.id === a.release_id);
  return {
    url: `${repoApiUrl(ctx.baseUrl, repo.record)}/releases/assets/${a.id}`,
    browser_download_url: `${repoHtmlUrl(ctx.baseUrl, repo.record)}/releases/download/${encodeURIComponent(release?.tag_name ?? "")}/${encodeURIComponent(a.name)}`,
    id: a.id,
    node_id: nodeId("ReleaseAsset", a.id),
    name: a.name,
    label: a.label,
    state: "uploaded",
    content_type: a.content_type,
    size: a.size,
    digest: a.digest,
    download_count: a.download_count,
    created_at: a.created_at,
    updated_at: a.updated_at,
    uploader: simpleUser(ctx.baseUrl, a.uploader)
  };
}
function releaseJson(ctx, repo, r) {
  let url = `${repoApiUrl(ctx.baseUrl, repo.record)}/releases/${r.id}`, html = repoHtmlUrl(ctx.baseUrl, repo.record), tag = encodeURIComponent(r.tag_name);
  return {
    url,
    html_url: r.draft ? `${html}/releases/tag/untagged-${r.id}` : `${html}/releases/tag/${tag}`,
    assets_url: `${url}/assets`,
    // Uploads go to the sandbox itself (GitHub uses a separate uploads host); a URI template as on GitHub.
    upload_url: `${url}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${repoApiUrl(ctx.baseUrl, repo.record)}/tarball/${tag}`,
    zipball_url: r.draft ? null : `${repoApiUrl(ctx.baseUrl, repo.record)}/zipball/${tag}`,
    id: r.id,
    node_id: nodeId("Release", r.id),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: !1,
    created_at: r.created_at,
    published_at: r.published_at,
    updated_at: r.updated_at,
    author: simpleUser(ctx.baseUrl, r.author),
    assets: repo.record.assets.filter((a) => a.release_id === r.id).map((a) => assetJson(ctx, repo, a))
  };
}
function ensureTag(ctx, repo, release) {
  let ref = `refs/tags/${release.tag_name}`;
  if (repo.refs.has(ref)) return;
  let sha = resolveCommitish(ctx.store, repo, release.target_commitish);
  if (!sha) throw validationFailed({ resource: "Release", code: "invalid", field: "target_commitish" });
  repo.refs.set(ref, sha), ctx.store.saveRefs(repo);
}
function checkTagFree(repo, tag, except) {
  if (repo.record.releases.some((r) => r.tag_name === tag && r.id !== except))
    throw validationFailed({ resource: "Release", code: "already_exists", field: "tag_name" });
}
function createRelease(ctx) {
  let repo = requireRepo(ctx), body = bodyObject(ctx), tag = reqString(body, "tag_name", "Release");
  if (!tag.trim()) throw validationFailed({ resource: "Release", code: "missing_field", field: "tag_name" });
  checkTagFree(repo, tag);
  let now = isoNow(ctx), draft = optBool(body, "draft", "Release") ?? !1, release = {
    id: ctx.store.nextId(),
    tag_name: tag,
    target_commitish: optString(body, "target_commitish", "Release") ?? repo.record.default_branch,
    name: optString(body, "name", "Release") ?? null,
    body: optString(body, "body", "Release") ?? null,
    draft,
    prerelease: optBool(body, "prerelease", "Release") ?? !1,
    author: callerLogin(ctx),
    created_at: now,
    published_at: draft ? null : now,
    updated_at: now
  };
  return draft || ensureTag(ctx, repo, release), repo.record.releases.push(release), ctx.store.saveRecord(repo), { status: 201, body: releaseJson(ctx, repo, release), headers: { location: releaseJson(ctx, repo, release).url } };
}
var sorted = (repo) => [...repo.record.releases].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
function requireRelease(ctx, repo) {
  let id = idParam(ctx, "release_id"), release = repo.record.releases.find((r) => r.id === id);
  if (!release) throw notFound();
  return release;
}
function updateRelease(ctx) {
  let repo = requireRepo(ctx), release = requireRelease(ctx, repo), body = bodyObject(ctx), tag = optString(body, "tag_name", "Release");
  tag !== void 0 && (checkTagFree(repo, tag, release.id), release.tag_name = tag), release.target_commitish = optString(body, "target_commitish", "Release") ?? release.target_commitish, "name" in body && (release.name = optString(body, "name", "Release") ?? null), "body" in body && (release.body = optString(body, "body", "Release") ?? null), release.prerelease = optBool(body, "prerelease", "Release") ?? release.prerelease;
  let draft = optBool(body, "draft", "Release"), now = isoNow(ctx);
  return draft === !1 && release.draft && (release.published_at = now), draft !== void 0 && (release.draft = draft), release.draft || ensureTag(ctx, repo, release), release.updated_at = now, ctx.store.saveRecord(repo), { status: 200, body: releaseJson(ctx, repo, release) };
}
function deleteRelease(ctx) {
  let repo = requireRepo(ctx), release = requireRelease(ctx, repo);
  for (let asset of repo.record.assets.filter((a) => a.release_id === release.id)) ctx.store.deleteAsset(repo, asset.id);
  return repo.record.assets = repo.record.assets.filter((a) => a.release_id !== release.id), repo.record.releases = repo.record.releases.filter((r) => r.id !== release.id), ctx.store.saveRecord(repo), { status: 204 };
}
function latestRelease(ctx) {
  let repo = requireRepo(ctx), release = sorted(repo).filter((r) => !r.draft && !r.prerelease).sort((a, b) => (b.published_at ?? "").localeCompare(a.published_at ?? "") || b.id - a.id)[0];
  if (!release) throw notFound();
  return { status: 200, body: releaseJson(ctx, repo, release) };
}
function releaseByTag(ctx) {
  let repo = requireRepo(ctx), release = repo.record.releases.find((r) => r.tag_name === ctx.params.tag && !r.draft);
  if (!release) throw notFound();
  return { status: 200, body: releaseJson(ctx, repo, release) };
}
function uploadAsset(ctx) {
  let repo = requireRepo(ctx), release = requireRelease(ctx, repo), name = ctx.query.get("name");
  if (!name) throw validationFailed({ resource: "ReleaseAsset", code: "missing_field", field: "name" });
  if (repo.record.assets.some((a) => a.release_id === release.id && a.name === name))
    throw validationFailed({ resource: "ReleaseAsset", code: "already_exists", field: "name" });
  let contentType2 = String(ctx.headers["content-type"] ?? "application/octet-stream"), now = isoNow(ctx), asset = {
    id: ctx.store.nextId(),
    release_id: release.id,
    name,
    label: ctx.query.get("label"),
    content_type: contentType2,
    size: ctx.rawBody.length,
    digest: `sha256:${createHash3("sha256").update(ctx.rawBody).digest("hex")}`,
    download_count: 0,
    uploader: callerLogin(ctx),
    created_at: now,
    updated_at: now
  };
  return ctx.store.writeAsset(repo, asset.id, ctx.rawBody), repo.record.assets.push(asset), ctx.store.saveRecord(repo), { status: 201, body: assetJson(ctx, repo, asset) };
}
function requireAsset(ctx, repo) {
  let id = idParam(ctx, "asset_id"), asset = repo.record.assets.find((a) => a.id === id);
  if (!asset) throw notFound();
  return asset;
}
function getAsset(ctx) {
  let repo = requireRepo(ctx), asset = requireAsset(ctx, repo);
  return String(ctx.headers.accept ?? "").includes("application/octet-stream") ? (asset.download_count++, ctx.store.saveRecord(repo), {
    status: 200,
    raw: { bytes: ctx.store.readAsset(repo, asset.id), contentType: asset.content_type },
    headers: { "content-disposition": `attachment; filename=${encodeURIComponent(asset.name)}` }
  }) : { status: 200, body: assetJson(ctx, repo, asset) };
}
function deleteAsset(ctx) {
  let repo = requireRepo(ctx), asset = requireAsset(ctx, repo);
  return repo.record.assets = repo.record.assets.filter((a) => a.id !== asset.id), ctx.store.deleteAsset(repo, asset.id), ctx.store.saveRecord(repo), { status: 204 };
}
function listAssets(ctx) {
  let repo = requireRepo(ctx), release = requireRelease(ctx, repo), { items, headers } = paginate(ctx, repo.record.assets.filter((a) => a.release_id === release.id));
  return { status: 200, body: items.map((a) => assetJson(ctx, repo, a)), headers };
}
function listReleases(ctx) {
  let repo = requireRepo(ctx), { items, headers } = paginate(ctx, sorted(repo));
  return { status: 200, body: items.map((r) => releaseJson(ctx, repo, r)), headers };
}
var releaseRoutes = [
  { method: "POST", path: "/repos/{owner}/{repo}/releases", handler: createRelease },
  { method: "GET", path: "/repos/{owner}/{repo}/releases", handler: listReleases },
  { method: "GET", path: "/repos/{owner}/{repo}/releases/latest", handler: latestRelease },
  { method: "GET", path: "/repos/{owner}/{repo}/releases/tags/{tag}", handler: releaseByTag },
  { method: "GET", path: "/repos/{owner}/{repo}/releases/assets/{asset_id}", handler: getAsset },
  { method: "DELETE", path: "/repos/{owner}/{repo}/releases/assets/{asset_id}", handler: deleteAsset },
  {
    method: "GET",
    path: "/repos/{owner}/{repo}/releases/{release_id}",
    handler: (ctx) => {
      let repo = requireRepo(ctx);
      return { status: 200, body: releaseJson(ctx, repo, requireRelease(ctx, repo)) };
    }
  },
  { method: "PATCH", path: "/repos/{owner}/{repo}/releases/{release_id}", handler: updateRelease },
  { method: "DELETE", path: "/repos/{owner}/{repo}/releases/{release_id}", handler: deleteRelease },
  { method: "POST", path: "/repos/{owner}/{repo}/releases/{release_id}/assets", rawBody: !0, handler: uploadAsset },
  { method: "GET", path: "/repos/{owner}/{repo}/releases/{release_id}/assets", handler: listAssets }
];

// src/sandbox/handlers/repos.ts
var REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;
function autoInit(ctx, repo, login) {
  let r = repo.record, readme = `# ${r.name}
${r.description ? `
${r.description}
` : ""}`, blob = ctx.store.writeObject(repo, "blob", Buffer.from(readme)), tree = ctx.store.writeObject(repo, "tree", encodeTree([{ mode: "100644", name: "README.md", sha: blob }])), when = signatureTime(isoNow(ctx)), signature2 = { name: login, email: `${userId(login)}+${login}@users.noreply.github.com`, ...when }, commit = ctx.store.writeObject(
    repo,
    "commit",
    encodeCommit({ tree, parents: [], author: signature2, committer: signature2, message: "Initial commit" })
  );
  repo.refs.set(`refs/heads/${r.default_branch}`, commit), ctx.store.saveRefs(repo);
}
function createRepo(ctx, owner, ownerType) {
  let body = bodyObject(ctx), name = reqString(body, "name", "Repository");
  if (!REPO_NAME.test(name)) throw validationFailed({ resource: "Repository", field: "name", code: "invalid" });
  if (ctx.store.getRepo(owner, name))
    throw validationFailed({
      resource: "Repository",
      field: "name",
      code: "custom",
      message: "name already exists on this account"
    });
  let visibility = optString(body, "visibility", "Repository"), now = isoNow(ctx), record = {
    id: ctx.store.nextId(),
    owner,
    ownerType,
    name,
    description: optString(body, "description", "Repository") ?? null,
    homepage: optString(body, "homepage", "Repository") ?? null,
    private: optBool(body, "private", "Repository") ?? (visibility !== void 0 && visibility !== "public"),
    default_branch: "main",
    created_at: now,
    updated_at: now,
    pushed_at: now,
    collaborators: { [owner.toLowerCase()]: "admin" },
    statuses: [],
    deployments: [],
    deploymentStatuses: [],
    releases: [],
    assets: [],
    labels: [],
    issues: [],
    issueEvents: [],
    runs: [],
    jobs: [],
    workflows: {}
  }, repo = ctx.store.createRepo(record);
  return optBool(body, "auto_init", "Repository") && autoInit(ctx, repo, callerLogin(ctx)), { status: 201, body: repoJson(ctx, repo) };
}
function getUser(ctx) {
  if (!ctx.caller) throw new ApiError(401, "Requires authentication");
  let user = simpleUser(ctx.baseUrl, ctx.caller.login), repos = ctx.store.allRepos().filter((r) => r.record.owner.toLowerCase() === ctx.caller.login.toLowerCase());
  return {
    status: 200,
    body: {
      ...user,
      node_id: nodeId("User", user.id),
      name: ctx.caller.login,
      company: null,
      blog: "",
      location: null,
      email: null,
      hireable: null,
      bio: null,
      twitter_username: null,
      public_repos: repos.filter((r) => !r.record.private).length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: "2020-01-01T00:00:00Z",
      updated_at: "2020-01-01T00:00:00Z",
      private_gists: 0,
      total_private_repos: repos.filter((r) => r.record.private).length,
      owned_private_repos: repos.filter((r) => r.record.private).length,
      disk_usage: 0,
      collaborators: 0,
      two_factor_authentication: !1
    }
  };
}
var LEGACY_PERMISSION = {
  admin: "admin",
  maintain: "write",
  write: "write",
  triage: "read",
  read: "read",
  none: "none"
};
function collaboratorPermission(ctx) {
  let repo = requireRepo(ctx), username = ctx.params.username, role = repo.record.collaborators[username.toLowerCase()] ?? (repo.record.private ? "none" : "read");
  return {
    status: 200,
    body: {
      permission: LEGACY_PERMISSION[role] ?? "read",
      role_name: role,
      user: { ...simpleUser(ctx.baseUrl, username), role_name: role }
    }
  };
}
function seedCollaborator(ctx) {
  let repo = requireRepo(ctx), role = reqString(bodyObject(ctx), "permission", "Collaborator");
  if (!(role in LEGACY_PERMISSION))
    throw validationFailed({
      resource: "Collaborator",
      field: "permission",
      code: "invalid",
      message: `permission must be one of ${Object.keys(LEGACY_PERMISSION).join(", ")}`
    });
  return repo.record.collaborators[ctx.params.username.toLowerCase()] = role, ctx.store.saveRecord(repo), collaboratorPermission(ctx);
}
var repoRoutes = [
  { method: "GET", path: "/user", handler: getUser },
  { method: "POST", path: "/user/repos", handler: (ctx) => createRepo(ctx, callerLogin(ctx), "User") },
  { method: "POST", path: "/orgs/{org}/repos", handler: (ctx) => createRepo(ctx, ctx.params.org, "Organization") },
  { method: "GET", path: "/repos/{owner}/{repo}", handler: (ctx) => ({ status: 200, body: repoJson(ctx, requireRepo(ctx)) }) },
  { method: "GET", path: "/repos/{owner}/{repo}/collaborators/{username}/permission", handler: collaboratorPermission },
  {
    method: "PUT",
    path: "/_stopline/repos/{owner}/{repo}/collaborators/{username}",
    sandboxOnly: !0,
    handler: seedCollaborator
  }
];

// src/sandbox/routes.ts
var routes = [
  ...repoRoutes,
  ...gitRoutes,
  ...contentRoutes,
  // Status routes before GET /commits/{ref}, whose greedy {ref} would swallow `/status`.
  ...statusRoutes,
  ...commitRoutes,
  ...deploymentRoutes,
  ...releaseRoutes,
  ...pullRoutes,
  ...issueRoutes,
  ...actionRoutes,
  ...graphqlRoutes
];

// src/sandbox/store.ts
import fs from "node:fs";
import path from "node:path";
import { deflateSync, inflateSync } from "node:zlib";
function writeFileAtomic(file, data) {
  let tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data), fs.renameSync(tmp, file);
}
var repoKey = (owner, name) => `${owner.toLowerCase()}/${name.toLowerCase()}`, Store = class {
  constructor(dataDir) {
    this.dataDir = dataDir;
    fs.mkdirSync(path.join(dataDir, "repos"), { recursive: !0 });
    let metaFile = path.join(dataDir, "sandbox.json");
    fs.existsSync(metaFile) && (this.meta = JSON.parse(fs.readFileSync(metaFile, "utf8"))), this.loadRepos();
  }
  dataDir;
  repos = /* @__PURE__ */ new Map();
  meta = { version: 1, nextId: 1 };
  loadRepos() {
    let root = path.join(this.dataDir, "repos");
    for (let owner of fs.readdirSync(root))
      for (let name of fs.readdirSync(path.join(root, owner))) {
        let dir = path.join(root, owner, name), recordFile = path.join(dir, "repo.json");
        if (!fs.existsSync(recordFile)) continue;
        let record = JSON.parse(fs.readFileSync(recordFile, "utf8")), refsFile = path.join(dir, "refs.json"), refs = fs.existsSync(refsFile) ? new Map(Object.entries(JSON.parse(fs.readFileSync(refsFile, "utf8")))) : /* @__PURE__ */ new Map();
        this.repos.set(repoKey(record.owner, record.name), { record, refs, dir, objects: /* @__PURE__ */ new Map() });
      }
  }
  /** A fresh id, unique across every kind of record (GitHub's ids are global too). */
  nextId() {
    let id = this.meta.nextId++;
    return writeFileAtomic(path.join(this.dataDir, "sandbox.json"), JSON.stringify(this.meta)), id;
  }
  getRepo(owner, name) {
    return this.repos.get(repoKey(owner, name));
  }
  allRepos() {
    return [...this.repos.values()];
  }
  createRepo(record) {
    let dir = path.join(this.dataDir, "repos", record.owner.toLowerCase(), record.name.toLowerCase());
    fs.mkdirSync(path.join(dir, "objects"), { recursive: !0 }), fs.mkdirSync(path.join(dir, "assets"), { recursive: !0 });
    let repo = { record, refs: /* @__PURE__ */ new Map(), dir, objects: /* @__PURE__ */ new Map() };
    return this.repos.set(repoKey(record.owner, record.name), repo), this.saveRecord(repo), this.saveRefs(repo), repo;
  }
  saveRecord(repo) {
    writeFileAtomic(path.join(repo.dir, "repo.json"), JSON.stringify(repo.record));
  }
  saveRefs(repo) {
    writeFileAtomic(path.join(repo.dir, "refs.json"), JSON.stringify(Object.fromEntries(repo.refs)));
  }
  objectFile(repo, sha) {
    return path.join(repo.dir, "objects", sha.slice(0, 2), sha.slice(2));
  }
  /**
   * Stores a git object as git does (zlib-deflated loose object named by its id). Objects are
   * content-addressed, so an existing file already holds these bytes and is never rewritten.
   */
  writeObject(repo, type, body) {
    let sha = hashObject(type, body);
    if (repo.objects.has(sha)) return sha;
    let file = this.objectFile(repo, sha);
    return fs.existsSync(file) || (fs.mkdirSync(path.dirname(file), { recursive: !0 }), writeFileAtomic(file, deflateSync(encodeObject(type, body)))), repo.objects.set(sha, { type, body }), sha;
  }
  readObject(repo, sha) {
    if (!/^[0-9a-f]{40}$/.test(sha)) return;
    let cached = repo.objects.get(sha);
    if (cached) return cached;
    let file = this.objectFile(repo, sha);
    if (!fs.existsSync(file)) return;
    let object = decodeObject(inflateSync(fs.readFileSync(file)));
    return repo.objects.set(sha, object), object;
  }
  writeAsset(repo, id, bytes) {
    writeFileAtomic(path.join(repo.dir, "assets", String(id)), bytes);
  }
  readAsset(repo, id) {
    return fs.readFileSync(path.join(repo.dir, "assets", String(id)));
  }
  deleteAsset(repo, id) {
    fs.rmSync(path.join(repo.dir, "assets", String(id)), { force: !0 });
  }
};

// src/sandbox/server.ts
var TIME_HEADER = "x-stopline-sandbox-time", ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, compiled = routes.map(compileRoute);
function parseCaller(header) {
  if (!header) return;
  let match = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!match) return "invalid";
  let token = match[1], readonly = token.startsWith("readonly-"), bare = readonly ? token.slice(9) : token;
  return { login: bare.startsWith("user:") && /^[A-Za-z0-9-]{1,39}$/.test(bare.slice(5)) ? bare.slice(5) : "sandbox-user", readonly };
}
function readBody(req) {
  return new Promise((resolve, reject) => {
    let chunks = [];
    req.on("data", (chunk) => chunks.push(chunk)), req.on("end", () => resolve(Buffer.concat(chunks))), req.on("error", reject);
  });
}
var errorReply = (error) => ({ status: error.status, body: error.body(), headers: error.headers });
async function startSandbox(options) {
  let logger = options.logger ?? silentLogger, store = new Store(options.dataDir), faults = new FaultInjector(options.faults ?? {}), host = options.host ?? "127.0.0.1", baseUrl = "";
  async function handle(req, res) {
    let method = (req.method ?? "GET").toUpperCase(), url = new URL(req.url ?? "/", "http://sandbox.invalid"), pathname = url.pathname.replace(/\/+$/, "") || "/", rawBody = await readBody(req), exchange = {
      method,
      route: void 0,
      path: pathname,
      query: Object.fromEntries(url.searchParams),
      requestContentType: req.headers["content-type"],
      requestBody: void 0,
      status: 0,
      responseContentType: void 0,
      responseBody: void 0,
      faulted: !1
    }, reply = await answer(req, method, url, pathname, rawBody, exchange);
    send(res, reply, exchange), options.onExchange?.(exchange);
  }
  async function answer(req, method, url, pathname, rawBody, exchange) {
    if (pathname === "/_stopline/faults") return controlFaults(method, rawBody);
    faults.latencyMs > 0 && await sleep(faults.latencyMs);
    let matched = matchRoute(compiled, method, pathname);
    if (exchange.route = matched?.route.path, !matched?.route.sandboxOnly) {
      let fault = faults.next();
      if (fault)
        return exchange.faulted = !0, fault;
    }
    if (!matched) return errorReply(new ApiError(404, "Not Found"));
    let timeHeader = req.headers[TIME_HEADER], now = /* @__PURE__ */ new Date();
    if (timeHeader !== void 0) {
      let value = String(timeHeader);
      if (!ISO_8601.test(value) || Number.isNaN(Date.parse(value)))
        return errorReply(new ApiError(400, `Invalid ${TIME_HEADER} header "${value}": give an ISO 8601 time such as 2024-05-01T12:00:00Z`));
      now = new Date(value);
    }
    let caller = parseCaller(req.headers.authorization);
    if (caller === "invalid") return errorReply(new ApiError(401, "Bad credentials"));
    if (method !== "GET") {
      if (!caller) return errorReply(new ApiError(401, "Requires authentication"));
      if (caller.readonly) return errorReply(new ApiError(403, "Resource not accessible by integration"));
    }
    let body;
    if (!matched.route.rawBody && rawBody.length > 0)
      try {
        body = JSON.parse(rawBody.toString("utf8"));
      } catch {
        return errorReply(new ApiError(400, "Problems parsing JSON"));
      }
    exchange.requestBody = matched.route.rawBody ? rawBody : body;
    let ctx = {
      params: matched.params,
      query: url.searchParams,
      body,
      rawBody,
      headers: req.headers,
      now,
      caller,
      store,
      baseUrl,
      path: pathname,
      logger
    };
    try {
      return matched.route.handler(ctx);
    } catch (error) {
      return error instanceof ApiError ? errorReply(error) : (logger.error(`sandbox: ${method} ${pathname} failed: ${errorMessage(error)}`), errorReply(new ApiError(500, "Server Error")));
    }
  }
  function controlFaults(method, rawBody) {
    if (method === "GET") return { status: 200, body: currentFaults };
    if (method !== "PUT") return errorReply(new ApiError(404, "Not Found"));
    try {
      let next = JSON.parse(rawBody.toString("utf8") || "{}");
      return faults.set(next), currentFaults = next, logger.info(`sandbox: faults set to ${JSON.stringify(next)}`), { status: 200, body: currentFaults };
    } catch (error) {
      return { status: 422, body: { message: `Invalid faults: ${errorMessage(error)}`, documentation_url: DOCS_URL } };
    }
  }
  function send(res, reply, exchange) {
    let headers = {
      "x-github-media-type": "github.v3; format=json",
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1e3) + 3600),
      "x-ratelimit-resource": "core",
      ...reply.headers
    };
    if (exchange.status = reply.status, reply.raw) {
      headers["content-type"] = reply.raw.contentType, exchange.responseContentType = reply.raw.contentType, exchange.responseBody = reply.raw.bytes, res.writeHead(reply.status, headers).end(reply.raw.bytes);
      return;
    }
    if (reply.status === 204 || reply.body === void 0) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    headers["content-type"] = "application/json; charset=utf-8", exchange.responseContentType = headers["content-type"], exchange.responseBody = reply.body, res.writeHead(reply.status, headers).end(JSON.stringify(reply.body));
  }
  let currentFaults = options.faults ?? {}, server = import_node_http.default.createServer((req, res) => {
    handle(req, res).catch((error) => {
      logger.error(`sandbox: request failed: ${errorMessage(error)}`), res.headersSent || res.writeHead(500, { "content-type": "application/json" }), res.end(JSON.stringify({ message: "Server Error", documentation_url: DOCS_URL }));
    });
  });
  server.keepAliveTimeout = 5e3, await new Promise((resolve, reject) => {
    server.once("error", reject), server.listen(options.port ?? 0, host, () => resolve());
  });
  let port = server.address().port;
  return baseUrl = `http://${host.includes(":") ? `[${host}]` : host}:${port}`, logger.debug(`sandbox: serving ${options.dataDir} on ${baseUrl}`), {
    url: baseUrl,
    port,
    setFaults(next) {
      faults.set(next), currentFaults = next;
    },
    close() {
      return new Promise((resolve, reject) => {
        server.close((error) => error ? reject(error) : resolve()), server.closeAllConnections();
      });
    }
  };
}

export {
  seededRandom,
  validateFaults,
  userEmail,
  TIME_HEADER,
  startSandbox
};

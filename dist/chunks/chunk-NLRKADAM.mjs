import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  httpStatus
} from "./chunk-ILX4OWII.mjs";
import {
  ConfigurationError
} from "./chunk-W2U6OBLC.mjs";

// src/github/backoff.ts
var LEDGER_BACKOFF = { baseMs: 50, capMs: 2e3 };
function backoffDelay(failures, policy, random = Math.random) {
  let ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * ceiling);
}

// src/github/contents.ts
function pathSegments(path) {
  let segments = path.replace(/\\/g, "/").split("/").filter((segment) => segment !== "" && segment !== ".");
  if (segments.length === 0 || segments.includes(".."))
    throw new ConfigurationError(`'${path}' is not a file path inside a repository; give a path from the repository root such as .github/stopline/security-policy.yml`);
  return segments;
}
async function resolveCommit(client, target) {
  let { owner, repo, ref } = target;
  try {
    let { data } = await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 });
    return { sha: data.sha, treeSha: data.commit.tree.sha };
  } catch (error) {
    let status = httpStatus(error);
    throw status === 422 || status === 409 ? new ConfigurationError(`${owner}/${repo} has no branch, tag or commit '${ref}'; check the ref name (policy-ref, or the ref in 'owner/repo@ref')`, { cause: error }) : status === 404 ? new ConfigurationError(
      `repository ${owner}/${repo} was not found, or the token cannot read it; check the name, and for another (private) repository pass a token with \`contents: read\` on it`,
      { cause: error }
    ) : error;
  }
}
function messageOf(error) {
  let message = error.response?.data?.message;
  return typeof message == "string" ? message : "";
}
function isTooLarge(error) {
  return httpStatus(error) !== 403 ? !1 : (error.response?.data?.errors ?? []).some((e) => e?.code === "too_large") || /too large/i.test(messageOf(error));
}
var decode = (content, encoding) => encoding === "base64" ? Buffer.from(content, "base64") : Buffer.from(content, "utf8");
async function readPathAt(client, target) {
  let { owner, repo, ref } = target, data;
  try {
    ({ data } = await client.rest.repos.getContent({ owner, repo, ref, path: pathSegments(target.path).join("/") }));
  } catch (error) {
    if (httpStatus(error) === 404 && !/no commit found/i.test(messageOf(error))) return;
    if (isTooLarge(error)) return { kind: "too-large" };
    throw error;
  }
  if (Array.isArray(data) || data.type === "dir") return { kind: "directory" };
  if (data.type === "symlink" || data.type === "submodule") return { kind: data.type };
  let blobSha = data.sha ?? "";
  if (data.encoding !== "none") return { kind: "file", bytes: decode(data.content ?? "", data.encoding), blobSha };
  try {
    let blob = await client.rest.git.getBlob({ owner, repo, file_sha: blobSha });
    return { kind: "file", bytes: decode(blob.data.content, blob.data.encoding), blobSha };
  } catch (error) {
    if (isTooLarge(error)) return { kind: "too-large", blobSha };
    throw error;
  }
}
async function readFileAtRef(client, target) {
  let { owner, repo } = target, path = pathSegments(target.path).join("/"), commit = await resolveCommit(client, target), found = await readPathAt(client, { owner, repo, ref: commit.sha, path });
  if (found !== void 0) {
    if (found.kind === "too-large")
      throw new ConfigurationError(`${path} at ${target.ref} in ${owner}/${repo} is larger than GitHub's API serves (100 MB); name a smaller file`);
    if (found.kind !== "file")
      throw new ConfigurationError(`${path} at ${target.ref} in ${owner}/${repo} is a ${found.kind}, not a file; name the file itself`);
    return { text: found.bytes.toString("utf8"), commitSha: commit.sha, blobSha: found.blobSha };
  }
}

export {
  LEDGER_BACKOFF,
  backoffDelay,
  resolveCommit,
  readPathAt,
  readFileAtRef
};

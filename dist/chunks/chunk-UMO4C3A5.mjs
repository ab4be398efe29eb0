import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  canonicalJson
} from "./chunk-UITPQSYK.mjs";
import {
  httpStatus
} from "./chunk-ILX4OWII.mjs";
import {
  fileFrom
} from "./chunk-OMPALNQI.mjs";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-W2U6OBLC.mjs";

// src/release/digest.ts
import { createHash } from "node:crypto";
var DIGEST = /^sha256:[0-9a-f]{64}$/, HEX = /^[0-9a-f]{64}$/;
function digestOf(hex) {
  if (!HEX.test(hex)) throw new TypeError(`not a sha256 in lowercase hex: ${hex}`);
  return `sha256:${hex}`;
}
function isSha256Digest(text) {
  return DIGEST.test(text);
}
function isSha256Hex(text) {
  return HEX.test(text);
}
function hexOf(digest) {
  return digest.slice(7);
}
function sha256Digest(data) {
  return `sha256:${createHash("sha256").update(data).digest("hex")}`;
}

// src/release/integrity-error.ts
var IntegrityError = class extends Error {
  constructor(message, expected, found, options) {
    super(message, options);
    this.expected = expected;
    this.found = found;
  }
  expected;
  found;
  name = "IntegrityError";
};
function isIntegrityError(error) {
  return error instanceof IntegrityError;
}

// src/release/package/archive-path.ts
function archivePathProblem(archivePath) {
  if (archivePath === "") return "it is empty";
  if (archivePath.includes("\0")) return "it contains a NUL character";
  if (archivePath.startsWith("/")) return "it is absolute";
  if (archivePath.includes("\\")) return "it contains a backslash, which Windows reads as a folder separator";
  if (/^[A-Za-z]:/.test(archivePath)) return "it starts with a drive letter";
  for (let segment of archivePath.split("/")) {
    if (segment === "") return 'it has an empty segment (a doubled or trailing "/")';
    if (segment === "." || segment === "..") return `it has a "${segment}" segment`;
  }
}
function compareArchivePaths(a, b) {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

// src/release/manifest.ts
var MANIFEST_SCHEMA_VERSION = 1, PACKAGE_FORMAT = "stopline-tar-gzip/v1", NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/, GIT_OBJECT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function buildManifest(facts) {
  if (!NAME.test(facts.name))
    throw new ConfigurationError(`Input "name": "${facts.name}" cannot name a release. Use letters, digits, ".", "_" and "-" (at most 128, starting with a letter or digit), e.g. the repository name.`);
  if (!VERSION.test(facts.version))
    throw new ConfigurationError(`Input "version": "${facts.version}" cannot be a release version. Use letters, digits, ".", "_", "+" and "-" (at most 128, starting with a letter or digit), e.g. 1.4.0 or the short commit sha.`);
  for (let [field, value] of [["commit", facts.source.commit], ["tree", facts.source.tree]])
    if (!GIT_OBJECT.test(value)) throw new TypeError(`source.${field} is not a git object id: ${value}`);
  let manifest = {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    name: facts.name,
    version: facts.version,
    package: { digest: facts.package.digest, size: facts.package.size, format: PACKAGE_FORMAT },
    files: facts.package.files.map((file) => ({ path: file.path, sha256: file.sha256, size: file.size, mode: modeText(file.mode) })),
    source: { ...facts.source },
    run: { ...facts.run },
    builder: { ...facts.builder },
    createdAt: facts.createdAt.toISOString()
  };
  return facts.lockfiles !== void 0 && facts.lockfiles.length > 0 && (manifest.lockfiles = [...facts.lockfiles].sort((a, b) => compareArchivePaths(a.path, b.path))), manifest;
}
function serializeManifest(manifest) {
  return canonicalJson(manifest);
}
function releaseIdOf(manifest) {
  return sha256Digest(serializeManifest(manifest));
}
function contentDigestOf(manifest) {
  return sha256Digest(canonicalJson({ format: manifest.package.format, files: manifest.files }));
}
function packageFileName(manifest) {
  return `${manifest.name}-${manifest.version}.tar.gz`;
}
function modeText(mode) {
  if (mode === 493) return "0755";
  if (mode === 420) return "0644";
  throw new TypeError(`a packaged file has mode ${mode.toString(8)}; packages record only 0644 and 0755`);
}
function modeNumber(mode) {
  return mode === "0755" ? 493 : 420;
}
function readManifest(text, releaseId) {
  let found = sha256Digest(text);
  if (found !== releaseId)
    throw new IntegrityError(`The manifest does not belong to release ${releaseId}: expected ${releaseId}, found ${found}. It was changed after the build or belongs to another release; fetch it again from the release's storage.`, releaseId, found);
  let value;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new IntegrityError(`The manifest of release ${releaseId} is not JSON.`, void 0, void 0, { cause });
  }
  let problem = manifestProblem(value);
  if (problem !== void 0) throw new IntegrityError(`The manifest of release ${releaseId} is not a Stopline release manifest: ${problem}.`);
  return value;
}
function manifestProblem(value) {
  if (!isObject(value)) return "it is not an object";
  if (value.schemaVersion !== MANIFEST_SCHEMA_VERSION) return `schemaVersion is ${JSON.stringify(value.schemaVersion)}, this Stopline reads ${MANIFEST_SCHEMA_VERSION}`;
  if (typeof value.name != "string" || typeof value.version != "string") return "name or version is missing";
  let pkg = value.package;
  if (!isObject(pkg) || typeof pkg.digest != "string" || !isSha256Digest(pkg.digest) || !isSize(pkg.size)) return "package.digest or package.size is missing or malformed";
  if (pkg.format !== PACKAGE_FORMAT) return `package.format is ${JSON.stringify(pkg.format)}, this Stopline reads ${PACKAGE_FORMAT}`;
  if (!Array.isArray(value.files)) return "files is not a list";
  for (let [index, file] of value.files.entries()) {
    if (!isObject(file) || typeof file.path != "string" || typeof file.sha256 != "string" || !isSha256Hex(file.sha256) || !isSize(file.size) || file.mode !== "0644" && file.mode !== "0755")
      return `files[${index}] is malformed`;
    let pathProblem = archivePathProblem(file.path);
    if (pathProblem !== void 0) return `files[${index}].path "${file.path}" is unsafe: ${pathProblem}`;
  }
  let source = value.source;
  if (!isObject(source) || typeof source.repository != "string" || typeof source.commit != "string") return "source.repository or source.commit is missing";
}
function isObject(value) {
  return value !== null && typeof value == "object" && !Array.isArray(value);
}
function isSize(value) {
  return typeof value == "number" && Number.isSafeInteger(value) && value >= 0;
}

// src/release/registry.ts
function releaseRecordOf(manifest, storage) {
  return {
    name: manifest.name,
    version: manifest.version,
    sha: manifest.source.commit,
    digest: manifest.package.digest,
    createdAt: manifest.createdAt,
    repository: manifest.source.repository,
    size: manifest.package.size,
    contentDigest: contentDigestOf(manifest),
    storage
  };
}
function buildsOf(state, name, commit) {
  return Object.entries(state.releases).filter(([, record]) => record.name === name && record.sha === commit).map(([releaseId, record]) => ({ releaseId, record })).sort((a, b) => Date.parse(b.record.createdAt) - Date.parse(a.record.createdAt) || a.releaseId.localeCompare(b.releaseId));
}
function planBuild(state, candidate, options) {
  let builds = buildsOf(state, candidate.name, candidate.commit), same = builds.find((build) => build.record.digest === candidate.digest);
  if (same) return { kind: "reuse", existing: same, samePackage: !0 };
  let sameFiles = builds.find((build) => build.record.contentDigest === candidate.contentDigest);
  if (sameFiles) return { kind: "reuse", existing: sameFiles, samePackage: !1 };
  let newest = builds[0];
  return newest === void 0 ? { kind: "register" } : options.allowRebuild ? { kind: "register", replaces: newest } : { kind: "conflict", existing: newest };
}
function rebuildConflictMessage(existing, candidate) {
  return `this commit already has release ${existing.releaseId}; rebuilding gave different bytes (${candidate.name} at ${candidate.commit.slice(0, 7)}: registered package ${existing.record.digest}, this build ${candidate.digest}). The build is not reproducible: something in it depends on the time, the machine or the network (timestamps, unpinned dependencies, random ids). Make it deterministic, or set \`allow-rebuild: true\` to register the new bytes as another release of this commit.`;
}
function registerRelease(state, releaseId, record, options) {
  let plan = planBuild(
    state,
    { name: record.name, commit: record.sha, digest: record.digest, contentDigest: record.contentDigest ?? "" },
    options
  );
  return plan.kind !== "register" ? { state, result: plan } : { state: { ...state, releases: { ...state.releases, [releaseId]: record } }, result: plan };
}
function shortDigest(digest) {
  return digest.startsWith("sha256:") ? `sha256:${hexOf(digest).slice(0, 12)}\u2026` : digest;
}

// src/release/storage/index.ts
import { access } from "node:fs/promises";
import path from "node:path";

// src/release/package/verify-package.ts
import { createHash as createHash2 } from "node:crypto";
import { createReadStream } from "node:fs";
var READ_SIZE = 1 << 20;
async function hashFile(file) {
  let hash = createHash2("sha256"), size = 0;
  for await (let chunk of createReadStream(file, { highWaterMark: READ_SIZE }))
    hash.update(chunk), size += chunk.length;
  return { digest: digestOf(hash.digest("hex")), size };
}
function packageMismatch(file, expected, found) {
  return new IntegrityError(
    `The package ${file} is not the release's bytes: expected ${expected}, found ${found}. It was changed or replaced after the build; do not deploy it. Fetch it again, or rebuild and promote the new release.`,
    expected,
    found
  );
}

// src/release/storage/release-assets.ts
import { createHash as createHash3 } from "node:crypto";
import { createWriteStream } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
function draftTag(name, releaseId) {
  return `stopline/${name}/${hexOf(releaseId).slice(0, 16)}`;
}
var runMarker = (run) => `<!-- stopline-run: ${run.id}/${run.attempt} -->`;
function draftRunOf(body) {
  let match = /<!-- stopline-run: (\d+)\/(\d+) -->/.exec(body ?? "");
  return match ? { id: Number(match[1]), attempt: Number(match[2]) } : void 0;
}
async function listStoplineDrafts(client, at) {
  return (await client.paginate(client.rest.repos.listReleases, { owner: at.owner, repo: at.repo, per_page: 100 })).filter((release) => release.draft && release.tag_name.startsWith("stopline/")).map((release) => ({ id: release.id, tag: release.tag_name, run: draftRunOf(release.body) }));
}
async function createReleaseDraft(client, at, release) {
  let tag = draftTag(release.name, release.releaseId), { data } = await client.rest.repos.createRelease({
    owner: at.owner,
    repo: at.repo,
    tag_name: tag,
    target_commitish: release.commit,
    name: `${release.name} ${release.version} (Stopline)`,
    body: [
      `Stopline release \`${release.releaseId}\`: ${release.name} ${release.version}, built from ${release.commit}.`,
      "",
      `Package digest \`${release.digest}\`. The files are kept here so that promotions fetch these exact bytes; the ledger (refs/stopline/ledger) records this draft. Do not publish, edit or delete it: a release whose files are gone cannot be promoted or rolled back to.`,
      ...release.run ? ["", runMarker(release.run)] : []
    ].join(`
`),
    draft: !0,
    prerelease: !0
  });
  return { id: data.id, tag, uploadUrl: data.upload_url };
}
async function uploadAsset(client, draft, file, name, contentType) {
  let body = await fileFrom(file, contentType), { data } = await client.request({
    method: "POST",
    url: draft.uploadUrl,
    name,
    data: body,
    headers: { "content-type": contentType }
  }), asset = data;
  if (typeof asset.id != "number") throw new Error(`GitHub did not store the asset ${name}: ${JSON.stringify(data)}`);
  return { id: asset.id, name: typeof asset.name == "string" ? asset.name : name };
}
async function deleteReleaseDraft(client, at, draftId) {
  try {
    await client.rest.repos.deleteRelease({ owner: at.owner, repo: at.repo, release_id: draftId });
  } catch (error) {
    if (httpStatus(error) !== 404) throw error;
  }
}
function missingAsset(asset, what, error) {
  return new ConfigurationError(
    `The ${what} of this release (asset ${asset.id}, ${asset.name}) is no longer in the repository's releases: its Stopline draft release was edited or deleted. This release cannot be fetched; build the commit again (build-once with \`allow-rebuild: true\`) and promote the new release.`,
    { cause: error }
  );
}
async function openAsset(client, at, asset, what) {
  try {
    let { data } = await client.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
      owner: at.owner,
      repo: at.repo,
      asset_id: asset.id,
      headers: { accept: "application/octet-stream" },
      request: { parseSuccessResponseBody: !1 }
    }), body = data;
    if (body instanceof Readable) return body;
    if (body && typeof body.getReader == "function") return Readable.fromWeb(body);
    throw new Error(`GitHub answered the download of asset ${asset.id} without a body`);
  } catch (error) {
    throw httpStatus(error) === 404 ? missingAsset(asset, what, error) : error;
  }
}
async function downloadAsset(client, at, asset, file, what = "package") {
  let hash = createHash3("sha256"), size = 0, tap = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk), size += chunk.length, done(null, chunk);
    }
  });
  return await pipeline(await openAsset(client, at, asset, what), tap, createWriteStream(file)), { digest: digestOf(hash.digest("hex")), size };
}
async function readAssetText(client, at, asset, what, limitBytes) {
  let chunks = [], size = 0;
  for await (let chunk of await openAsset(client, at, asset, what)) {
    let piece = typeof chunk == "string" ? Buffer.from(chunk) : chunk;
    if (size += piece.length, size > limitBytes) throw new Error(`the ${what} (asset ${asset.id}) is larger than ${limitBytes} bytes; it is not a Stopline ${what}`);
    chunks.push(piece);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// src/release/storage/index.ts
var MANIFEST_ASSET = "manifest.json", PROVENANCE_ASSET = "provenance.intoto.json", MANIFEST_LIMIT_BYTES = 256 << 20;
async function storeRelease(client, at, release, logger) {
  let { manifest } = release, draft = await createReleaseDraft(client, at, {
    releaseId: release.releaseId,
    name: manifest.name,
    version: manifest.version,
    commit: manifest.source.commit,
    digest: manifest.package.digest,
    ...release.run ? { run: release.run } : {}
  });
  try {
    let storage = {
      kind: release.kind,
      githubReleaseId: draft.id,
      manifest: await uploadAsset(client, draft, release.files.manifest, MANIFEST_ASSET, "application/json"),
      provenance: await uploadAsset(client, draft, release.files.provenance, PROVENANCE_ASSET, "application/vnd.in-toto+json")
    };
    return release.kind === "release-assets" && (storage.package = await uploadAsset(client, draft, release.files.package, packageFileName(manifest), "application/gzip")), logger.info(`stored ${release.kind === "release-assets" ? "package, manifest and provenance" : "manifest and provenance"} on draft release ${draft.tag} (id ${draft.id})`), storage;
  } catch (error) {
    throw await discardStoredRelease(client, at, { githubReleaseId: draft.id }, logger), error;
  }
}
async function discardLeftByEarlierAttempts(client, at, run, registered, logger) {
  if (run.attempt <= 1) return 0;
  let left = (await listStoplineDrafts(client, at)).filter((draft) => draft.run?.id === run.id && draft.run.attempt < run.attempt && !registered.has(draft.id));
  for (let draft of left)
    logger.info(`draft release ${draft.tag} (id ${draft.id}) was stored by attempt ${draft.run.attempt} of this run, which stopped before registering it: deleting it`), await discardStoredRelease(client, at, { githubReleaseId: draft.id }, logger);
  return left.length;
}
async function discardStoredRelease(client, at, storage, logger) {
  try {
    await deleteReleaseDraft(client, at, storage.githubReleaseId);
  } catch (error) {
    logger.warning(`could not delete the draft release ${storage.githubReleaseId} (${errorMessage(error)}); delete it by hand, nothing refers to it`);
  }
}
function storageOf(release) {
  let storage = release.record.storage;
  if (storage === void 0)
    throw new ConfigurationError(`release ${release.releaseId} has no stored files in the ledger (it was registered without build-once's storage); build the commit again with build-once and promote that release`);
  return storage;
}
async function fetchManifest(client, at, release) {
  let storage = storageOf(release), text = await readAssetText(client, at, storage.manifest, "manifest", MANIFEST_LIMIT_BYTES);
  return { manifest: readManifest(text, release.releaseId), text };
}
async function fetchProvenance(client, at, release) {
  return readAssetText(client, at, storageOf(release).provenance, "provenance", MANIFEST_LIMIT_BYTES);
}
async function fetchPackage(client, at, release, manifest, options) {
  let storage = storageOf(release), name = packageFileName(manifest), file, found;
  if (storage.kind === "release-assets") {
    if (storage.package === void 0) throw new ConfigurationError(`release ${release.releaseId} is stored as release assets but the ledger records no package asset; build the commit again and promote that release`);
    file = path.join(options.dir, name), found = await downloadAsset(client, at, storage.package, file);
  } else {
    if (options.artifactPath === void 0)
      throw new ConfigurationError(
        `release ${release.releaseId} keeps its package in an Actions artifact (storage: artifact) of run ${manifest.run.url}. Download it first (actions/download-artifact with run-id: ${manifest.run.id}, into a directory) and pass that directory as 'artifact-path'; artifacts expire (90 days at most), after which the release must be built again.`
      );
    file = path.join(options.artifactPath, name);
    try {
      await access(file);
    } catch (error) {
      throw new ConfigurationError(`input 'artifact-path': ${file} does not exist; the artifact of run ${manifest.run.url} holds ${name}: download it into ${options.artifactPath}`, { cause: error });
    }
    found = await hashFile(file);
  }
  if (found.digest !== manifest.package.digest) throw packageMismatch(file, manifest.package.digest, found.digest);
  return { file, ...found };
}

// src/release/package/tar-format.ts
var END_OF_ARCHIVE = Buffer.alloc(1024), PAX_HEADER_NAME = "././@PaxHeader", MAX_USTAR_SIZE = 8 ** 11 - 1;
function paddingAfter(size) {
  let rest = size % 512;
  return rest === 0 ? 0 : 512 - rest;
}
function fileHeader(archivePath, size, mode) {
  let pathBytes = Buffer.from(archivePath, "utf8"), records = [], plain = pathBytes.length <= 100 && /^[\x20-\x7e]*$/.test(archivePath);
  plain || records.push(["path", archivePath]), size > MAX_USTAR_SIZE && records.push(["size", String(size)]);
  let name = plain ? pathBytes : Buffer.from(archivePath.replace(/[^\x20-\x7e]/g, "_").slice(0, 100), "ascii"), header = ustarHeader(name, size > MAX_USTAR_SIZE ? 0 : size, mode, "0");
  if (records.length === 0) return header;
  let body = Buffer.from(records.map(([key, value]) => paxRecord(key, value)).join(""), "utf8");
  return Buffer.concat([ustarHeader(Buffer.from(PAX_HEADER_NAME), body.length, 420, "x"), body, Buffer.alloc(paddingAfter(body.length)), header]);
}
function paxRecord(key, value) {
  let rest = Buffer.byteLength(` ${key}=${value}
`, "utf8"), digits = String(rest).length;
  for (; String(rest + digits).length !== digits; ) digits = String(rest + digits).length;
  return `${rest + digits} ${key}=${value}
`;
}
function ustarHeader(name, size, mode, type) {
  let block = Buffer.alloc(512);
  return name.copy(block, 0, 0, 100), writeOctal(block, 100, 8, mode), writeOctal(block, 108, 8, 0), writeOctal(block, 116, 8, 0), writeOctal(block, 124, 12, size), writeOctal(block, 136, 12, 0), block.write(type, 156, "ascii"), block.write("ustar\x0000", 257, "ascii"), writeOctal(block, 329, 8, 0), writeOctal(block, 337, 8, 0), block.write(checksumField(block), 148, "ascii"), block;
}
function writeOctal(block, offset, width, value) {
  block.write(`${value.toString(8).padStart(width - 1, "0")}\0`, offset, "ascii");
}
function checksumField(block) {
  return `${checksumOf(block).toString(8).padStart(6, "0")}\0 `;
}
function checksumOf(block) {
  let sum = 0;
  for (let i = 0; i < 512; i += 1) sum += i >= 148 && i < 156 ? 32 : block[i];
  return sum;
}
function parseHeader(block) {
  if (block.every((byte) => byte === 0)) return;
  if (parseOctal(block, 148, 8, "checksum") !== checksumOf(block)) throw new Error("a header block has a wrong checksum (the archive is corrupt or not a tar)");
  if (block.toString("latin1", 257, 263) !== "ustar\0" || block.toString("latin1", 263, 265) !== "00")
    throw new Error("a header is not POSIX ustar (Stopline packages are)");
  let prefix = cString(block, 345, 155), name = cString(block, 0, 100);
  return {
    name: prefix === "" ? name : `${prefix}/${name}`,
    mode: parseOctal(block, 100, 8, "mode"),
    size: parseOctal(block, 124, 12, "size"),
    type: String.fromCharCode(block[156]),
    linkName: cString(block, 157, 100)
  };
}
function parsePaxRecords(body) {
  let records = /* @__PURE__ */ new Map(), at = 0;
  for (; at < body.length; ) {
    let space = body.indexOf(32, at), length = space < 0 ? NaN : Number(body.toString("ascii", at, space));
    if (!Number.isSafeInteger(length) || length <= space - at + 1 || at + length > body.length || body[at + length - 1] !== 10)
      throw new Error("a pax extended header is malformed");
    let record = body.toString("utf8", space + 1, at + length - 1), equals = record.indexOf("=");
    if (equals <= 0) throw new Error("a pax extended header is malformed");
    records.set(record.slice(0, equals), record.slice(equals + 1)), at += length;
  }
  return records;
}
function parseOctal(block, offset, width, field) {
  let text = block.toString("latin1", offset, offset + width).replace(/[\0 ]+$/, "").replace(/^ +/, "");
  if (!/^[0-7]+$/.test(text)) throw new Error(`a header's ${field} field is not an octal number`);
  return Number.parseInt(text, 8);
}
function cString(block, offset, width) {
  let end = block.indexOf(0, offset);
  return block.toString("utf8", offset, end < 0 || end > offset + width ? offset + width : end);
}

export {
  archivePathProblem,
  compareArchivePaths,
  digestOf,
  hexOf,
  IntegrityError,
  isIntegrityError,
  hashFile,
  packageMismatch,
  buildManifest,
  serializeManifest,
  releaseIdOf,
  contentDigestOf,
  packageFileName,
  modeNumber,
  END_OF_ARCHIVE,
  paddingAfter,
  fileHeader,
  parseHeader,
  parsePaxRecords,
  releaseRecordOf,
  buildsOf,
  planBuild,
  rebuildConflictMessage,
  registerRelease,
  shortDigest,
  storeRelease,
  discardLeftByEarlierAttempts,
  discardStoredRelease,
  fetchManifest,
  fetchProvenance,
  fetchPackage
};

import { createRequire as __stoplineCreateRequire } from 'node:module'; const require = __stoplineCreateRequire(import.meta.url);
import {
  END_OF_ARCHIVE,
  archivePathProblem,
  buildManifest,
  compareArchivePaths,
  contentDigestOf,
  digestOf,
  discardLeftByEarlierAttempts,
  discardStoredRelease,
  fetchManifest,
  fetchProvenance,
  fileHeader,
  hashFile,
  hexOf,
  packageFileName,
  paddingAfter,
  planBuild,
  rebuildConflictMessage,
  registerRelease,
  releaseIdOf,
  releaseRecordOf,
  serializeManifest,
  shortDigest,
  storeRelease
} from "../../chunks/chunk-UMO4C3A5.mjs";
import {
  DEFAULT_LEDGER_REF,
  Ledger,
  canonicalJson
} from "../../chunks/chunk-UITPQSYK.mjs";
import {
  formatTimestamp
} from "../../chunks/chunk-TD5AZCCC.mjs";
import {
  formatBytes,
  resolvePaths
} from "../../chunks/chunk-W5A25RLW.mjs";
import {
  setCommitStatus
} from "../../chunks/chunk-ILGHWTEF.mjs";
import {
  persist
} from "../../chunks/chunk-BLFGYJHT.mjs";
import {
  resolveCommit
} from "../../chunks/chunk-NLRKADAM.mjs";
import "../../chunks/chunk-ZT56QPP4.mjs";
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
  getBooleanInput,
  getChoiceInput,
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
import {
  ConfigurationError,
  errorMessage
} from "../../chunks/chunk-W2U6OBLC.mjs";
import "../../chunks/chunk-NBEAZCIL.mjs";

// src/actions/build-once/main.ts
import { mkdtemp } from "node:fs/promises";
import path3 from "node:path";

// src/release/operations/build.ts
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/release/lockfiles.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var LOCKFILE_NAMES = [
  // JavaScript
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  // Go, Rust
  "go.sum",
  "Cargo.lock",
  // Python
  "poetry.lock",
  "Pipfile.lock",
  "uv.lock",
  "pdm.lock",
  // Ruby, PHP, Elixir, Dart, Swift
  "Gemfile.lock",
  "composer.lock",
  "mix.lock",
  "pubspec.lock",
  "Package.resolved",
  // .NET, JVM, Nix
  "packages.lock.json",
  "gradle.lockfile",
  "flake.lock"
];
async function findLockfiles(workspace) {
  let found = [];
  for (let name of LOCKFILE_NAMES) {
    let file = path.join(workspace, name);
    (await fs.stat(file).catch(() => {
    }))?.isFile() && found.push({ path: name, digest: (await hashFile(file)).digest });
  }
  return found.sort((a, b) => compareArchivePaths(a.path, b.path));
}

// src/release/package/package-inputs.ts
import { promises as fs2 } from "node:fs";
var STAT_CONCURRENCY = 32;
async function resolvePackageInputs(entries, workspace) {
  let resolved = await resolvePaths(entries, {
    input: "path",
    what: "build output",
    producedBy: "that the build step ran and wrote its output there",
    workspace,
    links: "inside-workspace"
  });
  for (let file of resolved) {
    let problem = archivePathProblem(file.relative);
    if (problem !== void 0)
      throw new ConfigurationError(`Input "path": the file "${file.relative}" cannot go in a package: ${problem}. Rename it, or leave it out of "path".`);
  }
  let inputs2 = new Array(resolved.length), next = 0, worker = async () => {
    for (; next < resolved.length; ) {
      let index = next++, file = resolved[index], stats = await fs2.stat(file.absolute);
      inputs2[index] = { archivePath: file.relative, absolutePath: file.absolute, mode: stats.mode & 73 ? 493 : 420, size: stats.size };
    }
  };
  return await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, resolved.length) }, worker)), inputs2.sort((a, b) => compareArchivePaths(a.archivePath, b.archivePath));
}

// src/release/package/write-package.ts
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, promises as fs3 } from "node:fs";
import { once } from "node:events";
import { createGzip } from "node:zlib";
var COMPRESSION_LEVEL = 4, GZIP_OS_UNIX = 3, GZIP_OS_OFFSET = 9, STAGING_SIZE = 1 << 20, GZIP_BUFFER = 4 << 20, GZIP_OUTPUT_SIZE = 1 << 20;
async function writePackage(inputs2, outFile) {
  let gzip = createGzip({ level: COMPRESSION_LEVEL, chunkSize: GZIP_OUTPUT_SIZE, writableHighWaterMark: GZIP_BUFFER }), out = await fs3.open(outFile, "w"), written = drainInto(gzip, out);
  written.catch((error) => gzip.destroy(error));
  try {
    let staging = new Staging(gzip), files = [];
    for (let input of inputs2) {
      await staging.put(fileHeader(input.archivePath, input.size, input.mode));
      let sha256 = await copyFile(input, staging);
      await staging.zeros(paddingAfter(input.size)), files.push({ path: input.archivePath, sha256, size: input.size, mode: input.mode });
    }
    await staging.put(END_OF_ARCHIVE), await staging.flush(), gzip.end();
    let { digest, size } = await written;
    return await out.close(), { digest, size, files };
  } catch (error) {
    throw gzip.destroy(), await written.catch(() => {
    }), await out.close().catch(() => {
    }), await fs3.rm(outFile, { force: !0 }), error;
  }
}
async function copyFile(input, staging) {
  let hash = createHash("sha256"), fd = openSync(input.absolutePath, "r");
  try {
    let remaining = input.size;
    for (; remaining > 0; ) {
      let room = staging.room(), read = readSync(fd, room, 0, Math.min(room.length, remaining), null);
      if (read === 0) throw changedWhilePacking(input, "shrank");
      hash.update(room.subarray(0, read)), remaining -= read, await staging.advance(read);
    }
    if (readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0) throw changedWhilePacking(input, "grew");
  } finally {
    closeSync(fd);
  }
  return hash.digest("hex");
}
function changedWhilePacking(input, how) {
  return new Error(`${input.archivePath} ${how} while it was being packaged (it was ${input.size} bytes when listed). Package the build output after the step that writes it has finished.`);
}
async function drainInto(gzip, out) {
  let hash = createHash("sha256"), size = 0;
  for await (let piece of gzip) {
    let chunk = size <= GZIP_OS_OFFSET && GZIP_OS_OFFSET < size + piece.length ? withUnixOsByte(piece, GZIP_OS_OFFSET - size) : piece;
    hash.update(chunk), size += chunk.length;
    let offset = 0;
    for (; offset < chunk.length; ) offset += (await out.write(chunk, offset)).bytesWritten;
  }
  return { digest: digestOf(hash.digest("hex")), size };
}
function withUnixOsByte(chunk, at) {
  let copy = Buffer.from(chunk);
  return copy[at] = GZIP_OS_UNIX, copy;
}
var Staging = class {
  constructor(gzip) {
    this.gzip = gzip;
  }
  gzip;
  free = [];
  buffer = Buffer.allocUnsafe(STAGING_SIZE);
  used = 0;
  /** The free part of the buffer, to read into; then call advance() with the bytes read. */
  room() {
    return this.buffer.subarray(this.used);
  }
  async advance(bytes) {
    this.used += bytes, this.used === STAGING_SIZE && await this.flush();
  }
  async put(bytes) {
    let offset = 0;
    for (; offset < bytes.length; ) {
      let copied = bytes.copy(this.buffer, this.used, offset);
      offset += copied, await this.advance(copied);
    }
  }
  async zeros(count) {
    count > 0 && await this.put(END_OF_ARCHIVE.subarray(0, count));
  }
  async flush() {
    if (this.used === 0) return;
    let full = this.buffer, chunk = full.subarray(0, this.used), more = this.gzip.write(chunk, () => this.free.push(full));
    this.buffer = this.free.pop() ?? Buffer.allocUnsafe(STAGING_SIZE), this.used = 0, more || await once(this.gzip, "drain");
  }
};

// src/release/provenance.ts
var IN_TOTO_STATEMENT_V1 = "https://in-toto.io/Statement/v1", SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1", STOPLINE_BUILD_TYPE = "https://github.com/stopline-dev/stopline/blob/main/src/release/README.md#build-type-v1", MANIFEST_MEDIA_TYPE = "application/vnd.stopline.release-manifest.v1+json";
function workflowIdentity(serverUrl, workflowRef2) {
  let match = /^[^/]+\/[^/]+\/(.+)@(.+)$/.exec(workflowRef2);
  if (match === null) throw new TypeError(`not a workflow ref (owner/repo/path@ref): ${workflowRef2}`);
  return { builderId: `${trimSlash(serverUrl)}/${workflowRef2}`, path: match[1], ref: match[2] };
}
function buildProvenance(manifest, releaseId, context) {
  let repository = `${trimSlash(context.serverUrl)}/${manifest.source.repository}`, github = { event_name: context.eventName };
  context.runnerEnvironment !== void 0 && (github.runner_environment = context.runnerEnvironment);
  let metadata = {
    invocationId: `${manifest.run.url}/attempts/${manifest.run.attempt}`,
    finishedOn: manifest.createdAt
  };
  return context.startedOn !== void 0 && (metadata.startedOn = context.startedOn.toISOString()), {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: packageFileName(manifest), digest: { sha256: hexOf(manifest.package.digest) } }],
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: STOPLINE_BUILD_TYPE,
        externalParameters: {
          workflow: { ref: context.workflow.ref, repository, path: context.workflow.path },
          inputs: { path: [...context.pathInput], name: manifest.name, version: manifest.version }
        },
        internalParameters: {
          github,
          stopline: { version: manifest.builder.stopline, packageFormat: manifest.package.format }
        },
        resolvedDependencies: [
          { uri: `git+${repository}@${manifest.source.ref}`, digest: { gitCommit: manifest.source.commit, gitTree: manifest.source.tree } },
          ...(manifest.lockfiles ?? []).map((lockfile) => ({ name: lockfile.path, digest: { sha256: hexOf(lockfile.digest) }, annotations: { kind: "lockfile" } }))
        ]
      },
      runDetails: {
        builder: { id: manifest.builder.id },
        metadata,
        byproducts: [{ name: "manifest.json", digest: { sha256: hexOf(releaseId) }, mediaType: MANIFEST_MEDIA_TYPE }]
      }
    }
  };
}
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}

// src/release/version.ts
var STOPLINE_VERSION = "0.1.0";

// src/release/operations/build.ts
var BUILD_STATUS_CONTEXT = "stopline/build";
async function buildFiles(context, request) {
  await rm(request.outDir, { recursive: !0, force: !0 }), await mkdir(request.outDir, { recursive: !0 });
  let inputs2 = await resolvePackageInputs(request.paths, request.workspace), staging = path2.join(request.outDir, "package.tar.gz.partial"), packaged = await writePackage(inputs2, staging), tree = (await resolveCommit(context.client, { ...context.at, ref: request.commit })).treeSha, lockfiles = await findLockfiles(request.workspace), manifest = buildManifest({
    name: request.name,
    version: request.version,
    package: packaged,
    source: { repository: `${context.at.owner}/${context.at.repo}`, commit: request.commit, tree, ref: request.ref },
    run: request.run,
    builder: { id: request.workflow.builderId, stopline: STOPLINE_VERSION },
    createdAt: context.now(),
    lockfiles
  }), releaseId = releaseIdOf(manifest), packageFile = path2.join(request.outDir, packageFileName(manifest));
  await rename(staging, packageFile);
  let files = { package: packageFile, manifest: path2.join(request.outDir, "manifest.json"), provenance: path2.join(request.outDir, "provenance.intoto.json") };
  return await writeFile(files.manifest, serializeManifest(manifest)), await writeProvenance(files.provenance, manifest, releaseId, request), context.logger.info(`packaged ${manifest.files.length} file(s), ${manifest.package.size} bytes: ${manifest.package.digest}; release ${releaseId}`), { manifest, releaseId, files };
}
async function writeProvenance(file, manifest, releaseId, request) {
  let provenance = buildProvenance(manifest, releaseId, {
    serverUrl: request.serverUrl,
    workflow: { path: request.workflow.path, ref: request.workflow.ref },
    pathInput: request.paths,
    eventName: request.eventName,
    ...request.runnerEnvironment ? { runnerEnvironment: request.runnerEnvironment } : {},
    startedOn: request.startedOn
  });
  await writeFile(file, `${canonicalJson(provenance)}
`);
}
async function reuse(context, existing, built, samePackage, notes) {
  let { manifest: registered, text } = await fetchManifest(context.client, context.at, existing);
  await writeFile(built.files.manifest, text), await writeFile(built.files.provenance, await fetchProvenance(context.client, context.at, existing));
  let packageFile = built.files.package;
  return samePackage || (await rm(built.files.package, { force: !0 }), packageFile = void 0, notes.push(
    `this build wrote the same files as release ${existing.releaseId} but compressed them differently (${built.manifest.package.digest}, registered ${existing.record.digest}); the registered release is reused and this package was discarded`
  )), notes.push(`the same bytes were registered as release ${existing.releaseId} on ${existing.record.createdAt}: reused, nothing stored`), {
    outcome: "reused",
    releaseId: existing.releaseId,
    digest: existing.record.digest,
    name: existing.record.name,
    version: existing.record.version,
    commit: existing.record.sha,
    createdAt: existing.record.createdAt,
    files: registered.files.length,
    size: registered.package.size,
    storage: existing.record.storage,
    manifestFile: built.files.manifest,
    provenanceFile: built.files.provenance,
    ...packageFile ? { packageFile } : {},
    notes
  };
}
function conflict(existing, manifest, notes) {
  return {
    outcome: "conflict",
    message: rebuildConflictMessage(existing, { name: manifest.name, commit: manifest.source.commit, digest: manifest.package.digest }),
    existing,
    digest: manifest.package.digest,
    notes
  };
}
async function setBuildStatus(context, request, report) {
  let description = `release ${shortDigest(report.releaseId)} ${report.name} ${report.version} (${report.files} files)`;
  try {
    await persist(
      () => setCommitStatus(context.client, {
        ...context.at,
        sha: report.commit,
        context: BUILD_STATUS_CONTEXT,
        state: "success",
        description,
        ...request.targetUrl ? { targetUrl: request.targetUrl } : {}
      })
    );
  } catch (error) {
    report.notes.push(`${BUILD_STATUS_CONTEXT} was not set on ${report.commit.slice(0, 7)}: ${errorMessage(error)}`), context.logger.warning(`${BUILD_STATUS_CONTEXT} was not set on ${report.commit.slice(0, 7)}: ${errorMessage(error)}`);
  }
}
async function buildRelease(context, request) {
  let notes = [], built = await buildFiles(context, request), { manifest, releaseId, files } = built, candidate = { name: manifest.name, commit: manifest.source.commit, digest: manifest.package.digest, contentDigest: contentDigestOf(manifest) }, snapshot = await context.ledger.read(), plan = planBuild(snapshot.state, candidate, { allowRebuild: request.allowRebuild }), registered = new Set(Object.values(snapshot.state.releases).flatMap((release) => release.storage ? [release.storage.githubReleaseId] : [])), discarded = await discardLeftByEarlierAttempts(context.client, context.at, { id: request.run.id, attempt: request.run.attempt }, registered, context.logger);
  if (discarded > 0 && notes.push(`deleted ${discarded} draft release(s) an earlier attempt of this run stored but never registered`), plan.kind === "conflict") return conflict(plan.existing, manifest, notes);
  let report;
  if (plan.kind === "reuse")
    report = await reuse(context, plan.existing, built, plan.samePackage, notes);
  else {
    let storage = await storeRelease(context.client, context.at, { releaseId, manifest, files, kind: request.storage, run: { id: request.run.id, attempt: request.run.attempt } }, context.logger), record = releaseRecordOf(manifest, storage), registered2;
    try {
      registered2 = await context.ledger.update(
        `build-once: register ${manifest.name} ${manifest.version} (${releaseId})`,
        (state) => registerRelease(state, releaseId, record, { allowRebuild: request.allowRebuild }),
        { from: snapshot }
      );
    } catch (error) {
      throw await discardStoredRelease(context.client, context.at, storage, context.logger), error;
    }
    let result = registered2.result;
    if (result.kind !== "register") {
      if (await discardStoredRelease(context.client, context.at, storage, context.logger), result.kind === "conflict") return conflict(result.existing, manifest, notes);
      report = await reuse(context, result.existing, built, result.samePackage, notes);
    } else
      result.replaces && notes.push(`allow-rebuild: registered as another release of this commit; ${result.replaces.releaseId} (${result.replaces.record.digest}) stays registered`), report = {
        outcome: "registered",
        releaseId,
        digest: manifest.package.digest,
        name: manifest.name,
        version: manifest.version,
        commit: manifest.source.commit,
        createdAt: manifest.createdAt,
        files: manifest.files.length,
        size: manifest.package.size,
        storage,
        manifestFile: files.manifest,
        provenanceFile: files.provenance,
        packageFile: files.package,
        ...result.replaces ? { replaced: result.replaces } : {},
        notes
      };
  }
  return await setBuildStatus(context, request, report), report;
}

// src/actions/build-once/io.ts
var inputs = {
  path: "path",
  name: "name",
  version: "version",
  storage: "storage",
  allowRebuild: "allow-rebuild",
  ledgerRef: "ledger-ref",
  token: "token"
}, outputs = {
  releaseId: "release-id",
  digest: "digest",
  version: "version",
  manifest: "manifest",
  provenance: "provenance",
  package: "package"
};

// src/actions/build-once/render-summary.ts
function renderBuildSummary(report, context) {
  let summary = new Summary(), commitLink = (sha) => codeLink(sha.slice(0, 7), `${context.serverUrl}/${context.repository}/commit/${sha}`);
  if (report.outcome === "conflict")
    return summary.add(
      heading("Build once: refused, rebuilding gave different bytes", 2),
      report.message,
      table(
        ["", "registered", "this build"],
        [
          ["release", code(report.existing.releaseId), "(not registered)"],
          ["package digest", code(report.existing.record.digest), code(report.digest)],
          ["built", formatTimestamp(report.existing.record.createdAt), "now"],
          ["commit", commitLink(report.existing.record.sha), commitLink(context.commit)]
        ]
      )
    ), summary;
  let verb = report.outcome === "registered" ? "built and registered" : "reused the registered release", storage = report.storage ? report.storage.kind === "release-assets" ? `release assets (draft release ${report.storage.githubReleaseId}; package asset ${report.storage.package?.id})` : `artifact (upload the package with actions/upload-artifact; manifest and provenance on draft release ${report.storage.githubReleaseId})` : "not recorded";
  return summary.add(
    heading(`Build once: ${report.name} ${report.version}, ${verb}`, 2),
    table(
      ["", ""],
      [
        ["release id", code(report.releaseId)],
        ["package digest", code(report.digest)],
        ["files", `${report.files} (${formatBytes(report.size)} packaged)`],
        ["commit", commitLink(report.commit)],
        ["built", formatTimestamp(report.createdAt)],
        ["storage", storage],
        ["package", report.packageFile ? code(report.packageFile) : "(not written: see below)"],
        ["manifest", code(report.manifestFile)],
        ["provenance", code(report.provenanceFile)]
      ]
    )
  ), report.notes.length > 0 && summary.add(heading("Notes", 3), bullets(report.notes)), summary;
}

// src/actions/build-once/settings.ts
var STORAGE_KINDS = ["release-assets", "artifact"];
function readSettings() {
  return getRequiredInput(inputs.path), {
    paths: getListInput(inputs.path),
    name: getOptionalInput(inputs.name),
    version: getOptionalInput(inputs.version),
    storage: getChoiceInput(inputs.storage, STORAGE_KINDS, "release-assets"),
    allowRebuild: getBooleanInput(inputs.allowRebuild, !1),
    ledgerRef: getOptionalInput(inputs.ledgerRef) ?? DEFAULT_LEDGER_REF,
    token: getSecretInput(inputs.token, { required: !0 })
  };
}

// src/actions/build-once/main.ts
var NO_COMMIT = /^0*$/;
function workflowRef(context, env) {
  let ref = env.GITHUB_WORKFLOW_REF;
  return ref !== void 0 && ref !== "" ? ref : `${context.repository.owner}/${context.repository.repo}/.github/workflows/local@${context.ref || "refs/heads/main"}`;
}
async function main() {
  let startedOn = /* @__PURE__ */ new Date(), settings = readSettings(), context = readRunnerContext(), logger = actionsLogger();
  if (NO_COMMIT.test(context.sha))
    throw new ConfigurationError("build-once needs the commit it builds (GITHUB_SHA); run it in a workflow, or pass --sha to the CLI");
  let { owner, repo } = context.repository, client = createRunnerClient(context, settings.token, logger), ledger = new Ledger(client, { owner, repo, ref: settings.ledgerRef, logger }), runUrl = context.runUrl ?? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`, report = await buildRelease(
    { client, at: { owner, repo }, ledger, logger, now: () => /* @__PURE__ */ new Date() },
    {
      paths: settings.paths,
      workspace: path3.resolve(context.workspace),
      // A fresh directory per step: two builds in one job never mix their files.
      outDir: await mkdtemp(path3.join(context.runnerTemp, "stopline-build-")),
      name: settings.name ?? repo,
      version: settings.version ?? context.sha.slice(0, 7),
      storage: settings.storage,
      allowRebuild: settings.allowRebuild,
      commit: context.sha,
      ref: context.ref,
      run: { id: context.runId, attempt: context.runAttempt, url: runUrl },
      serverUrl: context.serverUrl,
      workflow: workflowIdentity(context.serverUrl, workflowRef(context, process.env)),
      eventName: context.eventName,
      ...process.env.RUNNER_ENVIRONMENT ? { runnerEnvironment: process.env.RUNNER_ENVIRONMENT } : {},
      startedOn,
      ...context.runUrl ? { targetUrl: context.runUrl } : {}
    }
  );
  await writeSummary(renderBuildSummary(report, { repository: `${owner}/${repo}`, serverUrl: context.serverUrl, commit: context.sha }));
  for (let note of report.notes) logger.info(note);
  if (report.outcome === "conflict") {
    failStep(report.message);
    return;
  }
  setOutput(outputs.releaseId, report.releaseId), setOutput(outputs.digest, report.digest), setOutput(outputs.version, report.version), setOutput(outputs.manifest, report.manifestFile), setOutput(outputs.provenance, report.provenanceFile), setOutput(outputs.package, report.packageFile ?? ""), logger.info(`${report.outcome === "registered" ? "registered" : "reused"} release ${report.releaseId} (${report.name} ${report.version}, package ${report.digest}) for ${report.commit.slice(0, 7)}`);
}

// src/actions/build-once/index.ts
await runAction(main);

import { hexOf, type Sha256Digest } from './digest.js';
import { packageFileName, type ReleaseManifest } from './manifest.js';

/**
 * Build provenance for a package: an in-toto Statement v1 whose predicate is SLSA Provenance v1
 * (field names as in https://slsa.dev/provenance/v1). The statement is written to a file unsigned;
 * `actions/attest-build-provenance` (or cosign) signs it where the plan allows. A pure function of
 * the manifest and the workflow's identity.
 */

export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/** Stopline's build type: what the parameters below mean. Documented in src/release/README.md, "Build type v1". */
export const STOPLINE_BUILD_TYPE = 'https://github.com/stopline-dev/stopline/blob/main/src/release/README.md#build-type-v1';

/** Media type of the release manifest, listed as a byproduct so the provenance also pins the release id. */
export const MANIFEST_MEDIA_TYPE = 'application/vnd.stopline.release-manifest.v1+json';

/** A SLSA ResourceDescriptor (the subset Stopline writes). */
export interface ResourceDescriptor {
  uri?: string;
  name?: string;
  digest: Record<string, string>;
  mediaType?: string;
  annotations?: Record<string, string>;
}

export interface ProvenanceStatement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: Array<{ name: string; digest: { sha256: string } }>;
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: {
    buildDefinition: {
      buildType: typeof STOPLINE_BUILD_TYPE;
      externalParameters: {
        workflow: { ref: string; repository: string; path: string };
        inputs: { path: readonly string[]; name: string; version: string };
      };
      internalParameters: {
        github: { event_name: string; runner_environment?: string };
        stopline: { version: string; packageFormat: string };
      };
      resolvedDependencies: ResourceDescriptor[];
    };
    runDetails: {
      builder: { id: string };
      metadata: { invocationId: string; startedOn?: string; finishedOn: string };
      byproducts: ResourceDescriptor[];
    };
  };
}

/** The workflow file that ran, as GitHub names it (GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/build.yml@refs/heads/main`). */
export interface WorkflowIdentity {
  /** The builder id: `https://github.com/owner/repo/.github/workflows/build.yml@refs/heads/main`, as GitHub's own provenance writes it. */
  builderId: string;
  /** `.github/workflows/build.yml` */
  path: string;
  /** `refs/heads/main` */
  ref: string;
}

/**
 * The workflow's identity from GITHUB_WORKFLOW_REF. The builder id is the workflow file at its
 * ref, not the run: that is what a verifier pins (`gh attestation verify --signer-workflow`) and
 * what GitHub's signing certificate names; the run is the invocation id.
 */
export function workflowIdentity(serverUrl: string, workflowRef: string): WorkflowIdentity {
  const match = /^[^/]+\/[^/]+\/(.+)@(.+)$/.exec(workflowRef);
  if (match === null) throw new TypeError(`not a workflow ref (owner/repo/path@ref): ${workflowRef}`);
  return { builderId: `${trimSlash(serverUrl)}/${workflowRef}`, path: match[1]!, ref: match[2]! };
}

export interface ProvenanceContext {
  /** e.g. https://github.com (GITHUB_SERVER_URL). */
  serverUrl: string;
  workflow: { path: string; ref: string };
  /** The `path` input's entries as the user wrote them. */
  pathInput: readonly string[];
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** RUNNER_ENVIRONMENT: `github-hosted` or `self-hosted`, when known. */
  runnerEnvironment?: string;
  /** When the build step started; finishedOn is the manifest's createdAt. */
  startedOn?: Date;
}

/** The provenance statement of a release's package. */
export function buildProvenance(manifest: ReleaseManifest, releaseId: Sha256Digest, context: ProvenanceContext): ProvenanceStatement {
  const server = trimSlash(context.serverUrl);
  const repository = `${server}/${manifest.source.repository}`;
  const github: ProvenanceStatement['predicate']['buildDefinition']['internalParameters']['github'] = { event_name: context.eventName };
  if (context.runnerEnvironment !== undefined) github.runner_environment = context.runnerEnvironment;
  const metadata: ProvenanceStatement['predicate']['runDetails']['metadata'] = {
    invocationId: `${manifest.run.url}/attempts/${manifest.run.attempt}`,
    finishedOn: manifest.createdAt,
  };
  if (context.startedOn !== undefined) metadata.startedOn = context.startedOn.toISOString();
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: packageFileName(manifest), digest: { sha256: hexOf(manifest.package.digest) } }],
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: STOPLINE_BUILD_TYPE,
        externalParameters: {
          workflow: { ref: context.workflow.ref, repository, path: context.workflow.path },
          inputs: { path: [...context.pathInput], name: manifest.name, version: manifest.version },
        },
        internalParameters: {
          github,
          stopline: { version: manifest.builder.stopline, packageFormat: manifest.package.format },
        },
        resolvedDependencies: [
          { uri: `git+${repository}@${manifest.source.ref}`, digest: { gitCommit: manifest.source.commit, gitTree: manifest.source.tree } },
          ...(manifest.lockfiles ?? []).map((lockfile) => ({ name: lockfile.path, digest: { sha256: hexOf(lockfile.digest) }, annotations: { kind: 'lockfile' } })),
        ],
      },
      runDetails: {
        builder: { id: manifest.builder.id },
        metadata,
        byproducts: [{ name: 'manifest.json', digest: { sha256: hexOf(releaseId) }, mediaType: MANIFEST_MEDIA_TYPE }],
      },
    },
  };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

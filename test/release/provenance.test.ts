import { createHash } from 'node:crypto';
import { hexOf, sha256Digest } from '../../src/release/digest.js';
import { buildManifest, releaseIdOf } from '../../src/release/manifest.js';
import { buildProvenance, STOPLINE_BUILD_TYPE, workflowIdentity } from '../../src/release/provenance.js';

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

const workflow = workflowIdentity('https://github.com/', 'acme/shop/.github/workflows/build.yml@refs/heads/main');
const manifest = buildManifest({
  name: 'shop',
  version: '1a2b3c4',
  package: { digest: sha256Digest('package bytes'), size: 10, files: [{ path: 'dist/app.js', sha256: hex('app'), size: 3, mode: 0o644 }] },
  source: { repository: 'acme/shop', commit: 'c'.repeat(40), tree: 'd'.repeat(40), ref: 'refs/heads/main' },
  run: { id: 42, attempt: 3, url: 'https://github.com/acme/shop/actions/runs/42' },
  builder: { id: workflow.builderId, stopline: '0.1.0' },
  createdAt: new Date('2026-11-02T10:05:00Z'),
  lockfiles: [{ path: 'package-lock.json', digest: sha256Digest('lock') }],
});

describe('workflowIdentity', () => {
  it('reads GITHUB_WORKFLOW_REF into the builder id, the workflow path and its ref', () => {
    expect(workflow).toEqual({ builderId: 'https://github.com/acme/shop/.github/workflows/build.yml@refs/heads/main', path: '.github/workflows/build.yml', ref: 'refs/heads/main' });
    expect(() => workflowIdentity('https://github.com', 'build.yml')).toThrow('not a workflow ref');
  });
});

describe('buildProvenance', () => {
  it('is an in-toto Statement v1 with a SLSA Provenance v1 predicate for the package', () => {
    const releaseId = releaseIdOf(manifest);
    const statement = buildProvenance(manifest, releaseId, {
      serverUrl: 'https://github.com',
      workflow,
      pathInput: ['dist', 'docs/*.md'],
      eventName: 'push',
      runnerEnvironment: 'github-hosted',
      startedOn: new Date('2026-11-02T10:00:00Z'),
    });
    expect(statement).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'shop-1a2b3c4.tar.gz', digest: { sha256: hexOf(sha256Digest('package bytes')) } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {
        buildDefinition: {
          buildType: STOPLINE_BUILD_TYPE,
          externalParameters: {
            workflow: { ref: 'refs/heads/main', repository: 'https://github.com/acme/shop', path: '.github/workflows/build.yml' },
            inputs: { path: ['dist', 'docs/*.md'], name: 'shop', version: '1a2b3c4' },
          },
          internalParameters: {
            github: { event_name: 'push', runner_environment: 'github-hosted' },
            stopline: { version: '0.1.0', packageFormat: 'stopline-tar-gzip/v1' },
          },
          resolvedDependencies: [
            { uri: 'git+https://github.com/acme/shop@refs/heads/main', digest: { gitCommit: 'c'.repeat(40), gitTree: 'd'.repeat(40) } },
            { name: 'package-lock.json', digest: { sha256: hex('lock') }, annotations: { kind: 'lockfile' } },
          ],
        },
        runDetails: {
          builder: { id: 'https://github.com/acme/shop/.github/workflows/build.yml@refs/heads/main' },
          metadata: { invocationId: 'https://github.com/acme/shop/actions/runs/42/attempts/3', startedOn: '2026-11-02T10:00:00.000Z', finishedOn: '2026-11-02T10:05:00.000Z' },
          byproducts: [{ name: 'manifest.json', digest: { sha256: hexOf(releaseId) }, mediaType: 'application/vnd.stopline.release-manifest.v1+json' }],
        },
      },
    });
  });

  it('leaves out what is not known', () => {
    const statement = buildProvenance(manifest, releaseIdOf(manifest), { serverUrl: 'https://github.com', workflow, pathInput: ['dist'], eventName: 'workflow_dispatch' });
    expect(statement.predicate.runDetails.metadata).not.toHaveProperty('startedOn');
    expect(statement.predicate.buildDefinition.internalParameters.github).toEqual({ event_name: 'workflow_dispatch' });
    expect(JSON.parse(JSON.stringify(statement))).toEqual(statement);
  });
});

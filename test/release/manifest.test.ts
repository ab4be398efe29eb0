import { createHash } from 'node:crypto';
import { sha256Digest } from '../../src/release/digest.js';
import { IntegrityError } from '../../src/release/integrity-error.js';
import { buildManifest, contentDigestOf, packageFileName, PACKAGE_FORMAT, readManifest, releaseIdOf, serializeManifest, type ReleaseFacts } from '../../src/release/manifest.js';
import { ConfigurationError } from '../../src/runtime/errors.js';

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

function facts(overrides: Partial<ReleaseFacts> = {}): ReleaseFacts {
  return {
    name: 'shop',
    version: '1a2b3c4',
    package: {
      digest: sha256Digest('package bytes'),
      size: 1234,
      files: [
        { path: 'dist/app.js', sha256: hex('app'), size: 3, mode: 0o644 },
        { path: 'dist/bin/run', sha256: hex('run'), size: 3, mode: 0o755 },
      ],
    },
    source: { repository: 'acme/shop', commit: 'c'.repeat(40), tree: 'd'.repeat(40), ref: 'refs/heads/main' },
    run: { id: 9876543210, attempt: 2, url: 'https://github.com/acme/shop/actions/runs/9876543210' },
    builder: { id: 'https://github.com/acme/shop/.github/workflows/build.yml@refs/heads/main', stopline: '0.1.0' },
    createdAt: new Date('2026-11-02T10:00:00.000Z'),
    ...overrides,
  };
}

describe('buildManifest', () => {
  it('lists the release, its files with octal modes, its source and run', () => {
    const manifest = buildManifest(facts({ lockfiles: [{ path: 'yarn.lock', digest: sha256Digest('y') }, { path: 'go.sum', digest: sha256Digest('g') }] }));
    expect(manifest).toEqual({
      schemaVersion: 1,
      name: 'shop',
      version: '1a2b3c4',
      package: { digest: sha256Digest('package bytes'), size: 1234, format: PACKAGE_FORMAT },
      files: [
        { path: 'dist/app.js', sha256: hex('app'), size: 3, mode: '0644' },
        { path: 'dist/bin/run', sha256: hex('run'), size: 3, mode: '0755' },
      ],
      source: { repository: 'acme/shop', commit: 'c'.repeat(40), tree: 'd'.repeat(40), ref: 'refs/heads/main' },
      run: { id: 9876543210, attempt: 2, url: 'https://github.com/acme/shop/actions/runs/9876543210' },
      builder: { id: 'https://github.com/acme/shop/.github/workflows/build.yml@refs/heads/main', stopline: '0.1.0' },
      createdAt: '2026-11-02T10:00:00.000Z',
      lockfiles: [
        { path: 'go.sum', digest: sha256Digest('g') },
        { path: 'yarn.lock', digest: sha256Digest('y') },
      ],
    });
    expect(packageFileName(manifest)).toBe('shop-1a2b3c4.tar.gz');
  });

  it('leaves lockfiles out when the workspace has none', () => {
    expect(buildManifest(facts({ lockfiles: [] }))).not.toHaveProperty('lockfiles');
  });

  it('writes canonical JSON whose sha256 is the release id', () => {
    const manifest = buildManifest(facts());
    const text = serializeManifest(manifest);
    expect(text).not.toMatch(/\s/);
    expect(text.startsWith('{"builder":{"id":"https://github.com/acme/shop/.github/workflows/build.yml@refs/heads/main","stopline":"0.1.0"},"createdAt":')).toBe(true);
    expect(releaseIdOf(manifest)).toBe(`sha256:${hex(text)}`);
    // Key order in the object does not matter, only the data.
    const reordered = Object.fromEntries(Object.entries(manifest).reverse()) as typeof manifest;
    expect(releaseIdOf(reordered)).toBe(releaseIdOf(manifest));
  });

  it('gives another release id for another build of the same bytes, while the package digest stays', () => {
    const first = buildManifest(facts());
    const rebuilt = buildManifest(facts({ createdAt: new Date('2026-11-02T11:00:00Z'), run: { id: 9876543299, attempt: 1, url: 'https://github.com/acme/shop/actions/runs/9876543299' } }));
    expect(rebuilt.package.digest).toBe(first.package.digest);
    expect(releaseIdOf(rebuilt)).not.toBe(releaseIdOf(first));
  });

  it('has a content digest that ignores the compressed bytes, the run and the time, and follows the files', () => {
    const first = buildManifest(facts());
    const recompressed = buildManifest(facts({ package: { ...facts().package, digest: sha256Digest('other gzip bytes'), size: 1240 }, createdAt: new Date('2027-01-01T00:00:00Z') }));
    expect(contentDigestOf(recompressed)).toBe(contentDigestOf(first));
    const changed = buildManifest(facts({ package: { ...facts().package, files: [{ path: 'dist/app.js', sha256: hex('app2'), size: 4, mode: 0o644 }] } }));
    expect(contentDigestOf(changed)).not.toBe(contentDigestOf(first));
  });

  it.each([
    [{ name: 'acme/shop' }, /^Input "name": "acme\/shop" cannot name a release\. Use letters, digits/],
    [{ name: '' }, /Input "name"/],
    [{ name: '.hidden' }, /Input "name"/],
    [{ version: 'v 1' }, /^Input "version": "v 1" cannot be a release version/],
  ])('refuses %j as a ConfigurationError', (override, message) => {
    expect(() => buildManifest(facts(override))).toThrow(ConfigurationError);
    expect(() => buildManifest(facts(override))).toThrow(message);
  });

  it('accepts versions like 1.4.0-rc.1+build.5 and names like my_app.v2', () => {
    expect(buildManifest(facts({ name: 'my_app.v2', version: '1.4.0-rc.1+build.5' })).version).toBe('1.4.0-rc.1+build.5');
  });
});

describe('readManifest', () => {
  it('returns the manifest when its text hashes to the release id', () => {
    const manifest = buildManifest(facts());
    expect(readManifest(serializeManifest(manifest), releaseIdOf(manifest))).toEqual(manifest);
  });

  it('refuses a manifest changed after the build, naming both ids', () => {
    const manifest = buildManifest(facts());
    const releaseId = releaseIdOf(manifest);
    const altered = serializeManifest({ ...manifest, package: { ...manifest.package, digest: sha256Digest('other bytes') } });
    const read = () => readManifest(altered, releaseId);
    expect(read).toThrow(IntegrityError);
    expect(read).toThrow(`The manifest does not belong to release ${releaseId}: expected ${releaseId}, found ${sha256Digest(altered)}`);
  });

  it('refuses a manifest with an unsafe file path even when its id matches', () => {
    const manifest = buildManifest(facts());
    const text = serializeManifest({ ...manifest, files: [{ path: '../etc/passwd', sha256: hex('x'), size: 1, mode: '0644' }] });
    expect(() => readManifest(text, sha256Digest(text))).toThrow('files[0].path "../etc/passwd" is unsafe: it has a ".." segment');
  });

  it('refuses a manifest of another format', () => {
    const manifest = buildManifest(facts());
    const text = serializeManifest({ ...manifest, package: { ...manifest.package, format: 'zip' as typeof PACKAGE_FORMAT } });
    expect(() => readManifest(text, sha256Digest(text))).toThrow(`package.format is "zip", this Stopline reads ${PACKAGE_FORMAT}`);
  });
});

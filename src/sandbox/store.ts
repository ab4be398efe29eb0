import fs from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { decodeObject, encodeObject, hashObject, type GitObjectType } from './git-objects.js';
import type { RepoRecord } from './model.js';

/** A repository held in memory, with its refs and a cache of its git objects. */
export interface Repo {
  record: RepoRecord;
  /** Full ref name (refs/heads/main) → object id. */
  refs: Map<string, string>;
  dir: string;
  objects: Map<string, { type: GitObjectType; body: Buffer }>;
}

interface StoreMeta {
  version: 1;
  nextId: number;
}

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of one:
 * write a temporary file beside it, then rename over the target (atomic on POSIX).
 */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

const repoKey = (owner: string, name: string): string => `${owner.toLowerCase()}/${name.toLowerCase()}`;

/**
 * The sandbox's state: all repositories in memory, written through to `dataDir` on every change.
 * Every method is synchronous, so a mutation runs start to end without another request interleaving:
 * that is what serialises concurrent compare-and-swap updates of a ref.
 */
export class Store {
  private readonly repos = new Map<string, Repo>();
  private meta: StoreMeta = { version: 1, nextId: 1 };

  constructor(readonly dataDir: string) {
    fs.mkdirSync(path.join(dataDir, 'repos'), { recursive: true });
    const metaFile = path.join(dataDir, 'sandbox.json');
    if (fs.existsSync(metaFile)) this.meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as StoreMeta;
    this.loadRepos();
  }

  private loadRepos(): void {
    const root = path.join(this.dataDir, 'repos');
    for (const owner of fs.readdirSync(root)) {
      for (const name of fs.readdirSync(path.join(root, owner))) {
        const dir = path.join(root, owner, name);
        const recordFile = path.join(dir, 'repo.json');
        if (!fs.existsSync(recordFile)) continue;
        const record = JSON.parse(fs.readFileSync(recordFile, 'utf8')) as RepoRecord;
        const refsFile = path.join(dir, 'refs.json');
        const refs = fs.existsSync(refsFile)
          ? new Map(Object.entries(JSON.parse(fs.readFileSync(refsFile, 'utf8')) as Record<string, string>))
          : new Map<string, string>();
        this.repos.set(repoKey(record.owner, record.name), { record, refs, dir, objects: new Map() });
      }
    }
  }

  /** A fresh id, unique across every kind of record (GitHub's ids are global too). */
  nextId(): number {
    const id = this.meta.nextId++;
    writeFileAtomic(path.join(this.dataDir, 'sandbox.json'), JSON.stringify(this.meta));
    return id;
  }

  getRepo(owner: string, name: string): Repo | undefined {
    return this.repos.get(repoKey(owner, name));
  }

  allRepos(): Repo[] {
    return [...this.repos.values()];
  }

  createRepo(record: RepoRecord): Repo {
    const dir = path.join(this.dataDir, 'repos', record.owner.toLowerCase(), record.name.toLowerCase());
    fs.mkdirSync(path.join(dir, 'objects'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
    const repo: Repo = { record, refs: new Map(), dir, objects: new Map() };
    this.repos.set(repoKey(record.owner, record.name), repo);
    this.saveRecord(repo);
    this.saveRefs(repo);
    return repo;
  }

  saveRecord(repo: Repo): void {
    writeFileAtomic(path.join(repo.dir, 'repo.json'), JSON.stringify(repo.record));
  }

  saveRefs(repo: Repo): void {
    writeFileAtomic(path.join(repo.dir, 'refs.json'), JSON.stringify(Object.fromEntries(repo.refs)));
  }

  private objectFile(repo: Repo, sha: string): string {
    return path.join(repo.dir, 'objects', sha.slice(0, 2), sha.slice(2));
  }

  /**
   * Stores a git object as git does (zlib-deflated loose object named by its id). Objects are
   * content-addressed, so an existing file already holds these bytes and is never rewritten.
   */
  writeObject(repo: Repo, type: GitObjectType, body: Buffer): string {
    const sha = hashObject(type, body);
    if (repo.objects.has(sha)) return sha;
    const file = this.objectFile(repo, sha);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writeFileAtomic(file, deflateSync(encodeObject(type, body)));
    }
    repo.objects.set(sha, { type, body });
    return sha;
  }

  readObject(repo: Repo, sha: string): { type: GitObjectType; body: Buffer } | undefined {
    if (!/^[0-9a-f]{40}$/.test(sha)) return undefined;
    const cached = repo.objects.get(sha);
    if (cached) return cached;
    const file = this.objectFile(repo, sha);
    if (!fs.existsSync(file)) return undefined;
    const object = decodeObject(inflateSync(fs.readFileSync(file)));
    repo.objects.set(sha, object);
    return object;
  }

  writeAsset(repo: Repo, id: number, bytes: Buffer): void {
    writeFileAtomic(path.join(repo.dir, 'assets', String(id)), bytes);
  }

  readAsset(repo: Repo, id: number): Buffer {
    return fs.readFileSync(path.join(repo.dir, 'assets', String(id)));
  }

  deleteAsset(repo: Repo, id: number): void {
    fs.rmSync(path.join(repo.dir, 'assets', String(id)), { force: true });
  }
}

/**
 * Seeds a sandbox data directory directly through its Store, before the sandbox starts: the
 * DORA benchmark needs 50,000 commits and 10,000 deployments, which would take minutes through
 * the HTTP API. Test and benchmark code only. Records are written exactly as the handlers write
 * them (same shapes, same id sequence), so the sandbox serves them as if they came through the API.
 * Also marks pull requests merged, which the sandbox's REST API cannot do.
 */
import { encodeCommit, encodeTree, signatureTime } from '../../src/sandbox/git-objects.js';
import type { DeploymentRecord, DeploymentStatusRecord, IssueRecord, RepoRecord } from '../../src/sandbox/model.js';
import { userEmail } from '../../src/sandbox/shapes.js';
import { Store, type Repo } from '../../src/sandbox/store.js';

export type SeedStatusState = DeploymentStatusRecord['state'];

/** ISO time without milliseconds, as the sandbox writes it. */
const iso = (at: string | Date): string => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class SandboxSeeder {
  readonly store: Store;
  readonly repo: Repo;
  private readonly tree: string;
  private nextId: number;

  /** Opens (or creates) `owner/name` in `dataDir`; the sandbox must not be running on it yet. */
  constructor(dataDir: string, readonly owner: string, readonly name: string, createdAt = '2024-01-01T00:00:00Z') {
    this.store = new Store(dataDir);
    // Ids are allocated here and the store's counter is moved once at save(): Store.nextId()
    // writes its file on every call, which is most of the time for 40,000 records.
    this.nextId = this.store.nextId();
    this.repo = this.store.getRepo(owner, name) ?? this.store.createRepo(emptyRepo(this.nextId++, owner, name, iso(createdAt)));
    const blob = this.store.writeObject(this.repo, 'blob', Buffer.from('seeded\n'));
    this.tree = this.store.writeObject(this.repo, 'tree', encodeTree([{ mode: '100644', name: 'README.md', sha: blob }]));
  }

  private id(): number {
    return this.nextId++;
  }

  /** A commit with the shared tree; author dates in ISO 8601 (the committer date defaults to it). */
  commit(options: { message: string; parents: string[]; authorDate: string; committerDate?: string; author?: string }): string {
    const login = options.author ?? 'dev';
    const author = { name: login, email: userEmail(login), ...signatureTime(options.authorDate) };
    const committer = { name: login, email: userEmail(login), ...signatureTime(options.committerDate ?? options.authorDate) };
    return this.store.writeObject(this.repo, 'commit', encodeCommit({ tree: this.tree, parents: options.parents, author, committer, message: options.message }));
  }

  setRef(ref: string, sha: string): void {
    this.repo.refs.set(ref, sha);
  }

  /** A deployment and its statuses (each `{ state, at }`, oldest first). Returns its id. */
  deployment(options: {
    sha: string;
    environment: string;
    createdAt: string;
    payload?: Record<string, unknown>;
    statuses: { state: SeedStatusState; at: string; description?: string; logUrl?: string }[];
  }): number {
    const created = iso(options.createdAt);
    const record: DeploymentRecord = {
      id: this.id(),
      sha: options.sha,
      ref: options.sha,
      task: 'deploy',
      payload: options.payload ?? {},
      original_environment: options.environment,
      environment: options.environment,
      description: null,
      transient_environment: false,
      production_environment: options.environment === 'production',
      creator: 'deployer',
      created_at: created,
      updated_at: created,
    };
    this.repo.record.deployments.push(record);
    for (const status of options.statuses) {
      const at = iso(status.at);
      const url = `https://ci.example/deployments/${record.id}`;
      this.repo.record.deploymentStatuses.push({
        id: this.id(), deployment_id: record.id, state: status.state, description: status.description ?? '', environment: options.environment,
        target_url: status.logUrl ?? url, log_url: status.logUrl ?? url, environment_url: '', creator: 'deployer', created_at: at, updated_at: at,
      });
      record.updated_at = at;
    }
    return record.id;
  }

  /** An issue; returns its number. */
  issue(options: { title: string; body?: string; labels?: string[]; createdAt: string }): number {
    const at = iso(options.createdAt);
    const number = this.nextNumber();
    this.repo.record.issues.push({
      id: this.id(), number, title: options.title, body: options.body ?? null, state: 'open', state_reason: null, user: 'oncall',
      labels: options.labels ?? [], assignees: [], locked: false, created_at: at, updated_at: at, closed_at: null,
    });
    for (const label of options.labels ?? []) this.ensureLabel(label);
    return number;
  }

  /** A pull request already merged as `mergeCommit` (squash, rebase or merge commit); returns its number. */
  mergedPull(options: { title: string; head: string; base?: string; mergeCommit: string; mergedAt: string; createdAt: string; labels?: string[] }): number {
    const number = this.nextNumber();
    const merged = iso(options.mergedAt);
    const issue: IssueRecord = {
      id: this.id(), number, title: options.title, body: null, state: 'closed', state_reason: null, user: 'dev',
      labels: options.labels ?? [], assignees: [], locked: false, created_at: iso(options.createdAt), updated_at: merged, closed_at: merged,
      pull: { id: this.id(), head: options.head, base: options.base ?? 'main', draft: false, maintainer_can_modify: true, merged_at: merged, merge_commit_sha: options.mergeCommit },
    };
    this.repo.record.issues.push(issue);
    for (const label of options.labels ?? []) this.ensureLabel(label);
    return number;
  }

  private nextNumber(): number {
    return this.repo.record.issues.reduce((max, i) => Math.max(max, i.number), 0) + 1;
  }

  private ensureLabel(name: string): void {
    if (this.repo.record.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) return;
    this.repo.record.labels.push({ id: this.id(), name, color: 'ededed', description: null, default: false });
  }

  /** Writes the records, the refs and the id counter; start the sandbox on the directory afterwards. */
  save(): void {
    this.store.saveRecord(this.repo);
    this.store.saveRefs(this.repo);
    // Move the store's counter past every id handed out here.
    const meta = (this.store as unknown as { meta: { nextId: number } }).meta;
    meta.nextId = Math.max(meta.nextId, this.nextId);
    this.store.nextId();
  }
}

function emptyRepo(id: number, owner: string, name: string, at: string): RepoRecord {
  return {
    id, owner, ownerType: 'User', name, description: null, homepage: null, private: false, default_branch: 'main',
    created_at: at, updated_at: at, pushed_at: at, collaborators: {}, statuses: [], deployments: [], deploymentStatuses: [],
    releases: [], assets: [], labels: [], issues: [], issueEvents: [], issueComments: [], runs: [], jobs: [], workflows: {},
  };
}

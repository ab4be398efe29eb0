/**
 * Where the gate's policy comes from, and loading it (with its `extends` chain) from there.
 *
 * The rule that matters: on `pull_request`, `pull_request_target` and `merge_group` events the
 * policy is read from the base branch through the API, never from the checkout, because the
 * checkout is the change under review and could otherwise loosen the rules that judge it.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { mergePolicies } from '../../gate/policy/merge-policies.js';
import { parsePolicy, policyHash } from '../../gate/policy/parse-policy.js';
import { DEFAULT_POLICY, DEFAULT_POLICY_YAML } from '../../gate/policy/default-policy.js';
import type { Policy } from '../../gate/policy/policy.js';
import type { GitHubClient } from '../../github/client.js';
import { readFileAtRef } from '../../github/contents.js';
import { ConfigurationError } from '../../runtime/errors.js';

/** The checkout, or a ref of a repository read through the API. */
export type PolicyLocation =
  | { kind: 'workspace' }
  | { kind: 'ref'; owner: string; repo: string; ref: string; /** Why this ref, for the summary. */ why: string };

/** What choosePolicyLocation needs from the runner context. */
export interface LocationContext {
  eventName: string;
  eventPayload: Record<string, unknown>;
  /** GITHUB_BASE_REF, the fallback when a pull_request payload lacks the base. */
  baseRef: string | undefined;
  repository: { owner: string; repo: string };
}

// GitHub owner and repository names, then `@` and the ref.
const REMOTE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@(.+)$/;
// `extends: owner/repo@ref:path`; git refs cannot hold `:`, so the first one ends the ref.
const REMOTE_FILE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)@([^:\s]+):(.+)$/;
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

function field(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function checkRef(ref: string, input: string): string {
  // Whitespace, `..`, `~^:?*[\` and control characters are never valid in a git ref name.
  if (/[\s~^:?*[\\\x00-\x1f]|\.\./.test(ref) || ref.endsWith('/') || ref.endsWith('.lock')) {
    throw new ConfigurationError(`input 'policy-ref': '${input}' is not a valid ref; use workspace, a branch, tag or sha (main), or owner/repo@ref`);
  }
  return ref;
}

/** `refs/heads/main` → `main`, for people; the API takes either. */
export function shortRef(ref: string): string {
  return ref.replace(/^refs\/(heads|tags)\//, '');
}

/**
 * Decides where the policy is read from.
 * @param policyRef the `policy-ref` input; undefined when empty
 * @throws ConfigurationError for a malformed value, or a pull request event whose payload names
 *   no base branch (the gate must not fall back to the change's own policy)
 */
export function choosePolicyLocation(policyRef: string | undefined, context: LocationContext): PolicyLocation {
  const { owner, repo } = context.repository;
  if (policyRef !== undefined) {
    const value = policyRef.trim();
    if (value.toLowerCase() === 'workspace') return { kind: 'workspace' };
    const remote = REMOTE.exec(value);
    if (remote) return { kind: 'ref', owner: remote[1]!, repo: remote[2]!, ref: checkRef(remote[3]!, value), why: `policy-ref ${value}` };
    if (value.includes('@')) {
      throw new ConfigurationError(`input 'policy-ref': '${value}' is not owner/repo@ref; write it like acme/security-policies@main, or give a ref name, or workspace`);
    }
    return { kind: 'ref', owner, repo, ref: checkRef(value, value), why: `policy-ref ${value}` };
  }
  if (PULL_REQUEST_EVENTS.has(context.eventName)) {
    const base = nonEmptyString(field(context.eventPayload, 'pull_request', 'base', 'ref')) ?? context.baseRef;
    if (base === undefined) {
      throw new ConfigurationError(
        `the ${context.eventName} event payload names no base branch (pull_request.base.ref), so the policy cannot be read from it; set input 'policy-ref' to the branch that holds the policy`,
      );
    }
    return { kind: 'ref', owner, repo, ref: base, why: "the pull request's base branch" };
  }
  if (context.eventName === 'merge_group') {
    const base = nonEmptyString(field(context.eventPayload, 'merge_group', 'base_ref'));
    if (base === undefined) {
      throw new ConfigurationError(
        "the merge_group event payload names no base branch (merge_group.base_ref), so the policy cannot be read from it; set input 'policy-ref' to the branch that holds the policy",
      );
    }
    return { kind: 'ref', owner, repo, ref: base, why: "the merge queue's base branch" };
  }
  return { kind: 'workspace' };
}

/** The policy that judges, and where it came from. */
export interface LoadedPolicy {
  policy: Policy;
  source: { description: string; hash: string };
  /** True when no file existed and the built-in default applies. */
  defaulted: boolean;
}

/** How to read policy files: the checkout, and the API when a token was given. */
export interface PolicyLoadOptions {
  location: PolicyLocation;
  path: string;
  workspace: string;
  client: GitHubClient | undefined;
  today: Date;
  /** The repository under test: files of another repository are named with owner/repo. */
  repository: { owner: string; repo: string };
}

interface PolicyText {
  text: string;
  /** The name messages and the report use, e.g. `.github/stopline/security-policy.yml@main`. */
  name: string;
  location: PolicyLocation;
}

/** `extends` chains deeper than this are surely a mistake (or a cycle through renamed refs). */
const MAX_EXTENDS_DEPTH = 5;

async function readWorkspaceFile(workspace: string, path: string): Promise<string | undefined> {
  const file = resolve(workspace, path);
  const inside = relative(resolve(workspace), file);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new ConfigurationError(`policy path '${path}' is outside the workspace; give a path from the repository root`);
  }
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'EISDIR') throw new ConfigurationError(`policy path '${path}' is a directory in the workspace; name the policy file itself`, { cause: error });
    throw new ConfigurationError(`policy file '${path}' cannot be read (${(error as Error).message}); check its permissions`, { cause: error });
  }
}

async function readPolicyText(location: PolicyLocation, path: string, options: PolicyLoadOptions): Promise<PolicyText | undefined> {
  if (location.kind === 'workspace') {
    const text = await readWorkspaceFile(options.workspace, path);
    return text === undefined ? undefined : { text, name: path, location };
  }
  if (options.client === undefined) {
    throw new ConfigurationError(
      `the policy is read from ${location.owner}/${location.repo}@${shortRef(location.ref)} (${location.why}) through the API, which needs a token; set input 'token' (the default, github.token, works with \`contents: read\`), or set policy-ref: workspace`,
    );
  }
  const file = await readFileAtRef(options.client, { owner: location.owner, repo: location.repo, ref: location.ref, path });
  if (file === undefined) return undefined;
  return { text: file.text, name: describeFile(location, path, options), location };
}

function describeFile(location: PolicyLocation, path: string, options: PolicyLoadOptions): string {
  if (location.kind === 'workspace') return path;
  const here = options.repository.owner.toLowerCase() === location.owner.toLowerCase() && options.repository.repo.toLowerCase() === location.repo.toLowerCase();
  return here ? `${path}@${shortRef(location.ref)}` : `${location.owner}/${location.repo}@${shortRef(location.ref)}:${path}`;
}

/** Where an `extends` value points: `owner/repo@ref:path`, or a path in the same source. */
function parentOf(value: string, from: PolicyLocation): { location: PolicyLocation; path: string } {
  const remote = REMOTE_FILE.exec(value.trim());
  if (remote) {
    return { location: { kind: 'ref', owner: remote[1]!, repo: remote[2]!, ref: remote[3]!, why: `extends ${value.trim()}` }, path: remote[4]! };
  }
  return { location: from, path: value.trim() };
}

function locationKey(location: PolicyLocation, path: string): string {
  return location.kind === 'workspace' ? `workspace:${path}` : `${location.owner}/${location.repo}@${location.ref}:${path}`.toLowerCase();
}

/** Parses a policy text and merges it onto its `extends` chain, root first. Returns the texts read, root first. */
async function loadChain(file: PolicyText, options: PolicyLoadOptions, seen: string[]): Promise<{ policy: Policy; chain: PolicyText[] }> {
  const own = parsePolicy(file.text, file.name, { today: options.today });
  if (own.extends === undefined) return { policy: own, chain: [file] };
  if (seen.length >= MAX_EXTENDS_DEPTH) {
    throw new ConfigurationError(`${file.name}: /extends goes more than ${MAX_EXTENDS_DEPTH} policies deep; extend the central policy directly`);
  }
  const parent = parentOf(own.extends, file.location);
  const key = locationKey(parent.location, parent.path);
  if (seen.includes(key)) {
    throw new ConfigurationError(`${file.name}: /extends '${own.extends}' leads back to a policy already in the chain (a cycle); remove one of the extends`);
  }
  const parentText = await readPolicyText(parent.location, parent.path, options);
  if (parentText === undefined) {
    const where = parent.location.kind === 'workspace' ? 'the workspace' : `${parent.location.owner}/${parent.location.repo}@${shortRef(parent.location.ref)}`;
    throw new ConfigurationError(`${file.name}: /extends '${own.extends}': no file ${parent.path} in ${where}; fix the path, or write owner/repo@ref:path for a central policy repository`);
  }
  const loaded = await loadChain(parentText, options, [...seen, key]);
  return { policy: mergePolicies(loaded.policy, own, { today: options.today }), chain: [...loaded.chain, file] };
}

function describeLocation(location: PolicyLocation): string {
  return location.kind === 'workspace' ? 'the workspace' : `${location.owner}/${location.repo}@${shortRef(location.ref)} (${location.why})`;
}

/**
 * Loads the policy from its location, resolving `extends`. A missing policy file gives the
 * built-in default; a missing `extends` target, a missing ref or repository, or a policy that does
 * not validate is a ConfigurationError.
 */
export async function loadPolicy(options: PolicyLoadOptions): Promise<LoadedPolicy> {
  const { location, path } = options;
  const file = await readPolicyText(location, path, options);
  if (file === undefined) {
    return {
      policy: DEFAULT_POLICY as Policy,
      source: {
        description: `built-in default policy (fail on high and critical): there is no ${path} in ${describeLocation(location)}`,
        hash: policyHash(DEFAULT_POLICY_YAML),
      },
      defaulted: true,
    };
  }
  const start = locationKey(location, path);
  const { policy, chain } = await loadChain(file, options, [start]);
  // One hash over every text that shaped the policy, root first, so a changed parent changes it.
  const hash = chain.length === 1 ? policyHash(file.text) : policyHash(chain.map((part) => part.text).join('\n---\n'));
  const parents = chain.slice(0, -1).map((part) => part.name);
  // file.name already says which ref (and repository) it was read at; add why that one.
  const from = location.kind === 'workspace' ? `${file.name} in the workspace` : `${file.name} (${location.why})`;
  const description = from + (parents.length > 0 ? `, extending ${parents.reverse().join(', which extends ')}` : '');
  return { policy, source: { description, hash }, defaulted: false };
}

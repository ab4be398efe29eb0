import { createHash } from 'node:crypto';

/** The kinds of git object the sandbox stores. */
export type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface TreeEntry {
  /** Git mode as the API spells it: 100644, 100755, 040000, 160000 or 120000. */
  mode: string;
  name: string;
  sha: string;
}

export interface Signature {
  name: string;
  email: string;
  /** Seconds since the epoch. */
  time: number;
  /** Zone as git writes it, e.g. +0000. */
  tz: string;
}

export interface CommitData {
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

/** The bytes git hashes: `<type> <size>\0<body>`. */
export function encodeObject(type: GitObjectType, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
}

/** The object id git computes: SHA-1 over the header and body. */
export function hashObject(type: GitObjectType, body: Buffer): string {
  return createHash('sha1').update(encodeObject(type, body)).digest('hex');
}

/** Splits a stored object back into type and body. */
export function decodeObject(raw: Buffer): { type: GitObjectType; body: Buffer } {
  const nul = raw.indexOf(0);
  const [type] = raw.subarray(0, nul).toString('latin1').split(' ');
  return { type: type as GitObjectType, body: raw.subarray(nul + 1) };
}

/** Git orders tree entries by name, comparing a subtree's name as if it ended in '/'. */
function sortKey(entry: TreeEntry): Buffer {
  return Buffer.from(entry.mode === '040000' ? `${entry.name}/` : entry.name);
}

/** Encodes a tree body: `<mode> <name>\0<20-byte id>` per entry, in git order. */
export function encodeTree(entries: TreeEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
  return Buffer.concat(
    sorted.flatMap((e) => [
      // Git writes directory modes without the leading zero the API shows.
      Buffer.from(`${e.mode.replace(/^0+/, '')} ${e.name}\0`),
      Buffer.from(e.sha, 'hex'),
    ]),
  );
}

export function decodeTree(body: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const nul = body.indexOf(0, space);
    const mode = body.subarray(at, space).toString('latin1').padStart(6, '0');
    const name = body.subarray(space + 1, nul).toString('utf8');
    const sha = body.subarray(nul + 1, nul + 21).toString('hex');
    entries.push({ mode, name, sha });
    at = nul + 21;
  }
  return entries;
}

const formatSignature = (s: Signature): string => `${s.name} <${s.email}> ${s.time} ${s.tz}`;

export function encodeCommit(commit: CommitData): Buffer {
  const lines = [`tree ${commit.tree}`, ...commit.parents.map((p) => `parent ${p}`)];
  lines.push(`author ${formatSignature(commit.author)}`, `committer ${formatSignature(commit.committer)}`);
  return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`);
}

function parseSignature(text: string): Signature {
  const match = /^(.*) <(.*)> (-?\d+) ([+-]\d{4})$/.exec(text);
  if (!match) return { name: text, email: '', time: 0, tz: '+0000' };
  return { name: match[1]!, email: match[2]!, time: Number(match[3]), tz: match[4]! };
}

export function decodeCommit(body: Buffer): CommitData {
  const text = body.toString('utf8');
  const split = text.indexOf('\n\n');
  const header = split < 0 ? text : text.slice(0, split);
  const message = split < 0 ? '' : text.slice(split + 2);
  const commit: CommitData = {
    tree: '',
    parents: [],
    author: parseSignature(''),
    committer: parseSignature(''),
    message,
  };
  for (const line of header.split('\n')) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    const value = line.slice(space + 1);
    if (key === 'tree') commit.tree = value;
    else if (key === 'parent') commit.parents.push(value);
    else if (key === 'author') commit.author = parseSignature(value);
    else if (key === 'committer') commit.committer = parseSignature(value);
  }
  return commit;
}

/** Converts an ISO 8601 date into git's seconds-and-zone, keeping the zone the caller gave. */
export function signatureTime(iso: string): { time: number; tz: string } {
  const time = Math.floor(Date.parse(iso) / 1000);
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  return { time, tz: zone ? `${zone[1]}${zone[2]}${zone[3]}` : '+0000' };
}

/** The API's ISO form of a git signature date, in the signature's own zone. */
export function isoFromSignature(s: Signature): string {
  const sign = s.tz.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * (Number(s.tz.slice(1, 3)) * 60 + Number(s.tz.slice(3, 5)));
  if (offsetMinutes === 0) return new Date(s.time * 1000).toISOString().replace('.000Z', 'Z');
  const local = new Date(s.time * 1000 + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return `${local}${s.tz.slice(0, 3)}:${s.tz.slice(3)}`;
}

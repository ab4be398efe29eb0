/**
 * The tar layout of a Stopline package, written here rather than by a library so that the bytes
 * are fixed by this file (and its golden test) and cannot drift with a dependency's release: the
 * package digest names a release for as long as it is kept.
 *
 * Each file is one POSIX ustar entry (typeflag '0'): mtime 0, uid/gid 0, empty uname/gname,
 * mode 0644 or 0755, devmajor/devminor 0. A path that is longer than 100 bytes or not plain ASCII
 * is carried by a pax extended header ('x') before the entry (POSIX.1-2001: `path` is UTF-8
 * there); a file of 8 GiB or more gets a pax `size`. There are no directory entries (extractors
 * create parent directories) and no links. The archive ends with two zero blocks.
 */

export const BLOCK_SIZE = 512;

/** The two zero blocks that end an archive. */
export const END_OF_ARCHIVE: Buffer = Buffer.alloc(2 * BLOCK_SIZE);

/** Name of every pax header entry (Python's tarfile uses the same): fixed, so it does not vary by process or file. */
const PAX_HEADER_NAME = '././@PaxHeader';

/** The largest size the ustar field holds: 11 octal digits. */
const MAX_USTAR_SIZE = 8 ** 11 - 1;

/** Bytes of zero padding after `size` bytes of content, up to the next block boundary. */
export function paddingAfter(size: number): number {
  const rest = size % BLOCK_SIZE;
  return rest === 0 ? 0 : BLOCK_SIZE - rest;
}

/** The header block(s) of one regular file: a pax header entry when needed, then the ustar header. */
export function fileHeader(archivePath: string, size: number, mode: number): Buffer {
  const pathBytes = Buffer.from(archivePath, 'utf8');
  const records: Array<[string, string]> = [];
  const plain = pathBytes.length <= 100 && /^[\x20-\x7e]*$/.test(archivePath);
  if (!plain) records.push(['path', archivePath]);
  if (size > MAX_USTAR_SIZE) records.push(['size', String(size)]);
  // The name field still gets something readable for tools that ignore pax: printable ASCII, cut to fit.
  const name = plain ? pathBytes : Buffer.from(archivePath.replace(/[^\x20-\x7e]/g, '_').slice(0, 100), 'ascii');
  const header = ustarHeader(name, size > MAX_USTAR_SIZE ? 0 : size, mode, '0');
  if (records.length === 0) return header;
  const body = Buffer.from(records.map(([key, value]) => paxRecord(key, value)).join(''), 'utf8');
  return Buffer.concat([ustarHeader(Buffer.from(PAX_HEADER_NAME), body.length, 0o644, 'x'), body, Buffer.alloc(paddingAfter(body.length)), header]);
}

/** One pax record, "<length> <key>=<value>\n", where length counts the whole record including itself. */
function paxRecord(key: string, value: string): string {
  const rest = Buffer.byteLength(` ${key}=${value}\n`, 'utf8');
  let digits = String(rest).length;
  while (String(rest + digits).length !== digits) digits = String(rest + digits).length;
  return `${rest + digits} ${key}=${value}\n`;
}

function ustarHeader(name: Buffer, size: number, mode: number, type: '0' | 'x'): Buffer {
  const block = Buffer.alloc(BLOCK_SIZE);
  name.copy(block, 0, 0, 100);
  writeOctal(block, 100, 8, mode);
  writeOctal(block, 108, 8, 0); // uid
  writeOctal(block, 116, 8, 0); // gid
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, 0); // mtime: the epoch, so a file's age never changes the bytes
  block.write(type, 156, 'ascii');
  block.write('ustar\x0000', 257, 'ascii');
  writeOctal(block, 329, 8, 0); // devmajor
  writeOctal(block, 337, 8, 0); // devminor
  // uname, gname, linkname and prefix stay empty (zero bytes).
  block.write(checksumField(block), 148, 'ascii');
  return block;
}

/** An octal number right-aligned with leading zeros, NUL-terminated, in a field of `width` bytes. */
function writeOctal(block: Buffer, offset: number, width: number, value: number): void {
  block.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, 'ascii');
}

/** The checksum: the byte sum of the header with the checksum field read as spaces, as six octal digits, NUL, space. */
function checksumField(block: Buffer): string {
  return `${checksumOf(block).toString(8).padStart(6, '0')}\0 `;
}

function checksumOf(block: Buffer): number {
  let sum = 0;
  for (let i = 0; i < BLOCK_SIZE; i += 1) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return sum;
}

/** What a header block says, before pax records are applied. */
export interface RawHeader {
  name: string;
  mode: number;
  size: number;
  type: string;
  linkName: string;
}

/**
 * Reads one header block. Returns undefined for a zero block (the end marker); throws, with the
 * reason, for a block that is not a valid POSIX ustar header.
 */
export function parseHeader(block: Buffer): RawHeader | undefined {
  if (block.every((byte) => byte === 0)) return undefined;
  const stored = parseOctal(block, 148, 8, 'checksum');
  if (stored !== checksumOf(block)) throw new Error('a header block has a wrong checksum (the archive is corrupt or not a tar)');
  if (block.toString('latin1', 257, 263) !== 'ustar\0' || block.toString('latin1', 263, 265) !== '00') {
    throw new Error('a header is not POSIX ustar (Stopline packages are)');
  }
  const prefix = cString(block, 345, 155);
  const name = cString(block, 0, 100);
  return {
    name: prefix === '' ? name : `${prefix}/${name}`,
    mode: parseOctal(block, 100, 8, 'mode'),
    size: parseOctal(block, 124, 12, 'size'),
    type: String.fromCharCode(block[156]!),
    linkName: cString(block, 157, 100),
  };
}

/** The records of a pax extended header body, as key → value. */
export function parsePaxRecords(body: Buffer): Map<string, string> {
  const records = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const length = space < 0 ? NaN : Number(body.toString('ascii', at, space));
    if (!Number.isSafeInteger(length) || length <= space - at + 1 || at + length > body.length || body[at + length - 1] !== 0x0a) {
      throw new Error('a pax extended header is malformed');
    }
    const record = body.toString('utf8', space + 1, at + length - 1);
    const equals = record.indexOf('=');
    if (equals <= 0) throw new Error('a pax extended header is malformed');
    records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}

function parseOctal(block: Buffer, offset: number, width: number, field: string): number {
  const text = block.toString('latin1', offset, offset + width).replace(/[\0 ]+$/, '').replace(/^ +/, '');
  if (!/^[0-7]+$/.test(text)) throw new Error(`a header's ${field} field is not an octal number`);
  return Number.parseInt(text, 8);
}

/** A NUL-terminated field as UTF-8 (ustar names are bytes; Stopline writes only ASCII there). */
function cString(block: Buffer, offset: number, width: number): string {
  const end = block.indexOf(0, offset);
  return block.toString('utf8', offset, end < 0 || end > offset + width ? offset + width : end);
}

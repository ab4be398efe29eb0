import { createHash } from 'node:crypto';

/** A content digest as Stopline writes it everywhere (outputs, manifest, ledger): `sha256:` and 64 lowercase hex digits. */
export type Sha256Digest = `sha256:${string}`;

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const HEX = /^[0-9a-f]{64}$/;

/** `sha256:<hex>` from a lowercase hex sha256. */
export function digestOf(hex: string): Sha256Digest {
  if (!HEX.test(hex)) throw new TypeError(`not a sha256 in lowercase hex: ${hex}`);
  return `sha256:${hex}`;
}

/** Whether `text` is a well-formed `sha256:<64 hex>` digest. */
export function isSha256Digest(text: string): text is Sha256Digest {
  return DIGEST.test(text);
}

/** Whether `text` is 64 lowercase hex digits (a bare sha256, as in a manifest's file list). */
export function isSha256Hex(text: string): boolean {
  return HEX.test(text);
}

/** The hex part of a `sha256:` digest. */
export function hexOf(digest: Sha256Digest): string {
  return digest.slice('sha256:'.length);
}

/** The `sha256:` digest of some bytes or text (UTF-8). */
export function sha256Digest(data: string | Uint8Array): Sha256Digest {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

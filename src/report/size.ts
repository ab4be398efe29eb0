/** `12.3 MiB` from 1 MiB up, else `5120 bytes`: sizes as summaries and logs show them. */
export function formatBytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${bytes} bytes`;
}

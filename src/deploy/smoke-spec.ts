/**
 * The `smoke` input: URLs that must answer 2xx, or a shell command that must exit 0. Pure.
 */

export type SmokeSpec =
  | { kind: 'none' }
  /** Each URL must answer 2xx (redirects are followed). */
  | { kind: 'urls'; urls: string[] }
  /** Run with `bash -c` and the same STOPLINE_* variables as the deploy command. */
  | { kind: 'command'; command: string };

/**
 * URLs when every word of the input is an http(s) URL (one per line, or separated by commas or
 * spaces); anything else is a command. So `https://shop.example/healthz` is a URL check and
 * `curl -fsS https://shop.example/healthz` is a command.
 */
export function parseSmoke(text: string | undefined): SmokeSpec {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return { kind: 'none' };
  const words = trimmed.split(/[\s,]+/).filter((word) => word !== '');
  if (words.every(isHttpUrl)) return { kind: 'urls', urls: words };
  return { kind: 'command', command: trimmed };
}

function isHttpUrl(word: string): boolean {
  if (!/^https?:\/\//i.test(word)) return false;
  try {
    new URL(word);
    return true;
  } catch {
    return false;
  }
}

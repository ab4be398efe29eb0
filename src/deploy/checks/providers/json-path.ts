/**
 * The JSON paths of the `http` provider: `$.data.errors.ratio`, `$.checks[0].value`,
 * `$["error-rate"]`. Member names and array indexes only, no filters or wildcards: a check needs
 * one number, and a path that could select several would hide which one was judged.
 */

export type PathSegment = string | number;

/** A path the parser cannot read: the column and what is allowed. */
export class JsonPathError extends Error {}

/** Parses a path; the leading `$` is optional (`data.ratio` is `$.data.ratio`). */
export function parseJsonPath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let position = 0;
  const fail = (detail: string): never => {
    throw new JsonPathError(`"${path}" is not a JSON path: ${detail} at column ${position + 1}; write e.g. $.data.value or $.items[0]["error-rate"]`);
  };
  if (path.startsWith('$')) position = 1;
  else if (/^[A-Za-z_]/.test(path)) {
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(path)![0];
    segments.push(name);
    position = name.length;
  }
  while (position < path.length) {
    const char = path[position];
    if (char === '.') {
      const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(path.slice(position + 1))?.[0];
      if (!name) fail('a name must follow "."');
      segments.push(name!);
      position += 1 + name!.length;
    } else if (char === '[') {
      const rest = path.slice(position);
      const index = /^\[(\d+)\]/.exec(rest);
      const quoted = /^\[\s*(["'])((?:\\.|(?!\1).)*)\1\s*\]/.exec(rest);
      if (index) {
        segments.push(Number(index[1]));
        position += index[0].length;
      } else if (quoted) {
        segments.push(quoted[2]!.replace(/\\(.)/g, '$1'));
        position += quoted[0].length;
      } else {
        fail('expected [number] or ["name"]');
      }
    } else {
      fail(`unexpected "${char}"`);
    }
  }
  return segments;
}

/** The value at a parsed path, or undefined when the document has nothing there. */
export function readJsonPath(document: unknown, segments: readonly PathSegment[]): unknown {
  let current: unknown = document;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (Array.isArray(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
}

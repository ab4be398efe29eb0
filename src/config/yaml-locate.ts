import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** Splits a JSON pointer (`/exceptions/0/match`) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Escapes one key for use inside a JSON pointer. */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/**
 * The 1-based line of the node a JSON pointer names in a parsed YAML document, so that schema
 * errors (which only know pointers) can say where to look. With `key`, the line of the map key
 * rather than of its value: an unknown key is reported where the key is written. Walks as deep
 * as the document goes and falls back to the nearest ancestor, so the answer is always a line
 * near the problem (line 1 for an empty document).
 */
export function lineOfPointer(document: Document, lineCounter: LineCounter, pointer: string, key = false): number {
  let node: unknown = document.contents;
  let line = node && (node as Node).range ? lineCounter.linePos((node as Node).range![0]).line : 1;
  const segments = pointerSegments(pointer);
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item.key) === segment);
      if (!pair) break;
      const keyNode = pair.key as Node | null;
      if (keyNode?.range) line = lineCounter.linePos(keyNode.range[0]).line;
      if (last && key) break;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      break;
    }
    const range = (node as Node | null | undefined)?.range;
    if (range) line = lineCounter.linePos(range[0]).line;
  }
  return line;
}

import { LineCounter, parseDocument, type Document } from 'yaml';
import type { ConfigFileErrorClass, ConfigProblem } from './problem.js';
import { lineOfPointer } from './yaml-locate.js';

/**
 * A configuration file read as YAML. It keeps the parsed document beside the plain data, because
 * schema errors and later checks only know JSON pointers and every message must name a line.
 */
export class YamlFile {
  /**
   * @param file the name used in every message, e.g. `.github/stopline/freezes.yml@main`
   * @param value the content as plain data; null when the file is empty or holds only comments
   */
  constructor(
    readonly file: string,
    readonly value: unknown,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The 1-based line of the value at `pointer`; with `key`, of its key (see lineOfPointer). */
  lineOf(pointer: string, key = false): number {
    return lineOfPointer(this.document, this.lines, pointer, key);
  }

  /** A problem with the value at `pointer`, placed on that value's line (with `key`, the key's). */
  problemAt(pointer: string, message: string, key = false): ConfigProblem {
    return { file: this.file, line: this.lineOf(pointer, key), pointer, message };
  }
}

/**
 * Parses a configuration file's text as YAML.
 *
 * @param Failure the file's own error class, thrown with one problem (and line) per syntax error
 * @throws Failure when the text is not valid YAML
 */
export function readYamlFile(text: string, file: string, Failure: ConfigFileErrorClass): YamlFile {
  const lines = new LineCounter();
  // A BOM is what some Windows editors write; it is not the user's mistake to fix.
  const document = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, prettyErrors: false });
  if (document.errors.length > 0) {
    throw new Failure(
      document.errors.map((error) => ({
        file,
        line: lines.linePos(error.pos[0]).line,
        pointer: '',
        message: `is not valid YAML: ${error.message.split('\n')[0]}; fix the syntax there`,
      })),
    );
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  return new YamlFile(file, value ?? null, document, lines);
}

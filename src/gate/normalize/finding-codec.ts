import { fileLocation, sharedScore, type Category, type Finding, type FindingLocation, type Severity } from '../finding.js';
import { decodeMessage, encodeMessages, type RunTexts } from './run-texts.js';

/**
 * Findings packed to cross from a worker thread to the main thread. postMessage's structured
 * clone of Finding objects measured slower than normalizing them (about 10 µs a finding to send
 * and receive), so findings travel as columns: numbers in typed arrays (transferred, not
 * copied), every finding's fingerprint in one string, the messages as bytes (transferred: the
 * main thread keeps them as they are, see RunTexts), and the strings and lists that repeat
 * (tool, rule, severity source, path, CWE list) as indexes into a table each side grows in step,
 * every distinct value sent once. unpack gives findings equal to the packed ones, with the same
 * property order (or leaves their messages in a RunTexts).
 */
export interface PackedFindings {
  count: number;
  /** REFS per finding: table indexes (-1: absent), small codes and text lengths. */
  refs: Int32Array;
  /** NUMBERS per finding (NaN: absent). */
  numbers: Float64Array;
  /** Every finding's fingerprint, one after the other (lengths in `refs`). */
  text: string;
  /** Every finding's message, encoded by encodeMessages (signed lengths in `refs`). */
  messages: Uint8Array;
  /** Each finding's message's length in `messages` (signed, see EncodedMessages). */
  messageLengths: Int32Array;
  /** Values added to the table by this pack, in index order. */
  added: Array<string | readonly string[]>;
}

// The columns of `refs`.
const TOOL = 0;
const TOOL_VERSION = 1;
const CATEGORY = 2;
const CATEGORY_SOURCE = 3;
const RULE_ID = 4;
const RULE_NAME = 5;
const SEVERITY = 6;
const SEVERITY_SOURCE = 7;
const CWES = 8;
const ADVISORY_IDS = 9;
const LOCATION_KIND = 10;
/** The path, URL or description. */
const LOCATION_TEXT = 11;
const FINGERPRINT_SOURCE = 12;
const SUPPRESSED = 13;
const JUSTIFICATION = 14;
const ORIGIN_FILE = 15;
/** The fingerprint's length (UTF-16 units) in `text`. */
const FINGERPRINT_LENGTH = 16;
const REFS = 17;

// The columns of `numbers`.
const START_LINE = 0;
const END_LINE = 1;
const START_COLUMN = 2;
const SECURITY_SEVERITY = 3;
const RUN_INDEX = 4;
const RESULT_INDEX = 5;
const NUMBERS = 6;

const LOCATION_KINDS = ['file', 'url', 'none'] as const;

/** Packs findings, batch after batch, for one Unpacker on the other side. */
export class Packer {
  private readonly indexes = new Map<string | readonly string[], number>();
  private added: Array<string | readonly string[]> = [];
  // The last value looked up per column and its index: most columns repeat from one finding to
  // the next (the tool, its category, the file), which then costs no map look-up.
  private readonly lastValue: Array<string | readonly string[] | undefined> = new Array<undefined>(REFS).fill(undefined);
  private readonly lastIndex = new Int32Array(REFS).fill(-1);

  pack(findings: readonly Finding[]): PackedFindings {
    const count = findings.length;
    const refs = new Int32Array(count * REFS);
    const numbers = new Float64Array(count * NUMBERS);
    const fingerprints: string[] = new Array<string>(count);
    const messages = encodeMessages(findings.map(messageOf));
    for (let n = 0; n < count; n += 1) {
      const finding = findings[n]!;
      const r = n * REFS;
      const x = n * NUMBERS;
      refs[r + TOOL] = this.ref(TOOL, finding.tool);
      refs[r + TOOL_VERSION] = this.ref(TOOL_VERSION, finding.toolVersion);
      refs[r + CATEGORY] = this.ref(CATEGORY, finding.category);
      refs[r + CATEGORY_SOURCE] = this.ref(CATEGORY_SOURCE, finding.categorySource);
      refs[r + RULE_ID] = this.ref(RULE_ID, finding.ruleId);
      refs[r + RULE_NAME] = this.ref(RULE_NAME, finding.ruleName);
      refs[r + SEVERITY] = this.ref(SEVERITY, finding.severity);
      refs[r + SEVERITY_SOURCE] = this.ref(SEVERITY_SOURCE, finding.severitySource);
      refs[r + CWES] = this.ref(CWES, finding.cwes);
      refs[r + ADVISORY_IDS] = this.ref(ADVISORY_IDS, finding.advisoryIds);
      const location = finding.location;
      refs[r + LOCATION_KIND] = LOCATION_KINDS.indexOf(location.kind);
      refs[r + LOCATION_TEXT] = this.ref(LOCATION_TEXT, location.kind === 'file' ? location.path : location.kind === 'url' ? location.url : location.description);
      numbers[x + START_LINE] = location.kind === 'file' ? (location.startLine ?? NaN) : NaN;
      numbers[x + END_LINE] = location.kind === 'file' ? (location.endLine ?? NaN) : NaN;
      numbers[x + START_COLUMN] = location.kind === 'file' ? (location.startColumn ?? NaN) : NaN;
      refs[r + FINGERPRINT_SOURCE] = this.ref(FINGERPRINT_SOURCE, finding.fingerprintSource);
      refs[r + SUPPRESSED] = finding.suppressed ? 1 : 0;
      refs[r + JUSTIFICATION] = this.ref(JUSTIFICATION, finding.suppressionJustification);
      refs[r + ORIGIN_FILE] = this.ref(ORIGIN_FILE, finding.origin.file);
      numbers[x + SECURITY_SEVERITY] = finding.securitySeverity ?? NaN;
      numbers[x + RUN_INDEX] = finding.origin.runIndex;
      numbers[x + RESULT_INDEX] = finding.origin.resultIndex;
      refs[r + FINGERPRINT_LENGTH] = finding.fingerprint.length;
      fingerprints[n] = finding.fingerprint;
    }
    const { added } = this;
    this.added = [];
    // One string: postMessage copies it in one piece, where an array costs a copy per string.
    return { count, refs, numbers, text: fingerprints.join(''), messages: messages.page, messageLengths: messages.lengths, added };
  }

  /** The table index of a value, adding it when new; -1 for undefined. Lists are keyed by identity (rules share theirs). */
  private ref(column: number, value: string | readonly string[] | undefined): number {
    if (value === undefined) return -1;
    if (value === this.lastValue[column]) return this.lastIndex[column]!;
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(value, index);
      this.added.push(value);
    }
    this.lastValue[column] = value;
    this.lastIndex[column] = index;
    return index;
  }
}

function messageOf(finding: Finding): string {
  if (finding.message === undefined) throw new Error('findings are packed with their messages');
  return finding.message;
}

/** Unpacks what one Packer packed, in the order it was packed. */
export class Unpacker {
  private readonly table: Array<string | readonly string[]> = [];

  /**
   * With `messages` (the run's), the findings' messages stay there as the bytes they came in,
   * and the findings have none of their own; without it, each finding has its message.
   */
  constructor(private readonly messages?: RunTexts) {}

  unpack(packed: PackedFindings): Finding[] {
    const { table } = this;
    for (const value of packed.added) table.push(Array.isArray(value) ? Object.freeze(value) : value);
    const { refs, numbers, text } = packed;
    // Structured cloning made the Buffer a plain Uint8Array.
    const page = Buffer.from(packed.messages.buffer, packed.messages.byteOffset, packed.messages.byteLength);
    const { messageLengths } = packed;
    const resultIndexes = new Array<number>(packed.count);
    let at = 0;
    let messageAt = 0;
    const findings: Finding[] = new Array<Finding>(packed.count);
    for (let n = 0; n < packed.count; n += 1) {
      const r = n * REFS;
      const x = n * NUMBERS;
      const messageLength = messageLengths[n]!;
      const resultIndex = (resultIndexes[n] = numberAt(numbers, x + RESULT_INDEX)!);
      const message = this.messages ? undefined : decodeMessage(page, messageAt, messageLength);
      messageAt += Math.abs(messageLength);
      const fingerprint = text.slice(at, (at += refs[r + FINGERPRINT_LENGTH]!));
      const where = table[refs[r + LOCATION_TEXT]!] as string | undefined;
      let location: FindingLocation;
      switch (LOCATION_KINDS[refs[r + LOCATION_KIND]!]) {
        case 'file':
          location = fileLocation(where!, numberAt(numbers, x + START_LINE), numberAt(numbers, x + END_LINE), numberAt(numbers, x + START_COLUMN));
          break;
        case 'url':
          location = { kind: 'url', url: where! };
          break;
        default:
          location = where === undefined ? { kind: 'none' } : { kind: 'none', description: where };
      }
      // The properties normalization declares (toFinding), in its order, so what is written from
      // a finding (its location, its origin) reads the same whichever thread normalized it.
      const finding: Finding = {
        tool: table[refs[r + TOOL]!] as string,
        category: table[refs[r + CATEGORY]!] as Category,
        categorySource: table[refs[r + CATEGORY_SOURCE]!] as string,
        ruleId: table[refs[r + RULE_ID]!] as string,
        message,
        severity: table[refs[r + SEVERITY]!] as Severity,
        severitySource: table[refs[r + SEVERITY_SOURCE]!] as string,
        cwes: table[refs[r + CWES]!] as string[],
        advisoryIds: table[refs[r + ADVISORY_IDS]!] as string[],
        location,
        fingerprint,
        fingerprintSource: table[refs[r + FINGERPRINT_SOURCE]!] as Finding['fingerprintSource'],
        suppressed: false,
        origin: { file: table[refs[r + ORIGIN_FILE]!] as string, runIndex: numberAt(numbers, x + RUN_INDEX)!, resultIndex },
        toolVersion: tableAt(table, refs[r + TOOL_VERSION]!) as string | undefined,
        ruleName: tableAt(table, refs[r + RULE_NAME]!) as string | undefined,
        securitySeverity: sharedScore(numberAt(numbers, x + SECURITY_SEVERITY)),
        suppressionJustification: undefined,
      };
      if (refs[r + SUPPRESSED] === 1) {
        finding.suppressed = true;
        finding.suppressionJustification = tableAt(table, refs[r + JUSTIFICATION]!) as string | undefined;
      }
      findings[n] = finding;
    }
    this.messages?.adopt({ page, lengths: messageLengths }, resultIndexes);
    return findings;
  }
}

/** A table value, undefined for -1 (absent). */
function tableAt(table: ReadonlyArray<string | readonly string[]>, index: number): string | readonly string[] | undefined {
  return index === -1 ? undefined : table[index];
}

/**
 * A number column's value, undefined for NaN (absent). An integer comes back as a small integer,
 * as JSON.parse gave it on the other side: a float read from a Float64Array would be stored in
 * the finding as a heap number of its own (measured: 750,000 more objects at 300,000 findings).
 */
function numberAt(numbers: Float64Array, index: number): number | undefined {
  const value = numbers[index]!;
  if (Number.isNaN(value)) return undefined;
  // -0 stays a float: `| 0` would turn it into 0.
  return value === (value | 0) && !Object.is(value, -0) ? value | 0 : value;
}

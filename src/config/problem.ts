import { ConfigurationError } from '../runtime/errors.js';

/** One thing wrong with a configuration file: where it is and what to do about it. */
export interface ConfigProblem {
  file: string;
  /** 1-based line in the file, when the problem has a place in it. */
  line?: number;
  /** JSON pointer of the value at fault (`/exceptions/0/expires`), '' for the whole document. */
  pointer: string;
  /** What is wrong and the fix, e.g. "is not a known key; did you mean `fail-on`?". */
  message: string;
}

/** Renders a problem as "file line 2: /fail_on is not a known key; …". */
export function formatProblem(problem: ConfigProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file} line ${problem.line}`;
  const subject = problem.pointer === '' ? '' : `${problem.pointer} `;
  return `${where}: ${subject}${problem.message}`;
}

/** The problems sorted by line (stable), so the list reads top to bottom like the file. */
export function inFileOrder<T extends ConfigProblem>(problems: readonly T[]): T[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * A configuration file that cannot be used. A ConfigurationError (a user mistake, failing the
 * step in any mode) whose message lists every problem found, one per line, so one edit fixes them
 * all; `problems` keeps them apart for reports and tests. Each file has its own subclass, so a
 * caller can tell which file was wrong.
 */
export class ConfigFileError extends ConfigurationError {
  readonly problems: readonly ConfigProblem[];
  constructor(problems: readonly ConfigProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/** A ConfigFileError subclass, for helpers that throw the caller's own kind of error. */
export type ConfigFileErrorClass = new (problems: readonly ConfigProblem[]) => ConfigFileError;

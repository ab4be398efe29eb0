import { ConfigurationError } from '../../runtime/errors.js';

/** One thing wrong with a policy file: where it is and what to do about it. */
export interface PolicyProblem {
  file: string;
  /** 1-based line in the file, when the problem has a place in it. */
  line?: number;
  /** JSON pointer of the value at fault (`/exceptions/0/expires`), '' for the whole document. */
  pointer: string;
  /** What is wrong and the fix, e.g. "is not a known key; did you mean `fail-on`?". */
  message: string;
}

/** Renders a problem as "file line 2: /fail_on is not a known key; …". */
export function formatProblem(problem: PolicyProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file} line ${problem.line}`;
  const subject = problem.pointer === '' ? '' : `${problem.pointer} `;
  return `${where}: ${subject}${problem.message}`;
}

/**
 * A policy that cannot be used. A ConfigurationError (a user mistake, failing the step in any
 * mode) whose message lists every problem found, one per line, so one edit fixes them all;
 * `problems` keeps them apart for reports and tests.
 */
export class PolicyError extends ConfigurationError {
  readonly problems: readonly PolicyProblem[];
  constructor(problems: readonly PolicyProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.problems = problems;
  }
}

/**
 * `stopline reliability <suite> [options]`: the reliability suites of issue 8, each on the
 * embedded sandbox with the committed action bundles. One entry per suite; each parses its own
 * options and writes a Markdown report.
 */
import { ConfigurationError } from '../../runtime/errors.js';

type SuiteCommand = (args: string[], write: (text: string) => void, cwd: string) => Promise<number>;

/** Suites by name, loaded on demand (each pulls in the sandbox and the local runner). */
const SUITES: Record<string, { summary: string; load: () => Promise<SuiteCommand> }> = {
  crash: {
    summary: 'SIGKILL each action at seeded points, re-run it, check the state: [--runs N] [--seed S] [--out DIR] [--only TEXT]',
    load: async () => (await import('./crash.js')).crashCommand,
  },
  faults: {
    summary: 'the demo story under 502/503s, secondary rate limits and latency: [--runs N] [--seed S] [--concurrency C] [--out DIR]',
    load: async () => (await import('./faults.js')).faultsCommand,
  },
};

export function reliabilityUsage(): string {
  return ['Usage: stopline reliability <suite> [options]', '', 'Suites:', ...Object.entries(SUITES).map(([name, suite]) => `  ${name.padEnd(8)} ${suite.summary}`), ''].join('\n');
}

export async function reliabilityCommand(args: string[], write: (text: string) => void, cwd: string): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    write(reliabilityUsage());
    return name === undefined ? 2 : 0;
  }
  const suite = SUITES[name];
  if (!suite) throw new ConfigurationError(`unknown reliability suite '${name}'; choose one of: ${Object.keys(SUITES).join(', ')}.\n${reliabilityUsage()}`);
  return (await suite.load())(rest, write, cwd);
}

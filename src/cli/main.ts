/**
 * The CLI's dispatcher. Kept apart from index.ts so tests can call it with their own writer.
 */
import { errorMessage, isConfigurationError } from '../runtime/errors.js';
import { actionCommands, runActionCommand, type CliEnvironment } from './commands/action.js';

const usage = (): string =>
  [
    'Usage: stopline <command> [options]',
    '',
    'Actions (options are the action\'s inputs; add --help for the list):',
    ...actionCommands.map((c) => `  ${c.command.padEnd(10)} ${c.summary}`),
    '',
    'Tools:',
    '  sandbox    serve the embedded GitHub-compatible API: stopline sandbox --data DIR [--port N]',
    '  demo       run the whole pipeline on the embedded sandbox and write demo-output/',
    '  reliability the reliability suites on the embedded sandbox: stopline reliability <suite> (--help lists them)',
    '',
  ].join('\n');

export async function runCli(argv: string[], write: (text: string) => void, environment: CliEnvironment = { env: process.env, cwd: process.cwd() }): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      write(usage());
      return command === undefined ? 2 : 0;
    }
    if (command === 'sandbox') {
      const { sandboxCommand } = await import('./commands/sandbox.js');
      await sandboxCommand(args);
      return 0;
    }
    if (command === 'demo') {
      const { demoCommand } = await import('./demo/index.js');
      return await demoCommand(args, write, environment.cwd);
    }
    if (command === 'reliability') {
      const { reliabilityCommand } = await import('./reliability/index.js');
      return await reliabilityCommand(args, write, environment.cwd);
    }
    const action = actionCommands.find((c) => c.command === command);
    if (!action) {
      write(`stopline: unknown command '${command}'.\n\n${usage()}`);
      return 2;
    }
    return await runActionCommand(action, args, write, environment);
  } catch (error) {
    // User mistakes get their message alone; anything else is labelled as unexpected.
    write(isConfigurationError(error) ? `stopline: ${error.message}\n` : `stopline: unexpected error: ${errorMessage(error)}\n`);
    return 1;
  }
}

#!/usr/bin/env node
/**
 * `stopline <command>`: every action runnable from a terminal, plus the sandbox and the demo.
 */
import { runCli } from './main.js';

process.exitCode = await runCli(process.argv.slice(2), (text) => process.stdout.write(text));

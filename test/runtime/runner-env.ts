import { parseFileCommand } from '../harness/run-action.js';
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test support for the runtime layer: a clean runner environment per test (restored afterwards),
 * captured stdout (where @actions/core writes workflow commands), and a parser for the runner's
 * `name<<delimiter` file-command format.
 */

/** Registers beforeEach/afterEach hooks that restore process.env and process.exitCode. */
export function isolateRunnerEnv(): void {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = { ...process.env };
    // Tests may run inside a real runner; its variables must not leak into expectations.
    for (const name of Object.keys(process.env)) {
      if (/^(INPUT_|STATE_|GITHUB_|RUNNER_)/.test(name)) delete process.env[name];
    }
  });
  afterEach(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
    process.exitCode = undefined;
    jest.restoreAllMocks();
  });
}

/** Captures everything written to stdout until the returned function is called. */
export function captureStdout(): { lines: () => string[]; text: () => string } {
  const chunks: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return true;
  });
  const text = () => chunks.join('');
  return { text, lines: () => text().split(/\r?\n/).filter((line) => line !== '') };
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'stopline-runtime-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Creates an empty file-command file (as the runner does) and points the variable at it. */
export function fileCommand(dir: string, variable: 'GITHUB_OUTPUT' | 'GITHUB_STATE' | 'GITHUB_STEP_SUMMARY'): string {
  const path = join(dir, variable.toLowerCase());
  writeFileSync(path, '');
  process.env[variable] = path;
  return path;
}

/** Parses a file-command file the way the runner does (the harness's parser, so there is one). */
export function parseFileCommands(path: string): Record<string, string> {
  return parseFileCommand(readFileSync(path, 'utf8'));
}

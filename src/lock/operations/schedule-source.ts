/**
 * The freezes file as the protected branch holds it (never the runner's checkout: a pull request
 * must not be able to unfreeze itself). One contents request; a missing file means no schedule.
 */
import type { GitHubClient } from '../../github/client.js';
import { readPathAt } from '../../github/contents.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { parseFreezeSchedule, type FreezeSchedule } from '../index.js';
import type { RepositoryRef } from '../github/repository.js';

export async function readFreezeSchedule(
  client: GitHubClient,
  at: RepositoryRef,
  options: { branch: string; file: string },
): Promise<FreezeSchedule | undefined> {
  const found = await readPathAt(client, { owner: at.owner, repo: at.repo, ref: options.branch, path: options.file });
  if (found === undefined) return undefined;
  if (found.kind !== 'file') {
    throw new ConfigurationError(`${options.file} on ${options.branch} is a ${found.kind}, not a freezes file: point \`freezes-file\` at a YAML file`);
  }
  return parseFreezeSchedule(found.bytes.toString('utf8'), options.file);
}

/**
 * The environments file as the default branch holds it (never the runner's checkout: the change
 * being promoted must not be able to loosen the rules that promote it). One contents request; a
 * missing file means no declared chain.
 */
import type { GitHubClient } from '../../github/client.js';
import { readPathAt } from '../../github/contents.js';
import { ConfigurationError } from '../../runtime/errors.js';
import { ENVIRONMENTS_FILE, parseEnvironmentsFile, type EnvironmentChain } from '../promotion/index.js';

export async function readEnvironmentChain(
  client: GitHubClient,
  at: { owner: string; repo: string },
  branch: string,
  file: string = ENVIRONMENTS_FILE,
): Promise<EnvironmentChain | undefined> {
  const found = await readPathAt(client, { owner: at.owner, repo: at.repo, ref: branch, path: file });
  if (found === undefined) return undefined;
  if (found.kind !== 'file') throw new ConfigurationError(`${file} on ${branch} is a ${found.kind}, not a file; the environments file must be a YAML file`);
  return parseEnvironmentsFile(found.bytes.toString('utf8'), `${file}@${branch}`);
}

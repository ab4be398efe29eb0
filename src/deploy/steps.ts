/**
 * Exposure steps (`steps: 10,50,100`): the share of traffic, in percent, each step of a deploy
 * exposes to the new release. Pure.
 */
import { ConfigurationError } from '../runtime/errors.js';

/** What a deploy exposes when `steps` is empty: everything at once. */
export const DEFAULT_STEPS: readonly number[] = [100];

/**
 * Reads the `steps` input: whole percentages, separated by commas, spaces or new lines, rising
 * strictly and ending at 100 (a deploy that stops below 100% would leave the environment split
 * between two releases with nobody to finish it). A `%` after a number is allowed.
 * @throws ConfigurationError naming the input and the fix
 */
export function parseSteps(text: string | undefined, where = "input 'steps'"): number[] {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') return [...DEFAULT_STEPS];
  const items = trimmed.split(/[\s,]+/).filter((item) => item !== '');
  const steps: number[] = [];
  for (const item of items) {
    const match = /^(\d{1,3})%?$/.exec(item);
    const value = match ? Number(match[1]) : NaN;
    if (!(value >= 1 && value <= 100)) {
      throw new ConfigurationError(`${where}: '${item}' is not a percentage from 1 to 100; write the exposure of each step, e.g. 10,50,100`);
    }
    if (steps.length > 0 && value <= steps.at(-1)!) {
      throw new ConfigurationError(`${where}: the steps must rise (${steps.at(-1)} then ${value}); write them in order, e.g. 10,50,100`);
    }
    steps.push(value);
  }
  if (steps.at(-1) !== 100) {
    throw new ConfigurationError(`${where}: the last step is ${steps.at(-1)}%, but a deploy must end at 100% (otherwise the environment stays split between two releases); add 100`);
  }
  return steps;
}

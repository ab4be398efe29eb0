import { configurationErrorOf } from '../support/errors.js';
import {
  getBooleanInput,
  getChoiceInput,
  getDurationInput,
  getIntegerInput,
  getListInput,
  getOptionalInput,
  getRequiredInput,
  getSecretInput,
} from '../../src/runtime/inputs.js';
import { captureStdout, isolateRunnerEnv } from './runner-env.js';

isolateRunnerEnv();

/** Sets an input as the runner does: INPUT_ + upper-cased name, spaces to _, hyphens kept. */
function setInput(name: string, value: string): void {
  process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
}


describe('getOptionalInput and getRequiredInput', () => {
  it('read hyphenated names from INPUT_ variables with hyphens kept, trimmed', () => {
    process.env['INPUT_LEASE-TTL'] = '  30m \n';
    expect(getOptionalInput('lease-ttl')).toBe('30m');
    expect(getRequiredInput('lease-ttl')).toBe('30m');
  });

  it('treat empty and whitespace-only as unset', () => {
    setInput('environment', '   ');
    expect(getOptionalInput('environment')).toBeUndefined();
    expect(getOptionalInput('never-set')).toBeUndefined();
  });

  it('getRequiredInput names the input and the fix', () => {
    expect(configurationErrorOf(() => getRequiredInput('environment')).message).toBe(
      "input 'environment' is required; set it under 'with:' in the step that uses this action",
    );
  });
});

describe('getBooleanInput', () => {
  it.each([
    ['true', true],
    ['TRUE', true],
    ['Yes', true],
    ['1', true],
    ['false', false],
    ['False', false],
    ['no', false],
    ['0', false],
  ])('reads %p as %p', (value, expected) => {
    setInput('dry-run', value);
    expect(getBooleanInput('dry-run', !expected)).toBe(expected);
  });

  it('uses the fallback when unset', () => {
    expect(getBooleanInput('dry-run', true)).toBe(true);
    expect(getBooleanInput('dry-run', false)).toBe(false);
  });

  it('rejects other words, naming the input and the accepted values', () => {
    setInput('dry-run', 'maybe');
    expect(configurationErrorOf(() => getBooleanInput('dry-run', false)).message).toBe(
      "input 'dry-run': 'maybe' is not a boolean; use true or false (yes/no and 1/0 also work)",
    );
  });
});

describe('getDurationInput', () => {
  it('parses the value in milliseconds', () => {
    setInput('lease-ttl', '1h30m');
    expect(getDurationInput('lease-ttl', '10m')).toBe(90 * 60 * 1000);
  });

  it('falls back to the default, or undefined without one', () => {
    expect(getDurationInput('lease-ttl', '10m')).toBe(10 * 60 * 1000);
    expect(getDurationInput('lease-ttl')).toBeUndefined();
  });

  it('names the input in the error', () => {
    setInput('lease-ttl', '10 minutes');
    expect(configurationErrorOf(() => getDurationInput('lease-ttl')).message).toBe(
      "input 'lease-ttl': '10 minutes' is not a duration; use a number and a unit such as 30m, 2h or 7d",
    );
  });
});

describe('getListInput', () => {
  it('splits on newlines and commas, trims, and drops empties', () => {
    setInput('environments', 'dev, staging,,\n  production \r\n\n qa,');
    expect(getListInput('environments')).toEqual(['dev', 'staging', 'production', 'qa']);
  });

  it('gives an empty list when unset', () => {
    expect(getListInput('environments')).toEqual([]);
  });
});

describe('getChoiceInput', () => {
  const modes = ['check', 'lock', 'unlock'] as const;

  it('matches without regard to case and returns the canonical spelling', () => {
    setInput('mode', 'LOCK');
    const mode: 'check' | 'lock' | 'unlock' = getChoiceInput('mode', modes, 'check');
    expect(mode).toBe('lock');
  });

  it('uses the fallback when unset', () => {
    expect(getChoiceInput('mode', modes, 'check')).toBe('check');
  });

  it('lists the choices in the error', () => {
    setInput('mode', 'freeze');
    expect(configurationErrorOf(() => getChoiceInput('mode', modes, 'check')).message).toBe(
      "input 'mode': 'freeze' is not allowed; use one of check, lock, unlock",
    );
  });
});

describe('getIntegerInput', () => {
  it('reads whole numbers, signs included', () => {
    setInput('max-attempts', '7');
    expect(getIntegerInput('max-attempts', 3)).toBe(7);
    setInput('max-attempts', '-2');
    expect(getIntegerInput('max-attempts', 3)).toBe(-2);
  });

  it('uses the fallback when unset', () => {
    expect(getIntegerInput('max-attempts', 3, { min: 5 })).toBe(3);
  });

  it.each(['1.5', '1e3', '0x10', 'ten', '99999999999999999999'])('rejects %p as not a whole number', (value) => {
    setInput('max-attempts', value);
    expect(configurationErrorOf(() => getIntegerInput('max-attempts', 3, { min: 1, max: 10 })).message).toBe(
      `input 'max-attempts': '${value}' is not a whole number; use digits only from 1 to 10`,
    );
  });

  it('enforces inclusive bounds', () => {
    setInput('max-attempts', '10');
    expect(getIntegerInput('max-attempts', 3, { min: 1, max: 10 })).toBe(10);
    setInput('max-attempts', '11');
    expect(configurationErrorOf(() => getIntegerInput('max-attempts', 3, { min: 1, max: 10 })).message).toBe(
      "input 'max-attempts': 11 is out of range; use a whole number from 1 to 10",
    );
    setInput('max-attempts', '0');
    expect(configurationErrorOf(() => getIntegerInput('max-attempts', 3, { min: 1 })).message).toBe(
      "input 'max-attempts': 0 is out of range; use a whole number of at least 1",
    );
  });
});

describe('getSecretInput', () => {
  it('returns the value and registers it with the runner log masking', () => {
    setInput('token', 'ghp_s3cr3t');
    const stdout = captureStdout();
    expect(getSecretInput('token')).toBe('ghp_s3cr3t');
    expect(stdout.lines()).toEqual(['::add-mask::ghp_s3cr3t']);
  });

  it('returns undefined and masks nothing when unset', () => {
    const stdout = captureStdout();
    expect(getSecretInput('token')).toBeUndefined();
    expect(stdout.lines()).toEqual([]);
  });

  it('fails like a required input when asked to', () => {
    expect(configurationErrorOf(() => getSecretInput('token', { required: true })).message).toContain("input 'token' is required");
  });
});

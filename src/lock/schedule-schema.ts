/**
 * JSON Schema (draft-07) of the freezes file, `.github/stopline/freezes.yml` (format in
 * src/lock/README.md). Objects are closed so a misspelt key is an error with a "did you mean"
 * instead of a freeze that silently never starts. Checks a schema states badly (real calendar
 * dates, known time zones, one kind per freeze, unique names) live in parse-schedule.ts.
 */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

const nonEmpty = { type: 'string', minLength: 1 } as const;
const date = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' } as const;

const weeklyTime = {
  type: 'object',
  required: ['day', 'time'],
  additionalProperties: false,
  properties: {
    day: { enum: [...WEEKDAYS] },
    time: { type: 'string', pattern: '^([01]?[0-9]|2[0-3]):[0-5][0-9]$' },
  },
} as const;

const dateRange = {
  type: 'object',
  required: ['from', 'to'],
  additionalProperties: false,
  properties: { from: date, to: date },
} as const;

export const FREEZE_SCHEDULE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://stopline.dev/schemas/freezes-v1.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    timezone: nonEmpty,
    freezes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'reason'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 64 },
          reason: nonEmpty,
          timezone: nonEmpty,
          from: weeklyTime,
          to: weeklyTime,
          dates: {
            type: 'array',
            minItems: 1,
            // A day (`2026-12-24`) or an inclusive range of days (`{ from: ..., to: ... }`).
            items: { if: { type: 'string' }, then: date, else: dateRange },
          },
        },
      },
    },
  },
} as const;

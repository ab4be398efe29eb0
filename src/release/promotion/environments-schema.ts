/**
 * JSON Schema (draft-07) of the environments file, `.github/stopline/environments.yml`: the
 * promotion chain declared once, so every workflow promotes the same way. Objects are closed, so a
 * misspelt key is an error with a "did you mean" rather than a rule that silently does not apply.
 * Checks a schema states badly (unique names, `from` naming an earlier environment, durations)
 * live in environments-file.ts.
 */
const nonEmpty = { type: 'string', minLength: 1 } as const;

export const ENVIRONMENTS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://stopline.dev/schemas/environments-v1.json',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    environments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 255 },
          from: nonEmpty,
          require: { type: 'array', items: nonEmpty },
          // A duration such as 30m; a number is accepted only as 0 (YAML reads `soak: 0` as a number).
          soak: { if: { type: 'string' }, then: nonEmpty, else: { const: 0 } },
        },
      },
    },
  },
} as const;

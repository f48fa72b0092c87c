/**
 * The configuration's JSON Schema, as the checker validates with it; schema/proclaimrc.schema.json is the same
 * object for editors (a test holds the two equal).
 */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://proclaim.invalid/schema/proclaimrc.schema.json',
  title: 'proclaim check configuration (.proclaimrc.json, or "proclaim" in package.json)',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string'
    },
    rules: {
      type: 'object',
      description:
        'Rule id -> severity ("off", "info", "warning", "error") or [severity, options].',
      additionalProperties: {
        oneOf: [
          {
            enum: ['off', 'info', 'warning', 'error']
          },
          {
            type: 'array',
            minItems: 1,
            maxItems: 2,
            items: [
              {
                enum: ['off', 'info', 'warning', 'error']
              },
              {
                type: 'object'
              }
            ]
          }
        ]
      }
    },
    docsUrl: {
      type: 'string',
      description:
        'Where the rule pages are published: the base that `<rule-id>.md` is appended to (SARIF helpUri).'
    }
  }
} as const

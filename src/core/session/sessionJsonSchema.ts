import { toJsonSchema } from '@valibot/to-json-schema';
import { sessionSchema } from './sessionSchema';

/** The published JSON Schema of a session file, derived from the valibot schema. */
export function sessionJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(sessionSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...schema,
    $id: 'https://klein-kijken.invalid/schema/session.schema.json',
    title: 'Klein Kijken session',
    description: 'A review of one recorded loopbaangesprek: transcript, details tagged against a framework, good questions.',
  };
}

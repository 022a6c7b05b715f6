// Writes schema/session.schema.json from the valibot schema (src/core/session/sessionSchema.ts).
// Run: npx tsx scripts/gen-schema.ts   (a unit test fails when the committed file is stale)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionJsonSchema } from '../src/core/session/sessionJsonSchema';

writeFileSync(join(__dirname, '..', 'schema', 'session.schema.json'), JSON.stringify(sessionJsonSchema(), null, 2) + '\n');

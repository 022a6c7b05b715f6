import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as v from 'valibot';
import { migrate } from '../../../src/core/session/migrate';
import type { Session } from '../../../src/core/session/model';
import { parseSessionText, serializeSession, MAX_SESSION_BYTES } from '../../../src/core/session/sessionFile';
import { sessionJsonSchema } from '../../../src/core/session/sessionJsonSchema';
import type { sessionSchema } from '../../../src/core/session/sessionSchema';
import { locateJsonError } from '../../../src/core/text/jsonErrorLocation';
import { sampleSession } from './sessionFixtures';

// Compile-time: the schema's output and the model's Session type describe the same thing.
type Out = v.InferOutput<typeof sessionSchema>;
const _a: Session = {} as Out;
const _b: Out = {} as Session;
void _a;
void _b;

describe('session file', () => {
  it('round-trips a session through its text', () => {
    const s = sampleSession();
    const r = parseSessionText(serializeSession(s));
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problem));
    assert.deepEqual(r.session, s);
    assert.equal(r.migratedFrom, null);
  });

  it('names line and column of a JSON syntax error', () => {
    const text = serializeSession(sampleSession()).replace('"title": "Gesprek met Noor",', '"title": "Gesprek met Noor",,');
    const r = parseSessionText(text);
    assert.ok(!r.ok);
    assert.equal(r.problem.kind, 'json');
    const expectedLine = text.split('\n').findIndex((l) => l.includes(',,')) + 1;
    assert.equal(r.problem.line, expectedLine);
    assert.match(r.problem.message.nl, new RegExp(`regel ${expectedLine}`));
    assert.match(r.problem.message.en, new RegExp(`line ${expectedLine}`));
  });

  it('locates errors at the end, in strings and in deep nesting without recursion', () => {
    assert.equal(locateJsonError('{"a": [1, 2}')?.column, 12);
    assert.equal(locateJsonError('{"a": "x\n"}')?.line, 1);
    assert.equal(locateJsonError('{"a": 1}'), null);
    assert.equal(locateJsonError('[1, 2, {"b": null, "c": [true, false, -1.5e3]}]'), null);
    assert.ok(locateJsonError('['.repeat(1_000_000)));
    assert.equal(locateJsonError('{"a": 1} x')?.expected, 'the end of the file');
  });

  it('says a file from a newer version is newer, and opens nothing', () => {
    const s = { ...sampleSession(), version: 7 };
    const r = parseSessionText(JSON.stringify(s));
    assert.ok(!r.ok);
    assert.equal(r.problem.kind, 'newer');
    assert.match(r.problem.message.nl, /nieuwere versie/);
  });

  it('reports schema problems with the path to the field', () => {
    const s = sampleSession() as unknown as { details: { start: number }[] };
    s.details[1]!.start = -3;
    const r = parseSessionText(JSON.stringify(s));
    assert.ok(!r.ok);
    assert.equal(r.problem.kind, 'schema');
    assert.match(r.problem.reasons[0]!, /^\.details\[1\]\.start/);
  });

  it('refuses duplicate ids, since copies are merged by id', () => {
    const s = sampleSession();
    s.details[1]!.id = 'd1';
    const r = parseSessionText(JSON.stringify(s));
    assert.ok(!r.ok);
    assert.match(r.problem.message.en, /d1 occurs twice/);
  });

  it('refuses a huge file before parsing it', () => {
    // Not JSON at all: had it been parsed, the problem would be a syntax error, not the size.
    const r = parseSessionText('{ dit is geen json', MAX_SESSION_BYTES + 1);
    assert.ok(!r.ok);
    assert.equal(r.problem.kind, 'too-large');
    assert.match(r.problem.message.nl, /opent sessies tot/);
    assert.notEqual((parseSessionText('{ dit is geen json') as { problem: { kind: string } }).problem.kind, 'too-large', 'the same text under the limit is parsed and refused for its syntax');
  });

  it('rejects hostile values: non-finite times, bad colours, odd ids', () => {
    for (const mutate of [
      (s: Session) => void (s.transcript[0]!.end = 1e308),
      (s: Session) => void (s.participants[0]!.colour = 'red;background:url(x)'),
      (s: Session) => void (s.details[0]!.id = '<img>'),
      (s: Session) => void (s.transcript[0]!.end = -1),
    ]) {
      const s = sampleSession();
      mutate(s);
      assert.equal(parseSessionText(JSON.stringify(s)).ok, false);
    }
  });

  it('migrates step by step and stops at a missing step', () => {
    const steps = { 1: (o: Record<string, unknown>) => ({ ...o, added: true }) };
    const r = migrate({ format: 'klein-kijken/session', version: 1 }, steps, 2);
    assert.deepEqual(r, { ok: true, value: { format: 'klein-kijken/session', version: 2, added: true }, migratedFrom: 1 });
    assert.deepEqual(migrate({ format: 'klein-kijken/session', version: 1 }, {}, 3), { ok: false, reason: 'invalid-version', version: 1 });
    assert.equal(migrate({ format: 'other', version: 1 }).ok, false);
    assert.equal(migrate([]).ok, false);
  });

  it('keeps the published JSON Schema in step with the code', () => {
    const committed = JSON.parse(readFileSync(join(__dirname, '../../../schema/session.schema.json'), 'utf8'));
    assert.deepEqual(committed, sessionJsonSchema(), 'schema/session.schema.json is stale: run npx tsx scripts/gen-schema.ts');
  });
});

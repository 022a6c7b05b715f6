import assert from 'node:assert/strict';
import { compareObservers } from '../../../src/core/compare/compareObservers';
import { rolesOf } from '../../../src/core/review/guidedRounds';
import { idRecord } from '../../../src/core/session/ids';
import * as v from 'valibot';
import { participantSchema } from '../../../src/core/session/sessionSchema';
import { detail, trio, withDetails } from '../compare/trioSession';

const idSchemaAccepts = (id: string) => v.safeParse(participantSchema, { id, name: 'x', role: 'b', colour: '#000000', lens: [] }).success;

// `__proto__`, `constructor` and `toString` are valid ids in a session file. Maps keyed by ids
// must treat them as plain keys, never reach Object.prototype through them.
const TRICKY = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

describe('ids such as __proto__ in maps', () => {
  it('the session schema accepts them, so every map must cope', () => {
    for (const id of TRICKY) assert.ok(idSchemaAccepts(id), id);
  });

  it('idRecord keeps them as own keys', () => {
    const r = idRecord<number>();
    TRICKY.forEach((id, i) => (r[id] = i));
    assert.deepEqual(Object.keys(r), TRICKY);
    assert.equal(r['__proto__'], 0);
    assert.equal(JSON.stringify(r), '{"__proto__":0,"constructor":1,"toString":2,"hasOwnProperty":3}');
  });

  it('roles in a guided round for members with such ids', () => {
    const roles = rolesOf({ members: ['__proto__', 'constructor', 'toString'], offset: 0 });
    assert.equal(roles['__proto__'], 'a');
    assert.equal(roles['constructor'], 'b');
    assert.equal(Object.keys(roles).length, 3);
  });

  it('observer comparison per tag for a tag with such an id', () => {
    const s = trio(300);
    s.framework = { ...s.framework, tags: [...s.framework.tags, { id: '__proto__', group: null, label: { nl: 'proto', en: 'proto' }, key: '', colour: '#000000' }] };
    const r = compareObservers(withDetails(s, [detail('pb', 10, ['__proto__']), detail('pc', 11, ['__proto__'])]));
    assert.ok(r.ok);
    assert.ok(Object.keys(r.value.perTag).includes('__proto__'));
    assert.equal(r.value.perTag['__proto__']!.label.nl, 'proto');
  });
});

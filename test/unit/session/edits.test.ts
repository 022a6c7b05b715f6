import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit, EditError, type Edit } from '../../../src/core/session/edits';
import type { Session } from '../../../src/core/session/model';
import { sampleSession } from './sessionFixtures';

const collWithItems = ['participants', 'speakers', 'transcript', 'details', 'questions'] as const;

/** Random but applicable edits against the sample session. */
function editArb(s: Session): fc.Arbitrary<Edit> {
  const coll = fc.constantFrom(...collWithItems);
  const remove = coll.chain((c) => fc.constantFrom(...(s[c] as { id: string }[]).map((x) => x.id)).map((id): Edit => ({ op: 'remove', coll: c, id })));
  const addDetail = fc.record({ start: fc.double({ min: 0, max: 100, noNaN: true }), see: fc.string() }).map(
    ({ start, see }): Edit => ({ op: 'add', coll: 'details', item: { ...s.details[0]!, id: 'dNEW', start, see } }),
  );
  const updateDetail = fc.record({ see: fc.string(), feedback: fc.constantFrom('goed', 'best', 'beter', null) }).map(
    (patch): Edit => ({ op: 'update', coll: 'details', id: 'd2', patch }),
  );
  const review = fc.string().map((leervraag): Edit => ({ op: 'review', patch: { leervraag } }));
  const meta = fc.string().map((title): Edit => ({ op: 'meta', patch: { title } }));
  const replace = fc.shuffledSubarray(s.transcript).map((items): Edit => ({ op: 'replace', coll: 'transcript', items }));
  const single = fc.oneof(remove, addDetail, updateDetail, review, meta, replace);
  const batch = fc.array(fc.oneof(updateDetail, review, meta), { minLength: 1, maxLength: 5 }).map((edits): Edit => ({ op: 'batch', label: 'b', edits }));
  return fc.oneof(single, batch);
}

describe('session edits', () => {
  it('every edit followed by its inverse gives back the same session', () => {
    const s = sampleSession();
    fc.assert(
      fc.property(editArb(s), (e) => {
        const { session: after, inverse } = applyEdit(s, e);
        const { session: back, inverse: redo } = applyEdit(after, inverse);
        assert.deepEqual(back, s);
        // and the inverse of the inverse is the edit again: redo lands on the same state
        assert.deepEqual(applyEdit(back, redo).session, after);
      }),
      { numRuns: 500 },
    );
  });

  it('never mutates the session it is given', () => {
    const s = sampleSession();
    const frozen = JSON.stringify(s);
    applyEdit(s, { op: 'update', coll: 'details', id: 'd1', patch: { see: 'anders' } });
    applyEdit(s, { op: 'remove', coll: 'transcript', id: 'g1' });
    assert.equal(JSON.stringify(s), frozen);
  });

  it('adds details and segments in time order', () => {
    const s = sampleSession();
    const { session } = applyEdit(s, { op: 'add', coll: 'details', item: { ...s.details[0]!, id: 'dX', start: 10 } });
    assert.deepEqual(session.details.map((d) => d.id), ['d1', 'dX', 'd2']);
  });

  it('refuses edits that do not fit the session', () => {
    const s = sampleSession();
    assert.throws(() => applyEdit(s, { op: 'remove', coll: 'details', id: 'nope' }), EditError);
    assert.throws(() => applyEdit(s, { op: 'add', coll: 'details', item: s.details[0]! }), /exists/);
    assert.throws(() => applyEdit(s, { op: 'update', coll: 'details', id: 'd1', patch: { id: 'x' } }), /id/);
    assert.throws(() => applyEdit(s, { op: 'update', coll: 'details', id: 'd1', patch: { bogus: 1 } }), /unknown field/);
    assert.throws(() => applyEdit(s, { op: 'review', patch: { nope: 1 } as never }), /unknown field/);
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdit } from '../../../src/core/session/edits';
import { jsonEqual, mergeAsEdit, mergeSessions } from '../../../src/core/session/merge';
import { COLLECTION_NAMES, type CollectionName, type Session } from '../../../src/core/session/model';
import { detail, trio, withDetails } from '../compare/trioSession';

let seq = 0;
const opts = { newId: (p: string) => `${p}copy${++seq}`, now: () => '2025-02-01T00:00:00.000Z' };

function base(): Session {
  const s = withDetails(trio(), [
    detail('pb', 10, ['u6'], { id: 'd1', see: 'stilte na de vraag' }),
    detail('pc', 20, ['u3'], { id: 'd2', see: 'vraagt door' }),
    detail('pb', 30, ['u2'], { id: 'd3' }),
  ]);
  s.review = { ...s.review, leervraag: 'Hoe blijf ik bij het verhaal van de student?', focus: ['u6'] };
  return s;
}

function upd(s: Session, id: string, patch: Record<string, unknown>): Session {
  return applyEdit(s, { op: 'update', coll: 'details', id, patch }).session;
}

const ids = (s: Session, c: CollectionName): string[] => (s[c] as { id: string }[]).map((x) => x.id);

describe('mergeSessions, three-way', () => {
  it('keeps additions from both sides and reports theirs', () => {
    const b = base();
    const mine = applyEdit(b, { op: 'add', coll: 'details', item: detail('pb', 15, ['u6'], { id: 'dMine' }) }).session;
    const theirs = applyEdit(b, { op: 'add', coll: 'details', item: detail('pc', 25, ['u3'], { id: 'dTheirs' }) }).session;
    const r = mergeSessions(b, mine, theirs, opts);
    assert.deepEqual(ids(r.session, 'details'), ['d1', 'dMine', 'd2', 'dTheirs', 'd3']);
    assert.deepEqual(r.added.fromTheirs, [{ coll: 'details', id: 'dTheirs' }]);
    assert.deepEqual(r.conflicts, []);
  });

  it('honours a deletion only when the other side left the item alone', () => {
    const b = base();
    const mine = applyEdit(b, { op: 'remove', coll: 'details', id: 'd1' }).session;
    const theirs = upd(applyEdit(b, { op: 'remove', coll: 'details', id: 'd3' }).session, 'd1', { see: 'lange stilte' });
    const r = mergeSessions(b, mine, theirs, opts);
    assert.deepEqual(ids(r.session, 'details'), ['d1', 'd2'], 'd3 removed (mine unchanged), d1 kept (theirs changed it)');
    assert.equal(r.session.details[0]!.see, 'lange stilte');
    assert.deepEqual(r.conflicts, [{ coll: 'details', id: 'd1', copyId: null, reason: 'changedAndRemoved' }]);
  });

  it('merges changes to different fields of one item without a conflict', () => {
    // (mine changed `see`, theirs `feedback`: neither value is lost, no copy is needed)
    const b = base();
    const mine = upd(b, 'd2', { see: 'vraagt: wat gebeurde er toen?', updatedAt: '2025-01-02T00:00:00.000Z' });
    const theirs = upd(b, 'd2', { feedback: 'goed', updatedAt: '2025-01-03T00:00:00.000Z' });
    const r = mergeSessions(b, mine, theirs, opts);
    const d2 = r.session.details.find((d) => d.id === 'd2')!;
    assert.equal(d2.see, 'vraagt: wat gebeurde er toen?');
    assert.equal(d2.feedback, 'goed');
    assert.equal(d2.updatedAt, '2025-01-03T00:00:00.000Z');
    assert.deepEqual(r.conflicts, []);
  });

  it('keeps both when one field changed differently on both sides', () => {
    const b = base();
    const mine = upd(b, 'd2', { see: 'mijn versie' });
    const theirs = upd(b, 'd2', { see: 'hun versie' });
    const r = mergeSessions(b, mine, theirs, opts);
    assert.equal(r.conflicts.length, 1);
    const c = r.conflicts[0]!;
    assert.equal(c.coll, 'details');
    assert.equal(c.id, 'd2');
    assert.equal(r.session.details.find((d) => d.id === 'd2')!.see, 'mijn versie');
    const copy = r.session.details.find((d) => d.id === c.copyId)!;
    assert.equal(copy.see, 'hun versie');
    assert.deepEqual(r.added.fromTheirs, [{ coll: 'details', id: c.copyId }]);
  });

  it('identical changes on both sides give one item', () => {
    const b = base();
    const both = upd(b, 'd2', { see: 'hetzelfde' });
    const r = mergeSessions(b, both, structuredClone(both), opts);
    assert.deepEqual(r.session, both);
    assert.deepEqual(r.conflicts, []);
  });

  it('scalars: three-way per field; a leervraag conflict keeps mine and saves theirs in the history', () => {
    const b = base();
    const mine = applyEdit(b, { op: 'review', patch: { leervraag: 'Hoe vraag ik door zonder in te vullen?' } }).session;
    const theirs = applyEdit(applyEdit(b, { op: 'review', patch: { leervraag: 'Hoe luister ik leeg?' } }).session, { op: 'meta', patch: { title: 'Noor, tweede gesprek' } }).session;
    const r = mergeSessions(b, mine, theirs, opts);
    assert.equal(r.session.review.leervraag, 'Hoe vraag ik door zonder in te vullen?');
    assert.equal(r.session.title, 'Noor, tweede gesprek');
    assert.deepEqual(r.session.review.leervraagHistory, [{ text: 'Hoe luister ik leeg?', at: '2025-02-01T00:00:00.000Z' }]);
    assert.deepEqual(r.conflicts, [{ coll: 'review', id: 'leervraag', copyId: null, reason: 'field', theirs: 'Hoe luister ik leeg?' }]);
  });

  it('framework: union of tags by id', () => {
    const b = base();
    const extra = (id: string) => ({ id, group: null, label: { nl: id, en: id }, key: 'x', colour: '#123456' });
    const mine = { ...b, framework: { ...b.framework, tags: [...b.framework.tags, extra('eigen1')] } };
    const theirs = { ...b, framework: { ...b.framework, tags: [...b.framework.tags, extra('eigen2')] } };
    const r = mergeSessions(b, mine, theirs, opts);
    assert.deepEqual(r.session.framework.tags.slice(-2).map((t) => t.id), ['eigen1', 'eigen2']);
  });
});

describe('mergeSessions, two-way (a colleague’s copy)', () => {
  it('unions by id; the same id with different content is kept twice', () => {
    const b = base();
    const mine = applyEdit(upd(b, 'd1', { feedback: 'best' }), { op: 'add', coll: 'notes', item: { id: 'n1', kind: 'observation', authorId: 'pb', time: 12, text: 'zucht', createdAt: 'x' } }).session;
    const theirs = applyEdit(b, { op: 'add', coll: 'details', item: detail('pc', 40, ['u7'], { id: 'dC' }) }).session;
    const r = mergeSessions(null, mine, { ...theirs, title: '' }, opts);
    assert.deepEqual(ids(r.session, 'notes'), ['n1']);
    assert.ok(ids(r.session, 'details').includes('dC'));
    const d1conf = r.conflicts.find((c) => c.id === 'd1')!;
    assert.ok(d1conf.copyId, 'changed d1 is kept twice');
    assert.equal(r.session.details.length, 5);
    assert.equal(r.session.title, mine.title, 'a blank title on one side is no conflict');
  });
});

describe('mergeAsEdit', () => {
  it('is one batch edit that turns mine into the merge, and undoes back to mine', () => {
    const b = base();
    const mine = upd(applyEdit(b, { op: 'remove', coll: 'details', id: 'd3' }).session, 'd2', { see: 'mijn' });
    const theirs = applyEdit(upd(b, 'd2', { see: 'hun' }), { op: 'add', coll: 'details', item: detail('pc', 5, ['u1'], { id: 'dEarly' }) }).session;
    const r = mergeSessions(b, mine, theirs, opts);
    const e = mergeAsEdit(mine, r.session);
    assert.equal(e.op, 'batch');
    const applied = applyEdit(mine, e);
    assert.deepEqual(applied.session, r.session);
    assert.deepEqual(applyEdit(applied.session, applied.inverse).session, mine);
  });
});

/* ---------- property tests ---------- */

type Op = { kind: 'add'; start: number; see: string } | { kind: 'remove'; at: number } | { kind: 'update'; at: number; see: string; tag: string } | { kind: 'title'; title: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), start: fc.integer({ min: 0, max: 300 }), see: fc.constantFrom('a', 'b', 'stilte') }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat(10) }),
  fc.record({ kind: fc.constant('update' as const), at: fc.nat(10), see: fc.constantFrom('x', 'y', 'z'), tag: fc.constantFrom('u1', 'u6') }),
  fc.record({ kind: fc.constant('title' as const), title: fc.constantFrom('A', 'B', '') }),
);

/** Applies random ops to a session; `side` keeps added ids distinct between the two sides. */
function evolve(s: Session, ops: Op[], side: string): Session {
  let cur = s;
  ops.forEach((op, i) => {
    const ds = cur.details;
    if (op.kind === 'add') cur = applyEdit(cur, { op: 'add', coll: 'details', item: detail('pb', op.start, [], { id: `${side}${i}`, see: op.see }) }).session;
    else if (op.kind === 'title') cur = applyEdit(cur, { op: 'meta', patch: { title: op.title } }).session;
    else if (ds.length > 0) {
      const d = ds[op.at % ds.length]!;
      if (op.kind === 'remove') cur = applyEdit(cur, { op: 'remove', coll: 'details', id: d.id }).session;
      else cur = upd(cur, d.id, { see: op.see, tags: [op.tag] });
    }
  });
  return cur;
}

const sortById = (l: { id: string }[]) => [...l].sort((x, y) => (x.id < y.id ? -1 : 1));

describe('merge properties', () => {
  const ops = fc.array(opArb, { maxLength: 8 });

  it('merge(base, x, base) == x', () => {
    fc.assert(fc.property(ops, (o) => {
      const b = base();
      const x = evolve(b, o, 'm');
      assert.deepEqual(mergeSessions(b, x, b, opts).session, x);
    }), { numRuns: 200 });
  });

  it('merge(base, base, y) == y modulo ordering', () => {
    fc.assert(fc.property(ops, (o) => {
      const b = base();
      const y = evolve(b, o, 't');
      const r = mergeSessions(b, b, y, opts);
      for (const c of COLLECTION_NAMES) assert.deepEqual(sortById(r.session[c] as { id: string }[]), sortById(y[c] as { id: string }[]));
      assert.equal(r.session.title, y.title);
      assert.deepEqual(r.conflicts, []);
    }), { numRuns: 200 });
  });

  it('loses no item: every id stays unless deleted on one side and unchanged on the other', () => {
    fc.assert(fc.property(ops, ops, (om, ot) => {
      const b = base();
      const mine = evolve(b, om, 'm');
      const theirs = evolve(b, ot, 't');
      const r = mergeSessions(b, mine, theirs, opts);
      const out = new Map(r.session.details.map((d) => [d.id, d]));
      const inBase = new Map(b.details.map((d) => [d.id, d]));
      for (const [side, other] of [[mine, theirs], [theirs, mine]] as const) {
        for (const d of side.details) {
          const bd = inBase.get(d.id);
          const deletedUnchanged = bd !== undefined && jsonEqual(bd, d) && !other.details.some((x) => x.id === d.id);
          if (!deletedUnchanged) assert.ok(out.has(d.id), `${d.id} lost`);
          if (bd === undefined) assert.ok(out.has(d.id), `addition ${d.id} lost`);
        }
      }
      // Every change someone made survives, in the item itself (field merge) or in a copy.
      for (const side of [mine, theirs]) {
        for (const d of side.details) {
          const bd = inBase.get(d.id) as Record<string, unknown> | undefined;
          const changed = Object.keys(d).filter((k) => k !== 'id' && (!bd || !jsonEqual(bd[k], (d as unknown as Record<string, unknown>)[k])));
          if (changed.length === 0) continue;
          const kept = r.session.details.some((c) => changed.every((k) => jsonEqual((c as unknown as Record<string, unknown>)[k], (d as unknown as Record<string, unknown>)[k])));
          assert.ok(kept, `the change to ${d.id} (${changed.join(', ')}) was lost`);
        }
      }
      // And the merge is one undoable edit away from mine.
      assert.deepEqual(applyEdit(mine, mergeAsEdit(mine, r.session)).session, r.session);
    }), { numRuns: 300 });
  });

  it('two-way merge is loss-free for additions', () => {
    fc.assert(fc.property(ops, ops, (om, ot) => {
      const b = base();
      const mine = evolve(b, om, 'm');
      const theirs = evolve(b, ot, 't');
      const r = mergeSessions(null, mine, theirs, opts);
      const out = new Set(r.session.details.map((d) => d.id));
      for (const d of [...mine.details, ...theirs.details]) assert.ok(out.has(d.id), `${d.id} lost`);
    }), { numRuns: 200 });
  });
});

import { strict as assert } from 'node:assert';
import { applyEdit, type Edit } from '../../../src/core/session/edits';
import { addFragmentEdit, aroundFragmentEdit, newFragment, presetFragmentsEdit, removeFragmentEdit, renameFragmentEdit } from '../../../src/core/session/fragmentEdits';
import type { Fragment } from '../../../src/core/session/model';
import { applyCheckedEdit } from '../../../src/core/session/validateEdit';
import { sampleSession } from './sessionFixtures';

const frag = (e: Edit | null): Fragment => (e as Extract<Edit, { op: 'add' }>).item as Fragment;
const names = { begin: 'Begin', middle: 'Midden', end: 'Eind' };

describe('fragment edits for the review (core)', () => {
  it('a fragment from a selection: tenths of a second, trimmed name, passing the schema', () => {
    const s = sampleSession();
    const edit = addFragmentEdit(' Fragment 1 ', 12.34, 40.06, 120)!;
    const f = applyCheckedEdit(s, edit).session.fragments[0]!;
    assert.match(f.id, /^f[0-9a-f]{20}$/);
    assert.deepEqual([f.name, f.start, f.end], ['Fragment 1', 12.3, 40.1]);
  });

  it('stays inside the recording: from 0, up to its length when known', () => {
    assert.deepEqual([frag(aroundFragmentEdit('Rond nu', 30, 200)).start, frag(aroundFragmentEdit('Rond nu', 30, 200)).end], [0, 90]);
    assert.deepEqual([frag(aroundFragmentEdit('Rond nu', 190, 200)).start, frag(aroundFragmentEdit('Rond nu', 190, 200)).end], [130, 200]);
    const unknown = frag(aroundFragmentEdit('Rond nu', 100, 0));
    assert.deepEqual([unknown.start, unknown.end], [40, 160]);
    assert.equal(frag(addFragmentEdit('x', 10, 50, Number.NaN)).end, 50);
  });

  it('bad input gives no fragment: an end before the start, times that are not numbers, nothing left of the recording', () => {
    assert.equal(addFragmentEdit('x', 40, 12, 120), null);
    assert.equal(addFragmentEdit('x', 12, 12, 120), null);
    assert.equal(addFragmentEdit('x', Number.NaN, 12, 120), null);
    assert.equal(addFragmentEdit('x', 0, Number.POSITIVE_INFINITY, 0), null);
    assert.equal(aroundFragmentEdit('x', Number.NaN, 120), null);
    assert.equal(addFragmentEdit('x', 130, 190, 120), null, 'after the end of a 2-minute recording');
    assert.equal(newFragment('x', -20, -5, 120), null, 'before 0');
    const f = frag(addFragmentEdit('x', -5, 10, 120));
    assert.deepEqual([f.start, f.end], [0, 10]);
  });

  it('begin, middle and end as one step, each at most two minutes or a third of a short recording', () => {
    const s = sampleSession();
    const edit = presetFragmentsEdit(600, names, 'Begin, midden en eind')!;
    assert.equal(edit.op === 'batch' && edit.label, 'Begin, midden en eind');
    const after = applyCheckedEdit(s, edit).session;
    assert.deepEqual(after.fragments.map((f) => [f.name, f.start, f.end]), [['Begin', 0, 120], ['Midden', 240, 360], ['Eind', 480, 600]]);
    assert.equal(applyEdit(after, applyEdit(s, edit).inverse).session.fragments.length, 0, 'one undo removes all three');
    const short = (presetFragmentsEdit(90, names, 'x') as Extract<Edit, { op: 'batch' }>).edits.map((e) => [frag(e).start, frag(e).end]);
    assert.deepEqual(short, [[0, 30], [30, 60], [60, 90]]);
  });

  it('no presets while the length of the recording is not known', () => {
    for (const d of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(presetFragmentsEdit(d, names, 'x'), null, String(d));
  });

  it('renames (trimmed, blank allowed) and removes a fragment, each undoable', () => {
    const s = sampleSession();
    s.fragments = [{ id: 'f1', name: 'Stage', start: 10, end: 50 }];
    assert.deepEqual(renameFragmentEdit(s, 'f1', ' De stage '), { op: 'update', coll: 'fragments', id: 'f1', patch: { name: 'De stage' } });
    assert.equal(renameFragmentEdit(s, 'f1', ' Stage'), null);
    assert.equal(renameFragmentEdit(s, 'fX', 'Stage 2'), null);
    applyCheckedEdit(s, renameFragmentEdit(s, 'f1', '   ')!);
    const { session: after, inverse } = applyCheckedEdit(s, removeFragmentEdit('f1'));
    assert.equal(after.fragments.length, 0);
    assert.deepEqual(applyEdit(after, inverse).session.fragments, s.fragments);
  });
});

import { strict as assert } from 'node:assert';
import { longSession, mountPanel, type Mounted } from './transcriptFixture';

// What must hold for speed at 2,000 segments, structurally; the timings are in npm run bench.
describe('transcript panel: incremental redraw at 2,000 segments', () => {
  let m: Mounted;
  afterEach(() => m.cleanup());

  it('redraws after an edit without rebuilding the list', () => {
    m = mountPanel(longSession(2000));
    const store = m.ctx.store;
    const built = new Set(m.$$('.kk-tr-row'));
    for (let k = 0; k < 40; k++) {
      const id = `g${k % 5}`;
      const edit = { op: 'update' as const, coll: 'transcript' as const, id, patch: { text: `Nieuwe tekst ${k} over de stage.` } };
      store.applied(edit, store.revision + 1, true);
      m.panel.update({ kind: 'edit', touched: new Set(['transcript']) });
    }
    // Rows that did not change stay the same elements.
    const still = m.$$('.kk-tr-row').filter((r) => built.has(r));
    assert.ok(still.length >= built.size - 5, `${still.length} of ${built.size} rows kept`);
    assert.ok(m.$$('.kk-tr-row').length < 100, 'the list stays virtualised');
  });

  it('moves the playhead highlight without touching other rows', () => {
    m = mountPanel(longSession(2000));
    const before = new Set(m.$$('.kk-tr-row'));
    // Within the first rows, which are in view: following has nothing to scroll.
    for (let k = 0; k < 40; k++) m.clock.setTime((k % 20) * 1.5);
    assert.ok(m.$$('.kk-tr-row').every((r) => before.has(r)), 'no row was rebuilt for a timeupdate');
  });
});

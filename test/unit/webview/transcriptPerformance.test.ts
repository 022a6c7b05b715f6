import { strict as assert } from 'node:assert';
import { longSession, mountPanel, type Mounted } from './transcriptFixture';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

describe('transcript panel: performance at 2,000 segments', () => {
  let m: Mounted;
  afterEach(() => m.cleanup());

  it('redraws after an edit without rebuilding the list', () => {
    m = mountPanel(longSession(2000));
    const store = m.ctx.store;
    const panelOnly: number[] = [];
    const whole: number[] = [];
    const built = new Set(m.$$('.kk-tr-row'));
    for (let k = 0; k < 40; k++) {
      const id = `g${k % 5}`;
      const edit = { op: 'update' as const, coll: 'transcript' as const, id, patch: { text: `Nieuwe tekst ${k} over de stage.` } };
      const t0 = performance.now();
      store.applied(edit, store.revision + 1, true);
      whole.push(performance.now() - t0);
      const t1 = performance.now();
      m.panel.update({ kind: 'edit', touched: new Set(['transcript']) });
      panelOnly.push(performance.now() - t1);
    }
    // Rows that did not change stay the same elements.
    const still = m.$$('.kk-tr-row').filter((r) => built.has(r));
    assert.ok(still.length >= built.size - 5, `${still.length} of ${built.size} rows kept`);
    const figure = { storeAndPanelMs: median(whole), panelMs: median(panelOnly) };
    console.log(`      redraw after an edit at 2,000 segments (jsdom, median of 40): ${JSON.stringify(figure)}`);
    // Generous: a frame is 16 ms in a browser; jsdom is slower, so allow a margin for busy machines.
    assert.ok(figure.storeAndPanelMs < 50, `median ${figure.storeAndPanelMs} ms`);
  });

  it('moves the playhead highlight without touching other rows', () => {
    m = mountPanel(longSession(2000));
    const before = new Set(m.$$('.kk-tr-row'));
    const times: number[] = [];
    // Within the first rows, which are in view: following has nothing to scroll.
    for (let k = 0; k < 40; k++) {
      const t0 = performance.now();
      m.clock.setTime((k % 20) * 1.5);
      times.push(performance.now() - t0);
    }
    assert.ok(m.$$('.kk-tr-row').every((r) => before.has(r)), 'no row was rebuilt for a timeupdate');
    console.log(`      playhead update (median of 40): ${median(times).toFixed(3)} ms`);
    assert.ok(median(times) < 10);
  });
});

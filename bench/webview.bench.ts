// Edit-and-redraw in the editor's panels at 2,000 items, as the webview does it: the host's
// confirmed edit applied to the store, and the panel redrawing. Measured under jsdom, which is
// slower than a browser, so these figures are upper bounds for the real page.
import type { Detail } from '../src/core/session/model';
import { mountPanel as mountDetails } from '../test/unit/webview/detailsTestKit';
import { longSession, mountPanel as mountTranscript } from '../test/unit/webview/transcriptFixture';
import { sampleSession } from '../test/unit/session/sessionFixtures';
import { median, type BenchContext, type BenchFigure } from './benchKit';

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const n = ctx.quick ? 15 : 41;
  // Details panel with 2,000 details.
  const s = sampleSession();
  const tags = s.framework.tags.map((x) => x.id);
  const base = s.details[0]!;
  s.details = Array.from({ length: 2000 }, (_, i): Detail => ({ ...base, id: `b${i}`, start: i * 1.5, authorId: ['pA', 'pB', 'pC'][i % 3]!, tags: [tags[i % 9]!], see: `Observatie ${i}: de student zucht.` }));
  const d = mountDetails(s, 'details');
  const detailTimes: number[] = [];
  for (let k = 0; k < n; k++) {
    const id = `b${(k * 97) % 2000}`;
    detailTimes.push(time(() => d.hs.ctx.store.applied({ op: 'update', coll: 'details', id, patch: { see: `Bewerkt ${k}` } }, 10 + k, true)));
  }
  d.hs.cleanup();
  // Transcript panel with 2,000 segments.
  const t = mountTranscript(longSession(2000));
  const transcriptTimes: number[] = [];
  const playheadTimes: number[] = [];
  for (let k = 0; k < n; k++) {
    transcriptTimes.push(
      time(() => {
        t.ctx.store.applied({ op: 'update', coll: 'transcript', id: `g${k % 5}`, patch: { text: `Nieuwe tekst ${k}.` } }, t.ctx.store.revision + 1, true);
        t.panel.update({ kind: 'edit', touched: new Set(['transcript']) });
      }),
    );
    playheadTimes.push(time(() => t.clock.setTime((k % 20) * 1.5)));
  }
  t.cleanup();
  const r = (x: number) => Math.round(x * 100) / 100;
  return [
    { id: 'webview.detailsEdit2000', label: 'Details panel: one edit + redraw at 2,000 details (jsdom)', value: r(median(detailTimes)), unit: 'ms', budget: { max: 16 }, detail: { runs: n } },
    { id: 'webview.transcriptEdit2000', label: 'Transcript panel: one edit + redraw at 2,000 segments (jsdom)', value: r(median(transcriptTimes)), unit: 'ms', budget: { max: 16 }, detail: { runs: n } },
    { id: 'webview.playhead2000', label: 'Transcript panel: playhead update at 2,000 segments (jsdom)', value: r(median(playheadTimes)), unit: 'ms', budget: { max: 4 }, detail: { runs: n } },
  ];
}

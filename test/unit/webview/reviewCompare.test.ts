import { strict as assert } from 'node:assert';
import { compareObservers } from '../../../src/core/compare/compareObservers';
import type { Detail, FeedbackKind, Session } from '../../../src/core/session/model';
import { createReviewPanel } from '../../../webview/panels/reviewPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

function detail(id: string, start: number, authorId: string, tags: string[], feedback: FeedbackKind | null, see: string): Detail {
  return { id, start, end: null, tags, authorId, see, meaning: '', deepen: '', feedback, question: null, segmentIds: [], createdAt: '2026-11-01T10:05:00.000Z', updatedAt: '2026-11-01T10:05:00.000Z' };
}

/** B and C both look at u6; only B has u2 in the lens, so u2 has no kappa. */
function session(): Session {
  const s = sampleSession();
  s.participants[2]!.lens = ['u3', 'u4', 'u6'];
  s.details.push(detail('d3', 30, 'pB', ['u6'], 'beter', 'Begeleider vult het gevoel in.'), detail('d4', 31, 'pC', ['u6'], 'best', 'Lange stilte, student gaat verder.'));
  s.details.sort((x, y) => x.start - y.start);
  return s;
}

function mount(s = session()) {
  const hs = mountHarness(s);
  const panel = createReviewPanel(hs.ctx, { now: () => 0, beep: () => undefined });
  hs.ctx.store.subscribe((c) => panel.update(c));
  hs.window.document.body.append(panel.element);
  const doc = hs.window.document;
  const open = (id: string) => doc.querySelector<HTMLButtonElement>(`#review-${id}-heading button`)!.click();
  return { hs, doc, open };
}

describe('review panel: compare, feedback, merge', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('compares b and c by default: samen gezien, alleen b zag, alleen c zag per uitgangspunt by name; kappa only in the expert section', () => {
    const m = mount();
    hs = m.hs;
    m.open('compare');
    const sel = (id: string) => (m.doc.getElementById(id) as HTMLSelectElement).value;
    assert.deepEqual([sel('review-cmp-first'), sel('review-cmp-second')], ['pB', 'pC']);
    assert.equal((m.doc.getElementById('review-cmp-tol') as HTMLInputElement).value, '3');
    const row = (tag: string) => m.doc.querySelector(`.review-table tr[data-tag="${tag}"]`)!;
    const cells = (tag: string) => ['.review-matched', '.review-onlyb', '.review-onlyc'].map((c) => row(tag).querySelector(c)!.textContent);
    assert.deepEqual(cells('u6'), ['1', '0', '0']);
    assert.deepEqual(cells('u2'), ['0', '1', '0']);
    assert.deepEqual(cells('u3'), ['0', '0', '1']);
    assert.equal(row('u3').querySelector('th')!.textContent, 'Vraag wat er precies gebeurde (verdiepen)', 'the uitgangspunt by name');
    assert.deepEqual([...m.doc.querySelectorAll('.review-table thead th')].map((x) => x.textContent), ['Uitgangspunt', 'Samen gezien', 'Alleen Joost Bakker zag', 'Alleen Fatima El Amrani zag']);
    // No kappa and no column of "niet te berekenen" outside the expert section.
    const expert = m.doc.querySelector('details.review-expert')!;
    assert.ok(expert, 'an expert section');
    const outside = [...m.doc.querySelector('.review-compare-out')!.children].filter((c) => c !== expert).map((c) => c.textContent).join(' ');
    assert.doesNotMatch(outside, /kappa|κ|niet te berekenen|tijdvak/i);
    assert.equal(m.doc.querySelectorAll('.review-kappa').length, 0);
    const core = compareObservers(hs.ctx.store.session!, { observers: ['pB', 'pC'], tolerance: 3 });
    assert.ok(core.ok);
    const u6 = expert.querySelector('li[data-tag="u6"]')!.textContent!;
    assert.match(u6, new RegExp(`kappa ${core.value.perTag.u6!.kappa!.toFixed(2).replace('.', ',')}`));
    // The reason there is no kappa, said once in words for all uitgangspunten it concerns.
    const gaps = [...expert.querySelectorAll('.review-gap')].map((x) => x.textContent!);
    const lensGap = gaps.filter((g) => /kijkopdracht van Fatima El Amrani/.test(g));
    assert.equal(lensGap.length, 1, gaps.join(' | '));
    assert.match(lensGap[0]!, /“\(H\)erken emoties”/);
    assert.doesNotMatch(m.doc.querySelector('.review-compare-out')!.textContent!, /goed|slecht|onvoldoende|waarnemer|lens\b/i);
  });

  it('lists each detail of a pair at its own time, with its uitgangspunten by name', () => {
    const s = session();
    s.details.find((d) => d.id === 'd4')!.start = 32.9;
    const m = mount(s);
    hs = m.hs;
    m.open('compare');
    const pair = m.doc.querySelector('.review-pairs li')!;
    const times = [...pair.querySelectorAll('.review-time')].map((b) => b.textContent);
    assert.deepEqual(times, ['0:30', '0:32'], 'each observer at the moment they marked');
    assert.match(pair.textContent!, /Joost Bakker — “Leeg luisteren”|Joost Bakker — "Leeg luisteren"/);
    assert.doesNotMatch(pair.textContent!, /\[\d/, 'no bare keys such as [6]');
    pair.querySelectorAll<HTMLButtonElement>('.review-time')[1]!.click();
    assert.equal(hs.clock.time, 32.9);
  });

  it('lists moments both saw and one-sided ones; clicking seeks; a wider margin changes the result', () => {
    const m = mount();
    hs = m.hs;
    m.open('compare');
    const pairs = m.doc.querySelector('.review-pairs')!;
    assert.equal(pairs.querySelectorAll('li').length, 1);
    pairs.querySelector<HTMLButtonElement>('.review-time')!.click();
    assert.equal(hs.clock.time, 30);
    const tol = m.doc.getElementById('review-cmp-tol') as HTMLInputElement;
    tol.value = '10';
    tol.dispatchEvent(new Event('change'));
    assert.equal(m.doc.querySelector('.review-pairs')!.querySelectorAll('li').length, 2, 'd1 (6 s) and d2 (14 s) now match too');
  });

  it('re-renders on a details edit while open, and refuses one observer against themself', async () => {
    const m = mount();
    hs = m.hs;
    m.open('compare');
    hs.ctx.store.edit({ op: 'add', coll: 'details', item: detail('d5', 60, 'pC', ['u2'], null, 'x') });
    await settle();
    assert.equal(m.doc.querySelector('.review-table tr[data-tag="u2"] .review-onlyc')!.textContent, '1');
    const second = m.doc.getElementById('review-cmp-second') as HTMLSelectElement;
    second.value = 'pB';
    second.dispatchEvent(new Event('change'));
    assert.match(m.doc.querySelector('.review-compare-out')!.textContent!, /twee observatoren/);
  });

  it('feedback summary: leervraag on top, strengths first (goed, beste, beter), moments seek', () => {
    const m = mount();
    hs = m.hs;
    m.open('feedback');
    const out = m.doc.querySelector('.review-fb-out')!;
    assert.equal(out.firstElementChild!.textContent, 'Leervraag: Hoe vraag ik door zonder in te vullen?');
    const kinds = [...out.querySelectorAll('[data-kind]')].map((k) => k.getAttribute('data-kind'));
    // u6 has best and beter; within a tag strengths come first.
    const u6 = [...out.querySelectorAll<HTMLElement>('.review-fb-tag')].find((t) => t.dataset.tag === 'u6')!;
    assert.deepEqual([...u6.querySelectorAll('[data-kind]')].map((k) => k.getAttribute('data-kind')), ['best', 'beter']);
    assert.ok(kinds.includes('goed'));
    assert.match(u6.textContent!, /Fatima El Amrani/);
    u6.querySelector<HTMLButtonElement>('[data-kind="beter"] .review-time')!.click();
    assert.equal(hs.clock.time, 30);
  });

  it('merge: asks the host, reports what came in and who added which details', async () => {
    const s = session();
    s.details.push(detail('dNew1', 70, 'pC', ['u3'], null, 'x'), detail('dNew2', 75, 'pC', [], null, 'y'));
    const m = mount(s);
    hs = m.hs;
    m.open('merge');
    hs.reply = (r) => (r.method === 'mergeCopy' ? { added: [{ coll: 'details', id: 'dNew1' }, { coll: 'details', id: 'dNew2' }, { coll: 'questions', id: 'q9' }], conflicts: 1 } : null);
    const b = [...m.doc.querySelectorAll('button')].find((x) => x.textContent === 'Kopie van een collega samenvoegen…')!;
    b.click();
    await settle();
    await settle();
    assert.deepEqual(hs.requests.at(-1), { method: 'mergeCopy' });
    const body = m.doc.querySelector('.review-merge')!.textContent!;
    assert.match(body, /3 onderdelen toegevoegd; 1 keer verschilden de twee versies/);
    assert.match(body, /2 details/);
    assert.match(body, /1 vraag(?!en)/);
    assert.match(body, /Fatima El Amrani: 2 details/);
    hs.reply = () => null;
    b.click();
    await settle();
    await settle();
    assert.match(m.doc.querySelector('.review-merge .review-status')!.textContent!, /Niets samengevoegd/);
  });

  it('hostile text in details and names stays inert in comparison and feedback', () => {
    const s = session();
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    s.participants[2]!.name = evil;
    for (const d of s.details) d.see = evil;
    const m = mount(s);
    hs = m.hs;
    m.open('compare');
    m.open('feedback');
    assert.equal(m.doc.querySelectorAll('img, script').length, 0);
    assert.ok(m.doc.querySelector('.review-fb-out')!.textContent!.includes('<img src=x'));
    assert.ok(m.doc.querySelector('.review-compare-out')!.textContent!.includes('<script>'));
  });
});

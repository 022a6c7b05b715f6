import { strict as assert } from 'node:assert';
import { analyzeSession } from '../../../src/core/analysis/conversationMirror';
import type { Session } from '../../../src/core/session/model';
import { createMirrorPanel } from '../../../webview/panels/mirrorPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

function session(): Session {
  const s = sampleSession();
  s.transcript.push(
    { id: 'g4', start: 20, end: 24, speakerId: 'spS', text: 'Ik kwam binnen en iedereen keek naar mij. Ik was echt bang.' },
    { id: 'g5', start: 30, end: 33, speakerId: 'spB', text: 'Waarom deed je dat? Was het leuk of niet?' },
    { id: 'g6', start: 34, end: 60, speakerId: 'spS', text: 'Ik weet het niet. Het ging allemaal zo snel, en toen moest ik alles zelf doen.' },
  );
  return s;
}

async function mount(s: Session, reply?: (r: unknown) => unknown) {
  const hs = mountHarness(s);
  const analysis = analyzeSession(s, { pauseMinSec: 2 });
  hs.reply = reply ?? ((r) => ((r as { method: string }).method === 'analyze' ? analysis : null));
  const panel = createMirrorPanel(hs.ctx);
  hs.ctx.store.subscribe((c) => panel.update(c));
  hs.window.document.body.append(panel.element);
  panel.shown?.();
  await settle();
  await settle();
  return { hs, panel, doc: hs.window.document, analysis };
}

describe('mirror panel', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('asks the host for the analysis on show and draws talk-time bars in SVG, in proportion to the shares', async () => {
    const m = await mount(session());
    hs = m.hs;
    assert.deepEqual(hs.requests, [{ method: 'analyze' }]);
    const talk = m.doc.querySelector('.mirror-talk')!;
    const svg = talk.querySelector('svg')!;
    assert.equal(svg.namespaceURI, 'http://www.w3.org/2000/svg');
    const bars = [...svg.querySelectorAll('rect.mirror-bar')];
    const speakers = m.analysis.talk.speakers;
    assert.equal(bars.length, speakers.length);
    const widths = bars.map((b) => Number(b.getAttribute('width')));
    const maxShare = Math.max(...speakers.map((x) => x.share));
    speakers.forEach((sp, i) => assert.ok(Math.abs(widths[i]! - (sp.share / maxShare) * 300) < 1e-6));
    // Bars wear the speakers' own colours, never a judgement colour.
    assert.deepEqual(bars.map((b) => b.getAttribute('fill')), speakers.map((sp) => m.hs.ctx.store.session!.speakers.find((x) => x.id === sp.speakerId)!.colour));
    // One plain sentence from the analysis, and a table as the text alternative.
    const sentence = m.analysis.sentences.find((x) => x.topic === 'spreektijd')!.nl;
    assert.equal(talk.querySelector('.mirror-caption .mirror-sentence')!.textContent, sentence);
    assert.equal(talk.querySelectorAll('table tbody tr').length, speakers.length);
    const label = talk.querySelector('g[role="button"]')!.getAttribute('aria-label')!;
    assert.match(label, /van de spreektijd/);
  });

  it('draws a bar per question class with the counts, and lists every question', async () => {
    const m = await mount(session());
    hs = m.hs;
    const fig = m.doc.querySelector('.mirror-questions')!;
    assert.equal(fig.querySelectorAll('rect.mirror-bar').length, 7);
    const counts = [...fig.querySelectorAll('table tbody tr')].map((tr) => [tr.children[0]!.textContent, tr.children[1]!.textContent]);
    assert.deepEqual(counts.map((c) => c[0]), ['open', 'doorvraag (echo, kort)', 'gesloten', 'waarom-vraag', 'suggestief/sturend', 'keuzevraag', 'bevestigingsvraag']);
    assert.equal(counts.find((c) => c[0] === 'waarom-vraag')![1], String(m.analysis.classCounts.waarom));
    assert.ok(m.analysis.classCounts.waarom >= 1, 'the fixture asks a waarom-vraag');
    assert.equal(fig.querySelectorAll('.mirror-list li').length, m.analysis.questions.length);
    assert.equal(fig.querySelector('.mirror-caption .mirror-sentence')!.textContent, m.analysis.sentences.find((x) => x.topic === 'vragen')!.nl);
  });

  it('the timeline has a focusable, labelled mark per question, silence, emotion word and detail; clicking or Enter seeks', async () => {
    const m = await mount(session());
    hs = m.hs;
    const tl = m.doc.querySelector('.mirror-timeline')!;
    const marks = [...tl.querySelectorAll<SVGGElement>('g[role="button"]')];
    const a = m.analysis;
    assert.equal(marks.length, a.questions.length + a.pauses.length + a.emotionWords.length + hs.ctx.store.session!.details.length);
    for (const g of marks) assert.ok(g.getAttribute('aria-label')!.length > 0);
    const word = a.emotionWords[0]!;
    const wordMark = [...tl.querySelectorAll<SVGGElement>('.mirror-emotion g[role="button"]')].find((g) => Number(g.getAttribute('data-time')) === word.time)!;
    assert.match(wordMark.getAttribute('aria-label')!, /daarna/);
    assert.ok(wordMark.closest('.mirror-emotion'));
    assert.doesNotMatch(wordMark.getAttribute('aria-label') ?? '', /opgepakt/);
    wordMark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    assert.equal(hs.clock.time, word.time);
    // Roving focus: one tab stop per row, arrows move along it, Enter seeks.
    const row = [...tl.querySelectorAll<SVGGElement>('.mirror-details g[role="button"]')];
    assert.deepEqual(row.map((g) => g.getAttribute('tabindex')), ['0', '-1']);
    row[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    assert.deepEqual(row.map((g) => g.getAttribute('tabindex')), ['-1', '0']);
    row[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    assert.equal(hs.clock.time, 14);
    // The text alternative lists the same moments.
    assert.equal(m.doc.querySelectorAll('.mirror-timeline ~ details').length, 3);
  });

  it('falls back to the local analysis when the host request fails', async () => {
    const s = session();
    const hsPre = mountHarness(s);
    hs = hsPre;
    hs.ctx.bridge.request = () => Promise.reject(new Error('geen host'));
    const panel = createMirrorPanel(hs.ctx);
    hs.window.document.body.append(panel.element);
    panel.shown?.();
    await settle();
    await settle();
    assert.match(panel.element.querySelector('.mirror-status')!.textContent!, /alleen uit het transcript berekend/);
    assert.equal(panel.element.querySelectorAll('.mirror-talk rect.mirror-bar').length, 2);
  });

  it('refresh asks again; a transcript change marks the mirror as out of date', async () => {
    const m = await mount(session());
    hs = m.hs;
    hs.ctx.store.edit({ op: 'update', coll: 'transcript', id: 'g1', patch: { text: 'Hoe was je week?' } });
    await settle();
    assert.match(m.doc.querySelector('.mirror-status')!.textContent!, /gewijzigd/);
    m.doc.querySelector<HTMLButtonElement>('.mirror-refresh')!.click();
    await settle();
    await settle();
    assert.equal(hs.requests.length, 2);
  });

  it('hostile speaker names, transcript text and colours stay inert', async () => {
    const s = session();
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    s.speakers[0]!.name = evil;
    s.speakers[0]!.colour = 'red;background:url(x)';
    s.transcript[0]!.text = `${evil} Wat gebeurde er?`;
    s.details[0]!.see = evil;
    const m = await mount(s, (r) => ((r as { method: string }).method === 'analyze' ? analyzeSession(s) : null));
    hs = m.hs;
    assert.equal(m.doc.querySelectorAll('img, script, foreignObject').length, 0);
    assert.ok(m.doc.querySelector('.mirror-talk')!.textContent!.includes('<img src=x'));
    for (const b of m.doc.querySelectorAll('rect.mirror-bar')) assert.ok(b.getAttribute('fill') === null || /^#[0-9a-f]{6}$/i.test(b.getAttribute('fill')!));
  });

  it('an empty transcript says so instead of drawing charts', async () => {
    const s = session();
    s.transcript = [];
    const m = await mount(s);
    hs = m.hs;
    assert.match(m.doc.querySelector('.mirror-empty')!.textContent!, /nog geen transcript/);
    assert.equal(m.doc.querySelectorAll('svg').length, 0);
  });

  it('the trio corrects a question\'s function by keyboard: one edit, the mirror follows and says it was corrected', async () => {
    let hsRef: Harness | null = null;
    const first = session();
    const m = await mount(first, (r) => {
      const st = hsRef?.ctx.store.session ?? first;
      return (r as { method: string }).method === 'analyze' ? analyzeSession(st, { pauseMinSec: 2, corrections: st.spiegelCorrections }) : null;
    });
    hs = m.hs;
    hsRef = m.hs;
    const q = m.analysis.questions.find((x) => x.text === 'Waarom deed je dat?')!;
    const select = [...m.doc.querySelectorAll<HTMLSelectElement>('.mirror-correct-function')].find((x) => x.getAttribute('aria-label')!.endsWith(q.text))!;
    assert.equal(select.value, q.function);
    const list = select.closest('details')!;
    list.open = true;
    select.focus();
    select.value = 'emotie';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    await settle();
    const edits = hs.sent.filter((x) => x.type === 'session/apply').map((x) => (x as { edit: unknown }).edit);
    assert.deepEqual(edits, [{ op: 'spiegel', key: q.key, correction: { function: 'emotie' } }]);
    assert.deepEqual(hs.ctx.store.session!.spiegelCorrections, [{ key: q.key, function: 'emotie' }]);
    const row = [...m.doc.querySelectorAll('.mirror-question')].find((x) => x.querySelector('q')!.textContent === q.text)!;
    assert.match(row.textContent!, /gecorrigeerd door het drietal/);
    assert.equal(row.querySelector<HTMLSelectElement>('.mirror-correct-function')!.value, 'emotie');
    // The redraw keeps the list open and the keyboard on the same choice.
    assert.equal(row.closest('details')!.open, true);
    assert.equal(m.doc.activeElement, row.querySelector('.mirror-correct-function'));
    // Choosing the rules' own reading again removes the correction.
    const again = row.querySelector<HTMLSelectElement>('.mirror-correct-function')!;
    again.value = q.function;
    again.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    await settle();
    assert.equal(hs.ctx.store.session!.spiegelCorrections, undefined);
  });
});

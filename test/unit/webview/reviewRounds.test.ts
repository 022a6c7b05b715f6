import { strict as assert } from 'node:assert';
import { ROUND_STEPS } from '../../../src/core/review/guidedRounds';
import type { Edit } from '../../../src/core/session/edits';
import type { ViewMessage } from '../../../src/protocol/messages';
import { createReviewPanel } from '../../../webview/panels/reviewPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

const edits = (sent: ViewMessage[]): Edit[] => sent.flatMap((m) => (m.type === 'session/apply' ? [m.edit] : []));

/** A fake wall clock and interval: `advance` moves time on and fires the 1 s ticks that fall due. */
function fakeTime(win: Window) {
  let now = 1_000_000;
  const timers = new Map<number, () => void>();
  let nextId = 1;
  (win as unknown as Record<string, unknown>).setInterval = (f: () => void) => {
    timers.set(nextId, f);
    return nextId++;
  };
  (win as unknown as Record<string, unknown>).clearInterval = (id: number) => void timers.delete(id);
  return {
    now: () => now,
    active: () => timers.size,
    advance(sec: number) {
      for (let i = 0; i < sec; i++) {
        now += 1000;
        for (const f of [...timers.values()]) f();
      }
    },
  };
}

function mount(session = sampleSession()) {
  const hs = mountHarness(session);
  const time = fakeTime(hs.window);
  let beeps = 0;
  const panel = createReviewPanel(hs.ctx, { now: time.now, beep: () => void beeps++ });
  hs.ctx.store.subscribe((c) => panel.update(c));
  hs.window.document.body.append(panel.element);
  const doc = hs.window.document;
  const btn = (label: string) => {
    const b = [...doc.querySelectorAll<HTMLButtonElement>('.review-rounds button')].find((x) => x.textContent?.trim() === label);
    assert.ok(b, `no button ${label}`);
    return b;
  };
  return { hs, doc, time, btn, beeps: () => beeps, timer: () => doc.querySelector('.review-timer')!, live: () => doc.querySelector('.review-live')!.textContent! };
}

describe('review panel: guided round', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('counts down per step with a 1 s interval, shows the current step, and signals overtime gently', () => {
    const m = mount();
    hs = m.hs;
    // The fake player's recording is 200 s: the first viewing is fitted to 200 + 30 s.
    m.btn('Ronde starten').click();
    const current = () => m.doc.querySelector('.review-steps [aria-current="step"]')!.textContent;
    assert.equal(m.doc.querySelectorAll('.review-steps li').length, 7);
    assert.equal(current(), 'Context');
    assert.equal(m.timer().getAttribute('role'), 'timer');
    assert.equal(m.timer().textContent, '2:00');
    assert.equal(m.time.active(), 1);
    m.time.advance(65);
    assert.equal(m.timer().textContent, '0:55');
    assert.equal(m.timer().classList.contains('review-timer-over'), false);
    m.time.advance(56);
    assert.equal(m.timer().classList.contains('review-timer-over'), true);
    assert.equal(m.timer().textContent, '+0:01 over de tijd');
    assert.match(m.live(), /De tijd voor “Context” is om/);
    assert.equal(m.beeps(), 0, 'no sound unless the toggle is on');
    // Next: the second step, a fresh countdown, the signal cleared.
    m.btn('Volgende stap').click();
    assert.equal(current(), 'Eerste keer kijken');
    assert.equal(m.timer().textContent, '3:50');
    assert.equal(m.timer().classList.contains('review-timer-over'), false);
    assert.match(m.live(), /Stap 2 van 7: Eerste keer kijken/);
  });

  it('pause freezes the countdown; resume, skip and back move through the steps; the sound toggle beeps once', () => {
    const m = mount();
    hs = m.hs;
    const sound = m.doc.getElementById('review-round-sound') as HTMLInputElement;
    sound.checked = true;
    sound.dispatchEvent(new Event('change'));
    m.btn('Ronde starten').click();
    m.time.advance(10);
    m.btn('Pauzeren').click();
    assert.equal(m.time.active(), 0, 'no interval while paused');
    m.time.advance(30);
    assert.equal(m.timer().textContent, '1:50');
    m.btn('Verder').click();
    m.time.advance(115);
    assert.equal(m.beeps(), 1);
    m.time.advance(5);
    assert.equal(m.beeps(), 1, 'one signal per step');
    m.btn('Volgende stap').click();
    assert.equal(m.doc.querySelector('[aria-current="step"]')!.textContent, 'Eerste keer kijken');
    assert.ok(m.doc.querySelector('.review-steps li')!.classList.contains('review-step-done'));
    m.btn('Overslaan').click();
    assert.ok(m.doc.querySelectorAll('.review-steps li')[1]!.classList.contains('review-step-skipped'));
    m.btn('Vorige stap').click();
    assert.equal(m.doc.querySelector('[aria-current="step"]')!.textContent, 'Eerste keer kijken');
  });

  it('durations are configurable per step', () => {
    const m = mount();
    hs = m.hs;
    const first = m.doc.getElementById('review-round-dur-0') as HTMLInputElement;
    assert.equal(first.value, String(ROUND_STEPS[0]!.durationSec / 60));
    first.value = '3';
    first.dispatchEvent(new Event('change'));
    m.btn('Ronde starten').click();
    assert.equal(m.timer().textContent, '3:00');
  });

  it('after the last step, the next round goes to the next member\'s own session: this session\'s roles are never changed', async () => {
    const m = mount();
    hs = m.hs;
    hs.reply = (r) => (r.method === 'trioNextRound' ? '/d/joost.mp4.kleinkijken.json' : null);
    m.btn('Ronde starten').click();
    for (let i = 0; i < 7; i++) m.btn('Volgende stap').click();
    // The status line says the round is done; the instruction says what comes next (not the same words twice).
    assert.match(m.doc.querySelector('.review-live')!.textContent!, /De ronde is klaar/);
    assert.match(m.doc.querySelector('.review-instruction')!.textContent!, /Sla de sessie op \(Ctrl\+S\)\. Laat b nu een eigen opname zien met Volgende ronde/);
    assert.equal(m.time.active(), 0);
    m.btn('Volgende ronde: b wordt a, met een eigen opname').click();
    await settle();
    await settle();
    assert.deepEqual(hs.requests, [{ method: 'trioNextRound' }]);
    assert.deepEqual(edits(hs.sent), [], 'no edit to this session');
    assert.deepEqual(hs.ctx.store.session!.participants.map((p) => p.role), ['a', 'b', 'c']);
    assert.match(m.live(), /klaar in joost\.mp4\.kleinkijken\.json\. Deze sessie blijft zoals ze was/);
  });

  it('asks the host for the report of the trio day', async () => {
    const m = mount();
    hs = m.hs;
    hs.reply = () => '/d/drietaldag.md';
    m.btn('Verslag van de drietaldag').click();
    await settle();
    await settle();
    assert.deepEqual(hs.requests, [{ method: 'trioDayReport' }]);
    assert.match(m.live(), /Opgeslagen: \/d\/drietaldag\.md/);
  });

  it('"ronde alleen op fragmenten" plays only the fragments during the viewing steps', () => {
    const s = sampleSession();
    s.fragments = [{ id: 'f1', name: 'Stuk', start: 20, end: 50 }];
    const m = mount(s);
    hs = m.hs;
    const box = m.doc.getElementById('review-round-frag') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    m.btn('Ronde starten').click();
    assert.equal(hs.clock.sequence, null, 'not during the context step');
    m.btn('Volgende stap').click();
    assert.deepEqual(hs.clock.sequence, [{ start: 20, end: 50 }]);
    assert.equal(hs.clock.time, 20);
    m.btn('Volgende stap').click();
    assert.equal(hs.clock.sequence, null);
  });
});

describe('review panel: a running round survives a reload of the webview', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('restores the step from the view state into a freshly built panel', () => {
    const m = mount();
    hs = m.hs;
    m.btn('Ronde starten').click();
    m.btn('Volgende stap').click();
    const current = (doc: Document) => doc.querySelector('.review-steps [aria-current="step"]')?.textContent;
    const before = current(m.doc);
    assert.ok(before && before !== 'Context');
    // A second panel with the same view state, as after the webview reloads.
    const again = createReviewPanel(hs.ctx, { now: m.time.now, beep: () => undefined });
    again.update({ kind: 'replace' });
    const holder = m.doc.createElement('div');
    holder.append(again.element);
    assert.equal(holder.querySelector('.review-steps [aria-current="step"]')?.textContent, before);
  });
});

import { strict as assert } from 'node:assert';
import type { Session } from '../../../src/core/session/model';
import { wordRanges } from '../../../webview/panels/transcript/wordSpans';
import { sampleSession } from '../session/sessionFixtures';
import { click, mountPanel, type, type Mounted } from './transcriptFixture';
import { settle } from './webviewTestKit';

/** A session as "Transcript maken" leaves it: two automatic voices, word times on the first row. */
function recognisedSession(): Session {
  const s = sampleSession();
  s.details = [];
  s.questions = [];
  s.speakers = [
    { id: 'sp1', name: 'Spreker 1', role: 'anders', colour: '#0072B2' },
    { id: 'sp2', name: 'Spreker 2', role: 'anders', colour: '#D55E00' },
  ];
  s.transcript = [
    {
      id: 'g1',
      start: 1,
      end: 4,
      speakerId: 'sp1',
      text: 'Hoe ging je stage?',
      words: [
        { start: 1, end: 1.4, text: 'Hoe' },
        { start: 1.4, end: 1.9, text: 'ging' },
        { start: 1.9, end: 2.2, text: 'je' },
        { start: 2.2, end: 3.9, text: 'stage?' },
      ],
    },
    { id: 'g2', start: 5, end: 5.5, speakerId: 'sp2', text: 'Ja.' },
    { id: 'g3', start: 6, end: 11, speakerId: 'sp2', text: 'Ik baalde ervan, eerlijk gezegd.' },
  ];
  return s;
}

describe('transcript panel: Transcript maken', () => {
  let m: Mounted;
  afterEach(() => m.cleanup());

  it('an empty transcript offers Transcript maken and speech regions, which ask the host', async () => {
    const s = sampleSession();
    s.transcript = [];
    s.details = [];
    m = mountPanel(s);
    assert.equal(m.$('.kk-tr-empty')!.hidden, false);
    const make = m.$('[data-action="make-transcript"]')!;
    assert.match(make.textContent!, /Transcript maken/);
    click(make);
    click(m.$('[data-action="speech-regions"]'));
    await settle();
    assert.deepEqual(m.requests, [{ method: 'makeTranscript' }, { method: 'speechRegions' }]);
  });

  it('wie is wie: plays two seconds of each voice and turns a choice into one speakers edit', async () => {
    m = mountPanel(recognisedSession());
    const who = m.$('.kk-tr-who')!;
    assert.equal(who.hidden, true);
    m.ctx.events.emit('whoIsWho', ['sp1', 'sp2']);
    assert.equal(who.hidden, false);
    assert.deepEqual(m.tabs, ['transcript']);
    // Operable by keyboard: native buttons, selects and inputs in tab order.
    assert.deepEqual([...who.querySelectorAll('button, select, input')].map((e) => e.tagName), ['BUTTON', 'INPUT', 'SELECT', 'BUTTON', 'INPUT', 'SELECT', 'BUTTON']);
    // Spreker 2's first turn is a short "Ja."; the sample is its first turn of two seconds or more.
    click(who.querySelector('[data-action="who-play"][data-speaker="sp2"]'));
    assert.equal(m.clock.time, 6);
    assert.equal(m.clock.playing, true);
    m.clock.setTime(7.2);
    assert.equal(m.clock.playing, true);
    m.clock.setTime(8.05);
    assert.equal(m.clock.playing, false, 'stops after two seconds');

    const role = who.querySelector<HTMLSelectElement>('[data-speaker="sp1"][data-field="who-role"]')!;
    assert.equal(role.value, '');
    role.value = 'begeleider';
    role.dispatchEvent(new Event('change'));
    assert.deepEqual(m.edits(), [{ op: 'update', coll: 'speakers', id: 'sp1', patch: { role: 'begeleider', name: 'Begeleider' } }]);
    await settle();
    const name = who.querySelector<HTMLInputElement>('[data-speaker="sp2"][data-field="who-name"]')!;
    type(name, 'Noor');
    name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    assert.deepEqual(m.edits()[1], { op: 'update', coll: 'speakers', id: 'sp2', patch: { name: 'Noor' } });
    await settle();
    // The rows follow the edits.
    assert.match(m.row('g1')!.querySelector('.kk-tr-speaker')!.textContent!, /Begeleider/);
    click(who.querySelector('[data-action="who-done"]'));
    assert.equal(who.hidden, true);
  });

  it('words with times are spans; a click on one plays from that word', () => {
    m = mountPanel(recognisedSession());
    const words = m.row('g1')!.querySelectorAll<HTMLElement>('.kk-tr-word');
    assert.deepEqual([...words].map((w) => w.textContent), ['Hoe', 'ging', 'je', 'stage?']);
    assert.equal(m.row('g1')!.querySelector('.kk-tr-text')!.textContent, 'Hoe ging je stage?');
    click(words[2]);
    assert.equal(m.clock.time, 1.9);
    click(words[3]);
    assert.equal(m.clock.time, 2.2);
    // Rows without word times have no word spans.
    assert.equal(m.row('g3')!.querySelectorAll('.kk-tr-word').length, 0);
  });

  it('word spans and search hits live together in one row', () => {
    m = mountPanel(recognisedSession());
    type(m.$('.kk-tr-search') as HTMLInputElement, 'ging');
    const row = m.row('g1')!;
    assert.equal(row.querySelector('.kk-tr-text')!.textContent, 'Hoe ging je stage?');
    assert.equal(row.querySelector('mark')?.textContent, 'ging');
    assert.equal(row.querySelectorAll('.kk-tr-word').length, 4);
  });

  it('maps words onto the text in order, skipping words the text does not hold', () => {
    const r = wordRanges('ja ja, nee', [
      { start: 0, end: 1, text: 'ja' },
      { start: 1, end: 2, text: 'ja' },
      { start: 2, end: 3, text: 'misschien' },
      { start: 3, end: 4, text: 'nee' },
    ]);
    assert.deepEqual(r, [
      { from: 0, to: 2, start: 0 },
      { from: 3, to: 5, start: 1 },
      { from: 7, to: 10, start: 3 },
    ]);
  });
});

import { strict as assert } from 'node:assert';
import type { Edit } from '../../../src/core/session/edits';
import type { Segment, Speaker } from '../../../src/core/session/model';
import { sampleSession } from '../session/sessionFixtures';
import { settle } from './webviewTestKit';
import { click, key, mountPanel, type, type Mounted } from './transcriptFixture';

function bare() {
  const s = sampleSession();
  s.transcript = [];
  s.speakers = [];
  s.details = [];
  return s;
}

describe('transcript panel: empty state and type-along', () => {
  let m: Mounted;
  afterEach(() => m.cleanup());

  it('explains an empty transcript and offers import and typing along', async () => {
    m = mountPanel(bare());
    const empty = m.$('.kk-tr-empty')!;
    assert.equal(empty.hidden, false);
    assert.equal(m.$('.kk-tr-viewport')!.hidden, true);
    const [imp, typeAlong] = [...empty.querySelectorAll('button')];
    click(imp);
    await settle();
    assert.deepEqual(m.requests, [{ method: 'importTranscript' }]);
    click(typeAlong);
    const zone = m.$('[data-typing-zone]')!;
    assert.equal(zone.hidden, false);
    assert.equal(empty.hidden, true);
    assert.equal(m.window.document.activeElement, zone.querySelector('textarea'));
    assert.match(zone.textContent!, /Esc of Ctrl\+Spatie/);
  });

  it('makes speakers with Alt+2, and writes a segment from when typing began until Enter', async () => {
    m = mountPanel(bare());
    click(m.$$('.kk-tr-empty button')[1]);
    const box = m.$('[data-typing-zone] textarea') as HTMLTextAreaElement;
    key(box, '@', { code: 'Digit2', altKey: true });
    const made = m.edits()[0] as Extract<Edit, { op: 'batch' }>;
    const speakers = made.edits.map((e) => (e as { item: Speaker }).item);
    assert.deepEqual(speakers.map((p) => [p.name, p.role]), [['Begeleider', 'begeleider'], ['Student', 'student']]);
    await settle();
    assert.ok(m.$('[data-typing-zone] .chip-on')!.textContent!.includes('Student'));

    m.clock.setTime(10);
    type(box, 'Ik weet het niet zo goed.');
    m.clock.setTime(13.5);
    const e = key(box, 'Enter');
    assert.ok(e.defaultPrevented);
    const add = m.edits()[1] as Extract<Edit, { op: 'add' }>;
    const seg = add.item as Segment;
    assert.deepEqual([seg.start, seg.end, seg.speakerId, seg.text], [10, 13.5, speakers[1]!.id, 'Ik weet het niet zo goed.']);
    assert.equal(box.value, '');
    assert.equal(m.window.document.activeElement, box);
    await settle();
    assert.ok(m.row(seg.id), 'the new segment is listed');

    // Alt+1 switches to the begeleider without making anyone new.
    key(box, '¡', { code: 'Digit1', altKey: true });
    m.clock.setTime(20);
    type(box, 'Wat maakte dat zo?');
    m.clock.setTime(22);
    key(box, 'Enter');
    assert.equal(m.edits().length, 3);
    assert.equal(((m.edits()[2] as { item: Segment }).item).speakerId, speakers[0]!.id);
  });

  it('pauses and jumps back with Escape, plays on with Escape again', () => {
    m = mountPanel(bare());
    click(m.$$('.kk-tr-empty button')[1]);
    const box = m.$('[data-typing-zone] textarea') as HTMLTextAreaElement;
    m.clock.setTime(30);
    key(box, 'Escape');
    assert.equal(m.clock.playing, true);
    m.clock.setTime(35);
    const e = key(box, 'Escape');
    assert.ok(e.defaultPrevented);
    assert.equal(m.clock.playing, false);
    assert.equal(m.clock.time, 33); // typeAlongRewindSec is 2 in the harness
    key(box, ' ', { code: 'Space', ctrlKey: true });
    assert.equal(m.clock.playing, true);
  });

  it('answers the typeAlong view event (the type-along keys)', async () => {
    const s = bare();
    s.speakers = [
      { id: 'spB', name: 'Marieke', role: 'begeleider', colour: '#0072B2' },
      { id: 'spS', name: 'Noor', role: 'student', colour: '#D55E00' },
    ];
    m = mountPanel(s);
    m.ctx.events.emit('typeAlong', 'toggle');
    assert.equal(m.clock.playing, true);
    assert.deepEqual(m.tabs, ['transcript']);
    m.ctx.events.emit('typeAlong', 'nextSpeaker');
    const box = m.$('[data-typing-zone] textarea') as HTMLTextAreaElement;
    type(box, 'Ja.');
    m.ctx.events.emit('typeAlong', 'newSegment');
    const add = m.edits()[0] as Extract<Edit, { op: 'add' }>;
    assert.equal((add.item as Segment).speakerId, 'spS');
    await settle();
    assert.equal(m.ctx.store.session!.transcript.length, 1);
  });

  it('does not write an empty segment', () => {
    m = mountPanel(bare());
    click(m.$$('.kk-tr-empty button')[1]);
    const box = m.$('[data-typing-zone] textarea') as HTMLTextAreaElement;
    type(box, '   ');
    key(box, 'Enter');
    assert.equal(m.edits().length, 0);
  });
});

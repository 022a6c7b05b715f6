import { strict as assert } from 'node:assert';
import type { Edit } from '../../../src/core/session/edits';
import type { Segment } from '../../../src/core/session/model';
import { sampleSession } from '../session/sessionFixtures';
import { settle } from './webviewTestKit';
import { click, key, longSession, mountPanel, type, type Mounted } from './transcriptFixture';

describe('transcript panel: view', () => {
  let m: Mounted;
  afterEach(() => m.cleanup());

  it('keeps only the rows in view in the DOM for 2,000 segments', () => {
    m = mountPanel(longSession(2000));
    const rows = m.$$('.kk-tr-row');
    assert.ok(rows.length > 5 && rows.length < 80, `rows in DOM: ${rows.length}`);
    assert.equal(rows[0]!.dataset.key, 'g0');
    // Scrolling far down brings those rows in and drops the first ones.
    const vp = m.$('.kk-tr-viewport')!;
    vp.scrollTop = 40_000;
    vp.dispatchEvent(new Event('scroll'));
    const after = m.$$('.kk-tr-row');
    assert.ok(after.length < 80, `rows after scroll: ${after.length}`);
    assert.ok(!m.row('g0'), 'the first row left the DOM');
    const firstIdx = Number(after[0]!.dataset.key!.slice(1));
    assert.ok(firstIdx > 500, `first row after scroll: ${firstIdx}`);
    // The spacers stand in for the rest: top spacer about the height of the rows above.
    const top = m.$('.kk-tr-spacer')!;
    assert.ok(parseFloat(top.style.height) > 30_000);
  });

  it('shows time, speaker with role, and text per row', () => {
    m = mountPanel();
    const r = m.row('g2')!;
    assert.equal(r.querySelector('.kk-tr-time')!.textContent, '0:05');
    assert.match(r.querySelector('.kk-tr-speaker')!.textContent!, /Noor.*student/);
    assert.equal(r.querySelector<HTMLElement>('.kk-tr-speaker')!.style.getPropertyValue('--kk-speaker'), '#D55E00');
    assert.match(r.querySelector('.kk-tr-text')!.textContent!, /ik baalde eigenlijk/);
  });

  it('highlights the segment under the playhead as the clock moves', () => {
    m = mountPanel();
    m.clock.setTime(6);
    assert.deepEqual(m.$$('.kk-tr-row.is-current').map((r) => r.dataset.key), ['g2']);
    m.clock.setTime(14);
    assert.deepEqual(m.$$('.kk-tr-row.is-current').map((r) => r.dataset.key), ['g3']);
    assert.equal(m.row('g3')!.getAttribute('aria-current'), 'time');
    m.clock.setTime(12.5); // between segments
    assert.equal(m.$$('.kk-tr-row.is-current').length, 0);
  });

  it('follows the playhead through a long transcript, but not right after the user scrolled', () => {
    m = mountPanel(longSession(2000));
    m.clock.setTime(1500 * 3 + 1);
    assert.ok(m.row('g1500')?.classList.contains('is-current'), 'the current row was scrolled into the DOM');
    const vp = m.$('.kk-tr-viewport')!;
    const followed = vp.scrollTop;
    assert.ok(followed > 0);
    // The user scrolls elsewhere: following waits.
    vp.scrollTop = 1000;
    vp.dispatchEvent(new Event('scroll'));
    m.clock.setTime(1700 * 3 + 1);
    assert.equal(vp.scrollTop, 1000);
    assert.ok(!m.row('g1700'));
  });

  it('does not follow when the follow toggle is off', () => {
    m = mountPanel(longSession(2000));
    const follow = m.$$('.kk-tr-tool').find((b) => b.getAttribute('aria-pressed') === 'true')!;
    click(follow);
    assert.equal(follow.getAttribute('aria-pressed'), 'false');
    m.clock.setTime(900 * 3 + 1);
    assert.equal(m.$('.kk-tr-viewport')!.scrollTop, 0);
  });

  it('seeks when the time of a row is clicked, and selects the row', () => {
    m = mountPanel();
    click(m.row('g3')!.querySelector('.kk-tr-time'));
    assert.equal(m.clock.time, 13);
    assert.ok(m.row('g3')!.classList.contains('is-selected'));
  });

  it('shows a marker for linked details that opens the detail', () => {
    m = mountPanel();
    const seen: string[] = [];
    m.ctx.events.on('selectDetail', (id) => seen.push(id));
    const markers = m.row('g2')!.querySelectorAll<HTMLElement>('.kk-tr-detail');
    assert.equal(markers.length, 2); // d1 and d2 both link g2
    assert.ok(!m.row('g1')!.querySelector('.kk-tr-detail'));
    click(markers[1]);
    assert.deepEqual(m.tabs, ['details']);
    assert.deepEqual(seen, ['d2']);
  });

  it('keeps hostile text inert', () => {
    const s = sampleSession();
    s.transcript[0]!.text = '<img src=x onerror=alert(1)> en <script>alert(2)</script> baalde';
    s.speakers[0]!.name = '<b onmouseover=alert(3)>Marieke</b>';
    m = mountPanel(s);
    type(m.$('.kk-tr-search') as HTMLInputElement, 'img');
    assert.equal(m.el.querySelectorAll('img, script, b').length, 0);
    assert.match(m.row('g1')!.textContent!, /<img src=x onerror=alert\(1\)>/);
    assert.match(m.row('g1')!.textContent!, /<b onmouseover/);
    assert.ok(m.row('g1')!.querySelector('mark'), 'the search hit is marked, still as text');
  });

  it('hides signal words until the trio reveals them, then marks them in student segments only, with a legend', () => {
    const s = sampleSession();
    s.transcript[0]!.text = 'Baalde jij ook?';
    s.transcript[1]!.text = s.transcript[1]!.text + ' Op stage was het leuker.';
    m = mountPanel(s);
    // The emotiewoorden practice: first find them yourselves.
    assert.equal(m.el.querySelectorAll('.kk-tr-text .kk-tr-emotion').length, 0);
    const legend = m.el.querySelector('.kk-tr-legend')!;
    assert.match(legend.textContent!, /verborgen/);
    const btn = [...m.el.querySelectorAll<HTMLButtonElement>('.kk-tr-tool')].find((b) => b.textContent === 'Signaalwoorden')!;
    assert.equal(btn.getAttribute('aria-pressed'), 'false');
    btn.click();
    assert.equal(btn.getAttribute('aria-pressed'), 'true');
    assert.match(legend.textContent!, /Gemarkeerd: emotie- en signaalwoorden/);
    const marks = [...m.row('g2')!.querySelectorAll<HTMLElement>('.kk-tr-emotion')];
    assert.ok(marks.some((e) => e.textContent === 'baalde'), marks.map((e) => e.textContent).join(', '));
    const degree = marks.find((e) => e.textContent === 'leuker')!;
    assert.equal(degree.dataset.degree, 'vergrotend');
    assert.match(degree.title, /Vergrotende trap/);
    assert.equal(m.row('g1')!.querySelectorAll('.kk-tr-emotion').length, 0);
    // Remembered in the view state: a new panel in the same editor starts revealed.
    assert.equal(m.ctx.viewState.get('transcript.signals'), true);
  });
});

describe('transcript panel: search', () => {
  let m: Mounted;
  afterEach(() => m.cleanup());

  it('marks hits with <mark>, counts them and goes to the next with Enter', () => {
    m = mountPanel();
    const input = m.$('.kk-tr-search') as HTMLInputElement;
    type(input, 'gebeurd');
    const marks = m.$$('mark').map((x) => x.textContent);
    assert.deepEqual(marks, ['gebeurd', 'gebeurde']);
    assert.match(m.$('.kk-tr-count')!.textContent!, /2 stukjes \(2 treffers\)/);
    key(input, 'Enter');
    assert.ok(m.row('g1')!.classList.contains('is-selected'));
    assert.equal(m.clock.time, 0);
    key(input, 'Enter');
    assert.ok(m.row('g3')!.classList.contains('is-selected'));
    assert.equal(m.clock.time, 13);
    assert.match(m.$('.kk-tr-count')!.textContent!, /2 van 2/);
    key(input, 'Enter', { shiftKey: true });
    assert.ok(m.row('g1')!.classList.contains('is-selected'));
  });

  it('says when nothing is found, and can show only the segments with hits', () => {
    m = mountPanel();
    const input = m.$('.kk-tr-search') as HTMLInputElement;
    type(input, 'olifant');
    assert.equal(m.$('.kk-tr-count')!.textContent, 'Niet gevonden');
    type(input, 'stage');
    click(m.$('.kk-tr-searchbar [aria-pressed]'));
    assert.deepEqual(m.$$('.kk-tr-row').map((r) => r.dataset.key), ['g1']);
  });

  it('finds hits in 2,000 segments, and in new text after an edit', async () => {
    m = mountPanel(longSession(2000));
    const input = m.$('.kk-tr-search') as HTMLInputElement;
    type(input, 'olifant');
    assert.equal(m.$('.kk-tr-count')!.textContent, 'Niet gevonden');
    m.ctx.store.edit({ op: 'update', coll: 'transcript', id: 'g3', patch: { text: 'een olifant in de klas' } });
    await settle();
    assert.match(m.$('.kk-tr-count')!.textContent!, /^1 stukje \(1 treffer\)/);
  });
});

describe('transcript panel: editing', () => {
  let m: Mounted;
  afterEach(() => m.cleanup());

  function openEditor(id: string): HTMLTextAreaElement {
    click(m.row(id)!.querySelector('.kk-tr-text'), 'dblclick');
    const area = m.row(id)!.querySelector('textarea');
    assert.ok(area, 'the editor opened');
    return area;
  }

  it('saves text with Enter as one update, and shows it once the host confirms', async () => {
    m = mountPanel();
    const area = openEditor('g2');
    type(area, 'Nou, ik baalde echt.');
    const e = key(area, 'Enter');
    assert.ok(e.defaultPrevented);
    assert.deepEqual(m.edits(), [{ op: 'update', coll: 'transcript', id: 'g2', patch: { text: 'Nou, ik baalde echt.' } }]);
    assert.match(m.row('g2')!.textContent!, /ik moest alleen/, 'unchanged until the host confirms');
    await settle();
    assert.equal(m.row('g2')!.querySelector('.kk-tr-text')!.textContent, 'Nou, ik baalde echt.');
    assert.ok(!m.row('g2')!.querySelector('textarea'));
  });

  it('cancels with Escape and keeps Shift+Enter as a new line', () => {
    m = mountPanel();
    const area = openEditor('g1');
    const e = key(area, 'Enter', { shiftKey: true });
    assert.ok(!e.defaultPrevented);
    type(area, 'iets anders');
    key(area, 'Escape');
    assert.equal(m.edits().length, 0);
    assert.ok(!m.row('g1')!.querySelector('textarea'));
  });

  it('opens the selected row with Enter, and changes speaker and times in one edit', () => {
    m = mountPanel();
    click(m.row('g1')!.querySelector('.kk-tr-text'));
    key(m.row('g1')!, 'Enter');
    const row = m.row('g1')!;
    const who = row.querySelector('select')!;
    who.value = 'spS';
    who.dispatchEvent(new Event('change'));
    type(row.querySelector('[data-field="end"]') as HTMLInputElement, '0:04.8');
    key(row.querySelector('textarea')!, 'Enter');
    assert.deepEqual(m.edits(), [{ op: 'update', coll: 'transcript', id: 'g1', patch: { speakerId: 'spS', start: 0, end: 4.8 } }]);
  });

  it('refuses a time that is not a time, or an end before the start', () => {
    m = mountPanel();
    openEditor('g2');
    const row = m.row('g2')!;
    const start = row.querySelector('[data-field="start"]') as HTMLInputElement;
    type(start, '1:7x');
    key(row.querySelector('textarea')!, 'Enter');
    assert.equal(start.getAttribute('aria-invalid'), 'true');
    type(start, '0:30');
    key(row.querySelector('textarea')!, 'Enter');
    assert.equal((row.querySelector('[data-field="end"]') as HTMLElement).getAttribute('aria-invalid'), 'true');
    assert.match(row.querySelector('.kk-tr-edit-error')!.textContent!, /vóór het begin/);
    assert.equal(m.edits().length, 0);
  });

  it('splits at the playhead, merges with the next, and inserts at the playhead', async () => {
    m = mountPanel();
    const tool = (label: string) => m.$$('.kk-tr-segbar button').find((b) => b.textContent === label)!;
    click(m.row('g2')!.querySelector('.kk-tr-text'));
    m.clock.setTime(8);
    click(tool('Splitsen'));
    const split = m.edits()[0] as Extract<Edit, { op: 'batch' }>;
    assert.equal(split.op, 'batch');
    assert.deepEqual((split.edits[0] as Extract<Edit, { op: 'update' }>).patch.end, 8);
    assert.equal((split.edits[1] as { item: Segment }).item.start, 8);
    await settle();
    assert.equal(m.ctx.store.session!.transcript.length, 4);

    click(m.row('g1')!.querySelector('.kk-tr-text'));
    click(tool('Samenvoegen'));
    const merge = m.edits()[1] as Extract<Edit, { op: 'batch' }>;
    assert.deepEqual(merge.edits[1], { op: 'remove', coll: 'transcript', id: 'g2' });
    await settle();
    assert.equal(m.ctx.store.session!.transcript.length, 3);

    m.clock.setTime(30);
    click(tool('Nieuw'));
    const add = m.edits()[2] as { op: string; item: Segment };
    assert.equal(add.op, 'add');
    assert.equal(add.item.start, 30);
    await settle();
    assert.ok(m.row(add.item.id)!.querySelector('textarea'), 'the new segment opens in the editor');
  });

  it('splits at the caret in the editor', () => {
    m = mountPanel();
    const area = openEditor('g1');
    area.setSelectionRange(12, 12);
    m.clock.setTime(50);
    click([...m.row('g1')!.querySelectorAll('button')].find((b) => b.textContent === 'Splitsen bij de cursor'));
    const split = m.edits()[0] as Extract<Edit, { op: 'batch' }>;
    assert.deepEqual((split.edits[0] as Extract<Edit, { op: 'update' }>).patch, { end: 1, text: 'Vertel eens,' });
    assert.equal((split.edits[1] as { item: { text: string } }).item.text, 'wat is er vorige week gebeurd op je stage?');
  });

  it('removes a segment with the links details had to it', () => {
    m = mountPanel();
    click(m.row('g2')!.querySelector('.kk-tr-text'));
    click(m.$$('.kk-tr-segbar button').find((b) => b.textContent === 'Verwijderen'));
    const e = m.edits()[0] as Extract<Edit, { op: 'batch' }>;
    assert.deepEqual(e.edits.map((x) => x.op), ['remove', 'update', 'update']);
  });
});

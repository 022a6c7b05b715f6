import * as assert from 'node:assert/strict';
import type { Detail, Question, Session } from '../../../src/core/session/model';
import { questionSchema } from '../../../src/core/session/sessionSchema';
import * as v from 'valibot';
import { sampleSession } from '../session/sessionFixtures';
import { edits, mountPanel } from './detailsTestKit';
import { settle, type Harness } from './webviewTestKit';

function detail(id: string, start: number, authorId: string | null, tags: string[], see = ''): Detail {
  return { id, start, end: null, tags, authorId, see, meaning: '', deepen: '', feedback: null, question: null, segmentIds: [], createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z' };
}

function mixed(): Session {
  const s = sampleSession();
  s.details = [detail('x1', 10, 'pC', ['u5']), detail('x2', 20, 'pA', ['u9']), detail('x3', 30, 'pB', ['u1']), detail('x4', 40, null, [])];
  s.questions = [];
  return s;
}

describe('webview details: the list', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());
  const ids = () => [...hs.window.document.querySelectorAll('.detail-list > li')].map((li) => li.getAttribute('data-id'));
  const select = (label: string) => hs.window.document.querySelector(`select[aria-label="${label}"]`) as HTMLSelectElement;
  const change = (sel: HTMLSelectElement, value: string) => {
    sel.value = value;
    sel.dispatchEvent(new Event('change'));
  };

  it('sorts by time, by tag and by author (ties in time order)', () => {
    ({ hs } = mountPanel(mixed(), 'details'));
    assert.deepEqual(ids(), ['x1', 'x2', 'x3', 'x4']);
    change(select('Sorteren'), 'tag');
    assert.deepEqual(ids(), ['x3', 'x1', 'x2', 'x4']);
    change(select('Sorteren'), 'author');
    assert.deepEqual(ids(), ['x2', 'x3', 'x1', 'x4']);
    change(select('Sorteren'), 'time');
    assert.deepEqual(ids(), ['x1', 'x2', 'x3', 'x4']);
  });

  it('filters by tag and by author, and says how many are shown', () => {
    ({ hs } = mountPanel(mixed(), 'details'));
    change(select('Uitgangspunt'), 'u9');
    assert.deepEqual(ids(), ['x2']);
    assert.match(hs.window.document.querySelector('.details-count')!.textContent!, /1 van 4/);
    change(select('Uitgangspunt'), '');
    change(select('Wie'), 'pB');
    assert.deepEqual(ids(), ['x3']);
    change(select('Wie'), '-');
    assert.deepEqual(ids(), ['x4']);
  });

  it('shows time, author, tag chips (full label for screen readers), texts, feedback and question', () => {
    ({ hs } = mountPanel(sampleSession(), 'details'));
    const li = hs.window.document.querySelector('li[data-id="d1"]')!;
    assert.equal(li.querySelector('.di-time')!.textContent, '0:06');
    assert.match(li.querySelector('.di-author')!.textContent!, /Joost Bakker/);
    const chip = li.querySelector('.tag-chip') as HTMLElement;
    assert.equal(chip.title, '(H)erken emoties');
    assert.equal(chip.querySelector('.sr-only')!.textContent, '(H)erken emoties');
    assert.match(li.textContent!, /Noor zucht en kijkt weg\./);
    assert.match(li.textContent!, /Er zit een emotie onder\./);
    assert.match(li.querySelector('.di-feedback')!.textContent!, /goed/);
    assert.match(li.querySelector('.di-question')!.textContent!, /verdiepend: Wat maakte dat je baalde\?/);
  });

  it('keeps hostile text inert', async () => {
    const s = sampleSession();
    const evil = '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>';
    s.details[0]!.see = evil;
    s.details[0]!.question = { text: evil, type: 'verbredend' };
    s.participants[1]!.name = '<b onmouseover=alert(1)>Joost</b>';
    ({ hs } = mountPanel(s, 'details'));
    await settle();
    const list = hs.window.document.querySelector('.detail-list')!;
    assert.equal(list.querySelectorAll('img, script, b').length, 0);
    assert.ok(list.textContent!.includes(evil));
    assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
    // The edit form shows the same text as a value, not as markup.
    (list.querySelector('li[data-id="d1"] [data-action="edit"]') as HTMLButtonElement).click();
    assert.equal(hs.ctx.formSlot.querySelectorAll('img, script, b').length, 0);
    assert.equal(hs.ctx.formSlot.querySelector('textarea')!.value, evil);
  });

  it('a click on the time seeks there', () => {
    ({ hs } = mountPanel(sampleSession(), 'details'));
    (hs.window.document.querySelector('li[data-id="d2"] .di-time') as HTMLButtonElement).click();
    assert.equal(hs.clock.time, 14);
  });

  it('selectDetail scrolls to and marks a detail, even when a filter hid it', () => {
    ({ hs } = mountPanel(mixed(), 'details'));
    change(select('Wie'), 'pA');
    hs.ctx.events.emit('selectDetail', 'x3');
    const li = hs.window.document.querySelector('li[data-id="x3"]')!;
    assert.ok(li.classList.contains('di-selected'));
    assert.equal(hs.window.document.activeElement, li);
    hs.ctx.events.emit('selectDetail', 'x1');
    assert.ok(!li.classList.contains('di-selected'));
  });

  it('delete sends one remove and says Ctrl+Z brings it back', async () => {
    ({ hs } = mountPanel(sampleSession(), 'details'));
    (hs.window.document.querySelector('li[data-id="d1"] [data-action="delete"]') as HTMLButtonElement).click();
    assert.deepEqual(edits(hs), [{ op: 'remove', coll: 'details', id: 'd1' }]);
    assert.match(hs.window.document.querySelector('.details-hint')!.textContent!, /Ctrl\+Z/);
    await settle();
    assert.deepEqual(ids(), ['d2']);
  });

  it('"Goede vraag" copies the suggested question onto the list', async () => {
    ({ hs } = mountPanel(sampleSession(), 'details'));
    (hs.window.document.querySelector('li[data-id="d2"] [data-action="toQuestion"]') as HTMLButtonElement).click();
    const sent = edits(hs);
    assert.equal(sent.length, 1);
    const ed = sent[0]!;
    assert.ok(ed.op === 'add' && ed.coll === 'questions');
    const q = ed.item as Question;
    assert.ok(v.safeParse(questionSchema, q).success);
    assert.equal(q.text, 'Wat maakte dat je baalde?');
    assert.equal(q.type, 'verdiepend');
    assert.equal(q.source, 'detail');
    assert.equal(q.detailId, 'd2');
    assert.equal(q.proposedBy, 'pC');
    assert.equal(q.time, 14);
    assert.deepEqual(q.tags, ['u3']);
    await settle();
    const li = hs.window.document.querySelector('li[data-id="d2"]')!;
    assert.equal(li.querySelector('[data-action="toQuestion"]'), null, 'no second copy');
    assert.ok(li.querySelector('.di-onlist'));
  });

  it('one edit among 2,000 details redraws only that item, reusing the others (timing: npm run bench)', function () {
    this.timeout(30000); // building 2,000 items under jsdom takes a second or two
    const s = sampleSession();
    const tags = s.framework.tags.map((x) => x.id);
    const people = ['pA', 'pB', 'pC'];
    s.details = Array.from({ length: 2000 }, (_, i) => ({
      ...detail(`b${i}`, i * 1.5, people[i % 3]!, [tags[i % 9]!, tags[(i * 7) % 9]!], `Observatie nummer ${i}: de student zucht.`),
      meaning: 'Er zit iets onder.',
      question: i % 4 === 0 ? { text: 'Waar speelt dat nog meer?', type: 'verbredend' as const } : null,
    }));
    ({ hs } = mountPanel(s, 'details'));
    const list = hs.window.document.querySelector('.detail-list')!;
    assert.equal(list.children.length, 2000);
    const untouched = list.querySelector('li[data-id="b1500"]');
    for (let n = 0; n < 20; n++) {
      const id = `b${(n * 97) % 2000}`;
      hs.ctx.store.applied({ op: 'update', coll: 'details', id, patch: { see: `Bewerkt ${n}`, updatedAt: new Date().toISOString() } }, 10 + n, true);
      assert.equal(list.querySelector(`li[data-id="${id}"] dd`)!.textContent, `Bewerkt ${n}`);
    }
    assert.equal(list.querySelector('li[data-id="b1500"]'), untouched, 'items that did not change are reused');
    assert.equal(list.children.length, 2000);
  });
});

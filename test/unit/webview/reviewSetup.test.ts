import { strict as assert } from 'node:assert';
import * as v from 'valibot';
import type { Edit } from '../../../src/core/session/edits';
import type { Participant } from '../../../src/core/session/model';
import { participantSchema } from '../../../src/core/session/sessionSchema';
import type { ViewMessage } from '../../../src/protocol/messages';
import { createReviewPanel } from '../../../webview/panels/reviewPanel';
import { sampleSession } from '../session/sessionFixtures';
import { mountHarness, settle, type Harness } from './webviewTestKit';

const edits = (sent: ViewMessage[]): Edit[] => sent.flatMap((m) => (m.type === 'session/apply' ? [m.edit] : []));

function mount(session = sampleSession()) {
  const hs = mountHarness(session);
  const panel = createReviewPanel(hs.ctx, { now: () => 0, beep: () => undefined });
  hs.ctx.store.subscribe((c) => panel.update(c));
  hs.window.document.body.append(panel.element);
  return { hs, panel, doc: hs.window.document };
}

function byLabel<T extends Element>(root: ParentNode, label: string): T {
  const el = [...root.querySelectorAll<T>('[aria-label]')].find((e) => e.getAttribute('aria-label') === label);
  assert.ok(el, `no element labelled ${label}`);
  return el;
}

function commit(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.focus();
  el.value = value;
  el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

describe('review panel: set-up', () => {
  let hs: Harness;
  afterEach(() => hs?.cleanup());

  it('adds a participant as one valid add edit with the next free role and a palette colour', async () => {
    const s = sampleSession();
    s.participants = s.participants.filter((p) => p.role !== 'c');
    const m = mount(s);
    hs = m.hs;
    const name = byLabel<HTMLInputElement>(m.doc, 'Naam van de nieuwe deelnemer');
    name.value = 'Sem';
    const add = [...m.doc.querySelectorAll('button')].find((b) => b.textContent === 'Deelnemer toevoegen')!;
    add.click();
    await settle();
    const e = edits(hs.sent);
    assert.equal(e.length, 1);
    assert.equal(e[0]!.op, 'add');
    const item = (e[0] as Extract<Edit, { op: 'add' }>).item as Participant;
    assert.equal(e[0]!.op === 'add' && e[0]!.coll, 'participants');
    assert.ok(v.safeParse(participantSchema, item).success, 'the item passes the schema');
    assert.match(item.id, /^p[A-Za-z0-9]+$/);
    assert.equal(item.name, 'Sem');
    assert.equal(item.role, 'c');
    assert.ok(!['#E69F00', '#56B4E9'].includes(item.colour), 'a colour not used yet');
    // The host applied it; the list shows the new person.
    assert.ok([...m.doc.querySelectorAll<HTMLInputElement>('.review-participant input')].some((i) => i.value === 'Sem'));
  });

  it('renames and removes a participant (a second click when they have details)', async () => {
    const m = mount();
    hs = m.hs;
    const name = byLabel<HTMLInputElement>(m.doc, 'Naam van deelnemer Joost Bakker');
    commit(name, 'Joost B.');
    await settle();
    assert.deepEqual(edits(hs.sent).at(-1), { op: 'update', coll: 'participants', id: 'pB', patch: { name: 'Joost B.' } });
    const remove = byLabel<HTMLButtonElement>(m.doc, 'Joost B. verwijderen');
    remove.click();
    await settle();
    assert.equal(edits(hs.sent).length, 1, 'first click only asks');
    assert.match(m.doc.querySelector('.review-confirm')!.textContent!, /heeft 1 detail\./);
    m.doc.querySelector<HTMLButtonElement>('.review-participant[data-id="pB"] .review-remove')!.click();
    await settle();
    assert.deepEqual(edits(hs.sent).at(-1), { op: 'remove', coll: 'participants', id: 'pB' });
    assert.equal(hs.ctx.store.session!.participants.some((p) => p.id === 'pB'), false);
  });

  it('commits context fields on Enter/blur, not per keystroke', async () => {
    const m = mount();
    hs = m.hs;
    const opl = byLabel<HTMLInputElement>(m.doc, 'Opleiding');
    opl.focus();
    opl.value = 'Zo';
    opl.dispatchEvent(new Event('input', { bubbles: true }));
    opl.value = 'Zorg';
    opl.dispatchEvent(new Event('input', { bubbles: true }));
    assert.equal(edits(hs.sent).length, 0);
    opl.blur();
    await settle();
    const e = edits(hs.sent);
    assert.equal(e.length, 1);
    assert.equal(e[0]!.op, 'review');
    assert.equal(hs.ctx.store.session!.review.context.opleiding, 'Zorg');
    assert.equal(hs.ctx.store.session!.review.context.niveau, '', 'other fields kept');
  });

  it('a changed leervraag pushes the old wording into the history in the same edit, and shows it', async () => {
    const m = mount();
    hs = m.hs;
    const lv = m.doc.getElementById('review-leervraag') as HTMLTextAreaElement;
    assert.equal(lv.value, 'Hoe vraag ik door zonder in te vullen?');
    commit(lv, 'Hoe vraag ik door naar wat er precies gebeurde?');
    await settle();
    const e = edits(hs.sent);
    assert.equal(e.length, 1);
    assert.equal(e[0]!.op, 'review');
    const patch = (e[0] as Extract<Edit, { op: 'review' }>).patch;
    assert.equal(patch.leervraag, 'Hoe vraag ik door naar wat er precies gebeurde?');
    assert.equal(patch.leervraagHistory!.length, 1);
    assert.equal(patch.leervraagHistory![0]!.text, 'Hoe vraag ik door zonder in te vullen?');
    assert.ok(!Number.isNaN(Date.parse(patch.leervraagHistory![0]!.at)));
    const hist = m.doc.querySelector('.review-history')!;
    assert.match(hist.textContent!, /zonder in te vullen/);
    assert.equal((m.doc.querySelector('.review-history-box') as HTMLElement).hidden, false);
  });

  it('a first leervraag is set without a history entry', async () => {
    const s = sampleSession();
    s.review.leervraag = '';
    const m = mount(s);
    hs = m.hs;
    commit(m.doc.getElementById('review-leervraag') as HTMLTextAreaElement, 'Hoe luister ik leeg?');
    await settle();
    assert.deepEqual(edits(hs.sent), [{ op: 'review', patch: { leervraag: 'Hoe luister ik leeg?' } }]);
    assert.equal((m.doc.querySelector('.review-history-box') as HTMLElement).hidden, true);
  });

  it('toggling a lens chip sends an update of that observer\'s lens; focus chips edit review.focus', async () => {
    const m = mount();
    hs = m.hs;
    const lensB = byLabel<HTMLElement>(m.doc, 'Kijkopdracht van Joost Bakker (b)');
    const u3 = lensB.querySelector<HTMLButtonElement>('[data-tag="u3"]')!;
    assert.equal(u3.getAttribute('aria-pressed'), 'false');
    u3.click();
    await settle();
    assert.deepEqual(edits(hs.sent).at(-1), { op: 'update', coll: 'participants', id: 'pB', patch: { lens: ['u2', 'u6', 'u3'] } });
    const again = byLabel<HTMLElement>(m.doc, 'Kijkopdracht van Joost Bakker (b)').querySelector<HTMLButtonElement>('[data-tag="u2"]')!;
    assert.equal(again.getAttribute('aria-pressed'), 'true');
    again.click();
    await settle();
    assert.deepEqual(edits(hs.sent).at(-1), { op: 'update', coll: 'participants', id: 'pB', patch: { lens: ['u6', 'u3'] } });
    const focus = byLabel<HTMLElement>(m.doc, 'Waar het drietal de tweede keer op let');
    focus.querySelector<HTMLButtonElement>('[data-tag="u6"]')!.click();
    await settle();
    assert.deepEqual(edits(hs.sent).at(-1), { op: 'review', patch: { focus: ['u6'] } });
    // Chips are grouped by the framework's groups.
    const groups = [...lensB.querySelectorAll('[role="group"]')].map((g) => g.getAttribute('aria-label'));
    assert.deepEqual(groups, ['Gespreksverloop', 'Houding']);
  });

  it('hostile names and text stay inert', async () => {
    const s = sampleSession();
    const evil = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
    s.participants[1]!.name = evil;
    s.review.leervraag = evil;
    s.review.leervraagHistory = [{ text: evil, at: '2026-01-01T00:00:00.000Z' }];
    s.review.context.aanleiding = evil;
    const m = mount(s);
    hs = m.hs;
    for (const sec of m.doc.querySelectorAll<HTMLElement>('.review-body')) sec.hidden = false;
    assert.equal(m.doc.querySelectorAll('img, script').length, 0);
    assert.ok(m.doc.querySelector('.review-history')!.textContent!.includes('<img src=x'));
    assert.equal((globalThis as Record<string, unknown>).__pwned, undefined);
  });

  it('read-only: no edits can be sent from the set-up', async () => {
    const m = mount();
    hs = m.hs;
    hs.ctx.store.replace(hs.ctx.store.session!, 2, true, false);
    const add = [...m.doc.querySelectorAll('button')].find((b) => b.textContent === 'Deelnemer toevoegen')!;
    assert.equal(add.disabled, true);
    assert.equal((m.doc.querySelector('.review-readonly') as HTMLElement).hidden, false);
  });
  it('typed letters in the leervraag stay in the field; Ctrl keys go on to VS Code', () => {
    const m = mount();
    hs = m.hs;
    // The webview forwards keys that reach its window to VS Code's keybindings (the player's k, t, 1…).
    const heard: string[] = [];
    hs.window.addEventListener('keydown', (e) => heard.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`));
    const field = m.doc.querySelector<HTMLTextAreaElement>('#review-leervraag')!;
    field.focus();
    for (const key of ['i', 'k', 't', '1', ' ']) field.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true }));
    assert.deepEqual(heard, ['Ctrl+s']);
  });
});

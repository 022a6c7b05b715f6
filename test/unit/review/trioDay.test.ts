import { strict as assert } from 'node:assert';
import { strFromU8, unzipSync } from 'fflate';
import { trioDayDocx, trioDayHtml, trioDayMarkdown } from '../../../src/core/export/trioDayReport';
import { lastVervolgstap, rotatedParticipants, setUpNextRound, trioDay, type SessionAt } from '../../../src/core/review/trioDay';
import { applyEdit } from '../../../src/core/session/edits';
import { newSession } from '../../../src/core/session/newSession';
import type { Session } from '../../../src/core/session/model';
import { sampleSession } from '../session/sessionFixtures';

/** A member's own recording: empty until rotation sets up the trio there. */
function own(title: string, createdAt: string): Session {
  const s = newSession(null, title);
  s.createdAt = createdAt;
  return s;
}

describe('trio day: rotation keeps each member\'s work', () => {
  it('sets up the next member\'s session with the same people and colours, roles moved on, and leaves the previous one alone', () => {
    const first = sampleSession();
    const before = JSON.stringify(first);
    const rot = rotatedParticipants(first);
    assert.deepEqual(rot.map((p) => [p.id, p.role, p.colour]), [['pA', 'c', '#E69F00'], ['pB', 'a', '#56B4E9'], ['pC', 'b', '#009E73']]);
    const second = own('Gesprek van Joost', '2026-11-01T11:00:00.000Z');
    const e = setUpNextRound(first, second, 'Eerst vragen wat er precies gebeurde.', 'drietal')!;
    const after = applyEdit(second, e).session;
    assert.deepEqual(after.participants.map((p) => [p.name, p.role]), [['Marieke de Vries', 'c'], ['Joost Bakker', 'a'], ['Fatima El Amrani', 'b']]);
    assert.equal(after.review.leervraag, 'Eerst vragen wat er precies gebeurde.', 'the proposal fills an empty leervraag');
    assert.equal(JSON.stringify(first), before, 'the previous session is unchanged');
    // A leervraag a already wrote is never replaced, and a second set-up changes nothing.
    assert.equal(setUpNextRound(first, { ...after, review: { ...after.review, leervraag: 'Eigen vraag' } }, 'voorstel', 'x'), null);
  });

  it('follows the day from the sessions in the folder: three rounds, which are done, one report', async () => {
    const r1 = sampleSession();
    // b gives a the feedforward (the toolkit: b and c give the feedback, closed with a next step).
    r1.notes = [{ id: 'n1', kind: 'feedforward', authorId: 'pB', time: null, text: 'Stilte laten vallen na een emotiewoord.', createdAt: '2026-11-01T10:30:00.000Z' }];
    const r2 = applyEdit(own('Gesprek van Joost', '2026-11-01T11:00:00.000Z'), setUpNextRound(r1, own('x', 'x'), '', 'x')!).session;
    r2.review.leervraag = 'Hoe laat ik de student zelf vergelijken?';
    const folder: SessionAt[] = [
      { path: '/d/noor.mp4.kleinkijken.json', session: r1 },
      { path: '/d/joost.mp4.kleinkijken.json', session: r2 },
      { path: '/d/ander.mp4.kleinkijken.json', session: own('Ander drietal', '2026-11-01T09:00:00.000Z') },
    ];
    const day = trioDay(folder[1]!, folder)!;
    assert.deepEqual(day.rounds.map((r) => [r.n, r.name, r.sessionPath, r.done]), [
      [1, 'Marieke de Vries', '/d/noor.mp4.kleinkijken.json', true],
      [2, 'Joost Bakker', '/d/joost.mp4.kleinkijken.json', false],
      [3, 'Fatima El Amrani', null, false],
    ]);
    assert.equal(lastVervolgstap('pA', folder), 'Stilte laten vallen na een emotiewoord.');
    assert.equal(lastVervolgstap('pB', folder), '', "b's feedforward to a is a's next step, not b's");
    const input = { day, sessions: new Map(folder.map((x) => [x.path, x.session])) };
    const md = trioDayMarkdown(input);
    assert.match(md, /\| 1 \| Marieke de Vries \| Gesprek met Noor \| Hoe vraag ik door zonder in te vullen\? \| klaar \|/);
    assert.match(md, /\| 3 \| Fatima El Amrani \| \(nog geen opname gekozen\) \| {2}\| nog niet \|/);
    assert.match(md, /# Ronde 2: Joost Bakker is a\n\n## Gesprek van Joost/);
    assert.match(md, /Hoe laat ik de student zelf vergelijken\?/);
    const html = trioDayHtml(input);
    assert.ok(html.includes('Ronde 1: Marieke de Vries is a') && html.includes('Stilte laten vallen na een emotiewoord.'));
    const xml = strFromU8(unzipSync(await trioDayDocx(input))['word/document.xml']!);
    assert.ok(xml.includes('Ronde 3: Fatima El Amrani is a') && xml.includes('Deze ronde is nog niet gedaan.'));
  });
});

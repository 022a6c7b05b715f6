import { strict as assert } from 'node:assert';
import { initialsOf, pseudonymise } from '../../../src/core/export/pseudonymise';
import { reviewReportMarkdown } from '../../../src/core/export/reviewReportMarkdown';
import { eafExport } from '../../../src/core/export/eafExport';
import { fixtureSession } from '../../fixtures/export/fixtureSession';

const NAMES = ['Anouk', 'Vries', 'Bram', 'Jansen', 'Chantal', 'Öztürk', 'Sanne', 'Bakker'];

function allText(s: ReturnType<typeof fixtureSession>): string {
  const { recording: _r, ...rest } = s;
  return JSON.stringify(rest);
}

describe('pseudonymise', () => {
  it('roles: names by role in name fields', () => {
    const p = pseudonymise(fixtureSession(), 'roles');
    assert.deepEqual(p.participants.map((x) => x.name), ['Deelnemer A', 'Observant B', 'Observant C']);
    // Anouk is both trio member a and the begeleider: one pseudonym for one person.
    assert.deepEqual(p.speakers.map((x) => x.name), ['Deelnemer A', 'Student']);
  });

  it('replaces full names and first names alone inside every free text, whole words, any case', () => {
    const s = fixtureSession();
    s.review.context.aanleiding = 'sanne vroeg zelf om het gesprek; SANNE BAKKER twijfelt. Sannes broer niet.';
    const p = pseudonymise(s, 'roles');
    for (const n of NAMES) assert.ok(!new RegExp(`\\b${n}\\b`, 'iu').test(allText(p).replace(/Sannes/g, '')), `${n} still present`);
    assert.equal(p.transcript[0]!.text, 'Student, vertel eens over iets van de afgelopen week dat je bijgebleven is.');
    assert.equal(p.review.context.aanleiding, 'Student vroeg zelf om het gesprek; Student twijfelt. Sannes broer niet.');
    assert.match(p.details[1]!.see, /^Deelnemer A herhaalt/);
    assert.equal(p.title, 'Gesprek met Student over haar stage');
  });

  it('initials: J.d.V. style', () => {
    assert.equal(initialsOf('Jan de Vries'), 'J.d.V.');
    assert.equal(initialsOf('Chantal Öztürk'), 'C.Ö.');
    const p = pseudonymise(fixtureSession(), 'initials');
    assert.deepEqual(p.participants.map((x) => x.name), ['A.d.V.', 'B.J.', 'C.Ö.']);
    assert.equal(p.transcript[4]!.text, 'Waar heb je dat gevoel nog meer gehad, S.B.?');
  });

  it('leaves the original untouched and numbers a second student', () => {
    const s = fixtureSession();
    s.speakers.push({ id: 'sp3', name: 'Mo Ali', role: 'student', colour: '#000000' });
    const before = JSON.stringify(s);
    const p = pseudonymise(s, 'roles');
    assert.equal(JSON.stringify(s), before);
    assert.equal(p.speakers[2]!.name, 'Student 2');
  });

  it('exports honour the option', () => {
    const md = reviewReportMarkdown(fixtureSession(), { pseudonymise: 'roles' });
    const eaf = eafExport(fixtureSession(), { pseudonymise: 'initials', date: '2024-01-01T00:00:00Z' });
    for (const n of NAMES) {
      assert.ok(!md.includes(n), `${n} in report`);
      assert.ok(!eaf.includes(n), `${n} in eaf`);
    }
  });
});

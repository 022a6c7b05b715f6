import { strict as assert } from 'node:assert';
import { otherNames } from '../../../src/core/export/otherNames';
import { initialsOf, possessiveOf, pseudonymise, replaceOtherNames } from '../../../src/core/export/pseudonymise';
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
    assert.deepEqual(p.participants.map((x) => x.name), ['Deelnemer A', 'Observator B', 'Observator C']);
    // Anouk is both trio member a and the begeleider: one pseudonym for one person.
    assert.deepEqual(p.speakers.map((x) => x.name), ['Deelnemer A', 'Student']);
  });

  it('replaces full names and first names alone inside every free text, whole words, any case', () => {
    const s = fixtureSession();
    s.review.context.aanleiding = 'sanne vroeg zelf om het gesprek; SANNE BAKKER twijfelt. Sannes broer niet.';
    const p = pseudonymise(s, 'roles');
    for (const n of NAMES) assert.ok(!new RegExp(`\\b${n}s?\\b`, 'iu').test(allText(p)), `${n} still present`);
    assert.equal(p.transcript[0]!.text, 'Student, vertel eens over iets van de afgelopen week dat je bijgebleven is.');
    assert.equal(p.review.context.aanleiding, 'Student vroeg zelf om het gesprek; Student twijfelt. Students broer niet.');
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

describe('pseudonymise: name forms and other people', () => {
  it('catches possessives and names after a title, and says the possessive in Dutch', () => {
    const s = fixtureSession();
    s.transcript[0]!.text = "Sannes moeder belde. Sanne's broer ook. Mevrouw Bakker vroeg het aan juf Anouk en meneer de Vries.";
    const p = pseudonymise(s, 'roles');
    assert.equal(p.transcript[0]!.text, 'Students moeder belde. Students broer ook. Student vroeg het aan Deelnemer A en Deelnemer A.');
    assert.equal(possessiveOf('Deelnemer A'), "Deelnemer A's");
    assert.equal(possessiveOf('S.B.'), "S.B.'s");
    assert.equal(possessiveOf('Begeleider'), 'Begeleiders');
  });

  it('leaves a surname alone without a title (it may be an ordinary word)', () => {
    const s = fixtureSession();
    s.speakers[1]!.name = 'Sanne Bos';
    s.transcript[0]!.text = 'We liepen door het bos. Toen zag ik mevrouw Bos.';
    const p = pseudonymise(s, 'roles');
    assert.equal(p.transcript[0]!.text, 'We liepen door het bos. Toen zag ik Student.');
  });

  it('finds names of people who are not in the session: mid-sentence capitals and titled names, not sentence starts or known words', () => {
    const s = fixtureSession();
    s.transcript[1]!.text = 'Dinsdag was ik met mevrouw Bos. Toen kwam Ria binnen. Rias gezicht!';
    s.transcript[2]!.text = 'Wat zei Ria? En wat deed Utrecht? Gisteren. Misschien.';
    s.details[0]!.see = 'Sannes stem trilt als ze over Ria praat.';
    const found = otherNames(s);
    assert.deepEqual(found.map((c) => c.name), ['Ria', 'Bos']);
    assert.equal(found[0]!.count, 4, 'three times Ria and once the possessive Rias');
    assert.equal(found[1]!.example, 'mevrouw Bos');
    for (const w of ['Dinsdag', 'Toen', 'Gisteren', 'Misschien', 'Sannes', 'Sanne', 'Utrecht']) assert.ok(!found.some((c) => c.name === w), w);
  });

  it('does not offer a capitalised word the session also writes lower-case', () => {
    const s = fixtureSession();
    s.transcript[1]!.text = 'Ik deed het voor de Stage, zei ik. Mijn stage was zwaar.';
    assert.ok(!otherNames(s).some((c) => c.name === 'Stage'));
  });

  it('replaces the chosen other names everywhere, possessive and title included, by roles or initials', () => {
    const s = fixtureSession();
    s.transcript[1]!.text = 'Toen kwam Ria binnen, en mevrouw Bos keek naar Ria’s telefoon.';
    s.notes[0]!.text = 'Ria nam het over.';
    const roles = pseudonymise(s, 'roles', ['Ria', 'Bos']);
    assert.equal(roles.transcript[1]!.text, "Toen kwam Persoon 1 binnen, en Persoon 2 keek naar Persoon 1's telefoon.");
    assert.equal(roles.notes[0]!.text, 'Persoon 1 nam het over.');
    const initials = pseudonymise(s, 'initials', ['Ria']);
    assert.equal(initials.transcript[1]!.text, "Toen kwam R. binnen, en mevrouw Bos keek naar R.'s telefoon.");
    const only = replaceOtherNames(s, ['Ria'], 'roles');
    assert.equal(only.transcript[1]!.text, "Toen kwam Persoon 1 binnen, en mevrouw Bos keek naar Persoon 1's telefoon.");
    assert.equal(only.participants[0]!.name, 'Anouk de Vries', 'participants are left to the export');
    assert.equal(s.transcript[1]!.text, 'Toen kwam Ria binnen, en mevrouw Bos keek naar Ria’s telefoon.', 'the original is untouched');
  });
});

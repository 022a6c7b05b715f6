import { strict as assert } from 'node:assert';
import {
  buildQuestionBank,
  filterQuestionBank,
  groupBySession,
  groupByTag,
  groupByType,
  questionsFromDetail,
  searchQuestionBank,
  unlistedSuggestions,
} from '../../../src/core/questions/questionBank';
import { normaliseQuestion } from '../../../src/core/questions/normaliseQuestion';
import { fixtureSession, fixtureSession2 } from '../../fixtures/export/fixtureSession';

// The second session's near-duplicate was asked in Daan's conversation too, so the two merge.
const inputs = () => [
  { sessionPath: 'a.kleinkijken.json', session: fixtureSession() },
  { sessionPath: 'b.kleinkijken.json', session: fixtureSession2() },
];

describe('normaliseQuestion', () => {
  it('ignores case, accents, punctuation, spacing and a leading en/maar', () => {
    assert.equal(normaliseQuestion('  En  WÁT gebeurde er   precies?! '), 'wat gebeurde er precies');
    assert.equal(normaliseQuestion('Maar wat gebeurde er precies'), 'wat gebeurde er precies');
    assert.equal(normaliseQuestion('Hoe ging het “daarna”…'), 'hoe ging het daarna');
  });
  it('keeps different questions apart', () => {
    assert.notEqual(normaliseQuestion('Wat gebeurde er precies?'), normaliseQuestion('Wat gebeurde er daarna?'));
    // "en" inside a question is not dropped
    assert.equal(normaliseQuestion('Wie en wat?'), 'wie en wat');
  });
});

describe('question bank', () => {
  it('merges near-duplicates across sessions and counts them', () => {
    const bank = buildQuestionBank(inputs());
    const e = bank.find((x) => x.normalised === 'wat gebeurde er precies')!;
    assert.equal(e.count, 2);
    assert.deepEqual(e.occurrences.map((o) => o.sessionPath), ['a.kleinkijken.json', 'b.kleinkijken.json']);
    assert.deepEqual(e.occurrences.map((o) => o.proposedBy), ['Bram Jansen', 'Eva Smit']);
    assert.equal(e.text, 'Wat gebeurde er precies?');
    assert.equal(e.occurrences[1]!.time, 64);
    assert.equal(e.occurrences[0]!.tags[0]!.label.nl, 'Vraag wat er precies gebeurde (verdiepen)');
    assert.equal(bank[0], e, 'most asked first');
  });

  it('offers a detail suggestion once as unlisted, and keeps it out of the bank until someone puts it on the list', () => {
    const s = fixtureSession();
    const drafts = unlistedSuggestions(s);
    assert.deepEqual(drafts.map((q) => q.text), ['Wanneer voelde je je eerder zo machteloos?'], 'd1 is captured by q3 already');
    const bank = buildQuestionBank([{ sessionPath: 'x', session: s }]);
    assert.ok(!bank.some((e) => e.text.startsWith('Wanneer voelde')), 'an unlisted suggestion is not in the bank');
    const listed = { ...s, questions: [...s.questions, { ...drafts[0]!, id: 'q9' }] };
    const after = buildQuestionBank([{ sessionPath: 'x', session: listed }]);
    const e = after.find((x) => x.text.startsWith('Wanneer voelde'))!;
    assert.equal(e.origin, 'suggested');
    assert.equal(e.occurrences[0]!.proposedBy, 'Chantal Öztürk');
    assert.equal(e.occurrences[0]!.askedBy, '');
  });

  it('keeps asked and suggested apart: who asked it in the recording is not who put it on the list', () => {
    const s = fixtureSession();
    const bank = buildQuestionBank([{ sessionPath: 'x', session: s }]);
    const asked = bank.find((x) => x.text === 'Wat gebeurde er precies?')!;
    assert.equal(asked.origin, 'asked');
    assert.equal(asked.occurrences[0]!.askedBy, 'Anouk de Vries', 'the speaker asked it');
    assert.equal(asked.occurrences[0]!.proposedBy, 'Bram Jansen', 'Bram put it on the list');
    // The same wording suggested by an observer elsewhere is a separate entry, not merged.
    const other = { ...s, questions: [{ ...s.questions[0]!, id: 'qx', source: 'free' as const, speakerId: null }] };
    const both = buildQuestionBank([{ sessionPath: 'x', session: s }, { sessionPath: 'y', session: other }]).filter((x) => x.normalised === asked.normalised);
    assert.deepEqual(both.map((x) => [x.origin, x.count]), [['asked', 1], ['suggested', 1]]);
    assert.deepEqual(groupByType(both).map((g) => g.label.nl), ['Gesteld in het gesprek · verdiepend', 'Voorgesteld door observatoren · verdiepend']);
    assert.deepEqual(filterQuestionBank(both, { origin: 'asked' }).map((x) => x.origin), ['asked']);
  });

  it('questionsFromDetail returns null without a suggestion', () => {
    const d = fixtureSession().details.find((x) => x.id === 'd2')!;
    assert.equal(questionsFromDetail(d), null);
    const d1 = fixtureSession().details[0]!;
    assert.equal(questionsFromDetail(d1)!.text, 'Wat maakte dat je baalde?');
  });

  it('uses the majority type, first occurrence on a tie', () => {
    const a = fixtureSession2();
    a.questions = [
      { ...a.questions[0]!, id: 'x1', text: 'Hoe was dat?', type: 'anders' },
      { ...a.questions[0]!, id: 'x2', text: 'hoe was dat', type: 'verdiepend' },
      { ...a.questions[0]!, id: 'x3', text: 'Hoe was dát?', type: 'verdiepend' },
      { ...a.questions[0]!, id: 'y1', text: 'Wat nu?', type: 'verbredend' },
      { ...a.questions[0]!, id: 'y2', text: 'wat nu', type: 'anders' },
    ];
    const bank = buildQuestionBank([{ sessionPath: 'p', session: a }]);
    assert.equal(bank.find((e) => e.normalised === 'hoe was dat')!.type, 'verdiepend');
    assert.equal(bank.find((e) => e.normalised === 'wat nu')!.type, 'verbredend');
  });

  it('groups by type, tag and session', () => {
    const bank = buildQuestionBank(inputs());
    assert.deepEqual(groupByType(bank).map((g) => [g.key, g.entries.length]), [['asked:verbredend', 1], ['asked:verdiepend', 1], ['suggested:verdiepend', 1], ['suggested:anders', 1]]);
    const byTag = groupByTag(bank);
    assert.deepEqual(byTag.map((g) => g.key), ['u2', 'u3', 'u4', 'u9']);
    assert.equal(byTag.find((g) => g.key === 'u4')!.entries.length, 1, 'the unlisted suggestion at d3 (u4) is not in the bank');
    const bySession = groupBySession(bank);
    assert.deepEqual(bySession.map((g) => [g.key, g.entries.length]), [['a.kleinkijken.json', 3], ['b.kleinkijken.json', 2]]);
  });

  it('filters and searches without regard to accents or case', () => {
    const bank = buildQuestionBank(inputs());
    assert.deepEqual(searchQuestionBank(bank, 'GEVÖEL').map((e) => e.text), ['Waar heb je dat gevoel nog meer gehad?']);
    assert.equal(searchQuestionBank(bank, 'conflict').length, 1, 'notes are searched too');
    assert.equal(filterQuestionBank(bank, { type: 'verbredend' }).length, 1);
    assert.equal(filterQuestionBank(bank, { origin: 'suggested' }).length, 2);
    assert.equal(filterQuestionBank(bank, { tag: 'u3' }).length, 1);
    assert.equal(filterQuestionBank(bank, { sessionPath: 'b.kleinkijken.json' }).length, 2);
    assert.equal(filterQuestionBank(bank, { minCount: 2 }).length, 1);
    assert.equal(filterQuestionBank(bank, { search: 'bestaat niet' }).length, 0);
  });
});

import { strict as assert } from 'node:assert';
import {
  buildQuestionBank,
  filterQuestionBank,
  groupBySession,
  groupByTag,
  groupByType,
  questionsFromDetail,
  searchQuestionBank,
  sessionQuestions,
} from '../../../src/core/questions/questionBank';
import { normaliseQuestion } from '../../../src/core/questions/normaliseQuestion';
import { fixtureSession, fixtureSession2 } from '../../fixtures/export/fixtureSession';

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

  it('takes a detail suggestion once: not again when a Question already captures it', () => {
    const s = fixtureSession();
    const qs = sessionQuestions(s);
    assert.equal(qs.filter((q) => q.text === 'Wat maakte dat je baalde?').length, 1);
    assert.ok(qs.some((q) => q.text === 'Wanneer voelde je je eerder zo machteloos?' && q.detailId === 'd3'));
    const bank = buildQuestionBank([{ sessionPath: 'x', session: s }]);
    const fromDetail = bank.find((e) => e.text.startsWith('Wanneer voelde'))!;
    assert.equal(fromDetail.occurrences[0]!.questionId, null);
    assert.equal(fromDetail.occurrences[0]!.detailId, 'd3');
    assert.equal(fromDetail.occurrences[0]!.proposedBy, 'Chantal Öztürk');
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
    assert.deepEqual(groupByType(bank).map((g) => [g.key, g.entries.length]), [['verbredend', 2], ['verdiepend', 2], ['anders', 1]]);
    const byTag = groupByTag(bank);
    assert.deepEqual(byTag.map((g) => g.key), ['u2', 'u3', 'u4', 'u9']);
    assert.equal(byTag.find((g) => g.key === 'u4')!.entries.length, 2);
    const bySession = groupBySession(bank);
    assert.deepEqual(bySession.map((g) => [g.key, g.entries.length]), [['a.kleinkijken.json', 4], ['b.kleinkijken.json', 2]]);
  });

  it('filters and searches without regard to accents or case', () => {
    const bank = buildQuestionBank(inputs());
    assert.deepEqual(searchQuestionBank(bank, 'MACHTELÓÓS').map((e) => e.text), ['Wanneer voelde je je eerder zo machteloos?']);
    assert.equal(searchQuestionBank(bank, 'conflict').length, 1, 'notes are searched too');
    assert.equal(filterQuestionBank(bank, { type: 'verbredend' }).length, 2);
    assert.equal(filterQuestionBank(bank, { tag: 'u3' }).length, 1);
    assert.equal(filterQuestionBank(bank, { sessionPath: 'b.kleinkijken.json' }).length, 2);
    assert.equal(filterQuestionBank(bank, { minCount: 2 }).length, 1);
    assert.equal(filterQuestionBank(bank, { search: 'bestaat niet' }).length, 0);
  });
});

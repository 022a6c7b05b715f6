import { strict as assert } from 'node:assert';
import { questionListCsv } from '../../../src/core/export/questionListCsv';
import { questionListMarkdown } from '../../../src/core/export/questionListMarkdown';
import { buildQuestionBank } from '../../../src/core/questions/questionBank';
import { functionOfText, listQuestionFunction } from '../../../src/core/questions/listQuestionFunction';
import { fixtureSession } from '../../fixtures/export/fixtureSession';

describe('the function in the method of a question on the list', () => {
  it('reads the wording by the spiegel\'s rules, also when it was typed without a question mark', () => {
    assert.equal(functionOfText('Wat gebeurde er precies?'), 'precies');
    assert.equal(functionOfText('Heb je dat eerder meegemaakt'), 'eerder');
    assert.equal(functionOfText('Lijkt dat op wat je bij de voetbaltraining vertelde?'), 'vergelijken');
    assert.equal(functionOfText('Wat ga je volgende keer doen?'), 'toekomst');
    assert.equal(functionOfText('Is de camera aan?'), 'anders');
  });

  it('keeps the trio\'s spiegel correction for a question taken from the transcript', () => {
    const s = fixtureSession();
    const q = s.questions.find((x) => x.id === 'q1')!; // "Wat gebeurde er precies?" at 15.2 s, in segment g3 at offset 11
    assert.equal(listQuestionFunction(s, q), 'precies');
    s.spiegelCorrections = [{ key: 'g3:11', function: 'eerder' }];
    assert.equal(listQuestionFunction(s, q), 'eerder');
    // A correction of another sentence, or of the form only, changes nothing.
    s.spiegelCorrections = [{ key: 'g3:0', function: 'elders' }, { key: 'g3:11', form: 'gesloten' }];
    assert.equal(listQuestionFunction(s, q), 'precies');
    // A suggested question with the same wording is not the asked one: the rules read it.
    s.spiegelCorrections = [{ key: 'g3:11', function: 'eerder' }];
    assert.equal(listQuestionFunction(s, { ...q, source: 'detail' }), 'precies');
  });

  it('the bank and the exports carry it in the trainers\' words', () => {
    const s = fixtureSession();
    s.spiegelCorrections = [{ key: 'g3:11', function: 'eerder' }];
    const bank = buildQuestionBank([{ sessionPath: 'a.kleinkijken.json', session: s }]);
    const entry = bank.find((e) => e.normalised === 'wat gebeurde er precies')!;
    assert.equal(entry.function, 'eerder');
    assert.deepEqual(entry.occurrences.map((o) => o.function), ['eerder']);
    const csv = questionListCsv(bank).split('\r\n');
    assert.match(csv[0]!, /;Soort;Functie in de methode;Uitgangspunten;/);
    assert.ok(csv.some((l) => l.startsWith('Wat gebeurde er precies?;Gesteld in het gesprek;verdiepend;eerder in het leven (verdiepen);')), csv.join('\n'));
    assert.match(questionListMarkdown(bank, { locale: 'en' }), /\*\*Wat gebeurde er precies\?\*\*\n {2}function: earlier in life \(deepening\) · /);
  });
});

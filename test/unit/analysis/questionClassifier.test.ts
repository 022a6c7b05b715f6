import { strict as assert } from 'node:assert';
import evalSet from '../../fixtures/analysis/question-eval.json';
import { splitSentences } from '../../../src/core/analysis/dutchText';
import { classifySentence, classifyUtterance, findQuestions } from '../../../src/core/analysis/questionClassifier';

const dev = evalSet.items.filter((i) => i.split === 'dev');
const devText = (id: string) => dev.find((i) => i.id === id)!.text;

describe('questionClassifier', () => {
  it('the evaluation set has a fixed dev/test split of at least 200 items', () => {
    assert.ok(evalSet.items.length >= 200);
    const test = evalSet.items.filter((i) => i.split === 'test').length;
    assert.ok(test / evalSet.items.length > 0.35 && test / evalSet.items.length < 0.45);
    assert.equal(new Set(evalSet.items.map((i) => i.id)).size, evalSet.items.length);
  });

  it('splits an utterance into sentences and keeps offsets', () => {
    const s = splitSentences('Oké. Wat deed je toen? En daarna…  nog iets');
    assert.deepEqual(s.map((x) => x.text), ['Oké.', 'Wat deed je toen?', 'En daarna…', 'nog iets']);
    assert.equal(s[1]!.offset, 5);
  });

  describe('detection', () => {
    it('a question mark makes a question', () => assert.equal(classifySentence('Je hebt daar gewerkt?')?.rule, 'vraagteken'));
    it('a question word opens an unpunctuated question', () => assert.deepEqual(classifySentence('ja en wat deed je daarna'), { class: 'open', rule: 'vraagwoord' }));
    it('a finite verb first makes an unpunctuated yes/no question', () => assert.deepEqual(classifySentence('had je het zien aankomen'), { class: 'gesloten', rule: 'werkwoord-eerst' }));
    it('an unknown verb before "je" is read as verb-first', () => assert.equal(classifySentence('fiets je elke dag naar school')?.class, 'gesloten'));
    it('a sentence closed with a full stop is a statement', () => assert.equal(classifySentence('Wat ik bedoel is dat het mag.'), null));
    it('exclamations with wat/hoe are not questions', () => {
      assert.equal(classifySentence('wat mooi zeg'), null);
      assert.equal(classifySentence('Hoe leuk!'), null);
    });
    it('a question word followed by a subject is a clause, not a question', () => assert.equal(classifySentence('waar ik aan dacht komt later'), null));
    it('"wie weet" is not a question', () => assert.equal(classifySentence('wie weet lukt het wel'), null));
    it('minimal encouragers with a question mark are not counted', () => {
      assert.equal(classifySentence('Echt?'), null);
      assert.equal(classifySentence('O ja?'), null);
    });
    it('imperatives are not questions', () => {
      assert.equal(classifySentence('denk er maar eens over na'), null);
      assert.equal(classifySentence('Kijk maar even rustig.'), null);
    });
    it('non-verbal markers are ignored', () => assert.equal(classifySentence('[lacht] wat gebeurde er toen')?.class, 'open'));
  });

  describe('classes (dev examples)', () => {
    const cases: [string, string, string][] = [
      ['d011', 'open', 'uitnodiging'],
      ['d014', 'open', 'uitnodiging'],
      ['d016', 'open', 'uitnodiging'],
      ['d027', 'open', 'uitnodiging'],
      ['d008', 'open', 'vraagwoord'],
      ['d031', 'gesloten', 'werkwoord-eerst'],
      ['d053', 'gesloten', 'werkwoord-eerst'],
      ['d049', 'gesloten', 'werkwoord-eerst'],
      ['d047', 'gesloten', 'vraagteken'],
      ['d055', 'waarom', 'waarom-woord'],
      ['d060', 'waarom', 'waarom-woord'],
      ['d065', 'waarom', 'waarom-woord'],
      ['d070', 'suggestief', 'sturende-formule'],
      ['d076', 'suggestief', 'sturende-formule'],
      ['d074', 'suggestief', 'toch-midden'],
      ['d083', 'suggestief', 'invullen'],
      ['d087', 'suggestief', 'ontkennende-ja-nee'],
      ['d092', 'keuze', 'of-alternatieven'],
      ['d096', 'keuze', 'of-alternatieven'],
      ['d104', 'bevestiging', 'staartvraag'],
      ['d107', 'bevestiging', 'staartvraag'],
      ['d115', 'bevestiging', 'staartvraag'],
    ];
    for (const [id, cls, rule] of cases) {
      it(`${id} → ${cls} by ${rule}`, () => {
        const item = dev.find((i) => i.id === id)!;
        assert.equal(item.label, cls, 'fixture label');
        assert.deepEqual(classifySentence(item.text), { class: cls, rule });
      });
    }
  });

  it('"of" after weet/vraag is "whether", not a choice', () => assert.equal(classifySentence(devText('d049'))?.class, 'gesloten'));
  it('"nog niet" does not make a yes/no question leading', () => assert.equal(classifySentence('Heb je het nog niet gezegd?')?.class, 'gesloten'));
  it('"toch" after a question word means nevertheless', () => assert.equal(classifySentence('Hoe heb je het toch gered?')?.class, 'open'));
  it('"of zo" at the end is a hedge, not a choice', () => assert.equal(classifySentence('Was het druk of zo?')?.class, 'gesloten'));
  it('filling in after a leading "dus"', () => assert.equal(classifySentence('Dus eigenlijk wilde je weg?')?.rule, 'invullen'));
  it('waarom wins over a leading phrase', () => assert.equal(classifySentence('Waarom zou het niet beter zijn om te stoppen?')?.class, 'waarom'));

  it('finds every question in a longer utterance, in order', () => {
    const qs = findQuestions('Mooi. Wat deed je toen? En hoe voelde dat, toch spannend? Ik snap het.');
    assert.deepEqual(qs.map((q) => q.class), ['open', 'open']);
    assert.equal(classifyUtterance('Goed zo. Heb je dat zelf bedacht?'), 'gesloten');
    assert.equal(classifyUtterance('Dat klinkt lastig.'), 'geen');
  });
});

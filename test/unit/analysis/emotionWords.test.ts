import { strict as assert } from 'node:assert';
import {
  BASE_EMOTION_WORDS,
  compileEmotionWords,
  findEmotionWords,
  mergeEmotionWords,
  validateEmotionWordList,
} from '../../../src/core/analysis/emotionWords';

const m = compileEmotionWords(BASE_EMOTION_WORDS);
const lemmas = (text: string) => findEmotionWords(text, m).map((h) => h.lemma);

describe('emotionWords', () => {
  it('the base list has at least 80 lemmas in the three groups', () => {
    assert.ok(BASE_EMOTION_WORDS.words.length >= 80);
    for (const g of ['emotie', 'signaal', 'nonverbaal']) assert.ok(BASE_EMOTION_WORDS.words.some((w) => w.group === g), g);
  });
  it('finds inflections under their lemma', () => {
    assert.deepEqual(lemmas('Ik baalde ervan'), ['balen']);
    assert.deepEqual(lemmas('het was een enge boze man'), ['eng', 'boos']);
    assert.deepEqual(lemmas('Ik was geschrokken'), ['schrikken']);
  });
  it('is case- and diacritic-insensitive, and keeps the original text and offsets', () => {
    const text = 'Echt GEÏRRITEERD was ik';
    const h = findEmotionWords(text, m);
    assert.equal(h[0]!.lemma, 'geïrriteerd');
    assert.equal(h[0]!.text, 'GEÏRRITEERD');
    assert.equal(text.slice(h[0]!.from, h[0]!.to), 'GEÏRRITEERD');
    assert.deepEqual(lemmas('ik was geirriteerd'), ['geïrriteerd']);
  });
  it('matches on word boundaries only', () => {
    assert.deepEqual(lemmas('ze bangen niet'), []); // "bangen" is not "bang"
    assert.deepEqual(lemmas('een trotse vader'), ['trots']);
    assert.deepEqual(lemmas('gekwetstheid'), []);
  });
  it('multi-word phrases, longest first', () => {
    const h = findEmotionWords('Tja, ik weet het niet hoor', m);
    assert.deepEqual(h.map((x) => [x.lemma, x.text]), [['ik weet het niet', 'ik weet het niet']]);
    assert.deepEqual(lemmas('Ik moet eerlijk zijn, ik wil eigenlijk iets anders'), ['ik moet eerlijk zijn', 'ik wil']);
  });
  it('noisy words are not signals: eigenlijk, misschien, ik moest', () => {
    assert.deepEqual(lemmas('Eigenlijk moest ik misschien, ik moest gewoon werken'), []);
  });
  it('non-verbal markers only inside [..], (..) or *..*', () => {
    assert.deepEqual(lemmas('Nou... [zucht] ja.'), ['zucht']);
    assert.deepEqual(lemmas('(lacht zenuwachtig) weet niet'), ['lacht']);
    assert.deepEqual(lemmas('*stilte*'), ['stilte']);
    assert.deepEqual(lemmas('het was stil op de gang'), []);
  });
  it('validates an extra list with errors in Dutch and English', () => {
    const bad = validateEmotionWordList({ words: [{ lemma: '', group: 'emotie' }, { lemma: 'x', forms: [3], group: 'kleur' }] });
    assert.equal(bad.ok, false);
    if (bad.ok) return;
    assert.deepEqual(bad.errors.map((e) => e.path), ['words[0].lemma', 'words[1].forms', 'words[1].group']);
    assert.match(bad.errors[2]!.message.nl, /emotie, signaal, nonverbaal/);
    assert.match(bad.errors[2]!.message.en, /must be one of/);
    assert.equal(validateEmotionWordList([]).ok, false);
  });
  it('merges workspace words: new lemmas and extra forms of existing ones', () => {
    const extra = validateEmotionWordList({ words: [{ lemma: 'chill', forms: ['chille', 'gechilld'], group: 'emotie' }, { lemma: 'balen', forms: ['kut'], group: 'emotie' }] });
    assert.ok(extra.ok);
    if (!extra.ok) return;
    const merged = mergeEmotionWords(BASE_EMOTION_WORDS, extra.list);
    const mm = compileEmotionWords(merged);
    assert.deepEqual(findEmotionWords('een chille dag, echt kut', mm).map((h) => h.lemma), ['chill', 'balen']);
    assert.equal(merged.words.length, BASE_EMOTION_WORDS.words.length + 1);
    assert.deepEqual(lemmas('een chille dag'), [], 'the base list is not changed');
  });
});

describe('vergrotende en overtreffende trap (emotiewoorden practice)', () => {
  const m = compileEmotionWords(BASE_EMOTION_WORDS);
  const degrees = (t: string) => findEmotionWords(t, m).filter((h) => h.degree).map((h) => [h.text, h.lemma, h.degree]);
  it('comparatives and superlatives of common adjectives, with "het" and with meer/meest', () => {
    assert.deepEqual(degrees('Op stage vond ik het leuker dan op school, daar was het het leukst.'), [
      ['leuker', 'leuk', 'vergrotend'],
      ['het leukst', 'leuk', 'overtreffend'],
    ]);
    assert.deepEqual(degrees('Het werd drukker, dat vond ik het meest spannend.'), [
      ['drukker', 'druk', 'vergrotend'],
      ['het meest spannend', 'spannend', 'overtreffend'],
    ]);
    assert.deepEqual(degrees('Dit jaar is het meer uitdagend.'), [['meer uitdagend', 'uitdagend', 'vergrotend']]);
  });
  it('an emotion word in the list gets the degree instead of a second hit', () => {
    const h = findEmotionWords('Ik werd steeds banger.', m);
    assert.deepEqual(h.map((x) => [x.text, x.lemma, x.group, x.degree]), [['banger', 'bang', 'emotie', 'vergrotend']]);
  });
  it('quantities and "best" as "quite" are not comparisons', () => {
    assert.deepEqual(degrees('Ik heb meer geld nodig en het was best druk.'), []);
  });
});

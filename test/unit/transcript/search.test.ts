import { strict as assert } from 'node:assert';
import { dutchStem } from '../../../src/core/transcript/dutchStem';
import { buildSearchIndex, search } from '../../../src/core/transcript/searchIndex';
import { fold } from '../../../src/core/text/fold';

describe('dutchStem', () => {
  // Each pair was worked out by hand from the published algorithm (R1/R2, steps 1–4).
  const pairs: [string, string][] = [
    ['vragen', 'vrag'], // step 1 deletes -en after a non-vowel in R1
    ['vraag', 'vrag'], // step 4 undoubles the vowel
    ['lopen', 'lop'],
    ['loop', 'lop'],
    ['maan', 'man'],
    ['brood', 'brod'],
    ['gesprekken', 'gesprek'], // -en, then kk undoubled
    ['gesprek', 'gesprek'],
    ['lichamelijk', 'licham'], // -lijk in R2
    ['lichamelijke', 'licham'], // step 2 -e, then -lijk
    ['mogelijkheden', 'mogelijk'], // heden → heid, heid in R2 deleted, lijk not in R2
    ['ervaringen', 'ervar'], // -en, then -ing in R2
    ['ervaring', 'ervar'],
    ['ervaren', 'ervar'],
    ['opgaven', 'opgav'], // R1 moved to the third letter
    ['bange', 'bang'],
    ['mensen', 'mens'],
    ['mens', 'men'], // -s after a non-vowel other than j
    ['ogen', 'ogen'], // -en not in R1 (R1 starts at the third letter at least)
    ['passie', 'passie'], // e after a vowel stays
    ['gelukkig', 'gelukk'], // -ig in R2, not after e
    ['huizen', 'huiz'],
    ['mooie', 'mooi'], // i between vowels is a consonant (I), so the e goes
    ['mooi', 'mooi'],
    ['baalde', 'baald'],
  ];
  for (const [word, stem] of pairs) {
    it(`${word} → ${stem}`, () => assert.equal(dutchStem(word), stem));
  }
  it('drops accents the algorithm names', () => {
    assert.equal(dutchStem('ideeën'), dutchStem('ideeen'));
  });
});

describe('transcript search', () => {
  const segments = [
    { id: 'g1', start: 0, text: 'Mag ik je een vraag stellen over je stage?' },
    { id: 'g2', start: 5, text: 'Ik heb het IJs-feest 😶 gemist, ĳs was op.' },
    { id: 'g3', start: 9, text: 'We hebben een heel eind gelopen, ik was bang.' },
    { id: 'g4', start: 14, text: 'Wat zou je ze willen vragen? Ik loop vast.' },
    { id: 'g5', start: 20, text: 'Dat heb ik hem gevraagd, echt waar. Één keer.' },
  ];
  const index = buildSearchIndex(segments);
  const ids = (q: string): string[] => search(index, q).map((h) => h.segmentId);

  it('normalises case and diacritics, and opens the ĳ ligature', () => {
    assert.equal(fold('Één ĲSselmeer Ë'), 'een ijsselmeer e');
    assert.deepEqual(ids('EEN'), ['g1', 'g3', 'g5']);
    assert.deepEqual(ids('ijs'), ['g2']);
  });
  it('finds inflected forms through the stemmer', () => {
    assert.deepEqual(ids('vragen'), ['g1', 'g4', 'g5']);
    assert.deepEqual(ids('loop'), ['g3', 'g4']);
    assert.deepEqual(ids('gelopen'), ['g3', 'g4']);
  });
  it('needs every word (AND)', () => {
    assert.deepEqual(ids('vraag stage'), ['g1']);
    assert.deepEqual(ids('vraag bang'), []);
  });
  it('matches a quoted phrase exactly (normalised) and marks it as one range', () => {
    const hits = search(index, '"een heel eind"');
    assert.equal(hits.length, 1);
    assert.equal(hits[0]!.segmentId, 'g3');
    const [from, to] = hits[0]!.ranges[0]!;
    assert.equal(segments[2]!.text.slice(from, to), 'een heel eind');
    assert.deepEqual(ids('"heel een"'), []);
  });
  it('gives ranges in the original text, after emoji and ligatures too', () => {
    const hit = search(index, 'gemist ijs')[0]!;
    assert.equal(hit.segmentId, 'g2');
    assert.equal(hit.start, 5);
    const t = segments[1]!.text;
    assert.deepEqual(hit.ranges.map(([a, b]) => t.slice(a, b)), ['IJs', 'gemist', 'ĳs']);
  });
  it('matches prefixes of three letters or more, for typing', () => {
    assert.deepEqual(ids('stel'), ['g1']);
    assert.deepEqual(ids('gemi'), ['g2']);
    // two letters: whole words only, so "he" does not find "heb", "hem" or "heel"
    assert.deepEqual(ids('he'), []);
  });
  it('an empty query finds nothing', () => {
    assert.deepEqual(search(index, '   '), []);
    assert.deepEqual(search(index, '""'), []);
  });
});

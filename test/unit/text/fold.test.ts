import assert from 'node:assert/strict';
import { fold, foldChar, foldKeepingOffsets } from '../../../src/core/text/fold';
import { words } from '../../../src/core/analysis/dutchText';
import { mentionedTags } from '../../../src/core/review/feedbackSummary';
import { normaliseQuestion, searchKey } from '../../../src/core/questions/normaliseQuestion';
import { buildSearchIndex, search } from '../../../src/core/transcript/searchIndex';

describe('one accent fold for the whole product', () => {
  it('lower-cases and drops accents, precomposed or combining alike', () => {
    assert.equal(fold('Oké'), 'oke');
    assert.equal(fold('OKÉ'), 'oke');
    assert.equal(fold('Oke\u0301'), 'oke');
    assert.equal(fold('Één, Zoë, café, İlse'), 'een, zoe, cafe, ilse');
  });

  it('opens the Dutch ĳ and other compatibility letters (what NFD alone missed)', () => {
    assert.equal(fold('ĲSselmeer'), 'ijsselmeer');
    assert.equal(fold('ĳs'), 'ijs');
    assert.equal(fold('ﬁets'), 'fiets');
    assert.equal(fold('Ａb'), 'ab');
  });

  it('straightens typographic apostrophes, and keeps the punctuation the question rules read', () => {
    assert.equal(fold('collega’s ‘n `t'), "collega's 'n 't");
    assert.equal(fold('Hoe ging dat…?'), 'hoe ging dat…?');
    assert.equal(fold('a\u00a0b ½'), 'a\u00a0b ½');
    assert.equal(fold('ß ø æ'), 'ß ø æ');
  });

  it('is idempotent and gives ASCII text back lower-cased', () => {
    for (const s of ['Wat gebeurde er?', 'Één ĳs’je', 'x`y']) assert.equal(fold(fold(s)), fold(s));
    assert.equal(fold('Wat GEBEURDE er?'), 'wat gebeurde er?');
  });

  it('folds one character to nothing (a mark) or to more (ĳ)', () => {
    assert.equal(foldChar('\u0301'), '');
    assert.equal(foldChar('ĳ'), 'ij');
    assert.equal(foldChar('É'), 'e');
  });

  it('can keep every offset, so a match marks the original text', () => {
    const text = 'Ik baalde, ZOË: ĳs e\u0301cht 😀 Bang';
    const f = foldKeepingOffsets(text);
    assert.equal(f.length, text.length);
    assert.equal(f.slice(text.indexOf('ZOË'), text.indexOf('ZOË') + 3), 'zoe');
    assert.equal(f.slice(text.indexOf('Bang')), 'bang');
    assert.equal(f.slice(text.indexOf('ĳs'), text.indexOf('ĳs') + 2), 'is', 'a longer fold is cut to the character');
    assert.equal(f.slice(text.indexOf('e\u0301'), text.indexOf('e\u0301') + 2), 'e ', 'a dropped mark becomes a space');
    assert.equal(f.slice(text.indexOf('😀'), text.indexOf('😀') + 2), '😀');
  });

  it('is the fold every caller uses: analysis words, bank key, bank search, transcript search, leervraag', () => {
    assert.deepEqual(words('Wat vond je ĳs? Oké'), ['wat', 'vond', 'je', 'ijs', 'oke']);
    assert.equal(normaliseQuestion('En wát is ĳs?'), 'wat is ijs');
    assert.equal(searchKey('Collega’s  o.a. Ĳs'), "collega's o.a. ijs");
    const index = buildSearchIndex([{ id: 's1', start: 0, text: 'Het ĳs was glad' }]);
    assert.equal(search(index, 'ijs').length, 1);
    const tags = [{ id: 'u6', key: '6', label: { nl: '"Leeg luisteren"', en: 'Listen without filling in' } }];
    assert.deepEqual(mentionedTags({ review: { leervraag: 'Hoe kan ik beter LEEG LUISTÉREN?' }, framework: { tags } } as never), ['u6']);
  });
});

import { strict as assert } from 'node:assert';
import { COMMON_STRINGS } from '../../../src/protocol/strings/common';
import { DETAILS_STRINGS } from '../../../src/protocol/strings/details';
import { MIRROR_STRINGS } from '../../../src/protocol/strings/mirror';
import { QUESTIONS_STRINGS } from '../../../src/protocol/strings/questions';
import { REVIEW_STRINGS } from '../../../src/protocol/strings/review';
import { SPEECH_STRINGS } from '../../../src/protocol/strings/speech';
import { STREAM_STRINGS } from '../../../src/protocol/strings/stream';
import { TRANSCRIPT_STRINGS } from '../../../src/protocol/strings/transcript';
import { UI_STRINGS, uiStrings, type Translate } from '../../../src/protocol/uiStrings';

/** `{0}` and `{0|one|many}` in a template, as a sorted list such as ["0", "1|plural"]. */
function placeholders(s: string): string[] {
  const found = [...s.matchAll(/\{(\d+)(\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => (m[2] ? `${m[1]}|plural` : m[1]!));
  return [...new Set(found)].sort();
}

describe('UI strings', () => {
  const entries = Object.entries(UI_STRINGS) as [string, readonly [string, string]][];

  it('holds the whole catalogue', () => {
    assert.ok(entries.length > 400, `only ${entries.length} keys`);
  });

  it('gives every key a Dutch and an English text', () => {
    const missing = entries.filter(([, v]) => v.length !== 2 || !v[0]?.trim() || !v[1]?.trim()).map(([k]) => k);
    assert.deepEqual(missing, []);
  });

  it('uses the same {0}-style placeholders in Dutch and English', () => {
    const differ = entries.filter(([, [nl, en]]) => placeholders(nl).join() !== placeholders(en).join()).map(([k, [nl, en]]) => `${k}: "${nl}" / "${en}"`);
    assert.deepEqual(differ, []);
  });

  it('leaves no brace that is not a placeholder (a typo such as {O} or {0 would show as text)', () => {
    const stray = entries.flatMap(([k, pair]) => pair.filter((s) => /[{}]/.test(s.replace(/\{\d+(\|[^|{}]*\|[^|{}]*)?\}/g, ''))).map((s) => `${k}: ${s}`));
    assert.deepEqual(stray, []);
  });

  it('defines each key in one strings file only (a second definition would silently win)', () => {
    const files = { COMMON_STRINGS, TRANSCRIPT_STRINGS, DETAILS_STRINGS, QUESTIONS_STRINGS, REVIEW_STRINGS, MIRROR_STRINGS, SPEECH_STRINGS, STREAM_STRINGS };
    const seen = new Map<string, string[]>();
    for (const [name, table] of Object.entries(files)) for (const k of Object.keys(table)) seen.set(k, [...(seen.get(k) ?? []), name]);
    assert.deepEqual([...seen].filter(([, names]) => names.length > 1), []);
    assert.equal(seen.size, entries.length, 'a strings file is missing from UI_STRINGS');
  });

  it('sends the chosen language only', () => {
    assert.equal(uiStrings('nl')['tab.review'], 'Bespreking');
    assert.equal(uiStrings('en')['tab.review'], 'Review');
    assert.equal(Object.keys(uiStrings('en')).length, entries.length);
  });

  it('refuses an unknown key at compile time (npm run typecheck checks this file)', () => {
    const strings = uiStrings('nl');
    const t: Translate = (key) => strings[key];
    assert.equal(t('tab.details'), 'Details');
    // @ts-expect-error -- a misspelt key is a type error, not raw text on screen
    assert.equal(t('tab.detials'), undefined);
  });

  it('is tested by these checks: a mismatch is found', () => {
    assert.notEqual(placeholders('{0} van {1}').join(), placeholders('{0} of').join());
    assert.notEqual(placeholders('{0|detail|details}').join(), placeholders('{0}').join());
  });
});

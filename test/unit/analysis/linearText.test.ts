/**
 * Issue 16: no quadratic work on user text. Proven by design, not by a stopwatch:
 *  - every regular expression in src/core/analysis is on a reviewed list, each with the reason it
 *    runs in linear time (a new or changed one fails here until someone has looked at it);
 *  - the word-pattern matcher and the marker scanner are counted in work steps, which grow in
 *    proportion to the input;
 *  - the scanners give the same result as the plain regular expressions they replace.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { analyzeSession, analyzeSessionInSlices, SLICE_CHARS } from '../../../src/core/analysis/conversationMirror';
import { markerSpans, stripMarkers } from '../../../src/core/analysis/dutchText';
import { BASE_EMOTION_WORDS, EMOTION_LIST_LIMITS, mergeEmotionWords, validateEmotionWordList } from '../../../src/core/analysis/emotionWords';
import { findPhrase, phraseIndex } from '../../../src/core/analysis/phrases';

const DIR = join(__dirname, '../../../src/core/analysis');

/** Every regex literal of the folder, as written, with its file. */
function regexLiterals(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.ts'))) {
    const src = ts.createSourceFile(f, readFileSync(join(DIR, f), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push({ file: f, text: n.getText(src) });
      if (ts.isNewExpression(n) && n.expression.getText(src) === 'RegExp') out.push({ file: f, text: `new RegExp(${n.arguments?.map((a) => a.getText(src)).join(', ')})` });
      n.forEachChild(visit);
    };
    visit(src);
  }
  return out;
}

// Reviewed: each is a single character class, anchored, or a token scan whose parts cannot overlap.
const REVIEWED: Record<string, string> = {
  '/^\\uFEFF/': 'anchored, one character',
  '/position (\\d+)/': 'on JSON.parse error messages, not user text',
  '/line (\\d+) column (\\d+)/': 'on JSON.parse error messages, not user text',
  '/[\\u0080-\\uffff]/': 'one character class, stops at the first hit',
  '/`/g': 'one character',
  '/[\\u0300-\\u036f]/g': 'one character class',
  "/[\\u2018\\u2019\\u02bc`´]/g": 'one character class',
  "/[\\p{L}\\p{N}]+(?:['-][\\p{L}\\p{N}]+)*|'s\\b/gu": 'word scan: each repetition needs a delimiter the class excludes, so nothing is matched two ways',
  "/[a-z0-9]+(?:['-][a-z0-9]+)*|'s\\b/g": 'word scan, as above (ASCII)',
  '/[[(*]/': 'one character class',
  '/\\s+/g': 'one class, greedy, no alternative after it',
  '/[^.?!…\\n]*(?:[.?!…]+|\\n|$)/g': 'sentence scan: the run stops at the first terminator, and each alternative after it succeeds there',
  '/[\\p{L}\\p{N}]/u': 'one character class',
  '/\\.0+$/': 'on a number formatted by toFixed',
  '/\\|/g': 'one character',
  '/ +/': 'on our own pattern constants',
  '/\\s+/': 'on our own word-list constants',
};

describe('linear-time text analysis (issue 16)', () => {
  it('every regular expression in src/core/analysis is a reviewed, linear one', () => {
    const found = regexLiterals();
    assert.ok(found.length > 5, 'the scan finds the regexes');
    const unreviewed = found.filter((r) => !(r.text in REVIEWED));
    assert.deepEqual(unreviewed, [], 'review each new regex for backtracking, then add it to REVIEWED with the reason');
  });

  it('word patterns do work in proportion to the number of words', () => {
    const idx = phraseIndex(['heb|had je [er] [al] [eens|ooit] [aan] gedacht aan|om', 'denk|vind je [ook] niet [ook] dat', 'of niet [dan]']);
    const reads = (n: number) => {
      let count = 0;
      // Hostile: every word starts a pattern and almost completes it.
      const base = Array.from({ length: n }, (_, i) => ['heb', 'je', 'er', 'al', 'eens', 'aan'][i % 6]!);
      const words = new Proxy(base, {
        get(t, k) {
          if (typeof k === 'string' && /^\d+$/.test(k)) count++;
          return Reflect.get(t, k);
        },
      });
      assert.equal(findPhrase(words, idx), -1);
      return count;
    };
    const small = reads(2_000);
    const big = reads(8_000);
    assert.ok(big <= small * 4.2, `4× the words, ${(big / small).toFixed(2)}× the reads`);
    assert.ok(big <= 8_000 * idx.maxLen * 200, 'bounded by words × pattern length × patterns per word');
  });

  it('the marker scanner reads each character a bounded number of times, also when nothing closes', () => {
    const reads = (text: string) => {
      let count = 0;
      const s = new Proxy(new String(text), {
        get(t, k) {
          if (typeof k === 'string' && /^\d+$/.test(k)) count++;
          const v = Reflect.get(t, k);
          return typeof v === 'function' ? v.bind(t) : v;
        },
      }) as unknown as string;
      markerSpans(s, true);
      return count;
    };
    for (const hostile of [(n: number) => '['.repeat(n), (n: number) => '*a'.repeat(n / 2), (n: number) => '(a) '.repeat(n / 4)]) {
      const n = 4_000;
      const r = reads(hostile(n));
      assert.ok(r <= 5 * n, `at most 5 reads a character (${r} for ${n})`);
    }
  });

  it('the marker scanner finds exactly what the regular expression found', () => {
    const re = /\[[^\]]*\]|\([^)]*\)|\*[^*]+\*/g;
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = '[]()*ab ';
    for (let k = 0; k < 500; k++) {
      const text = Array.from({ length: 1 + Math.floor(rnd() * 20) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
      const expected = [...text.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length]);
      assert.deepEqual(markerSpans(text, true).map((s) => [s.from, s.to]), expected, JSON.stringify(text));
    }
    assert.equal(stripMarkers('Nou [lacht] ja (zucht) goed'), 'Nou ja goed');
    assert.equal(stripMarkers('['.repeat(10) + 'tekst'), '['.repeat(10) + 'tekst');
  });
});

describe('emotion lists and slices (issue 16)', () => {
  it('merging looks each entry up once: the work grows with the list, not with list × list', () => {
    const extra = { words: Array.from({ length: 2000 }, (_, i) => ({ lemma: `woord${i}`, forms: [`woord${i}`, `woorden${i}`], group: 'emotie' as const })) };
    const base = { words: Array.from({ length: 2000 }, (_, i) => ({ lemma: `basis${i}`, forms: [`basis${i}`], group: 'emotie' as const })) };
    // Work steps: every lemma comparison folds text (toLowerCase). A search per entry folds 2000 × 2000 times.
    let folds = 0;
    const lower = String.prototype.toLowerCase;
    String.prototype.toLowerCase = function (this: string) {
      folds++;
      return lower.call(this);
    };
    let merged;
    try {
      merged = mergeEmotionWords(base, extra);
    } finally {
      String.prototype.toLowerCase = lower;
    }
    assert.equal(merged.words.length, 4000);
    assert.ok(folds <= 3 * 4000, `${folds} folds for 4000 entries`);
    const again = mergeEmotionWords(merged, { words: [{ lemma: 'woord5', forms: ['woordje5'], group: 'emotie' }] });
    assert.deepEqual(again.words.find((w) => w.lemma === 'woord5')!.forms, ['woord5', 'woorden5', 'woordje5']);
  });
  it('a list beyond the limits is refused with a reason, and merging stays capped', () => {
    const big = validateEmotionWordList({ words: Array.from({ length: EMOTION_LIST_LIMITS.words + 1 }, (_, i) => ({ lemma: `w${i}`, group: 'emotie' })) });
    assert.equal(big.ok, false);
    assert.match(!big.ok ? big.errors[0]!.message.nl : '', /te veel woorden/);
    const forms = validateEmotionWordList({ words: [{ lemma: 'x', forms: Array.from({ length: 51 }, (_, i) => `x${i}`), group: 'emotie' }] });
    assert.equal(forms.ok, false);
    let list = BASE_EMOTION_WORDS;
    for (let k = 0; k < 5; k++) list = mergeEmotionWords(list, { words: Array.from({ length: 2000 }, (_, i) => ({ lemma: `l${k}-${i}`, forms: [], group: 'signaal' as const })) });
    assert.equal(list.words.length, EMOTION_LIST_LIMITS.totalWords);
  });
  it('the host analysis runs in bounded slices and gives the same result', async () => {
    const speakers = [{ id: 'b', name: 'B', role: 'begeleider' as const, colour: '' }, { id: 's', name: 'S', role: 'student' as const, colour: '' }];
    const transcript = Array.from({ length: 400 }, (_, i) => ({ id: `x${i}`, start: i * 3, end: i * 3 + 2, speakerId: i % 2 ? 's' : 'b', text: i % 2 ? 'Ik was zo boos, ik weet het niet. '.repeat(30) : 'Wat gebeurde er toen? Boos? '.repeat(30) }));
    let pauses = 0;
    const sliced = await analyzeSessionInSlices({ speakers, transcript }, {}, async () => void pauses++);
    const chars = transcript.reduce((n, s) => n + s.text.length, 0);
    assert.ok(pauses >= Math.floor(chars / SLICE_CHARS), `${pauses} pauses for ${chars} characters`);
    assert.deepEqual(sliced, analyzeSession({ speakers, transcript }));
  });
});

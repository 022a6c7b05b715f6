/**
 * Vergrotende en overtreffende trap (comparatives and superlatives): "leuker", "het leukst",
 * "meer plezier… meer uitdagend", "het meest". In the toolkit's emotiewoorden practice they are
 * signals: the student is comparing, which is where a rode draad can show. Found on tokens in one
 * pass (no regular expression over the text), from a small list of adjectives teachers hear often.
 */
import type { Token } from './dutchText';

export type Degree = 'vergrotend' | 'overtreffend';

export interface DegreeHit {
  /** The adjective's base form ("leuk" for "het leukst"); "veel"/"graag"/"goed" for meer/liever/beter. */
  lemma: string;
  degree: Degree;
  /** Token range [first, last] in the token list. */
  first: number;
  last: number;
}

const ADJECTIVES =
  'leuk mooi fijn moeilijk makkelijk gemakkelijk lastig erg spannend saai gezellig interessant druk zwaar eng bang blij boos trots ' +
  'belangrijk vervelend rustig prettig gaaf tof lekker stom raar zenuwachtig onzeker zeker heftig vrolijk verdrietig ' +
  'uitdagend zinvol nuttig slim sterk zwak snel langzaam kwaad bijzonder tevreden vrij'; // not "moe": "moest" is a verb

/** Every comparative and superlative spelling of the list, to its base and degree. */
function buildForms(): Map<string, { lemma: string; degree: Degree }> {
  const m = new Map<string, { lemma: string; degree: Degree }>();
  const vowels = 'aeiou';
  for (const a of ADJECTIVES.split(' ')) {
    const last = a[a.length - 1]!;
    const beforeLast = a[a.length - 2] ?? '';
    // Short vowel + one consonant doubles it ("druk" → "drukker"); r takes a d ("zwaar" → "zwaarder").
    const doubled = !vowels.includes(last) && vowels.includes(beforeLast) && !vowels.includes(a[a.length - 3] ?? 'x') && a.length <= 4 ? a + last : a;
    const comp = last === 'r' ? [a + 'der', a + 'dere'] : [doubled + 'er', doubled + 'ere', a + 'er', a + 'ere'];
    // Long vowels written double lose a letter before -er ("zwaar" keeps it before -der; "raar" → "raarder" is rare, fine).
    for (const c of comp) m.set(c, { lemma: a, degree: 'vergrotend' });
    for (const s of last === 's' ? [a + 't', a + 'te'] : [a + 'st', a + 'ste']) m.set(s, { lemma: a, degree: 'overtreffend' });
  }
  m.set('beter', { lemma: 'goed', degree: 'vergrotend' });
  m.set('liever', { lemma: 'graag', degree: 'vergrotend' });
  return m;
}

const FORMS = buildForms();
const QUANT: Record<string, { lemma: string; degree: Degree }> = {
  meer: { lemma: 'veel', degree: 'vergrotend' },
  minder: { lemma: 'weinig', degree: 'vergrotend' },
  meest: { lemma: 'veel', degree: 'overtreffend' },
  minst: { lemma: 'weinig', degree: 'overtreffend' },
  best: { lemma: 'goed', degree: 'overtreffend' },
  liefst: { lemma: 'graag', degree: 'overtreffend' },
};
const ADJ_SET = new Set(ADJECTIVES.split(' '));

/**
 * Comparatives and superlatives in a token list. `isAdjective` says whether a word after "meer" is
 * an adjective or emotion word ("meer plezier" is a quantity, "meer zelfvertrouwen" too: only
 * adjectives from the list or the emotion list count).
 */
export function findDegrees(tokens: readonly Token[], isEmotionWord: (w: string) => boolean = () => false): DegreeHit[] {
  const out: DegreeHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.word;
    const prev = tokens[i - 1]?.word;
    const next = tokens[i + 1]?.word;
    const withArticle = prev === 'het' || prev === 'de';
    const f = FORMS.get(w);
    if (f) {
      out.push({ lemma: f.lemma, degree: f.degree, first: withArticle && f.degree === 'overtreffend' ? i - 1 : i, last: i });
      continue;
    }
    const q = QUANT[w];
    if (!q) continue;
    const adjAfter = next !== undefined && (ADJ_SET.has(next) || isEmotionWord(next));
    if (q.degree === 'vergrotend' && adjAfter) {
      out.push({ lemma: next!, degree: 'vergrotend', first: i, last: i + 1 });
      i++;
    } else if (q.degree === 'overtreffend' && withArticle) {
      // "het meest spannend", "het liefst", "het best": "best" alone means "quite" and is skipped.
      out.push({ lemma: adjAfter ? next! : q.lemma, degree: 'overtreffend', first: i - 1, last: adjAfter ? i + 1 : i });
      if (adjAfter) i++;
    }
  }
  return out;
}

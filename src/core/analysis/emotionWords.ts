/**
 * Emotion and signal words: finds them in what a student says, as moments to look at ("(h)erken
 * emoties"). A word signals; it is never interpreted. The base list is our own
 * (emotionWords.nl.json); a workspace can add words with `mergeEmotionWords`.
 */
import type { LocalText } from '../session/model';
import { findDegrees, type Degree } from './degrees';
import { fold, foldKeepingOffsets } from '../text/fold';
import { blankMarkers, markerSpans, tokenize } from './dutchText';
import baseList from './emotionWords.nl.json';

export type EmotionGroup = 'emotie' | 'signaal' | 'nonverbaal';
export const EMOTION_GROUPS: readonly EmotionGroup[] = ['emotie', 'signaal', 'nonverbaal'];

export interface EmotionWord {
  lemma: string;
  /** Every written form, including the lemma itself if it occurs; phrases are several words. */
  forms: string[];
  group: EmotionGroup;
}

export interface EmotionWordList {
  words: EmotionWord[];
}

export const BASE_EMOTION_WORDS: EmotionWordList = { words: baseList.words as EmotionWord[] };
export const EMOTION_GROUP_LABELS: Record<EmotionGroup, LocalText> = baseList.groups;

export interface WordHit {
  lemma: string;
  group: EmotionGroup;
  /** The words as they stand in the text. */
  text: string;
  /** Character offsets in the original text. */
  from: number;
  to: number;
  /** A vergrotende or overtreffende trap ("leuker", "het leukst", "meer spannend"). */
  degree?: Degree;
}

interface Form {
  words: string[];
  entry: EmotionWord;
}

/** A compiled list: forms indexed by their first word, so matching is one pass over the tokens. */
export interface EmotionMatcher {
  byFirst: Map<string, Form[]>;
  nonverbal: Map<string, Form[]>;
}

const compiled = new WeakMap<EmotionWordList, EmotionMatcher>();

export function compileEmotionWords(list: EmotionWordList): EmotionMatcher {
  const hit = compiled.get(list);
  if (hit) return hit;
  const byFirst = new Map<string, Form[]>();
  const nonverbal = new Map<string, Form[]>();
  for (const entry of list.words) {
    for (const f of new Set([...entry.forms, entry.lemma])) {
      const ws = tokenize(fold(f)).map((t) => t.word);
      if (!ws.length) continue;
      const target = entry.group === 'nonverbaal' ? nonverbal : byFirst;
      const arr = target.get(ws[0]!) ?? [];
      arr.push({ words: ws, entry });
      target.set(ws[0]!, arr);
    }
  }
  for (const arr of [...byFirst.values(), ...nonverbal.values()]) arr.sort((a, b) => b.words.length - a.words.length);
  const m = { byFirst, nonverbal };
  compiled.set(list, m);
  return m;
}

/**
 * All hits in a text, longest match first and never overlapping ("ik weet het niet" wins over
 * "ik wil"-like shorter forms at the same place). The fold keeps offsets (foldKeepingOffsets), so
 * a hit marks the original text. Markers ([zucht], (lacht), *stilte*) are
 * found in one pass (markerSpans) and blanked in one pass: linear in the text's length.
 */
export function findEmotionWords(text: string, matcher: EmotionMatcher): WordHit[] {
  const folded = foldKeepingOffsets(text);
  const hits: WordHit[] = [];
  const spans = markerSpans(folded, true);
  for (const m of spans) scan(folded.slice(m.innerFrom, m.innerTo), m.innerFrom, matcher.nonverbal, text, hits);
  // Words inside markers are not speech ("(lacht zenuwachtig)" is not the word zenuwachtig).
  const speech = blankMarkers(folded, spans);
  const before = hits.length;
  scan(speech, 0, matcher.byFirst, text, hits);
  addDegrees(speech, matcher, text, hits, hits.slice(before));
  return hits.sort((a, b) => a.from - b.from);
}

/** Comparatives and superlatives that no list entry already covers, as signal (or emotion) words. */
function addDegrees(speech: string, matcher: EmotionMatcher, original: string, out: WordHit[], taken: readonly WordHit[]): void {
  const toks = tokenize(speech);
  const isEmotion = (w: string) => matcher.byFirst.get(w)?.some((f) => f.words.length === 1 && f.entry.group === 'emotie') ?? false;
  // Hits are in text order, so one pointer walks them alongside the degrees (no search per degree).
  let k = 0;
  for (const d of findDegrees(toks, isEmotion)) {
    const from = toks[d.first]!.index;
    const last = toks[d.last]!;
    const to = last.index + last.word.length;
    while (k < taken.length && taken[k]!.to <= from) k++;
    const hit = k < taken.length && taken[k]!.from < to ? taken[k]! : null;
    if (hit) {
      // "meer spannend", "banger": the list's word gets the degree and, when wider, the whole phrase.
      if (from <= hit.from && hit.to <= to) Object.assign(hit, { from, to, text: original.slice(from, to), degree: d.degree });
      continue;
    }
    out.push({ lemma: d.lemma, group: isEmotion(d.lemma) ? 'emotie' : 'signaal', text: original.slice(from, to), from, to, degree: d.degree });
  }
}

function scan(folded: string, base: number, index: Map<string, Form[]>, original: string, out: WordHit[]): void {
  const toks = tokenize(folded);
  for (let i = 0; i < toks.length; ) {
    const cands = index.get(toks[i]!.word);
    const f = cands?.find((c) => c.words.every((w, k) => toks[i + k]?.word === w));
    if (!f) {
      i++;
      continue;
    }
    const last = toks[i + f.words.length - 1]!;
    const from = base + toks[i]!.index;
    const to = base + last.index + last.word.length;
    out.push({ lemma: f.entry.lemma, group: f.entry.group, text: original.slice(from, to), from, to });
    i += f.words.length;
  }
}

export interface ListError {
  path: string;
  message: LocalText;
}

export type ParsedWordList = { ok: true; list: EmotionWordList } | { ok: false; errors: ListError[] };

/** Checks a workspace's extra list: `{ "words": [{ "lemma": "...", "forms": [...], "group": "..." }] }`. */
export function validateEmotionWordList(data: unknown): ParsedWordList {
  const errors: ListError[] = [];
  const err = (path: string, nl: string, en: string) => errors.push({ path, message: { nl, en } });
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { words?: unknown }).words)) {
    err('words', 'verwacht een object met een lijst "words"', 'expected an object with a "words" array');
    return { ok: false, errors };
  }
  const raw = (data as { words: unknown[] }).words;
  if (raw.length > EMOTION_LIST_LIMITS.words) {
    err('words', `te veel woorden: ${raw.length} (hoogstens ${EMOTION_LIST_LIMITS.words})`, `too many words: ${raw.length} (at most ${EMOTION_LIST_LIMITS.words})`);
    return { ok: false, errors };
  }
  const words: EmotionWord[] = [];
  raw.forEach((w, i) => {
    const p = `words[${i}]`;
    if (typeof w !== 'object' || w === null) return err(p, 'verwacht een object', 'expected an object');
    const { lemma, forms, group } = w as Record<string, unknown>;
    const before = errors.length;
    if (typeof lemma !== 'string' || !lemma.trim()) err(`${p}.lemma`, 'lemma ontbreekt of is leeg', 'lemma is missing or empty');
    if (forms !== undefined && (!Array.isArray(forms) || forms.some((f) => typeof f !== 'string' || !f.trim())))
      err(`${p}.forms`, 'forms moet een lijst met niet-lege teksten zijn', 'forms must be a list of non-empty strings');
    else if (Array.isArray(forms) && forms.length > EMOTION_LIST_LIMITS.formsPerWord)
      err(`${p}.forms`, `te veel vormen: ${forms.length} (hoogstens ${EMOTION_LIST_LIMITS.formsPerWord})`, `too many forms: ${forms.length} (at most ${EMOTION_LIST_LIMITS.formsPerWord})`);
    else if (Array.isArray(forms) && forms.some((f) => typeof f === 'string' && f.length > EMOTION_LIST_LIMITS.formLength))
      err(`${p}.forms`, `een vorm is langer dan ${EMOTION_LIST_LIMITS.formLength} tekens`, `a form is longer than ${EMOTION_LIST_LIMITS.formLength} characters`);
    if (typeof group !== 'string' || !EMOTION_GROUPS.includes(group as EmotionGroup))
      err(`${p}.group`, `group moet een van ${EMOTION_GROUPS.join(', ')} zijn`, `group must be one of ${EMOTION_GROUPS.join(', ')}`);
    if (errors.length === before) words.push({ lemma: (lemma as string).trim(), forms: ((forms as string[] | undefined) ?? []).map((f) => f.trim()), group: group as EmotionGroup });
  });
  return errors.length ? { ok: false, errors } : { ok: true, list: { words } };
}

/** Limits for a workspace's extra lists: a list is read on every analysis, so its size is bounded. */
export const EMOTION_LIST_LIMITS = { words: 2000, formsPerWord: 50, formLength: 80, lists: 20, totalWords: 5000 } as const;

/**
 * Base plus extra; an extra entry with the same lemma and group adds its forms to the base entry.
 * Linear: entries are found through a Map and forms through a Set (no search per entry), and the
 * result is capped at EMOTION_LIST_LIMITS (entries beyond totalWords, forms beyond formsPerWord are
 * left out; validateEmotionWordList already refuses lists that exceed the limits).
 */
export function mergeEmotionWords(base: EmotionWordList, extra: EmotionWordList): EmotionWordList {
  const out = base.words.map((w) => ({ ...w, forms: [...w.forms] }));
  const byKey = new Map<string, { entry: EmotionWord; forms: Set<string> }>();
  for (const w of out) byKey.set(`${w.group}\u0000${fold(w.lemma)}`, { entry: w, forms: new Set(w.forms) });
  for (const e of extra.words) {
    const key = `${e.group}\u0000${fold(e.lemma)}`;
    const same = byKey.get(key);
    if (same) {
      for (const f of e.forms) {
        if (same.entry.forms.length >= EMOTION_LIST_LIMITS.formsPerWord) break;
        if (!same.forms.has(f)) {
          same.forms.add(f);
          same.entry.forms.push(f);
        }
      }
    } else if (out.length < EMOTION_LIST_LIMITS.totalWords) {
      const entry = { ...e, forms: [...new Set(e.forms)].slice(0, EMOTION_LIST_LIMITS.formsPerWord) };
      out.push(entry);
      byKey.set(key, { entry, forms: new Set(entry.forms) });
    }
  }
  return { words: out };
}

/** The lemmas named in `text`, in words or as a non-verbal signal named in words ("ik hoor je zuchten"). */
export function lemmasIn(text: string, matcher: EmotionMatcher): Set<string> {
  const hits: WordHit[] = [];
  const folded = foldKeepingOffsets(text);
  scan(folded, 0, matcher.byFirst, text, hits);
  scan(folded, 0, matcher.nonverbal, text, hits);
  return new Set(hits.map((h) => h.lemma));
}

/** Does `text` contain any form (or the lemma) of an entry? Used to see if a word was picked up. */
export function mentionsLemma(text: string, lemma: string, matcher: EmotionMatcher): boolean {
  return lemmasIn(text, matcher).has(lemma);
}

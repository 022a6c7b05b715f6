import { splitSpeakerPrefix } from './textTools';

/**
 * Decides which `Naam:` / `[Naam]` prefixes name a speaker, looking at the whole file: a colon after
 * the first words of one line ("Ik dacht: …") is no speaker when other names recur. So a name that
 * occurs once, while others recur, is kept only when it looks like a name (see `keepName`). With `requireMajority`
 * (SRT, where prefixes are not a convention of the format) prefixes count only when more than half
 * of the texts carry one.
 */
export function speakerPrefixes(texts: readonly string[], requireMajority: boolean): { speaker: string | null; text: string }[] {
  const split = texts.map((t) => splitSpeakerPrefix(t));
  const count = new Map<string, number>();
  let withPrefix = 0;
  for (const s of split) {
    if (!s) continue;
    withPrefix++;
    count.set(s.speaker, (count.get(s.speaker) ?? 0) + 1);
  }
  const use = !requireMajority || withPrefix * 2 > texts.length;
  const anyRecurs = [...count.values()].some((n) => n >= 2);
  return texts.map((t, k) => {
    const s = split[k];
    if (!use || !s || !keepName(s.speaker, count.get(s.speaker)!, anyRecurs)) return { speaker: null, text: t };
    return { speaker: s.speaker, text: s.rest };
  });
}

const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'von']);

/**
 * A prefix seen once, in a file where other names recur, stays a speaker only if it looks like a
 * name: capitalised words, optionally with tussenvoegsels ("Anouk de Vries", but not "Ik dacht").
 */
export function keepName(name: string, count: number, anyRecurs: boolean): boolean {
  if (count >= 2 || !anyRecurs) return true;
  const words = name.split(/\s+/);
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^\p{Lu}/u.test(w) || TUSSENVOEGSELS.has(w.toLowerCase()));
}

import type { Session } from '../session/model';
import { NAME_TITLES } from './pseudonymise';

/** A name found in the session's texts that belongs to nobody in it ("Ria", "mevrouw Bos"). */
export interface NameCandidate {
  /** The name as it is replaced ("Bos"; the title goes with it when it is there). */
  name: string;
  /** How often it occurs, possessive forms included. */
  count: number;
  /** The first place it occurs, as written ("mevrouw Bos"), to recognise it by. */
  example: string;
}

/**
 * Capitalised words that are not names of people even in the middle of a sentence: languages,
 * countries and school words that Dutch writes with a capital, and words a transcript often
 * capitalises after a pause or an interjection. (Days and months are lower-case in Dutch.)
 */
const NOT_NAMES = new Set(
  (
    'ik oké ok nee ja jawel nou hè he hoor oh o ah eh ehm uhm hm mm goh tja nouja ' +
    'nederland nederlands engels duits frans turks arabisch spaans europa amsterdam rotterdam utrecht ' +
    'god kerst kerstmis pasen ramadan suikerfeest mbo hbo vmbo havo vwo roc bol bbl kd lob slb ' +
    'klein kijken student begeleider deelnemer observator observant trainer persoon spreker ' +
    'whatsapp instagram tiktok youtube google teams zoom'
  ).split(' '),
);

/** Words a text may capitalise because of its position: after these, a capital says nothing. */
const SENTENCE_START = /(?:^|[.!?…:;"“”‘’'([\n\r—–-])\s*$/u;

const WORD = /[\p{Lu}][\p{Ll}]+(?:-[\p{Lu}][\p{Ll}]+)*(?:['’]s)?/gu;
const ANY_WORD = /[\p{L}][\p{L}'’-]*/gu;

function textsOf(s: Session): string[] {
  const c = s.review.context;
  return [
    s.title,
    ...s.transcript.map((x) => x.text),
    ...s.details.flatMap((d) => [d.see, d.meaning, d.deepen, d.question?.text ?? '']),
    ...s.questions.flatMap((q) => [q.text, q.note]),
    ...s.notes.map((n) => n.text),
    ...s.fragments.map((f) => f.name),
    s.review.leervraag,
    ...s.review.leervraagHistory.map((v) => v.text),
    c.opleiding, c.leerjaar, c.niveau, c.aanleiding, c.voorafgaand, c.plek,
  ].filter((x) => x && x.trim() !== '');
}

/**
 * Names of people in the session's texts who are neither participant nor speaker, for the user to
 * choose which to replace before an export. A word counts as a name when it is capitalised in the
 * middle of a sentence (or follows a title such as "mevrouw"), is never written lower-case in the
 * session, and is no ordinary capitalised word. Its possessive ("Rias", "Ria's") counts with it.
 * This only offers: the user decides, because a place or a school can look just like a name.
 */
export function otherNames(session: Session): NameCandidate[] {
  const texts = textsOf(session);
  const lower = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(ANY_WORD)) if (m[0] === m[0].toLowerCase()) lower.add(m[0]);
  const known = new Set<string>();
  for (const p of [...session.participants, ...session.speakers]) for (const w of p.name.toLowerCase().split(/\s+/)) if (w) known.add(w);
  const titles = new Set(NAME_TITLES);

  const found = new Map<string, NameCandidate>();
  const seen = (key: string, example: string) => {
    const c = found.get(key);
    if (c) c.count++;
    else found.set(key, { name: key, count: 1, example });
  };
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      const word = m[0].replace(/['’]s$/, '');
      const key = word.toLowerCase();
      if (known.has(key) || known.has(key.replace(/s$/, '')) || NOT_NAMES.has(key) || titles.has(key) || lower.has(key)) continue;
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      const title = /(\S+)\s+$/u.exec(before)?.[1];
      const titled = !!title && titles.has(title.toLowerCase());
      if (!titled && SENTENCE_START.test(before)) continue;
      seen(word, titled ? `${title} ${m[0]}` : m[0]);
    }
  }
  // A name that occurs only at sentence starts elsewhere is still the same name: count those too.
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      const word = m[0].replace(/['’]s$/, '');
      const c = found.get(word) ?? found.get(word.replace(/s$/, ''));
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (c && SENTENCE_START.test(before) && !titles.has(/(\S+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '')) c.count++;
    }
  }
  // "Rias" when "Ria" is a name: the possessive, not another person.
  for (const [key, c] of found) {
    const base = found.get(key.replace(/s$/, ''));
    if (base && base !== c) {
      base.count += c.count;
      found.delete(key);
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'nl'));
}

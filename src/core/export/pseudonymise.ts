import type { Participant, ParticipantRole, Session, Speaker, SpeakerRole } from '../session/model';

/**
 * Replaces the names of participants and speakers everywhere in a copy of the session: in the name
 * fields and inside every free text (transcript, details, questions, notes, leervraag, context,
 * title, fragment names). Matching is whole-word and case-insensitive; for a name of two or more
 * words the first word alone (the first name) is replaced too, because that is how people are
 * addressed in a conversation ("Jan, wat gebeurde er?").
 *
 * Names are caught in the forms people write them: possessive ("Milans", "Milan's" → "Students"),
 * and with a title ("mevrouw Verhoef", "meneer Kok", "juf Sanne", "meester de Vries"; a surname
 * alone, without a title, is too often an ordinary word to replace blindly).
 *
 * `roles`:   speakers by conversation role (Begeleider, Student, Student 2),
 *            participants by trio role (Deelnemer A, Observator B, Observator C, Trainer).
 * `initials`: "Jan de Vries" → "J.d.V.".
 *
 * The recording's path is treated the same way (file names often carry the student's name), so a
 * pseudonymised EAF/QDPX points at a file that may not exist: ELAN or the QDA tool then asks the
 * user to locate the recording. Names of other people ("Ria", "mevrouw Bos") are found by
 * `otherNames` (otherNames.ts) and replaced when the user chose them (`others`). When two people
 * share a first name, the first one listed (participants before speakers) wins for the first name
 * alone.
 */
export type PseudonymMode = 'roles' | 'initials';

const PARTICIPANT_ROLE_NAME: Record<ParticipantRole, string> = {
  a: 'Deelnemer A',
  b: 'Observator B',
  c: 'Observator C',
  trainer: 'Trainer',
  other: 'Deelnemer',
};

const SPEAKER_ROLE_NAME: Record<SpeakerRole, string> = {
  begeleider: 'Begeleider',
  student: 'Student',
  anders: 'Spreker',
};

export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  // Lower-case words (tussenvoegsels such as "de", "van") keep a lower-case initial, as in J.d.V.
  return words.map((w) => `${[...w][0]}.`).join('');
}

/** Gives "Student", "Student 2", … so two students stay distinguishable. */
function numbered(base: string, used: Map<string, number>): string {
  const n = (used.get(base) ?? 0) + 1;
  used.set(base, n);
  return n === 1 ? base : `${base} ${n}`;
}

export interface NameSwap {
  name: string;
  pseudonym: string;
  /** A surname: replaced only after a title ("mevrouw Bakker"), never on its own. */
  titledOnly?: boolean;
}

/** Forms of address that come before a name in Dutch school talk. */
export const NAME_TITLES = ['meneer', 'mevrouw', 'juf', 'juffrouw', 'meester', 'mevr.', 'mw.', 'dhr.', 'mr.'];

/** Lower-case words inside a Dutch surname ("de Vries", "van der Berg"). */
const TUSSENVOEGSELS = new Set(['de', 'der', 'den', 'van', 'von', 'het', "'t", 'te', 'ter', 'ten', 'in', 'op', 'la', 'le', 'du', 'da', 'di', 'el', 'al', 'bin', 'ben']);

/** The surname of a full name: everything after the first name ("Jan de Vries" → "de Vries"). */
export function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  const rest = words.slice(1);
  // A name such as "Jan de" has no surname after the tussenvoegsel.
  return rest.some((w) => !TUSSENVOEGSELS.has(w.toLowerCase())) ? rest.join(' ') : null;
}

/** The possessive of a pseudonym, as Dutch writes it: "Students", "Deelnemer A's", "S.B.'s". */
export function possessiveOf(pseudonym: string): string {
  return /[b-df-hj-np-tv-xz]$|e$/.test(pseudonym) ? `${pseudonym}s` : `${pseudonym}'s`;
}

function swapsFor(session: Session, mode: PseudonymMode): { participants: Map<string, string>; speakers: Map<string, string>; swaps: NameSwap[] } {
  const used = new Map<string, number>();
  const participants = new Map<string, string>();
  const speakers = new Map<string, string>();
  const people: { name: string; pseudonym: string }[] = [];
  const make = (p: Participant | Speaker, roleName: string): string =>
    mode === 'initials' ? initialsOf(p.name) || numbered(roleName, used) : numbered(roleName, used);
  for (const p of session.participants) {
    const ps = make(p, PARTICIPANT_ROLE_NAME[p.role] ?? 'Deelnemer');
    participants.set(p.id, ps);
    people.push({ name: p.name, pseudonym: ps });
  }
  for (const s of session.speakers) {
    // A speaker who is also a participant (the begeleider is often trio member a) keeps one pseudonym.
    const same = people.find((x) => x.name.trim().toLowerCase() === s.name.trim().toLowerCase() && s.name.trim() !== '');
    const ps = same ? same.pseudonym : make(s, SPEAKER_ROLE_NAME[s.role] ?? 'Spreker');
    speakers.set(s.id, ps);
    people.push({ name: s.name, pseudonym: ps });
  }
  const swaps: NameSwap[] = [];
  const seen = new Set<string>();
  const add = (name: string, pseudonym: string) => {
    const key = name.trim().toLowerCase();
    if (key.length < 2 || seen.has(key)) return;
    seen.add(key);
    swaps.push({ name: name.trim(), pseudonym });
  };
  for (const p of people) add(p.name, p.pseudonym);
  for (const p of people) {
    const words = p.name.trim().split(/\s+/);
    if (words.length >= 2) add(words[0]!, p.pseudonym);
  }
  for (const p of people) {
    const surname = surnameOf(p.name);
    if (surname && !seen.has(surname.toLowerCase())) {
      seen.add(surname.toLowerCase());
      swaps.push({ name: surname, pseudonym: p.pseudonym, titledOnly: true });
    }
  }
  // Longest first, so "Jan de Vries" is replaced before "Jan".
  swaps.sort((a, b) => b.name.length - a.name.length);
  return { participants, speakers, swaps };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A function replacing every name in one pass, so a pseudonym is never itself replaced again. A
 * title before the name goes with it ("mevrouw Bakker" → "Student"); a possessive s stays a
 * possessive ("Sannes broer" → "Students broer").
 */
export function nameReplacer(swaps: readonly NameSwap[]): (text: string) => string {
  if (swaps.length === 0) return (text) => text;
  const byKey = new Map(swaps.map((s) => [s.name.replace(/\s+/g, ' ').toLowerCase(), s]));
  const alternation = swaps.map((s) => escapeRegExp(s.name).replace(/\s+/g, '\\s+')).join('|');
  const titles = NAME_TITLES.map(escapeRegExp).join('|');
  // Title, name and possessive are optional parts of one match; the title must be a whole word.
  const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:(${titles})\\s+)?(${alternation})(['’]s|s)?(?![\\p{L}\\p{N}_])`, 'giu');
  return (text) =>
    text.replace(re, (m: string, title: string | undefined, name: string, poss: string | undefined) => {
      const swap = byKey.get(name.replace(/\s+/g, ' ').toLowerCase());
      if (!swap || (swap.titledOnly && !title)) return m;
      return poss ? possessiveOf(swap.pseudonym) : swap.pseudonym;
    });
}

/**
 * Pseudonyms for names of people who are not in the session (found by `otherNames`, chosen by the
 * user): "Persoon 1", "Persoon 2" by roles, "R." by initials.
 */
export function otherSwaps(others: readonly string[], mode: PseudonymMode): NameSwap[] {
  const seen = new Set<string>();
  const out: NameSwap[] = [];
  for (const raw of others) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name.length < 2 || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push({ name, pseudonym: mode === 'initials' ? initialsOf(name) : `Persoon ${out.length + 1}` });
  }
  return out;
}

/** `others`: names of other people to replace too (see otherNames.ts), as the user chose them. */
export function pseudonymise(session: Session, mode: PseudonymMode, others: readonly string[] = []): Session {
  const { participants, speakers, swaps } = swapsFor(session, mode);
  const known = new Set(swaps.map((s) => s.name.toLowerCase()));
  const all = [...swaps, ...otherSwaps(others, mode).filter((s) => !known.has(s.name.toLowerCase()))];
  // Longest first again, so "Ria de Wit" is replaced before "Ria".
  all.sort((a, b) => b.name.length - a.name.length);
  const out = mapFreeText(session, nameReplacer(all));
  return {
    ...out,
    participants: session.participants.map((p) => ({ ...p, name: participants.get(p.id) ?? p.name })),
    speakers: session.speakers.map((s) => ({ ...s, name: speakers.get(s.id) ?? s.name })),
  };
}

/**
 * Only the names of other people, in every free text (participants and speakers are left as
 * they are): for an export that pseudonymises the participants itself afterwards.
 */
export function replaceOtherNames(session: Session, others: readonly string[], mode: PseudonymMode): Session {
  const swaps = otherSwaps(others, mode).sort((a, b) => b.name.length - a.name.length);
  return swaps.length ? mapFreeText(session, nameReplacer(swaps)) : session;
}

/** A copy of the session with `r` applied to every text a person wrote or said, and the recording's path. */
function mapFreeText(session: Session, r: (text: string) => string): Session {
  const ctx = session.review.context;
  return {
    ...session,
    title: r(session.title),
    recording: session.recording ? { ...session.recording, path: r(session.recording.path) } : null,
    participants: session.participants.map((p) => ({ ...p })),
    speakers: session.speakers.map((s) => ({ ...s })),
    framework: structuredClone(session.framework),
    transcript: session.transcript.map((seg) => ({ ...seg, text: r(seg.text) })),
    details: session.details.map((d) => ({
      ...d,
      see: r(d.see),
      meaning: r(d.meaning),
      deepen: r(d.deepen),
      question: d.question ? { ...d.question, text: r(d.question.text) } : null,
    })),
    questions: session.questions.map((q) => ({ ...q, text: r(q.text), note: r(q.note) })),
    notes: session.notes.map((n) => ({ ...n, text: r(n.text) })),
    fragments: session.fragments.map((f) => ({ ...f, name: r(f.name) })),
    review: {
      ...session.review,
      leervraag: r(session.review.leervraag),
      leervraagHistory: session.review.leervraagHistory.map((v) => ({ ...v, text: r(v.text) })),
      context: {
        opleiding: r(ctx.opleiding),
        leerjaar: r(ctx.leerjaar),
        niveau: r(ctx.niveau),
        aanleiding: r(ctx.aanleiding),
        voorafgaand: r(ctx.voorafgaand),
        plek: r(ctx.plek),
      },
      focus: [...session.review.focus],
    },
  };
}

/** What every exporter calls first: the session as it may leave the machine. */
export function maybePseudonymise(session: Session, mode: PseudonymMode | undefined | null, others: readonly string[] = []): Session {
  return mode ? pseudonymise(session, mode, others) : session;
}

import type { Detail, LocalText, Participant, Session } from '../session/model';
import { compareObservers, type CompareOptions, type CompareOutcome } from './compareObservers';

/**
 * Comparing two files: typically B reviewed the recording at home in one copy of the session and
 * C in another. The observer of each file is a participant who authored details in it.
 *
 * Which participant: `opts.observers` names them ([in first file, in second file], by id or name).
 * Otherwise, per file, we take the authors whose details are not all present (same id) in the
 * other file — what a copy shares with the other is not that copy's own work. Exactly one such
 * author must remain (or the file must have exactly one author); else the caller must choose.
 * The same person in both files (same id or name) is allowed: two viewings by one observer.
 */

function sameKey(p: Participant, key: string): boolean {
  return p.id === key || p.name.trim().toLowerCase() === key.trim().toLowerCase();
}

function authors(s: Session): Participant[] {
  const ids = new Set(s.details.map((d) => d.authorId));
  return s.participants.filter((p) => ids.has(p.id));
}

function ownAuthor(s: Session, other: Session, which: LocalText): { ok: true; p: Participant } | { ok: false; error: LocalText } {
  const all = authors(s);
  const otherIds = new Set(other.details.map((d) => d.id));
  const own = all.filter((p) => s.details.some((d) => d.authorId === p.id && !otherIds.has(d.id)));
  if (own.length === 1) return { ok: true, p: own[0]! };
  if (own.length === 0 && all.length === 1) return { ok: true, p: all[0]! };
  if (all.length === 0) {
    return { ok: false, error: { nl: `${which.nl} bevat geen details met een auteur.`, en: `${which.en} holds no details with an author.` } };
  }
  const names = (own.length > 0 ? own : all).map((p) => p.name || p.id).join(', ');
  return {
    ok: false,
    error: {
      nl: `${which.nl} heeft meer dan één waarnemer (${names}); kies er een met --observers.`,
      en: `${which.en} has more than one observer (${names}); choose one with --observers.`,
    },
  };
}

/** Compares the observer of `first` with the observer of `second`. */
export function compareSessions(first: Session, second: Session, opts: CompareOptions = {}): CompareOutcome {
  const names = [
    { nl: 'Het eerste bestand', en: 'The first file' },
    { nl: 'Het tweede bestand', en: 'The second file' },
  ] as const;
  let pb: Participant;
  let pc: Participant;
  if (opts.observers) {
    const [x, y] = opts.observers;
    const b = first.participants.find((p) => p.id === x) ?? first.participants.find((p) => sameKey(p, x));
    const c = second.participants.find((p) => p.id === y) ?? second.participants.find((p) => sameKey(p, y));
    if (!b) return { ok: false, error: { nl: `Geen deelnemer '${x}' in het eerste bestand.`, en: `No participant '${x}' in the first file.` } };
    if (!c) return { ok: false, error: { nl: `Geen deelnemer '${y}' in het tweede bestand.`, en: `No participant '${y}' in the second file.` } };
    pb = b;
    pc = c;
  } else {
    const b = ownAuthor(first, second, names[0]);
    if (!b.ok) return b;
    const c = ownAuthor(second, first, names[1]);
    if (!c.ok) return c;
    pb = b.p;
    pc = c.p;
  }
  // One combined session with the two observers under distinct ids, so compareObservers applies.
  const bId = 'obs-1';
  const cId = 'obs-2';
  const retag = (ds: Detail[], from: string, to: string): Detail[] =>
    ds.filter((d) => d.authorId === from).map((d) => ({ ...d, id: `${to}:${d.id}`, authorId: to }));
  const tags = [...first.framework.tags, ...second.framework.tags.filter((t) => !first.framework.tags.some((u) => u.id === t.id))];
  const dur = Math.max(first.recording?.durationSec ?? 0, second.recording?.durationSec ?? 0);
  const twin = (pb.name || pb.id).trim().toLowerCase() === (pc.name || pc.id).trim().toLowerCase();
  const nameB = twin ? `${pb.name || pb.id} (1)` : pb.name;
  const nameC = twin ? `${pc.name || pc.id} (2)` : pc.name;
  const combined: Session = {
    ...first,
    recording: first.recording ? { ...first.recording, durationSec: dur > 0 ? dur : null } : second.recording,
    participants: [
      { ...pb, id: bId, name: nameB, role: 'b' },
      { ...pc, id: cId, name: nameC, role: 'c' },
    ],
    framework: { ...first.framework, tags },
    details: [...retag(first.details, pb.id, bId), ...retag(second.details, pc.id, cId)],
  };
  const r = compareObservers(combined, { ...opts, observers: [bId, cId] });
  if (!r.ok) return r;
  const strip = (id: string): string => id.slice(id.indexOf(':') + 1);
  const v = r.value;
  return {
    ok: true,
    value: {
      ...v,
      observers: [pb.id, pc.id],
      pairs: v.pairs.map((p) => ({ ...p, b: strip(p.b), c: strip(p.c) })),
      onlyBIds: v.onlyBIds.map(strip),
      onlyCIds: v.onlyCIds.map(strip),
    },
  };
}

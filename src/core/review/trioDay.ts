import type { Edit } from '../session/edits';
import type { Participant, ParticipantRole, Session } from '../session/model';

/**
 * A trio day: three recordings, one per member, each member a once. Where the day lives: it is
 * derived from the sessions in the folder, not kept in a file of its own. Rotation gives the next
 * session the same three participants (same ids, names and colours), so the sessions themselves
 * say which belong together and who was a in each; a separate day file would be a second truth to
 * keep in step, and would go stale when someone renames or moves a recording.
 */

export interface SessionAt {
  path: string;
  session: Session;
}

export interface TrioRound {
  /** 1, 2, 3: the order in which the members take their turn as a. */
  n: number;
  memberId: string;
  name: string;
  colour: string;
  /** The session where this member is a, or null when that round has not been set up yet. */
  sessionPath: string | null;
  title: string;
  leervraag: string;
  /** The round is done once a named a next step (the last step of the round). */
  done: boolean;
}

export interface TrioDay {
  /** Member ids in turn order: the first a, then the next, … */
  members: string[];
  rounds: TrioRound[];
}

const ROLE_ORDER: readonly ParticipantRole[] = ['a', 'b', 'c'];

/** The trio of a session in turn order (a, b, c), or null when there is no a. */
export function trioOf(s: Session): Participant[] | null {
  const ps = ROLE_ORDER.map((r) => s.participants.find((p) => p.role === r)).filter((p): p is Participant => !!p);
  return ps.length > 0 && ps[0]!.role === 'a' ? ps : null;
}

/**
 * The participants for the next member's session: the same people and colours, roles moved on
 * as the method rotates them (b becomes a, c becomes b, a becomes c). Lenses are chosen anew each
 * round, so they start empty. Listed in the previous session's order.
 */
export function rotatedParticipants(prev: Session): Participant[] {
  const trio = trioOf(prev) ?? [];
  const n = trio.length;
  const rotated = trio.map((p, i): Participant => ({ id: p.id, name: p.name, colour: p.colour, role: ROLE_ORDER[(i - 1 + n) % n]!, lens: [] }));
  // Listed in the order of the previous session, so the trio reads the same in every session of the day.
  const at = (id: string) => prev.participants.findIndex((p) => p.id === id);
  return rotated.sort((x, y) => at(x.id) - at(y.id));
}

/** The member who is a in the next round (b of this one), or null without a trio. */
export function nextMember(prev: Session): Participant | null {
  const rotated = rotatedParticipants(prev);
  return rotated.find((p) => p.role === 'a') ?? null;
}

function sameTrio(s: Session, ids: ReadonlySet<string>): boolean {
  const trio = trioOf(s);
  return !!trio && trio.length === ids.size && trio.every((p) => ids.has(p.id));
}

/**
 * The day that `current` belongs to, from the sessions in its folder: the sessions whose a, b and
 * c are the same three people. Rounds follow the turn order from `current` backwards to the
 * member who was a first (the one whose session is oldest).
 */
export function trioDay(current: SessionAt, folder: readonly SessionAt[]): TrioDay | null {
  const trio = trioOf(current.session);
  if (!trio) return null;
  const ids = new Set(trio.map((p) => p.id));
  const all = [current, ...folder.filter((x) => x.path !== current.path)].filter((x) => sameTrio(x.session, ids));
  const aOf = (x: SessionAt) => trioOf(x.session)![0]!.id;
  // Turn order of the current session: a, b, c. The first round is the oldest session's a.
  const order = trio.map((p) => p.id);
  const oldest = [...all].sort((x, y) => x.session.createdAt.localeCompare(y.session.createdAt))[0]!;
  const start = order.indexOf(aOf(oldest));
  const members = order.map((_, i) => order[(start + i) % order.length]!);
  const rounds = members.map((id, i): TrioRound => {
    const p = trio.find((x) => x.id === id)!;
    const mine = all.filter((x) => aOf(x) === id).sort((x, y) => y.session.createdAt.localeCompare(x.session.createdAt))[0];
    const s = mine?.session;
    return {
      n: i + 1,
      memberId: id,
      name: p.name,
      colour: p.colour,
      sessionPath: mine?.path ?? null,
      title: s?.title ?? '',
      leervraag: s?.review.leervraag ?? '',
      // A round is done once a was given a feedforward (by b or c, or noted by a).
      done: !!s && s.notes.some((note) => note.kind === 'feedforward'),
    };
  });
  return { members, rounds };
}

/**
 * The last next step (feedforward) a member was given in an earlier session where they were a,
 * newest first: the starting point proposed for their next leervraag. b and c give it (the
 * toolkit's feedback to a, closed with a vervolgstap), so any author in that session counts.
 * '' when there is none.
 */
export function lastVervolgstap(memberId: string, sessions: readonly SessionAt[], except?: string): string {
  const steps = sessions
    .filter((x) => x.path !== except && trioOf(x.session)?.[0]?.id === memberId)
    .flatMap((x) => x.session.notes.filter((n) => n.kind === 'feedforward'))
    .sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  return steps[0]?.text.trim() ?? '';
}

/**
 * The one edit that sets up the next member's session for their round: the trio with rotated
 * roles, and (only when a has not written a leervraag yet) a's last next step as the proposed
 * starting point. The previous session is never touched. Null when nothing needs to change.
 */
export function setUpNextRound(prev: Session, next: Session, proposal: string, label: string): Edit | null {
  const rotated = rotatedParticipants(prev);
  const edits: Edit[] = [];
  const ids = new Set(rotated.map((p) => p.id));
  // Anyone else in the next session watches along; they cannot keep a role of the trio.
  const others = next.participants.filter((p) => !ids.has(p.id)).map((p) => (ROLE_ORDER.includes(p.role) ? { ...p, role: 'other' as const } : p));
  const wanted = [...rotated.map((r) => ({ ...r, lens: next.participants.find((p) => p.id === r.id)?.lens ?? [] })), ...others];
  if (JSON.stringify(wanted) !== JSON.stringify(next.participants)) edits.push({ op: 'replace', coll: 'participants', items: wanted });
  if (next.review.leervraag.trim() === '' && proposal !== '') edits.push({ op: 'review', patch: { leervraag: proposal } });
  return edits.length > 0 ? { op: 'batch', label, edits } : null;
}

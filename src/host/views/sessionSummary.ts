import type { Lang } from '../../protocol/messages';
import { SESSION_FILE_SUFFIX, type Session } from '../../core/session/model';
import { t } from '../../core/text/lang';
import { formatDate } from '../../core/text/time';

/**
 * What the Gesprekken view shows of one session file. Pure (no `vscode`), so it is unit-tested in
 * plain Node next to the tree building.
 */
export interface SessionSummary {
  title: string;
  recordingName: string;
  /** createdAt as a teacher reads a date ("18 november 2025"); '' when missing or unreadable. */
  date: string;
  details: number;
  questions: number;
  /** One line: recording · date · counts. */
  description: string;
}

export function baseName(p: string): string {
  return p.split(/[\\/]/).pop() ?? p;
}

/** The recording's file name: from the session, else from the session file's own name. */
export function recordingName(session: Session | null, sessionPath: string): string {
  const fromSession = session?.recording?.path ? baseName(session.recording.path) : '';
  if (fromSession) return fromSession;
  const own = baseName(sessionPath);
  return own.endsWith(SESSION_FILE_SUFFIX) ? own.slice(0, -SESSION_FILE_SUFFIX.length) : own;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summariseSession(session: Session, sessionPath: string, lang: Lang): SessionSummary {
  const rec = recordingName(session, sessionPath);
  // An unreadable createdAt is left out of the row (formatDate would show it as it is).
  const date = Number.isNaN(Date.parse(session.createdAt)) ? '' : formatDate(session.createdAt, lang);
  const details = session.details.length;
  const questions = session.questions.length;
  const counts = `${plural(details, 'detail', 'details')} · ${t(lang, plural(questions, 'vraag', 'vragen'), plural(questions, 'question', 'questions'))}`;
  return {
    title: session.title.trim() || rec,
    recordingName: rec,
    date,
    details,
    questions,
    description: [rec, date, counts].filter((x) => x !== '').join(' · '),
  };
}

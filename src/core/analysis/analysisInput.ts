/**
 * Reads what the analysis needs (transcript and speakers) from a session file's text, defensively:
 * the full session validator lives in src/core/session/; this only checks the fields used here,
 * and says where the file is broken instead of throwing.
 */
import type { LocalText, Segment, Speaker, SpeakerRole, SpiegelCorrection } from '../session/model';
import { isQuestionClass, isQuestionFunction } from './spiegelCorrections';

export type AnalysisInput = Pick<import('../session/model').Session, 'transcript' | 'speakers' | 'spiegelCorrections'>;

export type AnalysisInputResult = { ok: true; session: AnalysisInput } | { ok: false; message: LocalText; line?: number; column?: number };

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

const ROLES: readonly SpeakerRole[] = ['begeleider', 'student', 'anders'];

export function readAnalysisInput(text: string): AnalysisInputResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const m = String((e as Error).message);
    const pos = /position (\d+)/.exec(m);
    const lc = /line (\d+) column (\d+)/.exec(m);
    const at = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : lineColumn(text, pos ? Number(pos[1]) : text.length);
    return { ok: false, ...at, message: { nl: `geen geldige JSON (regel ${at.line}, kolom ${at.column}): ${m}`, en: `not valid JSON (line ${at.line}, column ${at.column}): ${m}` } };
  }
  const bad = (nl: string, en: string): AnalysisInputResult => ({ ok: false, message: { nl, en } });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return bad('verwacht een sessie-object', 'expected a session object');
  const o = data as Record<string, unknown>;
  if (!Array.isArray(o.transcript)) return bad('de sessie heeft geen lijst "transcript"', 'the session has no "transcript" list');
  const speakersRaw = o.speakers === undefined ? [] : o.speakers;
  if (!Array.isArray(speakersRaw)) return bad('"speakers" moet een lijst zijn', '"speakers" must be a list');

  const transcript: Segment[] = [];
  for (const [i, s] of (o.transcript as unknown[]).entries()) {
    const seg = s as Record<string, unknown> | null;
    const p = `transcript[${i}]`;
    if (typeof seg !== 'object' || seg === null) return bad(`${p} is geen object`, `${p} is not an object`);
    if (typeof seg.start !== 'number' || typeof seg.end !== 'number' || !Number.isFinite(seg.start) || !Number.isFinite(seg.end))
      return bad(`${p}: start en end moeten getallen zijn`, `${p}: start and end must be numbers`);
    if (typeof seg.text !== 'string') return bad(`${p}: text moet tekst zijn`, `${p}: text must be a string`);
    const speakerId = typeof seg.speakerId === 'string' ? seg.speakerId : null;
    transcript.push({ id: typeof seg.id === 'string' ? seg.id : `seg${i + 1}`, start: seg.start, end: seg.end, speakerId, text: seg.text });
  }
  const speakers: Speaker[] = [];
  for (const [i, s] of (speakersRaw as unknown[]).entries()) {
    const sp = s as Record<string, unknown> | null;
    const p = `speakers[${i}]`;
    if (typeof sp !== 'object' || sp === null || typeof sp.id !== 'string') return bad(`${p}: id ontbreekt`, `${p}: id is missing`);
    const role = ROLES.includes(sp.role as SpeakerRole) ? (sp.role as SpeakerRole) : 'anders';
    speakers.push({ id: sp.id, name: typeof sp.name === 'string' && sp.name ? sp.name : sp.id, role, colour: typeof sp.colour === 'string' ? sp.colour : '' });
  }
  // The trio's corrections: kept when well-formed, skipped one by one when not (the mirror still runs).
  const spiegelCorrections: SpiegelCorrection[] = [];
  if (Array.isArray(o.spiegelCorrections)) {
    for (const c of o.spiegelCorrections as unknown[]) {
      const x = c as Record<string, unknown> | null;
      if (typeof x !== 'object' || x === null || typeof x.key !== 'string') continue;
      const form = isQuestionClass(x.form) ? x.form : undefined;
      const fn = isQuestionFunction(x.function) ? x.function : undefined;
      if (form || fn) spiegelCorrections.push({ key: x.key, ...(form ? { form } : {}), ...(fn ? { function: fn } : {}) });
    }
  }
  return { ok: true, session: { transcript, speakers, ...(spiegelCorrections.length ? { spiegelCorrections } : {}) } };
}

import * as v from 'valibot';
import { locateJsonError } from '../text/jsonErrorLocation';
import { migrate } from './migrate';
import { COLLECTION_NAMES, SESSION_VERSION, type LocalText, type Session } from './model';
import { sessionSchema } from './sessionSchema';

/** Files larger than this are refused before parsing: a clear message instead of a hang. */
export const MAX_SESSION_BYTES = 30 * 1024 * 1024;

export type SessionProblemKind = 'too-large' | 'json' | 'not-a-session' | 'newer' | 'schema';

export interface SessionProblem {
  kind: SessionProblemKind;
  message: LocalText;
  line?: number;
  column?: number;
  /** Individual reasons (schema issues with their path), for the output channel and the CLI. */
  reasons: string[];
}

/**
 * `viewOnly`: for a file from a newer version, what this version understands of it, so it can be
 * shown read-only instead of as an empty editor. Never to be saved: it lacks the newer fields.
 */
export type SessionParse =
  { ok: true; session: Session; migratedFrom: number | null } | { ok: false; problem: SessionProblem; viewOnly?: Session };

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (
    (issue.path ?? [])
      .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
      .join('') || '(root)'
  );
}

function duplicateIds(s: Session): string[] {
  const out: string[] = [];
  for (const coll of COLLECTION_NAMES) {
    const seen = new Set<string>();
    for (const item of s[coll] as { id: string }[]) {
      if (seen.has(item.id)) out.push(`${coll}: id ${item.id} occurs twice`);
      seen.add(item.id);
    }
  }
  return out;
}

/** Parses, migrates and validates the text of a session file. Never throws. */
export function parseSessionText(text: string, byteLength = text.length): SessionParse {
  if (byteLength > MAX_SESSION_BYTES) {
    const mb = Math.round(byteLength / 1024 / 1024);
    return {
      ok: false,
      problem: {
        kind: 'too-large',
        message: {
          nl: `Dit sessiebestand is ${mb} MB; Klein Kijken opent sessies tot ${MAX_SESSION_BYTES / 1024 / 1024} MB.`,
          en: `This session file is ${mb} MB; Klein Kijken opens sessions up to ${MAX_SESSION_BYTES / 1024 / 1024} MB.`,
        },
        reasons: [],
      },
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const loc = locateJsonError(text);
    const where = loc ? { line: loc.line, column: loc.column } : {};
    const pos = loc ? ` (regel ${loc.line}, kolom ${loc.column})` : '';
    const posEn = loc ? ` (line ${loc.line}, column ${loc.column})` : '';
    return {
      ok: false,
      problem: {
        kind: 'json',
        ...where,
        message: {
          nl: `Het sessiebestand is geen geldige JSON${pos}${loc ? `: verwacht ${loc.expected}` : ''}.`,
          en: `The session file is not valid JSON${posEn}${loc ? `: expected ${loc.expected}` : ''}.`,
        },
        reasons: [String((e as Error).message)],
      },
    };
  }
  return checkSessionValue(raw);
}

/** Migrates and validates a session that is already parsed from JSON. Never throws. */
export function checkSessionValue(raw: unknown): SessionParse {
  const m = migrate(raw);
  if (!m.ok) {
    if (m.reason === 'newer') {
      const known = checkSessionValue({ ...(raw as object), version: SESSION_VERSION });
      return {
        ok: false,
        ...(known.ok ? { viewOnly: known.session } : {}),
        problem: {
          kind: 'newer',
          message: {
            nl: `Dit sessiebestand komt uit een nieuwere versie van Klein Kijken (formaat ${m.version}; deze versie kent t/m ${SESSION_VERSION}). Het wordt alleen-lezen geopend; werk Klein Kijken bij om het te bewerken.`,
            en: `This session file comes from a newer version of Klein Kijken (format ${m.version}; this version knows up to ${SESSION_VERSION}). It opens read-only; update Klein Kijken to edit it.`,
          },
          reasons: [],
        },
      };
    }
    return {
      ok: false,
      problem: {
        kind: 'not-a-session',
        message: {
          nl: 'Dit JSON-bestand is geen Klein Kijken-sessie (het veld "format" ontbreekt of klopt niet).',
          en: 'This JSON file is not a Klein Kijken session (the "format" field is missing or wrong).',
        },
        reasons: [m.reason],
      },
    };
  }
  const r = v.safeParse(sessionSchema, m.value);
  if (!r.success) {
    const reasons = r.issues.slice(0, 20).map((i) => `${issuePath(i)}: ${i.message}`);
    return {
      ok: false,
      problem: {
        kind: 'schema',
        message: {
          nl: `Het sessiebestand klopt niet: ${reasons[0]}${reasons.length > 1 ? ` (en ${r.issues.length - 1} andere fouten)` : ''}.`,
          en: `The session file is not valid: ${reasons[0]}${reasons.length > 1 ? ` (and ${r.issues.length - 1} more)` : ''}.`,
        },
        reasons,
      },
    };
  }
  const session = r.output as Session;
  const dups = duplicateIds(session);
  if (dups.length) {
    return {
      ok: false,
      problem: {
        kind: 'schema',
        message: {
          nl: `Het sessiebestand klopt niet: ${dups[0]}.`,
          en: `The session file is not valid: ${dups[0]}.`,
        },
        reasons: dups,
      },
    };
  }
  return { ok: true, session, migratedFrom: m.migratedFrom };
}

/** The file text: pretty JSON (diffable in git, readable by a colleague) with a final newline. */
export function serializeSession(s: Session): string {
  return JSON.stringify(s, null, 2) + '\n';
}

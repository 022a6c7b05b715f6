import * as path from 'node:path';
import * as vscode from 'vscode';
import type { RecordingRef } from '../core/session/model';
import { recordingPathReasonText } from '../core/session/recordingPath';
import { locateRecording, regularFile } from '../node/recordingLocation';
import type { Problem } from '../protocol/messages';
import { language } from './settings';
import { t } from '../core/text/lang';

/**
 * Which recording a session may use (src/core/session/recordingPath.ts has the rule). A file
 * outside the session's folder is used only after the user picked it in this VS Code: the
 * approval is remembered per session file and per path, so a colleague's copy that names another
 * path asks again.
 */
export interface RecordingApprovals {
  get(sessionFile: string): { path: string; file: string } | undefined;
  set(sessionFile: string, approval: { path: string; file: string }): void;
}

const KEY = 'kleinKijken.recordingApprovals';

/** Approvals kept in VS Code's global state (this computer only; never in the shared session file). */
export function globalApprovals(memento: vscode.Memento): RecordingApprovals {
  // Null prototype: a session file named `__proto__` is just a key.
  const all = (): Record<string, { path: string; file: string }> => Object.assign(Object.create(null) as Record<string, { path: string; file: string }>, memento.get(KEY, {}));
  return {
    get: (sessionFile) => all()[sessionFile],
    set: (sessionFile, approval) => void memento.update(KEY, Object.assign(all(), { [sessionFile]: approval })),
  };
}

export type RecordingAccess = { ok: true; file: string; outside: boolean } | { ok: false; problem: Problem; status: string };

export async function recordingAccess(sessionFile: string, rec: RecordingRef, approvals: RecordingApprovals | undefined): Promise<RecordingAccess> {
  const lang = language();
  const approved = approvals?.get(sessionFile);
  if (approved && approved.path === rec.path) {
    const file = await regularFile(approved.file);
    if (file) return { ok: true, file, outside: true };
  }
  const where = await locateRecording(sessionFile, rec.path);
  if (where.ok) return { ok: true, file: where.file, outside: false };
  if (where.reason === 'missing') {
    const name = path.basename(where.file);
    return {
      ok: false,
      status: t(lang, 'Opname niet gevonden.', 'Recording not found.'),
      problem: {
        id: 'recording-missing',
        severity: 'error',
        message: t(lang, `De opname ${name} is niet gevonden (verplaatst of hernoemd?). Transcript en aantekeningen werken gewoon.`, `The recording ${name} was not found (moved or renamed?). Transcript and notes still work.`),
        actions: [{ id: 'relink', label: t(lang, 'Opname opnieuw koppelen…', 'Relink recording…') }],
      },
    };
  }
  const why = recordingPathReasonText(where.reason);
  return {
    ok: false,
    status: t(lang, 'Opname niet gebruikt.', 'Recording not used.'),
    problem: {
      id: 'recording-outside',
      severity: 'warning',
      message: t(
        lang,
        `Deze sessie noemt een opname buiten haar eigen map (${why.nl}). Klein Kijken opent die niet vanzelf. Staat de opname wel op deze computer, koppel haar dan zelf. Transcript en aantekeningen werken gewoon.`,
        `This session names a recording outside its own folder (${why.en}). Klein Kijken does not open it by itself. If the recording is on this computer, link it yourself. Transcript and notes still work.`,
      ),
      actions: [{ id: 'relink', label: t(lang, 'Opname koppelen…', 'Link recording…') }],
    },
  };
}

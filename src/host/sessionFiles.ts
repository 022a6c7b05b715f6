import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SESSION_FILE_SUFFIX, type RecordingRef } from '../core/session/model';
import { newSession } from '../core/session/newSession';
import { serializeSession } from '../core/session/sessionFile';
import { quickHash } from '../media/quickHash';
import { regularFile } from '../node/recordingLocation';

/** One list for code, menu and editor selector (src/core/media/mediaExtensions.ts). */
export { MEDIA_EXTENSIONS } from '../core/media/mediaExtensions';

export function sessionUriFor(recording: vscode.Uri): vscode.Uri {
  return recording.with({ path: recording.path + SESSION_FILE_SUFFIX });
}

/** The recording a session file sits beside, by its name (`x.mp4.kleinkijken.json` → `x.mp4`). */
export function recordingUriFor(session: vscode.Uri): vscode.Uri | null {
  return session.path.endsWith(SESSION_FILE_SUFFIX) ? session.with({ path: session.path.slice(0, -SESSION_FILE_SUFFIX.length) }) : null;
}

export async function recordingRef(sessionUri: vscode.Uri, recording: vscode.Uri): Promise<RecordingRef | null> {
  // Only a regular file: a device or a pipe chosen by mistake would be read without end.
  if (recording.scheme !== 'file' || !(await regularFile(recording.fsPath))) return null;
  const { hash, size } = await quickHash(recording.fsPath);
  const rel = path.relative(path.dirname(sessionUri.fsPath), recording.fsPath).split(path.sep).join('/');
  return { path: rel, size, quickHash: hash, durationSec: null };
}

/**
 * Creates `<recording>.kleinkijken.json` beside a recording if it does not exist yet and returns
 * its URI. An existing session is never touched.
 */
export async function ensureSessionFor(recording: vscode.Uri): Promise<vscode.Uri> {
  const sessionUri = sessionUriFor(recording);
  if (fs.existsSync(sessionUri.fsPath)) return sessionUri;
  const ref = await recordingRef(sessionUri, recording);
  const title = path.basename(recording.fsPath).replace(/\.[^.]+$/, '');
  const text = serializeSession(newSession(ref, title));
  try {
    // 'wx': if a colleague's sync created it a moment ago, theirs wins and is opened as it is.
    await fs.promises.writeFile(sessionUri.fsPath, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return sessionUri;
}

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkRecordingPath, type RecordingPathReason } from '../core/session/recordingPath';

export type RecordingLocation =
  | { ok: true; file: string }
  | { ok: false; reason: RecordingPathReason | 'outside' | 'notFile' }
  | { ok: false; reason: 'missing'; file: string };

/**
 * Where a session's `recording.path` points, if it may be used: inside the session's folder (or a
 * subfolder), after symlinks are resolved, and a regular file. A path the lexical rule refuses is
 * never handed to the file system at all (no stat, no exists check): a UNC path alone would make
 * Windows send the user's credentials to the named host.
 */
export async function locateRecording(sessionFile: string, recordingPath: string): Promise<RecordingLocation> {
  const verdict = checkRecordingPath(recordingPath);
  if (!verdict.ok) return verdict;
  const folder = await fs.realpath(path.dirname(sessionFile));
  const candidate = path.join(folder, ...verdict.segments);
  let real: string;
  try {
    real = await fs.realpath(candidate);
  } catch {
    return { ok: false, reason: 'missing', file: candidate };
  }
  if (!isInside(folder, real)) return { ok: false, reason: 'outside' };
  const st = await fs.stat(real);
  // A FIFO would block ffprobe forever, a device would be read without end.
  if (!st.isFile()) return { ok: false, reason: 'notFile' };
  return { ok: true, file: real };
}

/** True when `file` is `folder` itself or lies below it; both must be real (resolved) paths. */
export function isInside(folder: string, file: string): boolean {
  const rel = path.relative(folder, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** A file the user picked: a regular file (not a device or a pipe), resolved through symlinks. */
export async function regularFile(file: string): Promise<string | null> {
  try {
    const real = await fs.realpath(file);
    return (await fs.stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

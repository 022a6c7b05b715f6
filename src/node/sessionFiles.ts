import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { SESSION_FILE_SUFFIX, SESSION_FORMAT, type Session } from '../core/session/model';
import { MAX_SESSION_BYTES } from '../core/session/sessionFile';

/**
 * Finding and reading session files on disk, for the question bank and the CLI. Node only.
 * A file that cannot be read or is not a session is reported as a problem, never thrown: one bad
 * file among three hundred must not hide the other questions.
 */
export interface SessionFileProblem {
  path: string;
  message: { nl: string; en: string };
}

export interface LoadedSession {
  sessionPath: string;
  session: Session;
}

/** Checks the few things the exporters rely on. The full schema check is the validator's job. */
export type SessionCheck = (value: unknown) => { ok: true; session: Session } | { ok: false; message: { nl: string; en: string } };

export const basicSessionCheck: SessionCheck = (v) => {
  const o = v as Record<string, unknown> | null;
  if (typeof o !== 'object' || o === null || o.format !== SESSION_FORMAT) {
    return { ok: false, message: { nl: 'geen Klein Kijken-sessie (format ontbreekt)', en: 'not a Klein Kijken session (no format)' } };
  }
  for (const k of ['participants', 'speakers', 'transcript', 'details', 'questions', 'notes'] as const) {
    if (!Array.isArray(o[k])) return { ok: false, message: { nl: `veld '${k}' is geen lijst`, en: `field '${k}' is not a list` } };
  }
  const fw = o.framework as Record<string, unknown> | undefined;
  if (typeof fw !== 'object' || fw === null || !Array.isArray(fw.tags)) return { ok: false, message: { nl: 'framework ontbreekt', en: 'framework missing' } };
  if (typeof o.review !== 'object' || o.review === null) return { ok: false, message: { nl: 'review ontbreekt', en: 'review missing' } };
  return { ok: true, session: o as unknown as Session };
};

async function walk(dir: string, out: string[], problems: SessionFileProblem[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ path: dir, message: { nl: `map niet leesbaar: ${(e as Error).message}`, en: `folder not readable: ${(e as Error).message}` } });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const ent of entries) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) {
      if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
      await walk(p, out, problems);
    } else if (ent.isFile() && ent.name.endsWith(SESSION_FILE_SUFFIX)) out.push(p);
  }
}

/** Folders are searched recursively for `*.kleinkijken.json`; files are taken as given. */
export async function findSessionFiles(inputs: readonly string[], cwd: string): Promise<{ files: string[]; problems: SessionFileProblem[] }> {
  const files: string[] = [];
  const problems: SessionFileProblem[] = [];
  for (const input of inputs) {
    const p = path.resolve(cwd, input);
    try {
      const st = await stat(p);
      if (st.isDirectory()) await walk(p, files, problems);
      else files.push(p);
    } catch {
      problems.push({ path: p, message: { nl: 'bestaat niet', en: 'does not exist' } });
    }
  }
  return { files: [...new Set(files)], problems };
}

export async function readSessionFile(file: string, check: SessionCheck = basicSessionCheck): Promise<{ ok: true; session: Session } | { ok: false; problem: SessionFileProblem }> {
  let text: string;
  try {
    // The same limit as the editor: a huge (or endless) file is refused before it is read.
    const st = await stat(file);
    if (!st.isFile()) return { ok: false, problem: { path: file, message: { nl: 'geen gewoon bestand', en: 'not a regular file' } } };
    if (st.size > MAX_SESSION_BYTES) {
      const mb = Math.round(st.size / 1024 / 1024);
      return { ok: false, problem: { path: file, message: { nl: `te groot (${mb} MB; sessies tot ${MAX_SESSION_BYTES / 1024 / 1024} MB)`, en: `too large (${mb} MB; sessions up to ${MAX_SESSION_BYTES / 1024 / 1024} MB)` } } };
    }
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, problem: { path: file, message: { nl: `niet leesbaar: ${(e as Error).message}`, en: `not readable: ${(e as Error).message}` } } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problem: { path: file, message: { nl: `geen geldige JSON: ${(e as Error).message}`, en: `not valid JSON: ${(e as Error).message}` } } };
  }
  const r = check(value);
  return r.ok ? r : { ok: false, problem: { path: file, message: r.message } };
}

/** Reads many files with at most `concurrency` open at once; results keep the order of `files`. */
export async function readSessionFiles(
  files: readonly string[],
  opts: { concurrency?: number; check?: SessionCheck } = {},
): Promise<{ sessions: LoadedSession[]; problems: SessionFileProblem[] }> {
  const limit = Math.max(1, opts.concurrency ?? 16);
  const results: ({ ok: true; session: Session } | { ok: false; problem: SessionFileProblem })[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      results[i] = await readSessionFile(files[i]!, opts.check);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, files.length) }, worker));
  const sessions: LoadedSession[] = [];
  const problems: SessionFileProblem[] = [];
  results.forEach((r, i) => (r.ok ? sessions.push({ sessionPath: files[i]!, session: r.session }) : problems.push(r.problem)));
  return { sessions, problems };
}

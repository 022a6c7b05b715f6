import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Test seams: crash the save at a chosen step, or stand in for the rename (Windows refusals). */
export interface AtomicWriteFaults {
  afterTempWritten?: () => void | Promise<void>;
  rename?: (from: string, to: string) => Promise<void>;
}

/** A rename refused because another program holds the file; Windows only, so Windows decides. */
const HELD_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Waits between rename attempts: OneDrive or a virus scanner usually lets go within a second. */
const RENAME_RETRY_MS = [50, 100, 200, 400, 800];

/** The rename step failed: the folder is writable (the temp file was made), the target is held. */
export class RenameRefusedError extends Error {
  readonly code: string | undefined;
  constructor(cause: NodeJS.ErrnoException) {
    super(cause.message, { cause });
    this.name = 'RenameRefusedError';
    this.code = cause.code;
  }
}

/**
 * Writes `data` to `file` so that, whatever happens midway (crash, disk full, power cut), the file
 * holds either the old or the new content, never a mix: write a temp file in the same folder,
 * flush it to disk, then rename it over the target (atomic on one file system).
 * What the user had is kept: a symlink stays a symlink (the file it points to is replaced), and
 * the file keeps its permission bits. The temp file is removed again on failure.
 */
export async function atomicWrite(
  file: string,
  data: string | Uint8Array,
  faults: AtomicWriteFaults = {},
  platform: NodeJS.Platform = process.platform,
  opts: { followSymlink?: boolean } = {},
): Promise<void> {
  // The CLI writes to paths that may sit in a shared folder: it replaces a symlink there instead
  // of writing to wherever someone pointed it (followSymlink: false).
  const target = opts.followSymlink === false ? file : await writeTarget(file);
  const mode = await (opts.followSymlink === false ? fs.lstat(target).then((s) => (s.isSymbolicLink() ? Promise.reject(new Error('link')) : s)) : fs.stat(target)).then((s) => s.mode & 0o7777, () => 0o644);
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', mode);
    await handle.writeFile(data);
    // `open` applies the umask; set the mode as it was exactly.
    await handle.chmod(mode).catch(() => undefined);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await faults.afterTempWritten?.();
    await renameWithRetry(tmp, target, faults.rename ?? fs.rename, platform);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** The file to replace: a symlink's final target (so the link survives), else the path itself. */
async function writeTarget(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    return file; // a new file, or a dangling link: written where asked
  }
}

async function renameWithRetry(from: string, to: string, rename: (a: string, b: string) => Promise<void>, platform: NodeJS.Platform): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const held = platform === 'win32' ? HELD_CODES.has(err.code ?? '') : err.code === 'EBUSY';
      if (!held) throw e;
      if (attempt >= RENAME_RETRY_MS.length) throw new RenameRefusedError(err);
      await new Promise((r) => setTimeout(r, RENAME_RETRY_MS[attempt]));
    }
  }
}

/** Typed reasons a save can fail, so the editor can say something specific. */
export function describeWriteError(e: unknown): { nl: string; en: string } {
  if (e instanceof RenameRefusedError) {
    return {
      nl: 'Het sessiebestand wordt vastgehouden door een ander programma (bijvoorbeeld OneDrive, Dropbox of een virusscanner). Je werk is niet opgeslagen maar ook niet weg. Probeer het over een paar seconden opnieuw.',
      en: 'The session file is held by another program (for example OneDrive, Dropbox or a virus scanner). Your work was not saved but is not lost. Try again in a few seconds.',
    };
  }
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOSPC':
      return { nl: 'De schijf is vol; je werk is niet opgeslagen maar nog niet weg (het staat in de editor en in de back-up).', en: 'The disk is full; your work was not saved but is not lost (it is in the editor and in the backup).' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { nl: 'Deze map is alleen-lezen; kies "Opslaan als…" om je werk elders te bewaren.', en: 'This folder is read-only; use "Save As…" to keep your work elsewhere.' };
    case 'ENOENT':
      return { nl: 'De map van het sessiebestand bestaat niet meer; kies "Opslaan als…".', en: "The session file's folder no longer exists; use \"Save As…\"." };
    default:
      return { nl: `Opslaan is mislukt: ${String((e as Error)?.message ?? e)}`, en: `Saving failed: ${String((e as Error)?.message ?? e)}` };
  }
}

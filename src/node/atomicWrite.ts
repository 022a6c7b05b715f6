import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Test seam: lets a test crash the save at a chosen step, deterministically. */
export interface AtomicWriteFaults {
  afterTempWritten?: () => void | Promise<void>;
}

/**
 * Writes `data` to `file` so that, whatever happens midway (crash, disk full, power cut), the file
 * holds either the old or the new content, never a mix: write a temp file in the same folder,
 * flush it to disk, then rename it over the target (atomic on one file system).
 * The temp file is removed again on failure.
 */
export async function atomicWrite(file: string, data: string | Uint8Array, faults: AtomicWriteFaults = {}): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(tmp, 'wx', 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await faults.afterTempWritten?.();
    await fs.rename(tmp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Typed reasons a save can fail, so the editor can say something specific. */
export function describeWriteError(e: unknown): { nl: string; en: string } {
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

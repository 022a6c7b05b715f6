import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';

export interface SessionLock {
  /** Another window (this machine or another, through a synced folder) had the session open. */
  heldElsewhere: boolean;
  dispose(): void;
}

/** A lock older than this is left over from a crash and ignored. */
const STALE_MS = 12 * 3600 * 1000;

/**
 * Notices that one session is open in two windows on this computer, by a small lock file in the
 * extension's storage (not beside the session, where it would clutter a coach's folder). It only
 * warns; the real protection against overwriting is the merge-before-save in the provider.
 */
export class SessionLocks {
  private readonly id = `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2)}`;

  constructor(private readonly dir: string) {}

  async acquire(uri: vscode.Uri): Promise<SessionLock> {
    if (uri.scheme !== 'file') return { heldElsewhere: false, dispose() {} };
    await fs.mkdir(this.dir, { recursive: true }).catch(() => undefined);
    const file = path.join(this.dir, `${createHash('sha256').update(uri.fsPath).digest('hex').slice(0, 32)}.lock`);
    let heldElsewhere = false;
    try {
      const text = await fs.readFile(file, 'utf8');
      const lock = JSON.parse(text) as { id?: string; at?: number; pid?: number; host?: string };
      const fresh = typeof lock.at === 'number' && Date.now() - lock.at < STALE_MS;
      const alive = lock.host !== os.hostname() || (typeof lock.pid === 'number' && isAlive(lock.pid));
      heldElsewhere = fresh && alive && lock.id !== this.id;
    } catch {
      // no lock, or unreadable: nobody else
    }
    const mine = JSON.stringify({ id: this.id, at: Date.now(), pid: process.pid, host: os.hostname() });
    let written = false;
    if (!heldElsewhere) {
      written = await fs.writeFile(file, mine).then(
        () => true,
        () => false, // read-only folder: no lock, no problem
      );
    }
    return {
      heldElsewhere,
      dispose: () => {
        if (!written) return;
        void fs.readFile(file, 'utf8').then(
          (t) => (t === mine ? fs.rm(file, { force: true }) : undefined),
          () => undefined,
        );
      },
    };
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

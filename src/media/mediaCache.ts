/**
 * Derived media (peaks, playback proxies, probe results) keyed by the recording's quick hash, in
 * a folder the caller chooses (the extension's globalStorage; the CLI's XDG cache). The folder is
 * the truth: the index only remembers when each file was last used, so a corrupt or missing index
 * is rebuilt from the files (mtime as last use). Size-limited, least recently used pruned first.
 * Two requests for the same key in one process share one job.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { MediaAbortError } from '../core/media/mediaInfo';
import { deserializePeaks, serializePeaks, type Peaks } from '../core/media/peaksData';
import type { MediaLog } from './runProcess';

const INDEX = 'index.json';
const ENTRY = /^[0-9a-f]{64}\.(peaks|probe\.json|proxy\.(mp3|mp4|webm))$/;

interface IndexFile {
  version: 1;
  lastUsed: Record<string, number>;
}

export class MediaCache {
  private lastUsed = new Map<string, number>();
  private loaded: Promise<void> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private clock = 0;
  private readonly jobs = new Map<string, { promise: Promise<unknown>; controller: AbortController; waiters: number }>();

  constructor(
    readonly dir: string,
    readonly maxBytes: number,
    private readonly log?: MediaLog,
  ) {}

  peaksPath(hash: string): string {
    return path.join(this.dir, `${hash}.peaks`);
  }

  proxyPath(hash: string, ext: string): string {
    return path.join(this.dir, `${hash}.proxy.${ext}`);
  }

  probePath(hash: string): string {
    return path.join(this.dir, `${hash}.probe.json`);
  }

  /** Serialises index changes within this process. */
  private locked<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      await this.load();
      return fn();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      await fs.mkdir(this.dir, { recursive: true });
      let stored: Record<string, number> = {};
      try {
        const json = JSON.parse(await fs.readFile(path.join(this.dir, INDEX), 'utf8')) as Partial<IndexFile>;
        if (json && json.version === 1 && typeof json.lastUsed === 'object' && json.lastUsed) stored = json.lastUsed;
        else this.log?.('media cache: index has an unknown shape; rebuilt from the folder');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') this.log?.('media cache: index unreadable; rebuilt from the folder');
      }
      for (const name of await fs.readdir(this.dir)) {
        if (!ENTRY.test(name)) continue;
        const t = stored[name];
        const st = await fs.stat(path.join(this.dir, name)).catch(() => null);
        if (!st) continue;
        this.lastUsed.set(name, typeof t === 'number' && Number.isFinite(t) ? t : st.mtimeMs);
      }
      this.clock = Math.max(Date.now(), ...this.lastUsed.values());
    })();
    return this.loaded;
  }

  private async saveIndex(): Promise<void> {
    const body: IndexFile = { version: 1, lastUsed: Object.fromEntries(this.lastUsed) };
    const tmp = path.join(this.dir, `${INDEX}.${process.pid}.tmp`);
    await fs.writeFile(tmp, JSON.stringify(body));
    await fs.rename(tmp, path.join(this.dir, INDEX));
  }

  /** Strictly increasing, so LRU order holds even within one millisecond. */
  private tick(): number {
    this.clock = Math.max(this.clock + 1, Date.now());
    return this.clock;
  }

  /** Marks a cached file as used now; false when it is not there (any more). */
  touch(file: string): Promise<boolean> {
    const name = path.basename(file);
    return this.locked(async () => {
      const exists = await fs.stat(path.join(this.dir, name)).then(
        (s) => s.isFile(),
        () => false,
      );
      if (!exists) {
        if (this.lastUsed.delete(name)) await this.saveIndex();
        return false;
      }
      this.lastUsed.set(name, this.tick());
      await this.saveIndex();
      return true;
    });
  }

  /** Records a file just written into the folder and prunes, sparing `keep` (the ones in use). */
  add(file: string, keep: string[] = [file]): Promise<void> {
    const name = path.basename(file);
    return this.locked(async () => {
      this.lastUsed.set(name, this.tick());
      await this.pruneLocked(new Set(keep.map((k) => path.basename(k))));
      await this.saveIndex();
    });
  }

  private async pruneLocked(keep: Set<string>): Promise<void> {
    const sizes = new Map<string, number>();
    let total = 0;
    for (const name of this.lastUsed.keys()) {
      const st = await fs.stat(path.join(this.dir, name)).catch(() => null);
      if (!st) {
        this.lastUsed.delete(name);
        continue;
      }
      sizes.set(name, st.size);
      total += st.size;
    }
    const oldestFirst = [...this.lastUsed.entries()].sort((a, b) => a[1] - b[1]);
    for (const [name] of oldestFirst) {
      if (total <= this.maxBytes) break;
      if (keep.has(name)) continue;
      await fs.rm(path.join(this.dir, name), { force: true });
      this.lastUsed.delete(name);
      total -= sizes.get(name) ?? 0;
      this.log?.(`media cache: pruned ${name}`);
    }
  }

  prune(): Promise<void> {
    return this.locked(async () => {
      await this.pruneLocked(new Set());
      await this.saveIndex();
    });
  }

  /** Bytes held by cached files. */
  totalBytes(): Promise<number> {
    return this.locked(async () => {
      let total = 0;
      for (const name of this.lastUsed.keys()) total += (await fs.stat(path.join(this.dir, name)).catch(() => null))?.size ?? 0;
      return total;
    });
  }

  entries(): Promise<string[]> {
    return this.locked(async () => [...this.lastUsed.keys()].sort());
  }

  /** Removes every cached file (and leftovers of interrupted jobs). */
  clear(): Promise<void> {
    return this.locked(async () => {
      for (const name of await fs.readdir(this.dir)) {
        if (ENTRY.test(name) || name.includes('.partial-') || name.startsWith(INDEX)) await fs.rm(path.join(this.dir, name), { force: true });
      }
      this.lastUsed.clear();
      await this.saveIndex();
    });
  }

  async getPeaks(hash: string): Promise<Peaks | null> {
    const p = this.peaksPath(hash);
    if (!(await this.touch(p))) return null;
    const bytes = await fs.readFile(p).catch(() => null);
    const parsed = bytes ? deserializePeaks(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)) : null;
    if (parsed?.ok) return parsed.peaks;
    this.log?.(`media cache: ${path.basename(p)} unreadable, recomputing`);
    await fs.rm(p, { force: true });
    return null;
  }

  async putPeaks(hash: string, peaks: Peaks, keep: string[] = []): Promise<void> {
    const p = this.peaksPath(hash);
    await writeAtomic(p, serializePeaks(peaks));
    await this.add(p, [p, ...keep]);
  }

  async getJson<T>(file: string): Promise<T | null> {
    if (!(await this.touch(file))) return null;
    try {
      return JSON.parse(await fs.readFile(file, 'utf8')) as T;
    } catch {
      await fs.rm(file, { force: true });
      return null;
    }
  }

  async putJson(file: string, value: unknown): Promise<void> {
    await writeAtomic(file, Buffer.from(JSON.stringify(value)));
    await this.add(file);
  }

  /**
   * Runs `job` once per key at a time: a second caller for the same key waits for the first
   * job. The job is cancelled only when every waiter has cancelled; a cancelled waiter rejects
   * with an AbortError (the last one after the job has stopped and cleaned up).
   */
  share<T>(key: string, job: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (signal?.aborted) return Promise.reject(new MediaAbortError());
    let entry = this.jobs.get(key);
    if (!entry) {
      const controller = new AbortController();
      const promise = job(controller.signal).finally(() => this.jobs.delete(key));
      entry = { promise, controller, waiters: 0 };
      this.jobs.set(key, entry);
    }
    const e = entry;
    e.waiters++;
    if (!signal) return e.promise as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      let cancelled = false;
      const onAbort = () => {
        cancelled = true;
        if (--e.waiters > 0) return reject(new MediaAbortError());
        // The last waiter: stop the job and reject once it has cleaned up (partial files gone).
        e.controller.abort();
        const done = () => reject(new MediaAbortError());
        e.promise.then(done, done);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      (e.promise as Promise<T>).then(
        (v) => {
          signal.removeEventListener('abort', onAbort);
          if (!cancelled) resolve(v);
        },
        (err: unknown) => {
          signal.removeEventListener('abort', onAbort);
          if (!cancelled) reject(err);
        },
      );
    });
  }
}

async function writeAtomic(file: string, data: Uint8Array): Promise<void> {
  const tmp = `${file}.partial-${process.pid}-${Math.random().toString(16).slice(2, 10)}`;
  await fs.writeFile(tmp, data);
  await fs.rename(tmp, file);
}

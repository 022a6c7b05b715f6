import { stat } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { LocalText, Session } from '../../core/session/model';
import { checkSessionValue } from '../../core/session/sessionFile';
import { readSessionFiles, type SessionCheck } from '../../node/sessionFiles';

/**
 * Every `*.kleinkijken.json` in the workspace, read once and kept: a file is read again only when
 * its modification time or size changed, so three hundred sessions cost three hundred `stat`s per
 * refresh, not three hundred parses. Sessions open in the editor are taken from the editor
 * (unsaved edits included). Both views and the workspace export read from here.
 */
export type WorkspaceSession =
  | { uri: vscode.Uri; ok: true; session: Session; open: boolean }
  | { uri: vscode.Uri; ok: false; reason: LocalText };

/** The only thing needed from the editor provider: the open document's session, if any. */
export interface OpenSessions {
  documentFor(uri: vscode.Uri): { session: Session | null } | undefined;
}

interface Cached {
  mtimeMs: number;
  size: number;
  result: { ok: true; session: Session } | { ok: false; reason: LocalText };
}

/** The full validation the editor uses, so the views agree with what the editor will say. */
const fullCheck: SessionCheck = (value) => {
  const r = checkSessionValue(value);
  return r.ok ? { ok: true, session: r.session } : { ok: false, message: r.problem.message };
};

const GLOB = '**/*.kleinkijken.json';
const EXCLUDE = '**/node_modules/**';

export class WorkspaceSessions implements vscode.Disposable {
  private readonly cache = new Map<string, Cached>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when the list or a session's content may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly subs: vscode.Disposable[] = [this.changed];
  private files: vscode.Uri[] | null = null;
  private generation = 0;
  private done: { generation: number; items: WorkspaceSession[] } | null = null;
  private running: { generation: number; promise: Promise<WorkspaceSession[]> } | null = null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly open: OpenSessions,
    sessionsChanged: vscode.Event<vscode.Uri>,
    private readonly log: vscode.LogOutputChannel,
    private readonly debounceMs = 300,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.subs.push(
      watcher,
      watcher.onDidCreate(() => this.invalidate(true)),
      watcher.onDidDelete(() => this.invalidate(true)),
      watcher.onDidChange(() => this.invalidate(false)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.invalidate(true)),
      sessionsChanged((uri) => {
        if (uri.path.endsWith('.kleinkijken.json')) this.invalidate(false);
      }),
    );
  }

  /** Marks the scan stale; `listChanged` when files may have come or gone. */
  invalidate(listChanged: boolean): void {
    if (listChanged) this.files = null;
    this.generation++;
    clearTimeout(this.timer);
    // Editing fires on every keystroke and sync clients write in bursts: refresh once it settles.
    this.timer = setTimeout(() => this.changed.fire(), this.debounceMs);
  }

  /** The current sessions, sorted newest first; scans only what changed since the last call. */
  async items(): Promise<WorkspaceSession[]> {
    for (;;) {
      if (this.done && this.done.generation === this.generation) return this.done.items;
      if (!this.running || this.running.generation !== this.generation) {
        const generation = this.generation;
        const promise = this.scan().then((items) => {
          if (generation === this.generation) this.done = { generation, items };
          return items;
        });
        this.running = { generation, promise };
      }
      const { generation, promise } = this.running;
      const items = await promise;
      if (generation === this.generation) return items;
    }
  }

  private async scan(): Promise<WorkspaceSession[]> {
    const t0 = Date.now();
    const files = (this.files ??= await vscode.workspace.findFiles(GLOB, EXCLUDE));
    const stats = await Promise.all(
      files.map(async (uri) => {
        try {
          const s = await stat(uri.fsPath);
          return { uri, mtimeMs: s.mtimeMs, size: s.size };
        } catch {
          return { uri, mtimeMs: -1, size: -1 };
        }
      }),
    );
    const stale = stats.filter((s) => {
      const c = this.cache.get(s.uri.fsPath);
      return !c || c.mtimeMs !== s.mtimeMs || c.size !== s.size;
    });
    if (stale.length) {
      const read = await readSessionFiles(
        stale.map((s) => s.uri.fsPath),
        { concurrency: 8, check: fullCheck },
      );
      const byPath = new Map<string, Cached['result']>();
      for (const s of read.sessions) byPath.set(s.sessionPath, { ok: true, session: s.session });
      for (const p of read.problems) byPath.set(p.path, { ok: false, reason: p.message });
      for (const s of stale) {
        const result = byPath.get(s.uri.fsPath);
        if (result) this.cache.set(s.uri.fsPath, { mtimeMs: s.mtimeMs, size: s.size, result });
      }
    }
    const present = new Set(files.map((f) => f.fsPath));
    for (const k of [...this.cache.keys()]) if (!present.has(k)) this.cache.delete(k);

    const items: WorkspaceSession[] = [];
    for (const { uri } of stats) {
      const live = this.open.documentFor(uri)?.session;
      if (live) {
        items.push({ uri, ok: true, session: live, open: true });
        continue;
      }
      const c = this.cache.get(uri.fsPath);
      if (!c) continue;
      items.push(c.result.ok ? { uri, ok: true, session: c.result.session, open: false } : { uri, ok: false, reason: c.result.reason });
    }
    items.sort(compareSessions);
    this.log.debug(`[views] ${items.length} session file(s), ${stale.length} read, in ${Date.now() - t0} ms`);
    return items;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subs.forEach((s) => s.dispose());
  }
}

/** Newest first; unreadable files last; then by path, so the order is stable. */
function compareSessions(a: WorkspaceSession, b: WorkspaceSession): number {
  if (a.ok !== b.ok) return a.ok ? -1 : 1;
  const da = a.ok ? a.session.createdAt : '';
  const db = b.ok ? b.session.createdAt : '';
  if (da !== db) return da < db ? 1 : -1;
  return a.uri.fsPath.localeCompare(b.uri.fsPath);
}

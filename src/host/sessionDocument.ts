import { constants as fsConstants, promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { applyEdit, describeEdit, EditError, type Edit } from '../core/session/edits';
import type { Session } from '../core/session/model';
import { parseSessionText, serializeSession, type SessionProblem } from '../core/session/sessionFile';
import { applyCheckedEdit } from '../core/session/validateEdit';
import { jsonEqual } from '../core/session/merge';
import { atomicWrite, type AtomicWriteFaults } from '../node/atomicWrite';
import { language } from './settings';

/** Why a document cannot be edited: a file from a newer version, a file that does not parse, a write-protected file. */
export type ReadOnlyReason = 'newer' | 'unreadable' | 'noWrite';

export type DocumentChange =
  | { kind: 'edit'; edit: Edit; revision: number }
  | { kind: 'replace'; revision: number; reason: 'reload' | 'revert' | 'merge' | 'fresh' };

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Write-protected: no write bit at all (the read-only attribute on Windows shows as that too; it
 * counts even for an administrator, who could write anyway), or no write access for this user.
 */
async function writeProtected(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme !== 'file') return ((await vscode.workspace.fs.stat(uri).then((s) => s.permissions, () => 0)) ?? 0) & vscode.FilePermission.Readonly ? true : false;
  try {
    const st = await fs.stat(uri.fsPath);
    if ((st.mode & 0o222) === 0) return true;
    await fs.access(uri.fsPath, fsConstants.W_OK);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EACCES' || (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What a file's text means for the editor: the session to show and whether it may be edited. */
async function fromText(uri: vscode.Uri, text: string): Promise<{ session: Session | null; problem: SessionProblem | null; readOnly: ReadOnlyReason | null }> {
  if (!text) {
    const problem: SessionProblem = { kind: 'json', message: { nl: 'Het sessiebestand is leeg of niet te lezen.', en: 'The session file is empty or cannot be read.' }, reasons: [] };
    return { session: null, problem, readOnly: 'unreadable' };
  }
  const r = parseSessionText(text);
  if (!r.ok) return { session: r.viewOnly ?? null, problem: r.problem, readOnly: r.problem.kind === 'newer' ? 'newer' : 'unreadable' };
  return { session: r.session, problem: null, readOnly: (await writeProtected(uri)) ? 'noWrite' : null };
}

/**
 * The session file as VS Code sees it: the single source of truth for a session and its undo
 * history (HOUSE-STYLE.md "Who owns what"). Webviews send intents; this applies them through
 * `core`, tells VS Code (for dirty state and undo/redo) and tells every open panel.
 */
export class SessionDocument implements vscode.CustomDocument {
  private _session: Session | null;
  /** The text and session last read from or written to disk: the base of a three-way merge. */
  private savedText: string;
  private savedSession: Session | null;
  private _revision = 0;
  private _problem: SessionProblem | null;
  private readonly _onDidEdit = new vscode.EventEmitter<vscode.CustomDocumentEditEvent<SessionDocument>>();
  private readonly _onDidChangeContent = new vscode.EventEmitter<DocumentChange>();
  private readonly _onDidDispose = new vscode.EventEmitter<void>();
  readonly onDidEdit = this._onDidEdit.event;
  readonly onDidChangeContent = this._onDidChangeContent.event;
  readonly onDidDispose = this._onDidDispose.event;
  /** Test seam for injecting a crash mid-save. */
  static saveFaults: AtomicWriteFaults = {};

  static async open(uri: vscode.Uri, backupId: string | undefined): Promise<SessionDocument> {
    let diskText = '';
    try {
      diskText = await readText(uri);
    } catch {
      // A missing file with a backup is a session whose file was never saved; handled below.
    }
    const disk = await fromText(uri, diskText);
    if (backupId) {
      const backupText = await readText(vscode.Uri.parse(backupId));
      const fromBackup = parseSessionText(backupText);
      if (fromBackup.ok) {
        // Unsaved work comes back editable, unless the file may not be written (then: Save As).
        const saved = disk.readOnly === null ? disk.session : null;
        return new SessionDocument(uri, fromBackup.session, diskText, saved, null, disk.readOnly === 'noWrite' ? 'noWrite' : null);
      }
    }
    return new SessionDocument(uri, disk.session, diskText, disk.session, disk.problem, disk.readOnly);
  }

  private constructor(
    readonly uri: vscode.Uri,
    session: Session | null,
    savedText: string,
    savedSession: Session | null,
    problem: SessionProblem | null,
    private _readOnly: ReadOnlyReason | null,
  ) {
    this._session = session;
    this.savedText = savedText;
    this.savedSession = savedSession;
    this._problem = problem;
  }

  get session(): Session | null {
    return this._session;
  }
  get revision(): number {
    return this._revision;
  }
  /** Why the file opened read-only, if it did (it does not parse, does not validate, is newer). */
  get problem(): SessionProblem | null {
    return this._problem;
  }
  /** Shown but not editable: the file is newer, unreadable or write-protected. */
  get readOnly(): boolean {
    return this._session === null || this._readOnly !== null;
  }
  get readOnlyReason(): ReadOnlyReason | null {
    return this._session === null ? 'unreadable' : this._readOnly;
  }
  /** Differs from the file as last read or written (structurally: key order does not count). */
  get isDirty(): boolean {
    return this._session !== null && (this.savedSession === null || !jsonEqual(this._session, this.savedSession));
  }

  /** Applies an intent from a webview (or a command) as one undoable step. */
  apply(edit: Edit): void {
    if (!this._session || this._readOnly) throw new EditError(readOnlyText(this.readOnlyReason ?? 'unreadable')[language()]);
    const { session, inverse } = applyCheckedEdit(this._session, edit);
    this.set(session, edit);
    let undoEdit = inverse;
    let redoEdit = edit;
    this._onDidEdit.fire({
      document: this,
      label: describeEdit(edit),
      undo: () => {
        const r = this.applyUndoRedo(undoEdit);
        if (r) redoEdit = r;
      },
      redo: () => {
        const r = this.applyUndoRedo(redoEdit);
        if (r) undoEdit = r;
      },
    });
  }

  /** Undo/redo after a reload from disk may no longer fit the session; it is then refused, not forced. */
  private applyUndoRedo(e: Edit): Edit | undefined {
    if (!this._session) return undefined;
    try {
      const r = applyEdit(this._session, e);
      this.set(r.session, e);
      return r.inverse;
    } catch (err) {
      void vscode.window.showWarningMessage(String((err as Error).message));
      return undefined;
    }
  }

  private set(session: Session, edit: Edit): void {
    this._session = session;
    this._revision++;
    this._onDidChangeContent.fire({ kind: 'edit', edit, revision: this._revision });
  }

  private replace(session: Session | null, reason: 'reload' | 'revert' | 'merge' | 'fresh', problem: SessionProblem | null, readOnly: ReadOnlyReason | null): void {
    this._session = session;
    this._problem = problem;
    this._readOnly = readOnly;
    this._revision++;
    this._onDidChangeContent.fire({ kind: 'replace', revision: this._revision, reason });
  }

  async save(target: vscode.Uri = this.uri): Promise<void> {
    if (!this._session) return;
    // What is shown of a newer or write-protected file is never written back over it; Save As may.
    if (this._readOnly && target.toString() === this.uri.toString()) throw new ReadOnlySaveError(this._readOnly);
    const text = serializeSession(this._session);
    if (target.scheme === 'file') await atomicWrite(target.fsPath, text, SessionDocument.saveFaults);
    else await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    if (target.toString() === this.uri.toString()) {
      this.savedText = text;
      this.savedSession = this._session;
    }
  }

  /** The disk text differs from what we last read or wrote: someone else changed the file. */
  async diskChangedSinceLoad(): Promise<{ text: string } | null> {
    let text: string;
    try {
      text = await readText(this.uri);
    } catch {
      return null;
    }
    return text === this.savedText ? null : { text };
  }

  /** The disk version as it is; an unreadable file shows as unreadable, never as the old session. */
  async revert(): Promise<void> {
    const text = await readText(this.uri).catch(() => '');
    const r = await fromText(this.uri, text);
    this.savedText = text;
    this.savedSession = r.session;
    this.replace(r.session, 'revert', r.problem, r.readOnly);
  }

  /**
   * The file on disk, if it changed since we read it and is not a session this version can write
   * (newer, or unreadable): saving over it needs the user's explicit choice.
   */
  async diskBlocksSave(): Promise<SessionProblem | null> {
    const text = await readText(this.uri).catch(() => null);
    if (text === null || text === this.savedText) return null;
    const r = parseSessionText(text);
    return r.ok ? null : r.problem;
  }

  /** The user chose to save over the disk version (after a copy of it was kept). */
  acceptDiskAsBase(): void {
    this.savedText = '';
  }

  /** With no unsaved edits: take the disk version as it is. */
  reloadFrom(text: string, session: Session): void {
    this.savedText = text;
    this.savedSession = session;
    this.replace(session, 'reload', null, this._readOnly === 'noWrite' ? 'noWrite' : null);
  }

  /**
   * With unsaved edits: the disk version becomes the new base, and the merge of both sides is
   * applied as one undoable edit, so the user sees and can undo what came in.
   */
  acceptMerge(text: string, theirs: Session, mergeEdit: Edit | null): void {
    this.savedText = text;
    this.savedSession = theirs;
    if (mergeEdit) this.apply(mergeEdit);
  }

  /** The base of a three-way merge: the session last read from or written to disk. */
  get base(): Session | null {
    return this.savedSession;
  }

  startFresh(session: Session): void {
    this.savedText = '';
    this.savedSession = null;
    this.replace(session, 'fresh', null, null);
  }

  backupText(): string | null {
    return this._session ? serializeSession(this._session) : null;
  }

  dispose(): void {
    this._onDidDispose.fire();
    this._onDidEdit.dispose();
    this._onDidChangeContent.dispose();
    this._onDidDispose.dispose();
  }
}

/** Why the document is read-only, for the edit refusal and the banner. */
export function readOnlyText(reason: ReadOnlyReason): { nl: string; en: string } {
  switch (reason) {
    case 'newer':
      return { nl: 'Dit sessiebestand komt uit een nieuwere versie van Klein Kijken en is hier alleen te bekijken.', en: 'This session file comes from a newer version of Klein Kijken and can only be viewed here.' };
    case 'unreadable':
      return { nl: 'Het sessiebestand is niet te lezen; er kan niets aan worden veranderd.', en: 'The session file cannot be read; nothing can be changed in it.' };
    case 'noWrite':
      return { nl: 'Het sessiebestand is schrijfbeveiligd (alleen-lezen). Kies "Opslaan als…" voor een kopie die je kunt bewerken.', en: 'The session file is write-protected (read-only). Choose "Save As…" for a copy you can edit.' };
  }
}

export class ReadOnlySaveError extends Error {
  constructor(readonly reason: ReadOnlyReason) {
    super(readOnlyText(reason)[language()]);
    this.name = 'ReadOnlySaveError';
  }
}

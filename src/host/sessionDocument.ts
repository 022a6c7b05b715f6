import * as vscode from 'vscode';
import { applyEdit, describeEdit, EditError, type Edit } from '../core/session/edits';
import type { Session } from '../core/session/model';
import { parseSessionText, serializeSession, type SessionProblem } from '../core/session/sessionFile';
import { applyCheckedEdit } from '../core/session/validateEdit';
import { jsonEqual } from '../core/session/merge';
import { atomicWrite, type AtomicWriteFaults } from '../node/atomicWrite';

export type DocumentChange =
  | { kind: 'edit'; edit: Edit; revision: number }
  | { kind: 'replace'; revision: number; reason: 'reload' | 'revert' | 'merge' | 'fresh' };

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
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
    const fromDisk = diskText ? parseSessionText(diskText) : null;
    if (backupId) {
      const backupText = await readText(vscode.Uri.parse(backupId));
      const fromBackup = parseSessionText(backupText);
      if (fromBackup.ok) {
        return new SessionDocument(uri, fromBackup.session, diskText, fromDisk?.ok ? fromDisk.session : null, null);
      }
    }
    if (!fromDisk) {
      const problem: SessionProblem = {
        kind: 'json',
        message: { nl: 'Het sessiebestand is leeg of niet te lezen.', en: 'The session file is empty or cannot be read.' },
        reasons: [],
      };
      return new SessionDocument(uri, null, diskText, null, problem);
    }
    return fromDisk.ok
      ? new SessionDocument(uri, fromDisk.session, diskText, fromDisk.session, null)
      : new SessionDocument(uri, null, diskText, null, fromDisk.problem);
  }

  private constructor(
    readonly uri: vscode.Uri,
    session: Session | null,
    savedText: string,
    savedSession: Session | null,
    problem: SessionProblem | null,
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
  get readOnly(): boolean {
    return this._session === null;
  }
  /** Differs from the file as last read or written (structurally: key order does not count). */
  get isDirty(): boolean {
    return this._session !== null && (this.savedSession === null || !jsonEqual(this._session, this.savedSession));
  }

  /** Applies an intent from a webview (or a command) as one undoable step. */
  apply(edit: Edit): void {
    if (!this._session) throw new EditError('the session is read-only');
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

  private replace(session: Session | null, reason: 'reload' | 'revert' | 'merge' | 'fresh', problem: SessionProblem | null): void {
    this._session = session;
    this._problem = problem;
    this._revision++;
    this._onDidChangeContent.fire({ kind: 'replace', revision: this._revision, reason });
  }

  async save(target: vscode.Uri = this.uri): Promise<void> {
    if (!this._session) return;
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

  async revert(): Promise<void> {
    const text = await readText(this.uri);
    const r = parseSessionText(text);
    this.savedText = text;
    this.savedSession = r.ok ? r.session : null;
    this.replace(r.ok ? r.session : null, 'revert', r.ok ? null : r.problem);
  }

  /** With no unsaved edits: take the disk version as it is. */
  reloadFrom(text: string, session: Session): void {
    this.savedText = text;
    this.savedSession = session;
    this.replace(session, 'reload', null);
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
    this.replace(session, 'fresh', null);
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

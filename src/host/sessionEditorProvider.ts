import * as path from 'node:path';
import * as vscode from 'vscode';
import { mergeSessions, mergeAsEdit } from '../core/session/merge';
import { newSession } from '../core/session/newSession';
import { parseSessionText } from '../core/session/sessionFile';
import type { DocumentActionId, HostMessage, Problem } from '../protocol/messages';
import { uiStrings, type UiStrings } from '../protocol/uiStrings';
import { describeWriteError } from '../node/atomicWrite';
import { EditorPanel } from './editorPanel';
import { SessionDocument } from './sessionDocument';
import { language, viewSettings } from './settings';
import { t } from '../core/text/lang';
import type { ExtensionServices } from './services';
import { workspaceEmotionWords } from './workspaceEmotionWords';
import { BASE_EMOTION_WORDS, type EmotionWordList } from '../core/analysis/emotionWords';
import { workspaceTrust } from './workspaceTrust';

export const SESSION_VIEW_TYPE = 'kleinKijken.session';

/**
 * The custom editor for `*.kleinkijken.json`. Owns documents (open, save, revert, backup, watch
 * the file) and one EditorPanel per open webview; every panel of a document shows the same state.
 */
export class SessionEditorProvider implements vscode.CustomEditorProvider<SessionDocument> {
  private readonly panels = new Map<SessionDocument, Set<EditorPanel>>();
  private readonly _onDidChangeCustomDocument = new vscode.EventEmitter<vscode.CustomDocumentEditEvent<SessionDocument>>();
  readonly onDidChangeCustomDocument = this._onDidChangeCustomDocument.event;

  constructor(
    private readonly services: ExtensionServices,
    private readonly asText: { chosenAsText(uri: vscode.Uri): void } = { chosenAsText: () => undefined },
  ) {}

  async openCustomDocument(uri: vscode.Uri, context: vscode.CustomDocumentOpenContext): Promise<SessionDocument> {
    const doc = await SessionDocument.open(uri, context.backupId);
    const subs: vscode.Disposable[] = [
      doc.onDidEdit((e) => this._onDidChangeCustomDocument.fire(e)),
      doc.onDidChangeContent(() => this.services.sessionsChanged.fire(doc.uri)),
      this.watch(doc),
    ];
    const lock = await this.services.locks.acquire(uri);
    doc.onDidDispose(() => {
      subs.forEach((s) => s.dispose());
      lock.dispose();
      // Closed (also after "Don't Save"): forget it, so views read the file again, not discarded edits.
      this.panels.delete(doc);
      this.docProblems.delete(doc);
      this.services.sessionsChanged.fire(doc.uri);
    });
    if (lock.heldElsewhere) this.problemsFor(doc).set('lock', {
      id: 'lock',
      severity: 'warning',
      message: t(language(), 'Deze sessie is ook in een ander venster geopend. Bij opslaan worden de wijzigingen samengevoegd; er gaat niets verloren.', 'This session is also open in another window. Saving merges the changes; nothing is lost.'),
      actions: [],
    });
    return doc;
  }

  private readonly docProblems = new Map<SessionDocument, Map<string, Problem>>();
  problemsFor(doc: SessionDocument): Map<string, Problem> {
    let m = this.docProblems.get(doc);
    if (!m) this.docProblems.set(doc, (m = new Map()));
    return m;
  }

  publishProblems(doc: SessionDocument): void {
    const problems = [...this.problemsFor(doc).values()];
    for (const p of this.panels.get(doc) ?? []) p.setDocumentProblems(problems);
  }

  async resolveCustomEditor(doc: SessionDocument, webviewPanel: vscode.WebviewPanel): Promise<void> {
    const panel = new EditorPanel(doc, webviewPanel, this.services, this);
    let set = this.panels.get(doc);
    if (!set) this.panels.set(doc, (set = new Set()));
    set.add(panel);
    webviewPanel.onDidDispose(() => {
      set!.delete(panel);
      panel.dispose();
    });
    this.publishProblems(doc);
  }

  /** Watches the file for changes made elsewhere (a colleague's sync, git pull, another window). */
  private watch(doc: SessionDocument): vscode.Disposable {
    if (doc.uri.scheme !== 'file') return new vscode.Disposable(() => undefined);
    const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(doc.uri.fsPath)), path.basename(doc.uri.fsPath)));
    let timer: NodeJS.Timeout | undefined;
    const changed = () => {
      clearTimeout(timer);
      // Sync clients write in bursts; wait for the file to settle before reading it.
      timer = setTimeout(() => void this.onDiskChange(doc), 150);
    };
    w.onDidChange(changed);
    w.onDidCreate(changed);
    w.onDidDelete(() => {
      const lang = language();
      this.problemsFor(doc).set('deleted', {
        id: 'deleted',
        severity: 'warning',
        message: t(lang, 'Het sessiebestand is op schijf verwijderd. Je werk staat nog hier; sla het opnieuw op om het te bewaren.', 'The session file was deleted on disk. Your work is still here; save it again to keep it.'),
        actions: [{ id: 'saveAgain', label: t(lang, 'Opnieuw opslaan', 'Save again') }],
      });
      this.publishProblems(doc);
    });
    return w;
  }

  async onDiskChange(doc: SessionDocument): Promise<void> {
    const changed = await doc.diskChangedSinceLoad();
    if (!changed) return;
    this.problemsFor(doc).delete('deleted');
    const lang = language();
    const theirs = parseSessionText(changed.text);
    if (!doc.session || (doc.readOnly && !doc.isDirty)) {
      // Read-only (unreadable, newer, write-protected) with nothing of ours: show the disk as it is now.
      await doc.revert();
      this.publishProblems(doc);
      return;
    }
    if (!theirs.ok) {
      this.problemsFor(doc).set('disk', diskProblem(theirs.problem.message));
      this.publishProblems(doc);
      return;
    }
    if (!doc.isDirty) {
      doc.reloadFrom(changed.text, theirs.session);
      this.services.log.info(`reloaded ${doc.uri.fsPath}: changed on disk, no unsaved edits`);
      return;
    }
    const base = doc.base;
    const merged = mergeSessions(base, doc.session, theirs.session);
    doc.acceptMerge(changed.text, theirs.session, mergeAsEdit(doc.session, merged.session));
    const n = merged.conflicts.length;
    this.services.log.info(`merged disk changes into ${doc.uri.fsPath}: ${merged.added.fromTheirs.length} additions, ${n} conflicts`);
    this.problemsFor(doc).set('merged', {
      id: 'merged',
      severity: n ? 'warning' : 'info',
      message: n
        ? t(lang, `Het bestand is ook elders gewijzigd. Beide versies zijn samengevoegd; ${n} item(s) die aan beide kanten anders zijn gewijzigd staan er twee keer in, gemarkeerd.`, `The file was also changed elsewhere. Both versions were merged; ${n} item(s) changed differently on both sides are kept twice, flagged.`)
        : t(lang, 'Het bestand is ook elders gewijzigd; de wijzigingen van beide kanten zijn samengevoegd. Sla op om het resultaat te bewaren.', 'The file was also changed elsewhere; both sides were merged. Save to keep the result.'),
      actions: [],
    });
    this.publishProblems(doc);
  }

  async saveCustomDocument(doc: SessionDocument, _cancellation: vscode.CancellationToken): Promise<void> {
    // Someone wrote the file since we read it: merge first, so saving never silently overwrites.
    await this.onDiskChange(doc);
    // A newer or unreadable file on disk is only replaced after the user chose so (keepDiskCopy).
    const blocked = await doc.diskBlocksSave();
    if (blocked) {
      const problem = diskProblem(blocked.message);
      this.problemsFor(doc).set('disk', problem);
      this.publishProblems(doc);
      throw new Error(problem.message);
    }
    await this.saveWithMessage(doc, doc.uri);
  }

  async saveWithMessage(doc: SessionDocument, target: vscode.Uri): Promise<void> {
    try {
      await doc.save(target);
      this.problemsFor(doc).delete('save');
      this.problemsFor(doc).delete('deleted');
      this.publishProblems(doc);
    } catch (e) {
      const m = describeWriteError(e);
      const lang = language();
      this.services.log.error(`save failed for ${target.fsPath}: ${String(e)}`);
      this.problemsFor(doc).set('save', { id: 'save', severity: 'error', message: m[lang], actions: [{ id: 'saveAs', label: t(lang, 'Opslaan als…', 'Save As…') }] });
      this.publishProblems(doc);
      throw new Error(m[lang]);
    }
  }

  async saveCustomDocumentAs(doc: SessionDocument, destination: vscode.Uri): Promise<void> {
    await this.saveWithMessage(doc, destination);
  }

  async revertCustomDocument(doc: SessionDocument): Promise<void> {
    await doc.revert();
  }

  async backupCustomDocument(doc: SessionDocument, context: vscode.CustomDocumentBackupContext): Promise<vscode.CustomDocumentBackup> {
    const text = doc.backupText();
    if (text !== null) await vscode.workspace.fs.writeFile(context.destination, new TextEncoder().encode(text));
    return {
      id: context.destination.toString(),
      delete: () => void vscode.workspace.fs.delete(context.destination).then(undefined, () => undefined),
    };
  }

  /** Banner buttons that belong to the document rather than to one panel. */
  async documentAction(doc: SessionDocument, problemId: string, actionId: DocumentActionId): Promise<void> {
    const lang = language();
    switch (actionId) {
      case 'openAsText':
        this.asText.chosenAsText(doc.uri);
        await vscode.commands.executeCommand('vscode.openWith', doc.uri, 'default');
        break;
      case 'saveAs': {
        const target = await vscode.window.showSaveDialog({ defaultUri: doc.uri, filters: { 'Klein Kijken': ['json'] } });
        if (target) await this.saveWithMessage(doc, target);
        break;
      }
      case 'saveAgain':
        await this.saveWithMessage(doc, doc.uri);
        break;
      case 'keepDiskCopy': {
        const copy = await this.keepCopy(doc, 'versie-op-schijf');
        doc.acceptDiskAsBase();
        await this.saveWithMessage(doc, doc.uri);
        void vscode.window.showInformationMessage(t(lang, `De versie op schijf is bewaard als ${path.basename(copy.fsPath)}; jouw versie is opgeslagen.`, `The version on disk was kept as ${path.basename(copy.fsPath)}; your version was saved.`));
        break;
      }
      case 'freshCopy': {
        const choice = await vscode.window.showWarningMessage(
          t(lang, 'Het onleesbare bestand wordt eerst als kopie bewaard; daarna begin je met een lege sessie. Doorgaan?', 'The unreadable file is first kept as a copy; then you start with an empty session. Continue?'),
          { modal: true },
          t(lang, 'Kopie bewaren en opnieuw beginnen', 'Keep a copy and start fresh'),
        );
        if (!choice) return;
        const copy = await this.keepCopy(doc, 'onleesbaar');
        const rec = await this.services.recordingRefFor(doc.uri);
        doc.startFresh(newSession(rec));
        await this.saveWithMessage(doc, doc.uri);
        void vscode.window.showInformationMessage(t(lang, `Kopie bewaard als ${path.basename(copy.fsPath)}.`, `Copy kept as ${path.basename(copy.fsPath)}.`));
        break;
      }
      default:
        // Every DocumentActionId has its case: a new one without a handler does not compile.
        return actionId satisfies never;
    }
    this.problemsFor(doc).delete(problemId);
    this.publishProblems(doc);
  }

  /** For commands: the document and a panel of the active Klein Kijken editor. */
  activePanel(): EditorPanel | undefined {
    for (const set of this.panels.values()) for (const p of set) if (p.isActive) return p;
    return undefined;
  }

  panelsOf(doc: SessionDocument): EditorPanel[] {
    return [...(this.panels.get(doc) ?? [])];
  }

  allPanels(): EditorPanel[] {
    return [...this.panels.values()].flatMap((s) => [...s]);
  }

  strings(): UiStrings {
    return uiStrings(language());
  }

  private emotionWords: Promise<EmotionWordList> | null = null;
  private emotionWatcher: vscode.Disposable | null = null;

  /**
   * The emotion words to mark: the base list plus the workspace's `*.emotiewoorden.json`, searched
   * once and again when such a file changes. Opening an editor never waits long for the search:
   * after a second it goes on with the base list.
   */
  private async currentEmotionWords(): Promise<EmotionWordList> {
    if (!this.emotionWatcher) {
      const w = vscode.workspace.createFileSystemWatcher('**/*.emotiewoorden.json');
      const reset = () => (this.emotionWords = null);
      w.onDidChange(reset);
      w.onDidCreate(reset);
      w.onDidDelete(reset);
      this.emotionWatcher = vscode.Disposable.from(w, workspaceTrust.onDidGrant(reset));
    }
    this.emotionWords ??= workspaceEmotionWords(this.services.log);
    const timeout = new Promise<EmotionWordList>((r) => setTimeout(() => r(BASE_EMOTION_WORDS), 1000));
    return Promise.race([this.emotionWords, timeout]);
  }

  async initMessage(): Promise<HostMessage> {
    return { type: 'init', strings: this.strings(), settings: viewSettings(), emotionWords: await this.currentEmotionWords() };
  }

  dispose(): void {
    this.emotionWatcher?.dispose();
  }

  /** The open document for a session file, if any (commands and tests). */
  documentFor(uri: vscode.Uri): SessionDocument | undefined {
    return [...this.panels.keys()].find((d) => d.uri.toString() === uri.toString());
  }

  /** Copies the session file as it is on disk beside it, under a name that says what it is. */
  private async keepCopy(doc: SessionDocument, label: string): Promise<vscode.Uri> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const copy = vscode.Uri.file(doc.uri.fsPath.replace(/\.kleinkijken\.json$/, '') + `.${label}-${stamp}.json`);
    await vscode.workspace.fs.copy(doc.uri, copy, { overwrite: false });
    return copy;
  }
}

/** The file on disk is not a session this version can write: say so, and let the user choose. */
function diskProblem(why: { nl: string; en: string }): Problem {
  const lang = language();
  return {
    id: 'disk',
    severity: 'warning',
    message: t(
      lang,
      `Het sessiebestand is buiten de editor gewijzigd en kan hier niet gelezen worden (${why.nl}). Jouw versie staat nog hier; opslaan overschrijft het bestand pas als je dat kiest.`,
      `The session file was changed outside the editor and cannot be read here (${why.en}). Your version is still here; saving replaces the file only when you choose so.`,
    ),
    actions: [
      { id: 'keepDiskCopy', label: t(lang, 'Versie op schijf als kopie bewaren en opslaan', 'Keep the version on disk as a copy and save') },
      { id: 'saveAs', label: t(lang, 'Opslaan als…', 'Save As…') },
    ],
  };
}

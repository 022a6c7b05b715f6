import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DocumentChange, SessionDocument } from './sessionDocument';
import { isDocumentAction, type HostMessage, type MediaState, type Problem, type ProblemAction, type ViewMessage, type ViewRequest } from '../protocol/messages';
import { WebviewMessenger } from './webviewMessenger';
import { webviewHtml } from './webviewHtml';
import { language } from './settings';
import { t } from '../core/text/lang';
import type { ExtensionServices } from './services';
import type { SessionEditorProvider } from './sessionEditorProvider';
import type { PlaybackState } from './recordingPlayback';
import { readOnlyText } from './sessionDocument';
import { PlaybackStream } from './playbackStream';

/**
 * One webview showing a session document. Translates between the document/playback (host side,
 * file paths) and the webview (webview URIs, messages). Holds no session data of its own.
 */
export class EditorPanel implements vscode.Disposable {
  private readonly messenger: WebviewMessenger;
  private readonly subs: vscode.Disposable[] = [];
  private documentProblems: Problem[] = [];
  private panelProblems = new Map<string, Problem>();
  private time = 0;
  private author: string | null = null;
  /** This webview's streamed tracks (ffmpeg children), while the recording streams. */
  readonly stream: PlaybackStream;

  constructor(
    readonly doc: SessionDocument,
    readonly webviewPanel: vscode.WebviewPanel,
    private readonly services: ExtensionServices,
    private readonly provider: SessionEditorProvider,
  ) {
    const webview = webviewPanel.webview;
    const recordingDir = vscode.Uri.file(path.dirname(doc.uri.fsPath));
    webview.options = {
      enableScripts: true,
      localResourceRoots: [
        vscode.Uri.joinPath(services.context.extensionUri, 'dist'),
        vscode.Uri.joinPath(services.context.extensionUri, 'media'),
        recordingDir,
        services.cacheDir,
      ],
    };
    this.messenger = new WebviewMessenger(webview, services.log, (m) => void this.onMessage(m), () => this.sendAll());
    webview.html = webviewHtml(webview, services.context.extensionUri, language(), path.basename(doc.uri.fsPath));
    this.subs.push(
      this.messenger,
      doc.onDidChangeContent((c) => this.onDocumentChange(c)),
      webviewPanel.onDidChangeViewState(() => this.services.statusBar.update(this.isActive ? this : undefined)),
    );
    const playback = services.playbackFor(doc);
    this.stream = new PlaybackStream({
      source: () => playback.streamSource(),
      post: (m) => this.post(m),
      log: services.log,
      unsupported: (missing) => {
        services.log.warn(`[stream] this webview lacks the Media Source types ${missing.join(', ')}; making a whole-file playback copy instead`);
        void playback.fallbackToProxy();
      },
      fault: (track, end) => playback.streamFault(track, end),
      started: () => playback.streamStarted(),
    });
    this.subs.push(playback.onDidChange((s) => this.postMedia(s)), this.stream);
  }

  get isActive(): boolean {
    return this.webviewPanel.active;
  }
  get playbackTime(): number {
    return this.time;
  }
  get authorName(): string | null {
    return this.author;
  }

  /** As if the webview sent `raw`: the same path as a real message (tests of validation and edits). */
  receiveFromWebview(raw: unknown): void {
    this.messenger.receive(raw);
  }
  get droppedMessages(): { count: number; lastReason: string } {
    return this.messenger.dropped;
  }

  /** The last message of a type this panel sent its webview (tests read what the view was told). */
  lastSent<T extends HostMessage['type']>(type: T): Extract<HostMessage, { type: T }> | undefined {
    return this.messenger.lastSent.get(type) as Extract<HostMessage, { type: T }> | undefined;
  }

  post(m: HostMessage): void {
    this.messenger.post(m);
  }

  private async sendAll(): Promise<void> {
    this.post(await this.provider.initMessage());
    this.sendState();
    this.postMedia(this.services.playbackFor(this.doc).state);
    this.sendProblems();
  }

  private sendState(): void {
    const s = this.doc.session;
    // The webview shows what the host says: a read-only session, or none at all (never the old one).
    if (s) this.post({ type: 'session/state', session: s, revision: this.doc.revision, readOnly: this.doc.readOnly, dirty: this.doc.isDirty });
    else this.post({ type: 'session/unavailable', revision: this.doc.revision });
    this.sendProblems();
  }

  private onDocumentChange(c: DocumentChange): void {
    if (c.kind === 'edit') this.post({ type: 'session/edit', edit: c.edit, revision: c.revision, dirty: this.doc.isDirty });
    else this.sendState();
  }

  private postMedia(s: PlaybackState): void {
    const webview = this.webviewPanel.webview;
    if (s.status !== 'ready' || !s.stream) void this.stream.stopAll();
    let media: MediaState;
    if (s.status === 'ready') {
      media = { ...s, src: webview.asWebviewUri(vscode.Uri.file(s.playPath)).toString() };
      delete (media as { playPath?: string }).playPath;
    } else media = s;
    this.messenger.post({ type: 'media/state', media });
    this.sendProblems();
  }

  setDocumentProblems(p: Problem[]): void {
    this.documentProblems = p;
    this.sendProblems();
  }

  private sendProblems(): void {
    const lang = language();
    const all: Problem[] = [];
    const dp = this.doc.problem;
    if (dp) {
      const where = dp.line ? t(lang, ` (regel ${dp.line}, kolom ${dp.column})`, ` (line ${dp.line}, column ${dp.column})`) : '';
      const actions: ProblemAction[] = [{ id: 'openAsText', label: t(lang, 'Openen als tekst', 'Open as text') }];
      if (dp.kind !== 'newer') actions.push({ id: 'freshCopy', label: t(lang, 'Kopie bewaren en opnieuw beginnen', 'Keep a copy and start fresh') });
      all.push({
        id: 'readonly',
        severity: dp.kind === 'newer' ? 'warning' : 'error',
        message: dp.message[lang] + (dp.message[lang].includes(where.trim()) ? '' : where) + t(lang, ' Het bestand wordt niet overschreven.', ' The file is not overwritten.'),
        actions,
      });
    }
    if (!dp && this.doc.readOnlyReason === 'noWrite') {
      all.push({ id: 'readonly', severity: 'info', message: readOnlyText('noWrite')[lang], actions: [{ id: 'saveAs', label: t(lang, 'Opslaan als…', 'Save As…') }] });
    }
    all.push(...this.documentProblems, ...this.services.playbackFor(this.doc).problems, ...this.panelProblems.values());
    this.messenger.post({ type: 'problems', problems: all });
  }

  private async onMessage(m: ViewMessage): Promise<void> {
    switch (m.type) {
      case 'ready':
        return;
      case 'session/apply':
        try {
          this.doc.apply(m.edit);
          this.panelProblems.delete('edit');
        } catch (e) {
          this.services.log.warn(`edit refused: ${String((e as Error).message)}`);
          this.panelProblems.set('edit', {
            id: 'edit',
            severity: 'warning',
            message: t(language(), `Deze wijziging kon niet worden doorgevoerd: ${(e as Error).message}`, `This change could not be applied: ${(e as Error).message}`),
            actions: [],
          });
          this.sendState();
        }
        return;
      case 'problem/action':
        // The id is one of ProblemActionId (the schema checked it): the file's or the recording's.
        if (isDocumentAction(m.actionId)) await this.provider.documentAction(this.doc, m.problemId, m.actionId);
        else await this.services.playbackFor(this.doc).action(m.actionId);
        this.panelProblems.delete(m.problemId);
        this.sendProblems();
        return;
      case 'playback/state':
        this.time = m.time;
        this.author = m.author;
        this.services.statusBar.update(this);
        return;
      case 'media/failed':
        this.services.log.warn(`the webview could not play the recording (${m.code}: ${m.message}); making a playback copy`);
        await this.services.playbackFor(this.doc).fallbackToProxy();
        return;
      case 'focus/typing':
        // Player keybindings (space, t, 1/2/3 …) are off while the user types in the webview.
        void vscode.commands.executeCommand('setContext', 'kleinKijken.typing', m.typing);
        void vscode.commands.executeCommand('setContext', 'kleinKijken.onControl', m.onControl);
        return;
      case 'stream/open':
      case 'stream/fetch':
      case 'stream/flow':
      case 'stream/milestone':
      case 'stream/failed':
        this.stream.handle(m);
        return;
      case 'webview/error':
        this.services.log.error(`webview error: ${m.message}\n${m.stack}`);
        return;
      case 'request':
        try {
          const result = await this.services.requests.handle(this, m.request as ViewRequest);
          this.post({ type: 'response', id: m.id, ok: true, result });
        } catch (e) {
          this.post({ type: 'response', id: m.id, ok: false, error: String((e as Error)?.message ?? e) });
        }
        return;
    }
  }

  dispose(): void {
    this.subs.forEach((s) => s.dispose());
  }
}

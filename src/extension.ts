import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MediaResult } from './core/media/mediaInfo';
import { SESSION_FILE_SUFFIX } from './core/session/model';
import { defaultBundledPath, locateFfmpeg, type FfmpegTools } from './media/ffmpegLocator';
import { MediaCache } from './media/mediaCache';
import { registerFrameworkCommand } from './host/frameworkCommand';
import { registerPlayerCommands } from './host/playerCommands';
import { RecordingOpener, openRecording } from './host/recordingOpener';
import { RecordingPlayback } from './host/recordingPlayback';
import type { ExtensionServices } from './host/services';
import { SessionEditorProvider } from './host/sessionEditorProvider';
import { recordingRef, recordingUriFor, MEDIA_EXTENSIONS } from './host/sessionFiles';
import { SessionDocument } from './host/sessionDocument';
import type { AtomicWriteFaults } from './node/atomicWrite';
import { SessionLocks } from './host/sessionLocks';
import { cacheLimitBytes, ffmpegSetting, language, t } from './host/settings';
import { StatusBar } from './host/statusBar';
import { createRequestHandler } from './host/webviewRequests';
import { registerViews, type ViewsApi } from './host/views';

// Only wires things together; each feature lives in its own module (HOUSE-STYLE.md).
/** What `activate` returns: used by the integration tests to reach documents and fault seams. */
export interface KleinKijkenApi {
  services: ExtensionServices;
  provider: SessionEditorProvider;
  views: ViewsApi;
  setSaveFaults(f: AtomicWriteFaults): void;
}

export function activate(context: vscode.ExtensionContext): KleinKijkenApi {
  const log = vscode.window.createOutputChannel('Klein Kijken', { log: true });
  const cacheDir = vscode.Uri.joinPath(context.globalStorageUri, 'media-cache');
  const cache = new MediaCache(cacheDir.fsPath, cacheLimitBytes(), (l) => log.debug(`[cache] ${l}`));
  const statusBar = new StatusBar();
  const sessionsChanged = new vscode.EventEmitter<vscode.Uri>();

  // A platform package may carry ffmpeg in bin/ (scripts/package.mjs --ffmpeg); else ffmpeg-static.
  const bundledFfmpeg = () => {
    const bin = path.join(context.extensionPath, 'bin', process.platform === 'win32' ? 'ffmpeg.exe' : 'ffmpeg');
    return fs.existsSync(bin) ? bin : defaultBundledPath();
  };
  let ffmpeg: Promise<MediaResult<FfmpegTools>> | null = null;
  const findFfmpeg = () =>
    (ffmpeg ??= locateFfmpeg({ settingPath: ffmpegSetting(), bundledPath: bundledFfmpeg, log: (l) => log.debug(l) }).then((r) => {
      if (r.ok) log.info(`ffmpeg ${r.value.version} from ${r.value.source}: ${r.value.ffmpeg}`);
      else log.warn(r.problem.message.en);
      return r;
    }));

  const playbacks = new Map<SessionDocument, RecordingPlayback>();
  const services: ExtensionServices = {
    context,
    log,
    cacheDir,
    locks: new SessionLocks(vscode.Uri.joinPath(context.globalStorageUri, 'locks').fsPath),
    statusBar,
    sessionsChanged,
    playbackFor(doc) {
      let p = playbacks.get(doc);
      if (!p) {
        p = new RecordingPlayback(doc, {
          log,
          cache,
          ffmpeg: findFfmpeg,
          forceProxy: () => process.env.KK_FORCE_PROXY === '1' || vscode.workspace.getConfiguration('kleinKijken').get<boolean>('afspelen.altijdKopie', false),
        });
        playbacks.set(doc, p);
        doc.onDidDispose(() => {
          p!.dispose();
          playbacks.delete(doc);
        });
        void p.start();
      }
      return p;
    },
    async recordingRefFor(sessionUri) {
      const rec = recordingUriFor(sessionUri);
      return rec ? recordingRef(sessionUri, rec) : null;
    },
    requests: { handle: () => Promise.resolve(null) },
    ffmpeg: findFfmpeg,
  };
  services.requests = createRequestHandler(services);

  const provider = new SessionEditorProvider(services);
  context.subscriptions.push(
    log,
    statusBar,
    sessionsChanged,
    vscode.window.registerCustomEditorProvider('kleinKijken.session', provider, {
      webviewOptions: { retainContextWhenHidden: true },
      supportsMultipleEditorsPerDocument: true,
    }),
    RecordingOpener.register(),
    ...registerPlayerCommands(provider),
    registerFrameworkCommand(provider),
    vscode.commands.registerCommand('kleinKijken.openRecording', async (uri?: vscode.Uri) => {
      const lang = language();
      let target = uri;
      if (!target) {
        const active = vscode.window.activeTextEditor?.document.uri;
        if (active && MEDIA_EXTENSIONS.includes(path.extname(active.fsPath).slice(1).toLowerCase())) target = active;
      }
      if (!target) {
        const picked = await vscode.window.showOpenDialog({
          canSelectMany: false,
          openLabel: t(lang, 'Gesprek bekijken', 'Review conversation'),
          title: t(lang, 'Kies de opname van je gesprek', 'Choose the recording of your conversation'),
          filters: { [t(lang, 'Opnames', 'Recordings')]: MEDIA_EXTENSIONS },
        });
        target = picked?.[0];
      }
      if (!target) return undefined;
      if (target.path.endsWith(SESSION_FILE_SUFFIX)) {
        await vscode.commands.executeCommand('vscode.openWith', target, 'kleinKijken.session');
        return target;
      }
      return openRecording(target);
    }),
    vscode.commands.registerCommand('kleinKijken.openDemo', async () => {
      const demo = vscode.Uri.joinPath(context.extensionUri, 'media', 'demo', 'demo.mp4.kleinkijken.json');
      // The shipped demo is read-only inside the extension; work on a copy in global storage.
      const dir = vscode.Uri.joinPath(context.globalStorageUri, 'demo');
      await vscode.workspace.fs.createDirectory(dir);
      for (const f of ['demo.mp4', 'demo.vtt', 'demo.mp4.kleinkijken.json']) {
        const to = vscode.Uri.joinPath(dir, f);
        try {
          await vscode.workspace.fs.stat(to);
        } catch {
          await vscode.workspace.fs.copy(vscode.Uri.joinPath(context.extensionUri, 'media', 'demo', f), to);
        }
      }
      void demo;
      const session = vscode.Uri.joinPath(dir, 'demo.mp4.kleinkijken.json');
      await vscode.commands.executeCommand('vscode.openWith', session, 'kleinKijken.session');
      return session;
    }),
    vscode.commands.registerCommand('kleinKijken.clearCache', async () => {
      const lang = language();
      const freed = Math.round((await cache.totalBytes()) / 1e6);
      await cache.clear();
      void vscode.window.showInformationMessage(t(lang, `Afspeelkopieën en golfvormen gewist (${freed} MB).`, `Playback copies and waveforms cleared (${freed} MB).`));
    }),
    vscode.commands.registerCommand('kleinKijken.showLog', () => log.show()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kleinKijken.ffmpegPath')) ffmpeg = null;
    }),
  );
  const views = registerViews(context, services, provider);
  // A coach who just installed the extension is offered the walkthrough once, without covering
  // what they opened; tests and development runs are not.
  if (context.extensionMode === vscode.ExtensionMode.Production && !context.globalState.get('kleinKijken.walkthroughOffered')) {
    void context.globalState.update('kleinKijken.walkthroughOffered', true);
    const lang = language();
    const show = t(lang, 'Rondleiding openen', 'Open the walkthrough');
    void vscode.window.showInformationMessage(t(lang, 'Welkom bij Klein Kijken. In vijf korte stappen zie je hoe je een gesprek bekijkt en details noteert.', 'Welcome to Klein Kijken. Five short steps show how to review a conversation and note details.'), show).then((c) => {
      if (c === show) void vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#kleinKijken.start`, false);
    });
  }
  log.info(`Klein Kijken ${context.extension.packageJSON.version} activated`);
  return { services, provider, views, setSaveFaults: (f) => (SessionDocument.saveFaults = f) };
}

export function deactivate(): void {}

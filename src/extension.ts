import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MediaResult } from './core/media/mediaInfo';
import { defaultBundledPath, locateFfmpeg, type FfmpegTools } from './media/ffmpegLocator';
import { configureHardware } from './media/hwAccel';
import { MediaCache } from './media/mediaCache';
import { registerEafImportCommand, registerFrameworkCommand } from './host/frameworkCommand';
import { registerPlayerCommands } from './host/playerCommands';
import { RecordingOpener } from './host/recordingOpener';
import { RecordingPlayback } from './host/recordingPlayback';
import { globalApprovals } from './host/recordingAccess';
import { workspaceTrust } from './host/workspaceTrust';
import type { ExtensionServices } from './host/services';
import { SESSION_VIEW_TYPE, SessionEditorProvider } from './host/sessionEditorProvider';
import { offerWalkthroughOnce, registerSessionCommands } from './host/sessionCommands';
import { SessionAsTextHint } from './host/sessionAsTextHint';
import { registerInstallCheck } from './host/installCheck';
import { registerRecordingAssociation } from './host/recordingAssociation';
import { openSingleSessionOnStart } from './host/openOnStart';
import { recordingRef, recordingUriFor } from './host/sessionFiles';
import { SessionDocument } from './host/sessionDocument';
import type { AtomicWriteFaults } from './node/atomicWrite';
import { SessionLocks } from './host/sessionLocks';
import { cacheLimitBytes, ffmpegSetting } from './host/settings';
import { StatusBar } from './host/statusBar';
import { createRequestHandler } from './host/webviewRequests';
import { registerViews, type ViewsApi } from './host/views';
import { registerSpeechCommands } from './host/speech';

// Only wires things together; each feature lives in its own module (HOUSE-STYLE.md).
/** What `activate` returns: used by the integration tests to reach documents and fault seams. */
export interface KleinKijkenApi {
  services: ExtensionServices;
  provider: SessionEditorProvider;
  views: ViewsApi;
  asTextHint: SessionAsTextHint;
  setSaveFaults(f: AtomicWriteFaults): void;
  /** The session opened because it is the folder's only one (undefined when none was). */
  openedOnStart: Promise<vscode.Uri | undefined>;
  /** Test seam: act as in Restricted Mode (false) or trusted (true); undefined follows VS Code. */
  setTrusted(trusted: boolean | undefined): void;
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

  // Playback copies use the graphics hardware when it works (src/media/hwAccel.ts); what was found
  // per ffmpeg binary is remembered in global storage.
  configureHardware(() => ({
    enabled: vscode.workspace.getConfiguration('kleinKijken').get<boolean>('afspelen.hardware', true),
    cacheFile: vscode.Uri.joinPath(context.globalStorageUri, 'hardware.json').fsPath,
    log: (l) => log.info(l),
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
          approvals: globalApprovals(context.globalState),
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

  const asTextHint = new SessionAsTextHint();
  const provider = new SessionEditorProvider(services, asTextHint);
  context.subscriptions.push(
    provider,
    asTextHint,
    log,
    statusBar,
    sessionsChanged,
    vscode.window.registerCustomEditorProvider(SESSION_VIEW_TYPE, provider, {
      webviewOptions: { retainContextWhenHidden: true },
      supportsMultipleEditorsPerDocument: true,
    }),
    RecordingOpener.register(),
    ...registerPlayerCommands(provider),
    registerFrameworkCommand(provider),
    registerEafImportCommand(provider, services),
    ...registerSessionCommands(context, cache, log),
    ...registerSpeechCommands(services, provider),
    ...registerInstallCheck({ cache, cacheDir: cacheDir.fsPath, ffmpeg: findFfmpeg }),
    ...registerRecordingAssociation(),
    // Trusting the folder lifts Restricted Mode: prepare the recordings with ffmpeg after all.
    workspaceTrust.onDidGrant(() => {
      for (const p of playbacks.values()) void p.start(true);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('kleinKijken.ffmpegPath')) ffmpeg = null;
    }),
  );
  const views = registerViews(context, services, provider);
  offerWalkthroughOnce(context);
  const openedOnStart = openSingleSessionOnStart(context.extensionMode).catch((e: unknown) => {
    log.warn(`opening the folder's only session failed: ${String(e)}`);
    return undefined;
  });
  log.info(`Klein Kijken ${context.extension.packageJSON.version} activated`);
  return { services, provider, views, asTextHint, setSaveFaults: (f) => (SessionDocument.saveFaults = f), openedOnStart, setTrusted: (v) => workspaceTrust.setOverride(v) };
}

export function deactivate(): void {}

import * as path from 'node:path';
import * as vscode from 'vscode';
import { MediaAbortError, type MediaProblem, type MediaResult } from '../core/media/mediaInfo';
import type { Peaks } from '../core/media/peaksData';
import type { PeakLevel, Problem, RecordingActionId } from '../protocol/messages';
import { installHint, type FfmpegTools } from '../media/ffmpegLocator';
import type { MediaCache } from '../media/mediaCache';
import { peaksFor, preparePlayback, probeForPlayback, type PreparedPlayback, type ProbedForPlayback } from '../media/preparePlayback';
import { quickHash } from '../media/quickHash';
import { isVideoPath } from '../core/media/mediaExtensions';
import { checkRecordingPath } from '../core/session/recordingPath';
import { recordingAccess, type RecordingApprovals } from './recordingAccess';
import type { StreamEnd } from '../media/streamer';
import { shouldStream, type StreamTrack } from '../core/media/streamPlan';
import { STREAM_STRINGS } from '../protocol/strings/stream';
import { BackgroundCopy } from './backgroundCopy';
import type { VideoEncoderChoice } from '../core/media/videoEncoders';
import { chooseVideoEncoder, hardwareDefaults } from '../media/hwAccel';
import type { StreamSource } from './playbackStream';
import type { SessionDocument } from './sessionDocument';
import { MANAGE_TRUST_ACTION, manageTrust, untrustedProblem, workspaceTrust } from './workspaceTrust';
import { MEDIA_EXTENSIONS, recordingRef } from './sessionFiles';
import { language } from './settings';
import { t } from '../core/text/lang';

export type PlaybackState =
  | { status: 'none' }
  | { status: 'preparing'; message: string; fraction: number | null }
  | { status: 'error'; message: string }
  | { status: 'ready'; kind: 'video' | 'audio'; playPath: string; durationSec: number; peaks: PeakLevel[]; viaProxy: boolean; fromCache: boolean; stream?: { audio: boolean; video: boolean } };


/** Peaks for the webview: coarse to fine, as small integers. */
export function peakLevelsForView(p: Peaks | null): PeakLevel[] {
  if (!p) return [];
  return [...p.levels].sort((a, b) => a.peaksPerSec - b.peaksPerSec).map((l) => ({ peaksPerSec: l.peaksPerSec, min: l.min, max: l.max }));
}

export interface PlaybackDeps {
  log: vscode.LogOutputChannel;
  cache: MediaCache;
  /** Trusted workspaces only: a setting may name the program that runs (machine scope). */
  ffmpeg(): Promise<MediaResult<FfmpegTools>>;
  forceProxy(): boolean;
  /** Recordings outside a session's folder that the user picked on this computer. */
  approvals?: RecordingApprovals;
}

/**
 * Gets one session's recording ready to play in the webview: finds it, probes it, makes a
 * playback copy when desktop VS Code cannot play it (MEDIA.md), and computes the waveform peaks.
 * Every failure becomes a banner with a way out; the rest of the editor keeps working.
 */
export class RecordingPlayback implements vscode.Disposable {
  state: PlaybackState = { status: 'none' };
  problems: Problem[] = [];
  private readonly _onDidChange = new vscode.EventEmitter<PlaybackState>();
  readonly onDidChange = this._onDidChange.event;
  private controller: AbortController | null = null;
  private started = false;
  /** The recording file in use, once `start` checked it may be used (recordingAccess.ts). */
  private file: string | null = null;
  /** Set while the recording streams: what the panels' PlaybackStreams read from. */
  private streaming: StreamSource | null = null;
  /** The whole-file copy made while streaming; kept across restarts of the same file. */
  background: BackgroundCopy | null = null;
  /** The user (or a webview without the Media Source types) asked for the whole-file copy. */
  private noStream = false;

  constructor(
    private readonly doc: SessionDocument,
    private readonly deps: PlaybackDeps,
  ) {
    doc.onDidChangeContent((c) => {
      if (c.kind === 'replace' || (c.kind === 'edit' && c.edit.op === 'meta' && 'recording' in c.edit.patch)) void this.start(true);
    });
  }

  /** The checked recording file, or null while none may be used (never the raw path from the session). */
  recordingPath(): string | null {
    return this.file;
  }

  async start(restart = false, forceProxy = false): Promise<void> {
    if (this.started && !restart) return;
    this.started = true;
    this.controller?.abort();
    this.streaming = null;
    this.problems = [];
    const lang = language();
    this.file = null;
    const rec = this.doc.session?.recording;
    if (!rec) return this.set({ status: 'none' });
    const access = await recordingAccess(this.doc.uri.fsPath, rec, this.deps.approvals);
    if (this.doc.session?.recording !== rec) return;
    if (!access.ok) {
      this.problem(access.problem);
      return this.set({ status: 'error', message: access.status });
    }
    const file = (this.file = access.file);
    if (this.background && this.background.file !== file) {
      this.background.dispose();
      this.background = null;
    }
    // A picked recording outside the folder is not a webview resource root: play a copy from the cache.
    forceProxy ||= access.outside;
    const trusted = workspaceTrust.isTrusted();
    if (!trusted) this.problem(untrustedProblem());
    const tools = trusted ? await this.deps.ffmpeg() : null;
    if (!tools) return this.playAsIs(file);
    if (!tools.ok) {
      this.problem({
        id: 'ffmpeg-missing',
        severity: 'warning',
        message: tools.problem.message[lang],
        actions: [
          { id: 'setFfmpegPath', label: t(lang, 'Pad naar ffmpeg instellen', 'Set ffmpeg path') },
          { id: 'installHelp', label: t(lang, 'Hoe installeer ik ffmpeg?', 'How to install ffmpeg?') },
          { id: 'checkInstallation', label: t(lang, 'Installatie controleren', 'Check installation') },
        ],
      });
      return this.playAsIs(file);
    }
    await this.prepare(file, tools.value, forceProxy || this.deps.forceProxy());
  }

  /** Without ffmpeg (missing, or Restricted Mode): play the original as it is, without a waveform. */
  private playAsIs(file: string): void {
    this.set({ status: 'ready', kind: isVideoPath(file) ? 'video' : 'audio', playPath: file, durationSec: this.doc.session?.recording?.durationSec ?? 0, peaks: [], viaProxy: false, fromCache: false });
  }

  private async prepare(file: string, ffmpeg: FfmpegTools, forceProxy: boolean): Promise<void> {
    const lang = language();
    const controller = new AbortController();
    this.controller = controller;
    this.set({ status: 'preparing', message: t(lang, 'Opname voorbereiden…', 'Preparing the recording…'), fraction: null });
    if (!this.noStream && (await this.tryStream(file, ffmpeg, forceProxy, controller))) return;
    if (this.controller !== controller) return;
    let fraction = 0;
    let phase = 'probe';
    const job = preparePlayback(file, {
      ffmpeg,
      cache: this.deps.cache,
      signal: controller.signal,
      forceProxy,
      log: (l) => this.deps.log.debug(`[ffmpeg] ${l}`),
      onProgress: (p) => {
        fraction = p.fraction;
        phase = p.phase;
        this.set({ status: 'preparing', message: phaseText(p.phase, lang), fraction: p.fraction });
      },
    });
    // Show a notification (with Cancel) only when it takes a while: a cached recording opens silently.
    const quick = await Promise.race([job.then(() => true, () => true), new Promise<boolean>((r) => setTimeout(() => r(false), 800))]);
    if (!quick) {
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Klein Kijken: ${path.basename(file)}`, cancellable: true },
        async (progress, token) => {
          token.onCancellationRequested(() => controller.abort());
          let reported = 0;
          const timer = setInterval(() => {
            const pct = Math.round(fraction * 100);
            progress.report({ message: `${phaseText(phase as never, lang)} ${pct}%`, increment: Math.max(0, pct - reported) });
            reported = Math.max(reported, pct);
          }, 250);
          await job.then(() => undefined, () => undefined);
          clearInterval(timer);
        },
      );
    }
    let result;
    try {
      result = await job;
    } catch (e) {
      if (e instanceof MediaAbortError || (e as Error)?.name === 'AbortError') {
        this.problem({ id: 'cancelled', severity: 'info', message: t(lang, 'Voorbereiden van de opname is geannuleerd.', 'Preparing the recording was cancelled.'), actions: [{ id: 'retry', label: t(lang, 'Opnieuw proberen', 'Try again') }] });
        return this.set({ status: 'error', message: t(lang, 'Geannuleerd.', 'Cancelled.') });
      }
      throw e;
    }
    if (this.controller !== controller) return;
    if (!result.ok) return this.fail(result.problem);
    this.ready(result.value);
  }

  private ready(p: PreparedPlayback): void {
    this.checkSameRecording(p.hash);
    this.deps.log.info(`recording ${p.playPath === this.recordingPath() ? 'plays directly' : 'plays via proxy ' + p.playPath}${p.fromCache ? ' (cache)' : ''}; plan video=${p.plan.video} audio=${p.plan.audio}`);
    const kind = p.probe.video && !p.probe.video.isAttachedPic && p.plan.video !== 'none' ? 'video' : 'audio';
    this.set({ status: 'ready', kind, playPath: p.playPath, durationSec: p.probe.durationSec ?? p.peaks?.durationSec ?? 0, peaks: peakLevelsForView(p.peaks), viaProxy: p.playPath !== this.recordingPath(), fromCache: p.fromCache });
  }

  /** The session remembers the recording's content hash: warn when the file is another one now. */
  private checkSameRecording(hash: string): void {
    const lang = language();
    const rec = this.doc.session?.recording;
    if (rec && rec.quickHash && rec.quickHash !== hash) {
      this.problem({
        id: 'recording-changed',
        severity: 'warning',
        message: t(lang, 'Deze opname is niet meer hetzelfde bestand als toen de sessie werd gemaakt. Tijden van details kunnen niet meer kloppen.', 'This recording is not the same file as when the session was made. Times of details may no longer match.'),
        actions: [{ id: 'acceptRecording', label: t(lang, 'Deze opname gebruiken', 'Use this recording') }],
      });
    }
  }

  private fail(problem: MediaProblem): void {
    const lang = language();
    if (problem.detail) this.deps.log.error(`[ffmpeg] ${problem.detail}`);
    this.problem({ id: problem.id, severity: 'error', message: problem.message[lang], actions: [{ id: 'showLog', label: t(lang, 'Details tonen', 'Show details') }, { id: 'relink', label: t(lang, 'Andere opname kiezen…', 'Choose another recording…') }] });
    this.set({ status: 'error', message: problem.message[lang] });
  }

  /**
   * Streams the recording when a whole-file copy would keep the user waiting (streamPlan.ts):
   * state `ready` with `stream` at once, the waveform as soon as the audio is decoded, and the
   * whole-file copy in the background for the next open. False: play as before.
   */
  private async tryStream(file: string, tools: FfmpegTools, forceProxy: boolean, controller: AbortController): Promise<boolean> {
    let probed: MediaResult<ProbedForPlayback>;
    try {
      probed = await probeForPlayback(file, { ffmpeg: tools, cache: this.deps.cache, signal: controller.signal, forceProxy, log: (l) => this.deps.log.debug(`[ffmpeg] ${l}`) });
    } catch {
      return false; // aborted: the caller sees the controller changed
    }
    if (!probed.ok || this.controller !== controller) return false;
    const { probe, plan, hash, size } = probed.value;
    if (!shouldStream(plan, probe.durationSec, size) || !plan.proxy) return false;
    if ((await this.deps.cache.touch(this.deps.cache.proxyPath(hash, plan.proxy.container))) && (!probe.audio || (await this.deps.cache.getPeaks(hash)))) return false;
    const video = !!probe.video && !probe.video.isAttachedPic && plan.video !== 'none';
    const audio = probe.audio !== null;
    this.checkSameRecording(hash);
    // The stream's video encoder: found once per ffmpeg (hwAccel.ts), in parallel with the start.
    let encoder: VideoEncoderChoice | null = null;
    if (video) void chooseVideoEncoder(tools.ffmpeg, hardwareDefaults()).then((c) => (encoder = c));
    this.streaming = { file, tools, encoder: () => encoder, holdBackground: () => this.background?.hold() ?? (() => undefined), tail: () => (this.background?.file === file ? this.background.tail : null) };
    const ready: Extract<PlaybackState, { status: 'ready' }> = { status: 'ready', kind: video ? 'video' : 'audio', playPath: file, durationSec: probe.durationSec ?? 0, peaks: [], viaProxy: true, fromCache: false, stream: { audio, video } };
    this.deps.log.info(`recording streams while a playback copy is made in the background; plan video=${plan.video} audio=${plan.audio}`);
    const started = new Promise<void>((resolve) => (this.onStreamStarted = resolve));
    this.set(ready);
    // Sound first: the waveform's decode and the background copy wait until the stream has sent
    // its first data (or a few seconds), so they do not slow the start on two cores.
    await Promise.race([started, new Promise((r) => setTimeout(r, 3000))]);
    if (this.controller !== controller) return true;
    if (audio) {
      const peaks = await peaksFor(file, hash, probe.durationSec, { ffmpeg: tools, cache: this.deps.cache, signal: controller.signal, log: (l) => this.deps.log.debug(`[ffmpeg] ${l}`) }).catch(() => null);
      if (this.controller !== controller) return true;
      if (peaks?.ok) this.set({ ...ready, peaks: peakLevelsForView(peaks.value.peaks) });
      else if (peaks) this.deps.log.warn(`waveform: ${peaks.problem.message.en}`);
    }
    this.background ??= new BackgroundCopy(file, { log: this.deps.log, cache: this.deps.cache, tools, forceProxy });
    return true;
  }

  private onStreamStarted: (() => void) | null = null;

  /** A panel's stream sent its first data. */
  streamStarted(): void {
    this.onStreamStarted?.();
    this.onStreamStarted = null;
  }

  /** The stream source for the panels, while the recording streams. */
  streamSource(): StreamSource | null {
    return this.state.status === 'ready' && this.state.stream ? this.streaming : null;
  }

  /** A streamed track failed: a banner that offers the whole-file copy (or relink, when it is gone). */
  streamFault(track: StreamTrack, end: Extract<StreamEnd, { kind: 'failed' }>): void {
    const lang = language();
    if (end.missing) {
      this.problem({ id: 'recording-missing', severity: 'error', message: t(lang, ...STREAM_STRINGS['stream.missing']), actions: [{ id: 'relink', label: t(lang, 'Opname opnieuw koppelen…', 'Relink recording…') }] });
    } else {
      const [nl, en] = STREAM_STRINGS['stream.failed'];
      this.problem({
        id: 'stream-failed',
        severity: 'error',
        message: t(lang, nl.replace('{0}', track === 'audio' ? 'geluid' : 'beeld'), en.replace('{0}', track)),
        actions: [
          { id: 'wholeCopy', label: t(lang, ...STREAM_STRINGS['stream.wholeCopy']) },
          { id: 'showLog', label: t(lang, 'Details tonen', 'Show details') },
        ],
      });
    }
    this._onDidChange.fire(this.state);
  }

  /** The webview could not play what it was given: make a playback copy after all. */
  async fallbackToProxy(): Promise<void> {
    if (this.state.status === 'ready' && this.state.viaProxy && !this.state.stream) return;
    if (this.state.status === 'ready' && this.state.stream) this.noStream = true;
    await this.start(true, true);
  }

  async action(id: RecordingActionId): Promise<void> {
    switch (id) {
      case 'relink':
        return this.relink();
      case 'retry':
        return this.start(true);
      case 'wholeCopy':
        return this.fallbackToProxy();
      case 'setFfmpegPath':
        await vscode.commands.executeCommand('workbench.action.openSettings', 'kleinKijken.ffmpegPath');
        return;
      case 'installHelp':
        void vscode.window.showInformationMessage(installHint(), { modal: true });
        return;
      case MANAGE_TRUST_ACTION:
        await manageTrust();
        return;
      case 'showLog':
        this.deps.log.show(true);
        return;
      case 'checkInstallation':
        await vscode.commands.executeCommand('kleinKijken.checkInstallation');
        return;
      case 'acceptRecording': {
        const file = this.recordingPath();
        const rec = this.doc.session?.recording;
        if (!file || !rec) return;
        const { hash, size } = await quickHash(file);
        this.doc.apply({ op: 'meta', patch: { recording: { ...rec, quickHash: hash, size } } });
        return;
      }
      default:
        // Every RecordingActionId has its case (the schema let no other id through): a new one
        // without a handler does not compile.
        return id satisfies never;
    }
  }

  async relink(): Promise<void> {
    const lang = language();
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      defaultUri: vscode.Uri.file(path.dirname(this.doc.uri.fsPath)),
      openLabel: t(lang, 'Koppelen', 'Link'),
      filters: { [t(lang, 'Opnames', 'Recordings')]: MEDIA_EXTENSIONS },
    });
    if (picked?.[0]) await this.link(picked[0]);
  }

  /** Links a recording the user chose; one outside the session's folder is approved for this computer. */
  async link(chosen: vscode.Uri): Promise<void> {
    if (!this.doc.session) return;
    const ref = await recordingRef(this.doc.uri, chosen);
    if (ref && !checkRecordingPath(ref.path).ok) this.deps.approvals?.set(this.doc.uri.fsPath, { path: ref.path, file: chosen.fsPath });
    if (ref) this.doc.apply({ op: 'meta', patch: { recording: { ...ref, durationSec: this.doc.session.recording?.durationSec ?? null } } });
  }

  private problem(p: Problem): void {
    this.problems = [...this.problems.filter((x) => x.id !== p.id), p];
    this.deps.log.warn(`${p.id}: ${p.message}`);
  }

  private set(s: PlaybackState): void {
    this.state = s;
    this._onDidChange.fire(s);
  }

  dispose(): void {
    this.controller?.abort();
    this.background?.dispose();
    this._onDidChange.dispose();
  }
}

function phaseText(phase: 'probe' | 'peaks' | 'proxy', lang: 'nl' | 'en'): string {
  switch (phase) {
    case 'probe':
      return t(lang, 'Opname bekijken…', 'Reading the recording…');
    case 'peaks':
      return t(lang, 'Golfvorm berekenen…', 'Computing the waveform…');
    case 'proxy':
      return t(lang, 'Afspeelkopie maken…', 'Making a playback copy…');
  }
}

import * as path from 'node:path';
import * as vscode from 'vscode';
import { MediaAbortError, type MediaProblem, type MediaResult } from '../core/media/mediaInfo';
import type { Peaks } from '../core/media/peaksData';
import type { PeakLevel, Problem } from '../protocol/messages';
import { installHint, type FfmpegTools } from '../media/ffmpegLocator';
import type { MediaCache } from '../media/mediaCache';
import { preparePlayback, type PreparedPlayback } from '../media/preparePlayback';
import { quickHash } from '../media/quickHash';
import { isVideoPath } from '../core/media/mediaExtensions';
import { checkRecordingPath } from '../core/session/recordingPath';
import { recordingAccess, type RecordingApprovals } from './recordingAccess';
import type { SessionDocument } from './sessionDocument';
import { MANAGE_TRUST_ACTION, manageTrust, untrustedProblem, workspaceTrust } from './workspaceTrust';
import { MEDIA_EXTENSIONS, recordingRef } from './sessionFiles';
import { language, t } from './settings';

export type PlaybackState =
  | { status: 'none' }
  | { status: 'preparing'; message: string; fraction: number | null }
  | { status: 'error'; message: string }
  | { status: 'ready'; kind: 'video' | 'audio'; playPath: string; durationSec: number; peaks: PeakLevel[]; viaProxy: boolean; fromCache: boolean };


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
    const lang = language();
    const rec = this.doc.session?.recording;
    if (rec && rec.quickHash && rec.quickHash !== p.hash) {
      this.problem({
        id: 'recording-changed',
        severity: 'warning',
        message: t(lang, 'Deze opname is niet meer hetzelfde bestand als toen de sessie werd gemaakt. Tijden van details kunnen niet meer kloppen.', 'This recording is not the same file as when the session was made. Times of details may no longer match.'),
        actions: [{ id: 'acceptRecording', label: t(lang, 'Deze opname gebruiken', 'Use this recording') }],
      });
    }
    this.deps.log.info(`recording ${p.playPath === this.recordingPath() ? 'plays directly' : 'plays via proxy ' + p.playPath}${p.fromCache ? ' (cache)' : ''}; plan video=${p.plan.video} audio=${p.plan.audio}`);
    const kind = p.probe.video && !p.probe.video.isAttachedPic && p.plan.video !== 'none' ? 'video' : 'audio';
    this.set({ status: 'ready', kind, playPath: p.playPath, durationSec: p.probe.durationSec ?? p.peaks?.durationSec ?? 0, peaks: peakLevelsForView(p.peaks), viaProxy: p.playPath !== this.recordingPath(), fromCache: p.fromCache });
  }

  private fail(problem: MediaProblem): void {
    const lang = language();
    if (problem.detail) this.deps.log.error(`[ffmpeg] ${problem.detail}`);
    this.problem({ id: problem.id, severity: 'error', message: problem.message[lang], actions: [{ id: 'showLog', label: t(lang, 'Details tonen', 'Show details') }, { id: 'relink', label: t(lang, 'Andere opname kiezen…', 'Choose another recording…') }] });
    this.set({ status: 'error', message: problem.message[lang] });
  }

  /** The webview could not play what it was given: make a playback copy after all. */
  async fallbackToProxy(): Promise<void> {
    if (this.state.status === 'ready' && this.state.viaProxy) return;
    await this.start(true, true);
  }

  async action(id: string): Promise<void> {
    const lang = language();
    switch (id) {
      case 'relink':
        return this.relink();
      case 'retry':
        return this.start(true);
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
        this.deps.log.warn(`unknown action ${id} (${lang})`);
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

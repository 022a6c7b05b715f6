import * as path from 'node:path';
import * as vscode from 'vscode';
import { MediaAbortError } from '../core/media/mediaInfo';
import { CopyTail } from '../media/copyTail';
import type { FfmpegTools } from '../media/ffmpegLocator';
import type { MediaCache } from '../media/mediaCache';
import { preparePlayback } from '../media/preparePlayback';
import { ProcessHolds } from '../media/processHolds';
import { STREAM_STRINGS } from '../protocol/strings/stream';
import { language } from './settings';
import { t } from '../core/text/lang';

export interface BackgroundCopyDeps {
  log: vscode.LogOutputChannel;
  cache: MediaCache;
  tools: FfmpegTools;
  forceProxy: boolean;
}

/**
 * How long the copy makes way for a stream: a seek's picture needs one to three seconds on two
 * cores; never more than a tenth of the copy's time (beyond one hold), so it keeps its budget
 * of 1.3 × the time it takes alone (issue 15, playback.backgroundRatio).
 */
const BACKGROUND_HOLDS = { maxHoldMs: 4000, maxShare: 0.1 };

/**
 * The whole-file playback copy (and its peaks), made once while the recording already streams:
 * at low priority (nice 10, two threads; stopped for a few seconds while a stream fills after an
 * open or a seek) and cached by content hash, so the next open plays the
 * copy directly. Its progress is a notification that never blocks playback; its Cancel stops
 * only this copy (the stream plays on).
 */
export class BackgroundCopy implements vscode.Disposable {
  private readonly controller = new AbortController();
  private readonly holds: ProcessHolds;
  /** Resolves when the copy is in the cache (true), or failed or was stopped (false). */
  readonly done: Promise<boolean>;
  /** The copy's picture as ffmpeg writes it, which the stream plays from (copyTail.ts). */
  tail: CopyTail | null = null;
  private disposed = false;

  constructor(
    readonly file: string,
    deps: BackgroundCopyDeps,
  ) {
    const lang = language();
    this.holds = new ProcessHolds({ ...BACKGROUND_HOLDS, log: (l) => deps.log.debug(`[background copy] ${l}`) });
    let fraction = 0;
    const job = preparePlayback(file, {
      ffmpeg: deps.tools,
      cache: deps.cache,
      signal: this.controller.signal,
      forceProxy: deps.forceProxy,
      background: true,
      onSpawn: (child) => {
        this.holds.attach(child.pid);
        child.once('exit', () => this.holds.detach());
      },
      log: (l) => deps.log.debug(`[ffmpeg background] ${l}`),
      onVideoTail: (file) => {
        if (!this.disposed) this.tail = new CopyTail(file, (l) => deps.log.info(`background copy: ${l}`));
      },
      onProgress: (p) => {
        if (p.phase === 'proxy') fraction = p.fraction;
      },
    });
    const started = Date.now();
    const ended = job.then(
      (r) => {
        if (!r.ok) {
          deps.log.warn(`background copy failed: ${r.problem.message.en}${r.problem.detail ? ` (${r.problem.detail})` : ''}`);
          return false;
        }
        deps.log.info(`background copy ready after ${((Date.now() - started) / 1000).toFixed(1)} s: ${r.value.playPath} (used from the next open)`);
        return true;
      },
      (e) => {
        if (e instanceof MediaAbortError || (e as Error)?.name === 'AbortError') deps.log.info('background copy stopped; streaming goes on');
        else deps.log.error(`background copy: ${String(e)}`);
        return false;
      },
    );
    this.done = ended.then((ok) => {
      this.tail?.finish(ok);
      return ok;
    });
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Klein Kijken: ${path.basename(file)} — ${t(lang, ...STREAM_STRINGS['stream.background'])}`, cancellable: true },
      async (progress, token) => {
        token.onCancellationRequested(() => {
          this.controller.abort();
          void vscode.window.showInformationMessage(t(lang, ...STREAM_STRINGS['stream.backgroundCancelled']));
        });
        let reported = 0;
        const timer = setInterval(() => {
          const pct = Math.round(fraction * 100);
          progress.report({ message: `${pct}%`, increment: Math.max(0, pct - reported) });
          reported = Math.max(reported, pct);
        }, 500);
        await this.done;
        clearInterval(timer);
      },
    );
  }

  /**
   * A stream is filling its first seconds (after an open or a seek): the copy stops until the
   * returned function is called, a few seconds at most (processHolds.ts).
   */
  hold(): () => void {
    return this.holds.hold();
  }

  dispose(): void {
    this.disposed = true;
    this.controller.abort();
    this.tail?.dispose();
  }
}

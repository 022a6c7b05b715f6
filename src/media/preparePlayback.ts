/**
 * The one call the extension host (and the CLI) makes before showing a recording: probe it,
 * decide whether the webview can play it (playbackPlan), make a proxy if not, and compute the
 * waveform peaks — all from the cache when the same content was seen before. The recording is
 * decoded once: the proxy pass also yields the peaks.
 */
import * as crypto from 'node:crypto';
import { MediaAbortError, mediaOk, type MediaResult, type ProbedMedia } from '../core/media/mediaInfo';
import type { Peaks } from '../core/media/peaksData';
import { planPlayback, type PlaybackPlan } from '../core/media/playbackPlan';
import type { FfmpegTools } from './ffmpegLocator';
import type { MediaCache } from './mediaCache';
import { computePeaks } from './peaks';
import { checkMediaFile, probeMedia } from './probe';
import { canWriteVideoTail, createProxy, type ProxyOptions } from './proxy';
import { quickHash } from './quickHash';
import type { MediaLog } from './runProcess';

export type PreparePhase = 'probe' | 'peaks' | 'proxy';

export interface PrepareOptions {
  ffmpeg: FfmpegTools;
  cache: MediaCache;
  signal?: AbortSignal;
  /** fraction 0..1 within the phase; 'proxy' includes the peaks of the same pass. */
  onProgress?: (progress: { phase: PreparePhase; fraction: number }) => void;
  /** Make a proxy even when the webview could play the original (tests: Chromium plays AAC). */
  forceProxy?: boolean;
  log?: MediaLog;
  /** Background work (the copy made while the recording streams): low priority, fewer threads. */
  background?: boolean;
  /** The ffmpeg making the playback copy started. */
  onSpawn?: ProxyOptions['onSpawn'];
  /**
   * The copy will also write its picture, as it goes, to this fragmented MP4 in the cache folder
   * (proxy.ts `videoTail`); called just before ffmpeg starts, only when a copy is made that can.
   * The caller owns the file and deletes it; a leftover (a crash) goes with the cache's partial files.
   */
  onVideoTail?: (file: string) => void;
}

export interface PreparedPlayback {
  probe: ProbedMedia;
  plan: PlaybackPlan;
  /** The original when the plan says direct, else the proxy in the cache. */
  playPath: string;
  /** null when the recording has no audio. */
  peaks: Peaks | null;
  /** Everything came from the cache: no ffmpeg/ffprobe ran. */
  fromCache: boolean;
  /** quickHash of the recording (RecordingRef.quickHash) and its size. */
  hash: string;
  size: number;
}

/**
 * Resolves with a typed problem for bad input or a failing ffmpeg; rejects with an AbortError
 * (name 'AbortError') when `signal` is aborted, after deleting any partial proxy.
 */
export interface ProbedForPlayback {
  probe: ProbedMedia;
  plan: PlaybackPlan;
  hash: string;
  size: number;
  /** Nothing was probed this time. */
  fromCache: boolean;
}

/** Checks, hashes and probes the recording (probe from the cache when seen before) and plans it. */
export async function probeForPlayback(mediaPath: string, options: Pick<PrepareOptions, 'ffmpeg' | 'cache' | 'signal' | 'forceProxy' | 'log' | 'onProgress'>): Promise<MediaResult<ProbedForPlayback>> {
  const { cache, signal, log } = options;
  const checked = await checkMediaFile(mediaPath);
  if (!checked.ok) return checked;
  const { hash, size } = await quickHash(mediaPath);
  if (signal?.aborted) throw new MediaAbortError();
  let fromCache = true;
  options.onProgress?.({ phase: 'probe', fraction: 0 });
  let probe = await cache.getJson<ProbedMedia>(cache.probePath(hash));
  if (!probe) {
    fromCache = false;
    const probed = await probeMedia(mediaPath, options.ffmpeg, { signal, log });
    if (!probed.ok) return probed;
    probe = probed.value;
    await cache.putJson(cache.probePath(hash), probe);
  }
  return mediaOk({ probe, plan: planPlayback(probe, { forceProxy: options.forceProxy }), hash, size, fromCache });
}

/**
 * Resolves with a typed problem for bad input or a failing ffmpeg; rejects with an AbortError
 * (name 'AbortError') when `signal` is aborted, after deleting any partial proxy.
 */
export async function preparePlayback(mediaPath: string, options: PrepareOptions): Promise<MediaResult<PreparedPlayback>> {
  const { cache, signal, log } = options;
  const probed = await probeForPlayback(mediaPath, options);
  if (!probed.ok) return probed;
  const { probe, plan, hash, size } = probed.value;
  let fromCache = probed.value.fromCache;
  const hasAudio = probe.audio !== null;
  const durationSec = probe.durationSec;

  if (plan.proxy) {
    const recipe = plan.proxy;
    const proxyPath = cache.proxyPath(hash, recipe.container);
    const job = await cache.share(
      `proxy:${proxyPath}`,
      async (jobSignal): Promise<MediaResult<{ peaks: Peaks | null; fromCache: boolean }>> => {
        const cachedPeaks = hasAudio ? await cache.getPeaks(hash) : null;
        if ((await cache.touch(proxyPath)) && (!hasAudio || cachedPeaks)) return mediaOk({ peaks: cachedPeaks, fromCache: true });
        let videoTail: string | undefined;
        if (options.onVideoTail && canWriteVideoTail(recipe)) {
          videoTail = `${proxyPath}.partial-tail-${crypto.randomBytes(4).toString('hex')}.mp4`;
          options.onVideoTail(videoTail);
        }
        const made = await createProxy(mediaPath, proxyPath, recipe, options.ffmpeg, {
          videoTail,
          signal: jobSignal,
          hasAudio,
          durationSec,
          log,
          background: options.background,
          onSpawn: options.onSpawn,
          onProgress: (fraction) => options.onProgress?.({ phase: 'proxy', fraction }),
        });
        if (!made.ok) return made;
        await cache.add(proxyPath);
        if (made.value.peaks) await cache.putPeaks(hash, made.value.peaks, [proxyPath]);
        return mediaOk({ peaks: made.value.peaks, fromCache: false });
      },
      signal,
    );
    if (!job.ok) return job;
    return mediaOk({ probe, plan, playPath: proxyPath, peaks: job.value.peaks, fromCache: fromCache && job.value.fromCache, hash, size });
  }

  let peaks: Peaks | null = null;
  if (hasAudio) {
    const got = await peaksFor(mediaPath, hash, durationSec, options);
    if (!got.ok) return got;
    peaks = got.value.peaks;
    fromCache &&= got.value.fromCache;
  }
  return mediaOk({ probe, plan, playPath: mediaPath, peaks, fromCache, hash, size });
}

/** The recording's waveform peaks: from the cache, or decoded once (audio only) and cached. */
export function peaksFor(mediaPath: string, hash: string, durationSec: number | null, options: Pick<PrepareOptions, 'ffmpeg' | 'cache' | 'signal' | 'log' | 'onProgress'>): Promise<MediaResult<{ peaks: Peaks; fromCache: boolean }>> {
  const { cache, log } = options;
  return cache.share(
    `peaks:${hash}`,
    async (jobSignal): Promise<MediaResult<{ peaks: Peaks; fromCache: boolean }>> => {
      const cached = await cache.getPeaks(hash);
      if (cached) return mediaOk({ peaks: cached, fromCache: true });
      const computed = await computePeaks(mediaPath, options.ffmpeg, {
        signal: jobSignal,
        durationSec,
        log,
        onProgress: (fraction) => options.onProgress?.({ phase: 'peaks', fraction }),
      });
      if (!computed.ok) return computed;
      await cache.putPeaks(hash, computed.value);
      return mediaOk({ peaks: computed.value, fromCache: false });
    },
    options.signal,
  );
}

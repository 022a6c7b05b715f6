/**
 * Can desktop VS Code's webview play this recording as it is? A pure decision table over the
 * probed streams (MEDIA.md): VS Code's Electron ships a reduced ffmpeg that plays H.264, VP8,
 * Vorbis, FLAC, PCM WAV and MP3 — not AAC, Opus, HEVC, VP9, AV1, AMR, AC-3, ALAC, WMA or
 * MPEG-4 part 2. A normal phone recording (H.264 or HEVC + AAC) is therefore silent or black
 * when played directly, so it gets a playback proxy.
 *
 * Containers: Chromium demuxes MP4 (which includes QuickTime MOV: same ISO-BMFF structure, and
 * H.264-in-MOV from phones plays as MP4 — the webview's `error` event is the second check),
 * WebM, Ogg, WAV, MP3 and FLAC. Matroska (.mkv) is not a `<video>` container in Chromium, even
 * with playable codecs inside, so it is remuxed; WebM and MKV share ffprobe's format name
 * `matroska,webm`, so the file extension decides.
 *
 * The proxy always re-encodes audio (cheap) and copies the video when its codec plays, so the
 * slow path (video re-encode to H.264 ≤720p) only runs for HEVC/VP9/AV1/… video.
 */
import type { LocalText } from '../session/model';
import type { AudioStreamInfo, ProbedMedia, VideoStreamInfo } from './mediaInfo';

export type StreamVerdict = 'direct' | 'proxy' | 'none';

export interface ProxyRecipe {
  /** Output container; also the proxy file's extension. */
  container: 'mp4' | 'webm' | 'mp3';
  /** copy the video stream, re-encode it to H.264 (≤720p, 8-bit 4:2:0), or leave it out. */
  video: 'copy' | 'h264' | 'drop';
  /** MP3 (in MP4 or alone); Vorbis when the video is copied VP8 in WebM. */
  audio: 'mp3' | 'vorbis' | 'drop';
}

export interface PlaybackPlan {
  video: StreamVerdict;
  audio: StreamVerdict;
  reasons: LocalText[];
  /** What ffmpeg must make; null when the original plays as it is. */
  proxy: ProxyRecipe | null;
}

type Family = 'mp4' | 'webm' | 'ogg' | 'wav' | 'mp3' | 'flac' | 'other';

const PCM_CODECS = new Set(['pcm_u8', 'pcm_s16le', 'pcm_s24le', 'pcm_s32le', 'pcm_f32le', 'pcm_mulaw', 'pcm_alaw']);

/** Which codecs each container may carry when the webview plays it. */
const ALLOWED: Record<Family, { video: ReadonlySet<string>; audio: ReadonlySet<string> }> = {
  mp4: { video: new Set(['h264']), audio: new Set(['mp3', 'flac']) },
  webm: { video: new Set(['vp8']), audio: new Set(['vorbis']) },
  ogg: { video: new Set(), audio: new Set(['vorbis', 'flac']) },
  wav: { video: new Set(), audio: PCM_CODECS },
  mp3: { video: new Set(), audio: new Set(['mp3']) },
  flac: { video: new Set(), audio: new Set(['flac']) },
  other: { video: new Set(), audio: new Set() },
};

const PLAYABLE_VIDEO = new Set(['h264', 'vp8']);
const PLAYABLE_AUDIO = new Set(['mp3', 'flac', 'vorbis', ...PCM_CODECS]);
/** Chromium's H.264 decoder takes 8-bit 4:2:0 only; High 10 / 4:2:2 from cameras does not play. */
const PLAYABLE_PIX_FMTS = new Set(['yuv420p', 'yuvj420p']);

export function containerFamily(formatName: string, extension: string): Family {
  const names = formatName.toLowerCase().split(',');
  const ext = extension.toLowerCase().replace(/^\./, '');
  if (names.includes('mp4') || names.includes('mov')) return 'mp4';
  if (names.includes('matroska') || names.includes('webm')) return ext === 'webm' ? 'webm' : 'other';
  if (names.includes('ogg')) return 'ogg';
  if (names.includes('wav')) return 'wav';
  if (names.includes('mp3')) return 'mp3';
  if (names.includes('flac')) return 'flac';
  return 'other';
}

export function videoCodecPlays(v: VideoStreamInfo): boolean {
  if (!PLAYABLE_VIDEO.has(v.codec)) return false;
  return v.codec !== 'h264' || v.pixFmt === undefined || PLAYABLE_PIX_FMTS.has(v.pixFmt);
}

export function audioCodecPlays(a: AudioStreamInfo): boolean {
  return PLAYABLE_AUDIO.has(a.codec);
}

function containerLabel(m: ProbedMedia): string {
  return m.extension ? `.${m.extension}` : m.formatName;
}

export interface PlanOptions {
  /** Make a proxy even when the webview could play the original (tests; a failed `canPlayType`). */
  forceProxy?: boolean;
}

export function planPlayback(media: ProbedMedia, options: PlanOptions = {}): PlaybackPlan {
  const family = containerFamily(media.formatName, media.extension);
  const reasons: LocalText[] = [];
  const video = media.video && !media.video.isAttachedPic ? media.video : null;
  const audio = media.audio;
  if (media.video?.isAttachedPic) {
    reasons.push({ nl: 'De afbeelding in het audiobestand (albumhoes) wordt genegeerd.', en: 'The cover image in the audio file is ignored.' });
  }

  let videoVerdict: StreamVerdict = 'none';
  if (video) {
    if (!videoCodecPlays(video)) {
      videoVerdict = 'proxy';
      const fmt = video.codec === 'h264' && video.pixFmt ? ` (${video.pixFmt})` : '';
      reasons.push({
        nl: `Videocodec ${video.codec}${fmt} speelt niet af in VS Code; er wordt een H.264-kopie gemaakt.`,
        en: `Video codec ${video.codec}${fmt} does not play in VS Code; an H.264 copy is made.`,
      });
    } else if (!ALLOWED[family].video.has(video.codec)) {
      videoVerdict = 'proxy';
      reasons.push({
        nl: `Container ${containerLabel(media)} met ${video.codec} speelt niet af in VS Code; de video wordt ongewijzigd overgezet.`,
        en: `Container ${containerLabel(media)} with ${video.codec} does not play in VS Code; the video is remuxed unchanged.`,
      });
    } else videoVerdict = 'direct';
  }

  let audioVerdict: StreamVerdict = 'none';
  if (audio) {
    if (!audioCodecPlays(audio)) {
      audioVerdict = 'proxy';
      reasons.push({
        nl: `Audiocodec ${audio.codec} speelt niet af in VS Code (het geluid zou ontbreken); er wordt een MP3-kopie gemaakt.`,
        en: `Audio codec ${audio.codec} does not play in VS Code (there would be no sound); an MP3 copy is made.`,
      });
    } else if (!ALLOWED[family].audio.has(audio.codec)) {
      audioVerdict = 'proxy';
      reasons.push({
        nl: `Container ${containerLabel(media)} met ${audio.codec} speelt niet af in VS Code; er wordt een MP3-kopie gemaakt.`,
        en: `Container ${containerLabel(media)} with ${audio.codec} does not play in VS Code; an MP3 copy is made.`,
      });
    } else audioVerdict = 'direct';
  }

  if (options.forceProxy) {
    if (videoVerdict === 'direct') videoVerdict = 'proxy';
    if (audioVerdict === 'direct') audioVerdict = 'proxy';
    reasons.push({ nl: 'Een afspeelkopie is afgedwongen.', en: 'A playback copy was forced.' });
  }

  const needsProxy = videoVerdict === 'proxy' || audioVerdict === 'proxy';
  return { video: videoVerdict, audio: audioVerdict, reasons, proxy: needsProxy ? recipeFor(video, audio) : null };
}

/** One file holds every stream, so when one stream needs a proxy the other goes along. */
function recipeFor(video: VideoStreamInfo | null, audio: AudioStreamInfo | null): ProxyRecipe {
  if (!video) return { container: 'mp3', video: 'drop', audio: 'mp3' };
  if (video.codec === 'vp8') {
    // VP8 does not play from MP4 in Chromium; keep it in WebM next to Vorbis (browser recordings).
    return { container: 'webm', video: 'copy', audio: audio ? 'vorbis' : 'drop' };
  }
  return { container: 'mp4', video: videoCodecPlays(video) ? 'copy' : 'h264', audio: audio ? 'mp3' : 'drop' };
}

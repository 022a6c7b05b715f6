/**
 * Turns ffprobe's JSON (or, without ffprobe, the stream lines of `ffmpeg -i`) into a
 * ProbedMedia. Pure: the host runs the tools (src/media/probe.ts).
 */
import type { AudioStreamInfo, ProbedMedia, VideoStreamInfo } from './mediaInfo';

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
  sample_rate?: string;
  channels?: number;
  sample_fmt?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
}

interface FfprobeJson {
  streams?: FfprobeStream[];
  format?: { format_name?: string; duration?: string };
}

function num(s: string | number | undefined): number | null {
  if (s === undefined) return null;
  const n = typeof s === 'number' ? s : Number(s);
  return Number.isFinite(n) ? n : null;
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Prefers a real video stream over a cover image, so a video with embedded art stays a video. */
function chooseVideo(vs: VideoStreamInfo[]): VideoStreamInfo | null {
  return vs.find((v) => !v.isAttachedPic) ?? vs[0] ?? null;
}

export function fromFfprobeJson(text: string, fileName: string): ProbedMedia | null {
  let json: FfprobeJson;
  try {
    json = JSON.parse(text) as FfprobeJson;
  } catch {
    return null;
  }
  if (!json.format) return null;
  const videos: VideoStreamInfo[] = [];
  let audio: AudioStreamInfo | null = null;
  let streamDuration: number | null = null;
  for (const s of json.streams ?? []) {
    const d = num(s.duration);
    if (d !== null && (streamDuration === null || d > streamDuration)) streamDuration = d;
    if (s.codec_type === 'video' && s.codec_name) {
      const v: VideoStreamInfo = { codec: s.codec_name, width: s.width ?? 0, height: s.height ?? 0, isAttachedPic: s.disposition?.attached_pic === 1 };
      if (s.pix_fmt) v.pixFmt = s.pix_fmt;
      videos.push(v);
    } else if (s.codec_type === 'audio' && s.codec_name && !audio) {
      audio = { codec: s.codec_name, sampleRate: num(s.sample_rate) ?? 0, channels: s.channels ?? 0 };
      if (s.sample_fmt) audio.sampleFmt = s.sample_fmt;
    }
  }
  return {
    formatName: json.format.format_name ?? '',
    extension: extensionOf(fileName),
    durationSec: num(json.format.duration) ?? streamDuration,
    video: chooseVideo(videos),
    audio,
  };
}

const LAYOUT_CHANNELS: Record<string, number> = { mono: 1, stereo: 2, '2.1': 3, '3.0': 3, quad: 4, '4.0': 4, '5.0': 5, '5.1': 6, '6.1': 7, '7.1': 8 };

/**
 * `ffmpeg -i file` without an output prints the input's description on stderr and exits 1. Enough
 * for the plan: container, duration, codec, size, rate, channels.
 */
export function fromFfmpegStderr(stderr: string, fileName: string): ProbedMedia | null {
  const input = /^Input #0, (.+?), from /m.exec(stderr);
  if (!input) return null;
  const dur = /Duration: (\d+):(\d\d):(\d\d(?:\.\d+)?)/.exec(stderr);
  const durationSec = dur ? Number(dur[1]) * 3600 + Number(dur[2]) * 60 + Number(dur[3]) : null;
  const videos: VideoStreamInfo[] = [];
  let audio: AudioStreamInfo | null = null;
  for (const line of stderr.split('\n')) {
    const m = /Stream #0:\d+\S*: (Video|Audio): ([a-z0-9_]+)(.*)$/.exec(line);
    if (!m) continue;
    const rest = m[3]!;
    if (m[1] === 'Video') {
      const size = /, (\d+)x(\d+)/.exec(rest);
      const pix = /\), ([a-z0-9_]+)[(,]|^[^,]*, ([a-z0-9_]+)[(,]/.exec(rest);
      const v: VideoStreamInfo = { codec: m[2]!, width: size ? Number(size[1]) : 0, height: size ? Number(size[2]) : 0, isAttachedPic: rest.includes('(attached pic)') };
      const pixFmt = pix?.[1] ?? pix?.[2];
      if (pixFmt && /^(yuv|yuvj|nv|rgb|bgr|gray)/.test(pixFmt)) v.pixFmt = pixFmt;
      videos.push(v);
    } else if (!audio) {
      const rate = /, (\d+) Hz/.exec(rest);
      const layout = /Hz, ([^,]+)/.exec(rest)?.[1]?.trim() ?? '';
      const nCh = /^(\d+) channels/.exec(layout);
      const fmt = /Hz, [^,]+, ([a-z0-9]+)/.exec(rest);
      audio = { codec: m[2]!, sampleRate: rate ? Number(rate[1]) : 0, channels: nCh ? Number(nCh[1]) : (LAYOUT_CHANNELS[layout.replace(/\(.*\)$/, '')] ?? 0) };
      if (fmt) audio.sampleFmt = fmt[1]!;
    }
  }
  return { formatName: input[1]!, extension: extensionOf(fileName), durationSec, video: chooseVideo(videos), audio };
}

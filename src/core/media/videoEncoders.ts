/**
 * Which H.264 encoders a playback copy can use, and their ffmpeg arguments (issue 15, hardware
 * acceleration). Pure: reading `ffmpeg -encoders` / `-hwaccels` output and building arguments; the
 * trial runs and the memory of their outcome live in src/media/hwAccel.ts.
 */

/** How the video of a playback copy is encoded (and optionally decoded). */
export interface VideoEncoderChoice {
  /** For the output channel, e.g. `h264_nvenc (hardware) + -hwaccel vaapi`. */
  label: string;
  /** Before `-i`: hardware decoding and devices. */
  inputArgs: string[];
  /** After the input: encoder, quality and pixel format (no `-vf`). */
  encoderArgs: string[];
  /** Appended to the copy's `-vf` chain, e.g. uploading frames to a VAAPI surface. */
  uploadFilter: string | null;
  /** No hardware at all: libx264 with software decoding. */
  software: boolean;
}

interface EncoderRecipe {
  name: string;
  inputArgs: string[];
  encoderArgs: string[];
  uploadFilter: string | null;
}

/** The quality the copy aims at, the same for each encoder: a review copy, not an archive. */
const SOFTWARE: EncoderRecipe = { name: 'libx264', inputArgs: [], encoderArgs: ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '26', '-pix_fmt', 'yuv420p'], uploadFilter: null };

/**
 * Hardware encoders in order of preference: dedicated GPU encoders first, then Apple's and
 * Windows' system encoders (h264_mf may itself fall back to a software MFT, so it comes last).
 */
export const HARDWARE_ENCODERS: readonly EncoderRecipe[] = [
  { name: 'h264_nvenc', inputArgs: [], encoderArgs: ['-c:v', 'h264_nvenc', '-rc', 'vbr', '-cq', '26', '-b:v', '0', '-pix_fmt', 'yuv420p'], uploadFilter: null },
  { name: 'h264_qsv', inputArgs: [], encoderArgs: ['-c:v', 'h264_qsv', '-global_quality', '26', '-pix_fmt', 'nv12'], uploadFilter: null },
  { name: 'h264_amf', inputArgs: [], encoderArgs: ['-c:v', 'h264_amf', '-rc', 'cqp', '-qp_i', '26', '-qp_p', '26', '-pix_fmt', 'yuv420p'], uploadFilter: null },
  { name: 'h264_videotoolbox', inputArgs: [], encoderArgs: ['-c:v', 'h264_videotoolbox', '-b:v', '4M', '-pix_fmt', 'yuv420p'], uploadFilter: null },
  { name: 'h264_vaapi', inputArgs: ['-vaapi_device', '/dev/dri/renderD128'], encoderArgs: ['-c:v', 'h264_vaapi', '-qp', '26'], uploadFilter: 'format=nv12,hwupload' },
  { name: 'h264_mf', inputArgs: [], encoderArgs: ['-c:v', 'h264_mf', '-b:v', '4M', '-pix_fmt', 'nv12'], uploadFilter: null },
];

/** Hardware decoders worth trying (decoded frames come back to memory, so any encoder can follow). */
export const HARDWARE_DECODERS: readonly string[] = ['videotoolbox', 'd3d11va', 'vaapi'];

/**
 * Codec names from `ffmpeg -hide_banner -encoders` or `-decoders` (lines like
 * ` V....D h264_nvenc  NVIDIA …`), of the kinds in `kinds` (V video, A audio, S subtitles).
 */
export function parseCodecList(text: string, kinds = 'VAS'): Set<string> {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([VAS])[A-Z.]{5}\s+([A-Za-z0-9_]+)\s/.exec(line);
    if (m && kinds.includes(m[1]!)) out.add(m[2]!);
  }
  return out;
}

/** Video encoder names from `ffmpeg -hide_banner -encoders`. */
export function parseEncoderList(text: string): Set<string> {
  return parseCodecList(text, 'V');
}

/** Method names from `ffmpeg -hide_banner -hwaccels` (one per line after the heading). */
export function parseHwaccelList(text: string): Set<string> {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const start = lines.findIndex((l) => /^Hardware acceleration methods:?$/i.test(l));
  return new Set(start < 0 ? [] : lines.slice(start + 1).filter((l) => /^[a-z0-9_]+$/.test(l)));
}

/** The hardware encoders this ffmpeg lists, in order of preference. */
export function hardwareEncoderCandidates(listed: ReadonlySet<string>): string[] {
  return HARDWARE_ENCODERS.filter((e) => listed.has(e.name)).map((e) => e.name);
}

/** The hardware decoders this ffmpeg lists, in order of preference. */
export function hardwareDecoderCandidates(listed: ReadonlySet<string>): string[] {
  return HARDWARE_DECODERS.filter((d) => listed.has(d));
}

/**
 * The choice for an encoder name (null or unknown: libx264) and a hardware decoder (or null).
 * Only names are remembered on disk; the arguments always come from this table.
 */
export function videoEncoderChoice(encoder: string | null, decoder: string | null): VideoEncoderChoice {
  const e = HARDWARE_ENCODERS.find((x) => x.name === encoder) ?? SOFTWARE;
  const hwDecoder = decoder && HARDWARE_DECODERS.includes(decoder) ? decoder : null;
  const software = e === SOFTWARE && !hwDecoder;
  const label = `${e.name} (${e === SOFTWARE ? 'software' : 'hardware'})${hwDecoder ? ` + -hwaccel ${hwDecoder}` : ''}`;
  return {
    label,
    inputArgs: [...(hwDecoder ? ['-hwaccel', hwDecoder] : []), ...e.inputArgs],
    encoderArgs: [...e.encoderArgs],
    uploadFilter: e.uploadFilter,
    software,
  };
}

export const SOFTWARE_ENCODER: VideoEncoderChoice = videoEncoderChoice(null, null);

/** The `-vf` value for a copy: the scaling filter, then any upload to the hardware encoder. */
export function videoFilterFor(choice: VideoEncoderChoice, scale: string): string {
  return choice.uploadFilter ? `${scale},${choice.uploadFilter}` : scale;
}

/**
 * The video encoder of a STREAM (streamPlan.ts) for the same choice: hardware encoders as for the
 * copy (they are fast anyway), software x264 tuned for the first picture instead of for size
 * (ultrafast, and zerolatency: no lookahead and no B-frames, so a frame leaves the encoder as soon
 * as it is in). Main profile: what the webview's Media Source type announces.
 */
export function streamEncoderFor(choice: VideoEncoderChoice): VideoEncoderChoice {
  if (choice.encoderArgs[choice.encoderArgs.indexOf('-c:v') + 1] !== SOFTWARE.name) return choice;
  return { ...choice, encoderArgs: ['-c:v', 'libx264', '-preset', 'ultrafast', '-tune', 'zerolatency', '-profile:v', 'main', '-crf', '26'] };
}

/** A ten-frame trial encode of a generated test picture with `encoder` (output discarded). */
export function trialEncodeArgs(encoder: string): string[] {
  const c = videoEncoderChoice(encoder, null);
  return [
    '-hide_banner', '-nostdin', '-v', 'error', ...c.inputArgs,
    '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10', '-frames:v', '10',
    '-vf', videoFilterFor(c, 'scale=320:240'), ...c.encoderArgs, '-f', 'null', '-',
  ];
}

/** A trial decode of `sample` (a short H.264 file) with the hardware decoder `decoder`. */
export function trialDecodeArgs(decoder: string, sample: string): string[] {
  return ['-hide_banner', '-nostdin', '-v', 'error', '-hwaccel', decoder, '-i', sample, '-f', 'null', '-'];
}

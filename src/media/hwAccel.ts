/**
 * Hardware acceleration for playback copies (issue 15): which encoder and decoder work with this
 * ffmpeg on this machine, found once per ffmpeg binary (its path and version) by asking ffmpeg what
 * it lists (`-encoders`, `-hwaccels`) and confirming each candidate with a ten-frame trial. The
 * outcome is kept in memory and in a small JSON file (global storage), so the trials run once per
 * binary, not per recording. Anything unexpected means libx264 without the user noticing: a failed
 * trial, a missing device, a crash, an unreadable memory file.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  hardwareDecoderCandidates,
  hardwareEncoderCandidates,
  parseEncoderList,
  parseHwaccelList,
  SOFTWARE_ENCODER,
  trialDecodeArgs,
  trialEncodeArgs,
  videoEncoderChoice,
  type VideoEncoderChoice,
} from '../core/media/videoEncoders';
import { ffmpegPath as fileArg, lastLine, runProcess, type MediaLog } from './runProcess';

export type { VideoEncoderChoice } from '../core/media/videoEncoders';

export interface HardwareOptions {
  /** `kleinKijken.afspelen.hardware`; false: libx264 without any detection. */
  enabled: boolean;
  /** One line per detection (which path, and why hardware was not used). */
  log?: MediaLog;
  /** Where the outcome is remembered across sessions (global storage); absent: memory only. */
  cacheFile?: string;
  /** Per trial; a driver that hangs must not hold up the copy for long. */
  trialTimeoutMs?: number;
}

interface Detected {
  encoder: string | null;
  decoder: string | null;
}

const detections = new Map<string, Promise<Detected>>();
/** Binaries whose hardware path failed in a real copy this session: software from then on. */
const failedThisSession = new Set<string>();

/**
 * The video encoder (and decoder) for a playback copy made with `ffmpegPath`. Never rejects and
 * never reports a problem: on any failure the answer is libx264.
 */
export async function chooseVideoEncoder(ffmpegPath: string, options: HardwareOptions): Promise<VideoEncoderChoice> {
  if (!options.enabled || failedThisSession.has(path.resolve(ffmpegPath))) return SOFTWARE_ENCODER;
  try {
    const key = await binaryKey(ffmpegPath);
    let d = detections.get(key);
    if (!d) {
      d = detectOrRecall(ffmpegPath, key, options);
      detections.set(key, d);
    }
    const found = await d;
    return videoEncoderChoice(found.encoder, found.decoder);
  } catch (e) {
    options.log?.(`video encoding: libx264 (software); hardware detection failed: ${String(e)}`);
    return SOFTWARE_ENCODER;
  }
}

/**
 * A copy made with `choice` failed part-way: use software for this binary for the rest of the
 * session (the remembered outcome stays, the next start tries again).
 */
export function hardwareFailed(ffmpegPath: string): void {
  failedThisSession.add(path.resolve(ffmpegPath));
}

/** Forgets everything learnt in this process (tests). */
export function resetHardwareMemory(): void {
  detections.clear();
  failedThisSession.clear();
}

let defaults: () => HardwareOptions = () => ({ enabled: false });
/**
 * The options used where a caller gives none (createProxy): the extension sets them from its
 * setting and global storage at activation; elsewhere (CLI, tests) copies are made in software.
 */
export function configureHardware(get: () => HardwareOptions): void {
  defaults = get;
}
export function hardwareDefaults(): HardwareOptions {
  return defaults();
}

/** `path|version`: a new ffmpeg at the same path (an upgrade) is tried afresh. */
async function binaryKey(ffmpegPath: string): Promise<string> {
  const r = await runProcess(ffmpegPath, ['-hide_banner', '-version'], { timeoutMs: 10_000, maxStdoutBytes: 64 * 1024 });
  if (r.spawnError || r.code !== 0) throw new Error(`ffmpeg -version: ${r.spawnError?.code ?? `exit ${r.code}`}`);
  const version = /version\s+(\S+)/.exec(r.stdout.toString('utf8'))?.[1] ?? 'unknown';
  return `${path.resolve(ffmpegPath)}|${version}`;
}

async function detectOrRecall(ffmpegPath: string, key: string, options: HardwareOptions): Promise<Detected> {
  const remembered = options.cacheFile ? (await readMemory(options.cacheFile))[key] : undefined;
  if (remembered) {
    options.log?.(`video encoding: ${videoEncoderChoice(remembered.encoder, remembered.decoder).label} (remembered for ${key})`);
    return remembered;
  }
  const found = await detect(ffmpegPath, options);
  if (options.cacheFile) await remember(options.cacheFile, key, found).catch(() => undefined); // memory only, then: the trials run again next start
  return found;
}

async function detect(ffmpegPath: string, options: HardwareOptions): Promise<Detected> {
  const timeoutMs = options.trialTimeoutMs ?? 10_000;
  const list = async (flag: string) => {
    const r = await runProcess(ffmpegPath, ['-hide_banner', flag], { timeoutMs, maxStdoutBytes: 1024 * 1024 });
    return r.code === 0 ? r.stdout.toString('utf8') : '';
  };
  const failures: string[] = [];
  let encoder: string | null = null;
  for (const name of hardwareEncoderCandidates(parseEncoderList(await list('-encoders')))) {
    const r = await runProcess(ffmpegPath, trialEncodeArgs(name), { timeoutMs });
    if (!r.spawnError && r.code === 0) {
      encoder = name;
      break;
    }
    failures.push(`${name}: ${r.killed === 'timeout' ? 'timeout' : lastLine(r.stderr) || `exit ${r.code}`}`);
  }
  const decoder = await detectDecoder(ffmpegPath, hardwareDecoderCandidates(parseHwaccelList(await list('-hwaccels'))), timeoutMs, failures);
  const choice = videoEncoderChoice(encoder, decoder);
  options.log?.(`video encoding: ${choice.label}${failures.length ? `; not usable here: ${failures.join('; ')}` : ''}`);
  return { encoder, decoder };
}

/** Decoders are tried on a one-second H.264 sample made in software in a temporary folder. */
async function detectDecoder(ffmpegPath: string, candidates: string[], timeoutMs: number, failures: string[]): Promise<string | null> {
  if (candidates.length === 0) return null;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kk-hwaccel-'));
  try {
    const sample = path.join(dir, 'sample.mp4');
    const made = await runProcess(ffmpegPath, ['-hide_banner', '-nostdin', '-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=10:duration=1', ...SOFTWARE_ENCODER.encoderArgs, fileArg(sample)], { timeoutMs });
    if (made.code !== 0) return null;
    for (const name of candidates) {
      const r = await runProcess(ffmpegPath, trialDecodeArgs(name, fileArg(sample)), { timeoutMs });
      if (!r.spawnError && r.code === 0) return name;
      failures.push(`-hwaccel ${name}: ${r.killed === 'timeout' ? 'timeout' : lastLine(r.stderr) || `exit ${r.code}`}`);
    }
    return null;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

type Memory = Record<string, Detected>;

async function readMemory(file: string): Promise<Memory> {
  try {
    const v: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
    const out: Memory = Object.create(null) as Memory;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, d] of Object.entries(v as Record<string, unknown>)) {
        const e = (d as Partial<Detected> | null)?.encoder;
        const h = (d as Partial<Detected> | null)?.decoder;
        if ((e === null || typeof e === 'string') && (h === null || typeof h === 'string')) out[k] = { encoder: e, decoder: h };
      }
    }
    return out;
  } catch {
    return Object.create(null) as Memory;
  }
}

/** Written to a temporary name and renamed, so a crash never leaves half a file. */
async function remember(file: string, key: string, found: Detected): Promise<void> {
  const all = await readMemory(file);
  all[key] = found;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(all, null, 2));
  await fs.rename(tmp, file);
}

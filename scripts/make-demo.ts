/**
 * Regenerates the embedded demo: media/demo/demo.mp4 (H.264 + AAC, like a phone recording, so it
 * exercises the playback proxy), demo.vtt and demo.mp4.kleinkijken.json.
 *
 *   npx tsx scripts/make-demo.ts
 *
 * Needs espeak-ng and ffmpeg/ffprobe (Debian: sudo apt-get install -y espeak-ng ffmpeg).
 * Each turn of scripts/demo/dialogue.ts is synthesised to WAV and trimmed of espeak-ng's own
 * leading and trailing silence; cue times come from those sample counts, laid on a
 * whole-millisecond grid, so the VTT and the session hold exact times.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseSessionText, serializeSession } from '../src/core/session/sessionFile';
// The extension's own fingerprint, so the demo's RecordingRef matches what the editor computes.
import { quickHash } from '../src/media/quickHash';
import { DEMO_TURNS, DEMO_VOICES, LEAD_IN_MS, TAIL_MS } from './demo/dialogue';
import { buildDemoSession, segmentId, type DemoCue } from './demo/demoSession';
import { buildTimeline, mixTrack } from './demo/timeline';
import { buildVideoFilter } from './demo/videoFilter';
import { buildVtt } from './demo/vtt';
import { encodeWav, frameCount, parseWav, trimSilence, type PcmWav } from './demo/wav';

const ROOT = resolve(__dirname, '..');
const OUT_DIR = join(ROOT, 'media', 'demo');
const FONTS = {
  regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
};

function run(cmd: string, args: string[], what: string): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) {
    const pkg = cmd === 'espeak-ng' ? 'espeak-ng' : 'ffmpeg';
    throw new Error(`${what}: cannot run ${cmd} (${r.error.message}); install with: sudo apt-get install -y ${pkg}`);
  }
  if (r.status !== 0) throw new Error(`${what}: ${cmd} exited with ${r.status}\n${r.stderr}`);
  return r.stdout;
}

function synthesise(tmp: string): PcmWav[] {
  return DEMO_TURNS.map((turn, i) => {
    const v = DEMO_VOICES[turn.speaker];
    const file = join(tmp, `turn-${String(i + 1).padStart(2, '0')}.wav`);
    run('espeak-ng', ['-v', v.espeakVoice, '-s', String(v.speed), '-p', String(v.pitch), '-w', file, turn.text], `turn ${turn.key}`);
    const parsed = parseWav(readFileSync(file));
    if (!parsed.ok) throw new Error(`turn ${turn.key}: ${parsed.error}`);
    if (parsed.wav.channels !== 1) throw new Error(`turn ${turn.key}: expected mono`);
    return trimSilence(parsed.wav);
  });
}

function canDrawText(): boolean {
  const filters = run('ffmpeg', ['-hide_banner', '-filters'], 'ffmpeg -filters');
  return /\bdrawtext\b/.test(filters) && existsSync(FONTS.regular) && existsSync(FONTS.bold);
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'kk-demo-'));
  try {
    const wavs = synthesise(tmp);
    const sampleRate = wavs[0]!.sampleRate;
    if (wavs.some((w) => w.sampleRate !== sampleRate)) throw new Error('utterances differ in sample rate');

    const timeline = buildTimeline({
      samples: wavs.map(frameCount),
      gapsBeforeMs: DEMO_TURNS.map((t) => t.gapBeforeMs),
      leadInMs: LEAD_IN_MS,
      tailMs: TAIL_MS,
      sampleRate,
    });
    const trackFile = join(tmp, 'track.wav');
    const track = mixTrack(timeline, wavs.map((w) => w.data));
    writeFileSync(trackFile, encodeWav({ sampleRate, channels: 1, bitsPerSample: 16, data: track }));

    const cues: DemoCue[] = DEMO_TURNS.map((t, i) => ({
      key: t.key,
      speaker: t.speaker,
      startMs: timeline.cues[i]!.startMs,
      endMs: timeline.cues[i]!.endMs,
      text: t.text,
    }));
    const silenceTurn = DEMO_TURNS.findIndex((t) => t.moment === 'stilte');
    const silence = { startMs: cues[silenceTurn - 1]!.endMs, endMs: cues[silenceTurn]!.startMs };

    const fonts = canDrawText() ? FONTS : null;
    if (!fonts) console.warn('warning: no drawtext or DejaVu fonts; the video shows coloured boxes only');
    const filterFile = join(tmp, 'filter.txt');
    writeFileSync(
      filterFile,
      buildVideoFilter({
        cues,
        totalMs: timeline.totalMs,
        silence,
        fonts,
        textFile: (name, text) => {
          const p = join(tmp, `text-${name}.txt`);
          writeFileSync(p, text);
          return p;
        },
      }),
    );

    mkdirSync(OUT_DIR, { recursive: true });
    const mp4 = join(OUT_DIR, 'demo.mp4');
    const partial = join(tmp, 'demo.partial.mp4');
    // Bit-exact flags, one thread and no metadata keep the bytes the same from run to run.
    run('ffmpeg', [
      '-hide_banner', '-loglevel', 'error', '-y',
      '-i', trackFile,
      '-filter_complex_script', filterFile,
      '-map', '[vout]', '-map', '[aout]',
      '-c:v', 'libx264', '-preset', 'slow', '-crf', '33', '-profile:v', 'main', '-pix_fmt', 'yuv420p',
      '-g', '50', '-threads', '1',
      '-c:a', 'aac', '-b:a', '48k', '-ac', '1', '-ar', '48000',
      '-t', (timeline.totalMs / 1000).toFixed(3),
      '-map_metadata', '-1', '-fflags', '+bitexact', '-flags:v', '+bitexact', '-flags:a', '+bitexact',
      '-movflags', '+faststart', '-f', 'mp4', partial,
    ], 'ffmpeg encode');
    renameSync(partial, mp4);

    const durationSec = Number(
      run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'default=nw=1:nk=1', mp4], 'ffprobe').trim(),
    );
    const size = statSync(mp4).size;
    const recording = { path: 'demo.mp4', size, quickHash: (await quickHash(mp4)).hash, durationSec };

    const vtt = buildVtt(
      cues.map((c) => ({ id: segmentId(c.key), startMs: c.startMs, endMs: c.endMs, voice: DEMO_VOICES[c.speaker].name, text: c.text })),
      'Fictief demogesprek voor Klein Kijken; stemmen van espeak-ng, geen echte personen.',
    );
    writeFileSync(join(OUT_DIR, 'demo.vtt'), vtt);

    const text = serializeSession(buildDemoSession(recording, cues));
    const check = parseSessionText(text);
    if (!check.ok) throw new Error(`demo session does not validate: ${check.problem.reasons.join('; ') || check.problem.message.en}`);
    writeFileSync(join(OUT_DIR, 'demo.mp4.kleinkijken.json'), text);

    report(cues, timeline.totalMs, durationSec, timeline.gridMs);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function report(cues: readonly DemoCue[], totalMs: number, durationSec: number, gridMs: number): void {
  const files = ['demo.mp4', 'demo.vtt', 'demo.mp4.kleinkijken.json'];
  const sizes = files.map((f) => statSync(join(OUT_DIR, f)).size);
  for (const c of cues) {
    const who = c.speaker === 'begeleider' ? 'B' : 'S';
    console.log(`${c.key} ${who} ${(c.startMs / 1000).toFixed(3)}–${(c.endMs / 1000).toFixed(3)} (${((c.endMs - c.startMs) / 1000).toFixed(2)} s)`);
  }
  files.forEach((f, i) => console.log(`${f}: ${sizes[i]} bytes`));
  console.log(`cues: ${cues.length}; track ${totalMs / 1000} s (grid ${gridMs} ms); mp4 ${durationSec} s; total ${sizes.reduce((a, b) => a + b, 0)} bytes`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});

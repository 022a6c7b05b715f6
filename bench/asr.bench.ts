/**
 * Speech pipeline figures.
 *
 * asr.pipelineOverhead — seconds of work outside the recogniser per second of audio, for a
 * 60-minute AAC recording (5 minutes in quick mode): decode (ffmpeg → 16 kHz f32), voice activity
 * detection (Silero VAD through sherpa-onnx), chunk planning, and assigning speakers + merging the
 * segments (fed with made-up recogniser output shaped like Parakeet's, one word per 0.3 s). The
 * recording is espeak-ng Dutch turns with silences, looped, and is cached outside the repository in
 * ~/.cache/klein-kijken/bench/ (made once, ~30 MB). Budget ≤ 0.1.
 *
 * With a real model (the environment variable KK_SPEECH_MODEL_DIR names a recogniser folder, and
 * optionally KK_SPEECH_SPEAKER_MODEL_DIR a speaker folder): asr.realTimeFactor (wall seconds per
 * second of audio, whole pipeline in the worker process, 20 minutes of the same recording) and
 * asr.peakMemoryMB (the worker's resident memory, sampled every 0.5 s). Without those variables the
 * figures are not reported: real accuracy and speed are then not measured.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median, type BenchContext, type BenchFigure } from './benchKit';
import { planChunks } from '../src/core/speech/chunkPlan';
import { assignSpeakers, mergeSegments, type SpeakerTurn } from '../src/core/speech/speakerTurns';
import type { SpeechSegment, SpeechWord } from '../src/core/speech/speechSegment';
import { locateFfmpeg } from '../src/media/ffmpegLocator';
import { SPEECH_SAMPLE_RATE } from '../src/speech/audioDecode';
import { loadSherpa } from '../src/speech/sherpaLoader';
import type { SherpaModule } from '../src/speech/sherpaTypes';
import { transcribeInWorker } from '../src/speech/speechJob';
import { decodeWithRegions } from '../src/speech/transcribePipeline';
import { makeDutchSpeech, THREE_TURNS } from '../test/fixtures/speech/dutchSpeech';

const CACHE = path.join(os.homedir(), '.cache', 'klein-kijken', 'bench');

/** A looped espeak-ng conversation as AAC (what phones record), made once and kept. */
function cachedRecording(ffmpeg: string, seconds: number, log: (l: string) => void): string {
  const file = path.join(CACHE, `asr-gesprek-${seconds}s-v1.m4a`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  log(`making ${file} (once)…`);
  const base = makeDutchSpeech(fs.mkdtempSync(path.join(os.tmpdir(), 'kk-asr-bench-')), 'basis', [...THREE_TURNS, ...THREE_TURNS.map((u) => ({ ...u, voice: u.voice === 'nl' ? ('nl+f3' as const) : ('nl' as const) }))]);
  const tmp = `${file}.part.m4a`;
  const r = spawnSync(ffmpeg, ['-hide_banner', '-v', 'error', '-y', '-stream_loop', '-1', '-i', base.wav, '-t', String(seconds), '-ac', '1', '-ar', '44100', '-c:a', 'aac', '-b:a', '64k', tmp]);
  if (r.status !== 0) throw new Error(`ffmpeg could not make the bench recording: ${r.stderr}`);
  fs.renameSync(tmp, file);
  return file;
}

/** What a recogniser might return for a chunk: a word every 0.3 s (shape only). */
function fakeRecognition(chunk: { start: number; end: number }): { start: number; end: number; text: string; words: SpeechWord[] } {
  const words: SpeechWord[] = [];
  for (let t = chunk.start; t + 0.3 <= chunk.end; t += 0.3) words.push({ start: t, end: t + 0.3, text: 'woord' });
  return { ...chunk, text: words.map((w) => w.text).join(' '), words };
}

async function overhead(sherpa: SherpaModule, ffmpeg: string, file: string, durationSec: number) {
  const t0 = performance.now();
  // The pipeline's own first stage: ffmpeg decodes while the VAD reads each piece.
  const heard = await decodeWithRegions(sherpa, { recording: file, ffmpeg, durationSec });
  if (!heard.ok) throw new Error(heard.problem.en);
  const { audio, regions } = heard.value;
  const t1 = performance.now();
  const audioSec = audio.length / SPEECH_SAMPLE_RATE;
  const chunks = planChunks(regions, { maxSec: 30, durationSec: audioSec });
  // Speaker turns as diarization would give them: alternate voices per region.
  const turns: SpeakerTurn[] = regions.map((r, i) => ({ ...r, speaker: i % 2 }));
  let segments: SpeechSegment[] = [];
  for (const c of chunks) segments = mergeSegments(segments, assignSpeakers(fakeRecognition(c), turns));
  const t2 = performance.now();
  return { audioSec, decodeVad: (t1 - t0) / 1000, rest: (t2 - t1) / 1000, regions: regions.length, segments: segments.length };
}

/** Peak resident memory of this process's speech worker children, sampled. */
function sampleWorkerMemory(): { stop: () => number } {
  let peakKB = 0;
  const timer = setInterval(() => {
    const ps = spawnSync('ps', ['-o', 'rss=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
    for (const line of ps.stdout.split('\n')) if (line.includes('speechWorker')) peakKB = Math.max(peakKB, Number(line.trim().split(/\s+/)[0]) || 0);
  }, 500);
  return { stop: () => (clearInterval(timer), Math.round(peakKB / 1024)) };
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const found = await locateFfmpeg();
  if (!found.ok) throw new Error(found.problem.message.en);
  const ffmpeg = found.value.ffmpeg;
  const loaded = loadSherpa();
  if (!loaded.ok) throw new Error(loaded.problem.en);
  const seconds = ctx.quick ? 300 : 3600;
  const file = cachedRecording(ffmpeg, seconds, ctx.log);
  const runs: Awaited<ReturnType<typeof overhead>>[] = [];
  for (let i = 0; i < (ctx.quick ? 1 : 3); i++) {
    const r = await overhead(loaded.sherpa, ffmpeg, file, seconds);
    ctx.log(`overhead run ${i + 1}: decode + VAD ${r.decodeVad.toFixed(1)} s, plan+merge ${r.rest.toFixed(2)} s for ${Math.round(r.audioSec)} s of audio (${r.regions} regions, ${r.segments} segments)`);
    runs.push(r);
  }
  const perSec = (f: (r: (typeof runs)[number]) => number) => median(runs.map((r) => f(r) / r.audioSec));
  const figures: BenchFigure[] = [
    {
      id: 'asr.pipelineOverhead',
      label: `speech pipeline work outside the recogniser (decode + VAD + chunking + merge), ${seconds / 60}-minute recording`,
      value: +perSec((r) => r.decodeVad + r.rest).toFixed(4),
      unit: 's/s audio',
      budget: { max: 0.1 },
      detail: { decodeVad: +perSec((r) => r.decodeVad).toFixed(4), planMerge: +perSec((r) => r.rest).toFixed(5), runs: runs.length },
    },
  ];

  const modelDir = process.env.KK_SPEECH_MODEL_DIR;
  if (!modelDir) {
    ctx.log('KK_SPEECH_MODEL_DIR is not set: real-time factor and memory with a real model are not measured');
    return figures;
  }
  // 20 minutes (quick mode: the whole 5-minute file).
  const realSec = Math.min(1200, seconds);
  const twenty = path.join(ctx.tmpDir, 'gesprek-20min.m4a');
  const cut = spawnSync(ffmpeg, ['-hide_banner', '-v', 'error', '-y', '-i', file, '-t', String(realSec), '-c', 'copy', twenty]);
  if (cut.status !== 0) throw new Error(`ffmpeg could not cut 20 minutes: ${cut.stderr}`);
  const mem = sampleWorkerMemory();
  const t = performance.now();
  const r = await transcribeInWorker({ recording: twenty, ffmpeg, model: modelDir, speakerModel: process.env.KK_SPEECH_SPEAKER_MODEL_DIR ?? null, speakers: 2, durationSec: realSec });
  const wall = (performance.now() - t) / 1000;
  const peakMB = mem.stop();
  if (r.problem) throw new Error(`transcription with ${modelDir} failed: ${r.problem.en}`);
  figures.push(
    { id: 'asr.realTimeFactor', label: `whole pipeline with the model in ${path.basename(modelDir)}, ${realSec / 60} minutes (goal on a 4-core laptop ≤ 0.5)`, value: +(wall / realSec).toFixed(3), unit: '× real time', detail: { segments: r.segments.length, speakers: r.speakers, cores: os.cpus().length } },
    { id: 'asr.peakMemoryMB', label: `speech worker peak resident memory (sampled every 0.5 s), ${realSec / 60} minutes`, value: peakMB, unit: 'MB' },
  );
  return figures;
}

/**
 * The whole local transcription, in one process (the speech worker; the CLI runs it through the
 * same worker): decode (ffmpeg, 16 kHz mono) → speech regions (Silero VAD) → who speaks when
 * (speaker diarization, before recognition so every partial result already has its speakers) →
 * recognition per speech chunk → segments with words. Progress, cancel between chunks, and every
 * recognised chunk is handed out at once, so a cancel or a crash never loses it.
 */
import * as os from 'node:os';
import { planChunks, totalSeconds } from '../core/speech/chunkPlan';
import { assignSpeakers, countSpeakers, mergeSegments, normaliseTurns, type SpeakerTurn } from '../core/speech/speakerTurns';
import type { SpeechSegment, TimeSpan } from '../core/speech/speechSegment';
import { TimeLeftEstimator } from '../core/speech/timeLeft';
import { tokensToWords } from '../core/speech/tokenWords';
import type { LocalText } from '../core/session/model';
import { decodeSpeechAudio, SPEECH_SAMPLE_RATE } from './audioDecode';
import { inspectModelFolder, type RecognizerConfig, type SpeakerConfig } from './modelFolder';
import type { SherpaModule, SherpaOfflineRecognizer, SherpaOfflineRecognizerConfig } from './sherpaTypes';
import { SpeechRegionDetector } from './speechRegions';
import type { SpeechOutcome, TranscriptionOptions, TranscriptionResult } from './speechTypes';

export interface PipelineCallbacks {
  onProgress?: (fractionDone: number, secondsLeft: number | null) => void;
  /** Newly recognised segments (merge them in with `mergeSegments`). */
  onNewSegments?: (segments: SpeechSegment[]) => void | Promise<void>;
}

/** Whisper cannot see past 30 s; the others take longer audio, but 30 s keeps memory flat. */
const MAX_CHUNK_SEC: Record<RecognizerConfig['kind'], number> = { whisper: 28, transducer: 30, nemoCtc: 30 };
/** Shares of the progress bar per stage (recognition dominates with a real model). */
const SHARE = { decode: 0.04, vad: 0.03, speakers: 0.08 } as const;

export function defaultThreads(): number {
  return Math.max(1, Math.floor(os.cpus().length / 2));
}

export function recognizerConfig(c: RecognizerConfig, numThreads: number, language = 'nl'): SherpaOfflineRecognizerConfig {
  const common = { numThreads, provider: 'cpu', debug: 0 };
  const featConfig = { sampleRate: SPEECH_SAMPLE_RATE, featureDim: 80 };
  switch (c.kind) {
    case 'transducer':
      return { featConfig, decodingMethod: 'greedy_search', modelConfig: { ...common, transducer: { encoder: c.encoder, decoder: c.decoder, joiner: c.joiner }, tokens: c.tokens, ...(c.nemo ? { modelType: 'nemo_transducer' } : {}) } };
    case 'whisper':
      return { featConfig, decodingMethod: 'greedy_search', modelConfig: { ...common, whisper: { encoder: c.encoder, decoder: c.decoder, language, task: 'transcribe' }, tokens: c.tokens } };
    case 'nemoCtc':
      return { featConfig, decodingMethod: 'greedy_search', modelConfig: { ...common, nemoCtc: { model: c.model }, tokens: c.tokens } };
  }
}

const NO_SPEAKER_MODEL: LocalText = {
  nl: 'Eén spreker: er is geen sprekermodel gekozen, dus Klein Kijken kan de stemmen niet uit elkaar houden. Wijs sprekers daarna zelf toe, of kies een sprekermodel.',
  en: 'One speaker: no speaker model is chosen, so Klein Kijken cannot tell the voices apart. Assign speakers yourself afterwards, or choose a speaker model.',
};

function speakersFailed(detail: string): LocalText {
  return {
    nl: `Eén spreker: het sprekermodel werkte niet (${detail}). De tekst is wel herkend; wijs sprekers daarna zelf toe.`,
    en: `One speaker: the speaker model did not work (${detail}). The text was recognised; assign speakers yourself afterwards.`,
  };
}

function onlyOneFound(asked: number): LocalText {
  return {
    nl: `Er is maar één stem gevonden, terwijl er ${asked} gevraagd waren. Controleer de sprekers en pas ze zo nodig aan.`,
    en: `Only one voice was found, though ${asked} were asked for. Check the speakers and correct them where needed.`,
  };
}

const yieldToEvents = () => new Promise<void>((r) => setImmediate(r));

export async function runTranscription(sherpa: SherpaModule, o: TranscriptionOptions, cb: PipelineCallbacks = {}, signal?: AbortSignal): Promise<TranscriptionResult> {
  let segments: SpeechSegment[] = [];
  let speakerNote: LocalText | null = null;
  const result = (complete: boolean, problem: LocalText | null = null): TranscriptionResult => ({ segments, complete, speakers: countSpeakers(segments), speakerNote, problem });
  const clock = new TimeLeftEstimator();
  const progress = (f: number, withEstimate = false) => cb.onProgress?.(Math.min(1, f), withEstimate ? clock.update(performance.now() / 1000, f) : null);

  const model = await inspectModelFolder(o.model, { expect: 'recognizer', verifyChecksums: false });
  if (!model.ok) return result(false, model.problem);
  if (model.kind !== 'recognizer') return result(false, { nl: 'Geen spraakherkenningsmodel.', en: 'Not a speech recognition model.' });
  const wanted = Math.min(4, Math.max(1, Math.round(o.speakers ?? 2)));
  let speakerModel: SpeakerConfig | null = null;
  if (wanted > 1 && o.speakerModel) {
    const s = await inspectModelFolder(o.speakerModel, { expect: 'speakers', verifyChecksums: false });
    if (s.ok && s.kind === 'speakers') speakerModel = s.config;
    else if (!s.ok) speakerNote = { nl: `Eén spreker: ${s.problem.nl}`, en: `One speaker: ${s.problem.en}` };
  } else if (wanted > 1) speakerNote = NO_SPEAKER_MODEL;

  const numThreads = o.numThreads ?? defaultThreads();
  let recognizer: SherpaOfflineRecognizer;
  try {
    recognizer = new sherpa.OfflineRecognizer(recognizerConfig(model.config, numThreads, o.language));
  } catch (e) {
    return result(false, { nl: `Het spraakmodel in ${model.dir} laadt niet (${(e as Error).message}).`, en: `The speech model in ${model.dir} does not load (${(e as Error).message}).` });
  }

  const heard = await decodeWithRegions(sherpa, o, signal, (f) => progress(f * (SHARE.decode + SHARE.vad)));
  if (!heard.ok) return result(false, heard.aborted ? null : heard.problem);
  const { audio, regions } = heard.value;
  const durationSec = audio.length / SPEECH_SAMPLE_RATE;
  if (signal?.aborted) return result(false);
  await yieldToEvents();

  let turns: SpeakerTurn[] = [];
  if (speakerModel) {
    try {
      const sd = new sherpa.OfflineSpeakerDiarization({
        segmentation: { pyannote: { model: speakerModel.segmentation }, numThreads, debug: 0 },
        embedding: { model: speakerModel.embedding, numThreads, debug: 0 },
        clustering: { numClusters: wanted },
        minDurationOn: 0.2,
        minDurationOff: 0.5,
      });
      turns = normaliseTurns(sd.process(audio));
      if (new Set(turns.map((t) => t.speaker)).size < 2 && regions.length > 0) speakerNote = onlyOneFound(wanted);
    } catch (e) {
      speakerNote = speakersFailed((e as Error).message);
    }
    if (signal?.aborted) return result(false);
  }
  const start = SHARE.decode + SHARE.vad + (speakerModel ? SHARE.speakers : 0);
  progress(start);

  const chunks = planChunks(regions, { maxSec: MAX_CHUNK_SEC[model.config.kind], durationSec });
  const total = totalSeconds(chunks);
  let done = 0;
  for (const chunk of chunks) {
    if (signal?.aborted) return result(false);
    const piece = recogniseChunk(recognizer, audio, chunk);
    done += chunk.end - chunk.start;
    const fresh = piece.text.trim() ? assignSpeakers(piece, turns) : [];
    if (fresh.length) {
      segments = mergeSegments(segments, fresh);
      await cb.onNewSegments?.(fresh);
    }
    progress(start + (1 - start) * (total > 0 ? done / total : 1), true);
    // Lets a cancel message in between chunks.
    await yieldToEvents();
  }
  if (signal?.aborted && done < total) return result(false);
  progress(1, true);
  return result(true);
}

/**
 * Decodes the recording and finds its speech regions in one pass: the VAD takes each piece as
 * ffmpeg delivers it, so decoding (in ffmpeg's process) and detection overlap.
 */
export async function decodeWithRegions(sherpa: SherpaModule, o: Pick<TranscriptionOptions, 'recording' | 'ffmpeg' | 'durationSec' | 'vadModel'>, signal?: AbortSignal, onProgress?: (f: number) => void): Promise<SpeechOutcome<{ audio: Float32Array; regions: TimeSpan[] }>> {
  const detector = new SpeechRegionDetector(sherpa, o.vadModel);
  const decoded = await decodeSpeechAudio(o.recording, o.ffmpeg, { signal, durationSec: o.durationSec, onProgress, alsoTo: (s) => detector.accept(s) });
  if (!decoded.ok) return decoded;
  return { ok: true, value: { audio: decoded.value, regions: detector.finish() } };
}

function recogniseChunk(recognizer: SherpaOfflineRecognizer, audio: Float32Array, chunk: TimeSpan) {
  const stream = recognizer.createStream();
  // A view, not a copy (see audioDecode.ts on memory).
  stream.acceptWaveform({ sampleRate: SPEECH_SAMPLE_RATE, samples: audio.subarray(Math.floor(chunk.start * SPEECH_SAMPLE_RATE), Math.ceil(chunk.end * SPEECH_SAMPLE_RATE)) });
  recognizer.decode(stream);
  const r = recognizer.getResult(stream);
  const words = tokensToWords({ tokens: r.tokens ?? [], timestamps: r.timestamps ?? [], durations: r.durations }, chunk.start, chunk.end);
  return { start: chunk.start, end: chunk.end, text: r.text.trim(), ...(words.length ? { words } : {}) };
}

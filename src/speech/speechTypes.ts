/**
 * The speech engine's public shapes, shared by the pipeline, the worker job, the CLI and the
 * extension side (asr-editor). Plain data: everything here crosses the worker boundary.
 */
import type { LocalText } from '../core/session/model';
import type { SpeechSegment } from '../core/speech/speechSegment';

export type { SpeechSegment, SpeechWord } from '../core/speech/speechSegment';

export type SpeechOutcome<T> = { ok: true; value: T } | { ok: false; problem: LocalText; aborted?: boolean };

export interface TranscriptionOptions {
  /** The recording (any format ffmpeg reads). */
  recording: string;
  /** The ffmpeg binary (see src/media/ffmpegLocator.ts). */
  ffmpeg: string;
  /** A recogniser folder (see modelFolder.ts): transducer, Whisper or NeMo CTC. */
  model: string;
  /** A speaker folder (segmentation + embedding); absent: one speaker, with a note why. */
  speakerModel?: string | null;
  /** How many voices to separate, 1–4 (setting `kleinKijken.spraak.sprekers`); default 2. */
  speakers?: number;
  /** Whisper's language; default `nl`. Other engines detect it themselves. */
  language?: string;
  /** Threads for onnxruntime; default: half the cores, at least 1 (the host keeps the rest). */
  numThreads?: number;
  /** The Silero VAD file; default media/models/silero_vad_v5.onnx beside the bundle. */
  vadModel?: string;
  /** Recording length if known (probe), for progress during decoding. */
  durationSec?: number | null;
}

/** Speech regions only (VAD): for empty transcript rows to type along with. */
export interface SpeechRegionsOptions {
  recording: string;
  ffmpeg: string;
  vadModel?: string;
  durationSec?: number | null;
}

export interface TranscriptionCallbacks {
  /** Share done 0..1 and an estimate of the seconds left (null until there is a basis for one). */
  onProgress?: (fractionDone: number, secondsLeft: number | null) => void;
  /** Everything recognised so far, in time order, each time it grows. */
  onSegments?: (segmentsSoFar: readonly SpeechSegment[]) => void;
}

export interface TranscriptionResult {
  segments: SpeechSegment[];
  /** false after a cancel or a crash: `segments` then holds the part that was done. */
  complete: boolean;
  /** Distinct speakers in `segments` (speaker numbers are 0-based). */
  speakers: number;
  /** Why there is only one speaker (no speaker model, diarization failed), or null. */
  speakerNote: LocalText | null;
  /** What went wrong, or null (a cancel is not a problem). */
  problem: LocalText | null;
}

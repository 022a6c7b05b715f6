import type { LocalText } from '../../core/session/model';
import type { RecognisedSegment } from '../../core/speech/transcriptImport';

/**
 * The speech engine as the editor uses it: the API of `src/speech/*` (branch asr-engine), written
 * down here so the editor's side can be built and tested on its own. `engineBinding.ts` is the one
 * place that binds it to the real modules.
 */
export interface CatalogFile {
  name: string;
  url: string;
  sizeBytes: number;
  sha256: string | null;
}

export interface CatalogModel {
  id: string;
  label: LocalText;
  kind: 'recognizer' | 'speakers';
  licence: string;
  files: CatalogFile[];
}

export interface TranscribeOptions {
  recording: string;
  ffmpegPath: string;
  modelDir: string;
  speakerModelDir: string | null;
  speakers: 1 | 2 | 3 | 4;
}

export interface TranscribeCallbacks {
  onProgress(fraction: number, secondsLeft: number | null): void;
  onSegments(segs: RecognisedSegment[]): void;
}

export interface TranscribeResult {
  segments: RecognisedSegment[];
  complete: boolean;
  speakers: number;
  speakerNote: LocalText | null;
  problem: LocalText | null;
}

export type Checked = { ok: true } | { ok: false; problem: LocalText };

export interface SpeechEngine {
  /** Loads the native module; a platform without it gets a Dutch/English reason naming the platform. */
  load(): Checked;
  catalog: readonly CatalogModel[];
  inspectModelFolder(dir: string): Promise<Checked>;
  transcribe(opts: TranscribeOptions, cb: TranscribeCallbacks, signal: AbortSignal): Promise<TranscribeResult>;
  detectSpeech(recording: string, ffmpegPath: string, signal: AbortSignal): Promise<{ start: number; end: number }[]>;
}

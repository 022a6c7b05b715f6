import type { LocalText } from '../../core/session/model';
import type { SpeechSegment } from '../../core/speech/speechSegment';
import type { CatalogModel, ModelKind } from '../../speech/modelCatalog';
import type { TranscriptionOptions, TranscriptionResult } from '../../speech/speechTypes';

/**
 * The speech engine (`src/speech/*`) as the editor uses it: one small seam, so the commands can be
 * read without the engine's internals and a test can put its own engine in. `engineBinding.ts`
 * binds it to the real modules.
 */
export type Checked = { ok: true } | { ok: false; problem: LocalText };

export interface SpeechEngine {
  /** Loads the native module; a platform without it gets a Dutch/English reason naming the platform. */
  load(): Checked;
  catalog: readonly CatalogModel[];
  inspectModelFolder(dir: string, expect: ModelKind): Promise<Checked>;
  transcribe(
    opts: Pick<TranscriptionOptions, 'recording' | 'ffmpeg' | 'model' | 'speakerModel' | 'speakers'>,
    cb: { onProgress(fraction: number, secondsLeft: number | null): void; onSegments(soFar: readonly SpeechSegment[]): void },
    signal: AbortSignal,
  ): Promise<TranscriptionResult>;
  detectSpeech(recording: string, ffmpegPath: string, signal: AbortSignal): Promise<{ ok: true; value: { start: number; end: number }[] } | { ok: false; problem: LocalText }>;
}

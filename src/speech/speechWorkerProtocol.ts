/** Messages between the speech job (extension host or CLI) and the speech worker process. */
import type { SpeechSegment, TimeSpan } from '../core/speech/speechSegment';
import type { SpeechOutcome, SpeechRegionsOptions, TranscriptionOptions, TranscriptionResult } from './speechTypes';

export type ToWorker = { type: 'start'; options: TranscriptionOptions } | { type: 'regions'; options: SpeechRegionsOptions } | { type: 'cancel' } | { type: 'ack' };

export type FromWorker =
  | { type: 'progress'; fraction: number; secondsLeft: number | null }
  /** New segments; the worker waits for an `ack` before it goes on (flow control). */
  | { type: 'segments'; segments: SpeechSegment[] }
  | { type: 'done'; result: TranscriptionResult }
  | { type: 'regionsDone'; result: SpeechOutcome<TimeSpan[]> };

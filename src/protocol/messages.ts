import type { CopyTailState } from '../core/media/fragmentIndex';
import type { EmotionWordList } from '../core/analysis/emotionWords';
import type { Edit } from '../core/session/edits';
import type { Session } from '../core/session/model';
import type { StreamTrack } from '../core/media/streamPlan';
import type { UiStrings } from './uiStrings';
import type { Lang } from '../core/text/lang';

/**
 * The one protocol between the extension host and the webview (HOUSE-STYLE.md). Both bundles
 * import this file. Message types are readable string literals so the debug log reads well.
 * Every message from the webview is validated by `viewMessageSchema.ts` before the host acts.
 */

/** The language of the UI (one definition, in core, beside the one `t`). */
export type { Lang } from '../core/text/lang';

/**
 * The buttons a banner can carry, declared once. The webview sends one of these back in
 * `problem/action`; the schema accepts only these, and the host's handlers switch over them
 * exhaustively, so a new button without a handler (or a handler for a button that no longer
 * exists) is a compile error. Document actions belong to the session file, the others to its recording.
 */
export const DOCUMENT_ACTION_IDS = ['openAsText', 'freshCopy', 'saveAgain', 'saveAs', 'keepDiskCopy'] as const;
export const RECORDING_ACTION_IDS = ['relink', 'retry', 'wholeCopy', 'setFfmpegPath', 'installHelp', 'checkInstallation', 'manageTrust', 'showLog', 'acceptRecording'] as const;
export const PROBLEM_ACTION_IDS = [...DOCUMENT_ACTION_IDS, ...RECORDING_ACTION_IDS] as const;
export type DocumentActionId = (typeof DOCUMENT_ACTION_IDS)[number];
export type RecordingActionId = (typeof RECORDING_ACTION_IDS)[number];
export type ProblemActionId = (typeof PROBLEM_ACTION_IDS)[number];

export function isDocumentAction(id: ProblemActionId): id is DocumentActionId {
  return (DOCUMENT_ACTION_IDS as readonly string[]).includes(id);
}

export interface ProblemAction {
  id: ProblemActionId;
  label: string;
}

/** A failure made visible: a banner in the editor with buttons, and a line in the output channel. */
export interface Problem {
  id: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  actions: ProblemAction[];
}

/**
 * One resolution of the waveform: bucket minima and maxima as integers -127..127. Typed arrays
 * cross postMessage as binary (a 60-minute recording: under 1 MB instead of 3 MB of JSON).
 */
export interface PeakLevel {
  peaksPerSec: number;
  min: Int8Array;
  max: Int8Array;
}

export type MediaState =
  | { status: 'none' }
  | { status: 'preparing'; message: string; fraction: number | null }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      kind: 'video' | 'audio';
      src: string;
      durationSec: number;
      /** Levels from coarse to fine; empty when there is no ffmpeg or no audio (the player still works). */
      peaks: PeakLevel[];
      viaProxy: boolean;
      /** Peaks and copy came from the cache: nothing was decoded this time. */
      fromCache: boolean;
      /**
       * Set when the recording is streamed (Media Source Extensions) while the playback copy is
       * made in the background: `src` is then not played; the tracks come as `stream/data`.
       */
      stream?: { audio: boolean; video: boolean };
    };

export interface ViewSettings {
  lang: Lang;
  /** Seconds the type-along key jumps back. */
  typeAlongRewindSec: number;
  compareToleranceSec: number;
  pauseThresholdSec: number;
  followTranscript: boolean;
}

/** Commands the host forwards from VS Code keybindings (so they are rebindable). */
export type ViewCommand =
  | { kind: 'playPause' }
  | { kind: 'seekBy'; seconds: number }
  | { kind: 'seekTo'; seconds: number }
  | { kind: 'speed'; delta: number }
  | { kind: 'loopSelection' }
  | { kind: 'zoom'; delta: number }
  | { kind: 'tagHere' }
  | { kind: 'author'; index: number }
  | { kind: 'announceTime' }
  | { kind: 'focus'; panel: 'transcript' | 'details' | 'questions' | 'review' | 'mirror' | 'search' }
  | { kind: 'typeAlong'; action: 'toggle' | 'newSegment' | 'nextSpeaker' }
  /** After "Transcript maken": ask which automatic speaker is who (begeleider / student / name). */
  | { kind: 'whoIsWho'; speakerIds: string[] };

export type HostMessage =
  | { type: 'init'; strings: UiStrings; settings: ViewSettings; emotionWords: EmotionWordList }
  | { type: 'session/state'; session: Session; revision: number; readOnly: boolean; dirty: boolean }
  /** The file has no session to show (unreadable): the webview drops what it showed. */
  | { type: 'session/unavailable'; revision: number }
  | { type: 'session/edit'; edit: Edit; revision: number; dirty: boolean }
  | { type: 'media/state'; media: MediaState }
  | { type: 'problems'; problems: Problem[] }
  | { type: 'command'; command: ViewCommand }
  | { type: 'response'; id: number; ok: boolean; result?: unknown; error?: string }
  /** A chunk of one streamed track, produced from `from` seconds on by generation `gen`. */
  /**
   * `restart`: the producer starts over at `from` (its hardware encoder failed and software took
   * over): what this generation appended so far is replaced, the parser starts afresh.
   */
  /**
   * `fromCopy`: the data is the background copy's picture (host tailStream.ts): it starts at the
   * key frame at or before `from` and carries the recording's own timestamps (timestampOffset 0);
   * ffmpeg's own output starts at 0 and is placed at `from`.
   */
  | { type: 'stream/data'; track: StreamTrack; gen: number; from: number; data: Uint8Array; restart?: boolean; fromCopy?: boolean }
  /** The producer of that generation reached the end of the recording. */
  | { type: 'stream/end'; track: StreamTrack; gen: number }
  /**
   * How far the background copy's picture has come (`frontSec`), and whether it is complete or
   * gone (cancelled, failed). The picture's track moves its producer to the copy once the copy is
   * well ahead, and back to ffmpeg when the copy is gone (core/media/streamPlan.ts copySwitch).
   */
  | { type: 'stream/copy'; frontSec: number; state: CopyTailState };

/**
 * The name choice made beside the export button: replace names by roles or initials, or keep
 * them; `others` are names of other people found in the texts that the user ticked. Without
 * `names` the host asks (a quick pick).
 */
export interface ExportNames {
  names?: 'roles' | 'initials' | 'keep';
  others?: string[];
}

/** Requests the webview makes that the host answers (with `response`). */
export type ViewRequest =
  | { method: 'exportTranscript'; format: 'vtt' | 'srt' | 'txt' }
  | { method: 'importTranscript' }
  | ({ method: 'exportReport'; format: 'md' | 'html' | 'docx' } & ExportNames)
  | ({ method: 'exportQuestions'; format: 'md' | 'csv' | 'html' | 'docx' } & ExportNames)
  | ({ method: 'exportExchange'; format: 'eaf' | 'qdpx' | 'qdc' | 'detailsVtt' } & ExportNames)
  | { method: 'importEafDetails' }
  /** Merge a colleague's copy of this session (from another laptop) into this one. */
  | { method: 'mergeCopy' }
  | { method: 'relinkRecording' }
  | { method: 'analyze' }
  /** Transcript maken (speech recognition on this computer) for this session. */
  | { method: 'makeTranscript' }
  /** Speech regions as empty rows, for typing along. */
  | { method: 'speechRegions' }
  /** Open a file this editor just exported (only such a file: the host keeps the list). */
  | { method: 'openExported'; path: string }
  /** Moves the trio on to the next member's own session; answers its path, or null when cancelled. */
  | { method: 'trioNextRound' }
  /** Writes one report for the trio day; answers its path, or null when cancelled. */
  | { method: 'trioDayReport' }
  /**
   * The trio's own step durations (seconds by step id) for a round template, kept per workspace.
   * With `save` they are stored first; the answer is what is stored now (an empty object if none).
   */
  | { method: 'roundDurations'; template: string; save?: Record<string, number> }
  /** An edit from a form: answered once the host applied it, or with the reason it was refused. */
  | { method: 'applyEdit'; edit: Edit; baseRevision: number };

export type ViewMessage =
  | { type: 'ready' }
  | { type: 'session/apply'; edit: Edit; baseRevision: number }
  | { type: 'problem/action'; problemId: string; actionId: ProblemActionId }
  | { type: 'playback/state'; time: number; playing: boolean; author: string | null }
  | { type: 'media/failed'; code: number; message: string }
  | { type: 'request'; id: number; request: ViewRequest }
  | { type: 'webview/error'; message: string; stack: string }
  /** Focus entered or left a text field: VS Code keybindings for the player must not fire then. */
  | { type: 'focus/typing'; typing: boolean; onControl: boolean }
  /** The webview checked `MediaSource.isTypeSupported`: the stream types it lacks (empty: all fine). */
  | { type: 'stream/open'; missing: string[] }
  /** (Re)start producing a track at `from` seconds; chunks of older generations are dropped. */
  /** `waiting`: the playhead has no data of this track (an open or a seek), not a continuation ahead. */
  | { type: 'stream/fetch'; track: StreamTrack; gen: number; from: number; waiting?: boolean }
  /** Flow control: the webview has enough ahead of the playhead (pause) or needs more. */
  | { type: 'stream/flow'; track: StreamTrack; gen: number; pause: boolean }
  /**
   * How far the producer of generation `gen` got, in ms since the webview asked for it: its first
   * data `appended`, the element `playable` at the playhead, `filled` a few seconds ahead. The host
   * logs where the time goes, and lets the background copy go on once the track is filled.
   */
  | { type: 'stream/milestone'; track: StreamTrack; gen: number; what: 'appended' | 'playable' | 'filled'; ms: number }
  /** The webview's media element could not play the stream (decode error). */
  | { type: 'stream/failed'; track: StreamTrack; message: string };

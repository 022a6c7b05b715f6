import * as vscode from 'vscode';
import type { MediaResult } from '../core/media/mediaInfo';
import type { RecordingRef } from '../core/session/model';
import type { FfmpegTools } from '../media/ffmpegLocator';
import type { EditorPanel } from './editorPanel';
import type { ViewRequest } from '../protocol/messages';
import type { SessionDocument } from './sessionDocument';
import type { SessionLocks } from './sessionLocks';
import type { StatusBar } from './statusBar';
import type { RecordingPlayback } from './recordingPlayback';

/** What the editor's parts share; built once in `extension.ts`, so each part can be tested alone. */
export interface ExtensionServices {
  context: vscode.ExtensionContext;
  log: vscode.LogOutputChannel;
  /** Where playback copies and peaks are cached (the extension's global storage). */
  cacheDir: vscode.Uri;
  locks: SessionLocks;
  statusBar: StatusBar;
  /** Fired when a session's content changes (the question bank and the sessions view listen). */
  sessionsChanged: vscode.EventEmitter<vscode.Uri>;
  playbackFor(doc: SessionDocument): RecordingPlayback;
  recordingRefFor(sessionUri: vscode.Uri): Promise<RecordingRef | null>;
  requests: { handle(panel: EditorPanel, r: ViewRequest): Promise<unknown> };
  /** ffmpeg as found (setting, bundled, PATH), looked up once. */
  ffmpeg(): Promise<MediaResult<FfmpegTools>>;
}

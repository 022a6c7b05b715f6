import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SESSION_FILE_SUFFIX, type LocalText } from '../../core/session/model';
import { afterRecognition } from '../../core/speech/afterRecognition';
import { speechProgressText } from '../../core/speech/speechProgress';
import { transcriptImportEdit, type ImportMode, type RecognisedSegment } from '../../core/speech/transcriptImport';
import type { EditorPanel } from '../editorPanel';
import type { SessionDocument } from '../sessionDocument';
import { SESSION_VIEW_TYPE, type SessionEditorProvider } from '../sessionEditorProvider';
import { ensureSessionFor } from '../sessionFiles';
import type { ExtensionServices } from '../services';
import { language } from '../settings';
import { t } from '../../core/text/lang';
import type { TranscriptionResult } from '../../speech/speechTypes';
import type { SpeechEngine } from './speechEngine';
import { speakerCount, speakerModelDir, speechModelDir } from './speechSettings';

/**
 * Answers to the questions the command asks, for callers that cannot click a dialog (the
 * integration test, a future CLI bridge). Left out, the user is asked.
 */
export interface TranscribeAnswers {
  /** When the transcript is not empty. */
  existing?: ImportMode | 'cancel';
  /** When recognition stopped early (cancel or crash) with a part recognised. */
  partial?: 'keep' | 'discard';
}

export interface TranscribeOutcome {
  imported: number;
  mode: ImportMode | null;
  complete: boolean;
}

const CHOOSE: LocalText = { nl: 'Spraakmodel kiezen…', en: 'Choose speech model…' };
const DOWNLOAD: LocalText = { nl: 'Spraakmodel downloaden…', en: 'Download speech model…' };

/** The session a command is about: a session file, a recording (its session is made), or the active editor. */
export async function sessionPanelFor(provider: SessionEditorProvider, target: vscode.Uri | undefined): Promise<{ doc: SessionDocument; panel: EditorPanel } | null> {
  if (target) {
    const sessionUri = target.path.endsWith(SESSION_FILE_SUFFIX) ? target : await ensureSessionFor(target);
    await vscode.commands.executeCommand('vscode.openWith', sessionUri, SESSION_VIEW_TYPE);
    const panel = provider.allPanels().find((p) => p.doc.uri.toString() === sessionUri.toString());
    return panel ? { doc: panel.doc, panel } : null;
  }
  const panel = provider.activePanel() ?? provider.allPanels()[0];
  return panel ? { doc: panel.doc, panel } : null;
}

/**
 * A universal .vsix carries no native speech module. The engine's own message names the platform;
 * this adds what to do about it.
 */
export function engineProblemText(services: ExtensionServices, problem: LocalText): string {
  const lang = language();
  // Platform packages carry it in dist/node_modules (scripts/nativeModules.mjs); development in node_modules.
  const shipped = ['dist', '.'].some((d) => fs.existsSync(path.join(services.context.extensionPath, d, 'node_modules', 'sherpa-onnx-node')));
  if (shipped) return problem[lang];
  return `${problem[lang]} ${t(
    lang,
    `Dit is het algemene pakket van Klein Kijken, zonder spraakherkenning. Installeer het pakket voor ${process.platform}-${process.arch} om transcripten te maken; al het andere werkt gewoon.`,
    `This is the universal Klein Kijken package, without speech recognition. Install the package for ${process.platform}-${process.arch} to make transcripts; everything else works as before.`,
  )}`;
}

/** ffmpeg and the session's recording, both needed to decode it; says which one is missing. */
export async function recordingAndFfmpeg(services: ExtensionServices, doc: SessionDocument): Promise<{ ffmpegPath: string; recording: string } | null> {
  const lang = language();
  const tools = await services.ffmpeg();
  if (!tools.ok) {
    void vscode.window.showErrorMessage(tools.problem.message[lang]);
    return null;
  }
  const recording = services.playbackFor(doc).recordingPath();
  if (!recording || !fs.existsSync(recording)) {
    void vscode.window.showErrorMessage(t(lang, 'Deze sessie heeft geen opname (niet gekoppeld of niet gevonden).', 'This session has no recording (not linked or not found).'));
    return null;
  }
  return { ffmpegPath: tools.value.ffmpeg, recording };
}

/** Checks engine, model, ffmpeg and recording; says what is missing with a way to fix it. */
async function prerequisites(services: ExtensionServices, engine: SpeechEngine, doc: SessionDocument): Promise<{ modelDir: string; ffmpegPath: string; recording: string } | null> {
  const lang = language();
  const loaded = engine.load();
  if (!loaded.ok) {
    void vscode.window.showErrorMessage(engineProblemText(services, loaded.problem));
    return null;
  }
  const modelDir = speechModelDir();
  const offer = async (message: string) => {
    const pick = await vscode.window.showErrorMessage(message, CHOOSE[lang], DOWNLOAD[lang]);
    if (pick === CHOOSE[lang]) void vscode.commands.executeCommand('kleinKijken.chooseSpeechModel');
    if (pick === DOWNLOAD[lang]) void vscode.commands.executeCommand('kleinKijken.downloadSpeechModel');
  };
  if (!modelDir) {
    void offer(
      t(
        lang,
        'Er is nog geen spraakmodel gekozen (instelling kleinKijken.spraak.model). Kies een map met een model of download er een; de opname blijft op deze computer.',
        'No speech model has been chosen yet (setting kleinKijken.spraak.model). Choose a folder with a model or download one; the recording stays on this computer.',
      ),
    );
    return null;
  }
  const checked = await engine.inspectModelFolder(modelDir, 'recognizer');
  if (!checked.ok) {
    void offer(`${t(lang, 'Het spraakmodel in', 'The speech model in')} ${modelDir}: ${checked.problem[lang]}`);
    return null;
  }
  const media = await recordingAndFfmpeg(services, doc);
  return media && { modelDir, ...media };
}

async function askExisting(answers: TranscribeAnswers): Promise<ImportMode | null> {
  if (answers.existing) return answers.existing === 'cancel' ? null : answers.existing;
  const lang = language();
  const replace = t(lang, 'Vervangen', 'Replace');
  const both = t(lang, 'Beide houden', 'Keep both');
  const pick = await vscode.window.showWarningMessage(
    t(lang, 'Er staat al een transcript bij dit gesprek. Wat moet er met het nieuwe gebeuren?', 'This conversation already has a transcript. What should happen with the new one?'),
    {
      modal: true,
      detail: t(
        lang,
        'Vervangen: het nieuwe transcript komt in de plaats van het huidige (Ctrl+Z zet het terug). Beide houden: het nieuwe komt erbij onder eigen sprekers, "Spreker 1 (automatisch)" enzovoort.',
        'Replace: the new transcript takes the place of the current one (Ctrl+Z brings it back). Keep both: the new one is added under speakers of its own, "Speaker 1 (automatic)" and so on.',
      ),
    },
    replace,
    both,
  );
  return pick === replace ? 'replace' : pick === both ? 'keepBoth' : null;
}

async function askPartial(answers: TranscribeAnswers, count: number, why: string): Promise<boolean> {
  if (answers.partial) return answers.partial === 'keep';
  const lang = language();
  const keep = t(lang, 'Bewaren wat er is', 'Keep what is there');
  const pick = await vscode.window.showWarningMessage(
    t(lang, `De spraakherkenning is gestopt voordat de opname uit was: ${why}`, `Speech recognition stopped before the end of the recording: ${why}`),
    { modal: true, detail: t(lang, `${count} stukjes zijn al herkend. Bewaren of weggooien?`, `${count} parts were recognised already. Keep or discard them?`) },
    keep,
    t(lang, 'Weggooien', 'Discard'),
  );
  return pick === keep;
}

/** Runs the engine with a cancellable progress notification; a crash still returns what was recognised. */
async function recognise(engine: SpeechEngine, services: ExtensionServices, input: { modelDir: string; ffmpegPath: string; recording: string }): Promise<TranscriptionResult> {
  const lang = language();
  let received: RecognisedSegment[] = [];
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t(lang, `Transcript maken van ${path.basename(input.recording)}`, `Making a transcript of ${path.basename(input.recording)}`), cancellable: true },
    async (progress, token) => {
      const ac = new AbortController();
      token.onCancellationRequested(() => ac.abort());
      let reported = 0;
      try {
        return await engine.transcribe(
          { recording: input.recording, ffmpeg: input.ffmpegPath, model: input.modelDir, speakerModel: speakerModelDir(), speakers: speakerCount() },
          {
            onProgress: (fraction, secondsLeft) => {
              const f = Math.max(reported, Math.min(1, fraction));
              progress.report({ increment: (f - reported) * 100, message: speechProgressText(f, secondsLeft, lang) });
              reported = f;
            },
            // Everything recognised so far, each time it grows: kept in case the worker dies.
            onSegments: (soFar) => (received = [...soFar]),
          },
          ac.signal,
        );
      } catch (e) {
        // The worker died: what arrived before is kept and offered, never dropped silently.
        services.log.error(`speech: ${String((e as Error)?.stack ?? e)}`);
        const msg = String((e as Error)?.message ?? e);
        return { segments: received, complete: false, speakers: 0, speakerNote: null, problem: { nl: `de spraakherkenning liep vast (${msg}).`, en: `speech recognition crashed (${msg}).` } };
      }
    },
  );
}

/** Transcript maken: recognise, ask what to do with an existing transcript, import as one undoable edit. */
export async function makeTranscript(services: ExtensionServices, provider: SessionEditorProvider, engine: SpeechEngine, target: vscode.Uri | undefined, answers: TranscribeAnswers = {}): Promise<TranscribeOutcome | null> {
  const lang = language();
  const found = await sessionPanelFor(provider, target);
  if (!found) {
    void vscode.window.showInformationMessage(t(lang, 'Open eerst een gesprek (of kies een opname in de verkenner).', 'Open a conversation first (or choose a recording in the explorer).'));
    return null;
  }
  const { doc, panel } = found;
  if (!doc.session) {
    void vscode.window.showErrorMessage(t(lang, 'Dit sessiebestand is alleen te lezen; er kan geen transcript bij.', 'This session file is read-only; no transcript can be added.'));
    return null;
  }
  const input = await prerequisites(services, engine, doc);
  if (!input) return null;
  // Asked before the work starts, so the coach can walk away while it runs.
  let mode: ImportMode = 'replace';
  if (doc.session.transcript.length) {
    const m = await askExisting(answers);
    if (!m) return null;
    mode = m;
  }
  const result = await recognise(engine, services, input);
  const segs = result.segments;
  const next = afterRecognition(result);
  if (next.kind === 'nothing') {
    void vscode.window.showWarningMessage(next.message[lang]);
    return { imported: 0, mode: null, complete: result.complete };
  }
  if (next.kind === 'askPartial' && !(await askPartial(answers, next.count, next.why[lang]))) return { imported: 0, mode: null, complete: false };
  const session = doc.session;
  if (!session) return null;
  const imported = transcriptImportEdit(session, segs, { mode, lang });
  doc.apply(imported.edit);
  services.log.info(`speech: imported ${segs.length} segments (${mode}, ${result.complete ? 'complete' : 'partial'}, ${imported.speakers.length} speakers)`);
  if (result.speakerNote) void vscode.window.showInformationMessage(result.speakerNote[lang]);
  panel.webviewPanel.reveal();
  // Wie is wie? opens on the Transcript tab. Not the 'focus' command: that puts the cursor in the
  // search box, where Ctrl+Z would undo typing instead of the import.
  panel.post({ type: 'command', command: { kind: 'whoIsWho', speakerIds: imported.speakers.map((s) => s.id) } });
  return { imported: segs.length, mode, complete: result.complete };
}

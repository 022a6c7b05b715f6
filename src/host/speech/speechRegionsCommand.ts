import * as vscode from 'vscode';
import { emptyRowsEdit } from '../../core/speech/transcriptImport';
import type { SessionEditorProvider } from '../sessionEditorProvider';
import type { ExtensionServices } from '../services';
import { language } from '../settings';
import { t } from '../../core/text/lang';
import type { SpeechEngine } from './speechEngine';
import { engineProblemText, recordingAndFfmpeg, sessionPanelFor } from './transcribeCommand';

/**
 * Spraakstukken als lege regels: voice activity detection (no recognition model needed) marks where
 * someone speaks, and each stretch becomes an empty row, so typing along starts from ready-made rows.
 */
export async function speechRegionsAsRows(services: ExtensionServices, provider: SessionEditorProvider, engine: SpeechEngine, target?: vscode.Uri): Promise<number | null> {
  const lang = language();
  const found = await sessionPanelFor(provider, target);
  if (!found?.doc.session) {
    void vscode.window.showInformationMessage(t(lang, 'Open eerst een gesprek.', 'Open a conversation first.'));
    return null;
  }
  const { doc, panel } = found;
  const loaded = engine.load();
  if (!loaded.ok) {
    void vscode.window.showErrorMessage(engineProblemText(services, loaded.problem));
    return null;
  }
  const media = await recordingAndFfmpeg(services, doc);
  if (!media) return null;
  const { recording, ffmpegPath } = media;
  let detected: Awaited<ReturnType<SpeechEngine['detectSpeech']>>;
  try {
    detected = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t(lang, 'Spraak zoeken in de opname…', 'Finding speech in the recording…'), cancellable: true },
      (_p, token) => {
        const ac = new AbortController();
        token.onCancellationRequested(() => ac.abort());
        return engine.detectSpeech(recording, ffmpegPath, ac.signal);
      },
    );
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    services.log.warn(`speech regions: ${msg}`);
    void vscode.window.showErrorMessage(t(lang, `Spraak zoeken lukte niet: ${msg}`, `Finding speech failed: ${msg}`));
    return null;
  }
  if (!detected.ok) {
    void vscode.window.showErrorMessage(detected.problem[lang]);
    return null;
  }
  const regions = detected.value;
  const session = doc.session;
  if (!session) return null;
  if (!regions.length) {
    void vscode.window.showInformationMessage(t(lang, 'In deze opname is geen spraak gevonden.', 'No speech was found in this recording.'));
    return 0;
  }
  doc.apply(emptyRowsEdit(session, regions, lang));
  panel.post({ type: 'command', command: { kind: 'focus', panel: 'transcript' } });
  void vscode.window.showInformationMessage(t(lang, `${regions.length} lege regels klaargezet om in te typen (ongedaan maken: Ctrl+Z).`, `${regions.length} empty rows set out to type into (undo: Ctrl+Z).`));
  return regions.length;
}

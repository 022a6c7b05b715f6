import * as vscode from 'vscode';
import type { SessionEditorProvider } from '../sessionEditorProvider';
import type { ExtensionServices } from '../services';
import { speechEngine } from './engineBinding';
import { chooseSpeechModel, downloadSpeechModel } from './modelCommands';
import type { SpeechEngine } from './speechEngine';
import { speechRegionsAsRows } from './speechRegionsCommand';
import { makeTranscript, type TranscribeAnswers } from './transcribeCommand';

/** Transcript maken and its helpers. Nothing here loads the native module until a command runs. */
export function registerSpeechCommands(services: ExtensionServices, provider: SessionEditorProvider, engine: SpeechEngine = speechEngine()): vscode.Disposable[] {
  return [
    // From the explorer the second argument is the list of selected files, not answers.
    vscode.commands.registerCommand('kleinKijken.makeTranscript', (uri?: vscode.Uri, answers?: TranscribeAnswers | vscode.Uri[]) =>
      makeTranscript(services, provider, engine, uri instanceof vscode.Uri ? uri : undefined, answers && !Array.isArray(answers) ? answers : {}),
    ),
    vscode.commands.registerCommand('kleinKijken.chooseSpeechModel', (given?: { which: 'model' | 'speakers'; dir: string }) => chooseSpeechModel(engine, given)),
    vscode.commands.registerCommand('kleinKijken.downloadSpeechModel', () => downloadSpeechModel(services, engine)),
    vscode.commands.registerCommand('kleinKijken.speechRegions', (uri?: vscode.Uri) => speechRegionsAsRows(services, provider, engine, uri instanceof vscode.Uri ? uri : undefined)),
  ];
}

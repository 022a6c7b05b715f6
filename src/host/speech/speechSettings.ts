import * as vscode from 'vscode';
import { machineSetting } from '../settings';

// The model folders are machine-scoped and read from the user's own settings only: a workspace
// (a shared folder of recordings) can never choose what runs.
export const speechModelDir = (): string | null => machineSetting('spraak.model');
export const speakerModelDir = (): string | null => machineSetting('spraak.sprekersModel');

export function speakerCount(): 1 | 2 | 3 | 4 {
  const n = Math.round(vscode.workspace.getConfiguration('kleinKijken').get<number>('spraak.sprekers', 2));
  return (Math.min(4, Math.max(1, Number.isFinite(n) ? n : 2)) as 1 | 2 | 3 | 4);
}

export async function setModelDir(which: 'model' | 'speakers', dir: string): Promise<void> {
  await vscode.workspace.getConfiguration('kleinKijken').update(which === 'model' ? 'spraak.model' : 'spraak.sprekersModel', dir, vscode.ConfigurationTarget.Global);
}

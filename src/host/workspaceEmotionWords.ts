import * as vscode from 'vscode';
import { workspaceTrust } from './workspaceTrust';
import { BASE_EMOTION_WORDS, EMOTION_LIST_LIMITS, mergeEmotionWords, validateEmotionWordList, type EmotionWordList } from '../core/analysis/emotionWords';

/** Extra emotion words a team keeps in its workspace (`*.emotiewoorden.json`), added to the base list. */
export async function workspaceEmotionWords(log: vscode.LogOutputChannel): Promise<EmotionWordList> {
  let list = BASE_EMOTION_WORDS;
  // Restricted Mode: the folder's files are not read until it is trusted (workspaceTrust.ts).
  if (!workspaceTrust.isTrusted()) return list;
  for (const uri of await vscode.workspace.findFiles('**/*.emotiewoorden.json', '**/node_modules/**', EMOTION_LIST_LIMITS.lists)) {
    try {
      const r = validateEmotionWordList(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
      if (r.ok) list = mergeEmotionWords(list, r.list);
      else log.warn(`${uri.fsPath}: ${r.errors.map((e) => `${e.path}: ${e.message.en}`).join('; ')}`);
    } catch (e) {
      log.warn(`${uri.fsPath}: ${String(e)}`);
    }
  }
  return list;
}


import * as vscode from 'vscode';
import { BANK_GROUPINGS, GROUPING_LABELS, TYPE_NAMES, hasFilter, type BankGrouping } from '../../core/questions/bankTree';
import type { BankFilter } from '../../core/questions/questionBank';
import { ORIGIN_LABELS } from '../../core/questions/questionOrigin';
import type { QuestionOrigin, QuestionType } from '../../core/session/model';
import { openAtMoment } from '../openAtMoment';
import type { SessionEditorProvider } from '../sessionEditorProvider';
import type { ExtensionServices } from '../services';
import { language } from '../settings';
import { t } from '../../core/text/lang';
import { exportQuestionList, type ExportQuestionListArgs } from './exportQuestionList';
import { BANK_FILTERED_CONTEXT, QuestionBankView } from './questionBankView';
import { SessionsView } from './sessionsView';
import { registerTrioDayCommands } from './trioDayCommands';
import { WorkspaceSessions } from './workspaceSessions';

export const SESSIONS_VIEW_ID = 'kleinKijken.sessions';
export const BANK_VIEW_ID = 'kleinKijken.questionBank';

/** What the integration tests reach through the extension's API. */
export interface ViewsApi {
  workspaceSessions: WorkspaceSessions;
  sessions: SessionsView;
  questionBank: QuestionBankView;
}

const TYPES: QuestionType[] = ['verbredend', 'verdiepend', 'anders'];

async function chooseGrouping(bank: QuestionBankView, given?: BankGrouping): Promise<void> {
  const lang = language();
  if (given && BANK_GROUPINGS.includes(given)) return bank.setGrouping(given);
  const pick = await vscode.window.showQuickPick(
    BANK_GROUPINGS.map((g) => ({ label: GROUPING_LABELS[g][lang], description: g === bank.grouping ? t(lang, '(nu)', '(current)') : undefined, g })),
    { title: t(lang, 'Vragen groeperen op', 'Group questions by') },
  );
  if (pick) bank.setGrouping(pick.g);
}

async function chooseFilter(bank: QuestionBankView, given?: BankFilter): Promise<void> {
  const lang = language();
  if (given && typeof given === 'object' && !(given instanceof vscode.Uri)) return bank.setFilter(given);
  const current = bank.filter;
  type Item = vscode.QuickPickItem & { act: 'search' | 'type' | 'origin' | 'clear'; type?: QuestionType; origin?: QuestionOrigin };
  const items: Item[] = [
    { label: `$(search) ${t(lang, 'Zoeken in de vragen…', 'Search the questions…')}`, description: current.search ? `“${current.search}”` : undefined, act: 'search' },
    { label: t(lang, 'Soort', 'Type'), kind: vscode.QuickPickItemKind.Separator, act: 'type' },
    { label: t(lang, 'Alle soorten', 'All types'), description: !current.type ? t(lang, '(nu)', '(current)') : undefined, act: 'type' },
    ...TYPES.map((type): Item => ({ label: TYPE_NAMES[type][lang], description: current.type === type ? t(lang, '(nu)', '(current)') : undefined, act: 'type', type })),
    { label: t(lang, 'Herkomst', 'Origin'), kind: vscode.QuickPickItemKind.Separator, act: 'origin' },
    { label: t(lang, 'Gesteld en voorgesteld', 'Asked and suggested'), description: !current.origin ? t(lang, '(nu)', '(current)') : undefined, act: 'origin' },
    ...(['asked', 'suggested'] as const).map((origin): Item => ({ label: ORIGIN_LABELS[origin][lang], description: current.origin === origin ? t(lang, '(nu)', '(current)') : undefined, act: 'origin', origin })),
  ];
  if (hasFilter(current)) items.push({ label: `$(clear-all) ${t(lang, 'Filter wissen', 'Clear filter')}`, act: 'clear' });
  const pick = await vscode.window.showQuickPick(items, { title: t(lang, 'Vragenbank filteren', 'Filter the question bank') });
  if (!pick) return;
  if (pick.act === 'clear') return bank.setFilter({});
  if (pick.act === 'type') return bank.setFilter({ ...current, type: pick.type });
  if (pick.act === 'origin') return bank.setFilter({ ...current, origin: pick.origin });
  const search = await vscode.window.showInputBox({
    title: t(lang, 'Zoeken in de vragenbank', 'Search the question bank'),
    prompt: t(lang, 'Woorden uit de vraag of de notitie; hoofdletters en accenten tellen niet mee. Leeg laten wist de zoekterm.', 'Words from the question or its note; case and accents do not matter. Leave empty to clear the search.'),
    value: current.search ?? '',
  });
  if (search === undefined) return;
  bank.setFilter({ ...current, search });
}

/**
 * The Klein Kijken activity-bar container: the Gesprekken and Vragenbank views, opening a session
 * at a moment, and exporting the workspace's question list. Everything is disposed with the
 * extension; the returned objects are for the integration tests.
 */
export function registerViews(context: vscode.ExtensionContext, services: ExtensionServices, provider: SessionEditorProvider): ViewsApi {
  const workspaceSessions = new WorkspaceSessions(provider, services.sessionsChanged.event, services.log);
  const sessions = new SessionsView(workspaceSessions);
  const questionBank = new QuestionBankView(workspaceSessions);
  const sessionsTree = vscode.window.createTreeView(SESSIONS_VIEW_ID, { treeDataProvider: sessions });
  const bankTree = vscode.window.createTreeView(BANK_VIEW_ID, { treeDataProvider: questionBank, showCollapseAll: true });
  questionBank.view = bankTree;
  void vscode.commands.executeCommand('setContext', BANK_FILTERED_CONTEXT, false);

  context.subscriptions.push(
    workspaceSessions,
    sessions,
    questionBank,
    sessionsTree,
    bankTree,
    ...registerTrioDayCommands(provider),
    vscode.commands.registerCommand('kleinKijken.openAtMoment', (target: vscode.Uri | string, seconds?: number | null) => openAtMoment(provider, target, seconds)),
    vscode.commands.registerCommand('kleinKijken.refreshSessions', () => sessions.refresh()),
    vscode.commands.registerCommand('kleinKijken.bank.groupBy', (g?: BankGrouping) => chooseGrouping(questionBank, g)),
    vscode.commands.registerCommand('kleinKijken.bank.filter', (f?: BankFilter) => chooseFilter(questionBank, f)),
    vscode.commands.registerCommand('kleinKijken.bank.clearFilter', () => questionBank.setFilter({})),
    vscode.commands.registerCommand('kleinKijken.exportQuestionList', (args?: ExportQuestionListArgs) =>
      // A toolbar click passes nothing useful; only a plain object counts as pre-answered input.
      exportQuestionList(workspaceSessions, questionBank.filter, args && typeof args === 'object' && !(args instanceof vscode.Uri) ? args : {}),
    ),
  );
  return { workspaceSessions, sessions, questionBank };
}

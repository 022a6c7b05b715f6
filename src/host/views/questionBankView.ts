import * as vscode from 'vscode';
import { QUESTION_FUNCTION_LABELS, QUESTION_FUNCTION_SHORT } from '../../core/analysis/questionFunction';
import { buildBankTree, describeFilter, hasFilter, TYPE_NAMES, type BankGrouping, type BankNode } from '../../core/questions/bankTree';
import { buildQuestionBank, type BankEntry, type BankFilter, type BankInput } from '../../core/questions/questionBank';
import { formatClock } from '../../core/text/time';
import { language } from '../settings';
import { t } from '../../core/text/lang';
import type { WorkspaceSession, WorkspaceSessions } from './workspaceSessions';

export const BANK_FILTERED_CONTEXT = 'kleinKijken.bankFiltered';

/** The sessions that can feed the bank (readable ones), in the shape the core wants. */
export function bankInputs(items: readonly WorkspaceSession[]): BankInput[] {
  return items.flatMap((s) => (s.ok ? [{ sessionPath: s.uri.fsPath, session: s.session }] : []));
}

/**
 * The Vragenbank view: every good question of every session in the workspace, near-duplicates
 * merged, grouped by type, uitgangspunt or session, with where each was asked underneath.
 */
export class QuestionBankView implements vscode.TreeDataProvider<BankNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly sub: vscode.Disposable;
  private grouping_: BankGrouping = 'type';
  private filter_: BankFilter = {};
  private bank: { from: readonly WorkspaceSession[]; entries: BankEntry[] } | null = null;
  /** Set by index.ts once the TreeView exists: the filter goes in its title bar, hints in its body. */
  view: vscode.TreeView<BankNode> | undefined;

  constructor(private readonly sessions: WorkspaceSessions) {
    this.sub = sessions.onDidChange(() => this.changed.fire());
  }

  get grouping(): BankGrouping {
    return this.grouping_;
  }
  get filter(): BankFilter {
    return { ...this.filter_ };
  }

  setGrouping(g: BankGrouping): void {
    this.grouping_ = g;
    this.changed.fire();
  }

  setFilter(f: BankFilter): void {
    this.filter_ = { ...f };
    if (!f.search?.trim()) delete this.filter_.search;
    if (!f.type) delete this.filter_.type;
    if (!f.origin) delete this.filter_.origin;
    const active = hasFilter(this.filter_);
    if (this.view) this.view.description = describeFilter(this.filter_, language());
    void vscode.commands.executeCommand('setContext', BANK_FILTERED_CONTEXT, active);
    this.changed.fire();
  }

  /** All merged questions of the workspace, unfiltered; rebuilt only when the scan changed. */
  async entries(): Promise<BankEntry[]> {
    const items = await this.sessions.items();
    if (this.bank?.from !== items) this.bank = { from: items, entries: buildQuestionBank(bankInputs(items)) };
    return this.bank.entries;
  }

  async getChildren(node?: BankNode): Promise<BankNode[]> {
    if (node) return node.kind === 'occurrence' ? [] : node.children;
    const lang = language();
    const entries = await this.entries();
    const tree = buildBankTree(entries, { grouping: this.grouping_, filter: this.filter_, lang });
    if (this.view) {
      this.view.message =
        tree.length > 0 ? undefined
        : entries.length > 0 ? t(lang, 'Geen vragen met dit filter.', 'No questions match this filter.')
        : t(lang, 'Nog geen goede vragen. Selecteer woorden in een transcript en kies Goede vraag, of vul bij een detail een vraag in.', 'No good questions yet. Select words in a transcript and choose Good question, or suggest a question at a detail.');
    }
    return tree;
  }

  getTreeItem(node: BankNode): vscode.TreeItem {
    const lang = language();
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = node.description;
      item.iconPath = new vscode.ThemeIcon(this.grouping_ === 'session' ? 'device-camera-video' : this.grouping_ === 'tag' ? 'tag' : 'symbol-folder');
      item.contextValue = 'kleinKijken.bankGroup';
      return item;
    }
    if (node.kind === 'entry') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      // Asked in a recording or suggested by an observer: the two are kept apart in every grouping.
      // Then what the question does in the method, in the spiegel's short words (full label in the tooltip).
      const fn = node.entry.function;
      item.description = [node.badge, node.origin === 'asked' ? t(lang, 'gesteld', 'asked') : t(lang, 'voorgesteld', 'suggested'), QUESTION_FUNCTION_SHORT[fn][lang]].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(node.type === 'verdiepend' ? 'arrow-down' : node.type === 'verbredend' ? 'arrow-both' : 'question');
      const tip = new vscode.MarkdownString();
      tip.appendText(node.label).appendMarkdown('\n\n');
      tip.appendText(`${TYPE_NAMES[node.type][lang]} · ${node.origin === 'asked' ? t(lang, `${node.count}× gesteld in een gesprek`, `asked ${node.count}× in a conversation`) : t(lang, `${node.count}× voorgesteld door observatoren`, `suggested ${node.count}× by observers`)}`);
      const tags = [...new Set(node.entry.occurrences.flatMap((o) => o.tags.map((x) => x.label[lang] || x.label.nl)))];
      tip.appendMarkdown('\n\n').appendText(`${t(lang, 'Functie in de methode', 'Function in the method')}: ${QUESTION_FUNCTION_LABELS[fn][lang]}`);
      if (tags.length) tip.appendMarkdown('\n\n').appendText(tags.join('; '));
      item.tooltip = tip;
      item.contextValue = 'kleinKijken.bankEntry';
      return item;
    }
    const o = node.occurrence;
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.iconPath = new vscode.ThemeIcon(o.origin === 'asked' ? 'comment' : 'lightbulb');
    if (node.variant) item.description = node.variant;
    const tip = new vscode.MarkdownString().appendText(o.text);
    if (o.note.trim()) tip.appendMarkdown('\n\n').appendText(`${t(lang, 'Notitie', 'Note')}: ${o.note}`);
    tip.appendMarkdown('\n\n').appendText(o.origin === 'asked' ? t(lang, 'Gesteld in het gesprek', 'Asked in the conversation') : t(lang, 'Voorgesteld door een observator', 'Suggested by an observer'));
    item.tooltip = tip;
    item.command = {
      command: 'kleinKijken.openAtMoment',
      title: t(lang, 'Openen op dit moment', 'Open at this moment'),
      tooltip: node.seconds === null ? undefined : formatClock(node.seconds),
      arguments: [vscode.Uri.file(node.sessionPath), node.seconds],
    };
    item.contextValue = 'kleinKijken.bankOccurrence';
    return item;
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}

// The Klein Kijken side bar: the Gesprekken and Vragenbank views over the session files in the
// workspace, opening a session at a moment, and exporting the workspace's question list.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { QUESTION_FUNCTION_LABELS } from '../../src/core/analysis/questionFunction';
import type { BankNode, EntryNode } from '../../src/core/questions/bankTree';
import type { ViewsApi } from '../../src/host/views';
import type { WorkspaceSession } from '../../src/host/views/workspaceSessions';
import { api, closeAll, demoCopy, until } from './testKit';

async function views(): Promise<ViewsApi> {
  const a = (await api()) as unknown as { views?: ViewsApi };
  assert.ok(a.views, 'the extension API has no `views` field (registerViews must be wired in src/extension.ts)');
  return a.views;
}

/** Two copies of the demo with their own titles and one question asked in both, worded differently. */
function twoSessions(stamp: string) {
  const a = demoCopy('views-a');
  const b = demoCopy('views-b');
  const edit = (uri: vscode.Uri, title: string, question: string) => {
    const s = JSON.parse(fs.readFileSync(uri.fsPath, 'utf8'));
    s.title = title;
    s.questions[0].text = question;
    fs.writeFileSync(uri.fsPath, JSON.stringify(s, null, 2) + '\n');
  };
  edit(a.session, `Gesprek A ${stamp}`, `Wat maakte ${stamp} voor jou zo bijzonder?`);
  edit(b.session, `Gesprek B ${stamp}`, `wat maakte ${stamp} voor jou zo BIJZONDER`);
  return { a, b, dirs: [a.dir, b.dir] };
}

const inDirs = (dirs: string[]) => (s: WorkspaceSession) => dirs.some((d) => s.uri.fsPath.startsWith(d + path.sep));

async function entryFor(v: ViewsApi, stamp: string): Promise<EntryNode | undefined> {
  const groups = await v.questionBank.getChildren();
  return groups.flatMap((g) => (g.kind === 'group' ? g.children : [])).find((e) => e.label.includes(stamp));
}

describe('side bar views', function () {
  this.timeout(60000);
  const stamp = `kk${Date.now()}`;
  let setup: ReturnType<typeof twoSessions>;
  before(() => {
    setup = twoSessions(stamp);
    fs.writeFileSync(path.join(setup.a.dir, 'kapot.kleinkijken.json'), '{ "format": "klein-kijken/session", ');
  });
  afterEach(async () => {
    (await views()).questionBank.setFilter({});
    await closeAll();
  });

  it('Gesprekken lists both sessions with their counts, and an unreadable file with the reason', async () => {
    const v = await views();
    const mine = await until('both sessions and the broken file in the view', async () => {
      const items = (await v.sessions.getChildren()).filter(inDirs(setup.dirs));
      return items.length === 3 && items.filter((i) => i.ok && i.session.title.endsWith(stamp)).length === 2 ? items : null;
    });
    const good = mine.filter((i) => i.ok);
    assert.equal(good.length, 2);
    for (const item of good) {
      const ti = v.sessions.getTreeItem(item);
      assert.match(String(ti.label), new RegExp(`^Gesprek [AB] ${stamp}$`));
      assert.match(String(ti.description), /^demo\.mp4 · \d{1,2} \S+ \d{4} · 6 details · 3 vragen$/);
      assert.deepEqual(ti.command?.arguments, [item.uri, 'kleinKijken.session']);
    }
    const broken = mine.find((i) => !i.ok)!;
    const ti = v.sessions.getTreeItem(broken);
    assert.equal((ti.iconPath as vscode.ThemeIcon).id, 'warning');
    assert.match((ti.tooltip as vscode.MarkdownString).value, /JSON/);
  });

  it('Vragenbank merges the question asked in both sessions into one entry with count 2', async () => {
    const v = await views();
    const entry = await until('the merged question', async () => {
      const e = await entryFor(v, stamp);
      return e && e.count === 2 ? e : null;
    });
    // The demo's question was taken from the transcript: asked in the recording, by the begeleider.
    // Then its function in the method as the spiegel's rules read it: "wat maakte … voor jou zo
    // bijzonder" points to no step of the method, so "anders".
    const item = v.questionBank.getTreeItem(entry);
    assert.equal(entry.entry.function, 'anders');
    assert.equal(item.description, '2× · gesteld · anders');
    // The tooltip is Markdown: appendText escapes punctuation and spaces, so read it back as text.
    const tip = (item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.ok(tip.includes(`Functie in de methode: ${QUESTION_FUNCTION_LABELS.anders.nl}`), tip);
    const where = entry.children.map((o) => o.label).sort();
    assert.match(where[0]!, new RegExp(`^Gesprek A ${stamp} · \\d+:\\d\\d · gesteld door [^·]+ · op de lijst gezet door `));
    assert.match(where[1]!, new RegExp(`^Gesprek B ${stamp} · \\d+:\\d\\d`));
    const click = v.questionBank.getTreeItem(entry.children[0]!).command!;
    assert.equal(click.command, 'kleinKijken.openAtMoment');

    // A search narrows the tree to this one question and shows up as the filter.
    await vscode.commands.executeCommand('kleinKijken.bank.filter', { search: stamp.toUpperCase() });
    const groups = await v.questionBank.getChildren();
    const entries = groups.flatMap((g: BankNode) => (g.kind === 'group' ? g.children : []));
    assert.deepEqual(entries.map((e) => e.count), [2]);
    await vscode.commands.executeCommand('kleinKijken.bank.clearFilter');
    assert.deepEqual(v.questionBank.filter, {});
  });

  it('opens a session at a moment, and the views follow its unsaved edits', async () => {
    const v = await views();
    const a = (await api()).provider;
    const ok = await vscode.commands.executeCommand<boolean>('kleinKijken.openAtMoment', setup.a.session, 42);
    assert.equal(ok, true);
    const doc = await until('the opened document', () => a.documentFor(setup.a.session));
    assert.ok(a.allPanels().some((p) => p.doc === doc), 'a panel shows the session');
    doc.apply({ op: 'meta', patch: { title: `Nieuwe titel ${stamp}` } });
    await until('the in-memory title in the Gesprekken view', async () => (await v.sessions.getChildren()).some((i) => i.ok && i.session.title === `Nieuwe titel ${stamp}`));
  });

  it('exports the workspace question list as CSV with a BOM, pseudonymised, honouring the filter', async () => {
    const v = await views();
    await until('the merged question', async () => (await entryFor(v, stamp))?.count === 2);
    const target = path.join(setup.a.dir, 'vragen.csv');
    const all = await vscode.commands.executeCommand<vscode.Uri>('kleinKijken.exportQuestionList', { format: 'csv', pseudonymise: 'roles', target });
    assert.equal(all?.fsPath, target);
    const text = fs.readFileSync(target, 'utf8');
    assert.ok(text.startsWith('\uFEFF'), 'starts with a BOM for Excel');
    assert.ok(text.includes(stamp));
    assert.ok(!text.includes('Ruben Kok'), 'names are replaced by roles');
    const rowsAll = text.trim().split('\r\n').length;

    await vscode.commands.executeCommand('kleinKijken.bank.filter', { search: stamp });
    await vscode.commands.executeCommand('kleinKijken.exportQuestionList', { format: 'csv', pseudonymise: 'none', target });
    const filtered = fs.readFileSync(target, 'utf8').trim().split('\r\n');
    assert.equal(filtered.length, 2, 'header + the one filtered question');
    assert.ok(rowsAll > filtered.length);
    assert.ok(filtered[1]!.includes(stamp));
  });
});

// The session file behaves as VS Code users expect: dirty state, undo/redo, save (atomic),
// revert, backup/restore, changes on disk (reload or merge), and unreadable files opened read-only.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAll, demoCopy, openSession, readJson, until } from './testKit';

const editSee = (id: string, see: string) => ({ op: 'update' as const, coll: 'details' as const, id, patch: { see } });

describe('session document', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('applies an edit, marks the editor dirty, and undoes and redoes it', async () => {
    const { session } = demoCopy('undo');
    const { doc } = await openSession(session);
    const first = doc.session!.details[0]!;
    doc.apply(editSee(first.id, 'Een nieuwe observatie'));
    assert.strictEqual(doc.session!.details[0]!.see, 'Een nieuwe observatie');
    assert.ok(doc.isDirty);
    // Undo/redo act on the focused editor, as for a user pressing Ctrl+Z.
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('undo');
    await until('undo', () => doc.session!.details[0]!.see === first.see);
    assert.ok(!doc.isDirty);
    await vscode.commands.executeCommand('redo');
    await until('redo', () => doc.session!.details[0]!.see === 'Een nieuwe observatie');
  });

  it('saves to disk and the file parses back to the same session', async () => {
    const { session } = demoCopy('save');
    const { doc } = await openSession(session);
    const id = doc.session!.details[1]!.id;
    doc.apply(editSee(id, 'Opgeslagen tekst met “aanhalingstekens” en é'));
    await vscode.commands.executeCommand('workbench.action.files.save');
    await until('the save', () => readJson(session).details.find((d) => d.id === id)?.see.startsWith('Opgeslagen'));
    assert.ok(!doc.isDirty);
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(session.fsPath, 'utf8')), doc.session);
    assert.deepStrictEqual(fs.readdirSync(path.dirname(session.fsPath)).filter((f) => f.endsWith('.tmp')), []);
  });

  it('keeps the previous file intact when the save crashes midway', async () => {
    const { session } = demoCopy('crash');
    const { doc, api } = await openSession(session);
    const before = fs.readFileSync(session.fsPath, 'utf8');
    doc.apply(editSee(doc.session!.details[0]!.id, 'wordt nooit geschreven'));
    api.setSaveFaults({ afterTempWritten: () => { throw new Error('injected crash'); } });
    try {
      await assert.rejects(Promise.resolve(api.provider.saveCustomDocument(doc, new vscode.CancellationTokenSource().token)));
    } finally {
      api.setSaveFaults({});
    }
    assert.strictEqual(fs.readFileSync(session.fsPath, 'utf8'), before);
    assert.ok(doc.isDirty, 'the edit is still in the editor');
    assert.deepStrictEqual(fs.readdirSync(path.dirname(session.fsPath)).filter((f) => f.endsWith('.tmp')), []);
  });

  it('reverts to the file on disk', async () => {
    const { session } = demoCopy('revert');
    const { doc } = await openSession(session);
    const original = doc.session!.details[0]!.see;
    doc.apply(editSee(doc.session!.details[0]!.id, 'weg ermee'));
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until('revert', () => doc.session!.details[0]!.see === original);
  });

  it('backs up unsaved work and restores it from the backup', async () => {
    const { session, dir } = demoCopy('backup');
    const { doc, api } = await openSession(session);
    doc.apply(editSee(doc.session!.details[0]!.id, 'alleen in de back-up'));
    const destination = vscode.Uri.file(path.join(dir, 'backup.json'));
    const backup = await api.provider.backupCustomDocument(doc, { destination });
    const restored = await api.provider.openCustomDocument(session, { backupId: backup.id, untitledDocumentData: undefined });
    assert.strictEqual(restored.session!.details[0]!.see, 'alleen in de back-up');
    assert.notStrictEqual(readJson(session).details[0]!.see, 'alleen in de back-up', 'the file itself is untouched');
    restored.dispose();
  });

  it('reloads a change made on disk when there are no unsaved edits', async () => {
    const { session } = demoCopy('reload');
    const { doc } = await openSession(session);
    const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
    json.title = 'Gewijzigd door een collega';
    fs.writeFileSync(session.fsPath, JSON.stringify(json, null, 2) + '\n');
    await until('the reload', () => doc.session!.title === 'Gewijzigd door een collega');
    assert.ok(!doc.isDirty);
  });

  it('merges a change on disk with unsaved edits: both kept, nothing lost', async () => {
    const { session } = demoCopy('merge');
    const { doc } = await openSession(session);
    const [d0, d1] = doc.session!.details;
    doc.apply(editSee(d0!.id, 'mijn wijziging'));
    const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
    json.details.find((d: { id: string }) => d.id === d1!.id).see = 'hun wijziging';
    fs.writeFileSync(session.fsPath, JSON.stringify(json, null, 2) + '\n');
    await until('the merge', () => doc.session!.details.find((d) => d.id === d1!.id)?.see === 'hun wijziging');
    assert.strictEqual(doc.session!.details.find((d) => d.id === d0!.id)!.see, 'mijn wijziging');
    assert.ok(doc.isDirty);
  });

  it('opens an unreadable session read-only, says where, and never overwrites it', async () => {
    const { session } = demoCopy('broken');
    const text = fs.readFileSync(session.fsPath, 'utf8').replace('"details": [', '"details": [,');
    fs.writeFileSync(session.fsPath, text);
    const { doc, api } = await openSession(session);
    assert.ok(doc.readOnly);
    assert.strictEqual(doc.problem!.kind, 'json');
    const line = text.split('\n').findIndex((l) => l.includes('"details": [,')) + 1;
    assert.strictEqual(doc.problem!.line, line);
    assert.throws(() => doc.apply(editSee('x', 'y')), /niet te lezen/);
    await api.provider.saveCustomDocument(doc, new vscode.CancellationTokenSource().token);
    assert.strictEqual(fs.readFileSync(session.fsPath, 'utf8'), text);
  });

  it('opens a session from a newer version read-only with an explanation', async () => {
    const { session } = demoCopy('newer');
    const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
    json.version = 99;
    fs.writeFileSync(session.fsPath, JSON.stringify(json));
    const { doc } = await openSession(session);
    assert.ok(doc.readOnly);
    assert.strictEqual(doc.problem!.kind, 'newer');
    assert.match(doc.problem!.message.nl, /nieuwere versie/);
  });

  it('refuses an invalid edit from outside and keeps the session valid', async () => {
    const { session } = demoCopy('invalid');
    const { doc } = await openSession(session);
    assert.throws(() => doc.apply({ op: 'update', coll: 'details', id: doc.session!.details[0]!.id, patch: { start: -5 } }));
    assert.throws(() => doc.apply({ op: 'add', coll: 'participants', item: { id: 'p<x>', name: 'x', role: 'b', colour: 'red', lens: [] } }));
    assert.ok(!doc.isDirty);
  });

  it('a write-protected file opens read-only: the host tells the webview, edits are refused, a save does not write', async () => {
    const { session } = demoCopy('writeprotected');
    const before = fs.readFileSync(session.fsPath, 'utf8');
    fs.chmodSync(session.fsPath, 0o444);
    const { doc, api } = await openSession(session);
    assert.strictEqual(doc.readOnlyReason, 'noWrite');
    assert.ok(doc.session && doc.session.details.length > 0, 'the session is shown');
    const panel = await until('a panel', () => api.provider.panelsOf(doc)[0]);
    const state = await until('the state sent to the webview', () => panel.lastSent('session/state'));
    assert.strictEqual(state.readOnly, true);
    const problems = await until('the read-only banner', () => panel.lastSent('problems')?.problems.find((p) => p.id === 'readonly'));
    assert.match(problems.message, /schrijfbeveiligd/);
    assert.throws(() => doc.apply(editSee(doc.session!.details[0]!.id, 'y')), /schrijfbeveiligd/);
    await assert.rejects(Promise.resolve(api.provider.saveCustomDocument(doc, new vscode.CancellationTokenSource().token)), /schrijfbeveiligd/);
    assert.strictEqual(fs.readFileSync(session.fsPath, 'utf8'), before);
    fs.chmodSync(session.fsPath, 0o644);
  });

  it('a session from a newer version is shown read-only, with what this version understands of it', async () => {
    const { session } = demoCopy('newer-shown');
    const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
    json.version = 99;
    const text = JSON.stringify(json);
    fs.writeFileSync(session.fsPath, text);
    const { doc, api } = await openSession(session);
    assert.strictEqual(doc.readOnlyReason, 'newer');
    assert.strictEqual(doc.session!.details.length, json.details.length, 'the details are shown');
    const panel = await until('a panel', () => api.provider.panelsOf(doc)[0]);
    assert.strictEqual((await until('the state', () => panel.lastSent('session/state'))).readOnly, true);
    assert.throws(() => doc.apply(editSee(doc.session!.details[0]!.id, 'y')), /nieuwere versie/);
    await assert.rejects(Promise.resolve(api.provider.saveCustomDocument(doc, new vscode.CancellationTokenSource().token)));
    assert.strictEqual(fs.readFileSync(session.fsPath, 'utf8'), text);
  });

  it('a revert to a file that became unreadable shows that state, not the old session', async () => {
    const { session } = demoCopy('revert-broken');
    const { doc, api } = await openSession(session);
    const panel = await until('a panel', () => api.provider.panelsOf(doc)[0]);
    await until('the first state', () => panel.lastSent('session/state'));
    doc.apply(editSee(doc.session!.details[0]!.id, 'nog niet opgeslagen'));
    fs.writeFileSync(session.fsPath, '{ "format": "klein-kijken/session", kapot');
    await api.provider.revertCustomDocument(doc);
    assert.strictEqual(doc.session, null);
    assert.strictEqual(doc.readOnlyReason, 'unreadable');
    assert.ok(panel.lastSent('session/unavailable'), 'the webview is told there is no session');
    assert.ok((panel.lastSent('problems')?.problems ?? []).some((p) => p.id === 'readonly'));
  });

  it('never saves over a newer or unreadable file on disk without a choice; the choice keeps a copy of it', async () => {
    const { session } = demoCopy('disk-newer');
    const { doc, api } = await openSession(session);
    doc.apply(editSee(doc.session!.details[0]!.id, 'mijn werk'));
    const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
    json.version = 99;
    const theirs = JSON.stringify(json);
    fs.writeFileSync(session.fsPath, theirs);
    await assert.rejects(Promise.resolve(api.provider.saveCustomDocument(doc, new vscode.CancellationTokenSource().token)), /pas als je dat kiest/);
    assert.strictEqual(fs.readFileSync(session.fsPath, 'utf8'), theirs, 'the newer file is intact');
    const banner = api.provider.problemsFor(doc).get('disk');
    assert.ok(banner?.actions.some((a) => a.id === 'keepDiskCopy'));
    await api.provider.documentAction(doc, 'disk', 'keepDiskCopy');
    const dir = path.dirname(session.fsPath);
    const copies = fs.readdirSync(dir).filter((f) => f.includes('.versie-op-schijf-'));
    assert.strictEqual(copies.length, 1);
    assert.strictEqual(fs.readFileSync(path.join(dir, copies[0]!), 'utf8'), theirs, 'the copy holds the newer file');
    assert.ok(fs.readFileSync(session.fsPath, 'utf8').includes('mijn werk'), 'then mine is saved');
  });

  it("forgets a closed document: after Don't Save the sessions view shows the file, not the discarded edit", async () => {
    const { session } = demoCopy('dontsave');
    const { doc, api } = await openSession(session);
    doc.apply({ op: 'meta', patch: { title: 'weggegooide wijziging' } });
    const live = await until('the view with the open edit', async () => (await api.views.workspaceSessions.items()).find((i) => i.uri.fsPath === session.fsPath && i.ok && i.session.title === 'weggegooide wijziging'));
    assert.ok(live);
    await closeAll(); // reverts and closes: the same as "Don't Save"
    await until('the document forgotten', () => !api.provider.documentFor(session));
    assert.strictEqual(api.provider.problemsFor(doc).size, 0);
    const item = await until('the view reading the file again', async () => (await api.views.workspaceSessions.items()).find((i) => i.uri.fsPath === session.fsPath && i.ok && !i.open));
    assert.ok(item.ok && item.session.title !== 'weggegooide wijziging');
  });

  it('an edit from the webview goes through the messenger and validation into the document, and is answered', async () => {
    const { session } = demoCopy('via-webview');
    const { doc, api } = await openSession(session);
    const panel = await until('a panel', () => api.provider.panelsOf(doc)[0]);
    const id = doc.session!.details[0]!.id;
    panel.receiveFromWebview({ type: 'request', id: 4242, request: { method: 'applyEdit', edit: editSee(id, 'via de webview'), baseRevision: doc.revision } });
    const answer = await until('the answer', () => { const r = panel.lastSent('response'); return r && r.id === 4242 ? r : null; });
    assert.strictEqual(answer.ok, true);
    assert.strictEqual(doc.session!.details.find((d) => d.id === id)!.see, 'via de webview');
    assert.ok(doc.isDirty);
    // An edit the session check refuses is answered with the reason, and changes nothing.
    const revision = doc.revision;
    panel.receiveFromWebview({ type: 'request', id: 4243, request: { method: 'applyEdit', edit: { op: 'update', coll: 'details', id, patch: { start: -5 } }, baseRevision: revision } });
    const refused = await until('the refusal', () => { const r = panel.lastSent('response'); return r && r.id === 4243 ? r : null; });
    assert.strictEqual(refused.ok, false);
    assert.ok(refused.error && refused.error.length > 0, 'says why');
    assert.strictEqual(doc.revision, revision);
  });

  it('an invalid message from the webview is dropped and logged, and changes nothing', async () => {
    const { session } = demoCopy('invalid-message');
    const { doc, api } = await openSession(session);
    const panel = await until('a panel', () => api.provider.panelsOf(doc)[0]);
    const before = { revision: doc.revision, dropped: panel.droppedMessages.count };
    panel.receiveFromWebview({ type: 'session/apply', edit: { op: 'explode', coll: 'details' }, baseRevision: 1 });
    panel.receiveFromWebview({ type: 'request', id: 1, request: { method: 'deleteEverything' } });
    panel.receiveFromWebview('__proto__');
    assert.strictEqual(panel.droppedMessages.count, before.dropped + 3);
    assert.match(panel.droppedMessages.lastReason, /\(root\)|type/);
    // A banner button that no banner offers (only ProblemActionId values pass) never reaches a handler.
    panel.receiveFromWebview({ type: 'problem/action', problemId: 'readonly', actionId: 'deleteRecording' });
    assert.strictEqual(panel.droppedMessages.count, before.dropped + 4);
    assert.match(panel.droppedMessages.lastReason, /^actionId: .*deleteRecording/);
    assert.strictEqual(doc.revision, before.revision);
    assert.ok(!doc.isDirty);
  });
});

// Faults a coach's laptop meets: a full disk during save, the session file deleted while open.
// Work is never lost: edits stay in the editor (and in VS Code's backup), and the banner says why.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { closeAll, demoCopy, openSession, until } from './testKit';

describe('faults', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('a full disk: the save fails with a clear Dutch message, the edit stays, the file is intact', async () => {
    const { session } = demoCopy('diskfull');
    const { doc, api } = await openSession(session);
    const before = fs.readFileSync(session.fsPath, 'utf8');
    doc.apply({ op: 'meta', patch: { title: 'nog niet opgeslagen' } });
    api.setSaveFaults({ afterTempWritten: () => { throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }); } });
    try {
      await assert.rejects(Promise.resolve(api.provider.saveCustomDocument(doc, new vscode.CancellationTokenSource().token)), /schijf is vol/);
    } finally {
      api.setSaveFaults({});
    }
    const problem = api.provider.problemsFor(doc).get('save');
    assert.ok(problem && /schijf is vol/.test(problem.message), 'a banner explains it');
    assert.ok(problem.actions.some((a) => a.id === 'saveAs'));
    assert.strictEqual(fs.readFileSync(session.fsPath, 'utf8'), before);
    assert.strictEqual(doc.session!.title, 'nog niet opgeslagen');
    assert.ok(doc.isDirty);
    assert.ok(doc.backupText()!.includes('nog niet opgeslagen'), 'the backup holds the edit');
  });

  it('the session file deleted while open: a banner, the work still here, and saving writes it again', async () => {
    const { session } = demoCopy('deleted');
    const { doc, api } = await openSession(session);
    fs.rmSync(session.fsPath);
    const problem = await until('the deleted banner', () => api.provider.problemsFor(doc).get('deleted'));
    assert.ok(problem.actions.some((a) => a.id === 'saveAgain'));
    assert.ok(doc.session!.details.length > 0, 'the session is still in the editor');
    await api.provider.documentAction(doc, 'deleted', 'saveAgain');
    assert.ok(fs.existsSync(session.fsPath));
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(session.fsPath, 'utf8')).details.length, doc.session!.details.length);
  });
});

// The trio's correction of the Gespreksspiegel in a real VS Code: one undoable edit on the session
// document, saved to the file, and still there (and used by the mirror) after closing and reopening.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { analyzeSession } from '../../src/core/analysis/conversationMirror';
import { closeAll, demoCopy, openSession, until } from './testKit';

describe('Gespreksspiegel corrections in the editor', function () {
  this.timeout(60000);
  afterEach(closeAll);

  it('a corrected function is undoable, survives save and reload, and the mirror uses it', async () => {
    const { session } = demoCopy('spiegel');
    const first = await openSession(session);
    const q = analyzeSession(first.doc.session!).questions[0]!;
    const other = q.function === 'emotie' ? 'precies' : 'emotie';
    first.doc.apply({ op: 'spiegel', key: q.key, correction: { function: other } });
    assert.deepStrictEqual(first.doc.session!.spiegelCorrections, [{ key: q.key, function: other }]);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('undo');
    await until('undo', () => first.doc.session!.spiegelCorrections === undefined);
    await vscode.commands.executeCommand('redo');
    await until('redo', () => first.doc.session!.spiegelCorrections?.length === 1);
    await vscode.commands.executeCommand('workbench.action.files.save');
    await until('the save', () => JSON.parse(fs.readFileSync(session.fsPath, 'utf8')).spiegelCorrections?.length === 1);
    await closeAll();

    const again = await openSession(session);
    const stored = again.doc.session!.spiegelCorrections;
    assert.deepStrictEqual(stored, [{ key: q.key, function: other }]);
    const r = analyzeSession(again.doc.session!, { corrections: stored });
    const corrected = r.questions.find((x) => x.key === q.key)!;
    assert.strictEqual(corrected.function, other);
    assert.deepStrictEqual(corrected.found, { form: q.class, function: q.function });
  });
});

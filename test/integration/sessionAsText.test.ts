// A session file shown as text (an early double-click, Open With → Text Editor) gets one offer to
// reopen it in Klein Kijken; a file the user chose to see as text does not.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, demoCopy, until } from './testKit';

describe('a session file in a text editor', function () {
  this.timeout(30000);
  afterEach(closeAll);

  it('is offered to reopen in Klein Kijken', async () => {
    const a = await api();
    const { session } = demoCopy('astext');
    assert.strictEqual(a.asTextHint.offeredFor(session), false);
    await vscode.window.showTextDocument(session);
    await until('the offer', () => a.asTextHint.offeredFor(session));
  });

  it('is not offered when the user chose to see it as text', async () => {
    const a = await api();
    const { session } = demoCopy('chosen');
    a.asTextHint.chosenAsText(session);
    await vscode.window.showTextDocument(session);
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(a.asTextHint.offeredFor(session), false);
  });
});

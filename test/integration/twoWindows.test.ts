// The same session open twice (another window on this computer): the second is warned, and a
// save merges instead of overwriting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SessionLocks } from '../../src/host/sessionLocks';
import * as fs from 'fs';
import { closeAll, demoCopy, openSession } from './testKit';
import * as os from 'os';
import * as path from 'path';

describe('the same session in two windows', () => {
  it('warns the second window through the lock, and not the first', async () => {
    const { session } = demoCopy('locks');
    const dir = path.join(os.tmpdir(), `kk-locks-${Date.now()}`);
    const first = await new SessionLocks(dir).acquire(session);
    const second = await new SessionLocks(dir).acquire(session);
    assert.strictEqual(first.heldElsewhere, false);
    assert.strictEqual(second.heldElsewhere, true);
    first.dispose();
    await new Promise((r) => setTimeout(r, 100));
    const third = await new SessionLocks(dir).acquire(vscode.Uri.file(session.fsPath));
    assert.strictEqual(third.heldElsewhere, false, 'a released lock does not warn');
    third.dispose();
    second.dispose();
  });

  it('a save merges what the other window saved in the meantime: both edits are in the file', async function () {
    this.timeout(60000);
    const { session } = demoCopy('two-windows-save');
    const { doc, api } = await openSession(session);
    try {
      const [mine, theirs] = doc.session!.details;
      assert.ok(mine && theirs, 'the demo has two details');
      doc.apply({ op: 'update', coll: 'details', id: mine.id, patch: { see: 'gezien in dit venster' } });
      // The other window saves its own edit the way every save does: a temp file renamed over the session.
      const other = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
      other.details.find((d: { id: string }) => d.id === theirs.id).see = 'gezien in het andere venster';
      other.questions.push({ ...other.questions[0], id: 'qANDERVENSTER', text: 'Wat maakte het zo lastig?' });
      const tmp = `${session.fsPath}.ander-venster.tmp`;
      fs.writeFileSync(tmp, JSON.stringify(other, null, 2) + '\n');
      fs.renameSync(tmp, session.fsPath);
      // Save at once, before the file watcher may have noticed: the save itself must merge.
      await api.provider.saveCustomDocument(doc, new vscode.CancellationTokenSource().token);
      const saved = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
      const see = (id: string) => saved.details.find((d: { id: string }) => d.id === id).see;
      assert.strictEqual(see(mine.id), 'gezien in dit venster', 'my edit is saved');
      assert.strictEqual(see(theirs.id), 'gezien in het andere venster', "the other window's edit is kept");
      assert.ok(saved.questions.some((q: { id: string }) => q.id === 'qANDERVENSTER'), "the other window's new question is kept");
      assert.ok(!doc.isDirty, 'saved');
    } finally {
      await closeAll();
    }
  });
});

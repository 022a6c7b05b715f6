// The same session open twice (another window on this computer): the second is warned, and a
// save merges instead of overwriting.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { SessionLocks } from '../../src/host/sessionLocks';
import { demoCopy } from './testKit';
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
});

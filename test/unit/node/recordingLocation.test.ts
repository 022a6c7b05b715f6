import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { locateRecording } from '../../../src/node/recordingLocation';

describe('locating a session recording on disk', () => {
  let root: string;
  let dir: string;
  let session: string;
  beforeEach(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kk-loc-')));
    dir = path.join(root, 'sessie');
    fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
    session = path.join(dir, 'gesprek.mp4.kleinkijken.json');
    fs.writeFileSync(session, '{}');
    fs.writeFileSync(path.join(dir, 'gesprek.mp4'), 'x');
    fs.writeFileSync(path.join(dir, 'sub', 'b.mp4'), 'x');
    fs.writeFileSync(path.join(root, 'outside.mp4'), 'x');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds a recording beside the session and in a subfolder', async () => {
    assert.deepEqual(await locateRecording(session, 'gesprek.mp4'), { ok: true, file: path.join(dir, 'gesprek.mp4') });
    assert.deepEqual(await locateRecording(session, 'sub\\b.mp4'), { ok: true, file: path.join(dir, 'sub', 'b.mp4') });
  });

  it('refuses .. and absolute paths even when the file exists', async () => {
    assert.deepEqual(await locateRecording(session, '../outside.mp4'), { ok: false, reason: 'parent' });
    assert.deepEqual(await locateRecording(session, path.join(root, 'outside.mp4')), { ok: false, reason: 'absolute' });
  });

  it('refuses a symlink inside the folder that points outside it', async () => {
    fs.symlinkSync(path.join(root, 'outside.mp4'), path.join(dir, 'link.mp4'));
    fs.symlinkSync('/etc/passwd', path.join(dir, 'passwd.mp4'));
    assert.deepEqual(await locateRecording(session, 'link.mp4'), { ok: false, reason: 'outside' });
    assert.deepEqual(await locateRecording(session, 'passwd.mp4'), { ok: false, reason: 'outside' });
  });

  it('follows a symlinked session folder to its real place', async () => {
    const alias = path.join(root, 'alias');
    fs.symlinkSync(dir, alias);
    assert.deepEqual(await locateRecording(path.join(alias, 'gesprek.mp4.kleinkijken.json'), 'gesprek.mp4'), { ok: true, file: path.join(dir, 'gesprek.mp4') });
  });

  it('refuses a folder and a named pipe inside the folder', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.mp4')]);
    fs.mkdirSync(path.join(dir, 'map.mp4'));
    assert.deepEqual(await locateRecording(session, 'pipe.mp4'), { ok: false, reason: 'notFile' });
    assert.deepEqual(await locateRecording(session, 'map.mp4'), { ok: false, reason: 'notFile' });
  });

  it('reports a missing recording with where it was looked for', async () => {
    assert.deepEqual(await locateRecording(session, 'weg.mp4'), { ok: false, reason: 'missing', file: path.join(dir, 'weg.mp4') });
  });
});

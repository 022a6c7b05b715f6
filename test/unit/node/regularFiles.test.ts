import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectSilences } from '../../../src/media/silence';
import { MAX_SESSION_BYTES } from '../../../src/core/session/sessionFile';
import { readSessionFile } from '../../../src/node/sessionFiles';

// Files a shared folder can hold that must not be read as if they were recordings or sessions:
// a named pipe (blocks a reader forever) and a session far over the editor's size limit.
describe('only regular files of sane size are read', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kk-regular-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('silence detection refuses a named pipe without starting ffmpeg on it', async () => {
    const fifo = join(dir, 'opname.wav');
    execFileSync('mkfifo', [fifo]);
    const r = await detectSilences(fifo, { ffmpegPath: 'ffmpeg', minSec: 1, timeoutMs: 600_000 });
    assert.deepEqual(r.ok ? null : r.reason, 'input');
  });

  it('the workspace views refuse a session file over the editor limit before reading it', async () => {
    const big = join(dir, 'groot.mp4.kleinkijken.json');
    writeFileSync(big, '');
    execFileSync('truncate', ['-s', String(MAX_SESSION_BYTES + 1), big]);
    const r = await readSessionFile(big);
    assert.ok(!r.ok);
    assert.match(r.problem.message.nl, /te groot/);
  });

  it('the workspace views refuse a named pipe named like a session', async () => {
    const fifo = join(dir, 'pijp.mp4.kleinkijken.json');
    execFileSync('mkfifo', [fifo]);
    const r = await readSessionFile(fifo);
    assert.ok(!r.ok);
    assert.match(r.problem.message.en, /not a regular file/);
  });
});

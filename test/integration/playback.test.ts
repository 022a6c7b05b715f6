// A phone recording (H.264 + AAC, like the demo) gets a playback copy and a waveform; a second
// open comes from the cache; failures become banners while the rest of the editor keeps working.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PlaybackState } from '../../src/host/recordingPlayback';
import { closeAll, demoCopy, openSession, until } from './testKit';

async function readyState(open: Awaited<ReturnType<typeof openSession>>, what = 'playback'): Promise<Extract<PlaybackState, { status: 'ready' }>> {
  const playback = open.api.services.playbackFor(open.doc);
  return until(what, () => (playback.state.status === 'ready' ? playback.state : null), 60000);
}

describe('recording playback', function () {
  this.timeout(120000);
  afterEach(closeAll);

  it('makes a playback copy of an AAC recording and computes peaks, then reuses the cache', async () => {
    const { session } = demoCopy('proxy');
    const open = await openSession(session);
    const s = await readyState(open);
    assert.strictEqual(s.kind, 'video');
    assert.ok(s.viaProxy, 'AAC audio cannot play in desktop VS Code: a proxy is expected');
    assert.ok(fs.existsSync(s.playPath));
    assert.ok(s.playPath.startsWith(open.api.services.cacheDir.fsPath), 'the copy lives in the cache, not beside the recording');
    assert.ok(s.peaks.length >= 2, 'several peak levels');
    const finest = s.peaks[s.peaks.length - 1]!;
    assert.ok(Math.abs(finest.max.length / finest.peaksPerSec - s.durationSec) < 1);
    assert.ok(finest.max.some((x) => x > 20), 'the speech is visible in the peaks');
    await closeAll();
    const second = demoCopy('proxy-again');
    const again = await readyState(await openSession(second.session), 'cached playback');
    assert.ok(again.fromCache, 'the same content opens from the cache');
  });

  it('forces the fallback copy for a file the plan would play directly', async () => {
    const { dir, session } = demoCopy('force');
    const json = JSON.parse(fs.readFileSync(session.fsPath, 'utf8'));
    const wav = path.join(dir, 'toon.wav');
    const { execFileSync } = await import('child_process');
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=3', '-y', wav]);
    json.recording = { path: 'toon.wav', size: fs.statSync(wav).size, quickHash: '', durationSec: null };
    fs.writeFileSync(session.fsPath, JSON.stringify(json));
    const open = await openSession(session);
    const direct = await readyState(open, 'direct playback');
    assert.strictEqual(direct.viaProxy, false);
    assert.strictEqual(direct.kind, 'audio');
    await open.api.services.playbackFor(open.doc).fallbackToProxy();
    const forced = await readyState(open, 'forced proxy');
    assert.ok(forced.viaProxy);
  });

  it('says the recording is missing, offers relink, and keeps the session editable', async () => {
    const { session, recording } = demoCopy('missing');
    fs.rmSync(recording);
    const open = await openSession(session);
    const playback = open.api.services.playbackFor(open.doc);
    await until('the missing-recording banner', () => playback.problems.find((p) => p.id === 'recording-missing'));
    assert.ok(playback.problems.find((p) => p.id === 'recording-missing')!.actions.some((a) => a.id === 'relink'));
    open.doc.apply({ op: 'meta', patch: { title: 'nog steeds bewerkbaar' } });
    assert.strictEqual(open.doc.session!.title, 'nog steeds bewerkbaar');
  });

  it('explains a corrupt recording instead of failing silently', async () => {
    const { session, recording } = demoCopy('corrupt');
    fs.writeFileSync(recording, Buffer.from('dit is geen video'.repeat(100)));
    const open = await openSession(session);
    const playback = open.api.services.playbackFor(open.doc);
    const problem = await until('the media banner', () => playback.problems.find((p) => p.severity === 'error'), 60000);
    assert.ok(problem.message.length > 10);
    assert.strictEqual(playback.state.status, 'error');
  });

  it('creates a session beside a recording with the command', async () => {
    const { dir } = demoCopy('command');
    const rec = path.join(dir, 'gesprek.mp4');
    fs.copyFileSync(path.join(dir, 'demo.mp4'), rec);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('kleinKijken.openRecording', vscode.Uri.file(rec));
    assert.ok(uri && uri.fsPath.endsWith('gesprek.mp4.kleinkijken.json'));
    const json = JSON.parse(fs.readFileSync(uri.fsPath, 'utf8'));
    assert.strictEqual(json.recording.path, 'gesprek.mp4');
    assert.strictEqual(json.recording.size, fs.statSync(rec).size);
    assert.match(json.recording.quickHash, /^[0-9a-f]{64}$/);
  });
});

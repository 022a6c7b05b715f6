// Streaming playback (issue 15) in the real VS Code with a generated iPhone-like HEVC + AAC
// recording, which needs a playback copy (HEVC does not play in VS Code or in Debian's Chromium):
// the webview plays it through Media Source Extensions before the background copy is done, the
// copy is used on the next open, and faults end in a banner with a way out and no ffmpeg left.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { EditorPanel } from '../../src/host/editorPanel';
import { api, closeAll, openSession, repo, until } from './testKit';
import { aacRecording, ffmpegChildren, hevcRecording, sessionFor, silentHevcRecording } from './streamMedia';

let n = 0;
function hevcSession(name: string, source = hevcRecording(180), file = 'gesprek.mov'): { session: vscode.Uri; recording: string } {
  const ws = process.env.KK_TEST_WORKSPACE ?? vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const dir = path.join(ws, `${name}-${Date.now()}-${n++}`);
  const session = sessionFor(dir, source, file, repo('media', 'demo', 'demo.mp4.kleinkijken.json'));
  return { session: vscode.Uri.file(session), recording: path.join(dir, file) };
}

/** Removes earlier playback copies from the cache: each test starts as a first open. */
async function forgetCopies(): Promise<void> {
  const dir = (await api()).services.cacheDir.fsPath;
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) if (f.includes('.proxy.')) fs.rmSync(path.join(dir, f), { force: true });
}

async function streaming(name: string, source?: string, file?: string) {
  await forgetCopies();
  const { session, recording } = hevcSession(name, source, file);
  const open = await openSession(session);
  const playback = open.api.services.playbackFor(open.doc);
  const state = await until('the streaming state', () => (playback.state.status === 'ready' && playback.state.stream ? playback.state : null), 60000);
  const panel = await until('the editor panel', () => open.api.provider.allPanels().find((p) => p.doc === open.doc));
  // The webview asks for the tracks only after MediaSource.isTypeSupported said yes and its
  // MediaSource opened: a running stream proves the page plays through MSE.
  await until('ffmpeg streaming for the webview', () => panel.stream.pids().length > 0, 30000);
  return { ...open, playback, state, panel, recording };
}

const streamChildren = (file: string) => ffmpegChildren().filter((c) => c.cmd.includes(file) && c.cmd.includes('pipe:1') && !c.cmd.includes('s16le'));
const command = (panel: EditorPanel, c: Parameters<EditorPanel['post']>[0]) => panel.post(c);

describe('streaming playback', function () {
  this.timeout(240000);
  afterEach(closeAll);

  it('plays an HEVC recording at once, before the background copy is done, and uses the copy on the next open', async () => {
    const s = await streaming('stream');
    assert.deepStrictEqual(s.state.stream, { audio: true, video: true });
    // The waveform's peaks come first (audio only, seconds), then the background copy starts.
    const background = await until('a whole-file copy made in the background', () => s.playback.background, 30000);
    let copied = false;
    void background.done.then(() => (copied = true));
    command(s.panel, { type: 'command', command: { kind: 'playPause' } });
    await until('the playhead moving', () => s.panel.playbackTime > 1, 30000);
    assert.strictEqual(copied, false, 'playback started while the background copy was still running');
    // The background ffmpeg runs at a lower priority (nice 10) than the stream.
    // Its ffmpeg starts once the recording is hashed and the encoder chosen (hwAccel.ts).
    const bg = await until('the background copy running', () => ffmpegChildren().find((c) => c.cmd.includes(s.recording) && c.cmd.includes('-threads')), 30000);
    const nice = Number(fs.readFileSync(`/proc/${bg.pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
    assert.strictEqual(nice, 10);
    assert.strictEqual(await background.done, true, 'the background copy finished');
    await closeAll();
    const again = hevcSession('stream-again');
    const reopened = await openSession(again.session);
    const p = reopened.api.services.playbackFor(reopened.doc);
    const ready = await until('playback of the cached copy', () => (p.state.status === 'ready' ? p.state : null), 60000);
    assert.strictEqual(ready.stream, undefined, 'the next open plays the copy, no stream');
    assert.ok(ready.fromCache && ready.viaProxy);
    assert.ok(ready.playPath.startsWith(reopened.api.services.cacheDir.fsPath));
    assert.ok(ready.peaks.length > 0);
  });

  it('streams a long audio-only recording and a video without sound, one track each', async () => {
    const audio = await streaming('audio-only', aacRecording(3600), 'gesprek.m4a');
    assert.deepStrictEqual(audio.state.stream, { audio: true, video: false });
    assert.strictEqual(audio.state.kind, 'audio');
    assert.ok(streamChildren(audio.recording).every((c) => c.cmd.includes('libmp3lame')), 'only the audio track streams');
    await closeAll();
    const silent = await streaming('no-sound', silentHevcRecording(30), 'stil.mov');
    assert.deepStrictEqual(silent.state.stream, { audio: false, video: true });
    assert.ok(streamChildren(silent.recording).every((c) => c.cmd.includes('libx264')), 'only the video track streams');
  });

  it('falls back to the whole-file copy when the webview lacks a Media Source type', async () => {
    const s = await streaming('no-mse');
    // What a webview without H.264 in MSE reports after MediaSource.isTypeSupported.
    s.panel.stream.handle({ type: 'stream/open', missing: ['video/mp4; codecs="avc1.4D401F"'] });
    const ready = await until('the whole-file copy', () => (s.playback.state.status === 'ready' && !s.playback.state.stream ? s.playback.state : null), 180000);
    assert.ok(ready.viaProxy && fs.existsSync(ready.playPath));
    await until('no stream ffmpeg left', () => streamChildren(s.recording).length === 0);
  });

  it('shows a banner offering the whole-file copy when ffmpeg dies mid-stream', async () => {
    const s = await streaming('killed');
    const victim = s.panel.stream.pids()[0]!;
    process.kill(victim, 'SIGKILL');
    const problem = await until('the stream banner', () => s.playback.problems.find((p) => p.id === 'stream-failed'), 20000);
    assert.ok(problem.actions.some((a) => a.id === 'wholeCopy'));
    await s.playback.action('wholeCopy');
    const ready = await until('the whole-file copy', () => (s.playback.state.status === 'ready' && !s.playback.state.stream ? s.playback.state : null), 180000);
    assert.ok(ready.viaProxy && fs.existsSync(ready.playPath));
    await until('no stream ffmpeg left', () => streamChildren(s.recording).length === 0);
  });

  it('says the recording is gone when it is removed while streaming, and offers relink', async () => {
    const s = await streaming('removed');
    fs.rmSync(s.recording);
    command(s.panel, { type: 'command', command: { kind: 'seekTo', seconds: 150 } });
    const problem = await until('the missing-recording banner', () => s.playback.problems.find((p) => p.id === 'recording-missing'), 20000);
    assert.ok(problem.actions.some((a) => a.id === 'relink'));
    s.doc.apply({ op: 'meta', patch: { title: 'nog steeds bewerkbaar' } });
    assert.strictEqual(s.doc.session!.title, 'nog steeds bewerkbaar');
  });

  it('leaves no ffmpeg behind after rapid seeks, nor after the editor closes', async () => {
    const s = await streaming('seeks');
    for (const sec of [20, 150, 60, 170, 5, 120, 90, 30, 160, 75, 10, 140]) {
      command(s.panel, { type: 'command', command: { kind: 'seekTo', seconds: sec } });
      await new Promise((r) => setTimeout(r, 40));
    }
    // Settled: at most one ffmpeg per track, and exactly the ones the stream knows about.
    await until('one ffmpeg per track', () => {
      const kids = streamChildren(s.recording).map((c) => c.pid).sort();
      const known = s.panel.stream.pids().sort();
      return kids.length <= 2 && JSON.stringify(kids) === JSON.stringify(known) ? kids : null;
    }, 20000);
    await closeAll();
    await until('every ffmpeg of this recording gone (stream, peaks and background copy)', () => ffmpegChildren().filter((c) => c.cmd.includes(s.recording)).length === 0, 20000);
  });
});

// The host side of one webview's stream (issue 15), in plain Node with real ffmpeg: a seek kills
// the old producer and starts the next, the background copy makes way until the webview says the
// track is filled, and a hardware encoder that fails on the stream gives software with one log
// line and no banner. PlaybackStream only needs a LogOutputChannel's four methods from vscode.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import type { StreamTrack } from '../../../src/core/media/streamPlan';
import { videoEncoderChoice, type VideoEncoderChoice } from '../../../src/core/media/videoEncoders';
import { PlaybackStream, type StreamSource } from '../../../src/host/playbackStream';
import { locateFfmpeg, type FfmpegTools } from '../../../src/media/ffmpegLocator';
import { resetHardwareMemory } from '../../../src/media/hwAccel';
import type { HostMessage } from '../../../src/protocol/messages';
import { INSTALL_FFMPEG } from '../../fixtures/media/generateMedia';
import { until } from './until';
import { makeStub } from './ffmpegStub';


function host(source: StreamSource) {
  const posted: HostMessage[] = [];
  const lines: string[] = [];
  const faults: StreamTrack[] = [];
  const log = { debug: (l: string) => lines.push(`debug ${l}`), info: (l: string) => lines.push(`info ${l}`), warn: (l: string) => lines.push(`warn ${l}`), error: (l: string) => lines.push(`error ${l}`) };
  const stream = new PlaybackStream({
    source: () => source,
    post: (m) => posted.push(m),
    log: log as unknown as vscode.LogOutputChannel,
    unsupported: () => undefined,
    started: () => undefined,
    fault: (track) => faults.push(track),
  });
  return { stream, posted, lines, faults };
}

describe('PlaybackStream: one webview\'s streamed tracks on the host (real ffmpeg)', function () {
  this.timeout(60_000);
  let tools: FfmpegTools;
  let dir: string;
  let clip: string;
  before(async () => {
    const t = await locateFfmpeg();
    if (!t.ok) throw new Error(INSTALL_FFMPEG);
    tools = t.value;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-playback-stream-'));
    clip = path.join(dir, 'phone.mov');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=320x180:r=25:d=20', '-f', 'lavfi', '-i', 'sine=d=20', '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-tag:v', 'hvc1', '-c:a', 'aac', '-shortest', clip]);
  });
  beforeEach(() => resetHardwareMemory());
  after(() => {
    resetHardwareMemory();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts a seek\'s producer and kills the old one, and holds the background copy until the track is filled', async () => {
    let holds = 0;
    let released = 0;
    const source: StreamSource = { file: clip, tools, encoder: () => null, holdBackground: () => (holds++, () => released++), tail: () => null };
    const h = host(source);
    try {
      h.stream.handle({ type: 'stream/fetch', track: 'video', gen: 1, from: 0, waiting: true });
      const first = await until('the first producer', () => h.stream.pids()[0]);
      // The webview has enough: a paused pipe keeps this ffmpeg waiting until the seek kills it.
      h.stream.handle({ type: 'stream/flow', track: 'video', gen: 1, pause: true });
      assert.equal(holds, 1, 'the background copy makes way while the track fills');
      h.stream.handle({ type: 'stream/fetch', track: 'video', gen: 2, from: 12, waiting: true });
      assert.equal(released, 1, 'the previous hold of the track ends with its producer');
      assert.equal(holds, 2);
      const second = await until('the seek\'s producer', () => h.stream.pids().find((p) => p !== first));
      assert.deepEqual(h.stream.pids(), [second]);
      await until('the old ffmpeg gone', () => !fs.existsSync(`/proc/${first}`) || fs.readFileSync(`/proc/${first}/stat`, 'utf8').includes(') Z '));
      await until('data of the seek', () => h.posted.find((m) => m.type === 'stream/data' && m.gen === 2));
      assert.ok(h.posted.every((m) => m.type !== 'stream/data' || m.gen === 1 || m.from === 12));
      h.stream.handle({ type: 'stream/milestone', track: 'video', gen: 2, what: 'appended', ms: 400 });
      assert.ok(h.lines.some((l) => /^debug \[stream\] video #2: request → old ffmpeg killed \d+ ms → new ffmpeg \d+ ms → first bytes \d+ ms → first media (\d+ ms|\?); in the webview: first media appended 400 ms/.test(l)), h.lines.join('\n'));
      assert.equal(released, 1);
      h.stream.handle({ type: 'stream/milestone', track: 'video', gen: 2, what: 'filled', ms: 900 });
      assert.equal(released, 2, 'filled: the background copy goes on');
      // Continuing ahead of the playhead (it still has data): no reason to stop the copy.
      h.stream.handle({ type: 'stream/fetch', track: 'video', gen: 3, from: 18, waiting: false });
      await until('the continuation', () => h.posted.find((m) => m.type === 'stream/data' && m.gen === 3));
      assert.equal(holds, 2);
    } finally {
      await h.stream.stopAll();
      h.stream.dispose();
    }
    assert.deepEqual(h.stream.pids(), []);
    assert.deepEqual(h.faults, []);
  });

  it('streams in software after a hardware encoder fails on the recording: one line, no fault', async () => {
    const d = path.join(dir, 'stub');
    fs.mkdirSync(d);
    const stub = makeStub(d, tools.ffmpeg, false);
    const nvenc: VideoEncoderChoice = videoEncoderChoice('h264_nvenc', null);
    const source: StreamSource = { file: clip, tools: { ...tools, ffmpeg: stub.bin }, encoder: () => nvenc, holdBackground: () => () => undefined, tail: () => null };
    const h = host(source);
    try {
      h.stream.handle({ type: 'stream/fetch', track: 'video', gen: 1, from: 0 });
      await until('the end of the stream', () => h.posted.find((m) => m.type === 'stream/end'));
      assert.deepEqual(h.faults, [], 'no banner');
      const named = h.lines.filter((l) => l.startsWith('info stream video:'));
      assert.equal(named.length, 2, named.join('\n'));
      assert.equal(named[0], 'info stream video: h264_nvenc (hardware)');
      assert.match(named[1]!, /h264_nvenc \(hardware\) failed .*; libx264 \(software\) from now on/);
      assert.ok(!h.lines.some((l) => l.startsWith('error')), h.lines.join('\n'));
      const bytes = Buffer.concat(h.posted.flatMap((m) => (m.type === 'stream/data' ? [Buffer.from(m.data)] : [])));
      assert.ok(bytes.includes(Buffer.from('moof')), 'a fragmented MP4 reached the webview');
      assert.ok(stub.calls().some((c) => c.includes('h264_nvenc') && c.includes('pipe:1')) && stub.calls().some((c) => c.includes('libx264') && c.includes('pipe:1')));
    } finally {
      await h.stream.stopAll();
      h.stream.dispose();
    }
  });
});

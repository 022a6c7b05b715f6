import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { locateFfmpeg, type FfmpegTools } from '../../../src/media/ffmpegLocator';
import { chooseVideoEncoder, resetHardwareMemory } from '../../../src/media/hwAccel';
import { TrackStream, type StreamEnd } from '../../../src/media/streamer';
import { INSTALL_FFMPEG } from '../../fixtures/media/generateMedia';
import { makeStub } from './ffmpegStub';

/** Runs one track to its end and returns what it wrote and how it ended. */
async function collect(o: { tools: FfmpegTools; file: string; track: 'audio' | 'video'; startSec: number }): Promise<{ bytes: Buffer; end: StreamEnd }> {
  const chunks: Uint8Array[] = [];
  const s = new TrackStream({ ...o, onData: (c) => chunks.push(c), onEnd: () => undefined });
  const end = await s.finished;
  return { bytes: Buffer.concat(chunks), end };
}

function probe(file: string): Record<string, string> {
  const out = execFileSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height:format=format_name,duration', '-of', 'default=nw=1', file], { encoding: 'utf8' });
  return Object.fromEntries(out.trim().split('\n').map((l) => l.split('=') as [string, string]));
}

describe('streamer: one track of a recording from a position, with real ffmpeg', function () {
  this.timeout(60_000);
  let tools: FfmpegTools;
  let dir: string;
  let phone: string;
  before(async () => {
    const t = await locateFfmpeg();
    if (!t.ok) throw new Error(INSTALL_FFMPEG);
    tools = t.value;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-streamer-'));
    // A portrait phone recording: HEVC stored landscape with a 90° display matrix, AAC sound.
    const raw = path.join(dir, 'raw.mov');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=320x180:r=25:d=4', '-f', 'lavfi', '-i', 'sine=d=4', '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-tag:v', 'hvc1', '-c:a', 'aac', '-shortest', raw]);
    phone = path.join(dir, 'phone.mov');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', raw, '-c', 'copy', '-metadata:s:v:0', 'rotate=90', phone]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('streams the sound as MP3 from the position on', async () => {
    const { bytes, end } = await collect({ tools, file: phone, track: 'audio', startSec: 1 });
    assert.deepEqual(end, { kind: 'done' });
    const f = path.join(dir, 'audio.mp3');
    fs.writeFileSync(f, bytes);
    const p = probe(f);
    assert.equal(p.codec_name, 'mp3');
    assert.ok(Math.abs(Number(p.duration) - 3) < 0.2, `3 s from 1 s of 4 s: ${p.duration}`);
  });

  it('streams the picture as fragmented H.264 MP4, upright as the phone showed it', async () => {
    const { bytes, end } = await collect({ tools, file: phone, track: 'video', startSec: 0.5 });
    assert.deepEqual(end, { kind: 'done' });
    assert.ok(bytes.includes(Buffer.from('moof')), 'fragments (moof boxes) for Media Source Extensions');
    const f = path.join(dir, 'video.mp4');
    fs.writeFileSync(f, bytes);
    const p = probe(f);
    assert.equal(p.codec_name, 'h264');
    assert.deepEqual([p.width, p.height], ['180', '320'], 'rotated by ffmpeg from the display matrix');
  });

  it('stops at once: ffmpeg is gone when stop() resolves', async () => {
    const s = new TrackStream({ tools, file: phone, track: 'video', startSec: 0, onData: () => undefined, onEnd: () => undefined });
    s.setPaused(true); // a full pipe keeps ffmpeg waiting, as a paused stream does
    for (let i = 0; i < 100 && s.pid === undefined; i++) await new Promise((r) => setTimeout(r, 10));
    const pid = s.pid!;
    assert.ok(pid > 0);
    assert.deepEqual(await s.stop(), { kind: 'stopped' });
    assert.equal(fs.existsSync(`/proc/${pid}`), false);
  });

  it('reports a recording that is gone as missing', async () => {
    const { end } = await collect({ tools, file: path.join(dir, 'weg.mov'), track: 'audio', startSec: 0 });
    assert.equal(end.kind, 'failed');
    assert.equal(end.kind === 'failed' && end.missing, true);
  });

  describe('with a hardware encoder that passed its trial but fails on the recording (ffmpeg stub)', () => {
    beforeEach(() => resetHardwareMemory());
    after(() => resetHardwareMemory());

    async function streamWithStub(name: string, partialOutput: boolean) {
      const d = path.join(dir, name);
      fs.mkdirSync(d);
      const stub = makeStub(d, tools.ffmpeg, false, partialOutput);
      const stubTools: FfmpegTools = { ...tools, ffmpeg: stub.bin };
      const encoder = await chooseVideoEncoder(stub.bin, { enabled: true });
      assert.equal(encoder.label, 'h264_nvenc (hardware)', 'the trial passed: the stream starts on the hardware path');
      const chunks: Uint8Array[] = [];
      const lines: string[] = [];
      let restarts = 0;
      let afterRestart = 0;
      const s = new TrackStream({
        tools: stubTools, file: phone, track: 'video', startSec: 0.5, encoder,
        onData: (c) => chunks.push(c),
        onEnd: () => undefined,
        onRestart: () => {
          restarts++;
          afterRestart = chunks.length;
        },
        onFallback: (l) => lines.push(l),
      });
      const end = await s.finished;
      return { end, lines, restarts, bytes: Buffer.concat(chunks.slice(afterRestart)), calls: stub.calls(), stub };
    }

    it('falls back to software with one line and no fault: the webview gets a playable H.264 stream', async () => {
      const r = await streamWithStub('hw-fails', false);
      assert.deepEqual(r.end, { kind: 'done' }, 'no failure reaches the banner');
      assert.equal(r.lines.length, 1, r.lines.join('\n'));
      assert.match(r.lines[0]!, /h264_nvenc \(hardware\) failed \(.*OpenEncodeSessionEx.*\); libx264 \(software\)/);
      assert.equal(r.restarts, 0, 'nothing was sent before the failure: nothing to replace');
      assert.ok(r.calls.some((c) => c.includes('h264_nvenc') && c.includes('pipe:1')), 'the hardware encoder was tried on the stream');
      assert.ok(r.calls.some((c) => c.includes('libx264') && c.includes('zerolatency')), 'then software, tuned for streaming');
      const f = path.join(dir, 'fallback.mp4');
      fs.writeFileSync(f, r.bytes);
      assert.equal(probe(f).codec_name, 'h264');
      // The rest of the session streams in software for this binary, without trying again.
      assert.equal((await chooseVideoEncoder(r.stub.bin, { enabled: true })).software, true);
    });

    it('asks the webview to start over when the hardware encoder failed after sending data', async () => {
      const r = await streamWithStub('hw-fails-late', true);
      assert.deepEqual(r.end, { kind: 'done' });
      assert.equal(r.restarts, 1, 'what the hardware run sent is replaced');
      assert.ok(r.bytes.subarray(4, 8).equals(Buffer.from('ftyp')), 'the software run starts with its own init segment');
      const f = path.join(dir, 'fallback-late.mp4');
      fs.writeFileSync(f, r.bytes);
      assert.equal(probe(f).codec_name, 'h264');
    });
  });
});

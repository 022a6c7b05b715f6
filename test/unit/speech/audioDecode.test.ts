import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { locateFfmpeg } from '../../../src/media/ffmpegLocator';
import { decodeSpeechAudio, F32Chunker, SPEECH_SAMPLE_RATE, streamSpeechAudio } from '../../../src/speech/audioDecode';
import { INSTALL_FFMPEG } from '../../fixtures/media/generateMedia';

describe('speech audio decode (ffmpeg → 16 kHz mono f32)', function () {
  this.timeout(60_000);
  let dir: string;
  let ffmpeg: string;
  let stereo: string;
  before(async () => {
    const t = await locateFfmpeg();
    if (!t.ok) throw new Error(INSTALL_FFMPEG);
    ffmpeg = t.value.ffmpeg;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-speech-decode-'));
    // 70 s (longer than the first buffer guess) of a 0.5 sine on the left and silence on the right, as AAC at 44.1 kHz.
    stereo = path.join(dir, 'stereo.m4a');
    const r = spawnSync(ffmpeg, ['-hide_banner', '-v', 'error', '-f', 'lavfi', '-i', 'aevalsrc=0.5*sin(2*PI*440*t)|0:s=44100:d=70', '-c:a', 'aac', '-b:a', '128k', stereo]);
    assert.equal(r.status, 0, String(r.stderr));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps a float split across two pipe chunks whole', () => {
    const src = new Float32Array([0.25, -0.5, 1]);
    const bytes = Buffer.from(src.buffer);
    const c = new F32Chunker();
    const a = c.push(bytes.subarray(0, 5));
    const b = c.push(bytes.subarray(5));
    assert.deepEqual([...a, ...b], [0.25, -0.5, 1]);
    assert.equal(c.samplesOut, 3);
  });

  it('decodes a stereo AAC file of unknown length to mono 16 kHz (the buffer grows)', async () => {
    const r = await decodeSpeechAudio(stereo, ffmpeg);
    assert.ok(r.ok, r.ok ? '' : r.problem.en);
    assert.ok(Math.abs(r.value.length / SPEECH_SAMPLE_RATE - 70) < 0.1, `${r.value.length / SPEECH_SAMPLE_RATE} s`);
    // Mixed down: ffmpeg folds stereo to mono at -3 dB per channel, so the left 0.5 sine peaks near 0.354.
    let peak = 0;
    for (let i = SPEECH_SAMPLE_RATE; i < 2 * SPEECH_SAMPLE_RATE; i++) peak = Math.max(peak, Math.abs(r.value[i]!));
    assert.ok(peak > 0.33 && peak < 0.38, `peak ${peak}`);
  });

  it('streams in pieces with offsets that add up, and reports progress to 1', async () => {
    let next = 0;
    const progress: number[] = [];
    const r = await streamSpeechAudio(
      stereo,
      ffmpeg,
      (s, offset) => {
        assert.equal(offset, next);
        next += s.length;
      },
      { durationSec: 70, onProgress: (f) => progress.push(f) },
    );
    assert.ok(r.ok);
    assert.equal(r.value, next);
    assert.equal(progress.at(-1), 1);
  });

  it('a cancel stops ffmpeg and says so', async () => {
    const r = await decodeSpeechAudio(stereo, ffmpeg, { signal: AbortSignal.abort() });
    assert.ok(!r.ok && r.aborted);
  });
});

import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { locateFfmpeg } from '../../../src/media/ffmpegLocator';
import { SPEECH_SAMPLE_RATE } from '../../../src/speech/audioDecode';
import { loadSherpa } from '../../../src/speech/sherpaLoader';
import type { SherpaModule } from '../../../src/speech/sherpaTypes';
import { detectSpeechInFile, vadModelPath } from '../../../src/speech/speechRegions';
import { decodeWithRegions } from '../../../src/speech/transcribePipeline';
import { INSTALL_FFMPEG } from '../../fixtures/media/generateMedia';
import { sharedDutchSpeech, wavBytes, type DutchSpeech } from '../../fixtures/speech/dutchSpeech';

describe('speech regions: real Silero VAD through sherpa-onnx on espeak-ng Dutch', function () {
  this.timeout(60_000);
  let sherpa: SherpaModule;
  let ffmpeg: string;
  let talk: DutchSpeech;
  before(async () => {
    const s = loadSherpa();
    if (!s.ok) throw new Error(s.problem.en);
    sherpa = s.sherpa;
    const t = await locateFfmpeg();
    if (!t.ok) throw new Error(INSTALL_FFMPEG);
    ffmpeg = t.value.ffmpeg;
    talk = sharedDutchSpeech();
  });

  function assertNearSpans(regions: { start: number; end: number }[]) {
    assert.equal(regions.length, talk.spans.length, JSON.stringify(regions));
    regions.forEach((r, i) => {
      const s = talk.spans[i]!;
      assert.ok(Math.abs(r.start - s.start) <= 0.3, `region ${i} starts at ${r.start}, speech at ${s.start}`);
      assert.ok(Math.abs(r.end - s.end) <= 0.3, `region ${i} ends at ${r.end}, speech at ${s.end}`);
    });
  }

  it('finds each utterance within ±0.3 s, streaming from the file', async () => {
    const r = await detectSpeechInFile(sherpa, talk.wav, ffmpeg);
    assert.ok(r.ok, r.ok ? '' : r.problem.en);
    assertNearSpans(r.value);
  });

  it('finds the same regions while decoding the whole recording (the pipeline\'s path), 16 kHz mono of the right length', async () => {
    const progress: number[] = [];
    const d = await decodeWithRegions(sherpa, { recording: talk.wav, ffmpeg, durationSec: talk.durationSec }, undefined, (f) => progress.push(f));
    assert.ok(d.ok);
    assert.ok(Math.abs(d.value.audio.length / SPEECH_SAMPLE_RATE - talk.durationSec) < 0.01);
    assertNearSpans(d.value.regions);
    assert.equal(progress.at(-1), 1);
  });

  it('finds no speech in silence', async () => {
    const silent = path.join(path.dirname(talk.wav), 'stil.wav');
    fs.writeFileSync(silent, wavBytes(new Float32Array(SPEECH_SAMPLE_RATE * 3)));
    const r = await detectSpeechInFile(sherpa, silent, ffmpeg);
    assert.ok(r.ok);
    assert.deepEqual(r.value, []);
  });

  it('a file ffmpeg cannot read gives a Dutch and English problem', async () => {
    const bad = path.join(path.dirname(talk.wav), 'kapot.wav');
    fs.writeFileSync(bad, 'dit is geen geluid');
    const r = await detectSpeechInFile(sherpa, bad, ffmpeg);
    assert.ok(!r.ok);
    assert.match(r.problem.nl, /ffmpeg kon het geluid niet omzetten/);
    assert.match(r.problem.en, /ffmpeg could not convert the audio/);
  });

  it('uses the shipped Silero VAD v5 file', () => {
    const p = vadModelPath();
    assert.equal(createHash('sha256').update(fs.readFileSync(p)).digest('hex'), '2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f');
  });
});

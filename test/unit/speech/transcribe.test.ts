import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpeechSegment, TimeSpan } from '../../../src/core/speech/speechSegment';
import { locateFfmpeg } from '../../../src/media/ffmpegLocator';
import { loadSherpa } from '../../../src/speech/sherpaLoader';
import { detectSpeechInWorker, transcribeInWorker } from '../../../src/speech/speechJob';
import { detectSpeechInFile } from '../../../src/speech/speechRegions';
import type { TranscriptionOptions, TranscriptionResult } from '../../../src/speech/speechTypes';
import { INSTALL_FFMPEG } from '../../fixtures/media/generateMedia';
import { sharedDutchSpeech, type DutchSpeech } from '../../fixtures/speech/dutchSpeech';
import { sharedStandinModels, type StandinModels } from '../../speechStandins';

/** The worker process(es) this test process started. */
function workerPids(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .filter((l) => l.includes('speechWorker'))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
}

describe('transcription pipeline: real sherpa-onnx with stand-in models, in the worker process', function () {
  this.timeout(120_000);
  let talk: DutchSpeech;
  let models: StandinModels;
  let ffmpeg: string;
  let regions: TimeSpan[];
  let base: TranscriptionOptions;
  let full: TranscriptionResult;
  const progress: [number, number | null][] = [];
  const snapshots: number[] = [];

  before(async () => {
    talk = sharedDutchSpeech();
    models = sharedStandinModels();
    const t = await locateFfmpeg();
    if (!t.ok) throw new Error(INSTALL_FFMPEG);
    ffmpeg = t.value.ffmpeg;
    const s = loadSherpa();
    if (!s.ok) throw new Error(s.problem.en);
    const r = await detectSpeechInFile(s.sherpa, talk.wav, ffmpeg);
    if (!r.ok) throw new Error(r.problem.en);
    regions = r.value;
    base = { recording: talk.wav, ffmpeg, model: models.transducer, speakerModel: models.speakers, speakers: 2, durationSec: talk.durationSec, numThreads: 1 };
    full = await transcribeInWorker(base, { onProgress: (f, left) => progress.push([f, left]), onSegments: (s) => snapshots.push(s.length) });
  });

  function assertWellFormed(segs: readonly SpeechSegment[], maxSpeakers: number) {
    assert.ok(segs.length > 0);
    segs.forEach((s, i) => {
      assert.ok(s.end > s.start, `segment ${i} has no length`);
      if (i > 0) assert.ok(s.start >= segs[i - 1]!.end - 1e-9, `segment ${i} starts before ${i - 1} ends`);
      assert.ok(
        regions.some((r) => s.start >= r.start - 0.2 && s.end <= r.end + 0.2),
        `segment ${i} [${s.start}, ${s.end}] lies outside every speech region ${JSON.stringify(regions)}`,
      );
      assert.ok(s.speaker >= 0 && s.speaker < maxSpeakers);
      assert.ok(s.text.trim().length > 0);
      for (let k = 0; k < (s.words?.length ?? 0); k++) {
        const w = s.words![k]!;
        assert.ok(w.start >= s.start && w.end <= s.end && w.start <= w.end, `word ${k} of segment ${i} outside it`);
        if (k > 0) assert.ok(w.start >= s.words![k - 1]!.start);
      }
    });
  }

  it('transducer + speakers: ordered segments inside the speech, two voices, word times, complete', () => {
    assert.equal(full.problem, null, full.problem?.en);
    assert.equal(full.complete, true);
    assertWellFormed(full.segments, 2);
    assert.equal(full.speakers, 2);
    assert.equal(full.speakerNote, null);
    assert.ok(full.segments.every((s) => (s.words?.length ?? 0) > 0), 'the TDT stand-in gives token times');
    // The speaker changes between the first and the second utterance (espeak voices nl, nl+f3).
    const firstTurn = full.segments.filter((s) => s.start < talk.spans[0]!.end);
    const secondTurn = full.segments.filter((s) => s.start > talk.spans[1]!.start - 0.5 && s.end < talk.spans[1]!.end + 0.5);
    assert.notEqual(firstTurn[0]!.speaker, secondTurn[0]!.speaker);
  });

  it('reports progress up to 1 with a time-left estimate at the end, and segments as they grow', () => {
    assert.ok(progress.length > 3);
    for (let i = 1; i < progress.length; i++) assert.ok(progress[i]![0] >= progress[i - 1]![0]);
    assert.deepEqual(progress.at(-1), [1, 0]);
    assert.ok(snapshots.length >= 3, `onSegments called ${snapshots.length} times`);
    for (let i = 1; i < snapshots.length; i++) assert.ok(snapshots[i]! >= snapshots[i - 1]!);
    assert.equal(snapshots.at(-1), full.segments.length);
  });

  it('CTC with up to three speakers', async () => {
    const r = await transcribeInWorker({ ...base, model: models.ctc, speakers: 3 });
    assert.equal(r.complete, true, r.problem?.en);
    assertWellFormed(r.segments, 3);
  });

  it('without a speaker model: one speaker, and a Dutch note saying why', async () => {
    const r = await transcribeInWorker({ ...base, speakerModel: null });
    assert.equal(r.complete, true);
    assertWellFormed(r.segments, 1);
    assert.equal(r.speakers, 1);
    assert.match(r.speakerNote!.nl, /Eén spreker: er is geen sprekermodel gekozen/);
    assert.match(r.speakerNote!.en, /no speaker model/);
  });

  it('a speaker folder that is not usable still gives the text, with one speaker and the reason', async () => {
    const r = await transcribeInWorker({ ...base, speakerModel: models.ctc });
    assert.equal(r.complete, true);
    assertWellFormed(r.segments, 1);
    assert.match(r.speakerNote!.nl, /^Eén spreker: .* bevat een spraakherkenningsmodel, geen sprekermodellen\.$/);
  });

  it('cancel keeps the part already recognised', async () => {
    const controller = new AbortController();
    let seen: readonly SpeechSegment[] = [];
    const r = await transcribeInWorker(base, {
      onSegments: (s) => {
        seen = s;
        controller.abort();
      },
    }, controller.signal);
    assert.equal(r.complete, false);
    assert.equal(r.problem, null);
    assert.ok(r.segments.length > 0);
    assert.ok(r.segments.length < full.segments.length, `${r.segments.length} of ${full.segments.length}`);
    assert.deepEqual(r.segments, seen);
    assert.deepEqual(r.segments, full.segments.slice(0, r.segments.length));
  });

  it('a worker that dies mid-way still returns what it had done, with a Dutch problem', async () => {
    let seen: readonly SpeechSegment[] = [];
    let killed = 0;
    const r = await transcribeInWorker(base, {
      onSegments: (s) => {
        seen = s;
        // The worker waits for our acknowledgement, so it is alive now; kill it as the OOM killer would.
        for (const pid of workerPids()) {
          process.kill(pid, 'SIGKILL');
          killed++;
        }
      },
    });
    assert.equal(killed, 1);
    assert.equal(r.complete, false);
    assert.ok(r.segments.length > 0);
    assert.deepEqual(r.segments, seen);
    assert.match(r.problem!.nl, /De spraakherkenning stopte onverwacht \(signaal SIGKILL\)\. Wat al herkend was, is bewaard\./);
    assert.match(r.problem!.en, /stopped unexpectedly/);
  });

  it('a model file onnxruntime cannot parse kills only the worker; the caller gets a problem', async () => {
    const broken = path.join(models.dir, 'kapot-ctc');
    fs.mkdirSync(broken, { recursive: true });
    fs.copyFileSync(path.join(models.ctc, 'tokens.txt'), path.join(broken, 'tokens.txt'));
    // Starts like ONNX (passes the folder check) but the protobuf is cut off.
    const good = fs.readFileSync(path.join(models.ctc, 'model.onnx'));
    fs.writeFileSync(path.join(broken, 'model.onnx'), good.subarray(0, Math.floor(good.length / 2)));
    const r = await transcribeInWorker({ ...base, model: broken });
    assert.equal(r.complete, false);
    assert.deepEqual(r.segments, []);
    assert.match(r.problem!.nl, /De spraakherkenning stopte onverwacht/);
  });

  it('a missing model folder gives the Dutch error and no crash', async () => {
    const r = await transcribeInWorker({ ...base, model: path.join(models.dir, 'bestaat-niet') });
    assert.equal(r.complete, false);
    assert.match(r.problem!.nl, /De map voor het spraakmodel bestaat niet/);
    assert.match(r.problem!.en, /does not exist/);
  });
});

describe('speech regions in the worker process', function () {
  this.timeout(60_000);
  it('gives the same regions as in-process, and a cancel before the end says so', async () => {
    const talk = sharedDutchSpeech();
    const t = await locateFfmpeg();
    if (!t.ok) throw new Error(INSTALL_FFMPEG);
    const s = loadSherpa();
    if (!s.ok) throw new Error(s.problem.en);
    const here = await detectSpeechInFile(s.sherpa, talk.wav, t.value.ffmpeg);
    const progress: number[] = [];
    const there = await detectSpeechInWorker({ recording: talk.wav, ffmpeg: t.value.ffmpeg, durationSec: talk.durationSec }, (f) => progress.push(f));
    assert.ok(here.ok && there.ok);
    assert.deepEqual(there.value, here.value);
    assert.equal(progress.at(-1), 1);
    const cancelled = await detectSpeechInWorker({ recording: talk.wav, ffmpeg: t.value.ffmpeg }, undefined, AbortSignal.abort());
    assert.ok(!cancelled.ok && cancelled.aborted);
  });
});

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import type { SpeechSegment } from '../../../src/core/speech/speechSegment';
import { parseTranscript } from '../../../src/core/transcript/detectFormat';
import { sharedDutchSpeech, type DutchSpeech } from '../../fixtures/speech/dutchSpeech';
import { sharedStandinModels, type StandinModels } from '../../speechStandins';

async function cli(args: string[], cwd: string, env: NodeJS.ProcessEnv = { PATH: process.env.PATH }) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), cwd, env });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('klein-kijken speech and transcribe', function () {
  this.timeout(120_000);
  let talk: DutchSpeech;
  let models: StandinModels;
  let dir: string;
  before(() => {
    talk = sharedDutchSpeech();
    models = sharedStandinModels();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-speech-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('speech --format json prints the speech regions', async () => {
    const r = await cli(['speech', talk.wav, '--format', 'json'], dir);
    assert.equal(r.code, 0, r.err);
    const regions = JSON.parse(r.out) as { start: number; end: number }[];
    assert.equal(regions.length, talk.spans.length);
    regions.forEach((x, i) => assert.ok(Math.abs(x.start - talk.spans[i]!.start) <= 0.3 && Math.abs(x.end - talk.spans[i]!.end) <= 0.3));
    const text = await cli(['speech', talk.wav], dir);
    assert.equal(text.out.split('\n').length, talk.spans.length);
    assert.match(text.out.split('\n')[0]!, /^0:01\.\d\t0:05\.\d$/);
  });

  it('transcribe writes WebVTT with a voice per speaker, which our own reader reads back', async () => {
    const out = path.join(dir, 'gesprek.vtt');
    const r = await cli(['transcribe', talk.wav, '--model', models.transducer, '--speaker-model', models.speakers, '--speakers', '2', '--out', out], dir);
    assert.equal(r.code, 0, r.err);
    const vtt = fs.readFileSync(out, 'utf8');
    assert.match(vtt, /^WEBVTT\n/);
    assert.match(vtt, /<v Spreker 1>/);
    assert.match(vtt, /<v Spreker 2>/);
    assert.doesNotMatch(vtt, /<v Spreker 3>/);
    const back = parseTranscript(vtt, 'vtt');
    assert.ok(back.ok);
    assert.ok(back.transcript.segments.length > 0);
    assert.deepEqual(new Set(back.transcript.segments.map((s) => s.speaker)), new Set(['Spreker 1', 'Spreker 2']));
  });

  it('transcribe --out .json writes the segments; the model can come from KK_SPEECH_MODEL', async () => {
    const out = path.join(dir, 'gesprek.json');
    const r = await cli(['transcribe', talk.wav, '--speakers', '1', '--out', 'gesprek.json'], dir, { PATH: process.env.PATH, KK_SPEECH_MODEL: models.ctc });
    assert.equal(r.code, 0, r.err);
    const segs = JSON.parse(fs.readFileSync(out, 'utf8')) as SpeechSegment[];
    assert.ok(segs.length >= talk.spans.length);
    assert.ok(segs.every((s) => s.speaker === 0 && s.end > s.start && s.text.length > 0));
  });

  it('without a model: exit 2 and one line naming the setting and the download command', async () => {
    const r = await cli(['transcribe', talk.wav], dir, { PATH: process.env.PATH, LANG: 'nl_NL.UTF-8' });
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err.split('\n').length, 1);
    assert.match(r.err, /kleinKijken\.spraak\.model/);
    assert.match(r.err, /Klein Kijken: Spraakmodel downloaden…/);
    assert.match(r.err, /geen spraakmodel gekozen/);
  });

  it('a folder that is no model: exit 2 with the Dutch reason', async () => {
    const r = await cli(['transcribe', talk.wav, '--model', dir], dir, { PATH: process.env.PATH, LANG: 'nl_NL.UTF-8' });
    assert.equal(r.code, 2);
    assert.match(r.err, /staat geen spraakmodel/);
  });
});

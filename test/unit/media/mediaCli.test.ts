import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CliIo } from '../../../src/cli/cliCommand';
import { runCli } from '../../../src/cli/main';
import { deserializePeaks } from '../../../src/core/media/peaksData';
import { AWKWARD_NAME, FIXTURE_SECONDS, sharedMediaFixtures, type MediaFixtures } from '../../fixtures/media/generateMedia';

async function cli(args: string[], env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), cwd, env };
  const code = await runCli(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('klein-kijken probe / peaks / proxy', function () {
  this.timeout(60_000);
  let fx: MediaFixtures;
  let dir: string;
  before(() => {
    fx = sharedMediaFixtures();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('probe prints streams and plan as JSON', async () => {
    const r = await cli(['probe', fx.h264AacMp4]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.video, { codec: 'h264', width: 160, height: 120 });
    assert.deepEqual(j.audio, { codec: 'aac', sampleRate: 44100, channels: 1 });
    assert.deepEqual(j.plan, { video: 'direct', audio: 'proxy' });
    assert.ok(Math.abs(j.durationSec - FIXTURE_SECONDS) < 0.1);
    const cover = JSON.parse((await cli(['probe', fx.coverMp3])).out);
    assert.equal(cover.video, null);
    assert.deepEqual(cover.plan, { video: 'none', audio: 'direct' });
  });

  it('probe takes a relative file name that starts with a dash', async () => {
    const r = await cli(['probe', '--', AWKWARD_NAME], process.env, fx.dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).audio.codec, 'pcm_s16le');
  });

  it('peaks writes the binary peaks and prints the levels', async () => {
    const out = path.join(dir, 'sine.peaks');
    const r = await cli(['peaks', fx.wav, '--out', out]);
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.deepEqual(j.levels, [{ peaksPerSec: 100, count: FIXTURE_SECONDS * 100 }]);
    const back = deserializePeaks(fs.readFileSync(out));
    assert.ok(back.ok && back.peaks.levels[0]!.min.length === FIXTURE_SECONDS * 100);
    const json = path.join(dir, 'sine.json');
    assert.equal((await cli(['peaks', fx.wav, '--out', json])).code, 0);
    const ws = JSON.parse(fs.readFileSync(json, 'utf8'));
    assert.equal(ws.duration, FIXTURE_SECONDS);
    assert.equal(ws.peaks.length, 2);
  });

  it('proxy writes an MP3 for AAC, and for a directly playable file says so but still writes one', async () => {
    const a = await cli(['proxy', fx.aacM4a, '--out', path.join(dir, 'memo.mp3')]);
    assert.equal(a.code, 0, a.err);
    assert.equal(a.err, '');
    assert.deepEqual(JSON.parse(a.out).recipe, { container: 'mp3', video: 'drop', audio: 'mp3' });
    assert.ok(fs.statSync(path.join(dir, 'memo.mp3')).size > 1000);
    const b = await cli(['proxy', fx.wav, '--out', path.join(dir, 'sine.mp3')]);
    assert.equal(b.code, 0);
    assert.match(b.err, /plays this file as it is/);
    assert.ok(fs.existsSync(path.join(dir, 'sine.mp3')));
  });

  it('bad input: exit 2 and one line on stderr saying why', async () => {
    const cases: [string[], RegExp][] = [
      [['probe', path.join(dir, 'nope.mp4')], /does not exist/],
      [['probe', fx.notMedia], /not a readable audio or video file/],
      [['probe', fx.truncatedMp4], /not a readable/],
      [['peaks', fx.wav], /--out/],
      [['peaks', fx.videoOnlyMp4, '--out', path.join(dir, 'x.peaks')], /has no audio/],
      [['proxy', fx.aacM4a, '--out', path.join(dir, 'memo.mp4')], /end in \.mp3/],
      [['probe'], /exactly one media file/],
    ];
    for (const [args, why] of cases) {
      const r = await cli(args, { ...process.env, LANG: 'en_US.UTF-8' });
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, why);
      assert.equal(r.err.split('\n').length, 1);
    }
    const nl = await cli(['probe', path.join(dir, 'nope.mp4')], { ...process.env, LANG: 'nl_NL.UTF-8' });
    assert.match(nl.err, /bestaat niet/);
  });

  it('without ffmpeg: exit 2 with the install command', async () => {
    const r = await cli(['probe', fx.wav], { PATH: dir, LANG: 'en_US.UTF-8' });
    assert.equal(r.code, 2);
    assert.match(r.err, /ffmpeg was not found.*Install with: (sudo apt-get install -y ffmpeg|brew install ffmpeg|winget)/);
  });
});

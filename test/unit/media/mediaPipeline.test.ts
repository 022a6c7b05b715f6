import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isAbortError, type ProbedMedia } from '../../../src/core/media/mediaInfo';
import { planPlayback } from '../../../src/core/media/playbackPlan';
import { toWavesurferPeaks, type Peaks } from '../../../src/core/media/peaksData';
import { installHint, locateFfmpeg, type FfmpegTools } from '../../../src/media/ffmpegLocator';
import { computePeaks } from '../../../src/media/peaks';
import { probeMedia } from '../../../src/media/probe';
import { createProxy } from '../../../src/media/proxy';
import { ffmpegPath, runProcess } from '../../../src/media/runProcess';
import { FIXTURE_SECONDS, INSTALL_FFMPEG, SINE_AMPLITUDE, sharedMediaFixtures, type MediaFixtures } from '../../fixtures/media/generateMedia';

function medianMax(p: Peaks): number {
  const a = Array.from(toWavesurferPeaks(p).peaks[0]).sort((x, y) => x - y);
  return a[a.length >> 1]!;
}

async function tools(): Promise<FfmpegTools> {
  const t = await locateFfmpeg();
  if (!t.ok) throw new Error(INSTALL_FFMPEG);
  return t.value;
}

async function probeOk(file: string, t: FfmpegTools): Promise<ProbedMedia> {
  const r = await probeMedia(file, t);
  if (!r.ok) throw new Error(`probe failed: ${r.problem.message.en} ${r.problem.detail ?? ''}`);
  return r.value;
}

describe('media pipeline with real ffmpeg', function () {
  this.timeout(60_000);
  let fx: MediaFixtures;
  let t: FfmpegTools;
  let out: string;
  before(async () => {
    fx = sharedMediaFixtures();
    t = await tools();
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-media-out-'));
  });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  describe('ffmpegLocator', () => {
    it('finds ffmpeg and ffprobe on PATH and reports the version and source', () => {
      assert.equal(t.source, 'path');
      assert.match(t.version, /^\d+\.\d+/);
      assert.ok(t.ffprobe && path.basename(t.ffprobe) === 'ffprobe');
    });

    it('prefers a working setting, then FFMPEG_BIN (bundled), and skips ones that do not run', async () => {
      const viaSetting = await locateFfmpeg({ settingPath: t.ffmpeg });
      assert.ok(viaSetting.ok && viaSetting.value.source === 'setting');
      const broken = path.join(out, 'not-ffmpeg');
      fs.writeFileSync(broken, '#!/bin/sh\nexit 3\n', { mode: 0o755 });
      const viaEnv = await locateFfmpeg({ settingPath: broken, env: { ...process.env, FFMPEG_BIN: t.ffmpeg } });
      assert.ok(viaEnv.ok && viaEnv.value.source === 'bundled');
      const missingBundle = await locateFfmpeg({ bundledPath: () => path.join(out, 'ffmpeg-static-never-downloaded') });
      assert.ok(missingBundle.ok && missingBundle.value.source === 'path');
    });

    it('without any ffmpeg says so with the install command', async () => {
      const r = await locateFfmpeg({ env: { PATH: out }, bundledPath: () => null, platform: 'linux' });
      assert.ok(!r.ok);
      assert.equal(r.problem.id, 'ffmpeg-missing');
      assert.match(r.problem.message.en, /install with: sudo apt-get install -y ffmpeg/i);
      assert.match(r.problem.message.nl, /Installeer met: sudo apt-get install -y ffmpeg/);
      assert.equal(installHint('darwin'), 'brew install ffmpeg');
    });
  });

  describe('runProcess', () => {
    it('passes arguments without a shell and reads a file named like an option', async () => {
      assert.ok(path.basename(fx.awkwardWav).startsWith('-'));
      const r = await runProcess(t.ffprobe!, ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', ffmpegPath(fx.awkwardWav)]);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(Math.abs(Number(r.stdout.toString()) - FIXTURE_SECONDS) < 0.05);
    });

    it('kills on timeout and on abort, and reports a program that does not exist', async () => {
      const slow = ['-hide_banner', '-v', 'error', '-re', '-f', 'lavfi', '-i', 'sine=d=30', '-f', 'null', '-'];
      const timedOut = await runProcess(t.ffmpeg, slow, { timeoutMs: 200 });
      assert.equal(timedOut.killed, 'timeout');
      const ac = new AbortController();
      setTimeout(() => ac.abort(), 100);
      const aborted = await runProcess(t.ffmpeg, slow, { signal: ac.signal });
      assert.equal(aborted.killed, 'abort');
      const missing = await runProcess(path.join(out, 'no-such-program'), []);
      assert.equal(missing.spawnError?.code, 'ENOENT');
    });
  });

  describe('probe', () => {
    const expected: [keyof MediaFixtures, string | null, string | null, string, string][] = [
      ['h264AacMp4', 'h264', 'aac', 'direct', 'proxy'],
      ['hevcAacMov', 'hevc', 'aac', 'proxy', 'proxy'],
      ['aacM4a', null, 'aac', 'none', 'proxy'],
      ['mp3', null, 'mp3', 'none', 'direct'],
      ['wav', null, 'pcm_s16le', 'none', 'direct'],
      ['opus', null, 'opus', 'none', 'proxy'],
      ['vp8VorbisWebm', 'vp8', 'vorbis', 'direct', 'direct'],
      ['h264Mp3Mkv', 'h264', 'mp3', 'proxy', 'proxy'],
      ['videoOnlyMp4', 'h264', null, 'direct', 'none'],
      ['coverMp3', 'png', 'mp3', 'none', 'direct'],
      ['awkwardWav', null, 'pcm_s16le', 'none', 'direct'],
    ];
    for (const [key, vCodec, aCodec, vPlan, aPlan] of expected) {
      it(`${key}: ${vCodec ?? '-'} / ${aCodec ?? '-'} → video ${vPlan}, audio ${aPlan} (ffprobe and the ffmpeg -i fallback agree)`, async () => {
        const file = fx[key];
        const viaProbe = await probeOk(file, t);
        const viaFfmpeg = await probeOk(file, { ...t, ffprobe: null });
        for (const m of [viaProbe, viaFfmpeg]) {
          assert.equal(m.video?.codec ?? null, vCodec);
          assert.equal(m.audio?.codec ?? null, aCodec);
          assert.ok(m.durationSec !== null && Math.abs(m.durationSec - FIXTURE_SECONDS) < 0.1, `duration ${m.durationSec}`);
          if (m.audio) assert.deepEqual([m.audio.sampleRate > 0, m.audio.channels], [true, 1]);
          if (m.video && !m.video.isAttachedPic) assert.deepEqual([m.video.width, m.video.height], [160, 120]);
          const plan = planPlayback(m);
          assert.deepEqual([plan.video, plan.audio], [vPlan, aPlan]);
        }
        assert.equal(viaProbe.video?.isAttachedPic ?? false, key === 'coverMp3');
        assert.equal(viaFfmpeg.video?.isAttachedPic ?? false, key === 'coverMp3');
        assert.equal(viaProbe.formatName, viaFfmpeg.formatName);
      });
    }

    it('bad files give typed problems with a reason in both languages', async () => {
      const cases: [string, string, RegExp][] = [
        [fx.truncatedMp4, 'media-unreadable', /truncated/],
        [fx.notMedia, 'media-unreadable', /not a readable audio or video file/],
        [fx.empty, 'media-unreadable', /empty/],
        [path.join(fx.dir, 'gone.mp4'), 'media-missing', /does not exist/],
        [fx.dir, 'media-missing', /not a file/],
      ];
      for (const [file, id, en] of cases) {
        for (const tt of [t, { ...t, ffprobe: null }]) {
          const r = await probeMedia(file, tt);
          assert.ok(!r.ok, file);
          assert.equal(r.problem.id, id, file);
          assert.match(r.problem.message.en, en);
          assert.ok(r.problem.message.nl.length > 10 && r.problem.message.nl !== r.problem.message.en);
        }
      }
    });
  });

  describe('peaks', () => {
    it('a 0.5-amplitude sine gives 100 peaks/s with max ≈ 0.5 and min ≈ -0.5 (WAV and the awkward name)', async () => {
      for (const file of [fx.wav, fx.awkwardWav]) {
        const fractions: number[] = [];
        const r = await computePeaks(file, t, { durationSec: FIXTURE_SECONDS, onProgress: (f) => fractions.push(f) });
        assert.ok(r.ok, !r.ok ? r.problem.detail : '');
        const p = r.value;
        assert.equal(p.levels[0]!.peaksPerSec, 100);
        assert.ok(Math.abs(p.levels[0]!.min.length - FIXTURE_SECONDS * 100) <= 1);
        assert.ok(Math.abs(p.durationSec - FIXTURE_SECONDS) < 0.01);
        const ws = toWavesurferPeaks(p);
        const inner = (a: Float32Array) => Array.from(a.subarray(2, -2));
        for (const v of inner(ws.peaks[0])) assert.ok(Math.abs(v - SINE_AMPLITUDE) < 0.02, `max ${v}`);
        for (const v of inner(ws.peaks[1])) assert.ok(Math.abs(v + SINE_AMPLITUDE) < 0.02, `min ${v}`);
        assert.equal(fractions.at(-1), 1);
        assert.ok(fractions.every((f, i) => i === 0 || f >= fractions[i - 1]!));
      }
    });

    it('lossy codecs keep the amplitude roughly (AAC, Opus, MP3)', async () => {
      for (const file of [fx.aacM4a, fx.opus, fx.mp3]) {
        const r = await computePeaks(file, t);
        assert.ok(r.ok);
        assert.ok(Math.abs(r.value.durationSec - FIXTURE_SECONDS) < 0.1, `${file}: ${r.value.durationSec}`);
        // The median, not the file's maximum: AAC rings where the generated sine stops abruptly.
        assert.ok(Math.abs(medianMax(r.value) - SINE_AMPLITUDE) < 0.03, `${file}: ${medianMax(r.value)}`);
      }
    });

    it('cancel rejects with an AbortError', async () => {
      const ac = new AbortController();
      ac.abort();
      await assert.rejects(computePeaks(fx.wav, t, { signal: ac.signal }), (e) => isAbortError(e));
    });
  });

  describe('proxy', () => {
    const cases: [keyof MediaFixtures, string, string | null, string | null][] = [
      ['hevcAacMov', 'mp4', 'h264', 'mp3'],
      ['h264AacMp4', 'mp4', 'h264', 'mp3'],
      ['aacM4a', 'mp3', null, 'mp3'],
      ['opus', 'mp3', null, 'mp3'],
      ['h264Mp3Mkv', 'mp4', 'h264', 'mp3'],
      ['videoOnlyMp4', 'mp4', 'h264', null],
      ['coverMp3', 'mp3', null, 'mp3'],
      ['vp8VorbisWebm', 'webm', 'vp8', 'vorbis'],
    ];
    for (const [key, container, vCodec, aCodec] of cases) {
      it(`${key} → ${container} with ${vCodec ?? 'no video'} + ${aCodec ?? 'no audio'}, peaks from the same pass`, async () => {
        const m = await probeOk(fx[key], t);
        const recipe = planPlayback(m, { forceProxy: true }).proxy!;
        assert.equal(recipe.container, container);
        const target = path.join(out, `${key}.${container}`);
        const before = fs.readFileSync(fx[key]);
        const r = await createProxy(fx[key], target, recipe, t, { hasAudio: m.audio !== null, durationSec: m.durationSec });
        assert.ok(r.ok, !r.ok ? r.problem.detail : '');
        const pm = await probeOk(target, t);
        assert.equal(pm.video && !pm.video.isAttachedPic ? pm.video.codec : null, vCodec);
        assert.equal(pm.audio?.codec ?? null, aCodec);
        if (vCodec === 'h264') assert.equal(pm.video!.pixFmt, 'yuv420p');
        const again = planPlayback(pm);
        assert.equal(again.proxy, null, `the proxy itself must play directly: ${JSON.stringify(again.reasons)}`);
        assert.ok(Math.abs((pm.durationSec ?? 0) - FIXTURE_SECONDS) < 0.2);
        if (aCodec) {
          assert.ok(r.value.peaks && Math.abs(r.value.peaks.levels[0]!.min.length - FIXTURE_SECONDS * 100) <= 3);
          assert.ok(Math.abs(medianMax(r.value.peaks) - SINE_AMPLITUDE) < 0.03);
        } else assert.equal(r.value.peaks, null);
        assert.deepEqual(fs.readFileSync(fx[key]), before, 'the original is never written');
        assert.deepEqual(fs.readdirSync(out).filter((n) => n.includes('.partial-')), []);
      });
    }

    it('HEVC above 720 lines is scaled down to 720 with even sizes', async () => {
      const tall = path.join(out, 'tall.mov');
      const gen = await runProcess(t.ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=1002x1080:r=5:d=1', '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', ffmpegPath(tall)]);
      assert.equal(gen.code, 0, gen.stderr);
      const m = await probeOk(tall, t);
      const r = await createProxy(tall, path.join(out, 'tall.mp4'), planPlayback(m).proxy!, t, { hasAudio: false, durationSec: m.durationSec });
      assert.ok(r.ok);
      const pm = await probeOk(path.join(out, 'tall.mp4'), t);
      assert.deepEqual([pm.video!.codec, pm.video!.height, pm.video!.width % 2], ['h264', 720, 0]);
    });

    it('cancel kills ffmpeg, deletes the partial file and rejects', async () => {
      const long = path.join(out, 'long.mov');
      const gen = await runProcess(t.ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=640x480:r=25:d=20', '-f', 'lavfi', '-i', 'sine=d=20', '-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-c:a', 'aac', '-shortest', ffmpegPath(long)]);
      assert.equal(gen.code, 0, gen.stderr);
      const m = await probeOk(long, t);
      const ac = new AbortController();
      const target = path.join(out, 'long.mp4');
      let sawPartial = false;
      const job = createProxy(long, target, planPlayback(m).proxy!, t, {
        hasAudio: true,
        durationSec: m.durationSec,
        signal: ac.signal,
        onProgress: (f) => {
          sawPartial ||= fs.readdirSync(out).some((n) => n.startsWith('long.mp4.partial-'));
          if (f > 0.05) ac.abort();
        },
      });
      await assert.rejects(job, (e) => isAbortError(e));
      assert.ok(sawPartial, 'ffmpeg was writing a partial file when cancelled');
      assert.deepEqual(fs.readdirSync(out).filter((n) => n.startsWith('long.mp4')), []);
    });

    it('a file ffmpeg cannot read gives ffmpeg-failed and leaves nothing behind', async () => {
      fs.writeFileSync(path.join(out, 'x'), 'geen geluid');
      const r = await createProxy(path.join(out, 'x'), path.join(out, 'x.mp3'), { container: 'mp3', video: 'drop', audio: 'mp3' }, t, { hasAudio: true });
      assert.ok(!r.ok);
      assert.equal(r.problem.id, 'ffmpeg-failed');
      assert.deepEqual(fs.readdirSync(out).filter((n) => n.startsWith('x.mp3')), []);
    });
  });
});

// Hardware encoding with an ffmpeg stub (issue 15): a script in a temporary folder that lists a
// hardware encoder, fails what it is told to fail, and otherwise runs the real ffmpeg. The copy is
// always made (in software when the hardware fails), with one line in the log and no problem.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { planPlayback } from '../../../src/core/media/playbackPlan';
import { findOnPath, locateFfmpeg, type FfmpegTools } from '../../../src/media/ffmpegLocator';
import { chooseVideoEncoder, resetHardwareMemory } from '../../../src/media/hwAccel';
import { probeMedia } from '../../../src/media/probe';
import { createProxy } from '../../../src/media/proxy';
import { ffmpegPath, runProcess } from '../../../src/media/runProcess';
import { INSTALL_FFMPEG } from '../../fixtures/media/generateMedia';
import { makeStub } from './ffmpegStub';

describe('hardware video encoding (ffmpeg stub)', function () {
  this.timeout(60_000);
  let dir: string;
  let real: FfmpegTools;
  let hevc: string;
  before(async () => {
    const located = await locateFfmpeg();
    if (!located.ok || !findOnPath('ffmpeg')) throw new Error(INSTALL_FFMPEG);
    real = located.value;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-hwaccel-test-'));
    // A phone-like HEVC + AAC clip: its playback copy needs an H.264 encode.
    hevc = path.join(dir, 'phone.mov');
    const r = await runProcess(real.ffmpeg, [
      '-hide_banner', '-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=25:duration=2', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=2',
      '-c:v', 'libx265', '-x265-params', 'log-level=error', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', ffmpegPath(hevc),
    ]);
    assert.equal(r.code, 0, r.stderr);
  });
  beforeEach(() => resetHardwareMemory());
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const stubIn = (name: string, failTrial: boolean) => {
    const d = path.join(dir, name);
    fs.mkdirSync(d);
    return makeStub(d, real.ffmpeg, failTrial);
  };

  it('falls back to libx264 when the listed hardware encoder fails its trial, with one log line', async () => {
    const stub = stubIn('trial-fails', true);
    const lines: string[] = [];
    const choice = await chooseVideoEncoder(stub.bin, { enabled: true, log: (l) => lines.push(l) });
    assert.equal(choice.software, true);
    assert.ok(choice.encoderArgs.includes('libx264'));
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /libx264 \(software\).*h264_nvenc: .*libcuda/);
    assert.ok(stub.calls().some((c) => c.includes('h264_nvenc') && c.includes('lavfi')), 'the listed encoder was tried');
  });

  it('makes the playback copy in software after the trial failed: no problem, a playable H.264 file', async () => {
    const stub = stubIn('proxy-after-trial', true);
    const tools: FfmpegTools = { ...real, ffmpeg: stub.bin };
    const lines: string[] = [];
    const probe = await probeMedia(hevc, real);
    assert.ok(probe.ok);
    const recipe = planPlayback(probe.value).proxy!;
    assert.equal(recipe.video, 'h264');
    const out = path.join(dir, 'copy1.mp4');
    const r = await createProxy(hevc, out, recipe, tools, { hasAudio: true, durationSec: probe.value.durationSec, hardware: { enabled: true, log: (l) => lines.push(l) } });
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problem));
    assert.ok(r.value.peaks, 'peaks from the same pass');
    const copy = await probeMedia(out, real);
    assert.ok(copy.ok && copy.value.video?.codec === 'h264');
    assert.equal(lines.length, 1, lines.join('\n'));
  });

  it('redoes a copy in software when hardware passed its trial but fails on the recording, with one log line', async () => {
    const stub = stubIn('fails-midway', false);
    const tools: FfmpegTools = { ...real, ffmpeg: stub.bin };
    const lines: string[] = [];
    const hw = { enabled: true, log: (l: string) => lines.push(l) };
    assert.equal((await chooseVideoEncoder(stub.bin, hw)).label, 'h264_nvenc (hardware)');
    const probe = await probeMedia(hevc, real);
    assert.ok(probe.ok);
    const out = path.join(dir, 'copy2.mp4');
    const r = await createProxy(hevc, out, planPlayback(probe.value).proxy!, tools, { hasAudio: true, durationSec: probe.value.durationSec, hardware: hw });
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.problem));
    const copy = await probeMedia(out, real);
    assert.ok(copy.ok && copy.value.video?.codec === 'h264');
    const failures = lines.filter((l) => /failed/.test(l));
    assert.equal(failures.length, 1, lines.join('\n'));
    assert.match(failures[0]!, /h264_nvenc.*OpenEncodeSessionEx.*libx264 \(software\)/);
    assert.equal(fs.readdirSync(dir).filter((f) => f.includes('.partial-')).length, 0, 'no partial copy left');
    // The rest of the session goes straight to software for this binary.
    assert.equal((await chooseVideoEncoder(stub.bin, hw)).software, true);
  });

  it('remembers the outcome per binary in a JSON file, so the trials run once', async () => {
    const stub = stubIn('remembered', true);
    const cacheFile = path.join(dir, 'storage', 'hardware.json');
    const lines: string[] = [];
    await chooseVideoEncoder(stub.bin, { enabled: true, cacheFile, log: (l) => lines.push(l) });
    const saved = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as Record<string, unknown>;
    const key = Object.keys(saved)[0]!;
    assert.ok(key.startsWith(`${stub.bin}|`), key);
    assert.deepEqual(saved[key], { encoder: null, decoder: null });
    resetHardwareMemory(); // as in a new session
    const choice = await chooseVideoEncoder(stub.bin, { enabled: true, cacheFile, log: (l) => lines.push(l) });
    assert.equal(choice.software, true);
    assert.equal(stub.calls().filter((c) => c.includes('-encoders')).length, 1, 'listed once');
    assert.match(lines[1]!, /remembered/);
  });

  it('does not look for hardware when the setting is off', async () => {
    const stub = stubIn('off', false);
    const choice = await chooseVideoEncoder(stub.bin, { enabled: false });
    assert.equal(choice.software, true);
    assert.deepEqual(stub.calls(), []);
  });

  it('finds no usable hardware with the real ffmpeg on this machine (no GPU) and says so once', async () => {
    const lines: string[] = [];
    const choice = await chooseVideoEncoder(real.ffmpeg, { enabled: true, log: (l) => lines.push(l), trialTimeoutMs: 20_000 });
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, new RegExp(`^video encoding: ${choice.label.replace(/[()+]/g, '\\$&')}`));
  });
});

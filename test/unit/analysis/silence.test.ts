import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectSilences, SilenceParser } from '../../../src/media/silence';

function requireFfmpeg(): void {
  const r = spawnSync('ffmpeg', ['-version']);
  if (r.error || r.status !== 0) throw new Error('ffmpeg not found; install with: sudo apt-get install -y ffmpeg');
}

describe('silence (ffmpeg silencedetect)', () => {
  let dir = '';
  let file = '';
  before(function () {
    this.timeout(30000);
    requireFfmpeg();
    dir = mkdtempSync(join(tmpdir(), 'kk-silence-'));
    file = join(dir, 'tone-silence-tone.m4a');
    // 2 s tone, 3 s silence, 2 s tone.
    const r = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'sine=f=440:d=2', '-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=mono:d=3', '-f', 'lavfi', '-i', 'sine=f=440:d=2', '-filter_complex', '[0][1][2]concat=n=3:v=0:a=1', '-c:a', 'aac', file]);
    assert.equal(r.status, 0, String(r.stderr));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds the one silence between the tones', async () => {
    const seen: number[] = [];
    const r = await detectSilences(file, { ffmpegPath: 'ffmpeg', minSec: 2, onSilence: (s) => seen.push(s.start) });
    assert.ok(r.ok, JSON.stringify(r));
    if (!r.ok) return;
    assert.equal(r.silences.length, 1);
    const s = r.silences[0]!;
    assert.ok(s.start > 1.8 && s.start < 2.3, `start ${s.start}`);
    assert.ok(s.end > 4.7 && s.end < 5.3, `end ${s.end}`);
    assert.deepEqual(seen, [s.start], 'reported while streaming');
    assert.ok(r.durationSec !== null && Math.abs(r.durationSec - 7) < 0.2);
  });
  it('a longer minimum finds nothing', async () => {
    const r = await detectSilences(file, { ffmpegPath: 'ffmpeg', minSec: 4 });
    assert.ok(r.ok && r.silences.length === 0);
  });
  it('an abort signal stops it with reason aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    const r = await detectSilences(file, { ffmpegPath: 'ffmpeg', signal: ac.signal });
    assert.equal(r.ok ? 'ok' : r.reason, 'aborted');
  });
  it('a missing ffmpeg and a broken input are errors, not exceptions', async () => {
    const a = await detectSilences(file, { ffmpegPath: join(dir, 'no-ffmpeg-here') });
    assert.equal(a.ok ? 'ok' : a.reason, 'spawn');
    writeFileSync(join(dir, 'kapot.wav'), 'geen geluid');
    const b = await detectSilences(join(dir, 'kapot.wav'), { ffmpegPath: 'ffmpeg' });
    assert.equal(b.ok ? 'ok' : b.reason, 'ffmpeg');
    if (!b.ok) assert.match(b.message.en, /exited with code/);
    const c = await detectSilences(join(dir, 'missing.wav'), { ffmpegPath: 'ffmpeg' });
    assert.equal(c.ok ? 'ok' : c.reason, 'input');
  });
  it('parser: a silence still open at the end runs to the duration', () => {
    const p = new SilenceParser();
    for (const l of ['  Duration: 00:01:00.50, start: 0', '[silencedetect @ 0x1] silence_start: 10.5', '[silencedetect @ 0x1] silence_end: 13 | silence_duration: 2.5', '[silencedetect @ 0x1] silence_start: 58']) p.line(l);
    p.finish(null);
    assert.deepEqual(p.silences, [{ start: 10.5, end: 13 }, { start: 58, end: 60.5 }]);
  });
});

import * as assert from 'node:assert/strict';
import type { ProbedMedia } from '../../../src/core/media/mediaInfo';
import { planPlayback } from '../../../src/core/media/playbackPlan';
import { BUFFER_POLICY, estimateCopySec, evictRanges, fetchFrom, FRAGMENT_USEC, shouldPause, shouldStream, STREAM_ABOVE_COPY_SEC, streamArgs, STREAM_MIME } from '../../../src/core/media/streamPlan';

const MP4 = 'mov,mp4,m4a,3gp,3g2,mj2';
function media(video: string | null, audio: string | null, durationSec: number): ProbedMedia {
  return {
    formatName: MP4,
    extension: video ? 'mov' : 'm4a',
    durationSec,
    video: video ? { codec: video, width: 1920, height: 1080, isAttachedPic: false, pixFmt: 'yuv420p' } : null,
    audio: audio ? { codec: audio, sampleRate: 48000, channels: 2 } : null,
  };
}
const streams = (m: ProbedMedia, sizeBytes = 0) => shouldStream(planPlayback(m), m.durationSec, sizeBytes);
const MB = 1e6;
const video = BUFFER_POLICY.video;

describe('streamPlan: when and what to stream', () => {
  it('streams HEVC (video re-encode) at any length, and long AAC audio, but not a short remux or a playable file', () => {
    assert.equal(streams(media('hevc', 'aac', 30)), true);
    assert.equal(streams(media(null, 'aac', 3600)), true);
    assert.equal(streams(media('h264', 'aac', 197)), false, 'the demo: a short remux, whole-file copy as before');
    assert.equal(streams(media('h264', 'aac', 1200)), true);
    assert.equal(streams(media('h264', 'mp3', 3600)), false, 'plays directly');
  });

  it('streams a short recording too when its copy would take more than a couple of seconds', () => {
    assert.equal(streams(media('h264', 'aac', 197), 2 * MB), false, 'the demo (197 s, 2 MB): its copy takes about a second');
    assert.equal(streams(media('h264', 'aac', 120), 250 * MB), true, 'a 2-minute 1080p phone clip of 250 MB: bytes to read and write');
    assert.equal(streams(media('h264', 'aac', 120), 40 * MB), false, 'a small 2-minute clip is copied at once');
    assert.equal(streams(media('hevc', 'aac', 10), MB), true, 'a video encode is never quick');
    assert.equal(streams(media(null, 'aac', 300), 3 * MB), false, 'five minutes of AAC: a two-second copy');
    assert.equal(streams(media(null, 'aac', 600), 5 * MB), true, 'ten minutes of AAC');
    assert.equal(estimateCopySec(planPlayback(media('h264', 'mp3', 3600)), 3600, 500 * MB), 0, 'no copy at all');
    assert.equal(estimateCopySec(planPlayback(media('hevc', 'aac', 10)), 10, MB), Infinity);
    assert.ok(STREAM_ABOVE_COPY_SEC >= 2 && STREAM_ABOVE_COPY_SEC <= 5, 'a couple of seconds');
  });

  it('starts ffmpeg at the position (-ss before -i) and writes MP3 or fragmented MP4 to stdout', () => {
    const a = streamArgs('audio', { input: 'file:/x.mov', startSec: 12.5, videoEncoderArgs: [] });
    assert.ok(a.indexOf('-ss') < a.indexOf('-i'));
    assert.equal(a[a.indexOf('-ss') + 1], '12.500');
    assert.deepEqual(a.slice(-1), ['pipe:1']);
    assert.ok(a.includes('libmp3lame') && a.includes('-vn'));
    const v = streamArgs('video', { input: 'file:/x.mov', startSec: 0, videoEncoderArgs: ['-c:v', 'libx264'] });
    assert.ok(!v.includes('-ss'), 'from the start: no seek');
    assert.ok(v.includes('libx264') && v.includes('-an'));
    assert.ok(v[v.indexOf('-movflags') + 1]!.includes('empty_moov'), 'fragmented MP4 for MSE');
    assert.equal(v[v.indexOf('-frag_duration') + 1], String(FRAGMENT_USEC), 'short fragments: the first picture leaves early');
    assert.ok(FRAGMENT_USEC <= 500_000);
    assert.match(STREAM_MIME.video, /^video\/mp4; codecs="avc1\./);
    assert.equal(STREAM_MIME.audio, 'audio/mpeg');
  });

  it('puts a hardware decoder before the input and the upload to the encoder at the end of the filters', () => {
    const v = streamArgs('video', { input: 'file:/x.mov', startSec: 30, videoEncoderArgs: ['-c:v', 'h264_vaapi'], videoInputArgs: ['-hwaccel', 'vaapi', '-vaapi_device', '/dev/dri/renderD128'], videoUploadFilter: 'format=nv12,hwupload' });
    assert.deepEqual(v.slice(v.indexOf('-hwaccel'), v.indexOf('-i')), ['-hwaccel', 'vaapi', '-vaapi_device', '/dev/dri/renderD128']);
    assert.ok(v.indexOf('-ss') < v.indexOf('-i'));
    assert.match(v[v.indexOf('-vf') + 1]!, /format=yuv420p,format=nv12,hwupload$/);
    const a = streamArgs('audio', { input: 'file:/x.mov', startSec: 30, videoEncoderArgs: [], videoInputArgs: ['-hwaccel', 'vaapi'] });
    assert.ok(!a.includes('-hwaccel'), 'the sound never uses the video decoder');
  });

  it('fetchFrom: starts at the playhead, leaves a producer that covers it alone, restarts after a far seek', () => {
    assert.equal(fetchFrom([], 0, null, 600, video), 0);
    const running = { from: 0, at: 20, done: false };
    assert.equal(fetchFrom([{ start: 0, end: 20 }], 5, running, 600, video), null);
    assert.equal(fetchFrom([{ start: 0, end: 20 }], 22, running, 600, video), null, 'just past the producer: wait for it');
    assert.equal(fetchFrom([{ start: 0, end: 20 }], 20 + video.catchUpSec + 1, running, 600, video), 20 + video.catchUpSec + 1, 'far behind: restart at the playhead');
    assert.equal(fetchFrom([{ start: 0, end: 20 }], 300, running, 600, video), 300, 'a seek into an untranscoded part restarts there');
  });

  it('fetchFrom: plays buffered data instead of transcoding it again, and continues from its end', () => {
    const elsewhere = { from: 300, at: 340, done: false };
    const buffered = [{ start: 0, end: 60 }, { start: 300, end: 340 }];
    assert.equal(fetchFrom(buffered, 10, elsewhere, 600, video), null, 'going back is instant: far from the end of what is buffered');
    assert.equal(fetchFrom(buffered, 55, elsewhere, 600, video), 60, 'near its end: continue from there, not from the playhead');
    assert.equal(fetchFrom([{ start: 0, end: 600 }], 599.99, { from: 0, at: 600, done: true }, 600, video), null);
  });

  it('shouldPause: pauses far ahead of the playhead and resumes with hysteresis', () => {
    const p = { from: 0, at: 100, done: false };
    assert.equal(shouldPause(p, 10, video, false), true);
    assert.equal(shouldPause(p, 70, video, true), true, 'still more than half the high-water mark ahead');
    assert.equal(shouldPause(p, 85, video, true), false);
  });

  it('evictRanges: keeps a window around the playhead, farthest parts first', () => {
    assert.deepEqual(evictRanges([{ start: 0, end: 100 }], 50, 240), []);
    const out = evictRanges([{ start: 0, end: 200 }, { start: 500, end: 700 }], 150, 240);
    assert.deepEqual(out[0], { start: 500, end: 700 });
    assert.ok(out.some((r) => r.start === 0 && r.end === 30));
    const kept = 400 - out.reduce((s, r) => s + r.end - r.start, 0);
    assert.ok(kept <= 240);
  });
});

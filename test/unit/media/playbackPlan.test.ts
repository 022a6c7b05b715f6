import * as assert from 'node:assert/strict';
import type { AudioStreamInfo, ProbedMedia, VideoStreamInfo } from '../../../src/core/media/mediaInfo';
import { containerFamily, planPlayback, type PlaybackPlan } from '../../../src/core/media/playbackPlan';

const MP4 = 'mov,mp4,m4a,3gp,3g2,mj2';
const MKV = 'matroska,webm';

function v(codec: string, extra: Partial<VideoStreamInfo> = {}): VideoStreamInfo {
  return { codec, width: 1280, height: 720, isAttachedPic: false, ...extra };
}
function a(codec: string): AudioStreamInfo {
  return { codec, sampleRate: 48000, channels: 2 };
}
function media(formatName: string, extension: string, video: VideoStreamInfo | null, audio: AudioStreamInfo | null): ProbedMedia {
  return { formatName, extension, durationSec: 10, video, audio };
}
function verdicts(p: PlaybackPlan): string {
  const r = p.proxy ? `${p.proxy.container}/${p.proxy.video}/${p.proxy.audio}` : 'no proxy';
  return `${p.video} ${p.audio} ${r}`;
}

describe('playbackPlan: what desktop VS Code webviews play', () => {
  // [description, media, expected "video audio recipe"]
  const table: [string, ProbedMedia, string][] = [
    ['phone: H.264 + AAC in MP4 → copy video, MP3 audio', media(MP4, 'mp4', v('h264', { pixFmt: 'yuv420p' }), a('aac')), 'direct proxy mp4/copy/mp3'],
    ['iPhone: HEVC + AAC in MOV → H.264 ≤720p + MP3', media(MP4, 'mov', v('hevc'), a('aac')), 'proxy proxy mp4/h264/mp3'],
    ['H.264 + MP3 in MOV plays as MP4', media(MP4, 'mov', v('h264'), a('mp3')), 'direct direct no proxy'],
    ['H.264 + MP3 in MP4', media(MP4, 'mp4', v('h264', { pixFmt: 'yuvj420p' }), a('mp3')), 'direct direct no proxy'],
    ['H.264 + FLAC in MP4', media(MP4, 'mp4', v('h264'), a('flac')), 'direct direct no proxy'],
    ['10-bit H.264 is not playable', media(MP4, 'mp4', v('h264', { pixFmt: 'yuv420p10le' }), a('mp3')), 'proxy direct mp4/h264/mp3'],
    ['4:2:2 H.264 is not playable', media(MP4, 'mov', v('h264', { pixFmt: 'yuv422p' }), null), 'proxy none mp4/h264/drop'],
    ['H.264 without audio', media(MP4, 'mp4', v('h264'), null), 'direct none no proxy'],
    ['HEVC without audio', media(MP4, 'mp4', v('hevc'), null), 'proxy none mp4/h264/drop'],
    ['AAC in M4A → MP3', media(MP4, 'm4a', null, a('aac')), 'none proxy mp3/drop/mp3'],
    ['ALAC in M4A → MP3', media(MP4, 'm4a', null, a('alac')), 'none proxy mp3/drop/mp3'],
    ['AMR in 3GP → MP3', media(MP4, '3gp', null, a('amr_nb')), 'none proxy mp3/drop/mp3'],
    ['MPEG-4 part 2 + AAC in 3GP', media(MP4, '3gp', v('mpeg4'), a('aac')), 'proxy proxy mp4/h264/mp3'],
    ['AC-3 in MP4', media(MP4, 'mp4', v('h264'), a('ac3')), 'direct proxy mp4/copy/mp3'],
    ['Vorbis in MP4 is not a Chromium combination', media(MP4, 'mp4', null, a('vorbis')), 'none proxy mp3/drop/mp3'],
    ['MP3', media('mp3', 'mp3', null, a('mp3')), 'none direct no proxy'],
    ['MP3 with a cover image counts as audio only', media('mp3', 'mp3', v('mjpeg', { isAttachedPic: true }), a('mp3')), 'none direct no proxy'],
    ['AAC in M4A with a cover image → MP3 without the image', media(MP4, 'm4a', v('png', { isAttachedPic: true }), a('aac')), 'none proxy mp3/drop/mp3'],
    ['WAV PCM 16-bit', media('wav', 'wav', null, a('pcm_s16le')), 'none direct no proxy'],
    ['WAV PCM 24-bit', media('wav', 'wav', null, a('pcm_s24le')), 'none direct no proxy'],
    ['WAV float', media('wav', 'wav', null, a('pcm_f32le')), 'none direct no proxy'],
    ['WAV ADPCM', media('wav', 'wav', null, a('adpcm_ima_wav')), 'none proxy mp3/drop/mp3'],
    ['FLAC', media('flac', 'flac', null, a('flac')), 'none direct no proxy'],
    ['Ogg Vorbis', media('ogg', 'ogg', null, a('vorbis')), 'none direct no proxy'],
    ['Ogg FLAC', media('ogg', 'oga', null, a('flac')), 'none direct no proxy'],
    ['Opus in Ogg', media('ogg', 'opus', null, a('opus')), 'none proxy mp3/drop/mp3'],
    ['Theora + Vorbis in Ogg', media('ogg', 'ogv', v('theora'), a('vorbis')), 'proxy direct mp4/h264/mp3'],
    ['WebM VP8 + Vorbis', media(MKV, 'webm', v('vp8'), a('vorbis')), 'direct direct no proxy'],
    ['WebM VP8 + Opus (browser recording) → WebM, VP8 copied, Vorbis', media(MKV, 'webm', v('vp8'), a('opus')), 'direct proxy webm/copy/vorbis'],
    ['WebM VP9 + Opus', media(MKV, 'webm', v('vp9'), a('opus')), 'proxy proxy mp4/h264/mp3'],
    ['WebM AV1', media(MKV, 'webm', v('av1'), null), 'proxy none mp4/h264/drop'],
    ['WebM audio only, Opus', media(MKV, 'weba', null, a('opus')), 'none proxy mp3/drop/mp3'],
    ['MKV H.264 + MP3: container not playable → remux', media(MKV, 'mkv', v('h264'), a('mp3')), 'proxy proxy mp4/copy/mp3'],
    ['MKV VP8 + Vorbis → WebM copy', media(MKV, 'mkv', v('vp8'), a('vorbis')), 'proxy proxy webm/copy/vorbis'],
    ['AVI MPEG-4 part 2 + MP3', media('avi', 'avi', v('mpeg4'), a('mp3')), 'proxy proxy mp4/h264/mp3'],
    ['ASF/WMA', media('asf', 'wma', null, a('wmav2')), 'none proxy mp3/drop/mp3'],
    ['raw AAC (ADTS)', media('aac', 'aac', null, a('aac')), 'none proxy mp3/drop/mp3'],
    ['MPEG-TS H.264 + AAC', media('mpegts', 'ts', v('h264'), a('aac')), 'proxy proxy mp4/copy/mp3'],
    ['AMR file', media('amr', 'amr', null, a('amr_nb')), 'none proxy mp3/drop/mp3'],
  ];
  for (const [name, m, expected] of table) {
    it(name, () => assert.equal(verdicts(planPlayback(m)), expected));
  }

  it('gives a reason in Dutch and English for every proxied stream', () => {
    const p = planPlayback(media(MP4, 'mov', v('hevc'), a('aac')));
    assert.equal(p.reasons.length, 2);
    assert.match(p.reasons[0]!.nl, /hevc/);
    assert.match(p.reasons[1]!.en, /aac.*no sound/);
  });

  it('forceProxy turns every direct stream into a proxy and keeps the cheapest recipe', () => {
    assert.equal(verdicts(planPlayback(media(MP4, 'mp4', v('h264'), a('mp3')), { forceProxy: true })), 'proxy proxy mp4/copy/mp3');
    assert.equal(verdicts(planPlayback(media('wav', 'wav', null, a('pcm_s16le')), { forceProxy: true })), 'none proxy mp3/drop/mp3');
    assert.equal(verdicts(planPlayback(media(MKV, 'webm', v('vp8'), null), { forceProxy: true })), 'proxy none webm/copy/drop');
  });

  it('tells WebM from Matroska by extension only', () => {
    assert.equal(containerFamily(MKV, 'webm'), 'webm');
    assert.equal(containerFamily(MKV, 'WEBM'), 'webm');
    assert.equal(containerFamily(MKV, 'mkv'), 'other');
    assert.equal(containerFamily(MP4, 'mov'), 'mp4');
  });
});

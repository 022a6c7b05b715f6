import * as assert from 'node:assert/strict';
import {
  hardwareDecoderCandidates,
  hardwareEncoderCandidates,
  parseEncoderList,
  parseHwaccelList,
  SOFTWARE_ENCODER,
  streamEncoderFor,
  trialEncodeArgs,
  videoEncoderChoice,
  videoFilterFor,
} from '../../../src/core/media/videoEncoders';

const ENCODERS = `Encoders:
 V..... = Video
 ------
 V....D libx264              libx264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (codec h264)
 V....D h264_nvenc           NVIDIA NVENC H.264 encoder (codec h264)
 V..... h264_qsv             H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (Intel Quick Sync Video acceleration) (codec h264)
 V....D h264_vaapi           H.264/AVC (VAAPI) (codec h264)
 A....D aac                  AAC (Advanced Audio Coding)
`;

describe('video encoders (pure)', () => {
  it('reads the video encoders from ffmpeg -encoders, not the legend or audio', () => {
    const set = parseEncoderList(ENCODERS);
    assert.deepEqual([...set], ['libx264', 'h264_nvenc', 'h264_qsv', 'h264_vaapi']);
  });

  it('reads the methods from ffmpeg -hwaccels', () => {
    assert.deepEqual([...parseHwaccelList('Hardware acceleration methods:\nvdpau\ncuda\nvaapi\n\n')], ['vdpau', 'cuda', 'vaapi']);
    assert.deepEqual([...parseHwaccelList('')], []);
  });

  it('orders hardware candidates by preference and ignores what is not listed', () => {
    assert.deepEqual(hardwareEncoderCandidates(parseEncoderList(ENCODERS)), ['h264_nvenc', 'h264_qsv', 'h264_vaapi']);
    assert.deepEqual(hardwareDecoderCandidates(new Set(['cuda', 'vaapi', 'videotoolbox'])), ['videotoolbox', 'vaapi']);
  });

  it('builds arguments from the table only: an unknown remembered name is software', () => {
    assert.equal(videoEncoderChoice('h264_evil --rm', null).software, true);
    assert.deepEqual(videoEncoderChoice(null, 'cuda'), SOFTWARE_ENCODER);
    const vaapi = videoEncoderChoice('h264_vaapi', 'vaapi');
    assert.equal(vaapi.software, false);
    assert.deepEqual(vaapi.inputArgs, ['-hwaccel', 'vaapi', '-vaapi_device', '/dev/dri/renderD128']);
    assert.equal(videoFilterFor(vaapi, 'scale=-2:720'), 'scale=-2:720,format=nv12,hwupload');
    assert.equal(vaapi.label, 'h264_vaapi (hardware) + -hwaccel vaapi');
  });

  it('a software encoder with a hardware decoder is not "software"', () => {
    const c = videoEncoderChoice(null, 'videotoolbox');
    assert.equal(c.software, false);
    assert.ok(c.encoderArgs.includes('libx264'));
  });

  it('a trial encodes ten generated frames and discards them', () => {
    const a = trialEncodeArgs('h264_nvenc');
    assert.ok(a.includes('lavfi') && a.includes('h264_nvenc'));
    assert.deepEqual(a.slice(a.indexOf('-frames:v'), a.indexOf('-frames:v') + 2), ['-frames:v', '10']);
    assert.deepEqual(a.slice(-3), ['-f', 'null', '-']);
  });

  it('a stream encodes for its first picture in software (ultrafast, no lookahead) and keeps a hardware choice as it is', () => {
    const soft = streamEncoderFor(SOFTWARE_ENCODER);
    assert.deepEqual(soft.encoderArgs.slice(0, 2), ['-c:v', 'libx264']);
    assert.ok(soft.encoderArgs.includes('ultrafast') && soft.encoderArgs.includes('zerolatency'));
    assert.equal(soft.encoderArgs[soft.encoderArgs.indexOf('-profile:v') + 1], 'main', 'what the Media Source type announces');
    const nvenc = videoEncoderChoice('h264_nvenc', null);
    assert.deepEqual(streamEncoderFor(nvenc), nvenc);
    const decodeOnly = streamEncoderFor(videoEncoderChoice(null, 'vaapi'));
    assert.deepEqual(decodeOnly.inputArgs, ['-hwaccel', 'vaapi'], 'a hardware decoder stays');
    assert.ok(decodeOnly.encoderArgs.includes('zerolatency'));
  });
});

import * as assert from 'node:assert/strict';
import { buildInstallReport, formatBytes, type InstallFacts } from '../../../src/core/setup/installReport';

const GB = 1024 ** 3;
const allWell: InstallFacts = {
  ffmpeg: {
    found: true,
    path: '/usr/bin/ffmpeg',
    source: 'path',
    version: '5.1.9',
    ffprobe: '/usr/bin/ffprobe',
    decoders: new Set(['h264', 'hevc', 'aac', 'opus', 'vp9']),
    encoders: new Set(['libx264', 'libmp3lame']),
    hardware: { label: 'libx264 (software)', software: true },
  },
  speech: { loads: true, platform: 'linux-x64' },
  model: { setting: '/modellen/nl', exists: true },
  cache: { dir: '/cache', bytes: 300 * 1024 * 1024, limitBytes: 2 * GB },
  disk: { dir: '/cache', freeBytes: 40 * GB },
};

const sections = (md: string) => md.split('\n').filter((l) => l.startsWith('## '));

describe('installation report', () => {
  it('says all is well, in Dutch, with each part and where ffmpeg comes from', () => {
    const md = buildInstallReport(allWell, 'nl');
    assert.match(md, /^# Klein Kijken: installatie\n\nAlles is in orde\./);
    assert.deepEqual(sections(md).map((s) => s.slice(3).split(' ')[0]), ['✓', '✓', '✓', '✓']);
    assert.match(md, /Versie 5\.1\.9, van deze computer \(PATH\): `\/usr\/bin\/ffmpeg`/);
    assert.match(md, /h264 ✓, hevc ✓, aac ✓, opus ✓, vp9 ✓/);
    assert.match(md, /met de processor gemaakt \(libx264\)\./);
    assert.match(md, /In gebruik: 300 MB van maximaal 2,0 GB/);
    assert.doesNotMatch(md, /Wat kun je doen\?/);
  });

  it('a missing ffmpeg is an error with the install command and the setting', () => {
    const md = buildInstallReport({ ...allWell, ffmpeg: { found: false, installHint: 'sudo apt-get install -y ffmpeg', settingPath: null } }, 'nl');
    assert.match(md, /1 punt vraagt aandacht/);
    assert.match(md, /## ✗ ffmpeg/);
    assert.match(md, /Transcript en aantekeningen werken gewoon/);
    assert.match(md, /\*\*Wat kun je doen\?\*\* Installeer ffmpeg \(`sudo apt-get install -y ffmpeg`\)/);
  });

  it('names the codecs a limited ffmpeg lacks', () => {
    const f = allWell.ffmpeg as Extract<InstallFacts['ffmpeg'], { found: true }>;
    const md = buildInstallReport({ ...allWell, ffmpeg: { ...f, decoders: new Set(['h264', 'aac']), encoders: new Set(['libmp3lame']) } }, 'nl');
    assert.match(md, /## ⚠ ffmpeg/);
    assert.match(md, /hevc ✗/);
    assert.match(md, /mist hevc, opus, vp9, libx264/);
  });

  it('reports an engine that does not load, an unset or vanished model, and a nearly full disk, each with a fix', () => {
    const md = buildInstallReport(
      { ...allWell, speech: { loads: false, platform: 'win32-arm64', error: 'Cannot find module sherpa-onnx-win-arm64' }, model: { setting: '/weg', exists: false }, disk: { dir: '/cache', freeBytes: 1.5 * GB } },
      'nl',
    );
    assert.match(md, /3 punten vragen aandacht/);
    assert.match(md, /start niet op dit systeem \(win32-arm64\)/);
    assert.match(md, /`\/weg` bestaat niet/);
    assert.match(md, /Vrije ruimte op de schijf: 1,5 GB\./);
    assert.equal(md.match(/Wat kun je doen\?/g)?.length, 3);
    const unset = buildInstallReport({ ...allWell, model: { setting: null } }, 'nl');
    assert.match(unset, /nog geen spraakmodel gekozen/);
  });

  it('speaks English when asked', () => {
    const md = buildInstallReport({ ...allWell, ffmpeg: { ...(allWell.ffmpeg as Extract<InstallFacts['ffmpeg'], { found: true }>), hardware: null } }, 'en');
    assert.match(md, /^# Klein Kijken: installation\n\nEverything is in order\./);
    assert.match(md, /switched off in the setting/);
  });

  it('formats sizes with a Dutch decimal comma', () => {
    assert.equal(formatBytes(512, 'nl'), '512 B');
    assert.equal(formatBytes(1.5 * GB, 'nl'), '1,5 GB');
    assert.equal(formatBytes(1.5 * GB, 'en'), '1.5 GB');
  });
});
